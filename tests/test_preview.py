"""Preview of part of the archive: the scope rule, and a real ``terpadu serve``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from terpadu.content.index import url_of
from terpadu.site.preview import ENV_VAR, PreviewScope
from terpadu.testing.synthetic import make_project
from tests.conftest import REPO


def test_scope_keeps_other_pages_and_only_matching_archive_items():
    scope = PreviewScope(units=("sda",), since=2024)
    assert scope.keeps("tentang/index.md") and scope.keeps("layanan/izin.md")
    assert scope.keeps("sda/berita/2024/a.md") and scope.keeps("sda/pengumuman/2025/b.md")
    assert not scope.keeps("sda/berita/2023/a.md")
    assert not scope.keeps("binamarga/berita/2025/a.md")
    folder = PreviewScope(folders=("binamarga/berita/2025/",))
    assert folder.keeps("binamarga/berita/2025/x.md") and not folder.keeps("binamarga/berita/2024/x.md")
    assert not PreviewScope().limited and PreviewScope(since=2020).limited


def test_scope_travels_through_the_environment(monkeypatch):
    scope = PreviewScope(units=("sda", "bpjt"), folders=("x/y",), since=2021)
    monkeypatch.setenv(ENV_VAR, scope.to_env())
    assert PreviewScope.from_env() == scope
    monkeypatch.setenv(ENV_VAR, "")
    assert PreviewScope.from_env() is None


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - 127.0.0.1 only
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""  # not listening yet


def test_serve_limited_to_a_unit_serves_its_pages_only_and_reloads_on_save(tmp_path: Path):
    root = make_project(tmp_path / "p", 60, REPO)
    content = root / "content"
    kept = sorted(content.glob("sda/berita/*/*.md"))[-1]
    other = sorted(content.glob("binamarga/berita/*/*.md"))[-1]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-c", "from terpadu.cli import main; main()", "serve", "--unit", "sda",
         "--dev-addr", f"127.0.0.1:{port}"],
        cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        kept_url = base + url_of(kept.relative_to(content).as_posix())
        deadline = time.monotonic() + 120
        while fetch(kept_url)[0] != 200:
            assert server.poll() is None, server.stderr.read()
            assert time.monotonic() < deadline, "preview did not start"
            time.sleep(0.2)
        assert fetch(base + url_of(other.relative_to(content).as_posix()))[0] == 404
        assert fetch(base + "berita/")[0] == 200 and fetch(base)[0] == 200

        time.sleep(1)
        kept.write_text(kept.read_text(encoding="utf-8") + "\nPenanda-simpan-uji.\n", encoding="utf-8")
        while "Penanda-simpan-uji." not in fetch(kept_url)[1]:
            assert time.monotonic() < deadline + 60, "the saved change never showed"
            time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_refuses_an_unknown_unit(tmp_path: Path):
    root = make_project(tmp_path / "p", 3, REPO)
    result = subprocess.run(
        [sys.executable, "-c", "from terpadu.cli import main; main()", "serve", "--unit", "sdaa"],
        cwd=root, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1 and "unknown unit 'sdaa'" in result.stderr and "Traceback" not in result.stderr
