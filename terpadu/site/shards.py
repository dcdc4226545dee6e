"""Parallel rendering: what one of N rendering processes reads, writes and copies.

``terpadu build --jobs N`` empties the site folder, then forks N processes; each runs
MkDocs' own build in dirty mode with its shard ``k/N`` in ``TERPADU_SHARD`` (ADR 0705).
Dirty mode asks a file's ``is_modified()`` before it reads and renders a page, before it
writes a page and before it copies a static file; :class:`Shard` gives the answers:

- documentation pages are dealt round-robin in MkDocs' order of files (the same in every
  process), so each shard reads and writes its own and the shards stay balanced;
- pages in the nav are read (their Markdown rendered) by every shard, because every
  page's nav shows them, but written only by their own shard, which alone reports their
  warnings (so each is reported, and counted in strict mode, once);
- static files are copied by shard 0 only; the plugin also leaves the theme's static
  templates (``sitemap.xml``, ``404.html``), extra templates and the features'
  ``post_build`` to shard 0.

Together the shards write every file exactly once, each as a serial build writes it.
"""

from __future__ import annotations

import logging
import os
import re
from functools import partial

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation

ENV_VAR = "TERPADU_SHARD"
_FORMAT = re.compile(r"^(\d+)/(\d+)$")
_MKDOCS_LOG = logging.getLogger("mkdocs")


class Shard:
    def __init__(self, index: int, count: int) -> None:
        if not 0 <= index < count:
            raise ValueError(f"shard {index}/{count}: the index must be below the count")
        self.index, self.count = index, count
        self._own: set[str] = set()  # pages this shard reads and writes
        self._read_too: set[str] = set()  # other shards' nav pages, read here for the nav
        self._writing = False
        self._log_level: int | None = None  # MkDocs' level while another shard's page is read

    @property
    def first(self) -> bool:
        """Shard 0 also writes what is not a page: static files, sitemap, 404, feeds, data."""
        return self.index == 0

    def to_env(self) -> str:
        return f"{self.index}/{self.count}"

    @classmethod
    def from_env(cls) -> Shard | None:
        match = _FORMAT.match(os.environ.get(ENV_VAR, ""))
        return cls(int(match[1]), int(match[2])) if match else None

    def deal(self, files: Files, nav: Navigation) -> None:
        """Decide, once the nav is known, which files this shard handles (MkDocs' ``on_nav``)."""
        in_nav = {page.file.src_uri for page in nav.pages}
        for position, file in enumerate(files.documentation_pages()):
            if position % self.count == self.index:
                self._own.add(file.src_uri)
            elif file.src_uri in in_nav:
                self._read_too.add(file.src_uri)
        for file in files:
            # MkDocs' dirty mode asks each file this; the instance attribute answers for the shard.
            file.is_modified = partial(self._handles, file)  # type: ignore[method-assign]

    def start_reading(self, file: File) -> None:
        """Another shard's nav page is read for the nav only: its own shard reports its warnings."""
        if file.src_uri in self._read_too:
            self._log_level = _MKDOCS_LOG.level
            _MKDOCS_LOG.setLevel(logging.ERROR)

    def end_reading(self) -> None:
        if self._log_level is not None:
            _MKDOCS_LOG.setLevel(self._log_level)
            self._log_level = None

    def start_writing(self, config: MkDocsConfig) -> None:
        """Every page is read; from now on only this shard's own files are written (``on_env``)."""
        self._writing = True
        if not self.first:
            config.theme.static_templates = set()
            config.extra_templates = []

    def _handles(self, file: File) -> bool:
        if not file.is_documentation_page():
            return self.first
        return file.src_uri in self._own or (not self._writing and file.src_uri in self._read_too)
