"""Index a large site in parts, one Pagefind run after another, then merge (ADR 0502).

Pagefind holds every word position of every page in memory, several times over: about
175 KB per indexed page, 3.5 GB at 20,000 pages. Run over at most ``PART_PAGES`` pages at
a time, its peak follows the part, not the site; ``merge.py`` then writes the bundle a
single run would have written, so results and ranking are unchanged.

The parts must be contiguous in the order Pagefind numbers pages: the order it walks the
folder (depth first, each directory in the order the file system lists it, not sorted),
which ``walk_order`` reproduces with the same system calls. Every part run walks the
same slim folder, with a ``glob`` that selects just the part's files, so each part sees
its pages in the whole site's order whatever the file system.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

from terpadu.search import bundle as fmt
from terpadu.search.merge import MergeImpossible, MergeSummary, merge_bundles

log = logging.getLogger("terpadu.search")

# Pagefind's peak is roughly linear in pages (about 175 KB each, 450 MB at 2,500 pages).
PART_PAGES = 2_500
PARALLEL_RUNS = 2  # Pagefind runs at once (each part peaks at about 450 MB)
HTML_SUFFIX = ".html"  # Pagefind's default glob is **/*.{html}
COMPLETE_MARK = ".complete"  # written when a part's Pagefind run has finished
CONFIG_FILE = "pagefind.json"  # read from the working directory; a glob can be too long for argv
_GLOB_SPECIAL = re.compile(r"([\\*?$:<>()\[\]{},!])")
_SORT = re.compile(rb'data-pagefind-sort="([^"]*)"')
_LANG = re.compile(rb"<html\b[^>]*?\blang=\"([^\"]*)\"", re.IGNORECASE)
_FOUND = re.compile(r"Found (\d+) files? matching")

Runner = Callable[[list[str], Path], subprocess.CompletedProcess]


def walk_order(site: Path) -> list[str]:
    """The site's HTML files (relative, ``/``-separated) in the order Pagefind walks them:
    depth first, entries in directory-listing order, a directory entered where it is met."""
    found: list[str] = []

    def visit(folder: Path, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    visit(Path(entry.path), f"{prefix}{entry.name}/")
                elif entry.name.endswith(HTML_SUFFIX):
                    found.append(prefix + entry.name)

    visit(site, "")
    return found


def split(files: list[str], part_pages: int) -> list[tuple[int, int]]:
    """Contiguous ranges of at most ``part_pages`` files, of nearly equal sizes."""
    count = -(-len(files) // part_pages)
    size = -(-len(files) // count)
    return [(start, min(start + size, len(files))) for start in range(0, len(files), size)]


def part_glob(files: list[str], start: int, end: int) -> str:
    """A glob matching exactly ``files[start:end]``: whole directories as ``dir/**/*.html``
    (a contiguous range in walk order holds whole subtrees except at its two ends), the
    remaining files by name. Short enough for Pagefind's glob compiler."""
    total = Counter(folder for path in files for folder in _folders(path))
    inside = Counter(folder for path in files[start:end] for folder in _folders(path))
    patterns, covered = [], set()
    for path in files[start:end]:
        whole = next((folder for folder in _folders(path) if inside[folder] == total[folder]), None)
        if whole is None:
            patterns.append(_escape(path))
        elif whole not in covered:
            covered.add(whole)
            patterns.append(f"{_escape(whole)}/**/*{HTML_SUFFIX}")
    return patterns[0] if len(patterns) == 1 else "{" + ",".join(patterns) + "}"


def _folders(path: str) -> list[str]:
    """The folders holding ``path``, outermost first ("a/b/c.html": "a", "a/b")."""
    parts = path.split("/")[:-1]
    return ["/".join(parts[:depth]) for depth in range(1, len(parts) + 1)]


def _escape(path: str) -> str:
    return _GLOB_SPECIAL.sub(r"\\\1", path)


def read_page_facts(site: Path, files: list[str]) -> tuple[set[str | None], dict[str, dict[str, str]]]:
    """Each page's ``<html lang>`` (None when missing) and its ``data-pagefind-sort`` values."""
    languages: set[str | None] = set()
    sorts: dict[str, dict[str, str]] = {}
    for name in files:
        data = (site / name).read_bytes()
        lang = _LANG.search(data, 0, 4096)
        languages.add(lang.group(1).decode("utf-8", "replace") if lang else None)
        values = {}
        for match in _SORT.finditer(data):
            key, sep, value = html.unescape(match.group(1).decode("utf-8")).partition(":")
            if not sep:
                raise MergeImpossible(f"{name}: a data-pagefind-sort without key:value")
            values[key] = value
        sorts[name] = values
    return languages, sorts


