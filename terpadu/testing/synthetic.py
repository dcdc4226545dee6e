"""A synthetic archive in the import's output format, for benchmarks and tests.

``make_project(dest, pages)`` copies a terpadu project (``mkdocs.yml``, ``units/``,
``overrides/`` and the editors' pages in ``content/``, so the real catalogue comes
along) and adds ``pages`` articles as the import writes them:
``content/<unit>/<section>/<year>/<slug>.md`` with front matter valid for
:class:`terpadu.content.models.ArticleMeta`. Text is Indonesian drawn from a ranked
vocabulary with Zipf weights; dates span ten years; everything is seeded, so the
same arguments always give the same files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from terpadu.content import frontmatter
from terpadu.registry import load_registry
from terpadu.testing import vocabulary as words

SKELETON = ("mkdocs.yml", "units", "overrides", "content")
SECTIONS = (("berita", 0.72), ("pengumuman", 0.18), ("regulasi", 0.10))
LAST_DAY = dt.date(2025, 12, 31)
YEARS = 10
ZIPF_EXPONENT = 1.07
ZIPF_OFFSET = 2.7  # Zipf-Mandelbrot: the commonest word ('yang') near 4 %, as in news text


@dataclass(frozen=True)
class Article:
    """One generated article: where it goes and what it says."""

    path: str  # relative to content/
    meta: dict
    body: str


class TextGenerator:
    """Sentences from the ranked vocabulary with Zipf-like word frequencies."""

    def __init__(self, rng: random.Random):
        self._rng = rng
        base = words.FUNCTION_WORDS + words.DOMAIN_WORDS
        derived = [p + w for p in words.PREFIXES for w in words.DOMAIN_WORDS]
        derived += [w + s for s in words.SUFFIXES for w in words.DOMAIN_WORDS]
        vocab = list(dict.fromkeys(base + sorted(derived, key=lambda w: (len(w), w))))
        self._vocab = vocab
        weights = [1 / (rank + ZIPF_OFFSET) ** ZIPF_EXPONENT for rank in range(1, len(vocab) + 1)]
        self._cum = list(itertools.accumulate(weights))

    def words(self, count: int) -> list[str]:
        return self._rng.choices(self._vocab, cum_weights=self._cum, k=count)

    def sentence(self) -> str:
        rng = self._rng
        parts = self.words(rng.randint(8, 22))
        if rng.random() < 0.35:
            parts.insert(rng.randrange(len(parts)), rng.choice(words.PLACES))
        if rng.random() < 0.25:
            parts.insert(rng.randrange(len(parts)), f"{rng.randint(2, 950)}")
        text = " ".join(parts)
        return text[0].upper() + text[1:] + "."

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self._rng.randint(2, 5)))

    def title(self) -> str:
        rng = self._rng
        opener = rng.choice(words.TITLE_OPENERS)
        rest = " ".join(w for w in self.words(rng.randint(4, 8)) if w not in words.FUNCTION_WORDS[:6])
        return f"{opener} {rest} di {rng.choice(words.PLACES)}"


def generate_articles(unit_ids: list[str], domains: dict[str, str], pages: int, seed: int = 0) -> list[Article]:
    """``pages`` articles spread over units (some publish more), sections and ten years."""
    rng = random.Random(seed)
    text = TextGenerator(rng)
    unit_weights = [1 / (1 + 0.25 * i) for i in range(len(unit_ids))]
    section_names = [s for s, _ in SECTIONS]
    section_weights = [w for _, w in SECTIONS]
    taken: set[str] = set()
    articles = []
    for _ in range(pages):
        unit = rng.choices(unit_ids, weights=unit_weights)[0]
        section = rng.choices(section_names, weights=section_weights)[0]
        day = LAST_DAY - dt.timedelta(days=rng.randrange(365 * YEARS))
        title = text.title()
        path = _unique_path(f"{unit}/{section}/{day.year}/{slugify(title)}", taken)
        paragraphs = [text.paragraph() for _ in range(rng.randint(4, 9))]
        if rng.random() < 0.5:
            paragraphs.insert(2, "## " + text.title())
        body = "\n\n".join(paragraphs) + "\n"
        meta = _meta(rng, title, section, day, unit, paragraphs[0], domains[unit], path, body)
        articles.append(Article(path + ".md", meta, body))
    return articles


def _meta(rng: random.Random, title: str, section: str, day: dt.date, unit: str,
          lead: str, domain: str, path: str, body: str) -> dict:
    summary = lead.split(". ")[0].rstrip(".") + "."
    meta: dict = {"title": title, "type": section, "date": day.isoformat(), "unit": unit,
                  "summary": summary, "tags": sorted(set(rng.sample(words.TAGS, rng.randint(1, 3))))}
    if section == "regulasi":
        meta["regulation"] = {
            "jenis": rng.choice(words.REGULATION_KINDS),
            "nomor": f"{rng.randint(1, 40)}/PRT/M/{day.year}",
            "tanggal_ditetapkan": day.isoformat(),
        }
    meta["source_url"] = f"https://{domain}/{path.split('/', 1)[1]}"
    meta["import_hash"] = hashlib.sha1(body.encode()).hexdigest()
    return meta


def write_articles(content_dir: Path, articles: list[Article]) -> None:
    made: set[Path] = set()
    for article in articles:
        path = content_dir / article.path
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        meta_yaml = yaml.safe_dump(article.meta, allow_unicode=True, sort_keys=False, width=1000)
        path.write_text(frontmatter.join(meta_yaml, article.body), encoding="utf-8")


def make_project(dest: Path, pages: int, source: Path, seed: int = 0) -> Path:
    """A copy of the project at ``source`` with ``pages`` synthetic articles added."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in SKELETON:
        origin = source / name
        if origin.is_dir():
            shutil.copytree(origin, dest / name, dirs_exist_ok=True)
        elif origin.is_file():
            shutil.copy2(origin, dest / name)
    registry, problems = load_registry(dest / "units", dest)
    if registry is None:
        raise ValueError("the source project's units/ has problems: " + "; ".join(map(str, problems)))
    unit_ids = registry.ids()
    domains = {u.id: u.primary_domain for u in registry}
    write_articles(dest / "content", generate_articles(unit_ids, domains, pages, seed))
    return dest


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:70].rstrip("-")


def _unique_path(stem: str, taken: set[str]) -> str:
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    taken.add(candidate)
    return candidate
