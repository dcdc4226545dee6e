"""`terpadu redirects` and `terpadu redirects verify`, as the web team runs them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from tests.redirects_project import copy_project, small_import, write_mappings
from tests.test_redirects_plan import rename_sda

from terpadu.cli import main


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_write_then_verify(tmp_path: Path) -> None:
    copy_project(tmp_path)
    small_import(tmp_path)
    root = str(tmp_path)
    assert invoke("build", "--root", root).exit_code == 0
    result = invoke("redirects", "--root", root, "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "Wrote 19 rules (17 redirected, 2 gone) for 12 old hosts" in result.output
    for name in ("nginx/terpadu-redirects.conf", "nginx/pages/sda.pu.go.id/gone.html", "_redirects",
                 ".htaccess", "report.json"):
        assert (tmp_path / "out" / name).is_file(), name
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["unmapped"] == []

    result = invoke("redirects", "verify", "--root", root)
    assert result.exit_code == 0, result.output
    assert "21 old URLs checked on 12 hosts: 18 redirected, 2 gone, 1 served by the new site, " \
           "0 broken, 0 unmapped." in result.output


def test_problems_are_reported_as_path_line_message(tmp_path: Path) -> None:
    copy_project(tmp_path)
    small_import(tmp_path)
    write_mappings(tmp_path, "binamarga", "https://binamarga.pu.go.id/berita/sukamahi: gone\n")
    result = CliRunner().invoke(main, ["redirects", "--root", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.splitlines()[0].endswith(
        "migration/mappings/binamarga.yml:1: conflict: https://binamarga.pu.go.id/berita/sukamahi is gone "
        "here, but goes to /sda/berita/2023/bendungan-sukamahi/ by migration/urlmap/binamarga.jsonl:1")
    assert "Traceback" not in result.output


def test_verify_fails_on_an_unmapped_url_and_names_it(tmp_path: Path) -> None:
    copy_project(tmp_path)
    small_import(tmp_path)
    write_mappings(tmp_path, "bpiw", "")
    (tmp_path / "migration" / "urlmap" / "bpiw.jsonl").write_text(
        '{"old_url": "https://bpiw.pu.go.id/peta.pdf", "outcome": "skipped", "reason": "not html", "status": 200}\n')
    root = str(tmp_path)
    assert invoke("build", "--root", root).exit_code == 0
    written = invoke("redirects", "--root", root)
    assert "migration/urlmap/bpiw.jsonl:1: unmapped: https://bpiw.pu.go.id/peta.pdf (skipped (not html))" \
        in written.output
    result = CliRunner().invoke(main, ["redirects", "verify", "--root", root])
    assert result.exit_code == 1
    assert "migration/urlmap/bpiw.jsonl:1: unmapped: https://bpiw.pu.go.id/peta.pdf" in result.output
    assert ", 0 broken, 1 unmapped." in result.output


def test_verify_needs_a_built_site(tmp_path: Path) -> None:
    copy_project(tmp_path)
    result = CliRunner().invoke(main, ["redirects", "verify", "--root", str(tmp_path)])
    assert result.exit_code == 1 and "run `terpadu build` first" in result.output


def test_renaming_a_unit_redirects_its_old_paths(tmp_path: Path) -> None:
    copy_project(tmp_path)
    small_import(tmp_path)
    rename_sda(tmp_path)
    root = str(tmp_path)
    assert invoke("build", "--root", root).exit_code == 0
    site = tmp_path / "site"
    # static hosting: an HTML redirect page at every old path of the unit
    page = (site / "sda" / "berita" / "2023" / "bendungan-sukamahi" / "index.html").read_text()
    assert 'content="0; url=https://pu.go.id/sumber-daya-air/berita/2023/bendungan-sukamahi/"' in page
    assert 'url=https://pu.go.id/sumber-daya-air/"' in (site / "sda" / "index.html").read_text()
    assert (site / "sumber-daya-air" / "berita" / "2023" / "bendungan-sukamahi" / "index.html").is_file()
    # nginx: 301 from each old path of the new site, checked by verify like every old URL
    result = invoke("redirects", "verify", "--root", root)
    assert result.exit_code == 0, result.output
    assert "sumber-daya-air  " in result.output
    # 21 as before, plus the renamed unit's pages under /sda/ on the new site
    moved = sum(1 for _ in (site / "sumber-daya-air").rglob("index.html"))
    assert f"{21 + moved} old URLs checked on 12 hosts" in result.output
    assert ", 0 broken, 0 unmapped." in result.output
    out = invoke("redirects", "--root", root, "--out", str(tmp_path / "out"))
    assert out.exit_code == 0
    assert "/sda/* /sumber-daya-air/:splat 301" in (tmp_path / "out" / "_redirects").read_text()
