"""Where pages go: by unit, type and year; sticky; collisions get a stable suffix."""

import datetime as dt

from terpadu.importer.placement import Wanted, new_path, place, relative

DAY = dt.date(2023, 3, 28)


def test_dated_and_undated_folders():
    placed = place([Wanted("https://sda.pu.go.id/berita/banjir", "sda", "berita", "Banjir", DAY),
                    Wanted("https://sda.pu.go.id/layanan/izin", "sda", "layanan", "Izin", None)],
                   {}, lambda *_: True)
    assert placed == {"https://sda.pu.go.id/berita/banjir": "sda/berita/2023/banjir.md",
                      "https://sda.pu.go.id/layanan/izin": "sda/layanan/izin.md"}
    assert new_path("sda/berita/2023/banjir.md") == "/sda/berita/2023/banjir/"


def test_collisions_get_a_suffix_whatever_the_order():
    a = Wanted("https://sda.pu.go.id/berita/banjir", "sda", "berita", "Banjir", DAY)
    b = Wanted("https://sda.pu.go.id/balai/citarum/berita/banjir", "sda", "berita", "Banjir", DAY)
    first, second = place([a, b], {}, lambda *_: True), place([b, a], {}, lambda *_: True)
    assert first == second and len(set(first.values())) == 2
    assert first[b.url] == "sda/berita/2023/banjir.md"
    assert first[a.url].startswith("sda/berita/2023/banjir-")


def test_a_page_keeps_its_earlier_path_and_a_foreign_file_is_avoided():
    a = Wanted("https://sda.pu.go.id/berita/banjir", "sda", "berita", "Banjir", DAY)
    assert place([a], {a.url: "sda/berita/2022/banjir-lama.md"}, lambda *_: True)[a.url] == "sda/berita/2022/banjir-lama.md"
    assert place([a], {}, lambda src, url: src != "sda/berita/2023/banjir.md")[a.url] != "sda/berita/2023/banjir.md"


def test_relative_links_between_content_files():
    assert relative("sda/berita/2023/a.md", "binamarga/berita/2022/b.md") == "../../../binamarga/berita/2022/b.md"
    assert relative("sda/layanan/a.md", "sda/_berkas/f.pdf") == "../_berkas/f.pdf"
