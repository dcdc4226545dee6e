"""The scan cache: an unchanged file is not parsed again; any change is seen."""

from __future__ import annotations

import os
from pathlib import Path

from terpadu.content import scancache
from terpadu.project import Paths, validate
from tests.conftest import copy_project

ARTICLE = """---
title: Bendungan baru
type: berita
date: 2024-05-01
unit: sda
---

Isi berita.
"""


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_unchanged_file_comes_from_the_cache_changed_file_is_read_again(tmp_path: Path):
    root = copy_project(tmp_path / "p")
    article = root / "content" / "sda" / "berita" / "2024" / "bendungan.md"
    write(article, ARTICLE)
    project, problems = validate(Paths.at(root))
    assert not problems and project.content.get("sda/berita/2024/bendungan.md").meta.title == "Bendungan baru"
    assert (root / scancache.CACHE_DIR / scancache.SCAN_FILE).is_file()

    # Same size and mtime: the cache answers (this is what makes it fast, and why the
    # key includes both).
    stat = article.stat()
    write(article, ARTICLE.replace("Bendungan baru", "Bendungan lama"))
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    scancache._MEMORY.clear()
    project, _ = validate(Paths.at(root))
    assert project.content.get("sda/berita/2024/bendungan.md").meta.title == "Bendungan baru"

    write(article, ARTICLE.replace("Bendungan baru", "Bendungan yang diperbarui"))
    project, _ = validate(Paths.at(root))
    assert project.content.get("sda/berita/2024/bendungan.md").meta.title == "Bendungan yang diperbarui"


def test_cached_problems_are_reported_again_and_a_registry_change_revalidates(tmp_path: Path):
    root = copy_project(tmp_path / "p")
    article = root / "content" / "sda" / "berita" / "2024" / "bendungan.md"
    write(article, ARTICLE.replace("unit: sda", "unit: sdaa"))
    for _ in range(2):
        _, problems = validate(Paths.at(root))
        assert [p.line for p in problems if "unknown unit 'sdaa'" in p.message] == [5]
    # A new unit 'sdaa' in the registry makes the same, unchanged file valid.
    unit = (root / "units" / "sda.yml").read_text(encoding="utf-8")
    write(root / "units" / "sdaa.yml", unit.replace("id: sda", "id: sdaa").replace("sda.pu.go.id", "sdaa.pu.go.id")
          .replace("order: 3", "order: 99"))
    _, problems = validate(Paths.at(root))
    assert not [p for p in problems if "sdaa" in p.message], problems


def test_deleted_file_leaves_the_index_and_a_broken_cache_is_ignored(tmp_path: Path):
    root = copy_project(tmp_path / "p")
    article = root / "content" / "sda" / "berita" / "2024" / "bendungan.md"
    write(article, ARTICLE)
    validate(Paths.at(root))
    article.unlink()
    project, _ = validate(Paths.at(root))
    assert project.content.get("sda/berita/2024/bendungan.md") is None
    scancache._MEMORY.clear()
    (root / scancache.CACHE_DIR / scancache.SCAN_FILE).write_bytes(b"not a pickle")
    project, problems = validate(Paths.at(root))
    assert not problems and project.content.get("tentang/index.md") is not None
