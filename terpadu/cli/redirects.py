"""``terpadu redirects`` and ``terpadu redirects verify``: switching old domains off safely."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from terpadu.cli.common import fail_with_problems, project_paths, root_option
from terpadu.problems import ProblemsFound
from terpadu.project import load_project


@click.group(invoke_without_command=True)
@root_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the artefacts. Default: artifacts/redirects/ in the project.")
@click.pass_context
def redirects(ctx: click.Context, root: Path | None, out: Path | None) -> None:
    """Write redirects for every old URL: an nginx configuration (one server block per old
    host, with archive pages for 410), a _redirects file, an Apache .htaccess, and a
    report.json listing every rule and every unmapped URL."""
    if ctx.invoked_subcommand is not None:
        return
    from terpadu.redirects import load_plan
    from terpadu.redirects.artefacts import write_artefacts

    paths = project_paths(root)
    try:
        plan = load_plan(load_project(paths), paths.root / "site")
    except ProblemsFound as exc:
        fail_with_problems(exc.problems, paths)
    out = out or paths.root / "artifacts" / "redirects"
    written = write_artefacts(plan, out)
    click.echo(f"Wrote {written.rules} rules ({written.rules - written.gone} redirected, {written.gone} gone) "
               f"for {written.hosts} old hosts and {len(plan.moves)} moved unit paths into {out}.")
    for rule in plan.shadowed:
        click.echo(f"{rule.origin}: kept: {rule.old_url} is a page of the new site now; it is served, "
                   "not redirected")
    for item in plan.unmapped:
        click.echo(f"{item.origin}: unmapped: {item.old_url} ({item.why})", err=True)
    if plan.unmapped:
        click.echo(f"{len(plan.unmapped)} known old URL(s) have no outcome: add them to "
                   "migration/mappings/<unit>.yml or a fallback in units/<unit>.yml.", err=True)


@redirects.command()
@root_option
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The built site to check targets against. Default: site/ in the project.")
def verify(root: Path | None, site_dir: Path | None) -> None:
    """Start nginx on 127.0.0.1 with the generated configuration, request every known old
    URL with its original Host header, and check each answers 301 to a page of site/, or
    410. Prints the coverage; exits 1 on any broken or unmapped URL."""
    from terpadu.redirects import load_plan
    from terpadu.redirects.plan import known_urls
    from terpadu.redirects.verify import NginxFailed, verify as run_verify

    paths = project_paths(root)
    site_dir = site_dir or paths.root / "site"
    if not (site_dir / "index.html").is_file():
        click.echo(f"{site_dir} holds no built site: run `terpadu build` first.", err=True)
        sys.exit(1)
    try:
        project = load_project(paths)
        plan = load_plan(project, site_dir)
    except ProblemsFound as exc:
        fail_with_problems(exc.problems, paths)
    try:
        coverage = run_verify(plan, site_dir, known_urls(paths.root, plan, project.registry, site_dir))
    except NginxFailed as exc:
        click.echo(f"nginx failed: {exc}", err=True)
        sys.exit(1)
    for unit_id, counts in sorted(coverage.by_unit().items()):
        shown = ", ".join(f"{counts[v]} {v}" for v in ("redirected", "gone", "served", "broken", "unmapped")
                          if counts[v])
        click.echo(f"  {unit_id:16} {shown}")
    for answer in coverage.failed:
        click.echo(f"{answer.origin}: {answer.verdict}: {answer.url} {answer.detail}", err=True)
    click.echo(coverage.summary())
    if coverage.failed:
        sys.exit(1)


COMMANDS = [redirects]
