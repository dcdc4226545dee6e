"""Search as a citizen uses it, in headless Chromium against the built site on 127.0.0.1:
the header box (keyboard shortcuts, results as you type), the /cari/ page (filters, date
sort, a URL that can be shared), the query list of tests/search_queries.yml, and the
no-JavaScript path. Covers overrides/assets/javascripts/terpadu-search.js and its partials."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, quote_plus, urlsplit

import pytest
import yaml

QUERIES = yaml.safe_load((Path(__file__).parent / "search_queries.yml").read_text(encoding="utf-8"))["queries"]
RESULT_LINKS = "#tp-search-results h2 a"


@pytest.fixture(scope="module")
def context(browser) -> Iterator[object]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    yield ctx
    ctx.close()


@pytest.fixture
def page(context) -> Iterator[object]:
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    tab.close()
    assert errors == [], errors


def results_page(page, base: str, query: str = "", **params: str) -> list[str]:
    """Open /cari/ with the query in the URL; the result URLs, site-relative, in order."""
    parts = [f"q={quote_plus(query)}"] if query else []
    parts += [f"{k}={v}" for k, v in params.items()]
    page.goto(f"{base}cari/?{'&'.join(parts)}")
    page.wait_for_function(
        "() => /hasil|Tidak ada/.test(document.getElementById('tp-search-status').textContent)"
    )
    return [urlsplit(a).path.lstrip("/") for a in page.eval_on_selector_all(RESULT_LINKS, "as => as.map(a => a.href)")]


@pytest.fixture(scope="module")
def results_tab(context, search_url: str) -> Iterator[object]:
    """One /cari/ page kept open: each query is typed into its form, as a citizen would."""
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(search_url + "cari/")
    yield tab
    tab.close()
    assert errors == [], errors


def search_in_form(tab, query: str) -> list[str]:
    tab.fill("#tp-search-q", query)
    tab.press("#tp-search-q", "Enter")
    tab.wait_for_function(
        "q => document.getElementById('tp-search-status').textContent.includes('\u201c' + q + '\u201d')", arg=query
    )
    return [urlsplit(a).path.lstrip("/") for a in tab.eval_on_selector_all(RESULT_LINKS, "as => as.map(a => a.href)")]


@pytest.mark.parametrize("case", QUERIES, ids=[q["query"] for q in QUERIES])
def test_query_finds_its_page_near_the_top(results_tab, case: dict) -> None:
    found = search_in_form(results_tab, case["query"])
    top = case.get("top", 3)
    assert case["expect"] in found[:top], f"{case['query']!r} ({case['why']}): {found[:5]}"
    assert urlsplit(results_tab.url).query == f"q={quote_plus(case['query'])}"


def test_the_query_list_is_large_enough() -> None:
    assert len(QUERIES) >= 25
    assert len({q["query"] for q in QUERIES}) == len(QUERIES)


def test_old_name_imb_finds_the_current_pbg_service_first(page, search_url: str) -> None:
    found = results_page(page, search_url, "IMB")
    assert found[0] == "layanan/pbg/"
    assert "layanan/imb/" in found  # the retired page still answers, lower down


def test_a_page_that_is_only_read_loads_no_search_code(page, search_url: str) -> None:
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(search_url + "tentang/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in requested if "/pagefind/" in u or "search_index" in u or "/workers/" in u]


@pytest.mark.parametrize("key", ["/", "s", "f"])
def test_header_shortcut_opens_the_search_and_results_come_as_you_type(page, search_url: str, key: str) -> None:
    page.goto(search_url + "tentang/")
    page.keyboard.press(key)
    box = page.locator("[data-tp-search-input]")
    assert box.evaluate("el => el === document.activeElement")
    assert page.eval_on_selector("#__search", "el => el.checked")
    page.keyboard.type("izin bangunan", delay=20)
    first = page.locator(".md-search-result__item").first
    first.wait_for()
    assert first.locator("a").get_attribute("href").endswith("/layanan/pbg/")
    assert first.locator("h1").inner_text() == "Persetujuan Bangunan Gedung (PBG)"
    assert first.locator(".tp-search-result__meta").inner_text() == "Layanan · Ditjen Cipta Karya"
    assert first.locator("mark").count() >= 1
    page.keyboard.press("Escape")
    assert not page.eval_on_selector("#__search", "el => el.checked")


def test_header_result_shows_type_unit_and_date_of_news(page, search_url: str) -> None:
    page.goto(search_url)
    page.locator("[data-tp-search-input]").click()
    page.keyboard.type("tarif tol", delay=20)
    item = page.locator(".md-search-result__item", has_text="Penyesuaian tarif tol").first
    item.wait_for()
    assert item.locator(".tp-search-result__meta").inner_text() == "Berita · BPJT · 10 Maret 2024"


def test_enter_in_the_header_opens_the_results_page_with_the_query_in_the_url(page, search_url: str) -> None:
    page.goto(search_url + "sda/")
    page.keyboard.press("/")
    page.keyboard.type("izin bangunan")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/cari/\?q=izin\+bangunan$"))
    page.locator(RESULT_LINKS).first.wait_for()
    assert page.locator("#tp-search-q").input_value() == "izin bangunan"
    assert page.locator(RESULT_LINKS).first.get_attribute("href").endswith("/layanan/pbg/")


def test_filters_narrow_the_results_and_the_url_can_be_shared(page, context, search_url: str) -> None:
    everything = results_page(page, search_url, "bangunan")
    assert any(u.startswith("layanan/") for u in everything) and any("/berita/" in u for u in everything)
    page.select_option("select[name=type]", "berita")
    page.wait_for_url(re.compile(r"type=berita"))
    page.wait_for_function("() => document.querySelectorAll('#tp-search-results h2 a').length > 0 && "
                           "[...document.querySelectorAll('#tp-search-results h2 a')].every(a => a.href.includes('/berita/'))")
    page.select_option("select[name=year]", "2023")
    page.wait_for_url(re.compile(r"year=2023"))
    page.wait_for_function("() => document.querySelectorAll('#tp-search-results h2 a').length === 1")
    shared = page.url
    assert parse_qs(urlsplit(shared).query) == {"q": ["bangunan"], "type": ["berita"], "year": ["2023"]}
    # the same URL opened elsewhere shows the same thing
    other = context.new_page()
    other.goto(shared)
    other.locator(RESULT_LINKS).first.wait_for()
    assert other.locator(RESULT_LINKS).first.get_attribute("href").endswith("/ciptakarya/berita/2023/sosialisasi-pbg/")
    assert other.locator("select[name=type]").input_value() == "berita"
    assert other.locator("select[name=year]").input_value() == "2023"
    other.close()
    # the back button returns to the unfiltered search
    page.go_back()
    page.go_back()
    page.wait_for_function("() => !location.search.includes('type=')")
    page.wait_for_function("() => document.querySelectorAll('#tp-search-results h2 a').length > 1")


def test_unit_filter_keeps_only_that_units_pages(page, search_url: str) -> None:
    found = results_page(page, search_url, "jalan", unit="bpjt")
    assert found and all(u.startswith("bpjt/") for u in found), found


def test_sort_by_date_orders_news_newest_or_oldest_first(page, search_url: str) -> None:
    newest = results_page(page, search_url, "", type="berita", sort="baru")
    years = [int(re.search(r"/(\d{4})/", u).group(1)) for u in newest]
    assert len(years) >= 4 and years == sorted(years, reverse=True)
    oldest = results_page(page, search_url, "", type="berita", sort="lama")
    assert oldest == list(reversed(newest))


def test_no_results_says_so(page, search_url: str) -> None:
    assert results_page(page, search_url, "zzzqqqxx") == []
    assert "Tidak ada hasil" in page.locator("#tp-search-status").inner_text()


def test_without_javascript_the_header_form_leads_to_the_catalogue_and_units(browser, search_url: str) -> None:
    ctx = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    tab = ctx.new_page()
    tab.goto(search_url + "tentang/")
    field = tab.locator("header input[name=q]")
    assert field.is_visible()
    field.fill("izin bangunan")
    field.press("Enter")
    tab.wait_for_url(re.compile(r"/cari/\?q=izin\+bangunan$"))
    assert tab.locator("noscript").count() == 1
    links = tab.eval_on_selector_all("article a[href]", "as => as.map(a => a.getAttribute('href'))")
    assert "../layanan/" in links and "../unit-kerja/" in links and "../bpjt/" in links
    tab.click("text=Katalog layanan")
    tab.wait_for_url(re.compile(r"/layanan/$"))
    ctx.close()


def test_on_a_phone_the_header_button_opens_the_search(browser, search_url: str) -> None:
    ctx = browser.new_context(viewport={"width": 390, "height": 800}, is_mobile=True, has_touch=True)
    tab = ctx.new_page()
    tab.goto(search_url + "tentang/")
    tab.locator("label.tp-search__button").click()
    field = tab.locator("[data-tp-search-input]")
    field.wait_for(state="visible")
    field.fill("tarif tol")
    tab.locator(".md-search-result__item").first.wait_for()
    assert tab.locator(".md-search-result__item").first.is_visible()
    ctx.close()


def test_results_page_has_no_serious_accessibility_violations(page, search_url: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results_page(page, search_url, "izin bangunan")
    report = Axe().run(page, context={"include": [["#tp-search-page"], ["#tp-search-results"], ["[data-tp-search]"]]})
    serious = [v["id"] for v in report.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], report.generate_report()
