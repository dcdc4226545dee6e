"""The site side of search, read from the built HTML: what is marked for indexing, the
header search form, and the /cari/ page with its filters and no-JavaScript links."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from terpadu.project import Paths, load_project

REPO = Path(__file__).resolve().parent.parent


def soup(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "lxml")


def test_only_real_content_pages_are_marked_for_indexing(built_site: Path) -> None:
    for url in ("", "unit-kerja", "cari", "layanan", "berita"):
        assert soup(built_site, url).select("[data-pagefind-body]") == [], url
    for url in ("tentang", "sda", "layanan/pbg"):
        bodies = soup(built_site, url).select("[data-pagefind-body]")
        assert len(bodies) == 1, url
        # the main content sits inside; the navigation, header and footer do not
        assert bodies[0].find_parent("article") is not None
        assert bodies[0].select("nav, header, footer, .md-sidebar") == []


def test_a_service_page_carries_filters_meta_and_weighted_hidden_terms(built_site: Path) -> None:
    body = soup(built_site, "layanan/pbg").select_one("[data-pagefind-body]")
    filters = {e["data-pagefind-filter"] for e in body.select("[data-pagefind-filter]")}
    assert {"type:layanan", "unit:ciptakarya"} <= filters
    meta = {e["data-pagefind-meta"].split(":", 1)[0]: e["data-pagefind-meta"].split(":", 1)[1]
            for e in body.select("[data-pagefind-meta]")}
    assert meta["type"] == "Layanan" and meta["unit"] == "Ditjen Cipta Karya"
    assert "IMB" in meta["terms"]
    hidden = body.select_one(".tp-search-terms")
    assert hidden.has_attr("hidden") and "IMB" in hidden.get_text()
    assert float(body["data-pagefind-weight"]) > 1


def test_a_retired_service_is_indexed_by_a_hidden_summary(built_site: Path) -> None:
    page = soup(built_site, "layanan/imb")
    body = page.select_one("[data-pagefind-body]")
    assert body.has_attr("hidden") and float(body["data-pagefind-weight"]) < 1
    assert "PBG" in body.get_text()
    assert page.select_one("article h1") is not None  # the page itself still shows in full


def test_every_page_has_a_header_search_form_that_works_without_javascript(built_site: Path) -> None:
    for url, action in (("", "cari/"), ("tentang", "../cari/"), ("layanan/pbg", "../../cari/")):
        form = soup(built_site, url).select_one("header [data-tp-search] form")
        assert form["action"] == action and form.get("method") == "get", url
        assert form.select_one("input[name=q]") is not None
        # Material's own search hooks are absent, so its lunr code never starts
        assert soup(built_site, url).select('[data-md-component="search"]') == []


def test_the_results_page_has_filters_from_the_registry_and_links_without_javascript(built_site: Path) -> None:
    page = soup(built_site, "cari")
    form = page.select_one("form#tp-search-page")
    assert form["method"] == "get"
    project = load_project(Paths.at(REPO))
    units = [o["value"] for o in form.select("select[name=unit] option") if o["value"]]
    assert units == project.registry.ids()
    types = [o["value"] for o in form.select("select[name=type] option") if o["value"]]
    assert types[:4] == ["layanan", "berita", "pengumuman", "regulasi"]
    assert {o["value"] for o in form.select("select[name=sort] option")} == {"", "baru", "lama"}
    links = {a["href"] for a in page.select("article a[href]")}
    assert {"../layanan/", "../unit-kerja/"} <= links
    assert {f"../{unit_id}/" for unit_id in project.registry.ids()} <= links
    assert page.select_one("noscript") is not None


def test_the_search_script_is_small_and_pagefind_is_not_loaded_up_front(built_site: Path) -> None:
    script = built_site / "assets" / "javascripts" / "terpadu-search.js"
    assert script.stat().st_size < 16_000
    html = (built_site / "tentang" / "index.html").read_text(encoding="utf-8")
    assert "terpadu-search.js" in html and "pagefind.js" not in html
