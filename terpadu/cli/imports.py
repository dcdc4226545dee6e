"""``terpadu import`` and ``terpadu mirror serve``: bring the old sites' content in."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from terpadu.cli.common import fail_with_problems, project_paths, root_option
from terpadu.problems import Problem, ProblemsFound
from terpadu.registry import load_registry


@click.command(name="import")
@root_option
@click.argument("units", nargs=-1)
@click.option("--mirror", is_flag=True,
              help="Start the bundled offline mirror on a free loopback port and import from it.")
@click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds to wait for one response.")
@click.option("--no-cache", is_flag=True, help="Do not use the HTTP cache in .terpadu-cache/.")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines, only the final report.")
@click.option("-s", "--scrapy-setting", "scrapy_settings", multiple=True, metavar="NAME=VALUE",
              help="A Scrapy setting for this run (e.g. SCHEDULER=scrapy_redis.scheduler.Scheduler).")
def import_(root: Path | None, units: tuple[str, ...], mirror: bool, timeout: float, no_cache: bool,
            quiet: bool, scrapy_settings: tuple[str, ...]) -> None:
    """Import the old sites of UNITS (default: all with a recipe) into content/.

    Re-running is safe: unchanged pages are not rewritten, a file an editor changed is
    never overwritten (the newer upstream version goes to migration/conflicts/), and every
    old URL is listed in migration/urlmap/<unit>.jsonl.
    """
    from terpadu.fetch.plan import loopback_host_map
    from terpadu.importer import ImportOptions, run_import
    from terpadu.fetch.run import CrawlFailed

    paths = project_paths(root)
    registry, problems = load_registry(paths.units_dir, paths.root)
    if registry is None:
        fail_with_problems(problems, paths)
    unknown = [u for u in units if u not in registry]
    no_recipe = [u for u in units if u in registry and registry.get(u).recipe is None]
    if unknown or no_recipe:
        problems = [Problem("units", 0, f"unknown unit '{u}' (known: {', '.join(registry.ids())})") for u in unknown]
        problems += [Problem(f"units/{u}.yml", 0, "no 'recipe:' block: nothing to import") for u in no_recipe]
        fail_with_problems(problems, paths)
    if not any(u.recipe for u in registry):
        fail_with_problems([Problem("units", 0, "no unit has a 'recipe:' block: nothing to import")], paths)
    bad = [s for s in scrapy_settings if "=" not in s]
    if bad:
        fail_with_problems([Problem("--scrapy-setting", 0, f"'{s}' is not NAME=VALUE") for s in bad], paths)
    options = dict(timeout=timeout, cache=not no_cache,
                   scrapy_settings=dict(s.split("=", 1) for s in scrapy_settings))
    progress = None if quiet else _Progress()
    try:
        if mirror:
            from terpadu.mirror import MirrorServer

            with MirrorServer(host="127.0.0.1", port=0) as server:
                click.echo(f"Mirror of {len(server.sites)} old sites on {server.base_url}", err=True)
                host_map = loopback_host_map(registry, server.port)
                report = run_import(paths, registry, units or None, ImportOptions(host_map=host_map, **options), progress)
        else:
            report = run_import(paths, registry, units or None, ImportOptions(**options), progress)
    except ProblemsFound as exc:
        fail_with_problems(exc.problems, paths)
    except CrawlFailed as exc:
        click.echo(f"Import failed: {exc}", err=True)
        sys.exit(1)
    if progress is not None:
        progress.done()
    click.echo(report.render_text())
    phases = ", ".join(f"{name} {secs:.1f} s" for name, secs in report.timings.items())
    click.echo(f"Done in {report.seconds:.1f} s ({phases}); {report.files_changed} file(s) written; "
               f"report in migration/reports/import.json.")
    if report.conflicts:
        click.echo(f"{len(report.conflicts)} conflict(s) need an editor (see above).", err=True)


class _Progress:
    """One status line, refreshed at most every half second."""

    def __init__(self) -> None:
        self.last = 0.0
        self.tty = sys.stderr.isatty()

    def __call__(self, report, url: str) -> None:
        now = time.monotonic()
        if now - self.last < (0.5 if self.tty else 5.0):
            return
        self.last = now
        fetched = sum(u.fetched for u in report.units.values())
        assets = sum(u.assets for u in report.units.values())
        failed = sum(len(u.failed) for u in report.units.values())
        line = f"fetched {fetched} pages, {assets} files, {failed} failed; last: {url[:80]}"
        click.echo(("\r" + line.ljust(120)) if self.tty else line, err=True, nl=not self.tty)

    def done(self) -> None:
        if self.tty:
            click.echo("", err=True)


@click.group()
def mirror() -> None:
    """The bundled offline mirror of the 12 old sites (for tests and demos)."""


@mirror.command()
@click.option("--port", type=int, default=8765, show_default=True, help="Port on 127.0.0.1 (0: any free one).")
@click.option("--slow-delay", type=float, default=5.0, show_default=True, help="Seconds the 'slow' fault route waits.")
def serve(port: int, slow_delay: float) -> None:
    """Serve the mirror on 127.0.0.1; browse http://127.0.0.1:PORT/_site/<host>/."""
    from terpadu.mirror import serve_forever

    serve_forever(port=port, host="127.0.0.1", slow_delay=slow_delay, verbose=False)


COMMANDS = [import_, mirror]
