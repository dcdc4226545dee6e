"""What Pagefind learns about one page: whether it is indexed, its filters, meta, sort
key, ranking weight and hidden search terms. The theme writes these as ``data-pagefind-*``
attributes around the page's main content (``overrides/main.html``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from terpadu.project import Project
from terpadu.search.glossary import Glossary

# Ranking: a citizen looking for "izin bangunan" wants the service, not the news about it.
# The weight multiplies every word of the page body (Pagefind's data-pagefind-weight).
TYPE_WEIGHTS: dict[str, float] = {
    "layanan": 3.0,
    "unit": 1.5,
    "profil": 1.2,
    "halaman": 1.0,
    "regulasi": 1.0,
    "pengumuman": 0.8,
    "berita": 0.7,
    "artikel": 0.7,
}
TYPE_LABELS: dict[str, str] = {
    "layanan": "Layanan",
    "berita": "Berita",
    "pengumuman": "Pengumuman",
    "regulasi": "Regulasi",
    "artikel": "Artikel",
    "unit": "Unit kerja",
    "profil": "Profil",
    "halaman": "Halaman",
}
# Hidden terms (a service's own search terms, glossary acronyms) weigh more than a page
# title (Pagefind weighs an <h1> 7), so an old name finds the current service first.
TERMS_WEIGHT = 10.0
# A retired service (status: dihentikan) still answers its old name, but below its
# successor: it is indexed by its title and summary only, at this weight (no heading
# weights, which would otherwise outrank the successor's hidden terms).
RETIRED_WEIGHT = 0.3
# Pagefind adds a boost when the query matches a meta field (its ranking.metaWeights, handed
# to the search script in the header's data-tp-ranking attribute): a match in a page's hidden
# search terms counts for more than one in a title, so "IMB" finds the PBG service before
# the retired IMB page.
META_WEIGHTS: dict[str, float] = {"title": 5.0, "terms": 10.0}
# Pages that list or point to other pages: indexing them would duplicate every result.
# Generated listings say so with `listing: true`; these pages predate that flag.
NOT_INDEXED = {
    "index.md", "cari/index.md", "unit-kerja/index.md",
    "layanan/index.md", "layanan/kepatuhan/index.md",
}
# Front matter fields a page type may use for its hidden search terms.
TERM_FIELDS = ("search_terms", "keywords", "synonyms")


@dataclass(frozen=True)
class SearchAttributes:
    indexed: bool
    type: str = "halaman"
    units: tuple[str, ...] = ()
    unit_labels: tuple[str, ...] = ()
    date: dt.date | None = None
    terms: str = ""
    retired: bool = False  # a discontinued service: found, but below its successor
    summary: str = ""  # what a retired page is indexed by instead of its full text

    @property
    def type_label(self) -> str:
        return TYPE_LABELS.get(self.type, self.type.capitalize())

    @property
    def weight(self) -> str:
        weight = RETIRED_WEIGHT if self.retired else TYPE_WEIGHTS.get(self.type, 1.0)
        return f"{weight:g}"

    @property
    def terms_weight(self) -> str:
        return f"{RETIRED_WEIGHT if self.retired else TERMS_WEIGHT:g}"

    @property
    def filters(self) -> list[tuple[str, str]]:
        """(key, value) pairs; Pagefind takes one ``key:value`` per element."""
        pairs = [("type", self.type)] + [("unit", u) for u in self.units]
        if self.date:
            pairs.append(("year", str(self.date.year)))
        return pairs

    @property
    def meta(self) -> list[tuple[str, str]]:
        pairs = [("type", self.type_label)]
        if self.unit_labels:
            pairs.append(("unit", ", ".join(self.unit_labels)))
        if self.date:
            pairs.append(("date", self.date.isoformat()))
        if self.terms and not self.retired:
            pairs.append(("terms", self.terms))  # matched with extra weight (META_WEIGHTS)
        return pairs

    @property
    def sort(self) -> list[tuple[str, str]]:
        return [("date", self.date.isoformat())] if self.date else []


NOT_SEARCHABLE = SearchAttributes(indexed=False)


def attributes_for(project: Project, src_uri: str, meta: dict, glossary: Glossary) -> SearchAttributes:
    """Attributes of the page at ``src_uri``; ``meta`` is its front matter as MkDocs read it."""
    if src_uri in NOT_INDEXED or meta.get("listing") or (meta.get("search") or {}).get("exclude"):
        return NOT_SEARCHABLE
    document = project.content.get(src_uri)
    if document is not None:
        page_type = document.type
        fields = {name: getattr(document.meta, name, None) for name in ("unit", "units", "date", "status", *TERM_FIELDS)}
    else:
        folder, _, name = src_uri.partition("/")
        if name == "index.md" and folder in project.registry:  # a generated unit page
            fields = {"unit": folder}
            page_type = "unit"
        else:
            fields = meta
            page_type = str(meta.get("type") or "halaman")
    unit_ids = list(fields.get("units") or []) or ([fields["unit"]] if fields.get("unit") else [])
    units = [u for u in (project.registry.get(i) for i in unit_ids) if u is not None]
    terms = _own_terms(fields)
    if page_type == "unit" and units:
        terms = [units[0].short_name, *units[0].domains, *terms]
    terms += [t.words() for t in glossary.by_page(project.registry).get(src_uri, [])]
    return SearchAttributes(
        indexed=True,
        type=page_type,
        units=tuple(u.id for u in units),
        unit_labels=tuple(u.short_name for u in units),
        date=_day(fields.get("date")),
        terms=" · ".join(terms),
        retired=fields.get("status") == "dihentikan",
        summary=str(getattr(document.meta, "description", None) or "") if document else "",
    )


def _own_terms(fields: dict) -> list[str]:
    found: list[str] = []
    for name in TERM_FIELDS:
        value = fields.get(name)
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            found.extend(str(v) for v in value)
    return found


def _day(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
