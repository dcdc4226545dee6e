"""Merging refuses what it cannot make identical; the build then indexes in one run."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from terpadu.publish.stable_search import stabilise
from terpadu.search.index import BUNDLE_DIR, index_site
from terpadu.search.merge import _as_number, _renumber_fields
from tests.test_search_parts import bundle_files


def test_a_site_in_two_languages_is_indexed_in_one_run(tmp_path: Path, caplog) -> None:
    site = tmp_path / "site"
    for number, lang in enumerate(("id", "en", "id", "en")):
        (site / f"p{number}").mkdir(parents=True)
        (site / f"p{number}" / "index.html").write_text(
            f'<html lang="{lang}"><body><main data-pagefind-body><p>kata {number}</p></main></body></html>')
    copy = shutil.copytree(site, tmp_path / "copy")
    with caplog.at_level(logging.WARNING, logger="terpadu.search"):
        summary = index_site(None, site, part_pages=2)  # type: ignore[arg-type]
    assert "in one run" in caplog.text and summary.pages == 4
    index_site(None, copy)  # type: ignore[arg-type]
    stabilise(site), stabilise(copy)
    merged, single = bundle_files(site), bundle_files(copy)
    # Pagefind lists the languages in hash-map order, different from run to run.
    assert json.loads(merged.pop("pagefind-entry.json")) == json.loads(single.pop("pagefind-entry.json"))
    assert merged == single


def test_meta_field_markers_are_renumbered_into_the_merged_list() -> None:
    # The part knew fields ["title", "unit"]; merged: ["date", "terms", "title", "unit"].
    assert _renumber_fields([-1, 0, 3, -2, 5], [2, 3]) == [-3, 0, 3, -4, 5]


def test_sort_values_are_numbers_only_in_plain_notation() -> None:
    assert _as_number("12") == 12 and _as_number("-1.5e3") == -1500
    assert _as_number("2024-01-31") is None and _as_number("1_000") is None and _as_number("") is None


def test_a_part_pagefind_cannot_index_falls_back_to_one_run(tmp_path: Path, caplog) -> None:
    site = tmp_path / "site"
    for number, text in enumerate(("kata satu", "", "kata dua")):  # the middle page has no words
        (site / f"p{number}").mkdir(parents=True)
        (site / f"p{number}" / "index.html").write_text(
            f'<html lang="id"><body><main data-pagefind-body><p>{text}</p></main></body></html>')
    with caplog.at_level(logging.WARNING, logger="terpadu.search"):
        summary = index_site(None, site, part_pages=1)  # type: ignore[arg-type]
    assert "in one run" in caplog.text and summary.pages == 2
