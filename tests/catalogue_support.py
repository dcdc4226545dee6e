"""Helpers for the catalogue tests: the catalogue as loaded from the repository, a project
copy that includes ``schemas/``, and the installed ``terpadu`` command. The built site,
the loopback server and the browser are the shared fixtures of ``conftest.py``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

from terpadu.catalogue.apps import load_apps
from terpadu.catalogue.records import Catalogue, collect
from terpadu.project import Paths, load_project

ROOT = Path(__file__).resolve().parents[1]
TERPADU = Path(sys.executable).with_name("terpadu")


@cache
def catalogue() -> Catalogue:
    project = load_project(Paths.at(ROOT))
    apps, problems = load_apps(ROOT, project.registry)
    assert not problems and apps is not None
    return collect(project.content, apps, project.registry)


def copy_project(target: Path) -> Path:
    """A copy of the project's sources (content, units, config, overrides) to break freely."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("content", "units", "overrides", "schemas"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed ``terpadu`` command, as an editor runs it."""
    return subprocess.run([str(TERPADU), *args], cwd=cwd, capture_output=True, text=True, timeout=120)
