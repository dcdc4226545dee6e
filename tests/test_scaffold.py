"""`terpadu new`: every kind's template passes `check` and builds once its placeholders are filled."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from terpadu.build import run_build
from terpadu.cli import main
from terpadu.editing.scaffold import PLACEHOLDER, SCAFFOLDS, Scaffold, plan, slugify
from terpadu.project import Paths
from terpadu.registry import load_registry


def _run(project: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--root", str(project)], catch_exceptions=False)


@pytest.mark.parametrize("kind", sorted(SCAFFOLDS))
def test_new_page_fails_check_until_filled_then_builds(project: Path, kind: str, tmp_path: Path) -> None:
    result = _run(project, "new", kind, "--unit", "binamarga", "--title", "Jembatan Callender Hamilton dibuka",
                  "--date", "2025-02-03")
    assert result.exit_code == 0, result.output
    path = project / "content" / "binamarga" / kind / "2025" / "jembatan-callender-hamilton-dibuka.md"
    text = path.read_text(encoding="utf-8")
    holes = PLACEHOLDER.findall(text)
    assert holes, "a template without placeholders gives the editor nothing to fill"

    unfilled = _run(project, "check")
    assert unfilled.exit_code == 1
    rel = f"content/binamarga/{kind}/2025/jembatan-callender-hamilton-dibuka.md"
    reported = [line for line in unfilled.output.splitlines() if line.startswith(rel + ":")]
    assert len(reported) == len(holes)
    assert all("placeholder not filled in yet: [ISI:" in line for line in reported)

    path.write_text(PLACEHOLDER.sub("Teks yang ditulis editor", text), encoding="utf-8")
    filled = _run(project, "check")
    assert filled.exit_code == 0, filled.output
    site = run_build(Paths.at(project), tmp_path / "site").site_dir
    page = site / "binamarga" / kind / "2025" / "jembatan-callender-hamilton-dibuka" / "index.html"
    assert "Jembatan Callender Hamilton dibuka" in page.read_text(encoding="utf-8")


def test_new_never_replaces_an_existing_file(project: Path) -> None:
    args = ("new", "berita", "-u", "sda", "-t", "Banjir surut", "-d", "2025-01-05")
    assert _run(project, *args).exit_code == 0
    path = project / "content/sda/berita/2025/banjir-surut.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nTulisan editor.\n", encoding="utf-8")
    again = _run(project, *args)
    assert again.exit_code == 1
    assert "content/sda/berita/2025/banjir-surut.md already exists" in again.output
    assert path.read_text(encoding="utf-8").endswith("Tulisan editor.\n")


def test_new_rejects_an_unknown_unit_with_the_known_ones(project: Path) -> None:
    result = _run(project, "new", "pengumuman", "-u", "sdaa", "-t", "Lelang")
    assert result.exit_code == 1
    assert "unknown unit 'sdaa' (known units: setjen, itjen, sda," in result.output
    assert not (project / "content" / "sdaa").exists()


def test_new_without_unit_says_what_is_missing(project: Path) -> None:
    result = _run(project, "new", "berita", "-t", "Tanpa unit")
    assert result.exit_code == 1
    assert "'berita' pages belong to a unit: give --unit" in result.output


def test_slug_is_ascii_and_cut_at_a_word() -> None:
    assert slugify("Bendungan Sukamahi Siap!") == "bendungan-sukamahi-siap"
    assert slugify("Pembangunan Jalan Trans-Papua Segmen Wamena–Habema Tahap II Rampung Lebih Cepat") == (
        "pembangunan-jalan-trans-papua-segmen-wamena-habema-tahap-ii"
    )
    assert slugify("Café «über»") == "cafe-uber"
    assert slugify("!!!") == "halaman-baru"


def test_a_stage_registers_its_own_kind_as_data(tmp_path: Path) -> None:
    registry, _ = load_registry(Path(__file__).resolve().parent.parent / "units")
    scaffold = Scaffold("berita", "berita.md.j2", "{unit}/kabar/{year}", "example")
    page = plan(scaffold, "Judul", dt.date(2024, 12, 31), registry.get("bpjt"))
    assert page.src_uri == "bpjt/kabar/2024/judul.md"
    assert "date: 2024-12-31" in page.text and "unit: bpjt" in page.text
