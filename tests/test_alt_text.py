"""An article's main picture is shown (lazily, with its description) and may not lack one."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from terpadu.build import run_build
from terpadu.cli import main
from terpadu.project import Paths

ARTICLE = """---
title: Pintu air diperiksa
type: berita
date: 2025-10-06
unit: sda
image: pintu-air.svg
{alt}---

Petugas memeriksa pintu air.
"""
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="4" height="2"/></svg>'


def _write(project: Path, alt: str) -> Path:
    folder = project / "content" / "sda" / "berita" / "2025"
    folder.mkdir(parents=True)
    (folder / "pintu-air.svg").write_text(SVG, encoding="utf-8")
    page = folder / "pintu-air-diperiksa.md"
    page.write_text(ARTICLE.format(alt=alt), encoding="utf-8")
    return page


def test_picture_without_description_is_reported_at_its_line(project: Path) -> None:
    _write(project, alt="")
    result = CliRunner().invoke(main, ["check", "--root", str(project)])
    assert result.exit_code == 1
    assert ("content/sda/berita/2025/pintu-air-diperiksa.md:6: image: add 'image_alt', "
            "a sentence saying what the picture shows") in result.output


def test_picture_is_shown_lazily_with_its_description(project: Path, tmp_path: Path) -> None:
    _write(project, alt="image_alt: Pintu air baja di antara dua pilar\n")
    site = run_build(Paths.at(project), tmp_path / "site").site_dir
    html = (site / "sda/berita/2025/pintu-air-diperiksa/index.html").read_text(encoding="utf-8")
    assert '<img alt="Pintu air baja di antara dua pilar"' in html
    assert 'loading="lazy"' in html and 'src="../pintu-air.svg"' in html
