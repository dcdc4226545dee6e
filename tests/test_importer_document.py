"""The imported file: deterministic bytes and an import_hash that notices any edit."""

import datetime as dt

from terpadu.importer import document

META = {"title": "Judul", "type": "berita", "date": dt.date(2023, 3, 28), "unit": "sda",
        "tags": [], "summary": None, "source_url": "https://sda.pu.go.id/berita/x"}


def test_render_is_byte_stable_and_drops_empty_values():
    text = document.render(META, "Isi.\r\n\r\n\r\nBaris  \n")
    assert text == document.render(dict(META), "Isi.\r\n\r\n\r\nBaris  \n")
    assert text.startswith("---\ntitle: Judul\ntype: berita\ndate: 2023-03-28\nunit: sda\n"
                           "source_url: https://sda.pu.go.id/berita/x\nimport_hash: sha256:")
    assert text.endswith("---\n\nIsi.\n\n\nBaris\n") and "tags" not in text and "summary" not in text


def test_a_fresh_file_is_pristine_and_any_edit_is_noticed():
    text = document.render(META, "Isi berita.\n")
    assert document.is_pristine(text)
    assert not document.is_pristine(text.replace("Isi berita", "Isi berita baru"))
    assert not document.is_pristine(text.replace("title: Judul", "title: Judul Baru"))
    assert not document.is_pristine(text.replace(document.import_hash(text), "sha256:" + "0" * 64))


def test_source_url_is_read_back():
    assert document.source_url(document.render(META, "x")) == "https://sda.pu.go.id/berita/x"
