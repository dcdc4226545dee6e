"""Resolve every known old URL to exactly one outcome, reporting conflicts.

Sources, all equal in rank: the import's URL map (imported and duplicate pages) and the
editors' mappings. Two sources giving one old URL different outcomes is a conflict, to be
fixed in the files, never settled here. A URL the old site already answered 404 is gone
unless an editor maps it. What remains goes to the unit's fallback rules
(``urls.fallbacks``), and what no fallback matches is *unmapped*: listed, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from terpadu.problems import Problem
from terpadu.redirects import sources
from terpadu.redirects.canonical import NotAnOldUrl, canonical_host, canonicalise, split
from terpadu.redirects.models import (
    GONE, MOVED, HostPlan, KnownUrl, Move, Origin, Plan, RedirectSettings, Rule, Unmapped,
)
from terpadu.redirects.moves import check_moves, follow, unit_moves
from terpadu.registry import Registry, Unit
from terpadu.registry.urlrules import Fallback


@dataclass
class _Decisions:
    """The rules decided so far, keyed by canonical old URL."""

    strong: dict[str, Rule] = field(default_factory=dict)  # written down: import rows, mappings
    weak: dict[str, Rule] = field(default_factory=dict)  # implied: old 404s, a host's home page
    problems: list[Problem] = field(default_factory=list)

    def add(self, rule: Rule, strong: bool = True) -> None:
        if not strong:
            self.weak.setdefault(rule.old_url, rule)
            return
        earlier = self.strong.get(rule.old_url)
        if earlier is None:
            self.strong[rule.old_url] = rule
        elif not earlier.same_outcome(rule):
            self.problems.append(Problem(
                rule.origin.path, rule.origin.line,
                f"conflict: {rule.old_url} {_describe(rule)} here, but {_describe(earlier)} "
                f"by {earlier.origin}",
            ))

    def rules(self) -> dict[str, Rule]:
        return {**self.weak, **self.strong}


def build_plan(root: Path, registry: Registry, site_url: str,
               only_site_host: bool = False) -> tuple[Plan, list[Problem]]:
    """The plan for every old host, or (``only_site_host``, for the build's redirect pages)
    for the new site's own host and the moves alone, reading only that unit's files."""
    site_host = canonical_host(urlsplit(site_url).hostname or "")
    moves = unit_moves(registry)
    problems = check_moves(moves)
    files: set[str] | None = None  # unit ids whose migration files are read (None: all)
    if only_site_host:
        owner = registry.by_host(site_host)
        registry = Registry(units=(owner,) if owner else (), vocabulary=registry.vocabulary)
        files = {owner.id, *owner.former_ids} if owner else set()
    settings, found = sources.read_settings(root)
    problems += found
    rows, found = sources.read_urlmaps(root, files)
    problems += found
    mappings, found = sources.read_mappings(root, files)
    problems += found

    decisions = _Decisions()
    pending: list[Unmapped] = []
    for located in rows:
        _decide_row(located, registry, moves, settings, decisions, pending)
    for mapping in mappings:
        _decide_mapping(mapping, registry, moves, decisions)
    if settings.home_redirect:
        for unit in registry:
            if canonical_host(unit.primary_domain) != site_host:  # the new site's own home answers there
                decisions.add(Rule(canonicalise(f"https://{unit.primary_domain}/"), unit.id, MOVED,
                                   f"/{unit.id}/", "home page", Origin(f"units/{unit.id}.yml", 0)),
                              strong=False)
    problems += decisions.problems

    rules = decisions.rules()
    hosts = [_host_plan(unit, rules, moves) for unit in registry]
    problems += _case_collisions(hosts)
    site_home = canonicalise(f"https://{site_host}/")
    pending = [item for item in pending if item.old_url != site_home]  # the new site's home answers
    unmapped = _still_unmapped(pending, rules, {h.unit_id: h for h in hosts})
    plan = Plan(site_url.rstrip("/") + "/", site_host, tuple(hosts), tuple(moves), tuple(unmapped))
    return plan, problems


def _decide_row(located: sources.LocatedRow, registry: Registry, moves: list[Move],
                settings: RedirectSettings, decisions: _Decisions, pending: list[Unmapped]) -> None:
    row, origin = located.row, located.origin
    unit = _unit_for(located.unit_id, registry)
    if unit is None:
        decisions.problems.append(Problem(origin.path, origin.line, f"unknown unit '{located.unit_id}' "
                                          "(the file name must be a unit id)"))
        return
    old = _canonical_for(row.old_url, unit, registry, origin, decisions.problems)
    if old is None:
        return
    if row.outcome in ("imported", "duplicate"):
        if not row.new_path or not row.new_path.startswith("/"):
            decisions.problems.append(Problem(origin.path, origin.line,
                                              f"{row.outcome} row has no new_path starting with '/'"))
            return
        decisions.add(Rule(old, unit.id, MOVED, follow(row.new_path, moves), row.outcome, origin))
    elif row.status in settings.gone_statuses:
        decisions.add(Rule(old, unit.id, GONE, None, f"old site answered {row.status}", origin), strong=False)
    else:
        why = row.outcome + (f" ({row.reason})" if row.reason else "")
        pending.append(Unmapped(old, unit.id, why, origin))


def _decide_mapping(mapping: sources.EditorMapping, registry: Registry, moves: list[Move],
                    decisions: _Decisions) -> None:
    unit = _unit_for(mapping.unit_id, registry)
    origin = mapping.origin
    if unit is None:
        decisions.problems.append(Problem(origin.path, 0, f"unknown unit '{mapping.unit_id}' "
                                          "(the file name must be a unit id)"))
        return
    old = _canonical_for(mapping.old_url, unit, registry, origin, decisions.problems)
    if old is None:
        return
    if mapping.target is None:
        decisions.add(Rule(old, unit.id, GONE, None, "mapping", origin))
    else:
        target = follow(mapping.target, moves) if mapping.target.startswith("/") else mapping.target
        decisions.add(Rule(old, unit.id, MOVED, target, "mapping", origin))


def _unit_for(unit_id: str, registry: Registry) -> Unit | None:
    """Files named after a former id still belong to the renamed unit."""
    return registry.get(unit_id) or next((u for u in registry if unit_id in u.former_ids), None)


def _canonical_for(url: str, unit: Unit, registry: Registry, origin: Origin,
                   problems: list[Problem]) -> str | None:
    try:
        old = canonicalise(url, unit.urls.significant_params)
    except NotAnOldUrl as exc:
        problems.append(Problem(origin.path, origin.line, str(exc)))
        return None
    owner = registry.by_host(split(old)[0])
    if owner is None or owner.id != unit.id:
        whose = f"belongs to unit '{owner.id}'" if owner else "is not a domain of any unit"
        problems.append(Problem(origin.path, origin.line, f"{url}: host {whose}, not '{unit.id}'"))
        return None
    return old


def _host_plan(unit: Unit, rules: dict[str, Rule], moves: list[Move]) -> HostPlan:
    host = canonical_host(unit.primary_domain)
    names = sorted({n for d in unit.domains for n in (canonical_host(d), "www." + canonical_host(d))},
                   key=lambda n: (n.startswith("www."), n))
    own = sorted((r for r in rules.values() if r.unit_id == unit.id), key=lambda r: r.old_url)
    fallbacks = tuple(
        Fallback(pattern=f.pattern, target=follow(f.target, moves) if f.target and f.target.startswith("/")
                 else f.target)
        for f in unit.urls.fallbacks
    )
    return HostPlan(unit.id, unit.name, host, tuple(names), follow(f"/{unit.id}/", moves),
                    tuple(unit.urls.significant_params), tuple(own), fallbacks)


def _case_collisions(hosts: list[HostPlan]) -> list[Problem]:
    """nginx matches map keys ignoring case: two old paths differing only in case must agree."""
    from terpadu.redirects.canonical import server_key

    problems: list[Problem] = []
    for host in hosts:
        seen: dict[str, Rule] = {}
        for rule in host.rules:
            key = server_key(rule.old_url).lower()
            earlier = seen.setdefault(key, rule)
            if earlier is not rule and not earlier.same_outcome(rule):
                problems.append(Problem(rule.origin.path, rule.origin.line,
                                        f"conflict: {rule.old_url} {_describe(rule)} here, but "
                                        f"{earlier.old_url} (same but for case) {_describe(earlier)} "
                                        f"by {earlier.origin}; web servers treat them as one URL"))
    return problems


def fallback_for(path: str, host: HostPlan) -> Fallback | None:
    """The first fallback rule whose pattern matches the canonical old path."""
    return next((f for f in host.fallbacks if re.match(f.pattern, path)), None)


def _still_unmapped(pending: list[Unmapped], rules: dict[str, Rule], hosts: dict[str, HostPlan]) -> list[Unmapped]:
    left: dict[str, Unmapped] = {}
    for item in pending:
        if item.old_url in rules or fallback_for(split(item.old_url)[1], hosts[item.unit_id]):
            continue
        left.setdefault(item.old_url, item)
    return sorted(left.values(), key=lambda u: u.old_url)


def _describe(rule: Rule) -> str:
    return "is gone" if rule.status == GONE else f"goes to {rule.target}"


def known_urls(root: Path, plan: Plan, registry: Registry, site_dir: Path | None = None) -> list[KnownUrl]:
    """Every old URL anyone recorded, spelt as recorded: URL-map rows, editors' mappings,
    each old host's home page, and (with ``site_dir``) the former paths of every page of a
    renamed unit. Deduplicated, in a stable order."""
    rows, _ = sources.read_urlmaps(root)
    mappings, _ = sources.read_mappings(root)
    found: dict[str, KnownUrl] = {}
    for located in rows:
        unit = _unit_for(located.unit_id, registry)
        if unit:
            found.setdefault(located.row.old_url, KnownUrl(located.row.old_url, unit.id, str(located.origin)))
    for mapping in mappings:
        unit = _unit_for(mapping.unit_id, registry)
        if unit:
            found.setdefault(mapping.old_url, KnownUrl(mapping.old_url, unit.id, str(mapping.origin)))
    for host in plan.hosts:
        for rule in host.rules:
            if rule.reason == "home page":
                found.setdefault(rule.old_url, KnownUrl(rule.old_url, host.unit_id, str(rule.origin)))
    if site_dir is not None:
        from terpadu.redirects.static import moved_unit_paths

        owners = {m.old_prefix: m for m in plan.moves}
        for old_path in moved_unit_paths(plan, site_dir):
            move = owners["/" + old_path.split("/")[1] + "/"]
            url = f"https://{plan.site_host}{old_path}"
            found.setdefault(url, KnownUrl(url, move.new_prefix.strip("/"), str(move.origin)))
    return sorted(found.values(), key=lambda k: (k.unit_id, k.url))
