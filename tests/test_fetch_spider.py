"""The crawl over real HTTP on 127.0.0.1: recipe-driven, polite, and sane under faults.

One crawl of the fixture site (tests/fixtures/sites/contoh.pu.go.id) through the mirror
server, with every fault route of the brief; each test checks one behaviour of it.
"""

from __future__ import annotations

import time

import pytest

from tests.importer_support import FIXTURES, FIXTURE_SITES
from terpadu.fetch import CrawlFinished, FetchedPage, FetchFailure, crawl
from terpadu.fetch.plan import CrawlPlan, loopback_host_map, unit_crawl
from terpadu.mirror import MirrorServer
from terpadu.registry.models import Unit
from terpadu import yamlio

BASE = "https://contoh.pu.go.id"


@pytest.fixture(scope="module")
def unit() -> Unit:
    model, errors = yamlio.validate_text(Unit, (FIXTURES / "contoh.yml").read_text(encoding="utf-8"))
    assert not errors
    return model


@pytest.fixture(scope="module")
def crawled(unit, tmp_path_factory):
    with MirrorServer(sites_dir=FIXTURE_SITES, slow_delay=3.0) as server:
        plan = CrawlPlan(
            units=(unit_crawl(unit),), cache_dir=tmp_path_factory.mktemp("cache"),
            host_map={"contoh.pu.go.id": f"127.0.0.1:{server.port}"},
            timeout=1.5, retries=2, backoff=0.2, max_size=5 * 1024 * 1024,
        )
        started = time.perf_counter()
        records = list(crawl(plan))
        seconds = time.perf_counter() - started
    pages = {r.url: r for r in records if isinstance(r, FetchedPage) and r.kind == "page"}
    assets = {r.url: r for r in records if isinstance(r, FetchedPage) and r.kind == "asset"}
    failures = {r.url: r for r in records if isinstance(r, FetchFailure)}
    return pages, assets, failures, records[-1], seconds


def test_every_news_page_is_fetched_under_its_old_url(crawled):
    pages, *_ = crawled
    for slug in ("kabar-satu", "kabar-dua", "kabar-tiga", "kabar-empat", "kabar-lima"):
        page = pages[f"{BASE}/berita/{slug}"]
        assert page.status == 200 and page.page_type == "berita" and page.unit_id == "contoh"
        assert b"<h1 class=\"judul\">" in page.body
    assert pages[f"{BASE}/berita/"].page_type is None  # a list page: fetched, not content


def test_lazy_images_and_attachments_are_fetched_once(crawled):
    _, assets, *_ = crawled
    assert assets[f"{BASE}/uploads/foto-bendungan.png"].content_type == "image/png"
    assert assets[f"{BASE}/uploads/laporan.pdf"].body.startswith(b"%PDF")
    assert sum(1 for url in assets if url.endswith("foto-bendungan.png")) == 1


def test_503_then_recovery_is_retried_with_backoff(crawled):
    pages, _, _, finished, _ = crawled
    assert pages[f"{BASE}/berita/pulih"].status == 200
    assert finished.stats["retry/reason_count/http 503"] >= 2


def test_slow_response_times_out_and_is_reported(crawled):
    _, _, failures, _, seconds = crawled
    assert failures[f"{BASE}/berita/lambat"].reason == "timeout"
    assert seconds < 25  # the 3 s route was given up on after 1.5 s a try, not waited for


def test_connection_reset_is_reported(crawled):
    _, _, failures, *_ = crawled
    assert failures[f"{BASE}/berita/putus"].reason == "connection reset"


def test_truncated_body_is_reported(crawled):
    _, _, failures, *_ = crawled
    assert failures[f"{BASE}/berita/terpotong"].reason == "truncated body"


def test_50_mb_response_is_refused_before_download(crawled):
    _, _, failures, finished, _ = crawled
    assert failures[f"{BASE}/berita/raksasa"].reason == "too large"
    assert finished.stats.get("downloader/response_bytes", 0) < 5 * 1024 * 1024


def test_redirect_loop_is_reported(crawled):
    _, _, failures, *_ = crawled
    assert failures[f"{BASE}/berita/lingkar-a"].reason == "redirect loop"


def test_redirect_keeps_both_old_urls(crawled):
    pages, *_ = crawled
    page = pages[f"{BASE}/berita/kabar-tiga"]
    moved = [p for p in pages.values() if p.requested_url == f"{BASE}/berita/pindah"]
    assert moved and moved[0].url == page.url


def test_server_error_and_404_are_failures_with_status(crawled):
    _, _, failures, *_ = crawled
    assert (failures[f"{BASE}/berita/rusak"].reason, failures[f"{BASE}/berita/rusak"].status) == ("http 500", 500)
    assert failures[f"{BASE}/berita/hilang"].reason == "http 404"


def test_non_html_body_on_html_url_is_fetched_as_it_is(crawled):
    pages, *_ = crawled
    page = pages[f"{BASE}/berita/brosur"]
    assert page.body.startswith(b"%PDF") and page.page_type == "berita"


def test_robots_txt_is_obeyed(crawled):
    pages, _, failures, *_ = crawled
    assert f"{BASE}/rahasia/notulen" not in pages
    assert (failures[f"{BASE}/rahasia/notulen"].outcome, failures[f"{BASE}/rahasia/notulen"].reason) == ("excluded", "robots")


def test_crawl_ends_with_stats(crawled):
    *_, finished, _ = crawled
    assert isinstance(finished, CrawlFinished) and finished.reason == "finished"
    assert finished.stats["robotstxt/request_count"] == 1


def test_loopback_host_map_covers_every_old_host(unit):
    from terpadu.registry.models import Registry, Vocabulary

    registry = Registry(units=(unit,), vocabulary=Vocabulary(sectors=[]))
    assert loopback_host_map(registry, 8123) == {
        "contoh.pu.go.id": "127.0.0.1:8123", "www.contoh.pu.go.id": "127.0.0.1:8123"}
