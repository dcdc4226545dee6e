"""The generic path: trafilatura finds the main content when a recipe has no selectors for a
page or they match nothing; a few well-known page conventions supply the metadata."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Sequence

import trafilatura
from lxml import html as lxml_html

from terpadu.extract.body import remove_boilerplate, select, text_of
from terpadu.extract.dates import meta_date, parse_date

# Where pages show their date when they have no machine-readable one, most specific first.
DATE_SELECTORS = (
    ".entry-date", ".post-date", ".published", ".tanggal", ".date", ".tgl", ".posted-on",
    ".meta", ".post-meta", ".entry-meta", ".article-meta", ".byline",
)
TAG_SELECTORS = (
    'meta[property="article:tag"]', 'meta[property="article:section"]', "a[rel~=tag]",
    ".cat-links a", ".tag-links a", ".tags a", ".post-tags a", ".kategori a", ".category a",
)
AUTHOR_SELECTORS = ('meta[name="author"]', "[rel=author]", ".author", ".penulis", ".byline")
MAIN_SELECTORS = ("article", "main", "[role=main]", ".entry-content", ".post-content", "#content")
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»)\s+")
# Words that mark a title part as the site's name rather than the page's.
SITE_NAME_WORDS = re.compile(
    r"\b(kementerian|pupr|kemenpupr|ditjen|direktorat|badan|sekretariat|inspektorat|"
    r"portal|situs|website|official|beranda|home)\b|\.go\.id\b",
    re.IGNORECASE,
)
_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})/(\d{1,2})/(\d{1,2})/")
_AUTHOR_PREFIX = re.compile(r"^(oleh|penulis|ditulis\s+oleh|by|author)\s*:?\s*", re.IGNORECASE)


def generic_body(doc: lxml_html.HtmlElement, url: str) -> lxml_html.HtmlElement:
    """The main content as trafilatura sees it, as a ``<div>``; the page's main element
    when trafilatura finds too little (very short pages)."""
    cleaned = copy.deepcopy(doc)
    remove_boilerplate(cleaned)  # what we know is chrome need not be guessed at
    extracted = trafilatura.extract(
        cleaned, url=url, output_format="html", include_images=True,
        include_tables=True, include_links=True, include_formatting=True,
        include_comments=False, deduplicate=False, with_metadata=False,
    )
    container = lxml_html.Element("div")
    if extracted:
        body = lxml_html.document_fromstring(extracted).find("body")
        if body is not None:
            container.text = body.text
            container.extend(list(body))
            return container
    for selector in MAIN_SELECTORS:
        found = select(doc, selector)
        if found:
            container.append(copy.deepcopy(found[0]))
            return container
    body = doc.find("body")
    if body is not None:
        container.append(copy.deepcopy(body))
    return container


def generic_title(doc: lxml_html.HtmlElement, site_names: Sequence[str] = ()) -> str | None:
    """og:title or <title> (site name trimmed) when the page shows that text, else the
    main heading, else og:title or <title> as they are."""
    og = clean_title(_first_attr(doc, 'meta[property="og:title"]', "content"), site_names)
    title_tag = doc.find(".//title")
    head_title = clean_title(text_of(title_tag), site_names) if title_tag is not None else None
    shown = _shown_texts(doc)
    for candidate in (og, head_title):
        if candidate and " ".join(candidate.split()) in shown:
            return candidate
    for selector in MAIN_SELECTORS:
        for main in select(doc, selector):
            h1 = main.xpath(".//h1")
            if h1 and text_of(h1[0]):
                return text_of(h1[0])
    return og or head_title


def _shown_texts(doc: lxml_html.HtmlElement) -> set[str]:
    """Short texts of the page's visible elements (title candidates are checked against them)."""
    body = doc.find("body")
    if body is None:
        return set()
    texts = set()
    for element in body.iter():
        if isinstance(element.tag, str) and element.tag not in ("script", "style", "a", "li"):
            text = text_of(element)
            if 0 < len(text) < 300:
                texts.add(text)
    return texts


def clean_title(title: str | None, site_names: Sequence[str] = ()) -> str | None:
    """Drop a site-name prefix or suffix ("… | Ditjen SDA", "BPJT - …")."""
    if not title:
        return None
    title = " ".join(title.split())
    names = [n.lower() for n in site_names if n]
    cuts = list(TITLE_SEPARATORS.finditer(title))
    start, end = 0, len(title)
    while cuts and _is_site_name(title[cuts[-1].end():end], names):
        end = cuts.pop().start()
    while cuts and _is_site_name(title[start:cuts[0].start()], names):
        start = cuts.pop(0).end()
    return title[start:end]


def generic_date(doc: lxml_html.HtmlElement, url: str, formats: Sequence[str] = ()) -> dt.date | None:
    """Machine-readable dates first, then a date shown near the content, then the URL."""
    day = meta_date(doc)
    if day is not None:
        return day
    for selector in DATE_SELECTORS:
        for element in select(doc, selector):
            day = parse_date(text_of(element), formats)
            if day is not None:
                return day
    match = _URL_DATE.search(url)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
    return None


def generic_tags(doc: lxml_html.HtmlElement) -> list[str]:
    values: list[str] = []
    for selector in TAG_SELECTORS:
        for element in select(doc, selector):
            if element.tag == "meta":
                values.extend(v.strip() for v in (element.get("content") or "").split(",") if v.strip())
            elif text_of(element):
                values.append(text_of(element))
    return values


def generic_author(doc: lxml_html.HtmlElement) -> str | None:
    for selector in AUTHOR_SELECTORS:
        for element in select(doc, selector):
            value = element.get("content") if element.tag == "meta" else text_of(element)
            value = _AUTHOR_PREFIX.sub("", value or "").strip()
            if value and len(value) < 80:
                return value
    return None


def _first_attr(doc: lxml_html.HtmlElement, selector: str, attribute: str) -> str | None:
    for element in select(doc, selector):
        if element.get(attribute):
            return element.get(attribute)
    return None


def _is_site_name(part: str, names: list[str]) -> bool:
    lowered = part.lower().strip()
    short = len(part.split()) <= 4  # a site name is a few words, a headline is more
    if any(lowered == n or (short and len(n) > 3 and n in lowered) for n in names):
        return True
    return short and bool(SITE_NAME_WORDS.search(part))
