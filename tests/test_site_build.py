"""What a citizen sees in the built site, checked in the HTML."""

import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

from bs4 import BeautifulSoup

from terpadu.build import run_build
from terpadu.project import Paths
from terpadu.registry import load_registry
from tests.conftest import REPO


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def test_home_page_lists_the_twelve_units(built_site: Path):
    registry, _ = load_registry(REPO / "units")
    home = soup(built_site / "index.html")
    main = home.select_one("article")
    linked = {a["href"].strip("/") for a in main.select("a[href]")}
    for unit in registry:
        assert unit.id in linked, unit.id
        assert unit.name in main.get_text(" ")
    assert home.html["lang"] == "id"


def test_each_unit_has_a_page_with_its_name_and_old_domain(built_site: Path):
    registry, _ = load_registry(REPO / "units")
    for unit in registry:
        page = soup(built_site / unit.id / "index.html")
        text = page.select_one("article").get_text(" ")
        assert page.select_one("article h1").get_text(strip=True).startswith(unit.name)
        assert unit.primary_domain in text
        assert unit.contact.address in text


def test_housing_unit_page_says_where_it_moved(built_site: Path):
    text = soup(built_site / "perumahan" / "index.html").select_one("article").get_text(" ")
    assert "Kementerian Perumahan dan Kawasan Permukiman" in text
    assert "21 Oktober 2024" in text


def test_404_page_exists_in_indonesian(built_site: Path):
    page = soup(built_site / "404.html")
    assert page.select_one("h1").get_text(strip=True) == "Halaman tidak ditemukan"


def test_footer_carries_the_complaint_channels(built_site: Path):
    footer = soup(built_site / "sda" / "index.html").select_one(".tp-complaints")
    assert "SP4N-LAPOR!" in footer.get_text() and footer.select_one('a[href="https://www.lapor.go.id"]')


def test_no_page_loads_a_font_stylesheet_or_script_from_another_host(built_site: Path):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) >= 15
    for path in pages:
        page = soup(path)
        loaded = [t.get("src") for t in page.select("script[src], img[src], iframe[src]")]
        loaded += [t.get("href") for t in page.select("link[href]") if set(t.get("rel", [])) & {
            "stylesheet", "preload", "preconnect", "icon", "modulepreload", "dns-prefetch"}]
        external = [u for u in loaded if urlparse(u).netloc]
        assert external == [], f"{path}: {external}"
    for css in built_site.rglob("*.css"):
        assert not re.search(r"@import\s+url\(\s*['\"]?https?:|url\(\s*['\"]?https?://", css.read_text()), css


def test_articles_stay_out_of_the_navigation(project: Path, tmp_path: Path):
    for i in range(3):
        page = project / "content" / "sda" / "berita" / "2023" / f"kabar-{i}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"---\ntitle: Kabar {i}\ntype: berita\ndate: 2023-03-2{i}\nunit: sda\n---\nIsi kabar {i}.\n")
    run_build(Paths.at(project), tmp_path / "site")
    article = soup(tmp_path / "site" / "sda" / "berita" / "2023" / "kabar-1" / "index.html")
    nav_links = [a["href"] for a in article.select("nav.md-nav--primary a[href]")]
    assert not any("kabar-" in href for href in nav_links)
    byline = article.select_one(".tp-byline").get_text(" ", strip=True)
    assert byline.startswith("Berita · Selasa, 21 Maret 2023")


def test_an_editor_written_unit_page_wins(project: Path, tmp_path: Path):
    page = project / "content" / "bpjt" / "index.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("---\ntitle: BPJT\nunit: bpjt\n---\n# Badan Pengatur Jalan Tol\n\nTulisan editor.\n")
    run_build(Paths.at(project), tmp_path / "site")
    assert "Tulisan editor." in (tmp_path / "site" / "bpjt" / "index.html").read_text()


def test_plain_mkdocs_build_strict_works(project: Path, tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "out")],
        cwd=project, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "sda" / "index.html").is_file()
