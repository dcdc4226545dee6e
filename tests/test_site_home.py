"""The home page puts citizens' top tasks in order: search, services, news, units by sector,
complaint channels (as a section of the page, not repeated in the footer)."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from terpadu.project import Paths, load_project

REPO = Path(__file__).resolve().parent.parent


def _page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "lxml")


def test_top_tasks_come_in_order_with_search_first(sample_site: Path) -> None:
    article = _page(sample_site, ".").select_one("article")
    form = article.select_one("form[role=search]")
    assert form["action"] == "cari/" and form.select_one("input[name=q]")
    assert form.find_previous("h2") is None, "the search form must come before every section"
    headings = [re.sub(r"\W+$", "", h.get_text()) for h in article.select("h2")]
    assert headings == ["Layanan yang sering dicari", "Berita terkini", "Unit kerja menurut bidang",
                        "Pengaduan dan bantuan"]


def test_units_are_grouped_by_sector_one_link_per_item(sample_site: Path) -> None:
    registry = load_project(Paths.at(REPO)).registry
    home = _page(sample_site, ".")
    for sector in registry.vocabulary.sectors:
        members = [u for u in registry if sector.id in u.sectors]
        if not members:
            continue
        title = home.find(lambda tag, name=sector.name: tag.name == "h3" and tag.get_text().startswith(name))
        assert title is not None, sector.name
        items = title.find_next("ul").find_all("li")
        assert [li.a["href"] for li in items] == [f"{u.id}/" for u in members]


def test_complaint_channels_are_a_home_section_and_a_footer_elsewhere(sample_site: Path) -> None:
    home = _page(sample_site, ".")
    section = home.select_one("section.tp-home-complaints")
    assert section and section.find("a", href="https://www.lapor.go.id")
    assert home.select_one("aside.tp-complaints") is None
    unit = _page(sample_site, "sda")
    assert unit.select_one("aside.tp-complaints a[href='https://www.lapor.go.id']")
    assert unit.select_one("section.tp-home-complaints") is None
