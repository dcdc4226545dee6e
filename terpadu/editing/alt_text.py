"""A cross check: an article's main picture needs ``image_alt``, the text read to people
who cannot see it (WCAG 1.1.1). Registered on import, like the placeholder check."""

from __future__ import annotations

from pathlib import Path

from terpadu import yamlio
from terpadu.content import frontmatter
from terpadu.content.index import CROSS_CHECKS, ContentIndex
from terpadu.content.models import ArticleMeta
from terpadu.editing.placeholders import DOCS_FOLDER
from terpadu.problems import Problem
from terpadu.registry import Registry


def missing_alt_text(index: ContentIndex, registry: Registry, root: Path) -> list[Problem]:
    problems: list[Problem] = []
    for document in index.documents:
        meta = document.meta
        if not isinstance(meta, ArticleMeta) or not meta.image or (meta.image_alt or "").strip():
            continue
        rel = f"{DOCS_FOLDER}/{document.src_uri}"
        parts = frontmatter.split((root / rel).read_text(encoding="utf-8"))
        line = yamlio.line_of(yamlio.line_index(parts.yaml_text or "", parts.first_line), ("image",))
        problems.append(Problem(rel, line, "image: add 'image_alt', a sentence saying what the picture shows"))
    return problems


if missing_alt_text not in CROSS_CHECKS:
    CROSS_CHECKS.append(missing_alt_text)
