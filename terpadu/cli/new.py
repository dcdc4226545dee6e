"""``terpadu new``: start a new content file with every field present and explained."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from terpadu.cli.common import fail_with_problems, project_paths, root_option
from terpadu.editing import alt_text, placeholders  # noqa: F401 - `check` runs their checks
from terpadu.registry import load_registry
from terpadu.scaffold import SCAFFOLDS, ScaffoldError, create


@click.command()
@root_option
@click.argument("kind", type=click.Choice(sorted(SCAFFOLDS)))
@click.argument("name")
@click.option("--unit", "unit_id", required=True, help="Owner unit id (a file name in units/).")
@click.option("--slug", default=None, help="File name without .md. Default: made from NAME.")
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Date of the page (YYYY-MM-DD), also its year folder. Default: today.")
def new(root: Path | None, kind: str, name: str, unit_id: str, slug: str | None,
        day: dt.datetime | None) -> None:
    """Write a new KIND file (e.g. layanan) named NAME for a unit; never overwrites.

    Example: terpadu new layanan "Persetujuan Bangunan Gedung" --unit ciptakarya

    Kinds: layanan (a service), berita (news), pengumuman (an announcement), regulasi (a
    regulation or guideline). `terpadu check` lists every field or [ISI: ...] placeholder
    still to be filled in.
    """
    paths = project_paths(root)
    registry, problems = load_registry(paths.units_dir, paths.root)
    if registry is None:
        fail_with_problems(problems, paths)
    unit = registry.get(unit_id)
    if unit is None:
        click.echo(f"Error: unknown unit '{unit_id}' (known units: {', '.join(registry.ids())})", err=True)
        sys.exit(1)
    try:
        path = create(kind, name, unit, paths.docs_dir, slug, today=day.date() if day else None)
    except ScaffoldError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    shown = path.relative_to(paths.root).as_posix() if path.is_relative_to(paths.root) else str(path)
    click.echo(f"Wrote {shown}. Fill in every field, then run `terpadu check`.")


COMMANDS = [new]
