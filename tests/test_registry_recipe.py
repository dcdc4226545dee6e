"""Recipe and vocabulary mistakes are reported as path:line: message, all in one run."""

from __future__ import annotations

import shutil
from pathlib import Path

from terpadu.registry import load_registry
from terpadu.registry.recipe import split_selector

ROOT = Path(__file__).resolve().parent.parent


def project_with(tmp_path: Path, unit_yaml: str, vocabulary_extra: str = "") -> Path:
    shutil.copytree(ROOT / "units", tmp_path / "units")
    (tmp_path / "units" / "uji.yml").write_text(unit_yaml, encoding="utf-8")
    if vocabulary_extra:
        with (tmp_path / "units" / "_vocabulary.yml").open("a", encoding="utf-8") as handle:
            handle.write(vocabulary_extra)
    return tmp_path


UNIT = """\
id: uji
name: Unit Uji
short_name: Uji
english_name: Test Unit
kind: lembaga
sectors: [jalan]
domains: [uji.pu.go.id]
contact: {address: Jakarta}
history: [{organisation: Kementerian Pekerjaan Umum, from: 2024-10-21}]
recipe:
  pages:
    - pattern: ^/berita/([^/]+$
      type: berita
      type_from: "span[["
      selectors:
        title: h1..judul
        body: div.isi
        remove: [".ok", "p:bukan-pseudo"]
"""


def test_every_recipe_mistake_has_its_line(tmp_path):
    root = project_with(tmp_path, UNIT)
    registry, problems = load_registry(root / "units", root)
    assert registry is None
    found = sorted((p.path, p.line, p.message.split(":")[0]) for p in problems)
    assert found == [
        ("units/uji.yml", 12, "recipe.pages.0.pattern"),
        ("units/uji.yml", 14, "recipe.pages.0.type_from"),
        ("units/uji.yml", 16, "recipe.pages.0.selectors.title"),
        ("units/uji.yml", 18, "recipe.pages.0.selectors.remove"),
    ]
    assert any("invalid CSS selector 'h1..judul'" in p.message for p in problems)
    assert any("invalid regular expression" in p.message for p in problems)


def test_aliases_must_name_declared_tags(tmp_path):
    root = project_with(tmp_path, UNIT.split("recipe:")[0],
                        "\n# test\nunit_tag_aliases:\n  bpjt:\n    Gerbang Tol: gerbang-tol\n")
    registry, problems = load_registry(root / "units", root)
    assert registry is None
    assert [(p.path, p.line, p.message) for p in problems] == [
        ("units/_vocabulary.yml", problems[0].line, "alias 'Gerbang Tol' names unknown tag 'gerbang-tol' (declare it under 'tags')")
    ]
    lines = (root / "units" / "_vocabulary.yml").read_text(encoding="utf-8").splitlines()
    assert "Gerbang Tol: gerbang-tol" in lines[problems[0].line - 1]


def test_the_units_shipped_with_terpadu_all_have_recipes():
    registry, problems = load_registry(ROOT / "units", ROOT)
    assert problems == []
    assert all(unit.recipe is not None and unit.recipe.pages for unit in registry)


def test_attribute_selectors():
    assert split_selector('meta[property="og:title"]::attr(content)') == ('meta[property="og:title"]', "content")
    assert split_selector("h1.judul") == ("h1.judul", None)


def test_the_recipe_example_in_the_docs_is_valid():
    """docs/extraction.md shows how to write a recipe; the example must stay a valid one."""
    import re

    import yaml

    from terpadu.registry.recipe import Recipe

    text = (ROOT / "docs" / "extraction.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", text, re.S).group(1)
    recipe = Recipe.model_validate(yaml.safe_load(example)["recipe"])
    assert recipe.pages[0].selectors.regulation == "table.table-meta"


def test_unit_aliases_must_name_known_units(tmp_path):
    root = project_with(tmp_path, UNIT.split("recipe:")[0],
                        "\n# test\nunit_tag_aliases:\n  sdaa:\n    Bendungan: bendungan\n")
    registry, problems = load_registry(root / "units", root)
    assert registry is None
    assert len(problems) == 1 and problems[0].path == "units/_vocabulary.yml"
    assert problems[0].message.startswith("unit_tag_aliases names unknown unit 'sdaa'")
    lines = (root / "units" / "_vocabulary.yml").read_text(encoding="utf-8").splitlines()
    assert lines[problems[0].line - 1].strip() == "sdaa:"
