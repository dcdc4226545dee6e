"""A unit's own categories and tags mapped onto the shared vocabulary (``units/_vocabulary.yml``).

Lookup order: the unit's own aliases, the shared aliases, then the shared tags by id or
label. An alias that maps to nothing drops the tag on purpose ("Uncategorized"); a tag
found nowhere is returned as unmapped, to be reported, never silently lost.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from terpadu.registry.models import Vocabulary

_DROPPED = object()


def tag_key(text: str) -> str:
    """How tags are compared: case, accents, punctuation and spacing do not matter."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def map_tags(
    raw: Iterable[str], unit_id: str, vocabulary: Vocabulary
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(shared tag ids, unmapped raw tags)``, each deduplicated in first-seen order."""
    table = _lookup_table(vocabulary, unit_id)
    mapped: dict[str, None] = {}
    unmapped: dict[str, str] = {}  # key -> the label as first written
    for tag in raw:
        label = " ".join(tag.split()).strip(" #,")
        if not label:
            continue
        target = table.get(tag_key(label))
        if target is _DROPPED:
            continue
        if target is None:
            unmapped.setdefault(tag_key(label), label)
        else:
            mapped.setdefault(str(target), None)
    return tuple(mapped), tuple(unmapped.values())


def _lookup_table(vocabulary: Vocabulary, unit_id: str) -> dict[str, object]:
    table: dict[str, object] = {}
    for tag_id, label in vocabulary.tags.items():
        table[tag_key(label)] = tag_id
        table[tag_key(tag_id)] = tag_id
    for aliases in (vocabulary.tag_aliases, vocabulary.unit_tag_aliases.get(unit_id, {})):
        for alias, target in aliases.items():
            table[tag_key(alias)] = target or _DROPPED
    return table
