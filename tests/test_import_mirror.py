"""`terpadu import --mirror` into a copy of the project, checked page by page against the
mirror's ground truth (terpadu/mirror/truth/), plus the 13th site added with YAML only.

One import per session (it is the expensive part); every test reads its result.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from terpadu.extract.evaluation import reader_text, truth_pages
from tests.importer_support import FIXTURES, copy_project
from terpadu.content import frontmatter
from terpadu.importer.placement import DATED_TYPES
from terpadu.project import Paths, validate
from terpadu import yamlio

TRUTH = truth_pages()


@pytest.fixture(scope="session")
def imported(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("mirror-import"))
    result = subprocess.run(
        [sys.executable, "-c", "from terpadu.cli import main; main()", "import", "--mirror", "--quiet", "--root", str(root), "--timeout", "3"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    rows = {}
    for urlmap in (root / "migration/urlmap").glob("*.jsonl"):
        for line in urlmap.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            rows[row["old_url"]] = row
    return root, rows, result.stdout


def _read(root: Path, new_path: str) -> tuple[dict, str]:
    text = (root / "content" / (new_path.strip("/") + ".md")).read_text(encoding="utf-8")
    parts = frontmatter.split(text)
    return yamlio.load(parts.yaml_text), parts.body


@pytest.mark.parametrize("truth", TRUTH, ids=[t["_file"] for t in TRUTH])
def test_page_matches_ground_truth(imported, truth):
    root, rows, _ = imported
    row = rows.get(truth["url"])
    assert row is not None, "old URL missing from the URL map"
    if row["outcome"] == "duplicate":
        assert truth["duplicate_group"], "merged as a duplicate but the truth says it is unique"
        return
    assert row["outcome"] == "imported", row
    meta, body = _read(root, row["new_path"])
    assert meta["title"] == truth["title"]
    assert meta["unit"] == truth["unit"]
    assert row["new_path"].split("/")[2] == truth["type"]
    if truth["type"] in DATED_TYPES:
        assert meta["type"] == truth["type"]
        assert str(meta["date"]) == truth["date"]
    text = reader_text(body)
    for sentence in truth["must_contain"]:
        assert " ".join(sentence.split()) in text
    for sentence in truth["must_not_contain"]:
        assert " ".join(sentence.split()) not in text


def test_every_excluded_url_is_not_imported(imported):
    root, rows, _ = imported
    for path in sorted((Path(__file__).parents[1] / "terpadu/mirror/truth").glob("*/_excluded.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            row = rows.get(entry["url"])
            if row is not None and not entry["reason"].startswith("fault:"):
                assert row["outcome"] != "imported" or row["reason"], (entry, row)


def test_imported_site_validates(imported):
    root, *_ = imported
    _, problems = validate(Paths.at(root))
    assert problems == []


def test_no_executable_markup_in_imported_markdown(imported):
    root, *_ = imported
    pattern = re.compile(r"<\s*(script|iframe|style|object|embed)\b|\bon[a-z]+\s*=|javascript:|\]\(data:", re.I)
    offenders = [p for p in (root / "content").rglob("*.md") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_13th_site_imports_from_yaml_alone(tmp_path):
    from tests.importer_support import sites_with_fixtures
    from terpadu.fetch.plan import loopback_host_map
    from terpadu.importer import ImportOptions, run_import
    from terpadu.mirror import MirrorServer
    from terpadu.registry import load_registry

    root = copy_project(tmp_path / "project", (FIXTURES / "contoh.yml",))
    sites = sites_with_fixtures(tmp_path / "sites")
    paths = Paths.at(root)
    registry, problems = load_registry(paths.units_dir, root)
    assert problems == []
    with MirrorServer(sites_dir=sites, slow_delay=1.0) as server:
        options = ImportOptions(host_map=loopback_host_map(registry, server.port), timeout=0.8, retries=2,
                                backoff=0.1, cache=False)
        report = run_import(paths, registry, ["contoh"], options)
    meta, body = _read(root, "/contoh/berita/2023/kabar-satu/")
    assert (meta["title"], str(meta["date"]), meta["unit"]) == ("Bendungan Contoh Mulai Diisi Air", "2023-03-28", "contoh")
    assert "Pengisian awal Bendungan Contoh dimulai" in body
    assert "Berita Populer" not in body and "Hak cipta Balai Contoh" not in body
    assert report.units["contoh"].methods["recipe"] >= 5


def test_a_republished_story_is_imported_once_for_all_its_units(imported):
    root, rows, _ = imported
    groups: dict[str, list[dict]] = {}
    for truth in TRUTH:
        if truth["duplicate_group"]:
            groups.setdefault(truth["duplicate_group"], []).append(truth)
    assert groups
    for members in groups.values():
        found = [rows[t["url"]] for t in members]
        canonical = [r for r in found if r["outcome"] == "imported"]
        assert len(canonical) == 1
        assert {r["new_path"] for r in found} == {canonical[0]["new_path"]}
        meta, _ = _read(root, canonical[0]["new_path"])
        assert sorted(meta["units"]) == sorted({t["unit"] for t in members})
        assert sorted(meta["source_urls"]) == sorted(t["url"] for t in members if t["url"] != meta["source_url"])
