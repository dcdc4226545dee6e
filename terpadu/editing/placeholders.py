"""A cross check: no ``[ISI: ...]`` placeholder from ``terpadu new`` may reach the site.

Registered in :data:`terpadu.content.index.CROSS_CHECKS` when this module is imported
(by the CLI and by the site features), so ``terpadu check`` and every build run it.
"""

from __future__ import annotations

import re
from pathlib import Path

from terpadu.content.index import ContentIndex
from terpadu.problems import Problem
from terpadu.registry import Registry

# What an editor still has to write: "[ISI: what goes here]" (see terpadu/scaffold/templates).
PLACEHOLDER = re.compile(r"\[ISI:[^\]\n]*\]")
DOCS_FOLDER = "content"  # the docs_dir of mkdocs.yml, relative to the project root


def unfilled_placeholders(index: ContentIndex, registry: Registry, root: Path) -> list[Problem]:
    problems: list[Problem] = []
    docs_dir = root / DOCS_FOLDER
    for document in index.documents:
        path = docs_dir / document.src_uri
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        if "[ISI:" not in text:  # the common case, without splitting lines
            continue
        rel = f"{DOCS_FOLDER}/{document.src_uri}"
        for number, line in enumerate(text.splitlines(), start=1):
            for match in PLACEHOLDER.finditer(line):
                problems.append(Problem(rel, number, f"placeholder not filled in yet: {match.group(0)}"))
    return problems

