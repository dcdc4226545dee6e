"""The shared glossary (``units/_glossary.yml``): acronyms and old names citizens type,
each pointing at the page that serves them now, so "IMB" finds the PBG service.

The terms are indexed as hidden, weighted text on their target page. ``terpadu check``
validates the file (unknown keys, empty terms) and that every target page exists.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from terpadu import yamlio
from terpadu.content.index import ContentIndex
from terpadu.problems import Problem, display_path
from terpadu.registry import Registry

GLOSSARY_FILE = "_glossary.yml"
UNITS_FOLDER = "units"  # cross-checks get the project root; the glossary sits beside the units


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Term(Strict):
    """One acronym or name, what it stands for, and the page it should find."""

    term: str = Field(description="What citizens type: an acronym or a current name (PBG).")
    expansion: str = Field(description="What it stands for (Persetujuan Bangunan Gedung).")
    aliases: list[str] = Field(
        default_factory=list, description="Old names and other spellings (IMB, Izin Mendirikan Bangunan)."
    )
    page: str = Field(description="Target page as a path in content/ (layanan/pbg.md, sda/index.md).")

    @field_validator("term", "expansion")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value.strip()

    @field_validator("page")
    @classmethod
    def _markdown_path(cls, value: str) -> str:
        if not value.endswith(".md") or value.startswith("/"):
            raise ValueError(f"'{value}' is not a page path like 'layanan/pbg.md'")
        return value

    def words(self) -> str:
        """The text indexed on the target page."""
        return " ".join([self.term, self.expansion, *self.aliases])


class Glossary(Strict):
    terms: list[Term] = Field(default_factory=list)

    def by_page(self, registry: Registry | None = None) -> dict[str, list[Term]]:
        """Terms by target page; with ``registry``, pages named by a unit's former id
        count under its current one (a renamed unit keeps its glossary entries)."""
        found: dict[str, list[Term]] = {}
        for term in self.terms:
            if term is None:  # a term that failed validation (see _valid_terms)
                continue
            page = current_path(term.page, registry) if registry is not None else term.page
            found.setdefault(page, []).append(term)
        return found


def glossary_path(units_dir: Path) -> Path:
    return units_dir / GLOSSARY_FILE


def load_glossary(units_dir: Path, root: Path) -> tuple[Glossary, list[Problem], dict]:
    """The glossary, its problems and its line index. Terms that are valid are kept even
    when others are not, so one run reports every mistake (and the site still finds them)."""
    path = glossary_path(units_dir)
    if not path.is_file():
        return Glossary(), [], {}
    rel = display_path(path, root)
    text = path.read_text(encoding="utf-8")
    glossary, errors = yamlio.validate_text(Glossary, text)
    problems = [Problem(rel, line, message) for line, message in errors]
    if glossary is not None:
        return glossary, problems, yamlio.line_index(text)  # type: ignore[return-value]
    return _valid_terms(text), problems, _safe_line_index(text)


def _valid_terms(text: str) -> Glossary:
    """The terms that validate on their own, from a file that as a whole does not."""
    try:
        data = yamlio.load(text)
    except yamlio.YamlSyntaxError:
        return Glossary()
    items = data.get("terms") if isinstance(data, dict) else None
    terms = []
    for item in items if isinstance(items, list) else []:
        try:
            terms.append(Term.model_validate(item))
        except ValidationError:
            terms.append(None)
    return Glossary.model_construct(terms=terms)


def _safe_line_index(text: str) -> dict:
    try:
        return yamlio.line_index(text)
    except yaml.YAMLError:
        return {}


def current_path(src_uri: str, registry: Registry) -> str:
    """``sda/index.md`` -> ``sumber-daya-air/index.md`` once unit ``sda`` is renamed (its old
    id in ``former_ids``, its folder moved, as ADR 0601 asks)."""
    folder, sep, rest = src_uri.partition("/")
    if sep and folder not in registry:
        for unit in registry:
            if folder in unit.former_ids:
                return f"{unit.id}/{rest}"
    return src_uri


def known_page(src_uri: str, content: ContentIndex, registry: Registry) -> bool:
    """A page an editor wrote, or one generated from the registry (unit pages)."""
    src_uri = current_path(src_uri, registry)
    if content.get(src_uri) is not None:
        return True
    folder, _, name = src_uri.partition("/")
    return name == "index.md" and (folder in registry or folder == "unit-kerja")


def check_glossary(content: ContentIndex, registry: Registry, root: Path) -> list[Problem]:
    """Every glossary problem, including target pages that do not exist."""
    units_dir = root / UNITS_FOLDER
    glossary, problems, index = load_glossary(units_dir, root)
    rel = display_path(glossary_path(units_dir), root)
    seen: dict[str, int] = {}
    for i, term in enumerate(glossary.terms):
        if term is None:  # invalid on its own: already reported
            continue
        if not known_page(term.page, content, registry):
            line = yamlio.line_of(index, ("terms", i, "page"))
            problems.append(Problem(rel, line, f"page '{term.page}' does not exist in content/ or the units"))
        key = term.term.casefold()
        if key in seen:
            line = yamlio.line_of(index, ("terms", i, "term"))
            problems.append(Problem(rel, line, f"term '{term.term}' is already defined on line {seen[key]}"))
        else:
            seen[key] = yamlio.line_of(index, ("terms", i, "term"))
    return problems
