"""Convert stage: an extracted page's body as clean, safe Markdown for MkDocs.

``to_markdown`` runs the ordered filters of :mod:`terpadu.convert.filters` over the body,
then :class:`terpadu.convert.markdown.PageConverter` (markdownify) and a final tidy-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import html as lxml_html

from terpadu.convert.filters import FILTERS, Context
from terpadu.convert.markdown import PageConverter
from terpadu.convert.records import ConvertedPage
from terpadu.extract.page import PARSER
from terpadu.extract.records import ExtractedPage

__all__ = ["ConvertedPage", "to_markdown", "html_to_markdown"]

_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def to_markdown(
    page: ExtractedPage,
    resolve_link: Callable[[str], str | None],
    resolve_asset: Callable[[str], str | None],
) -> ConvertedPage:
    """The body of ``page`` as Markdown. ``resolve_link(url)`` gives the relative path of an
    imported page's Markdown file, ``resolve_asset(url)`` that of a downloaded file; URLs
    they return None for stay absolute."""
    ctx = Context(title=page.title, resolve_link=resolve_link, resolve_asset=resolve_asset)
    markdown = html_to_markdown(page.body_html, ctx)
    return ConvertedPage(markdown=markdown, links=tuple(ctx.links), assets=tuple(ctx.assets))


def html_to_markdown(body_html: str, ctx: Context) -> str:
    root = lxml_html.fragment_fromstring(body_html or "", create_parent="div", parser=PARSER)
    for step in FILTERS:
        step(root, ctx)
    html = lxml_html.tostring(root, encoding="unicode", method="html")
    markdown = PageConverter().convert(html)
    return _tidy(markdown)


def _tidy(markdown: str) -> str:
    """One blank line between blocks, no stray trailing spaces (hard breaks keep their two),
    one final newline: byte-identical output for identical input."""
    markdown = _TRAILING_SPACE.sub(_keep_hard_break, markdown.replace("\r", ""))
    markdown = _BLANK_RUNS.sub("\n\n", markdown).strip("\n")
    return markdown + "\n" if markdown else ""


def _keep_hard_break(match: re.Match[str]) -> str:
    return "  " if match.group(0) == "  " else ""
