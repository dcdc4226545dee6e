"""The MkDocs plugin: loads the project once per build and routes events to features.

It holds no site logic of its own: every page it adds comes from a :class:`Feature`,
and it generates pages in memory with ``File.generated`` (MkDocs 1.6). In a rendering
process of ``terpadu build --jobs N`` it hands the shard's decisions to :class:`Shard`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from terpadu.content.scancache import CACHE_DIR
from terpadu.problems import ProblemsFound
from terpadu.project import Paths, Project, load_project
from terpadu.site.generated import GeneratedPages
from terpadu.site.handover import incremental_build, validated_project
from terpadu.site.navcache import ENV_GLOBAL as NAV_CACHE_GLOBAL, NavigationCache
from terpadu.site.preview import PreviewScope
from terpadu.site.registry import build_features
from terpadu.site.shards import Shard
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
        self.scope: PreviewScope | None = None
        self.shard: Shard | None = None
        self.generated: GeneratedPages | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).parent
        paths = Paths.at(root, Path(config.docs_dir), root / self.config.units_dir)
        self.scope = PreviewScope.from_env()
        self.shard = Shard.from_env()
        if self.scope is not None:
            log.info("Preview of part of the archive: %s", self.scope.describe())
        self.project = validated_project(paths) if self.scope is None else None
        if self.project is None:  # plain `mkdocs build` or `serve`: load it here
            try:
                self.project = load_project(paths, self.scope.keeps if self.scope else None)
            except ProblemsFound as exc:
                raise PluginError(f"{len(exc.problems)} problem(s) in the content:\n{exc}") from None
        self.features = build_features()
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.project is not None
        if self.scope is not None:
            for file in files:
                if file.is_documentation_page() and not self.scope.keeps(file.src_uri):
                    file.inclusion = InclusionLevel.EXCLUDED
        self.generated = GeneratedPages(self.project.paths.root, Path(config.site_dir))
        for feature in self.features:
            for page in feature.pages(self.project):
                if files.get_file_from_path(page.src_uri) is not None:
                    log.debug("'%s' is written by an editor; not generating it", page.src_uri)
                    continue
                file = File.generated(config, page.src_uri, content=page.markdown)
                self.generated.add(file, page.markdown)
                files.append(file)
        if incremental_build(self.project.paths):
            skipped = self.generated.skip_unchanged(files, Path(config.site_dir))
            log.info("Incremental build: %d generated pages unchanged, not rendered again", skipped)
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        if self.shard is not None:
            self.shard.deal(files, nav)
        return nav

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        if self.shard is not None:  # every page is read by now; next MkDocs writes
            self.shard.start_writing(config)
        # Material's templates take seconds to compile, on every build and every preview
        # rebuild; Jinja's bytecode cache keeps them compiled between runs (ADR 0701).
        cache_dir = Path(config.config_file_path).parent / CACHE_DIR / "jinja"
        cache_dir.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(cache_dir))
        env.globals[NAV_CACHE_GLOBAL] = NavigationCache(env)  # one navigation per folder (ADR 0706)
        return env

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        if self.shard is not None:
            self.shard.start_reading(page.file)
        return page

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

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.shard is not None:
            self.shard.end_reading()
        return html

    def on_page_context(self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav) -> dict[str, Any]:
        for feature in self.features:
            feature.page_context(self.project, page, context)
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.shard is not None and not self.shard.first:
            return
        for feature in self.features:
            feature.post_build(self.project, config)
        if self.generated is not None:
            self.generated.save()  # for the next incremental build
