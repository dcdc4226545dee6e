"""The ``terpadu`` command. Each command lives in a small module of this package."""

from __future__ import annotations

import click

from terpadu import __version__
from terpadu.cli import new, reference, schema, site


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="terpadu")
def main() -> None:
    """terpadu: build one consistent ministry site from many unit websites."""


for command in [*site.COMMANDS, *new.COMMANDS, *reference.COMMANDS, *schema.COMMANDS]:
    main.add_command(command)
