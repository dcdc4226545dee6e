"""Incremental builds: re-render only what changed since the last build in ``site/``.

A full build renders every page. After one article changed, only that page, the
generated pages (listings, unit and home pages, which may show it) and the feeds
need to be written again. MkDocs' dirty mode already skips a page whose output is
newer than its source; what it cannot know is when *everything* is stale. So a dirty
build is only used when the previous build of the same ``site_dir`` was made from the
same configuration, theme overrides, units and terpadu code (the *stamp*). Otherwise
the build is full. Outputs of deleted pages are removed first (ADR 0703).
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from terpadu.content.index import url_of
from terpadu.content.scancache import CACHE_DIR, code_stamp
from terpadu.project import Paths, Project

MANIFEST_FILE = "site-manifest.json"
DIRTY_WARNING = "A 'dirty' build is being performed"
STALE_FILES_NOTICE = "The directory contains stale files"


@dataclass(frozen=True)
class Plan:
    dirty: bool
    reason: str
    removed: tuple[str, ...] = ()  # src_uris built last time that are gone now


def project_stamp(paths: Paths) -> str:
    """Hash of everything that can change every page at once."""
    digest = hashlib.sha256(code_stamp().encode())
    inputs = [paths.config_file, *sorted(paths.units_dir.rglob("*"))]
    overrides = paths.root / "overrides"
    if overrides.is_dir():
        inputs += sorted(overrides.rglob("*"))
    for path in inputs:
        if path.is_file():
            digest.update(path.relative_to(paths.root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def manifest_path(paths: Paths) -> Path:
    return paths.root / CACHE_DIR / MANIFEST_FILE


def plan(paths: Paths, project: Project, site_dir: Path) -> Plan:
    """Dirty build if the last build of ``site_dir`` had the same stamp."""
    try:
        manifest = json.loads(manifest_path(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Plan(False, "no previous build recorded")
    if manifest.get("site_dir") != str(site_dir) or not site_dir.is_dir():
        return Plan(False, "the previous build went to another folder")
    if manifest.get("stamp") != project_stamp(paths):
        return Plan(False, "configuration, units, overrides or terpadu changed")
    current = {d.src_uri for d in project.content.documents}
    removed = tuple(sorted(set(manifest.get("pages", [])) - current))
    return Plan(True, "only changed pages are rendered", removed)


def remove_outputs(site_dir: Path, src_uris: tuple[str, ...]) -> None:
    """Delete the output folder of each page that no longer exists."""
    for src_uri in src_uris:
        target = (site_dir / url_of(src_uri)).resolve()
        if target != site_dir and site_dir in target.parents:
            (target / "index.html").unlink(missing_ok=True)
            if target.is_dir() and not any(target.iterdir()):
                shutil.rmtree(target, ignore_errors=True)


def record(paths: Paths, project: Project, site_dir: Path) -> None:
    """Remember what this build was made from, for the next incremental build."""
    manifest = {
        "site_dir": str(site_dir),
        "stamp": project_stamp(paths),
        "pages": sorted(d.src_uri for d in project.content.documents),
    }
    target = manifest_path(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(manifest), encoding="utf-8")


def forget(paths: Paths) -> None:
    """A full build is about to replace site/: the old record no longer holds."""
    manifest_path(paths).unlink(missing_ok=True)


class HideDirtyWarning(logging.Filter):
    """MkDocs warns on every dirty build; in strict mode that warning would fail it.
    The stamp check above is what makes our dirty builds safe, so drop that message, and
    the notice about stale files (removed above; in a parallel build, the other shards')."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith((DIRTY_WARNING, STALE_FILES_NOTICE))
