"""Every ground-truth page of the mirror, fetched over real HTTP on 127.0.0.1, extracted
and converted: title, date, unit and type exact, key sentences present, boilerplate absent,
images, attachments and regulation metadata as the truth says (terpadu.extract.evaluation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from terpadu.extract.evaluation import check, fetch, page_type_for, truth_pages
from terpadu.mirror import MirrorServer
from terpadu.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
TRUTH = truth_pages()
# Pinned quality floor of the generic path (trafilatura alone, recipe selectors ignored),
# like trafilatura's eval gate: raise it when the generic path improves, never lower it quietly.
GENERIC_FLOOR = 0.95


@pytest.fixture(scope="module")
def registry():
    loaded, problems = load_registry(ROOT / "units")
    assert loaded is not None, problems
    return loaded


@pytest.fixture(scope="module")
def fetched(registry):
    """Each truth page fetched once from a real mirror server."""
    with MirrorServer() as server:
        return {
            t["url"]: fetch(server.port, t["url"], t["unit"], page_type_for(registry, t["unit"], t["url"]))
            for t in TRUTH
        }


def test_the_mirror_has_the_pages_the_issue_asks_for():
    units = {t["unit"] for t in TRUTH}
    assert len(units) == 12
    assert len(TRUTH) >= 200
    assert all(sum(t["unit"] == u for t in TRUTH) >= 15 for u in units)


@pytest.mark.parametrize("truth", TRUTH, ids=[t["_file"] for t in TRUTH])
def test_recipe_extraction_matches_ground_truth(truth, fetched, registry):
    verdict = check(truth, fetched[truth["url"]], registry)
    assert verdict.method == "recipe"
    assert verdict.problems == []


def test_generic_extraction_stays_above_its_floor(fetched, registry):
    verdicts = [check(t, fetched[t["url"]], registry, use_recipe=False) for t in TRUTH]
    assert {v.method for v in verdicts} == {"generic"}
    correct = [v for v in verdicts if not v.problems]
    failures = {v.file: v.problems for v in verdicts if v.problems}
    assert len(correct) / len(verdicts) >= GENERIC_FLOOR, failures


def test_the_charset_lie_is_decoded(fetched):
    """itjen serves windows-1252 bytes while claiming UTF-8; the text must come out right."""
    page = next(f for url, f in fetched.items() if "itjen.pu.go.id" in url)
    assert page.declared_charset == "utf-8"
    with pytest.raises(UnicodeDecodeError):
        page.body.decode("utf-8")
