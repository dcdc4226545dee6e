"""Post-build step: put Pagefind's filter indexes in a fixed order, so two builds of one
commit give identical files (a sync then uploads only what really changed).

Pagefind 1.5 writes each filter's values in hash-map order, which differs from run to run
(Pagefind/pagefind#638: fragments became stable in 1.3, filter and metadata indexes did
not). We sort the values, name each file by the hash of its new content, and rewrite the
metadata and entry files that point to them. The browser reads the same data either way.
See docs/adr/0804-reproducible-builds.md.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import cbor2

from terpadu.project import Project

SIGNATURE = b"pagefind_dcd"
BUNDLE_DIR = "pagefind"


def stabilise(site_dir: Path) -> int:
    """Rewrite the bundle in ``site_dir``; returns how many filter files were reordered."""
    bundle = site_dir / BUNDLE_DIR
    entry_path = bundle / "pagefind-entry.json"
    if not entry_path.is_file():
        return 0
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    changed = 0
    for language, info in entry["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        filters = meta[3]  # [[filter name, file hash], ...] (Pagefind 1.5's metadata layout)
        for item in filters:
            old = bundle / "filter" / f"{item[1]}.pf_filter"
            name, values = _read(old)
            item[1] = _write(bundle / "filter", language, ".pf_filter", [name, sorted(values, key=lambda v: v[0])])
            if bundle / "filter" / f"{item[1]}.pf_filter" != old:
                old.unlink()
                changed += 1
        filters.sort(key=lambda item: item[0])  # the list of filters is unordered too
        new_hash = _write(bundle, language, ".pf_meta", meta, prefix="pagefind.", digits=10)
        if new_hash != info["hash"]:
            meta_path.unlink()
            info["hash"] = new_hash
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return changed


def build_step(project: Project, site_dir: Path) -> None:
    stabilise(site_dir)


def _read(path: Path) -> list:
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind index file")
    return cbor2.loads(raw[len(SIGNATURE):])


def _write(folder: Path, language: str, suffix: str, data: list, prefix: str = "", digits: int = 7) -> str:
    """Write ``data`` gzipped (no timestamp) under a name from its content; returns the hash."""
    payload = SIGNATURE + cbor2.dumps(data)
    file_hash = f"{language}_{hashlib.sha256(payload).hexdigest()[:digits]}"
    (folder / f"{prefix}{file_hash}{suffix}").write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    return file_hash
