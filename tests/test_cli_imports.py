"""`terpadu import` and `terpadu mirror serve` as a user runs them (real processes)."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.importer_support import copy_project

ROOT = Path(__file__).resolve().parents[1]


def run(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "terpadu", *args], cwd=project, capture_output=True,
                          text=True, timeout=120)


def test_unknown_units_are_reported_as_problems_without_a_traceback(tmp_path):
    project = copy_project(tmp_path)
    result = run(project, "import", "sdaa", "binamarga-lama")
    assert result.returncode == 1
    assert "units:0: unknown unit 'sdaa'" in result.stderr
    assert "binamarga-lama" in result.stderr and "Traceback" not in result.stderr


def test_wrong_duplicate_settings_stop_the_import_before_the_crawl(tmp_path):
    project = copy_project(tmp_path)
    (project / "migration").mkdir()
    (project / "migration/settings.yml").write_text("duplicates:\n  treshold: 0.5\n", encoding="utf-8")
    result = run(project, "import", "sda")
    assert result.returncode == 1
    assert "migration/settings.yml:2: unknown field 'duplicates.treshold'" in result.stderr
    assert "Traceback" not in result.stderr


def test_mirror_serve_answers_on_loopback_with_the_old_host():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "terpadu", "mirror", "serve", "--port", str(port)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert f"http://127.0.0.1:{port}" in server.stdout.readline()
        request = urllib.request.Request(f"http://127.0.0.1:{port}/", headers={"Host": "sda.pu.go.id"})
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
            assert response.status == 200 and b"Sumber Daya Air" in response.read()
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_commands_are_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`terpadu import [UNIT...] [--mirror]`" in readme and "`terpadu mirror serve`" in readme
