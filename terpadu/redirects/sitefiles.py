"""Questions about the built site in ``site/``: is there a page at this URL path?"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from urllib.parse import unquote

from terpadu.redirects.canonical import split
from terpadu.redirects.models import Plan
from terpadu.redirects.pages import is_moved_page


def file_for(site_dir: Path, path: str) -> Path | None:
    """The file the site serves at URL ``path`` (directory URLs), or None."""
    rel = unquote(path).lstrip("/")
    if ".." in rel.split("/"):
        return None
    candidate = site_dir / rel
    if path.endswith("/") or not rel:
        index = candidate / "index.html"
        return index if index.is_file() else None
    if candidate.is_file():
        return candidate
    index = candidate / "index.html"
    return index if index.is_file() else None


def page_exists(site_dir: Path, path: str) -> bool:
    return file_for(site_dir, path) is not None


def real_page(site_dir: Path, path: str) -> bool:
    """A page of the new site, not one of our HTML redirect pages."""
    found = file_for(site_dir, path)
    return found is not None and not (found.suffix == ".html" and is_moved_page(found))


def without_shadowed(plan: Plan, site_dir: Path) -> Plan:
    """Old URLs of the new site's own host whose path is now a real page of ``site/``:
    the page wins (as it does on any static host), so their rules are set aside."""
    hosts, shadowed = [], list(plan.shadowed)
    for host in plan.hosts:
        if host.host != plan.site_host:
            hosts.append(host)
            continue
        keep = []
        for rule in host.rules:
            _, path, query = split(rule.old_url)
            (shadowed if not query and real_page(site_dir, path) else keep).append(rule)
        hosts.append(dataclasses.replace(host, rules=tuple(keep)))
    return dataclasses.replace(plan, hosts=tuple(hosts), shadowed=tuple(shadowed))
