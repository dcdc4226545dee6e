"""The commands as a user runs them: real processes, real exit codes, no tracebacks."""

import subprocess
import sys
from pathlib import Path

import pytest

from terpadu.cli import main


def run(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "terpadu", *args], cwd=project, capture_output=True, text=True, timeout=300
    )


def test_every_command_explains_itself_in_one_line():
    for name, command in main.commands.items():
        assert command.help and command.get_short_help_str(80).strip(), name


def test_check_passes_on_the_repository(project: Path):
    result = run(project, "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 12 units")


def test_check_reports_a_unit_file_and_a_page_then_exits_1(project: Path):
    unit = project / "units" / "itjen.yml"
    unit.write_text(unit.read_text().replace("short_name: Itjen\n", ""))
    page = project / "content" / "itjen" / "berita" / "2024" / "audit.md"
    page.parent.mkdir(parents=True)
    page.write_text("---\ntitle: Audit\ntype: berita\ndate: 2024-01-05\nunit: itjn\n---\nIsi.\n")
    result = run(project, "check")
    assert result.returncode == 1
    # The unit file is broken, so pages are not checked against a partial registry.
    assert result.stderr.splitlines() == [
        "units/itjen.yml:1: missing required field 'short_name'",
        "1 problem(s) found.",
    ]
    unit.write_text(unit.read_text().replace("name: Inspektorat", "short_name: Itjen\nname: Inspektorat"))
    result = run(project, "check")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0].startswith(
        "content/itjen/berita/2024/audit.md:5: unit: unknown unit 'itjn'"
    )
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["build", "check"])
def test_build_refuses_with_the_same_messages_as_check(project: Path, command: str):
    (project / "content" / "rusak.md").write_text("---\ntitle: x\ntype: berita\n---\n")
    result = run(project, command)
    assert result.returncode == 1
    assert "content/rusak.md:2: missing required field 'date'" in result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert not (project / "site").exists()


def test_build_fails_on_a_mkdocs_warning(project: Path):
    (project / "content" / "tentang" / "index.md").write_text(
        "---\ntitle: Tentang\n---\n[rusak](tidak-ada.md)\n"
    )
    result = run(project, "build")
    assert result.returncode == 1
    assert "tidak-ada.md" in result.stderr
    assert "Build failed" in result.stderr and "Traceback" not in result.stderr
