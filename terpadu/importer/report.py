"""What an import did, per unit: counts, reasons and the files that need an editor."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from terpadu.importer.files import write_atomic


@dataclass
class UnitReport:
    unit_id: str
    fetched: int = 0  # pages (not assets) that answered
    assets: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    edited: int = 0  # editor's change kept, nothing new upstream
    deleted: int = 0  # removed by an editor, not brought back
    duplicates: int = 0
    conflicts: list[str] = field(default_factory=list)  # content paths, root-relative
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    failed: list[tuple[str, str]] = field(default_factory=list)  # (old URL, reason)
    unmapped_tags: Counter[str] = field(default_factory=Counter)
    methods: Counter[str] = field(default_factory=Counter)  # recipe / generic
    extract_seconds: float = 0.0  # time in the extract stage (not saved: varies per run)

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged + self.edited + len(self.conflicts)

    def as_dict(self) -> dict:
        return {
            "unit": self.unit_id, "fetched": self.fetched, "assets": self.assets,
            "imported": self.imported, "created": self.created, "updated": self.updated,
            "unchanged": self.unchanged, "edited": self.edited, "deleted": self.deleted,
            "duplicates": self.duplicates, "conflicts": sorted(self.conflicts),
            "skipped": dict(sorted(self.skipped.items())),
            "failed": [{"url": u, "reason": r} for u, r in sorted(self.failed)],
            "unmapped_tags": dict(sorted(self.unmapped_tags.items())),
            "methods": dict(sorted(self.methods.items())),
        }


@dataclass
class ImportReport:
    units: dict[str, UnitReport] = field(default_factory=dict)
    crawl_stats: dict = field(default_factory=dict)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # phase -> seconds (not saved)

    def unit(self, unit_id: str) -> UnitReport:
        return self.units.setdefault(unit_id, UnitReport(unit_id))

    @property
    def conflicts(self) -> list[str]:
        return sorted(c for u in self.units.values() for c in u.conflicts)

    @property
    def files_changed(self) -> int:
        return sum(u.created + u.updated for u in self.units.values())

    def render_text(self) -> str:
        lines = [f"{'unit':<16}{'fetched':>8}{'imported':>9}{'new':>6}{'updated':>8}{'same':>6}"
                 f"{'dup':>5}{'skipped':>8}{'failed':>7}{'conflict':>9}"]
        for report in self.units.values():
            lines.append(
                f"{report.unit_id:<16}{report.fetched:>8}{report.imported:>9}{report.created:>6}"
                f"{report.updated:>8}{report.unchanged:>6}{report.duplicates:>5}"
                f"{sum(report.skipped.values()):>8}{len(report.failed):>7}{len(report.conflicts):>9}"
            )
        for report in self.units.values():
            for url, reason in sorted(report.failed):
                lines.append(f"failed    {report.unit_id}: {url} ({reason})")
            for reason, count in sorted(report.skipped.items()):
                lines.append(f"skipped   {report.unit_id}: {count} x {reason}")
            for path in sorted(report.conflicts):
                lines.append(f"conflict  {path}: edited here and changed upstream; "
                             f"upstream version kept in migration/conflicts/{path}")
            if report.unmapped_tags:
                tags = ", ".join(f"{t} ({n})" for t, n in sorted(report.unmapped_tags.items()))
                lines.append(f"unmapped  {report.unit_id}: tags with no shared tag: {tags}")
        return "\n".join(lines)

    def write(self, root: Path) -> Path:
        """``migration/reports/import.json``: deterministic (no times), for CI and editors."""
        data = {"units": [u.as_dict() for u in self.units.values()]}
        target = root / "migration" / "reports" / "import.json"
        write_atomic(target, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        return target
