"""Scrapy downloader middlewares of the fetch stage.

``HostMapMiddleware`` sends requests for an old host to another address (the local
mirror) with the old ``Host`` header, and restores the old URL on the way back, so every
URL recorded anywhere is the real old one. ``BackoffRetryMiddleware`` is Scrapy's retry
middleware waiting longer before each new try (and honouring ``Retry-After``).
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit, urlunsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

ORIGINAL_URL = "terpadu_original_url"


class HostMapMiddleware:
    """Route ``https://old-host/path`` to ``http://<host_map[old-host]>/path``.

    Sits closest to the downloader (after the HTTP cache), so cache keys, robots.txt,
    redirects and retries all see the old URL; only the socket sees the mapped address.
    """

    def __init__(self, host_map: dict[str, str]):
        self.host_map = {k.lower(): v for k, v in host_map.items()}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostMapMiddleware:
        host_map = crawler.settings.getdict("TERPADU_HOST_MAP")
        if not host_map:
            raise NotConfigured
        return cls(host_map)

    def process_request(self, request: Request, spider=None) -> None:
        parts = urlsplit(request.url)
        target = self.host_map.get((parts.hostname or "").lower())
        if target is None:
            return None
        request.meta[ORIGINAL_URL] = request.url
        request.headers["Host"] = parts.netloc
        request._set_url(urlunsplit(("http", target, parts.path or "/", parts.query, "")))
        return None

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        mapped = request.url
        original = self._restore(request)
        if original is None:
            return response
        return response.replace(url=original if response.url == mapped else response.url)

    def process_exception(self, request: Request, exception: Exception, spider=None) -> None:
        self._restore(request)
        return None

    @staticmethod
    def _restore(request: Request) -> str | None:
        original = request.meta.pop(ORIGINAL_URL, None)
        if original is not None:
            request._set_url(original)
            if b"Host" in request.headers:
                del request.headers["Host"]
        return original


class BackoffRetryMiddleware(RetryMiddleware):
    """Retry with exponential backoff: ``RETRY_BACKOFF`` seconds, doubled per try."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff = settings.getfloat("RETRY_BACKOFF", 0.5)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 10.0)

    async def process_response(self, request: Request, response: Response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, f"http {response.status}")
        if retry is None:
            return response
        await asyncio.sleep(self._delay(retry, response.headers.get("Retry-After")))
        return retry

    async def process_exception(self, request: Request, exception: Exception, spider=None):
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await asyncio.sleep(self._delay(retry, None))
        return retry

    def _delay(self, retry: Request, retry_after: bytes | None) -> float:
        delay = self.backoff * 2 ** (retry.meta.get("retry_times", 1) - 1)
        if retry_after:
            try:
                delay = max(delay, float(retry_after.decode("ascii", "replace")))
            except ValueError:
                pass
        return min(delay, self.backoff_max)
