"""What every command shares: finding the project, printing problems, logging."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from terpadu.problems import Problem
from terpadu.project import Paths, find_root

root_option = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Project folder (the one holding mkdocs.yml). Default: found from the current folder.",
)


def project_paths(root: Path | None) -> Paths:
    return Paths.at(root if root is not None else find_root(Path.cwd()))


def fail_with_problems(problems: list[Problem], paths: Paths) -> None:
    """Print every problem as ``path:line: message`` (paths as the user sees them), exit 1."""
    for problem in sorted(set(problems)):
        click.echo(str(_as_seen(problem, paths)), err=True)
    click.echo(f"{len(set(problems))} problem(s) found.", err=True)
    sys.exit(1)


def _as_seen(problem: Problem, paths: Paths) -> Problem:
    """Problems carry root-relative paths; show them relative to the current folder."""
    try:
        shown = (paths.root / problem.path).resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return problem
    return Problem(shown.as_posix(), problem.line, problem.message)


def setup_logging(verbose: bool = False) -> None:
    """MkDocs logs through 'mkdocs'; show its warnings the way `mkdocs build` does."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    for name in ("mkdocs", "terpadu"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.DEBUG if verbose else logging.INFO)
        logger.propagate = False
