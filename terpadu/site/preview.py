"""Preview a part of the archive: ``terpadu serve --unit sda --since 2024``.

A 10,000-page archive takes minutes to render; an editor working on one unit does not
need the other units' old news. A :class:`PreviewScope` keeps every page that is not
an archived article (home, units, services, guides: the site still looks whole) and,
of the archive (``<unit>/<type>/<year>/...``), only what matches all the given limits.
Left-out files are marked *excluded* for MkDocs, so a link to one is reported at INFO
level instead of failing the preview (ADR 0704). ``terpadu build`` never uses a scope.

The scope travels to the MkDocs plugin in the ``TERPADU_PREVIEW`` environment
variable (JSON), so MkDocs' own config reloads on each save keep it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass

ENV_VAR = "TERPADU_PREVIEW"
ARCHIVE_PATH = re.compile(r"^(?P<unit>[^/]+)/(?P<type>berita|pengumuman|regulasi|artikel)/(?P<year>\d{4})/")


@dataclass(frozen=True)
class PreviewScope:
    units: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()  # folders of content/, e.g. "sda/berita/2025"
    since: int | None = None  # first year of the archive to keep

    def __post_init__(self) -> None:
        object.__setattr__(self, "folders", tuple(f.strip("/") + "/" for f in self.folders if f.strip("/")))

    @property
    def limited(self) -> bool:
        return bool(self.units or self.folders or self.since is not None)

    def keeps(self, src_uri: str) -> bool:
        match = ARCHIVE_PATH.match(src_uri)
        if match is None:
            return True
        if self.units and match["unit"] not in self.units:
            return False
        if self.since is not None and int(match["year"]) < self.since:
            return False
        return not self.folders or src_uri.startswith(self.folders)

    def describe(self) -> str:
        parts = []
        if self.units:
            parts.append("unit " + ", ".join(self.units))
        if self.folders:
            parts.append("folder " + ", ".join(f.rstrip("/") for f in self.folders))
        if self.since is not None:
            parts.append(f"since {self.since}")
        return "; ".join(parts) or "everything"

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> PreviewScope | None:
        raw = os.environ.get(ENV_VAR)
        if not raw:
            return None
        data = json.loads(raw)
        scope = cls(tuple(data.get("units", ())), tuple(data.get("folders", ())), data.get("since"))
        return scope if scope.limited else None
