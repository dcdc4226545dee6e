"""Editor-safe re-sync: decide, per file, whether an import may write it.

Never overwrite an editor's work: an edited file stays as it is; when upstream changed too,
the new upstream version goes to ``migration/conflicts/<same path>`` for review.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from terpadu.importer import document
from terpadu.importer.files import write_atomic


class Outcome(str, Enum):
    CREATED = "created"
    UPDATED = "updated"  # upstream changed, the file was untouched since: replaced
    UNCHANGED = "unchanged"
    EDITED = "edited"  # an editor changed it; upstream did not: kept as it is
    CONFLICT = "conflict"  # both changed: editor's file kept, upstream beside it for review
    DELETED = "deleted"  # an editor removed an imported file: not brought back


@dataclass(frozen=True)
class SyncResult:
    outcome: Outcome
    conflict_file: Path | None = None


def sync_file(root: Path, target: Path, text: str, previously_imported: bool) -> SyncResult:
    """Write ``text`` to ``target`` unless an editor owns the file now."""
    data = text.encode("utf-8")
    try:
        current = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        if previously_imported:
            return SyncResult(Outcome.DELETED)
        write_atomic(target, data)
        return SyncResult(Outcome.CREATED)
    except UnicodeDecodeError:
        current = ""
    if current == text:
        return SyncResult(Outcome.UNCHANGED)
    if document.is_pristine(current):
        write_atomic(target, data)
        return SyncResult(Outcome.UPDATED)
    if document.import_hash(current) == document.import_hash(text):
        return SyncResult(Outcome.EDITED)
    conflict = conflict_path(root, target)
    write_atomic(conflict, data)
    return SyncResult(Outcome.CONFLICT, conflict)


def conflict_path(root: Path, target: Path) -> Path:
    """``content/sda/berita/2023/x.md`` -> ``migration/conflicts/content/sda/berita/2023/x.md``."""
    return root / "migration" / "conflicts" / target.relative_to(root)


def owned_by(target: Path, url: str) -> bool:
    """True if ``target`` is free, or holds the import of ``url`` (edited or not)."""
    try:
        text = target.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return not target.exists()
    return document.source_url(text) == url
