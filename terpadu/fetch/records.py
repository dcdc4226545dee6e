"""Records the fetch stage hands to the importer (frozen, picklable across processes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class FetchedPage:
    """One response of an old site, under its real old URL (never the mirror's address)."""

    url: str  # canonical old URL after redirects, https://<real host>/path?query
    requested_url: str
    status: int
    content_type: str
    body: bytes = field(repr=False)
    declared_charset: str | None
    unit_id: str
    page_type: str | None  # from the recipe's `pages` rule matching the URL path
    kind: Literal["page", "asset"] = "page"  # assets: images and attachments of content pages

    @property
    def is_html(self) -> bool:
        """Declared as HTML *and* looks like it: servers send PDFs as text/html too."""
        declared = self.content_type.split(";", 1)[0].strip().lower()
        return declared in ("text/html", "application/xhtml+xml") and looks_like_html(self.body)


BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0")


def looks_like_html(body: bytes) -> bool:
    """Sniff the first bytes (a PDF or an image is never a page, whatever the header says)."""
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(BINARY_SIGNATURES) or b"\x00" in head:
        return False
    return head.startswith(b"<") or b"<html" in head.lower() or b"<body" in head.lower()


@dataclass(frozen=True)
class FetchFailure:
    """A URL the crawl could not (or must not) fetch, and why, in a few words."""

    url: str
    unit_id: str
    reason: str  # "robots", "http 404", "timeout", "too large", "redirect loop", ...
    status: int | None = None
    outcome: Literal["failed", "skipped", "excluded"] = "failed"
    page_type: str | None = None
    kind: Literal["page", "asset"] = "page"


@dataclass(frozen=True)
class CrawlFinished:
    """Last record of a crawl: Scrapy's stats (counts only) and why it closed."""

    reason: str
    stats: dict[str, int | float | str] = field(default_factory=dict)
