"""The catalogue on the built site, read as a browser without JavaScript reads it."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from tests.catalogue_support import catalogue

from terpadu.catalogue.compliance import assess
from terpadu.catalogue.models import CATEGORIES, COMPONENTS


def _page(site, *parts: str) -> BeautifulSoup:
    return BeautifulSoup((site.joinpath(*parts) / "index.html").read_text(encoding="utf-8"), "lxml")


def _groups(article, prefix: str) -> dict[str, set[str]]:
    """Heading id -> the service slugs listed under it."""
    groups = {}
    for heading in article.find_all("h3", id=re.compile(f"^{prefix}")):
        listing = heading.find_next_sibling("ul")
        groups[heading["id"]] = {li["data-service"] for li in listing.find_all("li", attrs={"data-service": True})}
    return groups


def test_catalogue_lists_every_active_service_grouped_by_unit_and_by_category(built_site):
    article = _page(built_site, "layanan").find("article")
    active = [s for s in catalogue().services if s.meta.status == "aktif"]
    by_unit = _groups(article, "unit-")
    by_category = _groups(article, "kategori-")
    for service in active:
        for unit in service.meta.units:
            assert service.slug in by_unit[f"unit-{unit}"]
        assert service.slug in by_category[f"kategori-{service.meta.category}"]
    assert set().union(*by_unit.values()) == {s.slug for s in active}
    assert set().union(*by_category.values()) == {s.slug for s in active}
    # Plain links that work without any script.
    links = {a["href"] for a in article.select("li[data-service] > a")}
    assert {f"{s.slug}/" for s in active} == links


def test_facet_form_is_hidden_without_javascript_and_script_is_self_hosted(built_site):
    soup = _page(built_site, "layanan")
    form = soup.find("form", id="tp-facets")
    assert form.has_attr("hidden")
    assert {s["name"] for s in form.find_all("select")} == {"unit", "sector", "audience", "category", "channel"}
    scripts = [s["src"] for s in soup.find_all("script", src=True) if "layanan" in s["src"]]
    assert scripts == ["../assets/javascripts/layanan.js"]
    assert (built_site / "assets" / "javascripts" / "layanan.js").is_file()
    for li in soup.select("li[data-service]"):
        assert li["data-unit"] and li["data-category"] in CATEGORIES and li["data-channel"]


def test_service_page_follows_the_start_page_pattern(built_site):
    article = _page(built_site, "layanan", "pbg").find("article")
    headings = [h.get_text(strip=True).rstrip("¶") for h in article.find_all(["h1", "h2"])]
    assert headings[:2] == ["Persetujuan Bangunan Gedung (PBG)", "Yang perlu Anda siapkan"]
    assert headings.index("Cara lain mengajukan") < headings.index("Pengaduan, saran, dan masukan") \
        < headings.index("Standar Pelayanan")
    start = article.select_one("a.tp-start")
    assert start["href"] == "https://simbg.pu.go.id" and start.get_text(strip=True) == "Mulai di SIMBG"
    text = article.get_text(" ")
    for label in COMPONENTS.values():
        assert label in text
    assert "perlu verifikasi" in text  # pbg marks jangka_waktu and biaya for review


def test_free_service_says_rp0_and_retired_service_points_to_successor(built_site):
    free = _page(built_site, "layanan", "permohonan-informasi-publik").find("article").get_text(" ")
    assert "Rp0 / tidak dipungut biaya" in free
    retired = _page(built_site, "layanan", "imb").find("article")
    assert retired.select_one(".admonition.warning a")["href"] == "../pbg/"
    assert retired.select_one("a.tp-start") is None


def test_unit_pages_list_their_services_and_home_lists_featured(built_site):
    for unit in catalogue().registry:
        services = [s for s in catalogue().of_unit(unit) if s.meta.status == "aktif"]
        links = {a["href"] for a in _page(built_site, unit.id).select("article a[href^='../layanan/']")}
        assert {f"../layanan/{s.slug}/" for s in services} <= links
    home = {a["href"] for a in _page(built_site).select("article a[href^='layanan/']")}
    featured = {f"layanan/{s.slug}/" for s in catalogue().services if s.meta.featured}
    assert featured and featured <= home


def test_compliance_page_shows_the_totals(built_site):
    report = assess(catalogue())
    article = _page(built_site, "layanan", "kepatuhan").find("article")
    text = " ".join(article.get_text(" ").split())
    assert f"{report.filled} dari {report.possible} komponen terisi" in text
    per_component = article.find_all("table")[0].find_all("tr")[1:]
    assert [row.find_all("td")[-1].get_text(strip=True) for row in per_component] == [
        f"{n} / {len(report.services)}" for n in report.per_component().values()
    ]
    units = article.find_all("table")[1].find_all("tr")[1:]
    assert len(units) == len(report.units)


def test_page_context_puts_search_terms_and_jsonld_in_page_meta():
    """What the search stage reads: ``page.meta['search_terms']`` on a real MkDocs page."""
    import json

    from tests.catalogue_support import ROOT
    from mkdocs.config import load_config
    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page

    from terpadu.project import Paths, load_project
    from terpadu.site.catalogue import ServiceCatalogue

    config = load_config(str(ROOT / "mkdocs.yml"))
    page = Page(None, File("layanan/pbg.md", config.docs_dir, config.site_dir, True), config)
    page.meta = {}
    ServiceCatalogue().page_context(load_project(Paths.at(ROOT)), page, {"config": config})
    assert "IMB" in page.meta["search_terms"]
    assert page.meta["layanan"] == "pbg"
    assert json.loads(page.meta["jsonld"])["@type"] == "GovernmentService"
