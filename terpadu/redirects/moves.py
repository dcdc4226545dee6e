"""Moves inside the new site: a unit renamed in the registry takes its folder with it.

``units/<id>.yml`` with ``id: sumber-daya-air`` and ``former_ids: [sda]`` means every
path under ``/sda/`` now lives under ``/sumber-daya-air/`` (ADR 0601). Targets of old-host
rules are followed through these moves, so an old URL never redirects twice.
"""

from __future__ import annotations

from terpadu.problems import Problem
from terpadu.redirects.models import Move, Origin
from terpadu.registry import Registry


def unit_moves(registry: Registry) -> list[Move]:
    """One move per former id, in registry order."""
    return [
        Move(f"/{former}/", f"/{unit.id}/", f"unit '{former}' renamed to '{unit.id}'",
             Origin(f"units/{unit.id}.yml", 0))
        for unit in registry
        for former in unit.former_ids
    ]


def follow(path: str, moves: list[Move]) -> str:
    """Where ``path`` lives now, after every move that applies (chains included)."""
    seen = {path}
    changed = True
    while changed:
        changed = False
        for move in moves:
            moved = move.apply(path)
            if moved is not None:
                path, changed = moved, True
                if path in seen:  # a -> b -> a: refuse to loop; check_moves reports it
                    return path
                seen.add(path)
    return path


def check_moves(moves: list[Move]) -> list[Problem]:
    """Two units may not claim the same former id, and moves may not form a cycle."""
    problems: list[Problem] = []
    claimed: dict[str, Move] = {}
    for move in moves:
        if move.old_prefix in claimed:
            problems.append(Problem(move.origin.path, move.origin.line,
                                    f"'{move.old_prefix.strip('/')}' is a former id of two units"))
        claimed[move.old_prefix] = move
        if follow(move.old_prefix, moves) == move.old_prefix:
            problems.append(Problem(move.origin.path, move.origin.line,
                                    f"renames of '{move.old_prefix.strip('/')}' form a cycle"))
    return problems
