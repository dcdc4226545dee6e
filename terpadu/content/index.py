"""Scan ``content/`` once: every page's validated front matter, and every problem in it."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from terpadu import yamlio
from terpadu.content import frontmatter, kinds, scancache
from terpadu.content.models import ArticleMeta
from terpadu.problems import Problem, display_path
from terpadu.registry import Registry


@dataclass(frozen=True)
class Document:
    """One Markdown file of ``content/`` and its validated front matter."""

    src_uri: str  # path inside content/, with '/'
    type: str
    meta: BaseModel

    @property
    def url(self) -> str:
        """Site-relative URL MkDocs gives the page (directory URLs)."""
        return url_of(self.src_uri)


def url_of(src_uri: str) -> str:
    stem = src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem
    return stem + "/"


@dataclass
class ContentIndex:
    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    _by_uri: dict[str, Document] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_uri = {d.src_uri: d for d in self.documents}

    def of_type(self, *types: str) -> list[Document]:
        return [d for d in self.documents if d.type in types]

    def articles(self) -> list[Document]:
        """Dated articles, newest first (ties broken by path, so order is stable)."""
        found = [d for d in self.documents if isinstance(d.meta, ArticleMeta)]
        found.sort(key=lambda d: d.src_uri)
        found.sort(key=lambda d: d.meta.day, reverse=True)  # type: ignore[attr-defined]
        return found

    def get(self, src_uri: str) -> Document | None:
        return self._by_uri.get(src_uri)


# Checks across documents (e.g. a related service must exist), registered by stages.
CrossCheck = Callable[[ContentIndex, Registry, Path], list[Problem]]
CROSS_CHECKS: list[CrossCheck] = []


def iter_markdown(docs_dir: Path) -> list[Path]:
    """Every ``.md`` file MkDocs would read (dot-folders and dot-files skipped), sorted."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(docs_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(folder, f) for f in files if f.endswith(".md") and not f.startswith("."))
    return sorted(found)


def scan(docs_dir: Path, registry: Registry, root: Path, keep: Callable[[str], bool] | None = None) -> ContentIndex:
    """Every page's validated front matter; ``keep`` limits it to some files (preview).

    Unchanged files are taken from the scan cache (:mod:`terpadu.content.scancache`).
    """
    documents: list[Document] = []
    problems: list[Problem] = []
    context = {"unit_ids": set(registry.ids()), "registry": registry}
    cache = scancache.open_cache(root, registry)
    seen: set[str] = set()
    for path in iter_markdown(docs_dir):
        src_uri = path.relative_to(docs_dir).as_posix()
        if keep is not None and not keep(src_uri):
            continue
        seen.add(src_uri)
        stat = path.stat()
        entry = cache.lookup(src_uri, stat)
        if entry is not None:
            document, found = entry.document, entry.problems
        else:
            document, found = read_document(path, src_uri, display_path(path, root), context)
            cache.store(src_uri, stat, document, found)
        problems.extend(found)
        if document is not None:
            documents.append(document)  # type: ignore[arg-type]
    if keep is None:
        cache.forget_missing(seen)
    cache.save()
    index = ContentIndex(documents, problems)
    for check in CROSS_CHECKS:
        index.problems.extend(check(index, registry, root))
    return index


def read_document(
    path: Path, src_uri: str, rel: str, context: dict
) -> tuple[Document | None, list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(rel, 0, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
    try:
        parts = frontmatter.split(text)
    except frontmatter.UnclosedFrontMatter as exc:
        return None, [Problem(rel, 1, str(exc))]
    yaml_text = parts.yaml_text or ""
    try:
        raw = yamlio.load(yaml_text, parts.first_line) or {}
    except yamlio.YamlSyntaxError as exc:
        return None, [Problem(rel, exc.line, exc.message)]
    if not isinstance(raw, dict):
        return None, [Problem(rel, parts.first_line, "front matter must be 'key: value' lines")]
    type_name = kinds.resolve(raw.get("type"), src_uri)
    if type_name is None:
        line = yamlio.line_of(yamlio.line_index(yaml_text, parts.first_line), ("type",))
        known = ", ".join(sorted(kinds.MODELS))
        return None, [Problem(rel, line, f"type: unknown page type '{raw.get('type')}' (known: {known})")]
    model = kinds.MODELS[type_name]
    meta, errors = yamlio.validate_data(model, raw, yaml_text, parts.first_line, context=context)
    if errors:
        return None, [Problem(rel, line, msg) for line, msg in errors]
    return Document(src_uri=src_uri, type=type_name, meta=meta), []  # type: ignore[arg-type]
