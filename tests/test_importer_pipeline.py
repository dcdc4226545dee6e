"""run_import end to end on the fixture site: files, URL map, re-sync, conflicts, kill/resume.

These use the small ``plain_stages`` (tests/importer_support.py) so they test the importer's
own behaviour; the real extract/convert stages are tested over the 12 sites elsewhere.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.importer_support import FIXTURES, FIXTURE_SITES, copy_project, plain_stages
from terpadu.fetch.plan import loopback_host_map
from terpadu.importer import ImportOptions, run_import
from terpadu.mirror import MirrorServer
from terpadu.project import Paths, validate
from terpadu.registry import load_registry

NEWS = "content/contoh/berita"


@pytest.fixture(scope="module")
def server():
    with MirrorServer(sites_dir=FIXTURE_SITES, slow_delay=2.0) as srv:
        yield srv


def _import(root: Path, server) -> object:
    paths = Paths.at(root)
    registry, problems = load_registry(paths.units_dir, root)
    assert not problems
    server.reset_faults()
    options = ImportOptions(host_map=loopback_host_map(registry, server.port), timeout=1.0,
                            retries=2, backoff=0.1, cache=False)
    return run_import(paths, registry, ["contoh"], options, stages=plain_stages())


def _snapshot(root: Path) -> dict[str, bytes]:
    """content/ and the URL map (migration/reports/ is the log of one run, it says what it did)."""
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for folder in ("content", "migration/urlmap") for p in sorted((root / folder).rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def first(tmp_path_factory, server):
    root = copy_project(tmp_path_factory.mktemp("project"), (FIXTURES / "contoh.yml",))
    report = _import(root, server)
    return root, report, _snapshot(root)


def test_news_pages_are_written_by_year_with_front_matter(first):
    root, report, _ = first
    text = (root / NEWS / "2023/kabar-satu.md").read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Bendungan Contoh Mulai Diisi Air\ntype: berita\ndate: 2023-03-28\nunit: contoh\n")
    assert "source_url: https://contoh.pu.go.id/berita/kabar-satu\n" in text
    assert "import_hash: sha256:" in text
    assert (root / NEWS / "2022/kabar-lima.md").is_file()
    assert report.units["contoh"].created == 6  # five news pages and the one that recovered


def test_the_site_still_validates_with_imported_pages(first):
    root, *_ = first
    _, problems = validate(Paths.at(root))
    assert problems == []


def test_links_between_imported_pages_become_relative_paths(first):
    root, *_ = first
    text = (root / NEWS / "2023/kabar-satu.md").read_text(encoding="utf-8")
    assert "[kabar berikutnya](kabar-dua.md)" in text
    assert "[LAPOR](https://www.lapor.go.id)" in text


def test_assets_are_stored_once_under_content_hash_names(first):
    root, *_ = first
    files = sorted((root / "content/contoh/_berkas").iterdir())
    pngs = [f for f in files if f.suffix == ".png"]
    assert len(pngs) == 1 and len(pngs[0].stem) == 20
    text = (root / NEWS / "2023/kabar-dua.md").read_text(encoding="utf-8")
    assert f"image: ../../_berkas/{pngs[0].name}\n" in text
    assert "attachments:\n- title: Laporan pembangunan irigasi\n  file: ../../_berkas/" in text


def test_url_map_lists_every_fetched_old_url_sorted(first):
    root, *_ = first
    lines = (root / "migration/urlmap/contoh.jsonl").read_text(encoding="utf-8").splitlines()
    rows = {r["old_url"]: r for r in map(json.loads, lines)}
    assert list(rows) == sorted(rows)
    base = "https://contoh.pu.go.id"
    assert rows[f"{base}/berita/kabar-satu"] == {
        "old_url": f"{base}/berita/kabar-satu", "status": 200, "outcome": "imported",
        "new_path": "/contoh/berita/2023/kabar-satu/", "type": "berita", "reason": None}
    assert rows[f"{base}/berita/pindah"]["new_path"] == "/contoh/berita/2023/kabar-tiga/"
    assert rows[f"{base}/berita/brosur"]["reason"] == "not html"
    assert rows[f"{base}/rahasia/notulen"]["outcome"] == "excluded"
    assert rows[f"{base}/berita/putus"] | {"old_url": None} == {
        "old_url": None, "status": None, "outcome": "failed", "new_path": None, "type": "berita",
        "reason": "connection reset"}
    assert rows[f"{base}/berita/"]["reason"] == "not a content page"
    assert rows[f"{base}/uploads/laporan.pdf"]["new_path"].startswith("/contoh/_berkas/")


def test_report_names_each_failure_and_skip(first):
    root, report, _ = first
    unit = report.units["contoh"]
    reasons = dict((url.rsplit("/", 1)[1], reason) for url, reason in unit.failed)
    assert reasons == {"lambat": "timeout", "putus": "connection reset", "terpotong": "truncated body",
                       "raksasa": "too large", "lingkar-a": "redirect loop", "rusak": "http 500",
                       "hilang": "http 404"}
    assert unit.skipped["not html"] == 1 and unit.skipped["robots"] == 1
    saved = json.loads((root / "migration/reports/import.json").read_text(encoding="utf-8"))
    assert saved["units"][0]["created"] == 6


def test_a_second_run_changes_no_file(first, server):
    root, _, before = first
    report = _import(root, server)
    assert _snapshot(root) == before
    assert report.units["contoh"].unchanged == 6 and report.files_changed == 0


@pytest.fixture(scope="module")
def resynced(tmp_path_factory, server):
    """Three imports of one project: editors edit one page and delete another between the
    first and the second; upstream then changes the edited page and an untouched one."""
    root = copy_project(tmp_path_factory.mktemp("resync"), (FIXTURES / "contoh.yml",))
    _import(root, server)
    edited = root / NEWS / "2023/kabar-satu.md"
    mine = edited.read_text(encoding="utf-8").replace("debit terkendali", "debit yang sangat terkendali")
    edited.write_text(mine, encoding="utf-8")
    (root / NEWS / "2022/kabar-lima.md").unlink()
    second = _import(root, server)
    pages = [FIXTURE_SITES / "contoh.pu.go.id/berita/kabar-satu.html",
             FIXTURE_SITES / "contoh.pu.go.id/berita/kabar-empat.html"]
    originals = [p.read_text(encoding="utf-8") for p in pages]
    try:
        pages[0].write_text(originals[0].replace("pagi hari", "siang hari"), encoding="utf-8")
        pages[1].write_text(originals[1].replace("tiga puluh", "empat puluh"), encoding="utf-8")
        third = _import(root, server)
    finally:
        for page, original in zip(pages, originals):
            page.write_text(original, encoding="utf-8")
    return root, mine, second, third


def test_an_edit_is_kept_when_nothing_changed_upstream(resynced):
    root, mine, second, _ = resynced
    assert second.units["contoh"].edited == 1 and not second.conflicts
    assert (root / NEWS / "2023/kabar-satu.md").read_text(encoding="utf-8") == mine


def test_an_edited_file_survives_an_upstream_change_as_a_conflict(resynced):
    root, mine, _, third = resynced
    assert (root / NEWS / "2023/kabar-satu.md").read_text(encoding="utf-8") == mine
    assert third.conflicts == ["content/contoh/berita/2023/kabar-satu.md"]
    upstream = root / "migration/conflicts/content/contoh/berita/2023/kabar-satu.md"
    assert "siang hari" in upstream.read_text(encoding="utf-8")


def test_an_untouched_file_follows_upstream(resynced):
    root, _, _, third = resynced
    assert "empat puluh" in (root / NEWS / "2022/kabar-empat.md").read_text(encoding="utf-8")
    assert third.units["contoh"].updated == 1


def test_a_file_deleted_by_an_editor_is_not_brought_back(resynced):
    root, _, second, third = resynced
    assert not (root / NEWS / "2022/kabar-lima.md").exists()
    assert second.units["contoh"].deleted == 1 and third.units["contoh"].deleted == 1


KILL_SCRIPT = """
import sys, time
sys.path.insert(0, {repo!r})
from pathlib import Path
from tests.importer_support import plain_stages
from terpadu.importer import ImportOptions, run_import, pipeline
from terpadu.project import Paths
from terpadu.registry import load_registry
import terpadu.importer.sync as sync

real = sync.write_atomic
def slow_write(path, data):  # widen the window so the kill lands mid-write
    time.sleep(0.2)
    return real(path, data)
sync.write_atomic = slow_write
paths = Paths.at(Path({root!r}))
registry, _ = load_registry(paths.units_dir, paths.root)
options = ImportOptions(host_map={{"contoh.pu.go.id": "127.0.0.1:{port}"}}, timeout=1.0, retries=2,
                        backoff=0.1, cache=False)
print("started", flush=True)
run_import(paths, registry, ["contoh"], options, stages=plain_stages())
"""


def test_a_killed_run_resumes_to_the_same_content(tmp_path, server, first):
    _, _, complete = first
    root = copy_project(tmp_path, (FIXTURES / "contoh.yml",))
    script = KILL_SCRIPT.format(repo=str(Path(__file__).parents[1]), root=str(root), port=server.port)
    server.reset_faults()
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((root / NEWS).rglob("*.md")):
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    written = list((root / NEWS).rglob("*.md"))
    assert 0 < len(written) < 6, "the kill must land part-way through the writes"
    assert not (root / "migration/urlmap/contoh.jsonl").exists()
    _import(root, server)
    assert _snapshot(root) == complete
