"""extract_page end to end: a 13th site described by YAML alone, served over real HTTP;
fallback to the generic path; types from category labels; pages that are not HTML."""

from __future__ import annotations

import functools
import shutil
import threading
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from terpadu.convert import to_markdown
from terpadu.extract import NotHtml, extract_page
from terpadu.fetch.records import FetchedPage
from terpadu.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent

# A 13th site, unlike the 12: its own markup, its own date format, its own tags.
SIBIMA_YML = """\
id: sibima
name: Balai Sertifikasi Bina Marga
short_name: Sibima
english_name: Highways Certification Centre
kind: lembaga
sectors: [jalan]
domains: [sibima.pu.go.id]
contact: {address: "Jl. Pattimura No. 20, Jakarta Selatan"}
history: [{organisation: Kementerian Pekerjaan Umum, from: 2024-10-21}]
recipe:
  start_urls: ["https://sibima.pu.go.id/"]
  date_formats: ["Terbit %d %B %Y"]
  pages:
    - pattern: ^/kabar/\\d+-[^/]+\\.html$
      type: berita
      selectors:
        title: "header.kepala > h1"
        date: p.terbit
        body: section#isi
        tags: ul.label li
        attachments: a.berkas
        remove: [.promo]
"""

SIBIMA_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Situs Sibima</title></head><body>
<nav>Beranda Kabar Kontak</nav>
<header class="kepala"><h1>Uji Kompetensi Juru Ukur Jalan Digelar di Makassar</h1>
<p class="terbit">Terbit 7 Juni 2024</p></header>
<section id="isi">
<p>Sebanyak 120 juru ukur jalan mengikuti uji kompetensi di Makassar pekan ini.</p>
<div class="promo">Ikuti kami di media sosial!</div>
<figure><img data-src="/foto/uji.jpg" src="/img/blank.gif" alt="Peserta uji"><figcaption>Peserta uji kompetensi.</figcaption></figure>
<p>Peserta yang lulus memperoleh sertifikat kompetensi kerja yang berlaku tiga tahun.</p>
</section>
<p><a class="berkas" href="/unduh/daftar-peserta.pdf">Daftar peserta</a></p>
<ul class="label"><li>Sertifikasi</li><li>Juru Ukur</li></ul>
<footer>Hak cipta Sibima</footer></body></html>"""


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "units", root / "units")
    (root / "units" / "sibima.yml").write_text(SIBIMA_YML, encoding="utf-8")
    registry, problems = load_registry(root / "units", root)
    assert registry is not None, problems
    return registry


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The 13th site's old pages, served on 127.0.0.1."""
    docroot = tmp_path_factory.mktemp("sibima")
    (docroot / "kabar").mkdir()
    (docroot / "kabar" / "812-uji-kompetensi.html").write_text(SIBIMA_PAGE, encoding="utf-8")
    (docroot / "kabar" / "813-brosur.html").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    handler = functools.partial(_QuietHandler, directory=str(docroot))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D401 - keep test output clean
        pass


def fetch(port: int, path: str, page_type: str | None = "berita") -> FetchedPage:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:  # noqa: S310
        body = response.read()
    url = f"https://sibima.pu.go.id{path}"
    return FetchedPage(url=url, requested_url=url, status=200, content_type="text/html",
                       body=body, declared_charset=None, unit_id="sibima", page_type=page_type)


def test_a_13th_site_needs_only_yaml(project, site):
    page = extract_page(fetch(site, "/kabar/812-uji-kompetensi.html"), project.get("sibima"), project.vocabulary)
    assert page.method == "recipe"
    assert page.title == "Uji Kompetensi Juru Ukur Jalan Digelar di Makassar"
    assert page.date.isoformat() == "2024-06-07"
    assert (page.unit_id, page.type) == ("sibima", "berita")
    assert page.tags == ("sertifikasi",)
    assert page.unmapped == ("Juru Ukur",)
    assert [(i.url, i.caption) for i in page.images] == [
        ("https://sibima.pu.go.id/foto/uji.jpg", "Peserta uji kompetensi.")]
    assert [(a.url, a.label) for a in page.attachments] == [
        ("https://sibima.pu.go.id/unduh/daftar-peserta.pdf", "Daftar peserta")]
    markdown = to_markdown(page, lambda u: None, lambda u: None).markdown
    assert "Sebanyak 120 juru ukur jalan" in markdown and "sertifikat kompetensi kerja" in markdown
    for boilerplate in ("Ikuti kami", "Hak cipta", "Beranda Kabar", "Uji Kompetensi Juru Ukur Jalan Digelar"):
        assert boilerplate not in markdown


