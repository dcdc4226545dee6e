"""With JavaScript off the key tasks still work: open the menu, reach a unit, read the news,
browse the service catalogue, and search (the form leads to a page with useful links)."""

from __future__ import annotations

from browser import PAGE_TYPES, open_page


def test_menu_opens_and_navigates_on_a_phone(browser, sample_url) -> None:
    with open_page(browser, sample_url, PAGE_TYPES["berita"], "ponsel", javascript=False) as visit:
        page = visit.page
        drawer_link = page.locator(".md-sidebar--primary").get_by_role("link", name="Unit Kerja")
        assert not drawer_link.is_visible()
        page.locator('label.md-header__button[for="__drawer"]').click()
        drawer_link.wait_for(state="visible")
        drawer_link.click()
        page.wait_for_url("**/unit-kerja/")
        page.get_by_role("link", name="Direktorat Jenderal Sumber Daya Air").click()
        page.wait_for_url("**/sda/")
        assert page.locator("h1").inner_text().startswith("Direktorat Jenderal Sumber Daya Air")


def test_home_leads_to_latest_news(browser, sample_url) -> None:
    with open_page(browser, sample_url, "", "ponsel", javascript=False) as visit:
        page = visit.page
        news = page.locator("h2#berita-terkini ~ ul").first.get_by_role("link").first
        title = news.inner_text()
        news.click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text().startswith(title)
        assert page.locator(".tp-byline").is_visible()


def test_home_search_form_leads_to_a_useful_page(browser, sample_url) -> None:
    with open_page(browser, sample_url, "", "ponsel", javascript=False) as visit:
        page = visit.page
        page.get_by_label("Cari layanan, berita, pengumuman, atau regulasi").fill("bangunan gedung")
        page.get_by_role("button", name="Cari", exact=True).click()
        page.wait_for_url("**/cari/?q=bangunan+gedung")
        assert page.locator("noscript, .tp-search-page__nojs").count() >= 1
        catalogue = page.locator("main").get_by_role("link", name="layanan", exact=False).first
        catalogue.click()
        page.wait_for_load_state()
        assert "/layanan/" in page.url


def test_catalogue_lists_every_active_service_without_javascript(browser, sample_url, sample_site) -> None:
    active = sorted(
        p.parent.name for p in (sample_site / "layanan").glob("*/index.html")
        if "sudah tidak diselenggarakan" not in p.read_text(encoding="utf-8") and p.parent.name != "kepatuhan"
    )
    with open_page(browser, sample_url, PAGE_TYPES["katalog"], "ponsel", javascript=False) as visit:
        page = visit.page
        hrefs = page.locator("main a[href]").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        listed = {h.strip("/").split("/")[0] for h in hrefs if not h.startswith(("#", "http", ".."))}
        page.get_by_role("link", name="Persetujuan Bangunan Gedung (PBG)").first.click()
        page.wait_for_url("**/layanan/pbg/")
        assert page.locator("h1").inner_text().startswith("Persetujuan Bangunan Gedung")
    assert active and set(active) <= listed


def test_news_listing_pages_work_without_javascript(browser, sample_url) -> None:
    with open_page(browser, sample_url, PAGE_TYPES["daftar-berita"], "desktop", javascript=False) as visit:
        page = visit.page
        links = page.locator("main").get_by_role("link", name="Pemeliharaan pintu air bendung menjelang musim hujan")
        assert links.count() >= 1
        links.first.click()
        page.wait_for_url("**/pemeliharaan-pintu-air-bendung/")
