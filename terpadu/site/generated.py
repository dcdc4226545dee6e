"""Generated pages an incremental build does not need to render again (ADR 0703, revision).

Listings, unit pages, the home page and catalogue pages are generated from the project
on every build (``File.generated``), so MkDocs' dirty mode sees them as changed every
time: after a one-article edit it rendered all of them again, about a thousand pages at
10,000 articles, although the edit changes one or two listings. A generated page's HTML
follows from its Markdown, the theme, the configuration and the nav; the incremental
build's stamp already covers all but the Markdown. So each full or incremental build
records a hash of every generated page's Markdown, and the next incremental build skips
a generated page whose Markdown hashes the same and whose output is still there.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from mkdocs.structure.files import File

from terpadu.content.scancache import site_cache_path
from terpadu.incremental import remove_outputs

RECORD_DIR = "generated-pages"


class GeneratedPages:
    """The generated pages of one build, and what the previous build of the site had."""

    def __init__(self, root: Path, site_dir: Path) -> None:
        self.record = site_cache_path(root, RECORD_DIR, site_dir).with_suffix(".json")
        self.hashes: dict[str, str] = {}

    def add(self, file: File, markdown: str) -> None:
        self.hashes[file.src_uri] = hashlib.sha1(markdown.encode("utf-8")).hexdigest()

    def skip_unchanged(self, files: list[File], site_dir: Path) -> int:
        """Mark each generated page whose Markdown and output are as last time as not
        modified, so MkDocs' dirty mode neither reads nor writes it, and delete the output
        of generated pages that are gone (a listing's last page). Returns how many were skipped."""
        previous = self._previous()
        remove_outputs(site_dir, tuple(sorted(set(previous) - set(self.hashes))))
        skipped = 0
        for file in files:
            digest = self.hashes.get(file.src_uri)
            if digest is not None and previous.get(file.src_uri) == digest and os.path.isfile(file.abs_dest_path):
                file.is_modified = _not_modified  # type: ignore[method-assign]
                skipped += 1
        return skipped

    def save(self) -> None:
        self.record.parent.mkdir(parents=True, exist_ok=True)
        self.record.write_text(json.dumps(self.hashes, sort_keys=True), encoding="utf-8")

    def _previous(self) -> dict[str, str]:
        try:
            data = json.loads(self.record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}


def _not_modified() -> bool:
    return False
