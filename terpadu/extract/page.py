"""``extract_page``: one fetched page in, its main content and metadata out.

Recipe selectors first (the unit's ``recipe.pages`` rule for the page's type and URL),
the generic path for every field they leave empty, and ``method`` saying which path gave
the body. See docs/adr/0311-recipe-first-extraction.md.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from terpadu.extract import body as bodies
from terpadu.extract.charset import decode_html
from terpadu.extract.dates import parse_date
from terpadu.extract.generic import (
    MAIN_SELECTORS,
    generic_author, generic_body, generic_date, generic_tags, generic_title,
)
from terpadu.extract.records import ExtractedPage, PageSource
from terpadu.extract.regulation import regulation_of
from terpadu.extract.sanitise import sanitise
from terpadu.extract.tags import map_tags
from terpadu.registry.models import Unit, Vocabulary
from terpadu.registry.recipe import PageRule, Selectors, split_selector

DEFAULT_TYPE = "halaman"
# libxml2 silently cuts documents nested deeper than 256 levels unless told otherwise.
PARSER = lxml_html.HTMLParser(huge_tree=True)
MAX_DEPTH = 2040


class NotHtml(ValueError):
    """The body holds no HTML document to extract from."""


@dataclass(frozen=True)
class _RecipeFields:
    """What a page rule's selectors found; None where a selector is absent or matched nothing."""

    title: str | None
    date: dt.date | None
    author: str | None
    tags: list[str] | None
    body: lxml_html.HtmlElement | None


def extract_page(
    page: PageSource, unit: Unit | None, vocabulary: Vocabulary, *, use_recipe: bool = True
) -> ExtractedPage:
    """The main content of ``page``; ``use_recipe=False`` ignores the recipe's selectors
    (its page rules still give the type), for debugging a recipe and for measuring the
    generic extractor."""
    reason = sniff_not_html(page.body)
    if reason:
        raise NotHtml(reason)
    doc = parse_document(decode_html(page.body, page.declared_charset))
    bodies.resolve_lazy_images(doc)
    bodies.absolutise(doc, page.url)
    captions = bodies.caption_map(doc)

    rule = rule_for(unit, page.url, page.page_type)
    selectors = rule.selectors if rule and use_recipe else Selectors()
    formats = tuple(unit.recipe.date_formats) if unit and unit.recipe else ()
    site_names = _site_names(unit)
    found = _read_recipe(doc, selectors, formats)

    method = "recipe" if found.body is not None else "generic"
    body = found.body if found.body is not None else generic_body(doc, page.url)
    title = found.title or generic_title(doc, site_names) or ""
    date = found.date or generic_date(doc, page.url, formats)
    raw_tags = found.tags if found.tags is not None else generic_tags(doc)
    page_type = _type_of(doc, rule) or page.page_type or DEFAULT_TYPE

    _clean_body(body, selectors, captions)
    attachments = _attachments(doc, body, selectors, method)
    regulation = (
        regulation_of(doc, selectors.regulation, formats)
        if page_type == "regulasi" or selectors.regulation else None
    )
    if page_type == "regulasi" and regulation and regulation.get("tanggal_ditetapkan"):
        date = dt.date.fromisoformat(regulation["tanggal_ditetapkan"])  # a regulation is dated by it
    tags, unmapped = map_tags(raw_tags, page.unit_id, vocabulary)
    return ExtractedPage(
        url=page.url,
        unit_id=page.unit_id,
        type=page_type,
        title=title,
        date=date,
        author=found.author or generic_author(doc),
        body_html=bodies.to_html(body),
        summary=bodies.summary_of(body),
        tags=tags,
        unmapped=unmapped,
        images=tuple(bodies.images_in(body)),
        attachments=tuple(bodies.finish_labels(attachments, title)),
        regulation=regulation,
        method=method,
    )


# Signatures of files that are not HTML whatever the server's Content-Type says.
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0",
                 b"Rar!", b"7z\xbc\xaf")


def sniff_not_html(body: bytes) -> str | None:
    """Why ``body`` is not an HTML page (a PDF served as text/html, ...), or None."""
    head = body[:1024].lstrip()
    if any(head.startswith(magic) for magic in _BINARY_MAGIC):
        return "not html (binary file)"
    if b"\x00" in head:
        return "not html (binary data)"
    return None


