"""Read ``units/*.yml`` into a validated :class:`Registry`, collecting every problem."""

from __future__ import annotations

from pathlib import Path

from terpadu import yamlio
from terpadu.problems import Problem, display_path
from terpadu.registry.models import Registry, Unit, Vocabulary

VOCABULARY_FILE = "_vocabulary.yml"


def load_registry(units_dir: Path, root: Path | None = None) -> tuple[Registry | None, list[Problem]]:
    """Load every unit file; returns the registry (None if unusable) and all problems.

    Files whose name starts with ``_`` hold shared data (the vocabulary), not units.
    """
    root = root or units_dir.parent
    problems: list[Problem] = []
    if not units_dir.is_dir():
        return None, [Problem(display_path(units_dir, root), 0, "units folder not found")]

    vocabulary = _load_vocabulary(units_dir / VOCABULARY_FILE, root, problems)
    units: list[tuple[Unit, str, dict]] = []
    for path in sorted(units_dir.glob("*.yml")):
        if path.name.startswith("_"):
            continue
        rel = display_path(path, root)
        text = path.read_text(encoding="utf-8")
        unit, errors = yamlio.validate_text(Unit, text)
        problems.extend(Problem(rel, line, msg) for line, msg in errors)
        if unit is not None:
            units.append((unit, rel, yamlio.line_index(text)))

    problems.extend(_cross_check(units, vocabulary))
    problems.extend(_check_alias_units(vocabulary, units_dir, root))
    if not units:
        problems.append(Problem(display_path(units_dir, root), 0, "no unit files (units/<id>.yml) found"))
    if vocabulary is None or problems:
        return None, problems
    ordered = sorted((u for u, _, _ in units), key=lambda u: (u.order, u.id))
    return Registry(units=tuple(ordered), vocabulary=vocabulary), problems


def _load_vocabulary(path: Path, root: Path, problems: list[Problem]) -> Vocabulary | None:
    rel = display_path(path, root)
    if not path.is_file():
        problems.append(Problem(rel, 0, "shared vocabulary file is missing"))
        return None
    text = path.read_text(encoding="utf-8")
    vocabulary, errors = yamlio.validate_text(Vocabulary, text)
    problems.extend(Problem(rel, line, msg) for line, msg in errors)
    if vocabulary is not None:
        problems.extend(_check_tag_aliases(vocabulary, rel, text))  # type: ignore[arg-type]
    return vocabulary  # type: ignore[return-value]


def _check_alias_units(vocabulary: Vocabulary | None, units_dir: Path, root: Path) -> list[Problem]:
    """``unit_tag_aliases`` must name units that exist (a file ``units/<id>.yml``)."""
    if vocabulary is None or not vocabulary.unit_tag_aliases:
        return []
    known = {p.stem for p in units_dir.glob("*.yml") if not p.name.startswith("_")}
    path = units_dir / VOCABULARY_FILE
    index = yamlio.line_index(path.read_text(encoding="utf-8"))
    return [
        Problem(display_path(path, root), yamlio.line_of(index, ("unit_tag_aliases", unit_id)),
                f"unit_tag_aliases names unknown unit '{unit_id}' (known units: {', '.join(sorted(known))})")
        for unit_id in vocabulary.unit_tag_aliases
        if unit_id not in known
    ]


def _check_tag_aliases(vocabulary: Vocabulary, rel: str, text: str) -> list[Problem]:
    """Every alias must name a tag declared under ``tags`` (or be empty: dropped on purpose)."""
    aliases = [(("tag_aliases", key), tag) for key, tag in vocabulary.tag_aliases.items()]
    aliases += [
        (("unit_tag_aliases", unit, key), tag)
        for unit, table in vocabulary.unit_tag_aliases.items()
        for key, tag in table.items()
    ]
    unknown = [(loc, tag) for loc, tag in aliases if tag and tag not in vocabulary.tags]
    if not unknown:
        return []
    index = yamlio.line_index(text)
    return [
        Problem(rel, yamlio.line_of(index, loc), f"alias '{loc[-1]}' names unknown tag '{tag}'"
                " (declare it under 'tags')")
        for loc, tag in unknown
    ]


def _cross_check(units: list[tuple[Unit, str, dict]], vocabulary: Vocabulary | None) -> list[Problem]:
    """Rules that span files: unique ids, unique hosts, known sectors."""
    problems: list[Problem] = []
    seen_ids: dict[str, str] = {}
    seen_hosts: dict[str, str] = {}
    sectors = {s.id for s in vocabulary.sectors} if vocabulary else None
    for unit, rel, index in units:
        for key, unit_id in [("id", unit.id)] + [(("former_ids", i), v) for i, v in enumerate(unit.former_ids)]:
            loc = key if isinstance(key, tuple) else (key,)
            if unit_id in seen_ids:
                problems.append(Problem(rel, yamlio.line_of(index, loc),
                                        f"duplicate unit id '{unit_id}' (also in {seen_ids[unit_id]})"))
            else:
                seen_ids[unit_id] = rel
        for i, host in enumerate(unit.domains):
            bare = host.removeprefix("www.")
            if seen_hosts.get(bare, rel) != rel:
                problems.append(Problem(rel, yamlio.line_of(index, ("domains", i)),
                                        f"domain '{host}' is already claimed by {seen_hosts[bare]}"))
            seen_hosts.setdefault(bare, rel)
        if sectors is not None:
            for i, sector in enumerate(unit.sectors):
                if sector not in sectors:
                    problems.append(Problem(rel, yamlio.line_of(index, ("sectors", i)),
                                            f"unknown sector '{sector}' (known: {', '.join(sorted(sectors))})"))
    return problems
