"""The synthetic archive: valid import format, realistic text, the same every time."""

from __future__ import annotations

import collections
import random
from pathlib import Path

from terpadu.content.models import ArticleMeta
from terpadu.project import Paths, validate
from terpadu.testing.synthetic import TextGenerator, generate_articles, make_project
from tests.conftest import REPO


def test_archive_is_valid_front_matter_in_the_import_layout(tmp_path: Path):
    root = make_project(tmp_path / "p", 120, REPO)
    project, problems = validate(Paths.at(root))
    assert problems == [] and project is not None
    articles = project.content.articles()
    assert len(articles) == 120
    units = {d.meta.unit for d in articles}
    assert len(units) >= 8
    for document in articles:
        meta: ArticleMeta = document.meta  # type: ignore[assignment]
        unit, section, year, _ = document.src_uri.split("/")
        assert (unit, section, int(year)) == (meta.unit, meta.type, meta.day.year)
        assert meta.summary and meta.source_url and meta.import_hash
        assert (meta.regulation is not None) == (meta.type == "regulasi")
    years = {d.meta.day.year for d in articles}
    assert len(years) >= 8


def test_same_seed_same_archive_other_seed_other_archive():
    ids, domains = ["sda", "binamarga"], {"sda": "sda.pu.go.id", "binamarga": "binamarga.pu.go.id"}
    first = generate_articles(ids, domains, 20, seed=1)
    assert first == generate_articles(ids, domains, 20, seed=1)
    assert first != generate_articles(ids, domains, 20, seed=2)


def test_word_frequencies_follow_a_zipf_like_curve():
    counts = collections.Counter(TextGenerator(random.Random(0)).words(200_000))
    ranked = [n for _, n in counts.most_common()]
    assert counts.most_common(1)[0][0] == "yang"
    assert 0.02 < ranked[0] / 200_000 < 0.08  # the commonest word, as in Indonesian news
    assert len(counts) > 1500  # a realistic vocabulary, not a handful of words
    assert ranked[0] / ranked[9] > 2 and ranked[9] / ranked[99] > 3  # heavy head, long tail
