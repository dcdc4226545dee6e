"""Read what decides an old URL's fate: the import's URL map and the editors' mappings.

- ``migration/urlmap/<unit>.jsonl``: written by the importer, one JSON object a line.
- ``migration/mappings/<unit>.yml``: written by editors for pages the import did not
  bring over, one ``old URL: new path`` (or ``gone``) a line.
- ``migration/settings.yml``: optional; its ``redirects:`` section.

Every reader returns its records and every problem it found, with file and line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from terpadu import yamlio
from terpadu.problems import Problem
from terpadu.redirects.models import Origin, RedirectSettings

MIGRATION_DIR = "migration"
URLMAP_DIR = f"{MIGRATION_DIR}/urlmap"
MAPPINGS_DIR = f"{MIGRATION_DIR}/mappings"
SETTINGS_FILE = f"{MIGRATION_DIR}/settings.yml"
GONE_WORD = "gone"


class UrlMapRow(BaseModel):
    """One line of the import's URL map (the import contract; extra keys are tolerated)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    old_url: str
    status: int | None = None
    outcome: Literal["imported", "duplicate", "skipped", "failed", "excluded"]
    new_path: str | None = None
    type: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class LocatedRow:
    unit_id: str
    row: UrlMapRow
    origin: Origin


@dataclass(frozen=True)
class EditorMapping:
    unit_id: str
    old_url: str  # as written
    target: str | None  # None: gone
    origin: Origin


def read_urlmaps(root: Path, unit_ids: set[str] | None = None) -> tuple[list[LocatedRow], list[Problem]]:
    """Every URL-map row (or only those of ``unit_ids``), with its file and line."""
    rows: list[LocatedRow] = []
    problems: list[Problem] = []
    for path in _files(root / URLMAP_DIR, "*.jsonl", unit_ids):
        rel = f"{URLMAP_DIR}/{path.name}"
        unit_id = path.stem
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                rows.append(LocatedRow(unit_id, UrlMapRow.model_validate(data), Origin(rel, number)))
            except json.JSONDecodeError as exc:
                problems.append(Problem(rel, number, f"not a JSON object ({exc.msg})"))
            except ValidationError as exc:
                problems.extend(Problem(rel, number, yamlio.describe_error(e)) for e in exc.errors(include_url=False))
    return rows, problems


def read_mappings(root: Path, unit_ids: set[str] | None = None) -> tuple[list[EditorMapping], list[Problem]]:
    """Every editor's mapping (or only those of ``unit_ids``), with its file and line."""
    mappings: list[EditorMapping] = []
    problems: list[Problem] = []
    for path in _files(root / MAPPINGS_DIR, "*.yml", unit_ids):
        rel = f"{MAPPINGS_DIR}/{path.name}"
        found, errors = _read_mapping_file(path.read_text(encoding="utf-8"), path.stem, rel)
        mappings.extend(found)
        problems.extend(errors)
    return mappings, problems


def _files(folder: Path, pattern: str, unit_ids: set[str] | None) -> list[Path]:
    return sorted(p for p in folder.glob(pattern) if unit_ids is None or p.stem in unit_ids)


def _read_mapping_file(text: str, unit_id: str, rel: str) -> tuple[list[EditorMapping], list[Problem]]:
    try:
        data = yamlio.load(text)
    except yamlio.YamlSyntaxError as exc:
        return [], [Problem(rel, exc.line, exc.message)]
    if data is None:
        return [], []
    if not isinstance(data, dict):
        return [], [Problem(rel, 1, f"expected 'old URL: new path' lines (or 'old URL: {GONE_WORD}')")]
    node = yaml.compose(text)
    found: list[EditorMapping] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for key_node, value_node in node.value:  # the composed node keeps duplicate keys and lines
        line = key_node.start_mark.line + 1
        old, value = key_node.value, value_node.value
        if old in seen:
            problems.append(Problem(rel, line, f"'{old}' is mapped twice (also on line {seen[old]})"))
            continue
        seen[old] = line
        if not isinstance(value, str) or not value:
            problems.append(Problem(rel, line, f"'{old}': expected a new path or '{GONE_WORD}'"))
        elif value == GONE_WORD:
            found.append(EditorMapping(unit_id, old, None, Origin(rel, line)))
        elif value.startswith(("/", "https://")):
            found.append(EditorMapping(unit_id, old, value, Origin(rel, line)))
        else:
            problems.append(Problem(rel, line, f"'{value}' is neither a new-site path ('/...'), "
                                               f"an https:// URL, nor '{GONE_WORD}'"))
    return found, problems


def read_settings(root: Path) -> tuple[RedirectSettings, list[Problem]]:
    path = root / SETTINGS_FILE
    if not path.is_file():
        return RedirectSettings(), []
    text = path.read_text(encoding="utf-8")
    try:
        data = yamlio.load(text) or {}
    except yamlio.YamlSyntaxError as exc:
        return RedirectSettings(), [Problem(SETTINGS_FILE, exc.line, exc.message)]
    section = data.get("redirects") if isinstance(data, dict) else None
    if section is None:
        return RedirectSettings(), []
    try:
        return RedirectSettings.model_validate(section), []
    except ValidationError as exc:
        index = yamlio.line_index(text)
        return RedirectSettings(), [
            Problem(SETTINGS_FILE, yamlio.line_of(index, ("redirects", *e["loc"])),
                    yamlio.describe_error({**e, "loc": ("redirects", *e["loc"])}))
            for e in exc.errors(include_url=False)
        ]
