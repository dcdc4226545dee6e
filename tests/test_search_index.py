"""The Pagefind build step: bundle in site/pagefind/, Indonesian index, clean failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from terpadu.build import POST_STEPS, BuildFailed
from terpadu.search.index import (
    BUNDLE_DIR, UNUSED_UI_FILES, IndexingFailed, build_step, index_site, parse_summary,
)


def test_build_registers_the_search_step() -> None:
    assert "search" in [name for name, _ in POST_STEPS]


def test_the_built_site_has_an_indonesian_pagefind_bundle(built_site: Path) -> None:
    bundle = built_site / BUNDLE_DIR
    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    assert list(entry["languages"]) == ["id"]
    assert entry["languages"]["id"]["page_count"] >= 15
    assert (bundle / "pagefind.js").is_file() and (bundle / "wasm.id.pagefind").is_file()
    assert list((bundle / "fragment").iterdir()) and list((bundle / "index").iterdir())
    for name in UNUSED_UI_FILES:
        assert not (bundle / name).exists(), name
    assert not (built_site / "search" / "search_index.json").exists()  # Material's lunr is off


def test_parse_summary_reads_pagefinds_closing_lines() -> None:
    out = "Discovered 1 language: id\n[Building search indexes]\nTotal:\n  Indexed 1 language\n" \
          "  Indexed 42 pages\n  Indexed 1234 words\n"
    summary = parse_summary(out)
    assert (summary.pages, summary.words, summary.languages) == (42, 1234, ("id",))


def test_pages_without_data_pagefind_body_fail_the_build(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text('<html lang="id"><body><nav>menu</nav><p>teks</p></body></html>')
    with pytest.raises(IndexingFailed, match="data-pagefind-body"):
        index_site(None, tmp_path)  # type: ignore[arg-type]


def test_an_empty_site_is_a_build_failure_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(BuildFailed, match="Pagefind failed"):
        build_step(None, tmp_path)  # type: ignore[arg-type]


def test_index_site_indexes_marked_pages_only(tmp_path: Path) -> None:
    for name, body in (("a", "<main data-pagefind-body><h1>Izin</h1><p>bangunan</p></main>"),
                       ("b", "<main><p>daftar berita</p></main>")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.html").write_text(f'<html lang="id"><body>{body}</body></html>')
    summary = index_site(None, tmp_path)  # type: ignore[arg-type]
    assert summary.pages == 1 and summary.languages == ("id",)
