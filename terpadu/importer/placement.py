"""Where each imported page goes in ``content/``: stable, safe and unique paths."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from terpadu.content.index import url_of
from terpadu.content.models import ARTICLE_TYPES
from terpadu.importer.slugs import slug_for, suffixed

DATED_TYPES = frozenset(ARTICLE_TYPES)
ASSET_FOLDER = "_berkas"


@dataclass(frozen=True)
class Wanted:
    """What placement needs to know of one page to import."""

    url: str
    unit_id: str
    type: str
    title: str
    date: dt.date | None


def folder_of(page: Wanted) -> str:
    """``sda/berita/2023`` for dated articles, ``sda/layanan`` for the rest."""
    if page.type in DATED_TYPES:
        assert page.date is not None, "dated types are placed only with a date"
        return f"{page.unit_id}/{page.type}/{page.date.year}"
    return f"{page.unit_id}/{page.type}"


def new_path(src_uri: str) -> str:
    """Site URL of a content file with directory URLs: ``/sda/berita/2023/x/``."""
    return "/" + url_of(src_uri)


def src_uri_of(new_site_path: str) -> str:
    return new_site_path.strip("/") + ".md"


def place(
    pages: Iterable[Wanted],
    previous: dict[str, str],
    is_free: Callable[[str, str], bool],
) -> dict[str, str]:
    """Old URL -> content-relative path (``sda/berita/2023/x.md``) for every page.

    A page imported before keeps its path (old links and editors' bookmarks stay valid).
    A new page takes the slug of its old URL; on a collision, with another page or with a
    file someone else wrote there (``is_free(src_uri, url)`` is False), it gets a suffix
    derived from its URL, so the outcome does not depend on crawl order.
    """
    placed: dict[str, str] = {}
    taken: set[str] = set()
    fresh: list[Wanted] = []
    for page in sorted(pages, key=lambda p: p.url):
        kept = previous.get(page.url)
        if kept is not None and kept.startswith(f"{page.unit_id}/{page.type}/") and kept not in taken:
            placed[page.url] = kept
            taken.add(kept)
        else:
            fresh.append(page)
    for page in fresh:
        folder = folder_of(page)
        slug = slug_for(page.url, page.title)
        candidate = f"{folder}/{slug}.md"
        if candidate in taken or not is_free(candidate, page.url):
            candidate = f"{folder}/{suffixed(slug, page.url)}.md"
        placed[page.url] = candidate
        taken.add(candidate)
    return placed


def relative(from_src_uri: str, to_src_uri: str) -> str:
    """Link from one content file to another, as MkDocs resolves it."""
    return posixpath.relpath(to_src_uri, posixpath.dirname(from_src_uri) or ".")
