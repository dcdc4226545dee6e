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
# Hidden terms (a service's own search terms, glossary acronyms) weigh like a heading.
TERMS_WEIGHT = 6.0
# Pages that list or point to other pages: indexing them would duplicate every result.
NOT_INDEXED = {"index.md", "cari/index.md", "unit-kerja/index.md"}
# Front matter fields a page type may use for its hidden search terms.
TERM_FIELDS = ("search_terms", "keywords", "synonyms")


@dataclass(frozen=True)
class SearchAttributes:
    indexed: bool
    type: str = "halaman"
    unit: str | None = None
    unit_label: str | None = None
    date: dt.date | None = None
    terms: str = ""

    @property
    def type_label(self) -> str:
        return TYPE_LABELS.get(self.type, self.type.capitalize())

    @property
    def weight(self) -> str:
        return f"{TYPE_WEIGHTS.get(self.type, 1.0):g}"

    @property
    def terms_weight(self) -> str:
        return f"{TERMS_WEIGHT:g}"

    @property
    def filters(self) -> list[tuple[str, str]]:
        """(key, value) pairs; Pagefind takes one ``key:value`` per element."""
        pairs = [("type", self.type)]
        if self.unit:
            pairs.append(("unit", self.unit))
        if self.date:
            pairs.append(("year", str(self.date.year)))
        return pairs

    @property
    def meta(self) -> list[tuple[str, str]]:
        pairs = [("type", self.type_label)]
        if self.unit_label:
            pairs.append(("unit", self.unit_label))
        if self.date:
            pairs.append(("date", self.date.isoformat()))
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
    unit_id: str | None
    if document is not None:
        page_type = document.type
        unit_id = getattr(document.meta, "unit", None)
        date = _day(getattr(document.meta, "date", None))
        own_terms = _own_terms(document.meta)
    else:
        folder, _, name = src_uri.partition("/")
        generated_unit = name == "index.md" and folder in project.registry
        page_type = "unit" if generated_unit else str(meta.get("type") or "halaman")
        unit_id = folder if generated_unit else meta.get("unit")
        date = _day(meta.get("date"))
        own_terms = _own_terms_from(meta)
    unit = project.registry.get(unit_id) if unit_id else None
    if page_type == "unit" and unit is not None:
        own_terms = [unit.short_name, *unit.domains, *own_terms]
    glossary_terms = [t.words() for t in glossary.by_page().get(src_uri, [])]
    return SearchAttributes(
        indexed=True,
        type=page_type,
        unit=unit.id if unit else None,
        unit_label=unit.short_name if unit else None,
        date=date,
        terms=" · ".join([*own_terms, *glossary_terms]),
    )


def _own_terms(meta: object) -> list[str]:
    return _own_terms_from({f: getattr(meta, f, None) for f in TERM_FIELDS})


def _own_terms_from(meta: dict) -> list[str]:
    found: list[str] = []
    for field in TERM_FIELDS:
        value = meta.get(field)
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

