"""Pagefind's filter indexes rewritten in a fixed order still work in the browser, and the
rewrite is idempotent (the build-twice comparison is in test_build_reproducible)."""

from __future__ import annotations

import shutil
from pathlib import Path

from browser import open_page
from terpadu.publish.stable_search import _read, stabilise


def test_filters_are_sorted_and_a_second_pass_changes_nothing(sample_site: Path, tmp_path: Path) -> None:
    site = shutil.copytree(sample_site, tmp_path / "site")
    filters = sorted((site / "pagefind" / "filter").glob("*.pf_filter"))
    assert filters
    for path in filters:
        name, values = _read(path)
        assert [v[0] for v in values] == sorted(v[0] for v in values), name
    before = {p.name: p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}
    assert stabilise(site) == 0
    after = {p.name: p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}
    assert before == after


def test_filtered_search_finds_results_in_the_browser(browser, sample_url) -> None:
    with open_page(browser, sample_url, "cari/?q=bangunan&unit=ciptakarya&type=layanan", "desktop") as visit:
        results = visit.page.locator("#tp-search-results > li")
        results.first.wait_for(timeout=10_000)
        texts = results.all_inner_texts()
    assert texts and all("Cipta Karya" in text for text in texts)
    assert any("Persetujuan Bangunan Gedung" in text for text in texts)
