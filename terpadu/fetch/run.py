"""Run one crawl in a child process and stream its records back to the caller.

Twisted's reactor cannot be restarted in a process, and an import (or a test) may crawl
several times; a child per crawl also keeps the crawl on its own core while the parent
extracts pages as they arrive (docs/adr/0300-crawl-in-a-child-process.md).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue as queue_module
from collections.abc import Iterator

from terpadu.fetch.plan import CrawlPlan
from terpadu.fetch.records import CrawlFinished, FetchedPage, FetchFailure

Record = FetchedPage | FetchFailure | CrawlFinished
POLL_SECONDS = 0.5


class CrawlFailed(Exception):
    """The crawler process died before finishing (the message says how)."""


def crawl(plan: CrawlPlan) -> Iterator[Record]:
    """Yield every record of the crawl as it arrives; the last one is :class:`CrawlFinished`."""
    context = multiprocessing.get_context("spawn")
    records = context.Queue()
    child = context.Process(target=_crawl_in_child, args=(plan, records), name="terpadu-crawl", daemon=True)
    child.start()
    try:
        while True:
            try:
                record = records.get(timeout=POLL_SECONDS)
            except queue_module.Empty:
                if not child.is_alive():
                    raise CrawlFailed(f"the crawler stopped unexpectedly (exit code {child.exitcode})") from None
                continue
            yield record
            if isinstance(record, CrawlFinished):
                break
    finally:
        child.join(timeout=10)
        if child.is_alive():
            child.kill()
            child.join()


class QueueSink:
    """Item pipeline: hand each record to the parent process."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        self.crawler.spider.sink.put(item)
        return item


def _crawl_in_child(plan: CrawlPlan, sink) -> None:
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from twisted.internet import task

    from terpadu.fetch.settings import scrapy_settings
    from terpadu.fetch.spider import RecipeSpider

    logging.getLogger("scrapy").setLevel(plan.log_level)
    settings = scrapy_settings(plan) | {"LOG_INSTALL_ROOT_HANDLER": plan.log_level != "ERROR"}
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(RecipeSpider)

    def closed(spider, reason):
        stats = {k: v for k, v in crawler.stats.get_stats().items() if isinstance(v, int | float | str)}
        sink.put(CrawlFinished(reason=reason, stats=stats))

    crawler.signals.connect(closed, signal=signals.spider_closed)
    parent = os.getppid()

    def watch_parent():  # an orphaned crawl (parent killed) stops at once
        if os.getppid() != parent:
            os._exit(1)

    process.crawl(crawler, plan=plan, sink=sink)
    task.LoopingCall(watch_parent).start(1.0, now=False)
    process.start()
    sink.close()
    sink.join_thread()
