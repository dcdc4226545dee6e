"""One Scrapy spider for every unit: the recipe decides where to start and what to follow."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.internet.error import (
    ConnectionDone,
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed
from w3lib.url import canonicalize_url

from terpadu.fetch.plan import CrawlPlan, UnitCrawl
from terpadu.fetch.records import FetchedPage, FetchFailure

ASSET_EXTENSIONS = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z|csv|jpe?g|png|gif|webp|svg)$", re.IGNORECASE
)
# Scrapy's download exceptions (by name, so older Scrapy versions work too) in URL-map words.
NETWORK_REASONS = {
    "DownloadTimeoutError": "timeout",
    "DownloadFailedError": "connection reset",
    "ResponseDataLossError": "truncated body",
    "DownloadCancelledError": "too large",
    "CancelledError": "too large",
    "DownloadConnectionRefusedError": "connection refused",
    "CannotResolveHostError": "host not found",
}
IMAGE_ATTRIBUTES = ("src", "data-src", "data-lazy-src", "data-original")
CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


class RecipeSpider(scrapy.Spider):
    """Crawls the units of a :class:`CrawlPlan`; yields fetch records, never parses content."""

    name = "terpadu"

    def __init__(self, plan: CrawlPlan, **kwargs):
        super().__init__(**kwargs)
        self.plan = plan
        self._seen: set[str] = set()
        self._pages: Counter[str] = Counter()

    # -- start ---------------------------------------------------------------------------
    async def start(self):
        for unit in self.plan.units:
            for url in unit.sitemaps:
                yield self._request(unit, url, self._parse_sitemap, depth=0, counted=False)
            for url in unit.start_urls:
                yield self._request(unit, url, self._parse_page, depth=0)

    # -- callbacks -----------------------------------------------------------------------
    def _parse_sitemap(self, response: Response):
        unit = self._unit(response)
        if response.url.endswith("/robots.txt"):
            urls = sitemap_urls_from_robots(response.text, base_url=response.url)
            yield from self._schedule(unit, urls, self._parse_sitemap, 0, counted=False)
            return
        sitemap = Sitemap(response.body)
        locations = [entry["loc"] for entry in sitemap if "loc" in entry]
        yield self._note(unit, response.url, "sitemap", "skipped", response.status)
        if sitemap.type == "sitemapindex":
            wanted = [u for u in locations if not unit.sitemap_follow
                      or any(re.search(p, u) for p in unit.sitemap_follow)]
            yield from self._schedule(unit, wanted, self._parse_sitemap, 0, counted=False)
        else:
            pages = [u for u in locations if unit.owns(u) and not unit.denied(u)]
            yield from self._schedule(unit, pages, self._parse_page, 1)

    def _parse_page(self, response: Response):
        unit = self._unit(response)
        yield self._record(unit, response, "page")
        if not isinstance(response, TextResponse) or not _is_html(response):
            return
        depth = response.meta.get("depth", 0)
        if depth < unit.max_depth:
            links = [response.urljoin(h) for h in response.css("a::attr(href), link[rel=next]::attr(href)").getall()]
            yield from self._schedule(unit, (u for u in links if unit.followed(u)), self._parse_page, depth + 1)
        if unit.assets and unit.page_type(response.url) is not None:
            yield from self._schedule_assets(unit, response)

    def _parse_asset(self, response: Response):
        yield self._record(self._unit(response), response, "asset")

    def _failed(self, failure: Failure):
        request = failure.request
        unit = self.plan.unit_for(request.url)
        if unit is None:
            return None
        reason, outcome, status = _describe(failure)
        kind = "asset" if request.callback == self._parse_asset else "page"
        return FetchFailure(url=request.url, unit_id=unit.unit_id, reason=reason, status=status,
                            outcome=outcome, page_type=unit.page_type(request.url), kind=kind)

    # -- scheduling ----------------------------------------------------------------------
    def _schedule_assets(self, unit: UnitCrawl, response: TextResponse):
        urls = []
        for img in response.css("img"):
            urls.extend(response.urljoin(img.attrib[a]) for a in IMAGE_ATTRIBUTES if img.attrib.get(a))
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if ASSET_EXTENSIONS.search(urlsplit(url).path):
                urls.append(url)
        reachable = [u for u in urls if urlsplit(u).scheme in ("http", "https") and self._reachable(u)]
        yield from self._schedule(unit, reachable, self._parse_asset, None, counted=False)

    def _schedule(self, unit: UnitCrawl, urls, callback, depth: int | None, counted: bool = True):
        for url in urls:
            request = self._request(unit, url, callback, depth, counted)
            if request is not None:
                yield request

    def _request(self, unit: UnitCrawl, url: str, callback, depth: int | None, counted: bool = True):
        url = url.split("#", 1)[0]
        key = canonicalize_url(url)
        if key in self._seen:
            return None
        if counted and self._pages[unit.unit_id] >= unit.max_pages:
            self.crawler.stats.inc_value(f"terpadu/{unit.unit_id}/page_limit")
            return None
        self._seen.add(key)
        if counted:
            self._pages[unit.unit_id] += 1
        # One download slot per old host, even when every host maps onto one mirror address.
        meta = {"unit_id": unit.unit_id, "download_slot": (urlsplit(url).hostname or "").lower()}
        if depth is not None:
            meta["depth"] = depth
        # Our own seen-set dedupes; dont_filter lets a redirect reach a page already fetched,
        # so the URL it started from still gets its URL-map row.
        return scrapy.Request(url, callback=callback, errback=self._failed, meta=meta, dont_filter=True)

    # -- records -------------------------------------------------------------------------
    def _record(self, unit: UnitCrawl, response: Response, kind: str) -> FetchedPage:
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        redirects = response.request.meta.get("redirect_urls") or [response.url]
        match = CHARSET.search(content_type)
        return FetchedPage(
            url=response.url,
            requested_url=redirects[0],
            status=response.status,
            content_type=content_type or "application/octet-stream",
            body=response.body,
            declared_charset=match.group(1).lower() if match else None,
            unit_id=unit.unit_id,
            page_type=unit.page_type(response.url) if kind == "page" else None,
            kind=kind,  # type: ignore[arg-type]
        )

    def _note(self, unit: UnitCrawl, url: str, reason: str, outcome: str, status: int | None):
        return FetchFailure(url=url, unit_id=unit.unit_id, reason=reason, status=status,
                            outcome=outcome)  # type: ignore[arg-type]

    def _unit(self, response: Response) -> UnitCrawl:
        unit_id = response.meta["unit_id"]
        return next(u for u in self.plan.units if u.unit_id == unit_id)

    def _reachable(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        if self.plan.host_map:
            return host in self.plan.host_map
        return True


def _is_html(response: Response) -> bool:
    content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    return not content_type or "html" in content_type


def _describe(failure: Failure) -> tuple[str, str, int | None]:
    """(reason, outcome, status) of a failed request, in the URL map's words."""
    error = failure.value
    if failure.check(HttpError):
        status = error.response.status
        return f"http {status}", "failed", status
    if failure.check(IgnoreRequest):
        text = str(error).lower()
        if "robots" in text:
            return "robots", "excluded", None
        if "redirect" in text:
            return "redirect loop", "failed", None
        return f"ignored: {error}", "skipped", None
    name = type(error).__name__
    if name in NETWORK_REASONS:
        return NETWORK_REASONS[name], "failed", None
    if failure.check(TimeoutError, TCPTimedOutError):
        return "timeout", "failed", None
    if failure.check(ResponseFailed):
        inner = " ".join(type(r.value).__name__ for r in getattr(error, "reasons", []) if hasattr(r, "value"))
        if "DataLoss" in inner:
            return "truncated body", "failed", None
        return "connection reset", "failed", None
    if failure.check(ConnectionLost, ConnectionDone):
        return "connection reset", "failed", None
    if failure.check(ConnectionRefusedError):
        return "connection refused", "failed", None
    if failure.check(DNSLookupError):
        return "host not found", "failed", None
    return f"{name}: {error}"[:200], "failed", None
