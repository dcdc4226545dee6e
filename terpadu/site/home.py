"""The home page: sections from every feature, search and top tasks first."""

from __future__ import annotations

from collections.abc import Iterable

from terpadu.project import Project
from terpadu.site.features import Feature, GeneratedPage
from terpadu.site.render import render


class HomePage(Feature):
    def __init__(self, features: list[Feature]):
        self._features = features

    def pages(self, project: Project) -> Iterable[GeneratedPage]:
        sections = sorted(
            (s for f in self._features for s in f.home_sections(project)), key=lambda s: s.weight
        )
        yield GeneratedPage("index.md", render("home.md.j2", sections=[s.markdown for s in sections]))
