"""Listings of dated articles: across the ministry, per unit, per unit and year.

Every listing comes from one pass over the articles, newest first
(:meth:`ContentIndex.articles`), grouped into buckets; each bucket is cut into pages
of :data:`PAGE_SIZE`. The work is linear in the number of articles, and no article
enters the sidebar navigation (ADR 0700).

URLs citizens see, for a type such as ``berita``:

- ``/berita/`` ("Berita terkini"), then ``/berita/halaman/2/``, ... across all units;
- ``/<unit>/berita/``: the unit's latest items and its years;
- ``/<unit>/berita/<year>/``, then ``/<unit>/berita/<year>/halaman/2/``, ...

Generated listing pages carry ``listing: true`` and ``search: {exclude: true}`` in
their front matter, so the search index can leave them out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from terpadu.content.models import ArticleMeta
from terpadu.project import Project
from terpadu.registry import Unit
from terpadu.site.articles import link
from terpadu.site.features import Feature, GeneratedPage, Section
from terpadu.site.feeds import feed_path
from terpadu.site.render import render

PAGE_SIZE = 30
PAGE_FOLDER = "halaman"
UNIT_LATEST = 5
HOME_LATEST = 6
PAGER_NEIGHBOURS = 2

# type -> (label, title of the ministry-wide listing). The first three are in the nav,
# so their listings exist even while empty.
TYPES: dict[str, tuple[str, str]] = {
    "berita": ("Berita", "Berita terkini"),
    "pengumuman": ("Pengumuman", "Pengumuman"),
    "regulasi": ("Regulasi", "Regulasi"),
    "artikel": ("Artikel", "Artikel"),
}
ALWAYS_LISTED = ("berita", "pengumuman", "regulasi")


@dataclass(frozen=True)
class Entry:
    """What a listing shows of one article."""

    src_uri: str
    title: str
    day: dt.date
    type: str
    units: tuple[str, ...]  # short names of the publishing units
    summary: str | None


@dataclass
class Archive:
    """All listing buckets, each newest first, filled in one pass."""

    ministry: dict[str, list[Entry]] = field(default_factory=dict)
    by_unit: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    by_year: dict[tuple[str, str, int], list[Entry]] = field(default_factory=dict)

    def years(self, unit_id: str, type_name: str) -> list[int]:
        return sorted({y for (u, t, y) in self.by_year if u == unit_id and t == type_name}, reverse=True)


def collect(project: Project) -> Archive:
    """Sort once (done by the index), then append each article to its buckets."""
    archive = Archive()
    short = {u.id: u.short_name for u in project.registry}
    for document in project.content.articles():
        meta: ArticleMeta = document.meta  # type: ignore[assignment]
        unit_ids = tuple(dict.fromkeys(meta.units or [meta.unit]))
        entry = Entry(document.src_uri, meta.title, meta.day, meta.type,
                      tuple(short.get(u, u) for u in unit_ids), meta.summary or meta.description)
        archive.ministry.setdefault(meta.type, []).append(entry)
        for unit_id in unit_ids:
            archive.by_unit.setdefault((unit_id, meta.type), []).append(entry)
            archive.by_year.setdefault((unit_id, meta.type, meta.day.year), []).append(entry)
    return archive


class Listings(Feature):
    """Generates every listing page, and the latest items on unit pages and the home page."""

    def __init__(self) -> None:
        self._archive: Archive | None = None
        self._project: Project | None = None

    def archive(self, project: Project) -> Archive:
        """Collected once per loaded project (a build, or one preview rebuild)."""
        if self._project is not project or self._archive is None:
            self._project, self._archive = project, collect(project)
        return self._archive

    def pages(self, project: Project) -> Iterable[GeneratedPage]:
        archive = self.archive(project)
        for type_name in sorted(set(ALWAYS_LISTED) | set(archive.ministry), key=list(TYPES).index):
            label, title = TYPES[type_name]
            yield from _paginate(type_name, title, f"{title} dari seluruh unit kerja kementerian.",
                                 archive.ministry.get(type_name, []), feed_unit=None)
        for unit in project.registry:
            for type_name, (label, _) in TYPES.items():
                entries = archive.by_unit.get((unit.id, type_name))
                if not entries:
                    continue
                years = archive.years(unit.id, type_name)
                yield _unit_index(unit, type_name, label, entries, years)
                for year in years:
                    yield from _paginate(
                        f"{unit.id}/{type_name}/{year}", f"{label} {unit.short_name} {year}",
                        f"{label} {unit.name} tahun {year}.", archive.by_year[(unit.id, type_name, year)],
                        feed_unit=unit.id,
                    )

    def unit_sections(self, project: Project, unit: Unit) -> Iterable[Section]:
        archive = self.archive(project)
        for weight, type_name in enumerate(("berita", "pengumuman", "regulasi")):
            entries = archive.by_unit.get((unit.id, type_name))
            if not entries:
                continue
            label = TYPES[type_name][0]
            from_uri = f"{unit.id}/index.md"
            yield Section(30 + weight, render(
                "listing_section.md.j2", heading=f"{label} terbaru",
                entries=_linked(entries[:UNIT_LATEST], from_uri),
                more=(f"Semua {label.lower()} {unit.short_name}", link(from_uri, f"{unit.id}/{type_name}/index.md")),
            ))

    def home_sections(self, project: Project) -> Iterable[Section]:
        entries = self.archive(project).ministry.get("berita", [])
        yield Section(30, render(
            "listing_section.md.j2", heading="Berita terkini",
            entries=_linked(entries[:HOME_LATEST], "index.md"),
            more=("Semua berita", "berita/index.md"),
        ))


def listing_uri(base: str, number: int) -> str:
    """``berita/index.md`` for page 1, ``berita/halaman/2.md`` after it."""
    return f"{base}/index.md" if number == 1 else f"{base}/{PAGE_FOLDER}/{number}.md"


def _paginate(
    base: str, title: str, description: str, entries: list[Entry], feed_unit: str | None
) -> Iterator[GeneratedPage]:
    total = max(1, -(-len(entries) // PAGE_SIZE))
    for number in range(1, total + 1):
        src_uri = listing_uri(base, number)
        chunk = entries[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        yield GeneratedPage(src_uri, render(
            "listing.md.j2", title=title if number == 1 else f"{title} (halaman {number})",
            heading=title, description=description, entries=_linked(chunk, src_uri),
            number=number, total=total, pager=_pager(base, src_uri, number, total), years=[],
            feed=_feed_href(src_uri, feed_unit),
        ))


def _unit_index(unit: Unit, type_name: str, label: str, entries: list[Entry], years: list[int]) -> GeneratedPage:
    src_uri = f"{unit.id}/{type_name}/index.md"
    title = f"{label} {unit.short_name}"
    return GeneratedPage(src_uri, render(
        "listing.md.j2", title=title, heading=title, description=f"{label} terbaru {unit.name}.",
        entries=_linked(entries[:PAGE_SIZE], src_uri), number=1, total=1, pager=[],
        years=[(y, link(src_uri, f"{unit.id}/{type_name}/{y}/index.md")) for y in years],
        feed=_feed_href(src_uri, unit.id),
    ))


def _linked(entries: list[Entry], from_uri: str) -> list[tuple[Entry, str, str]]:
    return [(e, link(from_uri, e.src_uri), TYPES[e.type][0]) for e in entries]


def _pager(base: str, from_uri: str, number: int, total: int) -> list[tuple[str, str | None]]:
    """(label, link or None for the current page): first, neighbours, last, prev/next."""
    if total == 1:
        return []
    shown = sorted({1, total, *range(max(1, number - PAGER_NEIGHBOURS), min(total, number + PAGER_NEIGHBOURS) + 1)})
    items: list[tuple[str, str | None]] = []
    if number > 1:
        items.append(("« Sebelumnya", link(from_uri, listing_uri(base, number - 1))))
    previous = 0
    for n in shown:
        if n - previous > 1:
            items.append(("…", ""))
        items.append((str(n), None if n == number else link(from_uri, listing_uri(base, n))))
        previous = n
    if number < total:
        items.append(("Berikutnya »", link(from_uri, listing_uri(base, number + 1))))
    return items


def _feed_href(src_uri: str, unit_id: str | None) -> str:
    """Relative URL of the RSS feed, for raw HTML (the feed is written after the build,
    so it is not a docs file MkDocs could check a Markdown link against)."""
    depth = src_uri.count("/") + (0 if src_uri.endswith("index.md") else 1)
    return "../" * depth + feed_path(unit_id)
