"""The build lifecycle, in order: validate -> render with MkDocs -> post-build steps.

``terpadu build`` runs exactly this; each step is a small function with one job.
"""

from __future__ import annotations

import logging
import os
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, BuildError, ConfigurationError

from terpadu.problems import ProblemsFound
from terpadu.project import Paths, Project, validate

log = logging.getLogger("terpadu.build")


class BuildFailed(Exception):
    """The site could not be built; the message says why (no traceback for the user)."""


@dataclass
class BuildResult:
    site_dir: Path
    pages: int
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)


# Steps after MkDocs has written site/ (search index, redirect pages), registered by stages.
PostStep = Callable[[Project, Path], None]
POST_STEPS: list[tuple[str, PostStep]] = []


def _redirect_pages(project: Project, site_dir: Path) -> None:
    from terpadu.redirects import write_site_redirect_pages  # the stage is imported only when run

    write_site_redirect_pages(project, site_dir)


POST_STEPS.append(("redirect pages", _redirect_pages))


def run_build(paths: Paths, site_dir: Path | None = None) -> BuildResult:
    started = time.perf_counter()
    timings: dict[str, float] = {}
    project = _validate(paths)
    timings["validate"] = time.perf_counter() - started
    site_dir = (site_dir or paths.root / "site").resolve()

    mark = time.perf_counter()
    _render(paths, site_dir)
    timings["render"] = time.perf_counter() - mark

    for name, step in POST_STEPS:
        mark = time.perf_counter()
        step(project, site_dir)
        timings[name] = time.perf_counter() - mark
    pages = sum(1 for _ in site_dir.rglob("index.html"))
    return BuildResult(site_dir, pages, time.perf_counter() - started, timings)


def _validate(paths: Paths) -> Project:
    project, problems = validate(paths)
    if problems or project is None:
        raise ProblemsFound(problems)
    return project


def _render(paths: Paths, site_dir: Path) -> None:
    """MkDocs in strict mode: a warning fails the build."""
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(source_date_epoch(paths.root)))
    try:
        config = load_config(str(paths.config_file), strict=True, site_dir=str(site_dir))
        mkdocs_build(config)
    except ConfigurationError as exc:
        raise BuildFailed(f"{paths.config_file.name}: {exc}") from None
    except Abort as exc:
        raise BuildFailed(f"MkDocs stopped: {exc}") from None
    except BuildError as exc:
        raise BuildFailed(str(exc)) from None


def source_date_epoch(root: Path) -> int:
    """Build timestamps come from the last commit, so two builds of it are identical."""
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%ct"],
            capture_output=True, text=True, check=True, timeout=10,
        ).stdout.strip()
        return int(out)
    except (OSError, subprocess.SubprocessError, ValueError):
        return int(time.time())
