"""``terpadu schema``: export the JSON Schemas of services and apps to ``schemas/``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from terpadu.catalogue import schema as catalogue_schema
from terpadu.cli.common import project_paths, root_option


@click.command()
@root_option
@click.option("--check", is_flag=True, help="Only report stale schema files (exit 1), write nothing.")
def schema(root: Path | None, check: bool) -> None:
    """Write schemas/*.schema.json from the models, for editors' YAML completion."""
    paths = project_paths(root)
    if check:
        stale = catalogue_schema.stale(paths.root)
        for name in stale:
            click.echo(f"{catalogue_schema.SCHEMA_DIR}/{name}:0: out of date; run `terpadu schema`", err=True)
        if stale:
            sys.exit(1)
        click.echo("Schemas are up to date.")
        return
    for path in catalogue_schema.write(paths.root):
        click.echo(f"Wrote {path.relative_to(paths.root).as_posix()}")


COMMANDS = [schema]
