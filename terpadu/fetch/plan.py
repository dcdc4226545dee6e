"""What one crawl does, as plain picklable data built from the units' recipes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from terpadu.registry import Registry, Unit


@dataclass(frozen=True)
class UnitCrawl:
    """One unit's part of a crawl: its hosts, start points, link rules and page rules."""

    unit_id: str
    hosts: tuple[str, ...]
    start_urls: tuple[str, ...]
    sitemaps: tuple[str, ...]
    sitemap_follow: tuple[str, ...]
    follow: tuple[str, ...]
    deny: tuple[str, ...]
    pages: tuple[tuple[str, str], ...]  # (path regex, page type), first match wins
    max_depth: int
    max_pages: int
    assets: bool = True
    concurrency: int = 4
    delay: float = 0.0

    def page_type(self, url: str) -> str | None:
        """The type of the first ``pages`` rule matching the URL's path (or path?query)."""
        parts = urlsplit(url)
        path = parts.path or "/"
        candidates = (path, f"{path}?{parts.query}") if parts.query else (path,)
        for pattern, type_name in self.pages:
            if any(re.search(pattern, c) for c in candidates):
                return type_name
        return None

    def owns(self, url: str) -> bool:
        return _host(url) in self.hosts

    def denied(self, url: str) -> bool:
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return any(re.search(p, target) for p in self.deny)

    def followed(self, url: str) -> bool:
        """Links worth following: matching ``follow`` or a page rule, and not denied."""
        if not self.owns(url) or self.denied(url):
            return False
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return any(re.search(p, target) for p in self.follow) or self.page_type(url) is not None


@dataclass(frozen=True)
class CrawlPlan:
    """Every unit of this run, plus how to reach the hosts and where to cache."""

    units: tuple[UnitCrawl, ...]
    cache_dir: Path
    host_map: dict[str, str] = field(default_factory=dict)  # old host -> "127.0.0.1:PORT"
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 0.5  # seconds before the first retry; doubled each time
    max_size: int = 20 * 1024 * 1024
    autothrottle: bool = True
    cache: bool = True
    log_level: str = "ERROR"
    # Scrapy settings applied last, e.g. scrapy-redis's SCHEDULER and DUPEFILTER_CLASS to
    # share one crawl between machines (docs/adr/0300).
    scrapy_settings: dict = field(default_factory=dict)

    def unit_for(self, url: str) -> UnitCrawl | None:
        host = _host(url)
        return next((u for u in self.units if host in u.hosts), None)


def unit_crawl(unit: Unit) -> UnitCrawl | None:
    """The crawl part of a unit's recipe, or None when the unit has no recipe."""
    recipe = unit.recipe
    if recipe is None:
        return None
    hosts = set()
    for domain in unit.domains:
        bare = domain.lower().removeprefix("www.")
        hosts.update({bare, f"www.{bare}"})
    starts = recipe.start_urls or ([] if recipe.sitemaps else [f"https://{unit.primary_domain}/"])
    return UnitCrawl(
        unit_id=unit.id,
        hosts=tuple(sorted(hosts)),
        start_urls=tuple(starts),
        sitemaps=tuple(recipe.sitemaps),
        sitemap_follow=tuple(recipe.sitemap_follow),
        follow=tuple(recipe.follow),
        deny=tuple(recipe.deny),
        pages=tuple((rule.pattern, rule.type) for rule in recipe.pages),
        max_depth=recipe.max_depth,
        max_pages=recipe.max_pages,
        assets=recipe.assets,
        concurrency=recipe.concurrency,
        delay=recipe.delay,
    )


def plan_for(registry: Registry, unit_ids: Iterable[str], cache_dir: Path, **options) -> CrawlPlan:
    units = [unit_crawl(u) for u in registry if u.id in set(unit_ids)]
    return CrawlPlan(units=tuple(u for u in units if u is not None), cache_dir=cache_dir, **options)


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def loopback_host_map(registry: Registry, port: int) -> dict[str, str]:
    """Every old host of every unit (with and without ``www.``) -> ``127.0.0.1:port``."""
    hosts = set()
    for unit in registry:
        for domain in unit.domains:
            bare = domain.lower().removeprefix("www.")
            hosts.update({bare, f"www.{bare}"})
    return {host: f"127.0.0.1:{port}" for host in sorted(hosts)}
