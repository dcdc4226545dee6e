"""Shared helpers of the importer's tests: a project copy, the fixture site, a 13th unit.

``plain_stages()`` is a deliberately small extract/convert pair for the fixture site
(``tests/fixtures/sites/contoh.pu.go.id``), used by the tests of the importer's *own*
behaviour (re-sync, conflicts, kill/resume, faults) so those do not depend on the real
extractor's quality; the ground-truth tests over the 12 mirrored sites use the real stages.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from parsel import Selector

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_SITES = FIXTURES / "sites"


def copy_project(target: Path, extra_units: tuple[Path, ...] = ()) -> Path:
    """A throw-away copy of the project (config, units, content) to import into."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "units", "content", "overrides"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.is_file():
            shutil.copy2(source, target / name)
    for unit_file in extra_units:
        shutil.copy2(unit_file, target / "units" / unit_file.name)
    return target


def sites_with_fixtures(target: Path, base: Path | None = None) -> Path:
    """A sites folder holding the bundled mirror's sites (``base``) and the fixture site."""
    target.mkdir(parents=True, exist_ok=True)
    for folder in [*(sorted(base.iterdir()) if base else []), *sorted(FIXTURE_SITES.iterdir())]:
        if (folder / "_site.yml").is_file():
            (target / folder.name).symlink_to(folder, target_is_directory=True)
    return target


@dataclass(frozen=True)
class PlainImage:
    url: str
    alt: str
    caption: str | None = None


@dataclass(frozen=True)
class PlainLink:
    url: str
    label: str


@dataclass(frozen=True)
class PlainPage:
    """Same fields as ``terpadu.extract.records.ExtractedPage``."""

    url: str
    unit_id: str
    type: str
    title: str
    date: dt.date | None
    author: str | None
    body_html: str
    summary: str | None
    tags: tuple[str, ...]
    unmapped: tuple[str, ...]
    images: tuple[PlainImage, ...]
    attachments: tuple[PlainLink, ...]
    regulation: dict | None
    method: str


@dataclass(frozen=True)
class PlainConverted:
    markdown: str
    links: tuple[str, ...]
    assets: tuple[str, ...]


def plain_extract(page, unit, vocabulary) -> PlainPage:
    selectors = next(r.selectors for r in unit.recipe.pages if r.type == page.page_type)
    doc = Selector(text=page.body.decode("utf-8", "replace"), base_url=page.url)
    body = doc.css(selectors.body)
    if not body:
        raise ValueError("no body found")
    date_text = doc.css(f"{selectors.date}::attr(datetime)").get()
    images = tuple(
        PlainImage(_abs(page.url, img.attrib.get("data-src") or img.attrib["src"]), img.attrib.get("alt", ""))
        for img in body.css("img")
    )
    attachments = tuple(
        PlainLink(_abs(page.url, a.attrib["href"]), a.css("::text").get(""))
        for a in body.css("a") if a.attrib.get("href", "").endswith(".pdf")
    )
    return PlainPage(
        url=page.url, unit_id=page.unit_id, type=page.page_type,
        title=doc.css(f"{selectors.title}::text").get("").strip(),
        date=dt.date.fromisoformat(date_text) if date_text else None, author=None,
        body_html=body.get(), summary=None, tags=(), unmapped=(), images=images,
        attachments=attachments, regulation=None, method="recipe",
    )


def plain_to_markdown(page: PlainPage, resolve_link, resolve_asset) -> PlainConverted:
    """Paragraphs as text, links and images as Markdown; enough for the importer's tests."""
    doc = Selector(text=page.body_html, base_url=page.url)
    out, links, assets = [], [], []
    for block in doc.css("p, figure"):
        if block.root.tag == "figure":
            img = block.css("img")[0]
            url = _abs(page.url, img.attrib.get("data-src") or img.attrib["src"])
            local = resolve_asset(url)
            assets.append(url)
            out.append(f"![{img.attrib.get('alt', '')}]({local or url})")
            continue
        text = block.css("::text").getall()
        line = "".join(text).strip()
        for a in block.css("a"):
            url = _abs(page.url, a.attrib["href"])
            target = resolve_asset(url) if url.endswith(".pdf") else resolve_link(url)
            links.append(url)
            label = a.css("::text").get("")
            line = line.replace(label, f"[{label}]({target or url})", 1)
        out.append(line)
    return PlainConverted("\n\n".join(out) + "\n", tuple(links), tuple(assets))


def plain_stages():
    from terpadu.importer import Stages

    return Stages(plain_extract, plain_to_markdown)


def _abs(base: str, href: str) -> str:
    from urllib.parse import urljoin

    href = re.sub(r"^//", "https://", href)
    return urljoin(base, href)
