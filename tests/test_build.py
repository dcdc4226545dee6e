"""``terpadu build --jobs N``: N rendering processes give the same site as one, fail as one
does, and leave no process behind. Real builds in their own process, as a user runs them."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from terpadu.build import MAX_JOBS, default_jobs
from terpadu.testing.synthetic import make_project
from tests.conftest import REPO, SAMPLE_CONTENT, copy_project
from tests.test_build_reproducible import _differences

SOURCE_DATE_EPOCH = "1767139200"


def start_build(project: Path, *args: str) -> subprocess.Popen:
    """``terpadu build`` in a process group of its own, as a terminal would start it."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    env.pop("TERPADU_JOBS", None)
    return subprocess.Popen(
        [sys.executable, "-m", "terpadu", "build", *args], cwd=project, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        # A terminal starts it with Ctrl-C's default action; a test run in the background of
        # a non-interactive shell would pass on "ignore SIGINT", which Python then respects.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def build(project: Path, *args: str) -> subprocess.CompletedProcess:
    process = start_build(project, *args)
    stdout, stderr = process.communicate(timeout=300)
    assert_no_process_left(process)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def assert_no_process_left(process: subprocess.Popen) -> None:
    """Every process of the build's group (rendering processes, Pagefind) has ended."""
    deadline = time.monotonic() + 5
    while True:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return
        assert time.monotonic() < deadline, "a process of the build outlived it"
        time.sleep(0.1)


def wait_until_rendering(process: subprocess.Popen, site: Path) -> None:
    """Until the first article is written: the rendering processes are at work."""
    deadline = time.monotonic() + 120
    while not any(site.glob("*/berita/*/*/index.html")):
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.05)


def wait_for_rendering_processes(process: subprocess.Popen, count: int) -> None:
    """Until the build has forked ``count`` rendering processes."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 120
    while len(children.read_text().split()) < count:
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.01)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's project plus 200 synthetic articles."""
    return make_project(tmp_path_factory.mktemp("parallel") / "project", 200, REPO, seed=3)


def test_parallel_build_of_the_repository_is_byte_identical_to_a_serial_one(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    shutil.copytree(SAMPLE_CONTENT, project / "content", dirs_exist_ok=True)
    serial = build(project, "--jobs", "1", "--site-dir", str(tmp_path / "serial"))
    assert serial.returncode == 0, serial.stderr
    parallel = build(project, "--jobs", "2", "--site-dir", str(tmp_path / "parallel"))
    assert parallel.returncode == 0, parallel.stderr
    assert _differences(tmp_path / "serial", tmp_path / "parallel") == []
    assert parallel.stderr.count("Documentation built in") == 1  # said once, by shard 0


def test_parallel_build_of_an_archive_is_byte_identical_to_a_serial_one(synthetic: Path, tmp_path: Path):
    serial = build(synthetic, "--jobs", "1", "--site-dir", str(tmp_path / "serial"))
    assert serial.returncode == 0, serial.stderr
    # three shards on any machine: uneven shares, and more processes than this box has cores
    parallel = build(synthetic, "--jobs", "3", "--site-dir", str(tmp_path / "parallel"))
    assert parallel.returncode == 0, parallel.stderr
    files = [p for p in (tmp_path / "parallel").rglob("*") if p.is_file()]
    assert sum(p.name == "index.html" for p in files) > 200
    assert {"sitemap.xml", "sitemap.xml.gz", "404.html", "feed.xml"} <= {p.name for p in files}
    assert _differences(tmp_path / "serial", tmp_path / "parallel") == []


@pytest.mark.parametrize("broken", [0, 1])
def test_a_warning_in_any_shard_fails_the_build_with_its_message(tmp_path: Path, broken: int):
    """Two articles side by side in MkDocs' order of files go to different shards;
    breaking either one fails the build, once, with MkDocs' message and exit code 1."""
    project = copy_project(tmp_path / "project")
    folder = project / "content" / "sda" / "berita" / "2025"
    folder.mkdir(parents=True)
    for n, name in enumerate(("a.md", "b.md")):
        link = "[rusak](tidak-ada.md)" if n == broken else "Isi berita."
        (folder / name).write_text(
            f"---\ntitle: Berita {name}\ntype: berita\ndate: 2025-01-0{n + 1}\nunit: sda\n"
            f"summary: Ringkasan.\n---\n{link}\n", encoding="utf-8")
    result = build(project, "--jobs", "2")
    assert result.returncode == 1
    page = f"sda/berita/2025/{'ab'[broken]}.md"
    assert result.stderr.count(f"Doc file '{page}' contains a link 'tidak-ada.md'") == 1, result.stderr
    assert "Build failed: MkDocs stopped: Aborted with 1 warnings in strict mode!" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_warning_in_a_nav_page_is_reported_once(tmp_path: Path):
    """Every shard reads the nav pages; only the page's own shard reports (and counts) it."""
    project = copy_project(tmp_path / "project")
    (project / "content" / "tentang" / "index.md").write_text(
        "---\ntitle: Tentang\n---\n[rusak](tidak-ada.md)\n", encoding="utf-8")
    result = build(project, "--jobs", "3")
    assert result.returncode == 1
    assert result.stderr.count("Doc file 'tentang/index.md' contains a link 'tidak-ada.md'") == 1, result.stderr
    assert "Aborted with 1 warnings in strict mode!" in result.stderr


@pytest.mark.parametrize("stop", ["ctrl-c", "sigterm"])
def test_a_stopped_build_stops_every_rendering_process(synthetic: Path, tmp_path: Path, stop: str):
    site = tmp_path / "site"
    process = start_build(synthetic, "--jobs", "2", "--site-dir", str(site))
    wait_for_rendering_processes(process, 2)  # as early as can be: a small site renders in a second
    if stop == "ctrl-c":
        os.killpg(process.pid, signal.SIGINT)  # a terminal sends it to the whole group
    else:
        process.terminate()  # SIGTERM to the build alone, as a cancelled CI job may get
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 1, stderr
    assert not (site / "pagefind").exists()  # stopped before the search step
    assert "Traceback" not in stderr
    assert_no_process_left(process)


def test_a_killed_rendering_process_fails_the_build_and_stops_the_others(synthetic: Path, tmp_path: Path):
    site = tmp_path / "site"
    process = start_build(synthetic, "--jobs", "2", "--site-dir", str(site))
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    wait_until_rendering(process, site)
    os.kill(int(children.read_text().split()[-1]), signal.SIGKILL)  # as the kernel does out of memory
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "Build failed: a rendering process was killed (signal 9)" in stderr, stderr
    assert "Traceback" not in stderr
    assert_no_process_left(process)


def test_default_jobs_is_one_per_usable_core_within_the_cap():
    assert 1 <= default_jobs() <= min(MAX_JOBS, os.cpu_count() or 1)
