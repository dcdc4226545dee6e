"""`terpadu new` for articles: each template fails `check` until its [ISI: ...] placeholders
are filled in, then passes and builds (the service template is tested in test_scaffold_layanan)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from terpadu.build import run_build
from terpadu.cli import main
from terpadu.editing.placeholders import PLACEHOLDER
from terpadu.project import Paths
from terpadu.scaffold import SCAFFOLDS, slugify

ARTICLE_KINDS = ("berita", "pengumuman", "regulasi")


def _run(project: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--root", str(project)], catch_exceptions=False)


def test_every_article_kind_has_a_scaffold() -> None:
    assert set(ARTICLE_KINDS) <= set(SCAFFOLDS)


@pytest.mark.parametrize("kind", ARTICLE_KINDS)
def test_new_article_fails_check_until_filled_then_builds(project: Path, kind: str, tmp_path: Path) -> None:
    result = _run(project, "new", kind, "Jembatan Callender Hamilton dibuka", "--unit", "binamarga",
                  "--date", "2025-02-03")
    assert result.exit_code == 0, result.output
    rel = f"content/binamarga/{kind}/2025/jembatan-callender-hamilton-dibuka.md"
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    holes = PLACEHOLDER.findall(text)
    assert holes, "a template without placeholders gives the editor nothing to fill"

    unfilled = _run(project, "check")
    assert unfilled.exit_code == 1
    reported = [line for line in unfilled.output.splitlines() if line.startswith(rel + ":")]
    assert len(reported) == len(holes)
    assert all("placeholder not filled in yet: [ISI:" in line for line in reported)

    path.write_text(PLACEHOLDER.sub("Teks yang ditulis editor", text), encoding="utf-8")
    filled = _run(project, "check")
    assert filled.exit_code == 0, filled.output
    site = run_build(Paths.at(project), tmp_path / "site").site_dir
    page = site / "binamarga" / kind / "2025" / "jembatan-callender-hamilton-dibuka" / "index.html"
    assert "Jembatan Callender Hamilton dibuka" in page.read_text(encoding="utf-8")


def test_build_refuses_unfilled_placeholders(project: Path, tmp_path: Path) -> None:
    from terpadu.problems import ProblemsFound

    assert _run(project, "new", "berita", "Banjir surut", "--unit", "sda", "--date", "2025-01-05").exit_code == 0
    with pytest.raises(ProblemsFound) as failure:
        run_build(Paths.at(project), tmp_path / "site")
    assert any("placeholder not filled in yet" in p.message for p in failure.value.problems)


def test_new_never_replaces_an_existing_file(project: Path) -> None:
    args = ("new", "berita", "Banjir surut", "--unit", "sda", "--date", "2025-01-05")
    assert _run(project, *args).exit_code == 0
    path = project / "content/sda/berita/2025/banjir-surut.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nTulisan editor.\n", encoding="utf-8")
    again = _run(project, *args)
    assert again.exit_code == 1
    assert "content/sda/berita/2025/banjir-surut.md already exists" in again.output
    assert path.read_text(encoding="utf-8").endswith("Tulisan editor.\n")


def test_new_rejects_an_unknown_unit_with_the_known_ones(project: Path) -> None:
    result = _run(project, "new", "pengumuman", "Lelang", "--unit", "sdaa")
    assert result.exit_code == 1
    assert "unknown unit 'sdaa' (known units: setjen, itjen, sda," in result.output
    assert not (project / "content" / "sdaa").exists()


def test_slug_is_ascii_and_keeps_words_apart() -> None:
    assert slugify("Bendungan Sukamahi Siap!") == "bendungan-sukamahi-siap"
    assert slugify("Jalan Wamena–Habema rampung") == "jalan-wamena-habema-rampung"
    assert slugify("Café «über»") == "cafe-uber"
