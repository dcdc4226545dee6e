"""``terpadu build``, ``serve`` and ``check``: the commands editors and CI use daily."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from terpadu.build import MAX_JOBS, BuildFailed, default_jobs, run_build
from terpadu.cli.common import fail_with_problems, project_paths, root_option, setup_logging
from terpadu.problems import Problem, ProblemsFound
from terpadu.project import validate


@click.command()
@root_option
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the site. Default: site/ in the project.")
@click.option("--incremental", is_flag=True,
              help="Re-render only pages changed since the last build of the same folder "
                   "(falls back to a full build when configuration, units or code changed).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), envvar="TERPADU_JOBS", default=None, metavar="N",
              help=f"Render the pages in N processes at once (default: one per CPU core, at most {MAX_JOBS}; "
                   "also the TERPADU_JOBS environment variable). --jobs 1 renders in one process; "
                   "the output is the same either way.")
@click.option("-v", "--verbose", is_flag=True, help="Show MkDocs' debug messages.")
def build(root: Path | None, site_dir: Path | None, incremental: bool, jobs: int | None, verbose: bool) -> None:
    """Build the whole site into site/ (strict: any warning fails)."""
    setup_logging(verbose)
    paths = project_paths(root)
    try:
        result = run_build(paths, site_dir, incremental=incremental, jobs=jobs or default_jobs())
    except ProblemsFound as exc:
        fail_with_problems(exc.problems, paths)
    except BuildFailed as exc:
        click.echo(f"Build failed: {exc}", err=True)
        sys.exit(1)
    steps = ", ".join(f"{name} {secs:.1f} s" for name, secs in result.timings.items())
    click.echo(f"Built {result.pages} pages into {result.site_dir} in {result.seconds:.1f} s ({steps}).")


@click.command()
@root_option
def check(root: Path | None) -> None:
    """Validate units and every page's front matter without building."""
    paths = project_paths(root)
    project, problems = validate(paths)
    if problems or project is None:
        fail_with_problems(problems, paths)
    click.echo(
        f"OK: {len(project.registry)} units, {len(project.content.documents)} pages, no problems."
    )


@click.command()
@root_option
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True,
              help="Address to serve the preview on.")
@click.option("--no-livereload", is_flag=True, help="Do not reload the browser on save.")
@click.option("--unit", "units", multiple=True, metavar="ID",
              help="Preview only this unit's news, announcements and regulations (repeatable).")
@click.option("--folder", "folders", multiple=True, metavar="PATH",
              help="Preview only the archive under this folder of content/, e.g. sda/berita/2025 (repeatable).")
@click.option("--since", type=int, metavar="YEAR", help="Preview only archive years from YEAR on.")
def serve(root: Path | None, dev_addr: str, no_livereload: bool,
          units: tuple[str, ...], folders: tuple[str, ...], since: int | None) -> None:
    """Preview the site while you edit; the browser reloads on save.

    On a large archive, limit the preview with --unit, --folder and --since: other
    pages stay, only the archive is cut down, so a save shows in about a second.
    """
    import os

    from mkdocs.commands.serve import serve as mkdocs_serve

    from terpadu.site.preview import ENV_VAR, PreviewScope

    setup_logging()
    paths = project_paths(root)
    scope = PreviewScope(units, folders, since)
    os.environ[ENV_VAR] = scope.to_env() if scope.limited else ""
    project, problems = validate(paths, scope.keeps if scope.limited else None)
    if project is not None:
        known = set(project.registry.ids())
        problems += [Problem("units", 0, f"--unit: unknown unit '{u}' (known units: {', '.join(sorted(known))})")
                     for u in units if u not in known]
    if problems:
        fail_with_problems(problems, paths)
    mkdocs_serve(
        config_file=str(paths.config_file),
        livereload=not no_livereload,
        watch=[str(paths.units_dir)],
        dev_addr=dev_addr,
    )


COMMANDS = [build, serve, check]
