"""Remember each file's scan result, so an unchanged file is not parsed again.

The front matter scan (YAML + pydantic) of a 10,000-page archive costs seconds, and a
build used to pay it twice (``terpadu build`` validates, then the MkDocs plugin loads
the project). A file's result is reused while its size and modification time are
unchanged and the *validation context* is the same: terpadu's code, the registered
page types and the registry of units. Results live in memory for the process and in
``.terpadu-cache/scan.pickle`` between runs (ADR 0702). The cache is only an
accelerator: deleting it changes nothing but the time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from terpadu.content import kinds
from terpadu.problems import Problem
from terpadu.registry import Registry

CACHE_DIR = ".terpadu-cache"


def site_cache_path(root: Path, kind: str, site_dir: Path) -> Path:
    """``.terpadu-cache/<kind>/<key>``: what a stage keeps between builds of one site
    folder (a preview's folder and the build's ``site/`` keep theirs apart)."""
    key = hashlib.sha1(str(site_dir.resolve()).encode()).hexdigest()[:12]
    return root / CACHE_DIR / kind / key
SCAN_FILE = "scan.pickle"
FORMAT = 1


@dataclass
class Entry:
    mtime_ns: int
    size: int
    document: object | None  # terpadu.content.index.Document
    problems: list[Problem]


@dataclass
class ScanCache:
    """src_uri -> last scan result, valid for one validation context (``key``)."""

    path: Path
    key: str
    entries: dict[str, Entry] = field(default_factory=dict)
    dirty: bool = False

    def lookup(self, src_uri: str, stat: os.stat_result) -> Entry | None:
        entry = self.entries.get(src_uri)
        if entry is not None and entry.mtime_ns == stat.st_mtime_ns and entry.size == stat.st_size:
            return entry
        return None

    def store(self, src_uri: str, stat: os.stat_result, document: object | None, problems: list[Problem]) -> None:
        self.entries[src_uri] = Entry(stat.st_mtime_ns, stat.st_size, document, problems)
        self.dirty = True

    def forget_missing(self, present: set[str]) -> None:
        gone = self.entries.keys() - present
        for src_uri in gone:
            del self.entries[src_uri]
        self.dirty = self.dirty or bool(gone)

    def save(self) -> None:
        """Write atomically; a cache that cannot be written is simply not kept."""
        _MEMORY[self.path] = self
        if not self.dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp = self.path.with_suffix(".tmp")
            with temp.open("wb") as out:
                pickle.dump((FORMAT, self.key, self.entries), out, protocol=pickle.HIGHEST_PROTOCOL)
            temp.replace(self.path)
            self.dirty = False
        except OSError:
            pass


_MEMORY: dict[Path, ScanCache] = {}


def open_cache(root: Path, registry: Registry) -> ScanCache:
    """The cache for this project and validation context (empty if none matches)."""
    path = root / CACHE_DIR / SCAN_FILE
    key = context_key(registry)
    cached = _MEMORY.get(path)
    if cached is not None and cached.key == key:
        return cached
    try:
        with path.open("rb") as data:
            version, saved_key, entries = pickle.load(data)  # noqa: S301 - our own cache file
        if version == FORMAT and saved_key == key:
            return ScanCache(path, key, entries)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError):
        pass
    return ScanCache(path, key)


def context_key(registry: Registry) -> str:
    """Everything a file's validation depends on besides the file itself."""
    digest = hashlib.sha256(code_stamp().encode())
    digest.update(repr(sorted((name, model.__module__, model.__qualname__) for name, model in kinds.MODELS.items())).encode())
    digest.update(repr(sorted(kinds.FOLDER_TYPES.items())).encode())
    for unit in registry:
        digest.update(unit.model_dump_json().encode())
    digest.update(registry.vocabulary.model_dump_json().encode())
    return digest.hexdigest()


_CODE_STAMP: list[str] = []


def code_stamp() -> str:
    """A hash of terpadu's own source and the versions of MkDocs and Material."""
    if not _CODE_STAMP:
        import material
        import mkdocs

        import terpadu

        digest = hashlib.sha256()
        package = Path(terpadu.__file__).parent
        for source in sorted(package.rglob("*")):
            if source.suffix in (".py", ".j2", ".html") and source.is_file():
                digest.update(source.relative_to(package).as_posix().encode())
                digest.update(source.read_bytes())
        digest.update(mkdocs.__version__.encode())
        digest.update(str(Path(material.__file__).parent).encode())
        _CODE_STAMP.append(digest.hexdigest())
    return _CODE_STAMP[0]
