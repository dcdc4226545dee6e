"""What a site feature may contribute. The plugin only routes MkDocs events to these.

A feature generates pages (``pages``), adds sections to unit landing pages and to the
home page, decorates pages, and writes extra output after the build. Every method has
a do-nothing default, so a feature implements only what it needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

    from terpadu.project import Project
    from terpadu.registry import Unit


@dataclass(frozen=True)
class GeneratedPage:
    """A page made from data. An editor's file at the same ``src_uri`` wins over it."""

    src_uri: str
    markdown: str


@dataclass(frozen=True)
class Section:
    """A block of Markdown for a landing page; lower ``weight`` stands higher."""

    weight: int
    markdown: str


class Feature:
    def pages(self, project: Project) -> Iterable[GeneratedPage]:
        return ()

    def unit_sections(self, project: Project, unit: Unit) -> Iterable[Section]:
        return ()

    def home_sections(self, project: Project) -> Iterable[Section]:
        return ()

    def page_markdown(self, project: Project, page: Page, markdown: str) -> str:
        return markdown

    def page_context(self, project: Project, page: Page, context: dict[str, Any]) -> None:
        return None

    def post_build(self, project: Project, config: MkDocsConfig) -> None:
        return None
