"""`verify`: real nginx, every known old URL, each answer judged against site/."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.redirects_project import build, copy_project, small_import, write_mappings, write_urlmap

from terpadu.project import Paths, load_project
from terpadu.redirects import load_plan
from terpadu.redirects.plan import known_urls
from terpadu.redirects.verify import verify


def run(paths: Paths, site: Path):
    project = load_project(paths)
    plan = load_plan(project, site)
    return verify(plan, site, known_urls(paths.root, plan, project.registry))


@pytest.fixture
def project(tmp_path: Path) -> Paths:
    paths = copy_project(tmp_path)
    small_import(tmp_path)
    return paths


def test_a_complete_transition_has_nothing_broken_or_unmapped(project: Paths) -> None:
    coverage = run(project, build(project))
    verdicts = {a.url: a.verdict for a in coverage.answers}
    assert coverage.failed == []
    assert verdicts["https://sda.pu.go.id/berita/detail.php?id=7&utm_source=wa"] == "redirected"
    assert verdicts["https://sda.pu.go.id/agenda?bulan=2023-05"] == "redirected"  # by the fallback
    assert verdicts["https://sda.pu.go.id/berita/rusak"] == "gone"
    assert verdicts["http://www.sda.pu.go.id/arsip/2009/"] == "gone"
    assert verdicts["https://pu.go.id/tentang"] == "served"
    # 9 URL-map rows + 1 mapping not in the URL map + 11 old home pages (setjen's is the new site's)
    assert len(coverage.answers) == 21
    assert coverage.summary() == ("21 old URLs checked on 12 hosts: 18 redirected, 2 gone, "
                                  "1 served by the new site, 0 broken, 0 unmapped.")


def test_a_missing_target_is_broken_and_a_url_without_outcome_unmapped(project: Paths) -> None:
    write_urlmap(project.root, "bpjt", [
        {"old_url": "https://bpjt.pu.go.id/berita/hilang", "outcome": "imported",
         "new_path": "/bpjt/berita/2023/tidak-ada/"},
        {"old_url": "https://bpjt.pu.go.id/data.xlsx", "outcome": "skipped", "reason": "not html"},
    ])
    write_mappings(project.root, "bpjt", "https://bpjt.pu.go.id/tarif: https://bpjt.pu.go.id.example/tarif\n")
    coverage = run(project, build(project))
    failed = {a.url: (a.verdict, a.origin, a.detail) for a in coverage.failed}
    assert failed == {
        "https://bpjt.pu.go.id/berita/hilang": (
            "broken", "migration/urlmap/bpjt.jsonl:1",
            "redirects to /bpjt/berita/2023/tidak-ada/, which is not a page of site/"),
        "https://bpjt.pu.go.id/data.xlsx": (
            "unmapped", "migration/urlmap/bpjt.jsonl:2", "answers 404: add a mapping or a fallback rule"),
    }
    assert {a.url: a.detail for a in coverage.answers}["https://bpjt.pu.go.id/tarif"] == "to another site"
    assert coverage.count("broken") == 1 and coverage.count("unmapped") == 1
