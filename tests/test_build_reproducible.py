"""Two builds of the same commit give byte-identical sites, so a sync uploads only changes.

Each build runs in its own process (as two CI runs would), with a different hash seed (set
and dict order) and a second apart (timestamps), from a git commit of the project plus
sample articles, so listings, feeds, sitemaps and the search index are all compared."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from conftest import SAMPLE_CONTENT, copy_project


def _commit(project: Path) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": "2025-10-06T09:00:00+07:00",
           "GIT_COMMITTER_DATE": "2025-10-06T09:00:00+07:00"}
    for args in (["init", "-q"], ["add", "-A"],
                 ["-c", "user.name=Editor", "-c", "user.email=editor@example.invalid",
                  "commit", "-q", "-m", "content"]):
        subprocess.run(["git", "-C", str(project), *args], check=True, env=env, capture_output=True)


def _build(project: Path, site: Path, hash_seed: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["PYTHONHASHSEED"] = hash_seed
    result = subprocess.run(
        [str(Path(sys.executable).parent / "terpadu"), "build", "--root", str(project), "--site-dir", str(site)],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr


def _differences(left: Path, right: Path) -> list[str]:
    left_files = sorted(p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file())
    right_files = sorted(p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file())
    assert left_files == right_files, set(left_files) ^ set(right_files)
    return [rel for rel in left_files if not filecmp.cmp(left / rel, right / rel, shallow=False)]


def test_two_builds_of_one_commit_are_byte_identical(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    shutil.copytree(SAMPLE_CONTENT, project / "content", dirs_exist_ok=True)
    _commit(project)
    _build(project, tmp_path / "first", "1")
    time.sleep(1.1)
    _build(project, tmp_path / "second", "2")
    files = [p for p in (tmp_path / "first").rglob("*") if p.is_file()]
    assert len(files) > 50 and any(p.suffix == ".gz" for p in files)
    assert any("pagefind" in p.parts for p in files), "the search index was not built"
    assert _differences(tmp_path / "first", tmp_path / "second") == []
