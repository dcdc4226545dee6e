"""The transition: every old URL of the unit sites keeps working (issue 6).

canonical -> sources (URL map, editors' mappings) -> plan (one outcome per old URL,
conflicts reported) -> artefacts (nginx, _redirects, .htaccess, pages in site/) -> verify
(real nginx on 127.0.0.1).
"""

from __future__ import annotations

from pathlib import Path

from terpadu.problems import Problem, ProblemsFound
from terpadu.project import Paths, Project
from terpadu.redirects.models import Plan
from terpadu.redirects.plan import build_plan


def site_url_of(paths: Paths) -> str:
    """The new site's address, from ``site_url`` in mkdocs.yml."""
    from mkdocs.config import load_config

    config = load_config(str(paths.config_file))
    url = config["site_url"]
    if not url:
        raise ProblemsFound([Problem(paths.config_file.name, 0,
                                     "site_url is not set: redirects need the new site's address")])
    return url


def load_plan(project: Project, site_dir: Path | None = None) -> Plan:
    """The plan for a project, or ProblemsFound with every conflict and mistake. With a
    built ``site_dir``, old URLs of the site's own host that are real pages are set aside."""
    from terpadu.redirects.sitefiles import without_shadowed

    plan, problems = build_plan(project.paths.root, project.registry, site_url_of(project.paths))
    if problems:
        raise ProblemsFound(problems)
    if site_dir is not None and (site_dir / "index.html").is_file():
        plan = without_shadowed(plan, site_dir)
    return plan


def write_site_redirect_pages(project: Project, site_dir: Path) -> None:
    """Build post step: HTML redirect pages for moved paths of the new site."""
    from terpadu.redirects.static import write_site_pages

    # Only the new site's own host and the moves matter here: other hosts' URL maps are
    # not read, so a large migration does not slow every build down.
    plan, problems = build_plan(project.paths.root, project.registry, site_url_of(project.paths),
                                only_site_host=True)
    if problems:
        raise ProblemsFound(problems)
    write_site_pages(plan, site_dir)
