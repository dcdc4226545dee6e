"""Starting files for editors: ``terpadu new <kind> "<name>" --unit <id>``.

Each kind is data: where its file goes and which template writes it. Templates live in
``templates/<kind>.md.j2`` and explain every field in YAML comments. A new kind (berita,
pengumuman) is one more :class:`Scaffold` entry and one template.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2

from terpadu.registry import Unit
from terpadu.site.render import yaml_str


@dataclass(frozen=True)
class Scaffold:
    kind: str
    path: str  # relative to content/, formatted with slug, unit, year
    template: str
    help: str


SCAFFOLDS: dict[str, Scaffold] = {
    "layanan": Scaffold("layanan", "layanan/{slug}.md", "layanan.md.j2",
                        "a service of the catalogue, with its Standar Pelayanan"),
    # Articles: `[ISI: ...]` placeholders, which `terpadu check` reports until filled in.
    "berita": Scaffold("berita", "{unit}/berita/{year}/{slug}.md", "berita.md.j2", "a news item of a unit"),
    "pengumuman": Scaffold("pengumuman", "{unit}/pengumuman/{year}/{slug}.md", "pengumuman.md.j2",
                           "an announcement of a unit"),
    "regulasi": Scaffold("regulasi", "{unit}/regulasi/{year}/{slug}.md", "regulasi.md.j2",
                         "a regulation, standard or guideline"),
}


class ScaffoldError(Exception):
    """A user mistake (unknown kind, existing file); the message says what to do."""


def slugify(name: str) -> str:
    """'Persetujuan Bangunan Gedung (PBG)' -> 'persetujuan-bangunan-gedung-pbg'."""
    spaced = "".join(c if c.isalnum() else " " for c in name)  # "Wamena–Habema": two words
    text = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:64].strip("-")


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("terpadu.scaffold", "templates"),
        autoescape=False,  # noqa: S701 - output is YAML and Markdown
        keep_trailing_newline=True, undefined=jinja2.StrictUndefined,
    )
    env.filters["yaml_str"] = yaml_str
    return env


def create(kind: str, name: str, unit: Unit, docs_dir: Path, slug: str | None = None,
           today: dt.date | None = None) -> Path:
    """Write the new file and return its path; never overwrites."""
    scaffold = SCAFFOLDS.get(kind)
    if scaffold is None:
        raise ScaffoldError(f"unknown kind '{kind}' (known: {', '.join(sorted(SCAFFOLDS))})")
    slug = slug or slugify(name)
    if not slug or len(slug) < 2:
        raise ScaffoldError(f"cannot make a file name from '{name}'; give one with --slug")
    today = today or dt.date.today()
    path = docs_dir / scaffold.path.format(slug=slug, unit=unit.id, year=today.year)
    if path.exists():
        shown = path.relative_to(docs_dir.parent).as_posix()
        raise ScaffoldError(f"{shown} already exists; choose another name or --slug (files are never overwritten)")
    text = _environment().get_template(scaffold.template).render(
        name=name, slug=slug, unit=unit, today=today.isoformat(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:  # 'x': fail rather than overwrite
        handle.write(text)
    return path
