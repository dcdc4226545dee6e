"""An imported page as the Markdown file editors take over: front matter + body, byte-stable.

``import_hash`` is the SHA-256 of the file as the importer wrote it, without the
``import_hash`` line itself: any later edit (front matter or body) changes the file and no
longer matches, which is how a re-sync knows an editor has touched it.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import yaml

from terpadu.content import frontmatter

HASH_LINE = re.compile(r"^import_hash: (sha256:[0-9a-f]{64})\n", re.MULTILINE)
SOURCE_LINE = re.compile(r"^source_url: (.+)$", re.MULTILINE)


def render(meta: dict[str, Any], body: str) -> str:
    """The file text: ``meta`` (in its given key order, empty values dropped) and ``body``."""
    kept = {k: v for k, v in meta.items() if v not in (None, [], {}, "") and k != "import_hash"}
    unhashed = frontmatter.join(_dump(kept), _normalise_body(body))
    digest = "sha256:" + hashlib.sha256(unhashed.encode("utf-8")).hexdigest()
    return frontmatter.join(_dump(kept) + f"import_hash: {digest}\n", _normalise_body(body))


def import_hash(text: str) -> str | None:
    match = HASH_LINE.search(text)
    return match.group(1) if match else None


def is_pristine(text: str) -> bool:
    """True when the file is exactly as the importer wrote it (no editor change)."""
    match = HASH_LINE.search(text)
    if match is None:
        return False
    unhashed = text[: match.start()] + text[match.end() :]
    return "sha256:" + hashlib.sha256(unhashed.encode("utf-8")).hexdigest() == match.group(1)


def source_url(text: str) -> str | None:
    match = SOURCE_LINE.search(text)
    if match is None:
        return None
    value = yaml.safe_load(match.group(1))
    return value if isinstance(value, str) else None


def _dump(meta: dict[str, Any]) -> str:
    return yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False)


def _normalise_body(body: str) -> str:
    """One trailing newline, no trailing spaces, Unix line ends: the same input, the same bytes."""
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"
