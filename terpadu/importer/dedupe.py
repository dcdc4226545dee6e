"""Near-duplicate stories across units, via ``terpadu.merge.duplicates`` (redirects stage)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from terpadu.importer.files import write_atomic
from terpadu.registry import Registry

TAGS = re.compile(r"<[^>]+>")
SETTINGS_FILE = Path("migration") / "settings.yml"


def clusters(root: Path, pages: list, registry: Registry) -> list:
    """Clusters of the same story (canonical first by the merge stage's rule); [] if none."""
    try:
        from terpadu.merge.duplicates import Candidate, DuplicateSettings, find_duplicates
    except ImportError:  # the merge stage is not installed in this checkout
        return []
    candidates = [
        Candidate(key=p.url, unit_id=p.unit_id, title=p.title, text=_plain(p.body_html), date=p.date)
        for p in sorted(pages, key=lambda p: p.url)
    ]
    return [c for c in find_duplicates(candidates, _settings(root, DuplicateSettings)) if len(c.members) > 1]


def write_report(root: Path, found: list, pages: dict) -> None:
    """``migration/reports/duplicates.json``: which old pages were merged into which."""
    data = [
        {"canonical": c.canonical, "similarity": round(c.similarity, 3),
         "members": [{"url": m, "title": pages[m].extracted.title, "unit": pages[m].extracted.unit_id}
                     for m in c.members if m in pages]}
        for c in sorted(found, key=lambda c: c.canonical)
    ]
    target = root / "migration" / "reports" / "duplicates.json"
    write_atomic(target, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def _settings(root: Path, model):
    path = root / SETTINGS_FILE
    if not path.is_file():
        return model()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    section = data.get("duplicates", data) if isinstance(data, dict) else {}
    return model.model_validate(section)


def _plain(html: str) -> str:
    return " ".join(TAGS.sub(" ", html).split())
