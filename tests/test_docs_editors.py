"""The editors' and publishers' docs cannot rot: every `check` message the guide explains is
one terpadu really prints, every `terpadu new` kind is documented, and the workflow runs
the commands the publishing guide promises."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from terpadu.cli import main
from terpadu.scaffold import SCAFFOLDS

REPO = Path(__file__).resolve().parent.parent
GUIDE = (REPO / "docs" / "editor-guide.md").read_text(encoding="utf-8")

ARTICLE = "---\ntitle: Judul\ntype: berita\ndate: 2025-02-03\nunit: sda\n{extra}---\n\nIsi.\n"
BROKEN = {
    "missing": "---\ntitle: Judul\ntype: berita\nunit: sda\n---\n\nIsi.\n",
    "unknown-field": ARTICLE.format(extra="ringkasan: x\n"),
    "unknown-unit": ARTICLE.replace("unit: sda", "unit: sdaa").format(extra=""),
    "bad-date": ARTICLE.replace("2025-02-03", "2025-02-30").format(extra=""),
    "not-a-list": ARTICLE.format(extra="tags: bendungan\n"),
    "unknown-type": "---\ntitle: Judul\ntype: beritaa\n---\n",
    "colon": "---\ntitle: Tol Cisumdawu: resmi\n---\n",
    "unclosed": "---\ntitle: Judul\n",
    "placeholder": ARTICLE.format(extra="").replace("Isi.", "[ISI: isi berita]"),
}


def _guide_messages() -> list[str]:
    """The first column of the guide's message table, without the elided '(known ...)' tail."""
    rows = re.findall(r"^\| `([^`]+)` \|", GUIDE, flags=re.M)
    return [row.split(" (known")[0].split("[ISI:")[0] for row in rows]


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_real_check_message_is_explained_in_the_guide(project: Path, case: str) -> None:
    folder = project / "content" / "sda" / "berita" / "2025"
    folder.mkdir(parents=True)
    (folder / f"{case}.md").write_text(BROKEN[case], encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--root", str(project)])
    assert result.exit_code == 1
    printed = [line.split(": ", 1)[1] for line in result.output.splitlines() if line.startswith("content/")]
    assert printed
    for message in printed:
        assert any(message.startswith(explained) for explained in _guide_messages()), message


def test_guide_shows_terpadu_new_for_every_kind() -> None:
    for kind in SCAFFOLDS:
        assert f"terpadu new {kind} " in GUIDE, kind


def test_workflow_checks_builds_strictly_and_deploys_the_site() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    assert runs[:4] == ["pip install -e .", "terpadu check", "terpadu reference --check", "terpadu build"]
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site/"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["permissions"] == {"pages": "write", "id-token": "write"}
    for command in ("check", "reference", "build"):
        assert command in main.commands
