"""Indexing in parts gives the bundle of one Pagefind run: every file, decompressed, the
same (after the stable-search step, which orders what Pagefind leaves in hash-map order).
Real Pagefind runs on the repository's site, a synthetic archive and hand-made pages."""

from __future__ import annotations

import gzip
import json
import logging
import shutil
from pathlib import Path

import pytest

from terpadu.publish.stable_search import stabilise
from terpadu.search import bundle as fmt
from terpadu.search.index import BUNDLE_DIR, index_site
from terpadu.search.parts import part_glob, split, walk_order
from tests.scale_helpers import build_archive

PAGE = '<html lang="id"><head><title>T</title></head><body><main data-pagefind-body>{}</main></body></html>'
# Two pages whose fragments' hashes share their first 7 characters (found by trying
# numbers): "957d127c…" for /a/ and "957d1273…" for /b/. In one run the later page of
# the two gets an 8-character name; in parts, each part has no collision of its own.
COLLIDING = {"a": "<p>kata 25803</p>", "b": "<p>kata 1058</p>"}


def bundle_files(site: Path) -> dict[str, bytes]:
    """Every file of the bundle, index files decompressed (gzip bytes may differ)."""
    bundle = site / BUNDLE_DIR
    return {path.relative_to(bundle).as_posix(): gzip.decompress(path.read_bytes()) if path.suffix.startswith(".pf_")
            else path.read_bytes() for path in sorted(bundle.rglob("*")) if path.is_file()}


def index_both_ways(site: Path, work: Path, part_pages: int, caplog: pytest.LogCaptureFixture):
    """The stabilised bundles of one run and of runs over parts of ``part_pages`` pages."""
    bundles = {}
    for label, size in (("one run", 10**9), ("parts", part_pages)):
        copy = shutil.copytree(site, work / label, ignore=shutil.ignore_patterns(BUNDLE_DIR))
        with caplog.at_level(logging.WARNING, logger="terpadu.search"):
            index_site(None, copy, part_pages=size)  # type: ignore[arg-type]
        stabilise(copy)
        bundles[label] = bundle_files(copy)
    assert "in one run" not in caplog.text  # the parts were merged, not given up
    return bundles["one run"], bundles["parts"]


def assert_same(single: dict[str, bytes], merged: dict[str, bytes]) -> None:
    assert sorted(single) == sorted(merged)
    assert [name for name in single if single[name] != merged[name]] == []


def test_the_repository_site_in_parts_of_7_pages_is_the_one_run_bundle(built_site, tmp_path, caplog) -> None:
    single, merged = index_both_ways(built_site, tmp_path, 7, caplog)
    assert_same(single, merged)
    assert json.loads(merged["pagefind-entry.json"])["languages"]["id"]["page_count"] > 7 * 5


def test_a_synthetic_archive_in_parts_of_50_pages_is_the_one_run_bundle(tmp_path, caplog) -> None:
    site = build_archive(tmp_path / "project", 200) / "site"
    single, merged = index_both_ways(site, tmp_path, 50, caplog)
    assert_same(single, merged)
    meta = fmt.read_cbor(next((tmp_path / "parts" / BUNDLE_DIR).glob("*.pf_meta")))
    assert meta[fmt.SORTS] and len(meta[fmt.PAGES]) > 200  # the date sort order was merged
    assert len(meta[fmt.INDEX_CHUNKS]) > 3


def test_a_fragment_name_colliding_across_parts_is_lengthened_as_in_one_run(tmp_path, caplog) -> None:
    site = tmp_path / "site"
    for name, body in {**COLLIDING, "c": "<p>kata lain</p>"}.items():
        (site / name).mkdir(parents=True)
        (site / name / "index.html").write_text(PAGE.format(body), encoding="utf-8")
    single, merged = index_both_ways(site, tmp_path, 1, caplog)
    assert_same(single, merged)
    names = sorted(path.split("/")[1].split(".")[0] for path in merged if path.startswith("fragment/"))
    assert [len(name) for name in names if name.startswith("id_957d127")] == [10, 11]  # one lengthened


def test_words_with_diacritics_keep_their_variants(tmp_path, caplog) -> None:
    site = tmp_path / "site"
    # Variants are listed in the order of their first page ("résumé" before "resumé").
    bodies = ["<p>café kafe résumé</p>", "<p>cafe café naïve resumé</p>", "<p>résumé resume crème</p>",
              "<p>kafé creme resumé</p>", "<p>créme</p>"]
    for number, body in enumerate(bodies):
        (site / f"p{number}").mkdir(parents=True)
        (site / f"p{number}" / "index.html").write_text(PAGE.format(body), encoding="utf-8")
    single, merged = index_both_ways(site, tmp_path, 2, caplog)
    assert_same(single, merged)


def test_walk_order_is_the_order_pagefind_numbers_pages(built_site: Path, tmp_path: Path) -> None:
    from terpadu.search.slim import write_slim_site

    slim = tmp_path / "slim"
    write_slim_site(built_site, slim)
    index_site(None, slim)  # type: ignore[arg-type]
    meta = fmt.read_cbor(next((slim / BUNDLE_DIR).glob("*.pf_meta")))
    urls = [json.loads(fmt.read_payload(slim / BUNDLE_DIR / "fragment" / f"{name}.pf_fragment"))["url"]
            for name, _ in meta[fmt.PAGES]]
    expected = ["/" + path.removesuffix("index.html") for path in walk_order(slim) if not path.startswith(BUNDLE_DIR)]
    assert urls == expected


