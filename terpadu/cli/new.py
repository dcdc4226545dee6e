"""``terpadu new``: start a page from a template that passes ``check`` once filled in."""

from __future__ import annotations

import datetime as dt
import inspect
import sys
from pathlib import Path

import click

from terpadu.cli.common import project_paths, root_option
from terpadu.editing import placeholders  # noqa: F401 - `check` reports unfilled placeholders
from terpadu.editing.scaffold import SCAFFOLDS, ScaffoldError, plan, write
from terpadu.registry import load_registry


def _kinds_help() -> str:
    return "; ".join(f"{kind}: {s.help}" for kind, s in sorted(SCAFFOLDS.items()))


@click.command()
@click.argument("kind", type=click.Choice(sorted(SCAFFOLDS)), metavar="KIND")
@click.option("-u", "--unit", help="Owner unit id, a file name in units/ (e.g. sda).")
@click.option("-t", "--title", required=True, help="The page title, as citizens will read it.")
@click.option("-d", "--date", "day", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Publication date as YYYY-MM-DD. Default: today.")
@root_option
def new(kind: str, unit: str | None, title: str, day: dt.datetime | None, root: Path | None) -> None:
    """Create a new page of KIND in content/ with [ISI: ...] placeholders to fill.

    KIND is one of the page types below. The file name comes from the title; an existing
    file is never replaced. `terpadu check` lists every placeholder still to be filled.

    \b
    Example:
      terpadu new berita --unit sda --title "Bendungan Sukamahi siap kendalikan banjir"
    """
    paths = project_paths(root)
    registry, problems = load_registry(paths.units_dir, paths.root)
    if registry is None:
        for problem in problems:
            click.echo(str(problem), err=True)
        sys.exit(1)
    owner = None
    if unit is not None:
        owner = registry.get(unit)
        if owner is None:
            click.echo(f"unknown unit '{unit}' (known units: {', '.join(registry.ids())})", err=True)
            sys.exit(1)
    try:
        page = plan(SCAFFOLDS[kind], title, (day or dt.datetime.now()).date(), owner)
        path = write(page, paths.docs_dir)
    except ScaffoldError as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)
    shown = path.relative_to(paths.root).as_posix()
    click.echo(f"Created {shown}\nFill in every [ISI: ...] placeholder, then run `terpadu check`.")


new.help = inspect.cleandoc(new.help or "") + "\n\nKinds: " + _kinds_help() + "."

COMMANDS = [new]
