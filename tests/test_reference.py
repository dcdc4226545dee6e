"""The front matter reference is generated from the schemas and must be committed up to date."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from pydantic import BaseModel, Field

from terpadu.cli import main
from terpadu.editing.reference import REFERENCE_FILE, current_models, is_current, render_reference

REPO = Path(__file__).resolve().parent.parent


def test_committed_reference_matches_the_schemas() -> None:
    assert is_current(REPO), f"{REFERENCE_FILE} is stale: run `terpadu reference` and commit it"


def test_every_page_type_and_field_is_documented() -> None:
    text = (REPO / REFERENCE_FILE).read_text(encoding="utf-8")
    for type_name, model in current_models().items():
        assert f"`{type_name}`" in text
        for field in model.model_fields:
            assert f"| `{field}` |" in text, field


def test_reference_shows_required_kinds_defaults_and_nested_models() -> None:
    class Nested(BaseModel):
        nomor: str

    class Example(BaseModel):
        judul: str = Field(description="Title | with a pipe.")
        status: str = "berlaku"
        tanggal: list[Nested] = Field(default_factory=list)

    text = render_reference({"contoh": Example})
    assert "## `contoh`" in text
    assert "| `judul` | yes | text |  | Title \\| with a pipe. |" in text
    assert "| `status` | no | text | `berlaku` |" in text
    assert "| `tanggal` | no | list of `Nested` (see below) |" in text
    assert "### `Nested` (nested)" in text


def test_check_flag_fails_on_a_stale_reference(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    (tmp_path / REFERENCE_FILE).parent.mkdir(parents=True)
    (tmp_path / REFERENCE_FILE).write_text("# old\n", encoding="utf-8")
    stale = CliRunner().invoke(main, ["reference", "--check", "--root", str(tmp_path)])
    assert stale.exit_code == 1
    assert "docs/reference/front-matter.md:0: out of date" in stale.output
    written = CliRunner().invoke(main, ["reference", "--root", str(tmp_path)])
    assert written.exit_code == 0
    assert CliRunner().invoke(main, ["reference", "--check", "--root", str(tmp_path)]).exit_code == 0
