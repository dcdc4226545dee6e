"""The conversion filters, run in order over the body before it becomes Markdown.

Each filter has one job and says why it exists (as GOV.UK's ``external_doc.rb`` does).
They work on an lxml tree and share a :class:`Context` that collects links and assets.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit, urlunsplit

from lxml import html as lxml_html

from terpadu.extract.boilerplate import ATTACHMENT_EXTENSIONS, IMAGE_EXTENSIONS
from terpadu.extract.sanitise import safe_url, sanitise, video_watch_url

Resolver = Callable[[str], "str | None"]


@dataclass
class Context:
    title: str
    resolve_link: Resolver
    resolve_asset: Resolver
    links: list[str] = field(default_factory=list)
    assets: list[str] = field(default_factory=list)


def sanitise_again(root: lxml_html.HtmlElement, ctx: Context) -> None:
    """The Markdown must be safe whatever the extractor let through (defence in depth)."""
    sanitise(root)


def flatten_wrappers(root: lxml_html.HtmlElement, ctx: Context) -> None:
    """Layout wrappers around a single block (page builders nest hundreds) carry nothing and
    would make the converter recurse too deep."""
    for element in list(root.iter("div", "section", "article", "main", "span")):
        if element is root or element.getparent() is None or len(element) != 1:
            continue
        if not (element.text or "").strip() and not (element[0].tail or "").strip():
            element.drop_tag()


def video_embeds_to_links(root: lxml_html.HtmlElement, ctx: Context) -> None:
    """Embedded players do not belong in static pages; a link to the video keeps the content."""
    for element in list(root.iter("iframe", "video")):
        sources = [element.get("src")] + [s.get("src") for s in element.iter("source")]
        watch = next((video_watch_url(s) for s in sources if video_watch_url(s)), None)
        label = " ".join((element.get("title") or "").split()) or "Tonton video"
        paragraph = lxml_html.Element("p")
        if watch:
            anchor = lxml_html.Element("a", href=watch)
            anchor.text = f"Video: {label}" if not label.lower().startswith("video") else label
            paragraph.append(anchor)
        paragraph.tail = element.tail
        element.getparent().replace(element, paragraph)


def drop_title_heading(root: lxml_html.HtmlElement, ctx: Context) -> None:
    """The title is the page's only H1 and is written from front matter, not repeated."""
    key = _squash(ctx.title)
    for heading in root.iter("h1", "h2", "h3"):
        if _squash(heading.text_content()) == key:
            heading.drop_tree()
        return  # only the first heading can be the repeated title


def shift_headings(root: lxml_html.HtmlElement, ctx: Context) -> None:
    """Body headings start at H2 and keep their relative depth (H4 without H2 becomes H2)."""
    levels = sorted({int(h.tag[1]) for h in root.iter("h1", "h2", "h3", "h4", "h5", "h6")})
    mapping = {level: min(6, 2 + i) for i, level in enumerate(levels)}
    for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        heading.tag = f"h{mapping[int(heading.tag[1])]}"


def resolve_links(root: lxml_html.HtmlElement, ctx: Context) -> None:
    """Links to imported pages point at their new Markdown file; files at their local copy;
    everything else stays absolute."""
    for anchor in root.iter("a"):
        href = anchor.get("href")
        if not href:
            continue
        if href.startswith(("http://", "https://")):
            _remember(ctx.links, href)
            if _is_file(href):
                _remember(ctx.assets, href)
                local = ctx.resolve_asset(href)
            else:
                local = ctx.resolve_link(href)
            anchor.set("href", local or href)


def resolve_images(root: lxml_html.HtmlElement, ctx: Context) -> None:
    """Images point at their downloaded copy; those that cannot be shown are dropped."""
    for img in list(root.iter("img")):
        src = img.get("src") or ""
        if not src.startswith(("http://", "https://")):
            img.drop_tree()
            continue
        _remember(ctx.assets, src)
        img.set("src", ctx.resolve_asset(src) or src)


def flatten_table_cells(root: lxml_html.HtmlElement, ctx: Context) -> None:
    """GFM table cells hold one line: paragraphs and list items become inline text, and a
    table inside a cell becomes its text."""
    for cell in list(root.iter("td", "th")):
        if next(cell.iterancestors("td", "th"), None) is not None:
            continue  # inside an outer cell: handled with it
        for inner in list(cell.iter("table")):
            if inner is not cell:
                span = lxml_html.Element("span")
                span.text = " " + " ".join(" ".join(inner.itertext()).split()) + " "
                span.tail = inner.tail
                inner.getparent().replace(inner, span)
        for block in list(cell.iter("p", "div", "li", "br", "ul", "ol")):
            if block is cell:
                continue
            if block.tag == "li":
                separator = "; " if block.getnext() is not None else " "
            else:
                separator = "" if block.tag in ("ul", "ol") else " "
            block.tail = separator + (block.tail or "")
            block.drop_tag()


def drop_empty(root: lxml_html.HtmlElement, ctx: Context) -> None:
    """Empty paragraphs, links and emphasis left by old editors add blank noise."""
    for element in list(root.iter("p", "a", "strong", "b", "em", "i", "span", "div", "li")):
        if element.getparent() is None:
            continue
        if not element.text_content().strip() and not element.xpath(".//img"):
            element.drop_tag() if element.tag == "li" else element.drop_tree()


# The pipeline, in order. Sanitising comes first so no later filter sees active content.
FILTERS: tuple[Callable[[lxml_html.HtmlElement, Context], None], ...] = (
    sanitise_again,
    flatten_wrappers,
    video_embeds_to_links,
    drop_title_heading,
    shift_headings,
    resolve_links,
    resolve_images,
    flatten_table_cells,
    drop_empty,
)


def markdown_url(url: str) -> str:
    """A URL safe inside ``(...)`` of a Markdown link: spaces, brackets and quotes escaped."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        path = quote(parts.path, safe="/%:@!$&'*+,;=-._~")
        query = quote(parts.query, safe="=&%:@!$'*+,;/?-._~")
        return urlunsplit((parts.scheme, parts.netloc, path, query, quote(parts.fragment, safe="-._~%")))
    return quote(url, safe="/%:@!$&'*+,;=-._~#?")


def _is_file(url: str) -> bool:
    ext = posixpath.splitext(urlsplit(url).path)[1].lstrip(".").lower()
    return ext in ATTACHMENT_EXTENSIONS or ext in IMAGE_EXTENSIONS


def _remember(seen: list[str], url: str) -> None:
    if url not in seen:
        seen.append(url)


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold().strip(" .")


__all__ = ["FILTERS", "Context", "markdown_url", "safe_url"]
