"""Near-duplicate stories across units, found by the merge stage (``terpadu.merge.duplicates``).

The importer writes only each cluster's canonical page (with ``units`` and ``source_urls``)
and points the others' URL-map rows at it; the clusters go to
``migration/reports/duplicates.md`` so an editor can split a wrong one in
``migration/settings.yml`` (``duplicates: not_duplicates:``), which the next import honours.
"""

from __future__ import annotations

import re
from pathlib import Path

from terpadu.importer.files import write_atomic
from terpadu.merge.duplicates import Candidate, Cluster, find_duplicates, load_settings, render_report
from terpadu.problems import Problem, ProblemsFound
from terpadu.registry import Registry

TAGS = re.compile(r"<[^>]+>")
REPORT_FILE = Path("migration") / "reports" / "duplicates.md"


def clusters(root: Path, pages: list, registry: Registry) -> tuple[list[Cluster], list[Candidate]]:
    """Clusters of the same story; raises ProblemsFound if migration/settings.yml is wrong."""
    settings, problems = load_settings(root)
    if problems:
        raise ProblemsFound(problems)
    candidates = [
        Candidate(key=p.url, unit_id=p.unit_id, title=p.title, text=_plain(p.body_html), date=p.date)
        for p in sorted(pages, key=lambda p: p.url)
    ]
    return find_duplicates(candidates, settings, registry.ids()), candidates


def check_settings(root: Path) -> list[Problem]:
    """Problems of migration/settings.yml, to report before a long crawl starts."""
    return load_settings(root)[1]


def write_report(root: Path, found: list[Cluster], candidates: list[Candidate]) -> None:
    write_atomic(root / REPORT_FILE, render_report(found, candidates).encode("utf-8"))


def _plain(html: str) -> str:
    return " ".join(TAGS.sub(" ", html).split())
