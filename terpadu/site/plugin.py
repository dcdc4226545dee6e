"""The MkDocs plugin: loads the project once per build and routes events to features.

It holds no site logic of its own: every page it adds comes from a :class:`Feature`,
and it generates pages in memory with ``File.generated`` (MkDocs 1.6).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from terpadu.problems import ProblemsFound
from terpadu.project import Paths, Project, load_project
from terpadu.site.registry import build_features
from terpadu.site.source import SourceReader

log = logging.getLogger("mkdocs.plugins.terpadu")


class TerpaduConfig(Config):
    units_dir = opt.Type(str, default="units")
    """Folder of unit YAML files, relative to mkdocs.yml."""


class TerpaduPlugin(BasePlugin[TerpaduConfig]):
    def __init__(self) -> None:
        self.project: Project | None = None
        self.features: list = []
        self.sources = SourceReader()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).parent
        paths = Paths.at(root, Path(config.docs_dir), root / self.config.units_dir)
        try:
            self.project = load_project(paths)
        except ProblemsFound as exc:
            raise PluginError(f"{len(exc.problems)} problem(s) in the content:\n{exc}") from None
        self.features = build_features()
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.project is not None
        for feature in self.features:
            for page in feature.pages(self.project):
                if files.get_file_from_path(page.src_uri) is not None:
                    log.debug("'%s' is written by an editor; not generating it", page.src_uri)
                    continue
                files.append(File.generated(config, page.src_uri, content=page.markdown))
        return files

    def on_page_read_source(self, *, page: Page, config: MkDocsConfig) -> str | None:
        assert self.project is not None
        return self.sources.read(self.project, page)

    # First of all plugins: page.meta must be restored before anyone reads it.
    @event_priority(100)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        self.sources.restore_meta(page)
        for feature in self.features:
            markdown = feature.page_markdown(self.project, page, markdown)
        return markdown

    def on_page_context(self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav) -> dict[str, Any]:
        for feature in self.features:
            feature.page_context(self.project, page, context)
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        for feature in self.features:
            feature.post_build(self.project, config)
