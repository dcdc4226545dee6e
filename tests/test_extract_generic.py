"""The generic path's metadata rules: titles without site names, dates, tags, author."""

from __future__ import annotations

import datetime as dt

from lxml import html

from terpadu.extract.generic import (
    clean_title, generic_author, generic_body, generic_date, generic_tags, generic_title,
)


def doc(head: str = "", body: str = ""):
    return html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_site_names_are_trimmed_from_either_end_and_headlines_kept():
    assert clean_title("Bendungan Sukamahi Selesai | Ditjen SDA", ["Ditjen SDA"]) == "Bendungan Sukamahi Selesai"
    assert clean_title("BPJT - Tol Jakarta – Cikampek Dibuka", ["BPJT"]) == "Tol Jakarta – Cikampek Dibuka"
    assert clean_title("Tol Jakarta - Cikampek", []) == "Tol Jakarta - Cikampek"
    assert clean_title("Itjen Gelar Coffee Morning Bahas Zona Integritas – Menuju WBK", ["Itjen"]) == \
        "Itjen Gelar Coffee Morning Bahas Zona Integritas – Menuju WBK"
    assert clean_title("Berita Terbaru - Kementerian PUPR", []) == "Berita Terbaru"


def test_a_title_shown_on_the_page_beats_a_heading_in_the_body():
    page = doc("<title>Jalan Pansela Dibuka | Direktorat Jenderal Bina Marga</title>",
               '<main><div class="judul">Jalan Pansela Dibuka</div><h1>Rincian Pekerjaan</h1></main>')
    assert generic_title(page) == "Jalan Pansela Dibuka"
    no_match = doc("<title>Portal | Kementerian PU</title>", "<main><h1>Judul Berita Asli</h1></main>")
    assert generic_title(no_match) == "Judul Berita Asli"


def test_dates_from_meta_then_visible_then_url():
    assert generic_date(doc('<meta name="date" content="2023-03-28">'), "https://x.go.id/a") == dt.date(2023, 3, 28)
    assert generic_date(doc(body='<p class="tanggal">Selasa, 28 Maret 2023</p>'), "https://x.go.id/a") == dt.date(2023, 3, 28)
    assert generic_date(doc(), "https://x.go.id/2023/03/28/judul/") == dt.date(2023, 3, 28)
    assert generic_date(doc(), "https://x.go.id/tanpa-tanggal") is None


def test_tags_and_author_from_common_markup():
    page = doc('<meta property="article:tag" content="Bendungan, Irigasi"><meta name="author" content="Oleh: Humas SDA">',
               '<a rel="tag" href="/t/banjir">Banjir</a><span class="cat-links"><a href="/c">Berita</a></span>')
    assert generic_tags(page) == ["Bendungan", "Irigasi", "Banjir", "Berita"]
    assert generic_author(page) == "Humas SDA"


def test_the_body_skips_known_chrome():
    paragraphs = "".join(f"<p>Kalimat isi berita nomor {i} yang cukup panjang untuk dianggap konten utama.</p>"
                         for i in range(6))
    page = doc(body=f'<div id="cookie-notice">Situs ini memakai cookie.</div><article>{paragraphs}</article>'
                    '<div class="komentar-pembaca"><p>Komentar pembaca yang panjang sekali dan tidak relevan.</p></div>')
    text = generic_body(page, "https://x.go.id/berita/a").text_content()
    assert "Kalimat isi berita nomor 5" in text
    assert "cookie" not in text and "Komentar pembaca" not in text
