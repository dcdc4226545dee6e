"""Rules across files: apps, related services and successors must exist.

Registered in :data:`terpadu.content.index.CROSS_CHECKS` by :func:`terpadu.catalogue.install`.
Each problem points at the line of the offending value.
"""

from __future__ import annotations

from pathlib import Path

from terpadu import yamlio
from terpadu.catalogue.apps import load_apps
from terpadu.catalogue.records import FOLDER, RESERVED_SLUGS, service_documents, slug_of
from terpadu.catalogue.models import SLUG, ServiceMeta
from terpadu.content import frontmatter
from terpadu.content.index import ContentIndex, Document
from terpadu.problems import Problem
from terpadu.registry import Registry

CONTENT_DIR = "content"  # the docs_dir of mkdocs.yml; cross checks receive only the root


def check_catalogue(index: ContentIndex, registry: Registry, root: Path) -> list[Problem]:
    apps, problems = load_apps(root, registry)
    documents = service_documents(index)
    slugs = {slug_of(d.src_uri) for d in documents}
    for document in documents:
        problems.extend(_check_service(document, slugs, apps, root))
    return problems


def _check_service(document: Document, slugs: set[str], apps, root: Path) -> list[Problem]:
    meta: ServiceMeta = document.meta  # type: ignore[assignment]
    rel = f"{CONTENT_DIR}/{document.src_uri}"
    lines, body_h1 = _read(root / rel)
    at = lambda *loc: yamlio.line_of(lines, loc)  # noqa: E731 - local shorthand
    problems: list[Problem] = []

    folder, _, name = document.src_uri.rpartition("/")
    slug = slug_of(document.src_uri)
    if folder != FOLDER:
        problems.append(Problem(rel, at("type"), f"a service must be a file directly in {FOLDER}/"))
    elif not SLUG.match(slug) or slug in RESERVED_SLUGS:
        problems.append(Problem(rel, 1, f"'{name}' cannot be a service file name (use lowercase words "
                                        f"joined by '-', not {', '.join(RESERVED_SLUGS)})"))
    if apps is not None:
        for i, channel in enumerate(meta.channels):
            if channel.app and channel.app not in apps:
                known = ", ".join(sorted(a.id for a in apps))
                problems.append(Problem(rel, at("channels", i, "app"),
                                        f"channels.{i}.app: unknown app '{channel.app}' (known apps: {known})"))
    for i, other in enumerate(meta.related):
        if other not in slugs:
            problems.append(Problem(rel, at("related", i),
                                    f"related.{i}: no service '{other}' (no file {FOLDER}/{other}.md)"))
        elif other == slug:
            problems.append(Problem(rel, at("related", i), f"related.{i}: a service cannot relate to itself"))
    if meta.status == "dihentikan" and not meta.successor:
        problems.append(Problem(rel, at("status"),
                                "status: a retired service ('dihentikan') needs a 'successor' service"))
    if meta.successor:
        if meta.status != "dihentikan":
            problems.append(Problem(rel, at("successor"),
                                    "successor: only a retired service ('status: dihentikan') has a successor"))
        elif meta.successor not in slugs or meta.successor == slug:
            problems.append(Problem(rel, at("successor"),
                                    f"successor: no service '{meta.successor}' (no file {FOLDER}/{meta.successor}.md)"))
    if body_h1:
        problems.append(Problem(rel, body_h1, "the page title comes from 'title'; "
                                              "start the text with '##' headings, not '#'"))
    return problems


def _read(path: Path) -> tuple[dict, int]:
    """The front matter's line index, and the line of a level-1 heading in the body (0: none)."""
    try:
        parts = frontmatter.split(path.read_text(encoding="utf-8"))
    except (OSError, frontmatter.UnclosedFrontMatter):
        return {(): 1}, 0
    fenced = False
    h1 = 0
    for offset, line in enumerate(parts.body.splitlines()):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and line.startswith("# "):
            h1 = parts.body_line + offset
            break
    return yamlio.line_index(parts.yaml_text or "", parts.first_line), h1
