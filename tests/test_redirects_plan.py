from __future__ import annotations

from pathlib import Path

import pytest
from tests.redirects_project import copy_project, small_import, write_mappings, write_urlmap

from terpadu.project import load_project
from terpadu.redirects.models import GONE, MOVED
from terpadu.redirects.plan import build_plan, known_urls

SITE = "https://pu.go.id/"


@pytest.fixture
def project_root(tmp_path: Path) -> Path:
    copy_project(tmp_path)
    small_import(tmp_path)
    return tmp_path


def plan_of(root: Path):
    project = load_project(copy_paths(root))
    return build_plan(root, project.registry, SITE), project.registry


def copy_paths(root: Path):
    from terpadu.project import Paths

    return Paths.at(root)


def rules_by_url(plan) -> dict:
    return {r.old_url: r for h in plan.hosts for r in h.rules}


def test_every_known_old_url_gets_one_outcome(project_root: Path) -> None:
    (plan, problems), _ = plan_of(project_root)
    assert problems == []
    rules = rules_by_url(plan)
    assert rules["https://sda.pu.go.id/berita/bendungan-sukamahi"].target == "/sda/berita/2023/bendungan-sukamahi/"
    # the tracking parameter is gone, the significant 'id' kept
    assert rules["https://sda.pu.go.id/berita/detail.php?id=7"].target == "/binamarga/berita/2022/jalan-tol/"
    assert rules["https://binamarga.pu.go.id/berita/jalan-tol"].status == MOVED  # '/index.php' dropped
    assert rules["https://binamarga.pu.go.id/berita/sukamahi"].reason == "duplicate"
    assert rules["https://sda.pu.go.id/berita/rusak"].status == GONE  # the old site answered 404
    assert rules["https://sda.pu.go.id/arsip/2009"].status == GONE  # an editor's 'gone'
    assert rules["https://sda.pu.go.id/peta-bendungan"].target == "/sda/"  # an editor's mapping
    assert rules["https://sda.pu.go.id/"].target == "/sda/"  # an old host's home page
    assert "https://pu.go.id/" not in rules  # the new site's own home answers there
    # the calendar trap is covered by the unit's fallback rule, so nothing is unmapped
    assert plan.unmapped == ()


def test_an_old_url_nothing_decides_is_unmapped_not_guessed(project_root: Path) -> None:
    write_urlmap(project_root, "bpiw", [
        {"old_url": "https://bpiw.pu.go.id/unduhan/peta.pdf", "outcome": "skipped", "reason": "not html"},
    ])
    (plan, problems), _ = plan_of(project_root)
    assert problems == []
    assert [(u.old_url, u.why, str(u.origin)) for u in plan.unmapped] == [
        ("https://bpiw.pu.go.id/unduhan/peta.pdf", "skipped (not html)", "migration/urlmap/bpiw.jsonl:1"),
    ]


def test_conflicting_outcomes_are_reported_with_both_places(project_root: Path) -> None:
    write_mappings(project_root, "binamarga", "https://binamarga.pu.go.id/berita/jalan-tol/: gone\n"
                                              "https://binamarga.pu.go.id/berita/sukamahi: /binamarga/\n")
    (_, problems), _ = plan_of(project_root)
    assert [str(p) for p in sorted(problems)] == [
        "migration/mappings/binamarga.yml:1: conflict: https://binamarga.pu.go.id/berita/jalan-tol is gone "
        "here, but goes to /binamarga/berita/2022/jalan-tol/ by migration/urlmap/binamarga.jsonl:2",
        "migration/mappings/binamarga.yml:2: conflict: https://binamarga.pu.go.id/berita/sukamahi goes to "
        "/binamarga/ here, but goes to /sda/berita/2023/bendungan-sukamahi/ by migration/urlmap/binamarga.jsonl:1",
    ]


def test_an_editor_may_rescue_a_page_the_old_site_lost(project_root: Path) -> None:
    write_mappings(project_root, "sda", "https://sda.pu.go.id/berita/rusak: /sda/\n")
    (plan, problems), _ = plan_of(project_root)
    assert problems == []
    assert rules_by_url(plan)["https://sda.pu.go.id/berita/rusak"].target == "/sda/"


