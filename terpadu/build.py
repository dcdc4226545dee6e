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

from terpadu import incremental as incremental_builds
from terpadu.problems import ProblemsFound
from terpadu.site.preview import ENV_VAR as PREVIEW_ENV_VAR
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


def _register_post_steps() -> None:
    """Stages that write into the built site, in order (search indexes the final pages)."""
    from terpadu.publish.stable_search import build_step as stable_search
    from terpadu.search.index import build_step as search_index

    POST_STEPS.append(("search", search_index))
    POST_STEPS.append(("stable-search", stable_search))


_register_post_steps()


def run_build(paths: Paths, site_dir: Path | None = None, incremental: bool = False) -> BuildResult:
    """``incremental``: re-render only changed pages when the last build allows it."""
    started = time.perf_counter()
    timings: dict[str, float] = {}
    project = _validate(paths)
    timings["validate"] = time.perf_counter() - started
    site_dir = (site_dir or paths.root / "site").resolve()

    mark = time.perf_counter()
    plan = incremental_builds.plan(paths, project, site_dir) if incremental else None
    if plan is not None:
        log.info("Incremental build: %s", plan.reason)
        incremental_builds.remove_outputs(site_dir, plan.removed)
    incremental_builds.forget(paths)
    _render(paths, site_dir, dirty=plan is not None and plan.dirty)
    timings["render"] = time.perf_counter() - mark

    for name, step in POST_STEPS:
        mark = time.perf_counter()
        step(project, site_dir)
        timings[name] = time.perf_counter() - mark
    incremental_builds.record(paths, project, site_dir)
    pages = sum(1 for _ in site_dir.rglob("index.html"))
    return BuildResult(site_dir, pages, time.perf_counter() - started, timings)


def _validate(paths: Paths) -> Project:
    project, problems = validate(paths)
    if problems or project is None:
        raise ProblemsFound(problems)
    return project


def _render(paths: Paths, site_dir: Path, dirty: bool = False) -> None:
    """MkDocs in strict mode: a warning fails the build."""
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(source_date_epoch(paths.root)))
    os.environ.pop(PREVIEW_ENV_VAR, None)  # a build is always of the whole site
    quiet = incremental_builds.HideDirtyWarning()
    logging.getLogger("mkdocs.commands.build").addFilter(quiet)
    try:
        config = load_config(str(paths.config_file), strict=True, site_dir=str(site_dir))
        mkdocs_build(config, dirty=dirty)
    except ConfigurationError as exc:
        raise BuildFailed(f"{paths.config_file.name}: {exc}") from None
    except Abort as exc:
        raise BuildFailed(f"MkDocs stopped: {exc}") from None
    except BuildError as exc:
        raise BuildFailed(str(exc)) from None
    finally:
        logging.getLogger("mkdocs.commands.build").removeFilter(quiet)


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
