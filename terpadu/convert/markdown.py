"""HTML to Markdown for Python-Markdown (MkDocs): markdownify, customised one tag at a time.

Text is escaped for Python-Markdown and its extensions as the site uses them: ``<`` and
entities can never become raw HTML (``md_in_html``), ``{`` never an attribute list
(``attr_list``), ``[`` never a link. Our own markup is the only markup in the output.
"""

from __future__ import annotations

import re

from markdownify import ATX, MarkdownConverter

from terpadu.convert.filters import markdown_url

# Characters Python-Markdown gives a meaning to anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]{}])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
# Markers that mean something at the start of a line (lists, headings, quotes, admonitions).
_LINE_START = re.compile(r"^(\s*)([-+>#!]|\d+(?=[.)]\s)|={2,}|:(?=\s))")
INDENT = "    "  # Python-Markdown nests list content four spaces deep
# The one piece of raw HTML the output may hold: ends a list when another follows it.
LIST_SEPARATOR = "<!-- -->"


class PageConverter(MarkdownConverter):
    """markdownify with ATX headings, GFM tables, 4-space nested lists, figures with captions,
    indented code blocks (no extension needed) and Python-Markdown-safe escaping."""

    class Options(MarkdownConverter.DefaultOptions):
        heading_style = ATX
        bullets = "-"
        wrap = True  # collapse whitespace in text (no line breaks of the source survive)
        wrap_width = None
        table_infer_header = True
        escape_misc = False
        escape_asterisks = False
        escape_underscores = False
        autolinks = False
        bs4_options = "lxml"

    def escape(self, text: str, parent_tags: set[str]) -> str:
        if not text:
            return ""
        text = _INLINE_SPECIAL.sub(r"\\\1", text)
        text = _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;")
        if parent_tags & {"td", "th"}:
            text = text.replace("|", r"\|")
        return _LINE_START.sub(_escape_marker, text)

    def convert_a(self, el, text, parent_tags):
        text = text.strip()
        href = el.get("href")
        if not href or not text:
            return text
        return f"[{text}]({markdown_url(href)})"

    def convert_img(self, el, text, parent_tags):
        src = el.get("src")
        if not src:
            return ""
        alt = self.escape(" ".join((el.get("alt") or "").split()), parent_tags)
        return f"![{alt}]({markdown_url(src)})"

    def convert_figure(self, el, text, parent_tags):
        return f"\n\n{text.strip()}\n\n"

    def convert_figcaption(self, el, text, parent_tags):
        caption = " ".join(text.split())
        return f"\n\n*{caption}*\n\n" if caption else ""

    def convert_list(self, el, text, parent_tags):
        converted = super().convert_list(el, text, parent_tags)
        previous = el.find_previous_sibling()
        if "li" not in parent_tags and previous is not None and previous.name in ("ul", "ol"):
            # Two lists in a row would merge into one: an empty comment ends the first.
            return f"\n\n{LIST_SEPARATOR}{converted}"
        return converted

    convert_ul = convert_list
    convert_ol = convert_list

    def convert_div(self, el, text, parent_tags):
        # markdownify strips all whitespace here, which would eat a code block's indent
        if "_inline" in parent_tags:
            return " " + text.strip() + " "
        text = text.strip("\n").rstrip()
        return f"\n\n{text}\n\n" if text else ""

    convert_article = convert_div
    convert_section = convert_div

    def convert_li(self, el, text, parent_tags):
        text = (text or "").strip()
        if not text:
            return "\n"
        parent = el.parent
        if parent is not None and parent.name == "ol":
            start = int(parent.get("start")) if str(parent.get("start") or "").isdigit() else 1
            bullet = f"{start + len(el.find_previous_siblings('li'))}."
        else:
            bullet = "-"
        lines = text.split("\n")
        body = "\n".join([lines[0]] + [INDENT + line if line else "" for line in lines[1:]])
        return f"{bullet} {body}\n"

    def convert_pre(self, el, text, parent_tags):
        if not text.strip():
            return ""
        code = "\n".join(INDENT + line if line.strip() else "" for line in text.strip("\n").split("\n"))
        return f"\n\n{code}\n\n"

    def convert_br(self, el, text, parent_tags):
        if parent_tags & {"td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "_inline"}:
            return " "
        return "  \n"


def _escape_marker(match: re.Match[str]) -> str:
    space, marker = match.group(1), match.group(2)
    if marker.isdigit():
        return f"{space}{marker}\\"  # "1. " -> "1\. " (the dot is escaped by the caller's text)
    if marker.startswith("="):
        return f"{space}&#61;{marker[1:]}"
    if marker == ":":
        return f"{space}&#58;"
    return f"{space}\\{marker}"