def test_mistakes_in_mapping_files_are_reported_with_lines(project_root: Path) -> None:
    write_mappings(project_root, "bpiw",
                   "https://bpiw.pu.go.id/a: /bpiw/\n"
                   "https://bpiw.pu.go.id/a: gone\n"
                   "https://sda.pu.go.id/b: /sda/\n"
                   "https://bpiw.pu.go.id/c: bpiw/halaman\n"
                   "/relatif: gone\n")
    write_urlmap(project_root, "nosuchunit", [{"old_url": "https://x.pu.go.id/a", "outcome": "skipped"}])
    (project_root / "migration" / "urlmap" / "bpjt.jsonl").write_text('{"old_url": "https://bpjt.pu.go.id/a"}\nnot json\n')
    (_, problems), _ = plan_of(project_root)
    assert [str(p) for p in sorted(problems)] == [
        "migration/mappings/bpiw.yml:2: 'https://bpiw.pu.go.id/a' is mapped twice (also on line 1)",
        "migration/mappings/bpiw.yml:3: https://sda.pu.go.id/b: host belongs to unit 'sda', not 'bpiw'",
        "migration/mappings/bpiw.yml:4: 'bpiw/halaman' is neither a new-site path ('/...'), an https:// URL, nor 'gone'",
        "migration/mappings/bpiw.yml:5: '/relatif' is not an absolute http(s) URL",
        "migration/urlmap/bpjt.jsonl:1: missing required field 'outcome'",
        "migration/urlmap/bpjt.jsonl:2: not a JSON object (Expecting value)",
        "migration/urlmap/nosuchunit.jsonl:1: unknown unit 'nosuchunit' (the file name must be a unit id)",
    ]


def test_paths_differing_only_in_case_must_agree(project_root: Path) -> None:
    write_mappings(project_root, "bpiw", "https://bpiw.pu.go.id/Profil: /bpiw/\nhttps://bpiw.pu.go.id/profil: gone\n")
    (_, problems), _ = plan_of(project_root)
    assert len(problems) == 1
    assert problems[0].path == "migration/mappings/bpiw.yml" and problems[0].line == 2
    assert "same but for case" in problems[0].message


def test_a_renamed_unit_takes_its_old_paths_and_files_with_it(project_root: Path) -> None:
    rename_sda(project_root)
    (plan, problems), registry = plan_of(project_root)
    assert problems == []
    assert [(m.old_prefix, m.new_prefix) for m in plan.moves] == [("/sda/", "/sumber-daya-air/")]
    rules = rules_by_url(plan)
    # targets follow the move: an old URL never redirects twice
    assert rules["https://sda.pu.go.id/berita/bendungan-sukamahi"].target == \
        "/sumber-daya-air/berita/2023/bendungan-sukamahi/"
    assert rules["https://sda.pu.go.id/"].target == "/sumber-daya-air/"
    assert rules["https://sda.pu.go.id/peta-bendungan"].target == "/sumber-daya-air/"  # editor mapping too
    assert plan.host("sda.pu.go.id").unit_id == "sumber-daya-air"  # files named sda.* still count
    urls = {k.url for k in known_urls(project_root, plan, registry)}
    assert "https://sda.pu.go.id/berita/detail.php?id=7&utm_source=wa" in urls  # as recorded


def rename_sda(root: Path) -> None:
    """What ADR 0601 asks of a rename: the id, former_ids, the folder, the front matter."""
    units = root / "units" / "sda.yml"
    text = units.read_text(encoding="utf-8").replace("id: sda\n", "id: sumber-daya-air\nformer_ids: [sda]\n", 1)
    units.write_text(text, encoding="utf-8")
    (root / "content" / "sda").rename(root / "content" / "sumber-daya-air")
    for page in (root / "content").rglob("*.md"):
        page.write_text(page.read_text(encoding="utf-8").replace("unit: sda\n", "unit: sumber-daya-air\n"),
                        encoding="utf-8")


def test_the_build_reads_only_the_new_site_hosts_files(project_root: Path) -> None:
    write_mappings(project_root, "binamarga", "https://binamarga.pu.go.id/berita/sukamahi: gone\n")  # a conflict
    project = load_project(copy_paths(project_root))
    plan, problems = build_plan(project_root, project.registry, SITE, only_site_host=True)
    assert problems == []  # the conflict is for `terpadu redirects` to report, not for every build
    assert [h.host for h in plan.hosts] == ["pu.go.id"]
    assert sorted(r.old_url for r in plan.hosts[0].rules) == ["https://pu.go.id/berita/sukamahi-rilis",
                                                              "https://pu.go.id/tentang"]


def test_unit_url_rules_are_checked_with_their_lines(project_root: Path) -> None:
    from terpadu.registry import load_registry

    units = project_root / "units" / "bpiw.yml"
    units.write_text(units.read_text(encoding="utf-8").replace(
        "urls:\n", "urls:\n  significant_params: [utm_id, page-id]\n", 1), encoding="utf-8")
    text = units.read_text(encoding="utf-8")
    text = text.replace("    - pattern: ^/cari$", "    - pattern: cari(", 1)
    units.write_text(text, encoding="utf-8")
    _, problems = load_registry(project_root / "units", project_root)
    messages = sorted(str(p) for p in problems)
    assert len(messages) == 3
    assert any("significant_params.0: 'utm_id' is a tracking parameter" in m for m in messages)
    assert any("significant_params.1: 'page-id': only letters, digits and '_'" in m for m in messages)
    assert any("fallbacks.0.pattern: 'cari(' is not a regular expression" in m for m in messages)
    assert all(m.startswith("units/bpiw.yml:") and not m.startswith("units/bpiw.yml:0:") for m in messages)
