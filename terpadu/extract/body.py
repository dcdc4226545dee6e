"""Working on a page's main content: lazy images, absolute links, boilerplate, captions,
attachments and a summary. Both the recipe path and the generic path end here."""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector

from terpadu.extract import boilerplate
from terpadu.extract.records import Image, Link

SUMMARY_LENGTH = 200
_CAPTIONS = ", ".join(boilerplate.CAPTION_SELECTORS)
_MIN_SUMMARY_SOURCE = 40


@lru_cache(maxsize=512)
def compiled(selector: str) -> CSSSelector:
    """A CSS selector compiled once (recipes reuse the same few on thousands of pages)."""
    return CSSSelector(selector, translator="html")


def select(root: lxml_html.HtmlElement, selector: str) -> list[lxml_html.HtmlElement]:
    return compiled(selector)(root)


def text_of(element: lxml_html.HtmlElement) -> str:
    """Visible text with whitespace collapsed."""
    return " ".join(element.text_content().split())


def resolve_lazy_images(root: lxml_html.HtmlElement) -> None:
    """Put the real address of lazy-loaded images into ``src``."""
    for img in root.iter("img"):
        src = (img.get("src") or "").strip()
        if src and not boilerplate.PLACEHOLDER_SRC.search(src):
            continue
        real = next((img.get(a) for a in boilerplate.LAZY_SRC_ATTRIBUTES if img.get(a)), None)
        if real is None:
            srcset = next((img.get(a) for a in boilerplate.LAZY_SRCSET_ATTRIBUTES if img.get(a)), "")
            real = srcset.split(",")[0].split()[0] if srcset.strip() else None
        if real:
            img.set("src", real.strip())
        elif src:
            del img.attrib["src"]  # a placeholder with nothing behind it


def absolutise(root: lxml_html.HtmlElement, base_url: str) -> None:
    """Relative, root-relative and protocol-relative links become absolute ``https?://``."""
    for anchor in list(root.iter("a")):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#"):
            anchor.drop_tag()  # in-page or script-driven links lead nowhere on the new site
    base = next(iter(root.xpath("//base/@href")), None)
    base_url = urljoin(base_url, base) if base else base_url
    root.make_links_absolute(base_url, resolve_base_href=False, handle_failures="discard")


def remove_boilerplate(root: lxml_html.HtmlElement, extra_selectors: Iterable[str] = ()) -> None:
    """Drop menus, share bars, related posts, banners and "Baca Juga" lines from ``root``."""
    for selector in (*boilerplate.REMOVE_SELECTORS, *extra_selectors):
        for element in select(root, selector):
            if element is not root and element.getparent() is not None:
                element.drop_tree()
    for element in list(root.iter(*boilerplate.BOILERPLATE_BLOCKS)):
        if element is root or element.getparent() is None:
            continue
        if boilerplate.BOILERPLATE_TEXT.match(text_of(element)) and not _holds_block(element):
            following = element.getnext()
            if element.tag.startswith("h") and following is not None and following.tag in ("ul", "ol"):
                following.drop_tree()  # "Baca Juga" heading over a list of links
            element.drop_tree()


def caption_map(root: lxml_html.HtmlElement) -> dict[str, str]:
    """Image address -> caption, for every captioned image of the page."""
    captions: dict[str, str] = {}
    for img in root.iter("img"):
        src = img.get("src")
        caption = _caption_of(img)
        if src and caption:
            captions.setdefault(src, caption)
    return captions


def normalise_figures(root: lxml_html.HtmlElement, captions: dict[str, str]) -> None:
    """Give every image one shape, ``<figure><img alt><figcaption>``, alt text filled in."""
    for img in list(root.iter("img")):
        src = img.get("src")
        if not src:
            continue
        caption = captions.get(src) or _caption_of(img)
        alt = " ".join((img.get("alt") or "").split()) or (caption or "")
        img.set("alt", alt)
        if caption:
            _wrap_in_figure(img, caption)


def images_in(root: lxml_html.HtmlElement) -> list[Image]:
    """The images of a normalised body, each once, with alt text and caption."""
    images: dict[str, Image] = {}
    for img in root.iter("img"):
        src = img.get("src")
        if not src or not src.startswith(("http://", "https://")) or src in images:
            continue
        figure = next(img.iterancestors("figure"), None)
        caption = figure.find("figcaption") if figure is not None else None
        images[src] = Image(url=src, alt=img.get("alt") or "",
                            caption=text_of(caption) if caption is not None else None)
    return list(images.values())


