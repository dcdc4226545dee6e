"""Scrapy settings of a plan: politeness per old host, cache under .terpadu-cache, overrides."""

from pathlib import Path

from terpadu.fetch.plan import CrawlPlan, UnitCrawl
from terpadu.fetch.settings import scrapy_settings

UNIT = UnitCrawl(unit_id="sda", hosts=("sda.pu.go.id", "www.sda.pu.go.id"), start_urls=("https://sda.pu.go.id/",),
                 sitemaps=(), sitemap_follow=(), follow=(), deny=(), pages=((r"^/berita/[^/]+$", "berita"),),
                 max_depth=3, max_pages=10, concurrency=2, delay=0.5)


def test_each_old_host_has_its_own_polite_slot_and_the_cache_is_rfc2616():
    settings = scrapy_settings(CrawlPlan(units=(UNIT,), cache_dir=Path("/p/.terpadu-cache")))
    assert settings["DOWNLOAD_SLOTS"]["sda.pu.go.id"] == {"concurrency": 2, "delay": 0.5}
    assert settings["ROBOTSTXT_OBEY"] and settings["AUTOTHROTTLE_ENABLED"]
    assert settings["HTTPCACHE_POLICY"].endswith("RFC2616Policy")
    assert settings["HTTPCACHE_DIR"] == "/p/.terpadu-cache/http"


def test_extra_scrapy_settings_come_last():
    plan = CrawlPlan(units=(UNIT,), cache_dir=Path("/c"),
                     scrapy_settings={"SCHEDULER": "scrapy_redis.scheduler.Scheduler", "ROBOTSTXT_OBEY": "True"})
    settings = scrapy_settings(plan)
    assert settings["SCHEDULER"] == "scrapy_redis.scheduler.Scheduler"


def test_page_type_and_follow_rules():
    assert UNIT.page_type("https://sda.pu.go.id/berita/banjir") == "berita"
    assert UNIT.page_type("https://sda.pu.go.id/berita/") is None
    assert UNIT.followed("https://www.sda.pu.go.id/berita/banjir")
    assert not UNIT.followed("https://binamarga.pu.go.id/berita/banjir")
