"""An allowlist sanitiser for imported HTML: only content markup survives.

Old pages carry scripts, trackers, inline handlers, forms and embeds. Everything not on
the allowlist below is dropped (with its content, for active or invisible elements) or
unwrapped (its text kept, for harmless layout tags). Extraction runs it on the body it
hands on, and conversion runs it again before writing Markdown: the Markdown must be
safe whatever the extractor let through.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

# Tags whose content is never page text: removed together with everything inside.
DROP_WITH_CONTENT = frozenset({
    "script", "style", "noscript", "template", "object", "embed", "applet", "param",
    "svg", "math", "form", "input", "button", "select", "option", "textarea", "label",
    "frame", "frameset", "link", "meta", "base", "head", "title", "canvas", "audio",
    "map", "area", "dialog", "nav", "aside", "footer", "header", "menu",
})
# Empty (void) elements among those: libxml2 does not know all of them as void and may
# nest what follows inside, so only the element itself goes and its "children" stay.
VOID_DROPS = frozenset({"embed", "input", "link", "meta", "base", "param", "area", "keygen"})
# Content markup kept as it is, with only the attributes listed for it.
ALLOWED_ATTRIBUTES: dict[str, frozenset[str]] = {
    **{tag: frozenset() for tag in (
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "li", "blockquote",
        "pre", "code", "strong", "b", "em", "i", "u", "s", "del", "sub", "sup", "dl",
        "dt", "dd", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr",
        "caption", "div", "span", "section", "article", "main", "abbr", "cite", "q",
        "small", "mark", "kbd", "samp", "var", "body", "html",
    )},
    "ol": frozenset({"start"}),
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt"}),
    "th": frozenset({"colspan", "rowspan"}),
    "td": frozenset({"colspan", "rowspan"}),
    # Kept only when they point at a known video host (see VIDEO_EMBEDS); conversion
    # turns them into links.
    "iframe": frozenset({"src", "title"}),
    "video": frozenset({"src", "title"}),
    "source": frozenset({"src"}),
}
URL_ATTRIBUTES = frozenset({"href", "src"})
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Video hosts whose embeds become links: path pattern -> watch URL template.
VIDEO_EMBEDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:www\.)?youtube(?:-nocookie)?\.com/embed/([\w-]{6,})"),
     "https://www.youtube.com/watch?v={0}"),
    (re.compile(r"^(?:www\.)?youtu\.be/([\w-]{6,})"), "https://www.youtube.com/watch?v={0}"),
    (re.compile(r"^player\.vimeo\.com/video/(\d+)"), "https://vimeo.com/{0}"),
    (re.compile(r"^(?:www\.)?dailymotion\.com/embed/video/(\w+)"),
     "https://www.dailymotion.com/video/{0}"),
)
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is http(s), mailto or tel (after the tricks browsers forgive), else None."""
    if not url:
        return None
    squeezed = _CONTROL.sub("", url)
    scheme = urlsplit(squeezed).scheme.lower() if ":" in squeezed else ""
    if scheme and scheme not in SAFE_SCHEMES:
        return None
    if not scheme and squeezed.lower().startswith(("javascript", "data", "vbscript")):
        return None
    return url.strip()


def video_watch_url(src: str | None) -> str | None:
    """The public page of an embedded video from a known host, else None."""
    if not src:
        return None
    rest = re.sub(r"^(?:https?:)?//", "", src.strip(), flags=re.IGNORECASE)
    for pattern, template in VIDEO_EMBEDS:
        match = pattern.match(rest)
        if match:
            return template.format(match.group(1))
    return None


def sanitise(root: lxml_html.HtmlElement) -> None:
    """Reduce ``root`` (in place) to allowlisted tags, attributes and URLs."""
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in VOID_DROPS:
            element.attrib.clear()
            element.drop_tag()
        elif tag in DROP_WITH_CONTENT or (tag in {"iframe", "video"} and not _is_video(element)):
            _drop(element)
        elif tag not in ALLOWED_ATTRIBUTES:
            if element is not root:
                element.drop_tag()
        else:
            _clean_attributes(element, ALLOWED_ATTRIBUTES[tag])
    for element in list(root.iter("img", "a")):
        if element.tag == "img" and not element.get("src"):
            _drop(element)
        elif element.tag == "a" and not element.get("href"):
            element.drop_tag()


def _is_video(element: lxml_html.HtmlElement) -> bool:
    sources = [element.get("src")] + [s.get("src") for s in element.iter("source")]
    return any(video_watch_url(src) for src in sources)


def _clean_attributes(element: lxml_html.HtmlElement, allowed: frozenset[str]) -> None:
    for name in list(element.attrib):
        value = element.attrib[name]
        if name.lower() not in allowed:
            del element.attrib[name]
        elif name.lower() in URL_ATTRIBUTES and safe_url(value) is None:
            del element.attrib[name]


def _drop(element: lxml_html.HtmlElement) -> None:
    """Remove ``element`` and its content, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        element.clear()
        return
    element.drop_tree()