def attachments_in(elements: Iterable[lxml_html.HtmlElement], everything: bool = False) -> list[Link]:
    """Links to files (PDF, Office, archives) under ``elements``; with ``everything``, every
    link there counts (a recipe's attachment selector names them outright). A link whose
    text says nothing gets an empty label: :func:`finish_labels` names it."""
    found: dict[str, str] = {}
    for element in elements:
        anchors = [element] if element.tag == "a" else element.iter("a")
        for anchor in anchors:
            href = anchor.get("href")
            if not href or not href.startswith(("http://", "https://")):
                continue
            if everything or extension_of(href) in boilerplate.ATTACHMENT_EXTENSIONS:
                label = meaningful_label(text_of(anchor)) or meaningful_label(anchor.get("title") or "")
                if not found.get(href):
                    found[href] = label or ""  # "" until finish_labels names it
    return [Link(url=url, label=label) for url, label in found.items()]


def attachment_label(text: str, url: str) -> str:
    """One way to name a file everywhere: its link text without "Unduh"/size noise, or
    its file name made readable when the link text says nothing."""
    return meaningful_label(text) or _label_from_name(url)


def meaningful_label(text: str) -> str | None:
    """The link text without "Unduh"/"(PDF, 1 MB)" noise, or None if it says nothing."""
    label = " ".join(text.split())
    previous = None
    while previous != label:
        previous, label = label, boilerplate.LABEL_NOISE.sub("", label).strip(" :-–")
    return label if label and not boilerplate.GENERIC_LABELS.match(label) else None


def finish_labels(links: list[Link], title: str) -> list[Link]:
    """Name the files whose link said nothing: a page's only such file is the page's own
    document ("Unduh Dokumen" on a regulation) and takes the page's title; others take
    their file name, made readable."""
    unnamed = [link for link in links if not link.label]
    return [
        link if link.label
        else Link(link.url, title if len(unnamed) == 1 and title else _label_from_name(link.url))
        for link in links
    ]


def extension_of(url: str) -> str:
    return posixpath.splitext(urlsplit(url).path)[1].lstrip(".").lower()


def summary_of(root: lxml_html.HtmlElement) -> str | None:
    """The first real paragraph, cut at a word boundary: the same rule for every unit."""
    for paragraph in root.iter("p"):
        text = text_of(paragraph)
        if len(text) >= _MIN_SUMMARY_SOURCE:
            return shorten(text, SUMMARY_LENGTH)
    text = text_of(root)
    return shorten(text, SUMMARY_LENGTH) if text else None


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(" ,.;:-–")
    return cut + " …"


def to_html(root: lxml_html.HtmlElement) -> str:
    """The element's content (not the element itself) as an HTML fragment."""
    parts = [html.escape(root.text, quote=False)] if root.text else []
    parts += [etree.tostring(child, encoding="unicode", method="html") for child in root]
    return "".join(parts).strip()


def _holds_block(element: lxml_html.HtmlElement) -> bool:
    """A container holding several paragraphs is content, even if it starts with a phrase."""
    return len(element.xpath("./p|./div|./table|./figure")) > 1


def _caption_of(img: lxml_html.HtmlElement) -> str | None:
    """The caption next to ``img``: in its figure, or beside it within three ancestors."""
    node = img
    for _ in range(3):
        node = node.getparent()
        if node is None:
            return None
        several = len(node.xpath(".//img")) > 1
        for candidate in select(node, _CAPTIONS):
            if candidate.xpath(".//img") or (several and not _follows(candidate, img)):
                continue
            text = text_of(candidate)
            if text:
                return text
    return None


def _follows(candidate: lxml_html.HtmlElement, img: lxml_html.HtmlElement) -> bool:
    """True when ``candidate`` comes right after ``img`` (its container or itself)."""
    node = img
    while node is not None:
        sibling = node.getnext()
        if sibling is not None:
            return sibling is candidate or candidate in sibling.iterancestors()
        node = node.getparent()
    return False


def _wrap_in_figure(img: lxml_html.HtmlElement, caption: str) -> None:
    figure = next(img.iterancestors("figure"), None)
    if figure is not None:
        for old in figure.iter("figcaption"):
            old.drop_tree()
    else:
        figure = lxml_html.Element("figure")
        container = img.getparent() if img.getparent() is not None and img.getparent().tag == "a" else img
        container.addprevious(figure)
        figure.tail, container.tail = container.tail, None
        figure.append(container)
    for selector in boilerplate.CAPTION_SELECTORS[1:]:
        for stray in select(figure.getparent() if figure.getparent() is not None else figure, selector):
            if text_of(stray) == caption and not stray.xpath(".//img"):
                stray.drop_tree()
    figcaption = lxml_html.Element("figcaption")
    figcaption.text = caption
    figure.append(figcaption)


def _label_from_name(url: str) -> str:
    name = unquote(posixpath.basename(urlsplit(url).path))
    stem = posixpath.splitext(name)[0]
    words = " ".join(re.split(r"[-_+.\s]+", stem)).strip()
    return (words[:1].upper() + words[1:]) if words else "Lampiran"
