"""Near-duplicate stories across unit sites (the same press release, lightly edited).

MinHash signatures over word shingles of title and body find candidate pairs through
LSH (datasketch); each candidate pair is then confirmed with the exact Jaccard similarity
of the shingle sets, so the result does not depend on hashing luck. A pair is one story
only if, as well:

- both pages are dated stories (undated pages, a unit's profile and services, are its own);
- they come from different units (a unit does not republish its own story);
- they were published at most ``max_days_apart`` days apart;
- their titles share at least ``title_threshold`` of their words (Jaccard), because
  announcements written from one template share most of their body but not their title.

Pairs join clusters from the most to the least similar, never so that a cluster holds two
pages of one unit or two pages an editor declared ``not_duplicates``. The canonical page
of a cluster is the earliest, then the one of the unit that comes first in the registry,
then the smallest URL.

Settings live in the ``duplicates:`` section of ``migration/settings.yml``::

    duplicates:
      threshold: 0.5        # Jaccard similarity of shingles to call two pages one story
      num_perm: 128
      shingle_size: 3       # words per shingle
      title_threshold: 0.5  # Jaccard similarity of title words
      max_days_apart: 30
      not_duplicates:       # split a wrong cluster: these pages are different stories
        - [https://sda.pu.go.id/berita/a, https://binamarga.pu.go.id/berita/b]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from datasketch import MinHash, MinHashLSH
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from terpadu import yamlio
from terpadu.problems import Problem

SETTINGS_FILE = "migration/settings.yml"
SECTION = "duplicates"
_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 1  # fixed, so signatures (and LSH candidates) are the same on every run


@dataclass(frozen=True)
class Candidate:
    key: str  # the old URL
    unit_id: str
    title: str
    text: str  # plain body text
    date: dt.date | None


@dataclass(frozen=True)
class Cluster:
    canonical: str
    members: tuple[str, ...]  # keys, canonical included, sorted
    similarity: float  # the lowest Jaccard similarity between the canonical and a member


class DuplicateSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    threshold: float = Field(0.5, gt=0, le=1, description="Jaccard similarity that makes one story.")
    num_perm: int = Field(128, ge=16, le=1024, description="MinHash permutations.")
    shingle_size: int = Field(3, ge=1, le=10, description="Words per shingle.")
    title_threshold: float = Field(0.5, ge=0, le=1, description="Jaccard similarity of title words.")
    max_days_apart: int = Field(30, ge=0, description="Republished copies appear within this many days.")
    not_duplicates: list[list[str]] = Field(
        default_factory=list, description="Groups of old URLs that are different stories."
    )


def load_settings(root: Path) -> tuple[DuplicateSettings, list[Problem]]:
    """The ``duplicates:`` section of ``migration/settings.yml`` (defaults if absent)."""
    path = root / SETTINGS_FILE
    if not path.is_file():
        return DuplicateSettings(), []
    text = path.read_text(encoding="utf-8")
    try:
        data = yamlio.load(text) or {}
    except yamlio.YamlSyntaxError as exc:
        return DuplicateSettings(), [Problem(SETTINGS_FILE, exc.line, exc.message)]
    section = data.get(SECTION) if isinstance(data, dict) else None
    if section is None:
        return DuplicateSettings(), []
    try:
        return DuplicateSettings.model_validate(section), []
    except ValidationError as exc:
        index = yamlio.line_index(text)
        return DuplicateSettings(), [
            Problem(SETTINGS_FILE, yamlio.line_of(index, (SECTION, *e["loc"])),
                    yamlio.describe_error({**e, "loc": (SECTION, *e["loc"])}))
            for e in exc.errors(include_url=False)
        ]


def shingles(text: str, size: int) -> frozenset[str]:
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i:i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def find_duplicates(candidates: Sequence[Candidate], settings: DuplicateSettings,
                    unit_order: Sequence[str] = ()) -> list[Cluster]:
    """Clusters of two or more candidates that tell one story, sorted by canonical key.

    ``unit_order`` is the registry's order of unit ids (ties on date go to the first);
    without it units are ordered by id.
    """
    by_key = {c.key: c for c in candidates if c.date is not None}
    sets = {c.key: shingles(f"{c.title}\n{c.text}", settings.shingle_size) for c in by_key.values()}
    pairs = [(a, b) for a, b in _candidate_pairs(sets, settings) if _may_pair(by_key[a], by_key[b], settings)]
    scored = sorted(((jaccard(sets[a], sets[b]), a, b) for a, b in pairs), key=lambda t: (-t[0], t[1], t[2]))
    units = {key: c.unit_id for key, c in by_key.items()}
    groups = _join(scored, settings.threshold, _forbidden(settings.not_duplicates), units)
    rank = {unit: i for i, unit in enumerate(unit_order)}
    clusters = []
    for members in groups:
        canonical = min(members, key=lambda k: _canonical_rank(by_key[k], rank))
        similarity = min(jaccard(sets[canonical], sets[m]) for m in members if m != canonical)
        clusters.append(Cluster(canonical, tuple(sorted(members)), round(similarity, 3)))
    return sorted(clusters, key=lambda c: c.canonical)


def _candidate_pairs(sets: dict[str, frozenset[str]], settings: DuplicateSettings) -> set[tuple[str, str]]:
    # LSH only proposes pairs; a lower threshold there finds more of them (recall), and the
    # exact Jaccard decides. datasketch needs at least two bands, hence the ceiling.
    lsh = MinHashLSH(threshold=min(0.9, max(0.1, settings.threshold * 0.8)), num_perm=settings.num_perm)
    signatures: dict[str, MinHash] = {}
    for key in sorted(sets):
        if not sets[key]:
            continue
        signature = MinHash(num_perm=settings.num_perm, seed=_SEED)
        signature.update_batch([s.encode("utf-8") for s in sorted(sets[key])])
        signatures[key] = signature
        lsh.insert(key, signature)
    pairs: set[tuple[str, str]] = set()
    for key, signature in signatures.items():
        for other in lsh.query(signature):
            if other != key:
                pairs.add((min(key, other), max(key, other)))
    return pairs


def _may_pair(a: Candidate, b: Candidate, settings: DuplicateSettings) -> bool:
    assert a.date is not None and b.date is not None
    return (a.unit_id != b.unit_id
            and abs((a.date - b.date).days) <= settings.max_days_apart
            and jaccard(_title_words(a.title), _title_words(b.title)) >= settings.title_threshold)


def _title_words(title: str) -> frozenset[str]:
    return frozenset(_WORD.findall(title.casefold()))


def _forbidden(groups: Iterable[Sequence[str]]) -> set[frozenset[str]]:
    return {frozenset((a, b)) for group in groups for a in group for b in group if a != b}


def _join(scored: list[tuple[float, str, str]], threshold: float,
          forbidden: set[frozenset[str]], units: dict[str, str]) -> list[set[str]]:
    """Greedy single-link clustering that never joins two components holding a forbidden
    pair or two pages of one unit."""
    component: dict[str, set[str]] = {}
    for similarity, a, b in scored:
        if similarity < threshold:
            break
        left, right = component.get(a, {a}), component.get(b, {b})
        if left is right or any(frozenset((x, y)) in forbidden for x in left for y in right):
            continue
        if {units[x] for x in left} & {units[y] for y in right}:
            continue
        merged = left | right
        for key in merged:
            component[key] = merged
    unique = {id(group): group for group in component.values()}
    return [group for group in unique.values() if len(group) > 1]


def _canonical_rank(candidate: Candidate, rank: dict[str, int]) -> tuple:
    return (candidate.date or dt.date.max, rank.get(candidate.unit_id, len(rank)), candidate.unit_id, candidate.key)


def render_report(clusters: Sequence[Cluster], candidates: Sequence[Candidate]) -> str:
    """``migration/reports/duplicates.md``: every cluster, so an editor can split a wrong one."""
    by_key = {c.key: c for c in candidates}
    lines = [
        "# Berita yang sama di beberapa situs unit",
        "",
        f"{len(clusters)} kelompok. Setiap kelompok diterbitkan sekali, di halaman kanonis (★); "
        "alamat lama yang lain dialihkan ke sana.",
        "",
        "Kelompok yang keliru? Tambahkan alamat-alamat yang berbeda beritanya ke "
        "`migration/settings.yml`, lalu impor ulang:",
        "",
        "```yaml",
        "duplicates:",
        "  not_duplicates:",
        "    - [https://contoh-a.pu.go.id/berita/x, https://contoh-b.pu.go.id/berita/y]",
        "```",
    ]
    for number, cluster in enumerate(clusters, start=1):
        title = by_key[cluster.canonical].title if cluster.canonical in by_key else cluster.canonical
        lines += ["", f"## {number}. {title}", "", f"Kemiripan terendah: {cluster.similarity:.2f}", "",
                  "| | Unit | Tanggal | Judul | Alamat lama |", "|---|---|---|---|---|"]
        for key in cluster.members:
            c = by_key.get(key)
            mark = "★" if key == cluster.canonical else ""
            cells = (c.unit_id, str(c.date or ""), c.title.replace("|", "\\|")) if c else ("", "", "")
            lines.append(f"| {mark} | {cells[0]} | {cells[1]} | {cells[2]} | {key} |")
    return "\n".join(lines) + "\n"
