"""Fetch stage: crawl the old sites with Scrapy, driven by each unit's recipe.

``crawl(plan)`` runs one Scrapy crawl in a child process and yields
:class:`~terpadu.fetch.records.FetchedPage` and :class:`~terpadu.fetch.records.FetchFailure`
records as they arrive (see docs/adr/0300-crawl-in-a-child-process.md).
"""

from terpadu.fetch.plan import CrawlPlan, UnitCrawl, plan_for
from terpadu.fetch.records import CrawlFinished, FetchedPage, FetchFailure
from terpadu.fetch.run import crawl

__all__ = ["CrawlFinished", "CrawlPlan", "FetchFailure", "FetchedPage", "UnitCrawl", "crawl", "plan_for"]
