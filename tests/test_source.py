"""Front matter parsed once: pages built from the scan's record look as MkDocs made them."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from terpadu.build import run_build
from terpadu.project import Paths
from tests.conftest import copy_project

PAGE = """---
title: Panduan penyunting
description: Cara menulis berita.
hide:
  - toc
---

# Judul di badan

Isi halaman.
"""


def test_page_meta_from_the_scan_sets_title_description_and_hide(tmp_path: Path):
    root = copy_project(tmp_path / "p")
    (root / "content" / "panduan.md").write_text(PAGE, encoding="utf-8")
    run_build(Paths.at(root))
    html = BeautifulSoup((root / "site" / "panduan" / "index.html").read_text(encoding="utf-8"), "lxml")
    assert html.title.get_text().startswith("Panduan penyunting")
    assert html.select_one('meta[name="description"]')["content"] == "Cara menulis berita."
    assert html.select_one(".md-sidebar--secondary[hidden]") is not None  # toc hidden
    body = html.select_one("article").get_text(" ")
    assert "Isi halaman." in body and "title:" not in body