def index_in_parts(command: list[str], site: Path, output: Path, files: list[str], run: Runner,
                   part_pages: int = PART_PAGES, cache: Path | None = None) -> MergeSummary:
    """Run Pagefind (``command``: binary and options, without site and output) on each
    part of ``site`` in turn, then merge the parts' bundles into ``output``.

    ``cache``: a folder that keeps each part's bundle for the next build, named by what
    the part was made from (its files' names, sizes and times, Pagefind and its options).
    After an incremental build only the parts holding a changed page are indexed again;
    the merge then links the kept fragments instead of moving them."""
    languages, sorts = read_page_facts(site, files)
    if len(languages) != 1 or None in languages:
        raise MergeImpossible("pages of several languages (or none) are merged by language in one run only")
    ranges = split(files, part_pages)
    with _work_folder(cache) as work, ThreadPoolExecutor(max_workers=_runs_at_once()) as pool:
        def index_part(number: int) -> Path:
            start, end = ranges[number]
            glob = part_glob(files, start, end)
            if cache is None:
                folder = work / f"part-{number}"
                _run_part(command, site, folder, glob, end - start, run)
                return folder
            return _kept_part(command, site, work, glob, files[start:end], run)

        folders = list(pool.map(index_part, range(len(ranges))))
        values = [_sort_values_of(folder, files[start:end], sorts) for folder, (start, end) in zip(folders, ranges)]
        summary = merge_bundles(folders, output, values, keep_parts=cache is not None)
        if cache is not None:
            _forget_other_parts(work, {folder.name for folder in folders})
        return summary


def _runs_at_once() -> int:
    """Pagefind leaves a core idle in its single-threaded phases, so two runs go at once
    on a machine with two cores or more: the peak is two parts' worth (ADR 0502)."""
    return max(1, min(PARALLEL_RUNS, os.cpu_count() or 1))


@contextmanager
def _work_folder(cache: Path | None) -> Iterator[Path]:
    if cache is None:
        with tempfile.TemporaryDirectory(prefix="terpadu-parts-") as work:
            yield Path(work)
    else:
        cache.mkdir(parents=True, exist_ok=True)
        yield cache


def _kept_part(command: list[str], site: Path, cache: Path, glob: str, files: list[str], run: Runner) -> Path:
    """The part's bundle from ``cache`` when it was made from the same files, else a new one."""
    digest = hashlib.sha1(json.dumps([_pagefind_version(), command, glob]).encode())
    for name in files:
        stat = (site / name).stat()
        digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    folder = cache / digest.hexdigest()[:16]
    if (folder / COMPLETE_MARK).is_file():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(folder.with_name(folder.name + "-config"), ignore_errors=True)
    _run_part(command, site, folder, glob, len(files), run)
    (folder / COMPLETE_MARK).touch()  # a part cut short by a failure is never reused
    return folder


def _forget_other_parts(cache: Path, used: set[str]) -> None:
    for entry in cache.iterdir():
        if entry.name not in used:
            shutil.rmtree(entry, ignore_errors=True)


def _pagefind_version() -> str:
    try:
        return metadata.version("pagefind-bin")
    except metadata.PackageNotFoundError:
        return "?"


def _run_part(command: list[str], site: Path, folder: Path, glob: str, expected: int, run: Runner) -> None:
    config_dir = folder.with_name(folder.name + "-config")
    config_dir.mkdir()
    (config_dir / CONFIG_FILE).write_text(json.dumps({"glob": glob}), encoding="utf-8")
    done = run([*command, "--site", str(site), "--output-path", str(folder)], config_dir)
    found = _FOUND.search(done.stdout)
    if found is None or int(found.group(1)) != expected:
        raise MergeImpossible(f"a part's glob matched {found.group(1) if found else '?'} files, not {expected}")


def _sort_values_of(folder: Path, files: list[str], sorts: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """Sort values per page of a part, in page order. Pagefind numbers only pages with
    words; when it dropped some, the fragments' URLs say which page is which file."""
    entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    info = next(iter(entry["languages"].values()))
    if info["page_count"] == len(files):
        return [sorts[name] for name in files]
    meta = fmt.read_cbor(folder / f"pagefind.{info['hash']}.pf_meta")
    by_url = {_url_of(name): sorts[name] for name in files}
    urls = [json.loads(fmt.read_payload(folder / "fragment" / f"{name}.pf_fragment"))["url"]
            for name, _ in meta[fmt.PAGES]]
    return [by_url[url] for url in urls]


def _url_of(name: str) -> str:
    """The URL Pagefind gives a file (``index.html`` dropped)."""
    return "/" + (name[: -len("index.html")] if name == "index.html" or name.endswith("/index.html") else name)