def test_a_part_glob_names_whole_folders_and_the_files_at_its_ends() -> None:
    files = ["a/1/index.html", "a/2/index.html", "b/1/index.html", "b/2/index.html", "b/3/index.html", "c.html"]
    assert part_glob(files, 1, 5) == "{a/2/**/*.html,b/**/*.html}"
    assert part_glob(files, 3, 6) == "{b/2/**/*.html,b/3/**/*.html,c.html}"
    assert part_glob(files, 0, 2) == "a/**/*.html"
    assert part_glob(["x{1}/i,j.html", "y.html"], 0, 1) == r"x\{1\}/**/*.html"


def test_parts_are_contiguous_and_nearly_equal() -> None:
    assert split(list(range(10)), 4) == [(0, 4), (4, 8), (8, 10)]
    assert split(list(range(9)), 3) == [(0, 3), (3, 6), (6, 9)]
    assert split(list(range(7)), 10) == [(0, 7)]


def test_parts_with_other_meta_fields_and_numeric_sorts_merge_exactly(tmp_path, caplog) -> None:
    # Each part knows only its pages' meta fields (markers renumbered in the merge), and
    # the sort order is merged from values: numbers, with a tie. (One sort key: with two,
    # Pagefind lists them in hash-map order, different from run to run.)
    pages = ['<span data-pagefind-meta="unit:sda"></span><span data-pagefind-sort="rank:10"></span><p>air bendungan</p>',
             ('<span data-pagefind-meta="date:2024-01-02"></span><span data-pagefind-sort="rank:2.5"></span>'
              "<p>bendungan jalan</p>"),
             '<span data-pagefind-sort="rank:10"></span><p>jalan air</p>',
             '<span data-pagefind-meta="terms:PBG"></span><span data-pagefind-sort="rank:-3"></span><p>izin</p>']
    site = tmp_path / "site"
    for number, body in enumerate(pages):
        (site / f"p{number}").mkdir(parents=True)
        (site / f"p{number}" / "index.html").write_text(PAGE.format(body), encoding="utf-8")
    single, merged = index_both_ways(site, tmp_path, 1, caplog)
    assert_same(single, merged)
    meta = fmt.read_cbor(next((tmp_path / "parts" / BUNDLE_DIR).glob("*.pf_meta")))
    assert meta[fmt.META_FIELDS] == ["date", "terms", "title", "unit"]
    assert [key for key, _ in meta[fmt.SORTS]] == ["rank"]


def test_a_page_pagefind_leaves_out_does_not_shift_the_sort_order(tmp_path, caplog) -> None:
    # A body without words gets no page number; the part's fragments then say which file
    # is which page, for the sort values.
    site = tmp_path / "site"
    bodies = [f'<span data-pagefind-sort="rank:{rank}"></span><p>kata {word}</p>'
              for rank, word in ((5, "air"), (1, "jalan"), (3, "izin"), (4, "air"), (2, "jalan"))]
    bodies.append('<span data-pagefind-sort="rank:0"></span>')
    for number, body in enumerate(bodies):
        (site / f"p{number}").mkdir(parents=True)
        (site / f"p{number}" / "index.html").write_text(PAGE.format(body).replace("<title>T</title>", ""),
                                                        encoding="utf-8")
    single, merged = index_both_ways(site, tmp_path, 3, caplog)
    assert_same(single, merged)
    assert json.loads(merged["pagefind-entry.json"])["languages"]["id"]["page_count"] == 5


def test_kept_parts_are_reused_and_only_the_changed_part_is_indexed_again(built_site, tmp_path, monkeypatch) -> None:
    import terpadu.search.parts as parts

    runs: list[str] = []
    run_part = parts._run_part
    monkeypatch.setattr(parts, "_run_part", lambda *args: runs.append(args[3]) or run_part(*args))
    project = type("Project", (), {"paths": type("Paths", (), {"root": tmp_path})})()  # only the root is read
    site = shutil.copytree(built_site, tmp_path / "site", ignore=shutil.ignore_patterns(BUNDLE_DIR))
    index_site(project, site, part_pages=7)
    first_runs = len(runs)
    assert first_runs > 5

    page = next(p for p in sorted(site.rglob("index.html")) if b"data-pagefind-body" in p.read_bytes())
    html = page.read_text(encoding="utf-8")
    body = html.index("data-pagefind-body")
    page.write_text(html[:body] + html[body:].replace("</h1>", "</h1><p>Kalimat penanda perubahan.</p>", 1),
                    encoding="utf-8")
    runs.clear()
    index_site(project, site, part_pages=7)
    assert len(runs) == 1  # the part holding the changed page
    stabilise(site)

    fresh = shutil.copytree(site, tmp_path / "fresh", ignore=shutil.ignore_patterns(BUNDLE_DIR))
    index_site(None, fresh, part_pages=10**9)  # type: ignore[arg-type]
    stabilise(fresh)
    assert_same(bundle_files(fresh), bundle_files(site))
    kept = [p.name for p in (tmp_path / ".terpadu-cache" / "search-parts").glob("*/*")]
    assert len(kept) == first_runs  # the replaced part's old bundle is gone
