"""Listings: ministry-wide, per unit, per unit and year; paginated; never in the nav."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from terpadu.content.models import ArticleMeta
from terpadu.project import Paths, load_project
from terpadu.site.listings import PAGE_SIZE, collect, listing_uri
from tests.scale_helpers import build_archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("listings") / "project")


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def article_links(page: Path) -> list[str]:
    return [a["href"] for a in soup(page).select("article li > a[href]")]


def test_ministry_news_is_paginated_newest_first_and_covers_every_news_item(archive: Path):
    project = load_project(Paths.at(archive))
    news = [d for d in project.content.articles() if d.type == "berita"]
    assert len(news) > PAGE_SIZE, "the fixture must need a second page"
    site = archive / "site"
    first = site / "berita" / "index.html"
    assert soup(first).select_one("article h1").get_text(strip=True).startswith("Berita terkini")
    hrefs = article_links(first) + article_links(site / "berita" / "halaman" / "2" / "index.html")
    assert len(article_links(first)) == PAGE_SIZE
    slugs = [h.rstrip("/").rsplit("/", 1)[1] for h in hrefs]
    assert slugs == [d.src_uri[: -len(".md")].rsplit("/", 1)[1] for d in news[: 2 * PAGE_SIZE]]
    pager = soup(first).select_one(".tp-pager")
    assert pager is not None and "halaman/2/" in pager.select_one("a")["href"]


def test_every_listing_link_resolves_to_a_built_page(archive: Path):
    site = archive / "site"
    for listing in [site / "berita" / "index.html", *site.glob("*/berita/index.html"), *site.glob("*/berita/*/index.html")]:
        for href in article_links(listing):
            assert (listing.parent / href / "index.html").resolve().is_file(), (listing, href)


def test_unit_year_listings_hold_exactly_that_units_items_of_that_year(archive: Path):
    project = load_project(Paths.at(archive))
    archive_data = collect(project)
    for (unit_id, type_name, year), entries in archive_data.by_year.items():
        assert all(e.day.year == year and e.type == type_name for e in entries)
        page = archive / "site" / unit_id / type_name / str(year) / "index.html"
        assert len(article_links(page)) == min(len(entries), PAGE_SIZE)
        meta_units = {d.src_uri: d.meta for d in project.content.articles()}
        for entry in entries:
            meta: ArticleMeta = meta_units[entry.src_uri]  # type: ignore[assignment]
            assert unit_id in (meta.units or [meta.unit])


def test_unit_listing_links_its_years_and_feed(archive: Path):
    project = load_project(Paths.at(archive))
    unit_id, type_name = next(iter(collect(project).by_unit))
    page = soup(archive / "site" / unit_id / type_name / "index.html")
    years = {a.get_text() for a in page.select("article a[href]") if a.get_text().isdigit()}
    assert years == {str(y) for y in collect(project).years(unit_id, type_name)}
    assert page.select_one('a[type="application/rss+xml"]')["href"] == f"../../{unit_id}/feed.xml"


def test_no_article_is_in_the_sidebar_navigation(archive: Path):
    page = soup(archive / "site" / "berita" / "index.html")
    nav_links = [a["href"] for a in page.select("nav.md-nav--primary a[href]")]
    assert nav_links and not any("/berita/20" in h for h in nav_links)
    assert any(h.rstrip("/").endswith("berita") or h in ("./", "") for h in nav_links)


def test_listing_pages_are_flagged_for_search_to_leave_out(archive: Path):
    from terpadu.site.listings import Listings

    project = load_project(Paths.at(archive))
    for page in Listings().pages(project):
        assert "\nlisting: true\n" in page.markdown and "exclude: true" in page.markdown, page.src_uri


def test_unit_and_home_pages_show_the_latest_news(archive: Path):
    project = load_project(Paths.at(archive))
    data = collect(project)
    unit_id = next(u for (u, t) in data.by_unit if t == "berita")
    unit_page = soup(archive / "site" / unit_id / "index.html")
    assert "Berita terbaru" in unit_page.get_text()
    newest = data.by_unit[(unit_id, "berita")][0]
    assert newest.title in unit_page.get_text()
    home = soup(archive / "site" / "index.html").get_text()
    assert "Berita terkini" in home and data.ministry["berita"][0].title in home


def test_listing_uri_numbers_pages_after_the_first():
    assert listing_uri("berita", 1) == "berita/index.md"
    assert listing_uri("sda/berita/2023", 3) == "sda/berita/2023/halaman/3.md"


def test_typical_news_page_stays_small(archive: Path):
    pages = list((archive / "site").glob("*/berita/[0-9]*/*/index.html"))
    assert pages and max(p.stat().st_size for p in pages) < 40 * 1024
