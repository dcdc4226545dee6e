"""The site side of search: the ``/cari/`` results page and each page's search attributes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from terpadu.project import Project
import json

from terpadu.search.attributes import META_WEIGHTS, TYPE_LABELS, attributes_for
from terpadu.search.glossary import Glossary, load_glossary
from terpadu.site.features import Feature, GeneratedPage
from terpadu.site.render import render

if TYPE_CHECKING:
    from mkdocs.structure.pages import Page

RESULTS_URI = "cari/index.md"
# Types offered in the /cari/ filter, in this order (citizens look for services first).
FILTER_TYPES = ("layanan", "berita", "pengumuman", "regulasi", "unit")
CONTEXT_KEY = "terpadu_search"  # read by overrides/main.html
RANKING_KEY = "terpadu_search_ranking"  # read by overrides/partials/tp-search.html
# Pagefind's ranking options for every search, handed to the script with the search box.
RANKING = json.dumps({"metaWeights": META_WEIGHTS}, separators=(",", ":"))


class SearchFeature(Feature):
    def __init__(self) -> None:
        self._glossary: tuple[int, Glossary] | None = None

    def pages(self, project: Project) -> Iterable[GeneratedPage]:
        yield GeneratedPage(RESULTS_URI, self._render_results_page(project))

    def page_context(self, project: Project, page: Page, context: dict[str, Any]) -> None:
        context[CONTEXT_KEY] = attributes_for(
            project, page.file.src_uri, dict(page.meta or {}), self._resolve_glossary(project)
        )
        context[RANKING_KEY] = RANKING

    def _resolve_glossary(self, project: Project) -> Glossary:
        """Loaded once per build (the project object is new on every build)."""
        if self._glossary is None or self._glossary[0] != id(project):
            glossary, _, _ = load_glossary(project.paths.units_dir, project.paths.root)
            self._glossary = (id(project), glossary)
        return self._glossary[1]

    def _render_results_page(self, project: Project) -> str:
        years = sorted({d.meta.day.year for d in project.content.articles()}, reverse=True)  # type: ignore[attr-defined]
        has_catalogue = bool(project.content.of_type("layanan"))
        return render(
            "search_results.md.j2",
            units=list(project.registry),
            types=[(t, TYPE_LABELS[t]) for t in FILTER_TYPES],
            years=years,
            has_catalogue=has_catalogue,
        )
