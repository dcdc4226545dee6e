"""What Pagefind reads of a built page, cut out of it: a slim copy of ``site/``.

Pagefind parses every HTML file it is given in full, although with ``data-pagefind-body``
on the site it indexes only that element: the header, navigation, footer and scripts
(about four fifths of a news page's bytes) are parsed for nothing, and that parsing is
most of the search step's time and memory (docs/adr/0500, "Revision"). Of each built
page we keep:

- the ``<html ...>`` start tag (Pagefind picks the page's language, and so its stemmer,
  from ``lang``) and the ``<title>`` element (its fallback for a page title);
- each ``data-pagefind-body`` element, byte for byte, with everything inside it (the
  hidden filter, meta, sort and weight elements are inside it: ``overrides/main.html``).

A page without ``data-pagefind-body`` is left out: Pagefind would not index it either.
When the element cannot be cut out (its end tag is not found by counting tags, as with
unbalanced raw HTML), the page is copied whole, so Pagefind sees what it saw before.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path

HTML_GLOB = "**/*.html"
PARALLEL_FROM = 500  # pages to cut before it is worth starting processes
MAX_PROCESSES = 4
BODY_ATTRIBUTE = b"data-pagefind-body"
_TAG_NAME = re.compile(rb"<([a-zA-Z][a-zA-Z0-9]*)\s")
_HTML_TAG = re.compile(rb"<html\b[^>]*>", re.IGNORECASE)
_TITLE = re.compile(rb"<title\b[^>]*>.*?</title\s*>", re.IGNORECASE | re.DOTALL)
# Inside the body, comments and scripts may hold text that looks like tags: skip them whole.
_OPAQUE = rb"<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>"


def slim_page(html: bytes) -> bytes | None:
    """The parts of one built page Pagefind indexes; ``None`` if it has no indexed body."""
    bodies, position = [], 0
    while (start := _body_start(html, position)) is not None:
        end = _element_end(html, start[0], start[1])
        if end is None:
            return html  # unbalanced markup: let Pagefind read the whole page, as before
        bodies.append(html[start[0]:end])
        position = end
    if not bodies:
        # The attribute where no start tag could be read: copy the page rather than lose it.
        return html if BODY_ATTRIBUTE in html else None
    html_tag = _HTML_TAG.search(html)
    title = _TITLE.search(html)
    return b"".join((
        b"<!DOCTYPE html>", html_tag.group(0) if html_tag else b"<html>",
        b"<head>", title.group(0) if title else b"", b"</head><body>",
        *bodies, b"</body></html>",
    ))


def _body_start(html: bytes, position: int) -> tuple[int, bytes] | None:
    """Offset and tag name of the next element carrying ``data-pagefind-body``.

    A plain ``find`` is much faster than a regular expression tried at every tag; a hit
    counts only inside a start tag (the text of a page may mention the attribute)."""
    while (found := html.find(BODY_ATTRIBUTE, position)) != -1:
        opening = html.rfind(b"<", position, found)
        tag = _TAG_NAME.match(html, opening) if opening != -1 else None
        if tag is not None and html.find(b">", opening, found) == -1:
            return opening, tag.group(1)
        position = found + len(BODY_ATTRIBUTE)
    return None


def _element_end(html: bytes, start: int, tag: bytes) -> int | None:
    """Offset just past the end tag matching the element opened at ``start``."""
    tags = re.compile(_OPAQUE + rb"|<(/?)" + re.escape(tag) + rb"\b[^>]*>", re.IGNORECASE | re.DOTALL)
    depth = 0
    for match in tags.finditer(html, start):
        if match.group(1) is None:
            continue  # a comment or script
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.end()
    return None


def write_slim_site(site_dir: Path, slim_dir: Path) -> tuple[int, int]:
    """Bring the slim copy under ``slim_dir`` up to date with every HTML page of
    ``site_dir``, at the same relative paths (so Pagefind gives the same URLs). Returns
    (pages in the site, pages in the slim copy).

    The copy is kept between builds (``.terpadu-cache/``): a page is cut again only when
    its HTML is newer than its slim copy (an incremental build rewrites only changed
    pages), and copies of pages that are gone or no longer indexed are deleted. Deleting
    a whole copy of 10,000 files each build cost seconds on its own."""
    pages = sorted(site_dir.glob(HTML_GLOB))
    targets = {page: slim_dir / page.relative_to(site_dir) for page in pages}
    kept = {target for page, target in targets.items() if _is_current(target, page)}
    written = _cut_all(site_dir, slim_dir, [page for page, target in targets.items() if target not in kept])
    _remove_others(slim_dir, kept | set(written))
    return len(pages), len(kept) + len(written)


def _cut_all(site_dir: Path, slim_dir: Path, pages: list[Path]) -> list[Path]:
    """Cut ``pages`` into the slim copy; returns the copies written (a page without an
    indexed body has none). For a large site the cutting (Python work: about 3 s at
    10,000 pages on one core) runs in several processes, but files are written here, in
    order: some file systems list a folder in creation order, and Pagefind numbers pages
    in listing order, so a fixed order keeps two builds' bundles identical."""
    workers = min(os.cpu_count() or 1, MAX_PROCESSES)
    written = []
    with ExitStack() as stack:
        if len(pages) < PARALLEL_FROM or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            cut: Iterable[bytes | None] = map(_cut, pages)
        else:
            pool = stack.enter_context(ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")))
            cut = pool.map(_cut, pages, chunksize=max(1, len(pages) // (workers * 8)))
        for path, slim in zip(pages, cut):
            if slim is None:
                continue
            target = slim_dir / path.relative_to(site_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(slim)
            written.append(target)
    return written


def _cut(page: Path) -> bytes | None:
    return slim_page(page.read_bytes())


def _is_current(slim: Path, page: Path) -> bool:
    try:
        return slim.stat().st_mtime_ns >= page.stat().st_mtime_ns
    except FileNotFoundError:
        return False


def _remove_others(slim_dir: Path, wanted: set[Path]) -> None:
    """Delete what the slim copy holds beyond ``wanted``, and folders left empty."""
    for folder, subfolders, files in os.walk(slim_dir, topdown=False):
        for name in files:
            if Path(folder, name) not in wanted:
                os.unlink(os.path.join(folder, name))
        if folder != str(slim_dir) and not os.listdir(folder):
            os.rmdir(folder)
