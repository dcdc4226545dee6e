"""Regulation metadata tables, as rows or a definition list, in the sites' wording."""

from __future__ import annotations

from lxml import html

from terpadu.extract.regulation import regulation_of

TABLE = """<table class="table-meta"><tr><th>Jenis</th><td>Peraturan Menteri</td></tr>
<tr><th>Nomor</th><td>25 Tahun 2021</td></tr><tr><th>Tentang</th><td>Pedoman</td></tr>
<tr><th>Tanggal Ditetapkan</th><td>14 September 2021</td></tr>
<tr><th>Status</th><td><span class="badge">{status}</span></td></tr></table>"""


def read(fragment: str, selector: str | None = None):
    return regulation_of(html.document_fromstring(f"<html><body>{fragment}</body></html>"), selector)


def test_a_metadata_table():
    assert read(TABLE.format(status="Berlaku")) == {
        "jenis": "Peraturan Menteri", "nomor": "25 Tahun 2021",
        "tanggal_ditetapkan": "2021-09-14", "status": "berlaku",
    }


def test_statuses_are_written_one_way():
    assert read(TABLE.format(status="Tidak Berlaku"))["status"] == "dicabut"
    assert read(TABLE.format(status="Dicabut sebagian"))["status"] == "dicabut"
    assert read(TABLE.format(status="Diubah dengan Permen 3/2023"))["status"] == "diubah"
    assert read(TABLE.format(status="Masih berlaku"))["status"] == "berlaku"


def test_a_definition_list_with_other_labels():
    dl = ("<dl><dt>Jenis Peraturan</dt><dd>Surat Edaran</dd><dt>No.</dt><dd>03/SE/M/2022</dd>"
          "<dt>Tgl. Penetapan</dt><dd>3/2/2022</dd></dl>")
    assert read(dl) == {"jenis": "Surat Edaran", "nomor": "03/SE/M/2022",
                        "tanggal_ditetapkan": "2022-02-03", "status": "berlaku"}


def test_tables_that_are_not_metadata_are_ignored():
    assert read("<table><tr><th>Parameter</th><td>Nilai</td></tr></table>") is None
    assert read("<p>Tanpa tabel</p>") is None


def test_the_selector_narrows_where_to_look():
    other = "<table><tr><td>Jenis</td><td>Lain</td></tr><tr><td>Nomor</td><td>1</td></tr></table>"
    found = read(other + TABLE.format(status="Berlaku"), "table.table-meta")
    assert found["jenis"] == "Peraturan Menteri"