def parse_document(text: str) -> lxml_html.HtmlElement:
    """The page as an lxml document; :class:`NotHtml` when there is nothing to parse."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise NotHtml("empty body")
    if text.lstrip().startswith("<?xml"):
        text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str with a declaration
    try:
        doc = lxml_html.document_fromstring(text, parser=PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise NotHtml(str(exc)) from None
    if _too_deep(doc):
        raise NotHtml(f"nested deeper than {MAX_DEPTH} levels: the parser would drop content")
    return doc


def _too_deep(doc: lxml_html.HtmlElement) -> bool:
    """libxml2 cuts what lies deeper than ~2048 levels, even with ``huge_tree``."""
    if sum(1 for _ in doc.iter()) < MAX_DEPTH:
        return False  # cheap: a tree this small cannot be this deep
    depth = 0
    for event, _ in etree.iterwalk(doc, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= MAX_DEPTH:
            return True
    return False


def rule_for(unit: Unit | None, url: str, page_type: str | None) -> PageRule | None:
    """The unit's page rule for ``url``: the first whose pattern matches the path (and query),
    preferring a rule of ``page_type`` when the fetcher already knows the type."""
    if unit is None or unit.recipe is None:
        return None
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    matching = [r for r in unit.recipe.pages if re.search(r.pattern, target)]
    typed = [r for r in matching if page_type and r.type == page_type]
    return (typed or matching or [None])[0]


def _type_of(doc: lxml_html.HtmlElement, rule: PageRule | None) -> str | None:
    """The rule's type, or the type a label on the page names (WordPress posts of every
    type share one URL scheme; their category says which type they are)."""
    if rule is None:
        return None
    if rule.type_from:
        labels = {k.casefold(): v for k, v in rule.type_labels.items()}
        for value in _all_values(doc, rule.type_from):
            if value.casefold() in labels:
                return labels[value.casefold()]
    return rule.type


def _read_recipe(doc: lxml_html.HtmlElement, selectors: Selectors, formats: Sequence[str]) -> _RecipeFields:
    title = _first_value(doc, selectors.title)
    date_text = _first_value(doc, selectors.date, date=True)
    tags = _all_values(doc, selectors.tags) if selectors.tags else None
    return _RecipeFields(
        title=title,  # the recipe names the title element itself: nothing to trim
        date=parse_date(date_text, formats) if date_text else None,
        author=_first_value(doc, selectors.author),
        tags=tags or None,
        body=_body(doc, selectors.body) if selectors.body else None,
    )


def _first_value(doc: lxml_html.HtmlElement, selector: str | None, date: bool = False) -> str | None:
    values = _all_values(doc, selector, date) if selector else []
    return values[0] if values else None


def _all_values(doc: lxml_html.HtmlElement, selector: str, date: bool = False) -> list[str]:
    css, attribute = split_selector(selector)
    values = []
    for element in bodies.select(doc, css):
        if attribute:
            value = element.get(attribute)
        elif element.tag == "meta":
            value = element.get("content")
        elif date and element.get("datetime"):
            value = element.get("datetime")
        else:
            value = bodies.text_of(element)
        if value and value.strip():
            values.append(" ".join(value.split()))
    return values


def _body(doc: lxml_html.HtmlElement, selector: str) -> lxml_html.HtmlElement | None:
    """Every element the body selector matches (outermost only), in one ``<div>``."""
    matched = bodies.select(doc, selector)
    outermost = [e for e in matched if not any(a in matched for a in e.iterancestors())]
    if not outermost or not any(bodies.text_of(e) or e.xpath(".//img") for e in outermost):
        return None
    container = lxml_html.Element("div")
    for element in outermost:
        clone = copy.deepcopy(element)
        clone.tail = None
        container.append(clone)
    return container


def _clean_body(body: lxml_html.HtmlElement, selectors: Selectors, captions: dict[str, str]) -> None:
    """Boilerplate out, images as figures with captions, then only allowlisted markup."""
    bodies.remove_boilerplate(body, selectors.remove)
    bodies.normalise_figures(body, captions)
    sanitise(body)


def _attachments(doc: lxml_html.HtmlElement, body: lxml_html.HtmlElement, selectors: Selectors,
                 method: str) -> list:
    """Files the recipe names, then files linked from the body; on the generic path also
    files linked from the main area (trafilatura drops "Unduh" buttons)."""
    found = bodies.attachments_in(bodies.select(doc, selectors.attachments), everything=True) \
        if selectors.attachments else []
    found = _merge_links(found, bodies.attachments_in([body]))
    if method == "generic":
        found = _merge_links(found, bodies.attachments_in(_main_areas(doc)))
    return found


def _main_areas(doc: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The page's main element(s), without what is boilerplate inside them."""
    areas = []
    for selector in MAIN_SELECTORS:
        found = bodies.select(doc, selector)
        if found:
            area = copy.deepcopy(found[0])
            bodies.remove_boilerplate(area)
            areas.append(area)
            break
    return areas


def _merge_links(first: list, second: list) -> list:
    seen = {link.url for link in first}
    return first + [link for link in second if link.url not in seen]


def _site_names(unit: Unit | None) -> list[str]:
    if unit is None:
        return []
    return [unit.name, unit.short_name, unit.id, *unit.domains]
