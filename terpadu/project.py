"""The project as one typed record: where things are, the registry and the content index."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from terpadu import catalogue
from terpadu.content.index import ContentIndex, scan
from terpadu.problems import Problem, ProblemsFound
from terpadu.registry import Registry, load_registry

# Stages that add page types and cross-file checks to the content index, installed here
# (the one place that loads a project) so every scan sees them.
catalogue.install()

CONFIG_FILE = "mkdocs.yml"


@dataclass(frozen=True)
class Paths:
    root: Path
    docs_dir: Path
    units_dir: Path

    @classmethod
    def at(cls, root: Path, docs_dir: Path | None = None, units_dir: Path | None = None) -> Paths:
        root = root.resolve()
        return cls(root, (docs_dir or root / "content").resolve(), (units_dir or root / "units").resolve())

    @property
    def config_file(self) -> Path:
        return self.root / CONFIG_FILE


@dataclass(frozen=True)
class Project:
    paths: Paths
    registry: Registry
    content: ContentIndex


def validate(paths: Paths, keep: Callable[[str], bool] | None = None) -> tuple[Project | None, list[Problem]]:
    """Load the registry and the content index; every problem in one list.

    ``keep`` limits the content to some files (a preview of part of the archive)."""
    registry, problems = load_registry(paths.units_dir, paths.root)
    if registry is None:
        return None, problems
    content = scan(paths.docs_dir, registry, paths.root, keep)
    problems = problems + content.problems
    return Project(paths, registry, content), problems


def load_project(paths: Paths, keep: Callable[[str], bool] | None = None) -> Project:
    """Like :func:`validate`, but refuses to go on when anything is wrong."""
    project, problems = validate(paths, keep)
    if problems or project is None:
        raise ProblemsFound(problems)
    return project


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding ``mkdocs.yml``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    return start
