"""A temporary copy of the project with a small import's worth of migration files,
shared by the redirect tests (plain functions, so no conftest.py is needed)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from terpadu.build import run_build
from terpadu.project import Paths

REPO = Path(__file__).resolve().parents[1]

ARTICLE = """---
title: {title}
type: berita
date: {date}
unit: {unit}
---
{body}
"""


def copy_project(target: Path) -> Paths:
    for name in ("mkdocs.yml", "units", "content", "overrides"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy2(source, target / name)
    return Paths.at(target)


def write_article(root: Path, unit: str, slug: str, title: str, date: str = "2023-03-01",
                  folder: str | None = None) -> str:
    """A news page in content/<folder or unit>/berita/<year>/<slug>.md; returns its URL path."""
    year = date[:4]
    path = root / "content" / (folder or unit) / "berita" / year / f"{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(title=title, date=date, unit=unit, body="Isi berita."), encoding="utf-8")
    return f"/{folder or unit}/berita/{year}/{slug}/"


def write_urlmap(root: Path, unit: str, rows: list[dict]) -> None:
    path = root / "migration" / "urlmap" / f"{unit}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    full = [{"status": 200, "type": None, "reason": None, "new_path": None, **row} for row in rows]
    path.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in sorted(full, key=lambda r: r["old_url"])),
                    encoding="utf-8")


def write_mappings(root: Path, unit: str, text: str) -> None:
    path = root / "migration" / "mappings" / f"{unit}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def small_import(root: Path) -> None:
    """What an import of two sites might leave: pages, a duplicate, failures, exclusions."""
    bendungan = write_article(root, "sda", "bendungan-sukamahi", "Bendungan Sukamahi")
    jalan = write_article(root, "binamarga", "jalan-tol", "Jalan tol baru", date="2022-07-01")
    write_urlmap(root, "sda", [
        {"old_url": "https://sda.pu.go.id/berita/bendungan-sukamahi", "outcome": "imported",
         "new_path": bendungan, "type": "berita"},
        {"old_url": "https://sda.pu.go.id/berita/detail.php?id=7&utm_source=wa", "outcome": "imported",
         "new_path": jalan, "type": "berita"},
        {"old_url": "https://sda.pu.go.id/berita/rusak", "status": 404, "outcome": "failed",
         "reason": "http 404"},
        {"old_url": "https://sda.pu.go.id/agenda?bulan=2023-05", "outcome": "excluded", "reason": "trap"},
        {"old_url": "https://sda.pu.go.id/peta-bendungan", "outcome": "skipped", "reason": "not html"},
    ])
    write_urlmap(root, "binamarga", [
        {"old_url": "https://binamarga.pu.go.id/index.php/berita/jalan-tol", "outcome": "imported",
         "new_path": jalan, "type": "berita"},
        {"old_url": "https://binamarga.pu.go.id/berita/sukamahi", "outcome": "duplicate",
         "new_path": bendungan, "type": "berita"},
    ])
    write_urlmap(root, "setjen", [
        {"old_url": "https://pu.go.id/berita/sukamahi-rilis", "outcome": "duplicate",
         "new_path": bendungan, "type": "berita"},
        {"old_url": "https://pu.go.id/tentang", "outcome": "imported", "new_path": "/tentang/",
         "type": "profil"},
    ])
    write_mappings(root, "sda", "# Pages the import did not bring over\n"
                               "https://sda.pu.go.id/peta-bendungan: /sda/\n"
                               "http://www.sda.pu.go.id/arsip/2009/: gone\n")
    units = root / "units" / "sda.yml"  # its fallbacks (e.g. ^/agenda$) stay as they are
    text = units.read_text(encoding="utf-8")
    assert "\nurls:\n" in text
    units.write_text(text.replace("\nurls:\n", "\nurls:\n  significant_params: [id]\n", 1), encoding="utf-8")


def build(paths: Paths) -> Path:
    return run_build(paths).site_dir
