"""The ``terpadu`` command. Each command lives in a small module of this package."""

from __future__ import annotations

import click

from terpadu import __version__
from terpadu.cli import extract, imports, new, redirects, reference, schema, site


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="terpadu")
def main() -> None:
    """terpadu: build one consistent ministry site from many unit websites."""


COMMAND_MODULES = [site, new, imports, extract, redirects, schema, reference]
for command in [c for module in COMMAND_MODULES for c in module.COMMANDS]:
    main.add_command(command)
