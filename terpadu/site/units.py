"""Unit landing pages and the directory of units, generated from the registry."""

from __future__ import annotations

from collections.abc import Iterable

from terpadu.project import Project
from terpadu.registry import Unit
from terpadu.site.features import Feature, GeneratedPage, Section
from terpadu.site.render import render

KIND_LABELS = {"unor": "Unit Organisasi", "badan": "Badan", "lembaga": "Lembaga"}
DIRECTORY_URI = "unit-kerja/index.md"


def unit_uri(unit: Unit) -> str:
    return f"{unit.id}/index.md"


class UnitPages(Feature):
    """``/<unit>/`` for each unit, with sections other features add, and ``/unit-kerja/``."""

    def __init__(self, features: list[Feature]):
        self._features = features

    def pages(self, project: Project) -> Iterable[GeneratedPage]:
        for unit in project.registry:
            sections = sorted(
                (s for f in self._features for s in f.unit_sections(project, unit)),
                key=lambda s: s.weight,
            )
            markdown = render(
                "unit.md.j2",
                unit=unit,
                kind=KIND_LABELS[unit.kind],
                sectors=[project.registry.sector_name(s) for s in unit.sectors],
                sections=[s.markdown for s in sections],
            )
            yield GeneratedPage(unit_uri(unit), markdown)
        yield GeneratedPage(DIRECTORY_URI, render("units.md.j2", groups=_by_kind(project)))

    def home_sections(self, project: Project) -> Iterable[Section]:
        yield Section(60, render("home_units.md.j2", groups=_by_sector(project)))


def _by_sector(project: Project) -> list[tuple[str, list[Unit]]]:
    """Sectors in vocabulary order, each with its units (a unit may serve several)."""
    groups = [
        (sector.name, [u for u in project.registry if sector.id in u.sectors])
        for sector in project.registry.vocabulary.sectors
    ]
    return [(name, units) for name, units in groups if units]


def _by_kind(project: Project) -> list[tuple[str, list[Unit]]]:
    groups: dict[str, list[Unit]] = {}
    for unit in project.registry:
        groups.setdefault(KIND_LABELS[unit.kind], []).append(unit)
    return list(groups.items())
