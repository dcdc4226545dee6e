"""The service catalogue on the site: service pages, ``/layanan/``, compliance, open data.

Data comes from :mod:`terpadu.catalogue`; this module only renders it. Service pages
keep the editor's body and gain the start-page frame and the Standar Pelayanan from
front matter; the JSON-LD goes into ``page.meta['jsonld']`` for ``overrides/main.html``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from markupsafe import Markup

from terpadu.catalogue import opendata
from terpadu.catalogue.apps import load_apps
from terpadu.catalogue.compliance import assess
from terpadu.catalogue.jsonld import government_service
from terpadu.catalogue.models import (
    AUDIENCES, CATEGORIES, CHANNEL_KINDS, COMPONENTS, MANAGEMENT_COMPONENTS,
)
from terpadu.catalogue.records import Catalogue, Service, collect
from terpadu.project import Project
from terpadu.site.features import Feature, GeneratedPage, Section
from terpadu.site.render import environment, render

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

    from terpadu.registry import Unit

CATALOGUE_URI = "layanan/index.md"
COMPLIANCE_URI = "layanan/kepatuhan/index.md"
DATA_URI = "data/index.md"
DATA_FOLDER = "data"
REVIEW_MARK = " *(perlu verifikasi)*"


class ServiceCatalogue(Feature):
    def __init__(self) -> None:
        self._cache: tuple[int, Catalogue] | None = None
        environment().filters.setdefault("host", lambda url: urlsplit(url).netloc)

    def _catalogue(self, project: Project) -> Catalogue:
        """Built once per loaded project (the plugin loads one per build)."""
        if self._cache is None or self._cache[0] != id(project):
            apps, _ = load_apps(project.paths.root, project.registry)  # validated by `check`
            self._cache = (id(project), collect(project.content, apps, project.registry))  # type: ignore[arg-type]
        return self._cache[1]

    # -- generated pages -------------------------------------------------------------------

    def pages(self, project: Project) -> Iterable[GeneratedPage]:
        catalogue = self._catalogue(project)
        yield GeneratedPage(CATALOGUE_URI, self._render_catalogue(catalogue))
        report = assess(catalogue)
        yield GeneratedPage(COMPLIANCE_URI, render(
            "layanan_compliance.md.j2", report=report, per_component=report.per_component(),
            components=list(COMPONENTS.items()), percent=_percent,
        ))
        yield GeneratedPage(DATA_URI, render(
            "layanan_data.md.j2", services=len(catalogue.services), apps=len(catalogue.apps),
            service_fields=opendata.dictionary(opendata.ServiceRecord),
            app_fields=opendata.dictionary(opendata.AppRecord),
        ))

    def _render_catalogue(self, catalogue: Catalogue) -> str:
        services = [s for s in catalogue.services if s.meta.status == "aktif"]
        by_unit = [(u, [s for s in services if u.id in s.meta.units]) for u in catalogue.registry]
        by_unit = [(u, items) for u, items in by_unit if items]
        by_category = [(k, label, [s for s in services if s.meta.category == k]) for k, label in CATEGORIES.items()]
        by_category = [group for group in by_category if group[2]]
        facets = [
            ("unit", "Unit kerja", [(u.id, u.short_name) for u, _ in by_unit]),
            ("sector", "Sektor", [(s.id, s.name) for s in catalogue.registry.vocabulary.sectors
                                  if any(x.meta.sector == s.id for x in services)]),
            ("audience", "Untuk", [(k, v) for k, v in AUDIENCES.items()
                                   if any(k in x.meta.audience for x in services)]),
            ("category", "Kategori", [(k, label) for k, label, _ in by_category]),
            ("channel", "Cara mengajukan", [(k, v) for k, v in CHANNEL_KINDS.items()
                                            if any(c.kind == k for x in services for c in x.meta.channels)]),
        ]
        return render("layanan_catalogue.md.j2", services=services, by_unit=by_unit,
                      by_category=by_category, facets=facets,
                      item=lambda s: _catalogue_item(s, catalogue))

    # -- sections on other pages -----------------------------------------------------------

    def unit_sections(self, project: Project, unit: Unit) -> Iterable[Section]:
        services = [s for s in self._catalogue(project).of_unit(unit) if s.meta.status == "aktif"]
        if services:
            yield Section(10, render("layanan_unit.md.j2", services=services))

    def home_sections(self, project: Project) -> Iterable[Section]:
        catalogue = self._catalogue(project)
        featured = [s for s in catalogue.services if s.meta.featured and s.meta.status == "aktif"]
        if featured:
            yield Section(10, render("layanan_home.md.j2", services=featured, total=len(catalogue.services)))

    # -- service pages ---------------------------------------------------------------------

    def page_markdown(self, project: Project, page: Page, markdown: str) -> str:
        catalogue = self._catalogue(project)
        service = catalogue.by_src_uri(page.file.src_uri)
        if service is None:
            return markdown
        return self._render_service(service, catalogue, markdown)

    def _render_service(self, service: Service, catalogue: Catalogue, body: str) -> str:
        meta = service.meta
        resolved = [catalogue.resolve(c) for c in meta.channels]
        start = resolved[0]
        start_text = start.channel.label or (f"Mulai di {start.app.name}" if start.app else start.label)
        return render(
            "layanan_page.md.j2", meta=meta, sp=meta.standar_pelayanan, body=body,
            audiences=[AUDIENCES[a] for a in meta.audience],
            units=[u for u in (catalogue.registry.get(i) for i in meta.units) if u],
            start=start, start_text=start_text, others=resolved[1:], kind_labels=CHANNEL_KINDS,
            successor=catalogue.get(meta.successor) if meta.successor else None,
            related=[o for o in (catalogue.get(slug) for slug in meta.related) if o],
            management=list(MANAGEMENT_COMPONENTS.items())[1:],
            review_mark=lambda key: REVIEW_MARK if key in meta.review else "",
        )

    def page_context(self, project: Project, page: Page, context: dict[str, Any]) -> None:
        site_url = context["config"].site_url or "/"
        if page.file.src_uri == DATA_URI:
            page.meta["jsonld"] = _script_json(opendata.data_catalog(site_url, site_url.rstrip("/") + "/data/"))
            return
        catalogue = self._catalogue(project)
        service = catalogue.by_src_uri(page.file.src_uri)
        if service is None:
            return
        page.meta["jsonld"] = _script_json(government_service(service, catalogue, site_url))
        page.meta["search_terms"] = list(service.meta.search_terms)
        page.meta["layanan"] = service.slug

    # -- open data -------------------------------------------------------------------------

    def post_build(self, project: Project, config: MkDocsConfig) -> None:
        from pathlib import Path

        catalogue = self._catalogue(project)
        folder = Path(config.site_dir) / DATA_FOLDER
        site_url = config.site_url or "/"
        opendata.write(opendata.service_records(catalogue, site_url), opendata.ServiceRecord, folder, "layanan")
        opendata.write(opendata.app_records(catalogue), opendata.AppRecord, folder, "aplikasi")


def _facet_values(service: Service, catalogue: Catalogue) -> dict[str, list[str]]:
    meta = service.meta
    return {
        "unit": list(meta.units), "sector": [meta.sector], "audience": list(meta.audience),
        "category": [meta.category], "channel": sorted({c.kind for c in meta.channels}),
    }


def _catalogue_item(service: Service, catalogue: Catalogue) -> str:
    """One list item with data attributes the facet script filters on (attr_list)."""
    attrs = " ".join(
        f'data-{facet}="{" ".join(values)}"' for facet, values in _facet_values(service, catalogue).items()
    )
    terms = " ".join([service.meta.title, *service.meta.search_terms]).replace('"', "'")
    title = environment().filters["md_escape"](service.meta.title)
    description = environment().filters["md_escape"](service.meta.description)
    attributes = f'data-service="{service.slug}" {attrs} data-terms="{terms}"'
    return f"- [{title}]({service.slug}.md): {description}\n    {{ {attributes} }}"


def _script_json(data: dict[str, Any]) -> Markup:
    """JSON for a ``<script>`` element: '</' would end it early; JSON allows '<\\/' for it."""
    return Markup(json.dumps(data, ensure_ascii=False).replace("</", "<\\/"))


def _percent(part: int, whole: int) -> str:
    return f"{(100 * part / whole if whole else 0):.0f}%".replace(".", ",")
