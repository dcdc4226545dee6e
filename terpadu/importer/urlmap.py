"""The URL map: every fetched old URL, what became of it and where it lives now.

``migration/urlmap/<unit>.jsonl``, one JSON object a line, sorted by ``old_url``; the
redirects stage reads it to answer every old link.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from terpadu.importer.files import write_atomic

Outcome = Literal["imported", "duplicate", "skipped", "failed", "excluded"]
# When one old URL is seen twice (a redirect target also linked directly), the best row wins.
RANK = {"imported": 0, "duplicate": 1, "excluded": 2, "skipped": 3, "failed": 4}


@dataclass(frozen=True)
class UrlMapRow:
    old_url: str
    status: int | None
    outcome: Outcome
    new_path: str | None
    type: str | None
    reason: str | None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=False)


def urlmap_file(root: Path, unit_id: str) -> Path:
    return root / "migration" / "urlmap" / f"{unit_id}.jsonl"


def read_urlmap(root: Path, unit_id: str) -> dict[str, UrlMapRow]:
    path = urlmap_file(root, unit_id)
    if not path.is_file():
        return {}
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = UrlMapRow(**json.loads(line))
            rows[row.old_url] = row
    return rows


def merge_row(rows: dict[str, UrlMapRow], row: UrlMapRow) -> None:
    current = rows.get(row.old_url)
    if current is None or RANK[row.outcome] < RANK[current.outcome]:
        rows[row.old_url] = row


def write_urlmap(root: Path, unit_id: str, rows: dict[str, UrlMapRow]) -> bool:
    text = "".join(rows[url].to_json() + "\n" for url in sorted(rows))
    return write_atomic(urlmap_file(root, unit_id), text.encode("utf-8"))
