"""Post-build step: Pagefind indexes the built site into ``site/pagefind/``.

Pagefind reads each page's ``<html lang="id">`` and stems words with its Snowball
Indonesian stemmer, so "membangun", "pembangunan" and "bangun" meet at one stem. Only
elements marked ``data-pagefind-body`` are indexed (the theme marks real content pages),
so Pagefind runs over a slim copy of the site holding just those (``slim.py``; ADR 0500,
"Revision"): the same index, for a fraction of the bytes parsed. A site of more than
``PART_PAGES`` pages is indexed in parts, one Pagefind run after another, merged into the
bundle one run would write (``parts.py``, ADR 0502): Pagefind's memory follows the part.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pagefind.service import get_executable

from terpadu.content.scancache import site_cache_path
from terpadu.project import Project
from terpadu.search.merge import MergeImpossible
from terpadu.search.parts import PART_PAGES, index_in_parts, walk_order
from terpadu.search.slim import write_slim_site

log = logging.getLogger("terpadu.search")

BUNDLE_DIR = "pagefind"
# Files Pagefind writes for its ready-made UIs; our own small script replaces them.
UNUSED_UI_FILES = (
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
)
TIMEOUT_SECONDS = 1800
NO_BODY_MESSAGE = "Did not find a data-pagefind-body element"
NO_BODY_PROBLEM = ("no page marks its main content with data-pagefind-body "
                   "(is overrides/main.html in place and the terpadu plugin enabled?)")
# Inside the indexed content but not content: heading permalinks ("¶"), edit buttons.
EXCLUDE_SELECTORS = ".headerlink, .md-content__button"


class IndexingFailed(Exception):
    """Pagefind could not index the site; the message carries its own output."""


@dataclass(frozen=True)
class IndexSummary:
    pages: int
    words: int
    languages: tuple[str, ...]


def index_site(project: Project | None, site_dir: Path, part_pages: int = PART_PAGES) -> IndexSummary:
    """Index ``site_dir`` into ``site_dir/pagefind/``; the build step of ``terpadu build``.
    ``part_pages``: the most pages given to one Pagefind run (tests use small parts)."""
    binary = get_executable()
    if binary is None:
        raise IndexingFailed("the Pagefind binary is missing: install 'pagefind[bin]'")
    command = [str(binary), "--exclude-selectors", EXCLUDE_SELECTORS]
    output = site_dir / BUNDLE_DIR
    with _slim_folder(project, site_dir) as slim_dir:
        pages_read, pages_kept = write_slim_site(site_dir, Path(slim_dir))
        if pages_read and not pages_kept:
            # Pagefind would index whole pages (menus, footers): the theme override is missing.
            raise IndexingFailed(NO_BODY_PROBLEM)
        summary = None
        if pages_kept > part_pages:
            summary = _index_in_parts(command, Path(slim_dir), output, walk_order(Path(slim_dir)), part_pages,
                                      _parts_folder(project, site_dir))
        if summary is None:
            summary = _index_in_one_run(command, Path(slim_dir), output)
    for name in UNUSED_UI_FILES:
        (output / name).unlink(missing_ok=True)
    log.info("Search index: %d pages, %d words (%s)", summary.pages, summary.words, ", ".join(summary.languages))
    return summary


@contextmanager
def _slim_folder(project: Project | None, site_dir: Path) -> Iterator[Path]:
    """Where the slim copy of ``site_dir`` is kept between builds (one per site folder,
    under ``.terpadu-cache/``); a temporary folder when there is no project."""
    if project is None:
        with tempfile.TemporaryDirectory(prefix="terpadu-search-") as folder:
            yield Path(folder)
        return
    folder = site_cache_path(project.paths.root, "search-slim", site_dir)
    folder.mkdir(parents=True, exist_ok=True)
    yield folder


def _parts_folder(project: Project | None, site_dir: Path) -> Path | None:
    """Where the parts' bundles are kept for the next build (ADR 0502): none without a project."""
    return None if project is None else site_cache_path(project.paths.root, "search-parts", site_dir)


def _index_in_one_run(command: list[str], slim_dir: Path, output: Path) -> IndexSummary:
    done = _run_pagefind([*command, "--site", str(slim_dir), "--output-path", str(output)])
    return parse_summary(done.stdout)


def _index_in_parts(command: list[str], slim_dir: Path, output: Path, files: list[str],
                    part_pages: int, cache: Path | None) -> IndexSummary | None:
    """The merged bundle's summary, or None when the parts cannot be merged exactly or
    a part fails on its own (then the caller indexes in one run, as before, and reports
    Pagefind's own error if that fails too)."""
    try:
        merged = index_in_parts(command, slim_dir, output, files, _run_pagefind, part_pages, cache)
    except (MergeImpossible, IndexingFailed) as exc:
        log.warning("Search index in one run (%s)", str(exc).splitlines()[0])
        shutil.rmtree(output, ignore_errors=True)
        return None
    entry = json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))
    return IndexSummary(merged.pages, merged.words, tuple(entry["languages"]))


def _run_pagefind(command: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, cwd=cwd)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise IndexingFailed(f"Pagefind did not run: {exc}") from None
    if done.returncode != 0:
        raise IndexingFailed(f"Pagefind failed:\n{done.stdout}{done.stderr}".rstrip())
    if NO_BODY_MESSAGE in done.stdout:  # a safeguard: every page given to Pagefind has one
        raise IndexingFailed(NO_BODY_PROBLEM)
    return done


def parse_summary(output: str) -> IndexSummary:
    """Pagefind's closing lines ("Indexed 12 pages", "Discovered 1 language: id")."""
    pages = _count(r"Indexed (\d+) pages?", output)
    words = _count(r"Indexed (\d+) words?", output)
    match = re.search(r"Discovered \d+ languages?: (.+)", output)
    languages = tuple(s.strip() for s in match.group(1).split(",")) if match else ()
    return IndexSummary(pages, words, languages)


def _count(pattern: str, text: str) -> int:
    match = re.search(pattern, text)
    return int(match.group(1)) if match else 0


def build_step(project: Project, site_dir: Path) -> None:
    """The ``POST_STEPS`` entry; failures surface as a failed build, not a traceback."""
    from terpadu.build import BuildFailed

    try:
        index_site(project, site_dir)
    except IndexingFailed as exc:
        raise BuildFailed(str(exc)) from None
