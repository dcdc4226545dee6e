"""Scrapy settings for a crawl plan: politeness, retries, cache and limits as data."""

from __future__ import annotations

from terpadu import __version__
from terpadu.fetch.plan import CrawlPlan

USER_AGENT = f"terpadu-import/{__version__} (migrasi situs Kementerian PU)"


def scrapy_settings(plan: CrawlPlan) -> dict:
    """Everything Scrapy needs for ``plan``; Scrapy's own defaults fill the rest."""
    slots = {
        host: {"concurrency": unit.concurrency, "delay": unit.delay}
        for unit in plan.units
        for host in unit.hosts
    }
    return {
        "BOT_NAME": "terpadu",
        "USER_AGENT": USER_AGENT,
        "ROBOTSTXT_OBEY": True,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": plan.log_level,
        # Politeness: one slot per old host (see spider: meta download_slot), adaptive delay.
        "CONCURRENT_REQUESTS": 32,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "DOWNLOAD_SLOTS": slots,
        "AUTOTHROTTLE_ENABLED": plan.autothrottle,
        "AUTOTHROTTLE_START_DELAY": 0.0,
        "AUTOTHROTTLE_MAX_DELAY": 10.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 4.0,
        # Faults: time out, retry with backoff, refuse huge bodies, fail on truncation.
        "DOWNLOAD_TIMEOUT": plan.timeout,
        "DOWNLOAD_MAXSIZE": plan.max_size,
        "DOWNLOAD_WARNSIZE": 0,
        "DOWNLOAD_FAIL_ON_DATALOSS": True,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": plan.retries,
        "RETRY_BACKOFF": plan.backoff,
        "RETRY_BACKOFF_MAX": 10.0,
        "REDIRECT_MAX_TIMES": 10,
        # Traps: depth and page limits are enforced per unit by the spider.
        "DEPTH_LIMIT": 0,
        "DEPTH_STATS_VERBOSE": False,
        # Incremental re-runs: RFC 2616 cache semantics, files on disk.
        "HTTPCACHE_ENABLED": plan.cache,
        "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.RFC2616Policy",
        "HTTPCACHE_STORAGE": "scrapy.extensions.httpcache.FilesystemCacheStorage",
        "HTTPCACHE_DIR": str(plan.cache_dir / "http"),
        "HTTPCACHE_IGNORE_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "terpadu.fetch.middleware.BackoffRetryMiddleware": 550,
            "terpadu.fetch.middleware.HostMapMiddleware": 950,  # after the cache: keys stay old URLs
        },
        "ITEM_PIPELINES": {"terpadu.fetch.run.QueueSink": 100},
        "TERPADU_HOST_MAP": dict(plan.host_map),
    } | dict(plan.scrapy_settings)
