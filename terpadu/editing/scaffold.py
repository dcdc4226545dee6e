"""``terpadu new``: a new page from a template, with ``[ISI: ...]`` placeholders to fill.

Each kind of page is data (a :class:`Scaffold`: template and folder pattern); stages add
their own kinds with :func:`register`. A new file never replaces an existing one.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from terpadu.registry import Unit

# What an editor still has to write: "[ISI: what goes here]". `terpadu check` reports any left.
PLACEHOLDER = re.compile(r"\[ISI:[^\]\n]*\]")


@dataclass(frozen=True)
class Scaffold:
    kind: str  # the page type it creates, e.g. "berita"
    template: str  # Jinja2 template in terpadu/editing/templates/
    folder: str  # where it goes in content/, formatted with {unit} and {year}
    help: str  # one line for `terpadu new --help`
    needs_unit: bool = True


SCAFFOLDS: dict[str, Scaffold] = {}


def register(scaffold: Scaffold) -> None:
    SCAFFOLDS[scaffold.kind] = scaffold


for _scaffold in (
    Scaffold("berita", "berita.md.j2", "{unit}/berita/{year}", "a news item of a unit"),
    Scaffold("pengumuman", "pengumuman.md.j2", "{unit}/pengumuman/{year}", "an announcement of a unit"),
    Scaffold("regulasi", "regulasi.md.j2", "{unit}/regulasi/{year}", "a regulation, standard or guideline"),
):
    register(_scaffold)


@dataclass(frozen=True)
class NewPage:
    src_uri: str  # path inside content/
    text: str


class ScaffoldError(Exception):
    """The page cannot be created (the message says why, for the editor)."""


def slugify(title: str, limit: int = 60) -> str:
    """``Bendungan Sukamahi Siap!`` -> ``bendungan-sukamahi-siap`` (ASCII, cut at a word)."""
    spaced = "".join(c if c.isalnum() else " " for c in title)  # "Wamena–Habema": two words
    ascii_title = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or "halaman-baru"


def plan(scaffold: Scaffold, title: str, day: dt.date, unit: Unit | None) -> NewPage:
    """The file ``terpadu new`` would write, without writing it."""
    if scaffold.needs_unit and unit is None:
        raise ScaffoldError(f"'{scaffold.kind}' pages belong to a unit: give --unit")
    folder = scaffold.folder.format(unit=unit.id if unit else "", year=day.year).strip("/")
    text = render_scaffold(scaffold, title=title, day=day, unit=unit)
    return NewPage(f"{folder}/{slugify(title)}.md", text)


def render_scaffold(scaffold: Scaffold, **context: object) -> str:
    from terpadu.site.render import environment

    env = environment().overlay(loader=_loader())
    return env.get_template(scaffold.template).render(**context)


def write(page: NewPage, docs_dir: Path) -> Path:
    """Create the file; an existing file (an editor's work) is never replaced."""
    path = docs_dir / page.src_uri
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(page.text)
    except FileExistsError:
        raise ScaffoldError(f"{docs_dir.name}/{page.src_uri} already exists; choose another --title or edit that file") from None
    return path


def _loader():
    import jinja2

    return jinja2.ChoiceLoader([
        jinja2.PackageLoader("terpadu.editing", "templates"),
        jinja2.PackageLoader("terpadu.site", "templates"),
    ])
