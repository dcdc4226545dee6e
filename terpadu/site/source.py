"""Front matter is parsed once per build, by the content scan, not again by MkDocs.

MkDocs reads every page's YAML with PyYAML's pure-Python loader (about 1 ms a page,
10 s on a 10,000-page archive). The scan has already read and validated it, so the
plugin gives MkDocs the body alone and sets ``page.meta`` from the validated record:
the keys the editor wrote, with their typed values (ADR 0701). Pages the scan does
not know (generated ones) are left to MkDocs.
"""

from __future__ import annotations

from typing import Any

from mkdocs.structure.pages import Page

from terpadu.content import frontmatter
from terpadu.project import Project


class SourceReader:
    """Hands MkDocs the Markdown body, and keeps the front matter to restore later."""

    def __init__(self) -> None:
        self._meta: dict[str, dict[str, Any]] = {}

    def read(self, project: Project, page: Page) -> str | None:
        document = project.content.get(page.file.src_uri)
        if document is None or page.file.generated_by is not None:
            return None
        try:
            parts = frontmatter.split(page.file.content_string)
        except (OSError, ValueError, frontmatter.UnclosedFrontMatter):
            return None  # let MkDocs read it and report the problem its own way
        self._meta[page.file.src_uri] = document.meta.model_dump(exclude_unset=True)
        return parts.body.lstrip("\n")

    def restore_meta(self, page: Page) -> None:
        meta = self._meta.pop(page.file.src_uri, None)
        if meta is not None:
            page.meta = meta
