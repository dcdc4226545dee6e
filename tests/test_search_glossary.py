"""units/_glossary.yml: validated with line numbers by `terpadu check`, indexed on its pages."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from terpadu.cli import main
from terpadu.project import Paths, load_project
from terpadu.search.glossary import check_glossary, load_glossary

REPO = Path(__file__).resolve().parent.parent


def test_the_repository_glossary_is_valid_and_names_the_ministrys_acronyms() -> None:
    glossary, problems, _ = load_glossary(REPO / "units", REPO)
    assert problems == []
    terms = {t.term: t for t in glossary.terms}
    for acronym in ("PBG", "SBU", "SKK", "SIMBG", "BPJT", "LPJK", "SDA", "SPAM", "PPID"):
        assert acronym in terms, acronym
    assert "IMB" in terms["PBG"].aliases
    assert terms["PBG"].page == "layanan/pbg.md"
    project = load_project(Paths.at(REPO))
    assert check_glossary(project.content, project.registry, REPO) == []


def test_words_join_term_expansion_and_aliases() -> None:
    glossary, _, _ = load_glossary(REPO / "units", REPO)
    pbg = next(t for t in glossary.terms if t.term == "PBG")
    assert pbg.words().startswith("PBG Persetujuan Bangunan Gedung IMB")


def test_check_reports_every_glossary_mistake_with_its_line(project: Path) -> None:
    (project / "units" / "_glossary.yml").write_text(
        "terms:\n"
        "  - term: PBG\n"                       # 2
        "    expansion: Persetujuan Bangunan Gedung\n"
        "    page: layanan/tidak-ada.md\n"      # 4: no such page
        "  - term: pbg\n"                       # 5: duplicate (case-insensitive)
        "    expansion: lagi\n"
        "    page: sda/index.md\n"
        "  - term: SBU\n"
        "    expansion: Sertifikat Badan Usaha\n"
        "    page: /lpjk/\n"                    # 10: not a page path
        "    alias: [x]\n",                     # 11: unknown key
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "--root", str(project)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.endswith("_glossary.yml:4: page 'layanan/tidak-ada.md' does not exist in content/ or the units")
               for line in lines), result.output
    assert any(line.endswith("_glossary.yml:5: term 'pbg' is already defined on line 2") for line in lines), result.output
    assert any(line.endswith("_glossary.yml:10: terms.2.page: '/lpjk/' is not a page path like 'layanan/pbg.md'")
               for line in lines), result.output
    assert any(line.endswith("_glossary.yml:11: unknown field 'terms.2.alias'") for line in lines), result.output
    assert "Traceback" not in result.output


def test_a_project_without_a_glossary_is_fine(project: Path) -> None:
    (project / "units" / "_glossary.yml").unlink()
    glossary, problems, _ = load_glossary(project / "units", project)
    assert glossary.terms == [] and problems == []
    result = CliRunner().invoke(main, ["check", "--root", str(project)])
    assert result.exit_code == 0, result.output
