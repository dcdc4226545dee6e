"""``terpadu reference``: regenerate the editors' front matter reference from the schemas."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from terpadu.cli.common import project_paths, root_option
from terpadu.editing.reference import REFERENCE_FILE, is_current, write_reference


@click.command()
@root_option
@click.option("--check", "check_only", is_flag=True,
              help="Do not write; exit 1 if the reference is out of date (for CI).")
def reference(root: Path | None, check_only: bool) -> None:
    """Write docs/reference/front-matter.md from the page schemas (every page type and field)."""
    paths = project_paths(root)
    if check_only:
        if not is_current(paths.root):
            click.echo(f"{REFERENCE_FILE}:0: out of date; run `terpadu reference` and commit it", err=True)
            sys.exit(1)
        click.echo(f"{REFERENCE_FILE} is up to date.")
        return
    path, changed = write_reference(paths.root)
    click.echo(f"{'Wrote' if changed else 'Unchanged:'} {path.relative_to(paths.root).as_posix()}")


COMMANDS = [reference]