def test_selectors_that_match_nothing_fall_back_to_the_generic_path(project, site):
    unit = project.get("sibima")
    broken_rule = unit.recipe.pages[0].model_copy(update={
        "selectors": unit.recipe.pages[0].selectors.model_copy(update={"body": "div.tidak-ada"})})
    broken = unit.model_copy(update={"recipe": unit.recipe.model_copy(update={"pages": [broken_rule]})})
    page = extract_page(fetch(site, "/kabar/812-uji-kompetensi.html"), broken, project.vocabulary)
    assert page.method == "generic"
    assert page.title == "Uji Kompetensi Juru Ukur Jalan Digelar di Makassar"  # still from the recipe
    assert "Peserta yang lulus memperoleh sertifikat" in page.body_html


def test_the_same_page_gives_the_same_record(project, site):
    first = extract_page(fetch(site, "/kabar/812-uji-kompetensi.html"), project.get("sibima"), project.vocabulary)
    again = extract_page(fetch(site, "/kabar/812-uji-kompetensi.html"), project.get("sibima"), project.vocabulary)
    assert first == again


def test_a_pdf_on_an_html_url_is_not_extracted(project, site):
    with pytest.raises(NotHtml, match="binary"):
        extract_page(fetch(site, "/kabar/813-brosur.html"), project.get("sibima"), project.vocabulary)


def test_an_empty_body_is_not_html(project):
    empty = FetchedPage(url="https://sibima.pu.go.id/x", requested_url="https://sibima.pu.go.id/x", status=200,
                        content_type="text/html", body=b"  \n", declared_charset=None, unit_id="sibima",
                        page_type="berita")
    with pytest.raises(NotHtml):
        extract_page(empty, project.get("sibima"), project.vocabulary)


def wordpress_post(category: str) -> FetchedPage:
    html = f"""<html><body><main><article><h1 class="entry-title">Judul</h1>
    <time class="entry-date" datetime="2014-08-11T19:05:00+07:00">11 Agustus 2014</time>
    <span class="cat-links">{category}</span><div class="entry-content">
    <table class="table-meta"><tr><th>Jenis</th><td>Peraturan Menteri</td></tr><tr><th>Nomor</th>
    <td>16/PRT/M/2014</td></tr><tr><th>Tanggal Ditetapkan</th><td>8 Agustus 2014</td></tr></table>
    <p>Isi pos.</p></div></article></main></body></html>"""
    url = "https://bpjt.pu.go.id/2014/08/11/judul/"
    return FetchedPage(url=url, requested_url=url, status=200, content_type="text/html",
                       body=html.encode(), declared_charset="utf-8", unit_id="bpjt", page_type="berita")


def test_the_category_label_gives_the_type_and_a_regulation_its_date(project):
    bpjt = project.get("bpjt")
    regulation = extract_page(wordpress_post("Regulasi"), bpjt, project.vocabulary)
    assert regulation.type == "regulasi"
    assert regulation.date.isoformat() == "2014-08-08"  # tanggal ditetapkan, not the post date
    assert regulation.regulation["nomor"] == "16/PRT/M/2014"
    news = extract_page(wordpress_post("Berita"), bpjt, project.vocabulary)
    assert (news.type, news.date.isoformat(), news.tags, news.unmapped) == ("berita", "2014-08-11", (), ())


def test_a_unit_without_recipe_and_no_unit_use_the_generic_path(project, site):
    fetched = fetch(site, "/kabar/812-uji-kompetensi.html", page_type=None)
    for unit in (None, project.get("sibima").model_copy(update={"recipe": None})):
        page = extract_page(fetched, unit, project.vocabulary)
        assert page.method == "generic"
        assert page.type == "halaman"
        assert "Sebanyak 120 juru ukur jalan" in page.body_html


def deep_page(depth: int) -> FetchedPage:
    html = "<html><body>" + "<div>" * depth + "<p>Isi terdalam.</p>" + "</div>" * depth + "</body></html>"
    return FetchedPage(url="https://sibima.pu.go.id/kabar/1-x.html", requested_url="https://sibima.pu.go.id/kabar/1-x.html",
                       status=200, content_type="text/html", body=html.encode(), declared_charset="utf-8",
                       unit_id="sibima", page_type=None)


def test_deeply_nested_pages_lose_nothing_or_are_refused(project):
    page = extract_page(deep_page(600), None, project.vocabulary)  # > libxml2's default 256
    assert "Isi terdalam." in to_markdown(page, lambda u: None, lambda u: None).markdown
    with pytest.raises(NotHtml, match="nested deeper"):
        extract_page(deep_page(2500), None, project.vocabulary)
