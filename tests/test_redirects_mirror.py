"""The whole transition on the offline mirror of the 12 old sites: import (real crawl over
loopback), build, generate redirects, and verify them with real nginx.

The import runs once for this module (about 40 s on 2 cores).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from terpadu.build import run_build
from terpadu.content.models import ArticleMeta
from terpadu.project import Paths, load_project
from terpadu.redirects import load_plan
from terpadu.redirects.plan import known_urls
from terpadu.redirects.models import KnownUrl
from terpadu.redirects.verify import Coverage, verify

REPO = Path(__file__).resolve().parents[1]
TRUTH = REPO / "terpadu" / "mirror" / "truth"
SEPAKU = "siaran-pers-bendungan-sepaku-semoi"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    root = tmp_path_factory.mktemp("mirror-project")
    for name in ("mkdocs.yml", "units", "content", "overrides", "migration"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        elif source.is_file():
            shutil.copy2(source, root / name)
    done = subprocess.run([sys.executable, "-m", "terpadu", "import", "--mirror", "-q", "--root", str(root)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    paths = Paths.at(root)
    run_build(paths)
    return paths


@pytest.fixture(scope="module")
def coverage(imported: Paths) -> Coverage:
    project = load_project(imported)
    site = imported.root / "site"
    plan = load_plan(project, site)
    known = known_urls(imported.root, plan, project.registry, site)
    # and the old URLs the import never fetched (search pages, APIs, traps, robots-disallowed
    # paths, the old sites' own redirects), as the mirror's ground truth lists them
    seen = {k.url for k in known}
    for path in sorted(TRUTH.glob("*/_excluded.json")):
        for entry in json.loads(path.read_text()):
            if entry["url"] not in seen:
                known.append(KnownUrl(entry["url"], path.parent.name, f"truth: {entry['reason']}"))
                seen.add(entry["url"])
    return verify(plan, site, known)


def test_every_old_url_of_the_12_hosts_redirects_or_is_gone(coverage: Coverage, imported: Paths) -> None:
    print(coverage.summary())  # the figures for the closing note (pytest -s)
    assert [(a.url, a.verdict, a.detail) for a in coverage.failed] == []
    hosts = {a.url.split("/")[2].removeprefix("www.") for a in coverage.answers}
    assert len(hosts) == 12
    # every line of every URL map was asked about, and every old URL the ground truth knows
    rows = [json.loads(line)["old_url"] for f in (imported.root / "migration" / "urlmap").glob("*.jsonl")
            for line in f.read_text().splitlines()]
    truth = [json.loads(p.read_text()) for p in TRUTH.glob("*/*.json")]
    known = {t["url"] for t in truth if isinstance(t, dict)} | {e["url"] for t in truth if isinstance(t, list) for e in t}
    assert {a.url for a in coverage.answers} >= set(rows) | known
    assert coverage.count("redirected") > 400 and coverage.count("gone") >= 5


def test_the_republished_story_is_one_page_naming_its_three_units(coverage: Coverage, imported: Paths) -> None:
    truth = [json.loads(p.read_text()) for p in TRUTH.glob("*/*.json") if not p.name.startswith("_")]
    copies = sorted(t["url"] for t in truth if t.get("duplicate_group") == SEPAKU)
    assert len(copies) == 3
    project = load_project(imported)
    pages = [d for d in project.content.articles() if "Sepaku Semoi" in d.meta.title]
    assert len(pages) == 1, [d.src_uri for d in pages]
    meta = pages[0].meta
    assert isinstance(meta, ArticleMeta)
    assert sorted(meta.units) == sorted(t["unit"] for t in truth if t.get("duplicate_group") == SEPAKU)
    assert sorted([meta.source_url, *meta.source_urls]) == copies
    # the two other old URLs answer 301 to that one page, which names the three units
    target = "https://pu.go.id/" + pages[0].url
    answers = {a.url: a for a in coverage.answers}
    others = [u for u in copies if u != meta.source_url]
    assert [(answers[u].status, answers[u].location) for u in others] == [(301, target)] * 2
    html = (imported.root / "site" / pages[0].url / "index.html").read_text(encoding="utf-8")
    byline = html[html.index('class="tp-byline"'):].split("</p>", 1)[0]
    for unit in meta.units:
        assert f">{project.registry.get(unit).short_name}</a>" in byline, unit


def test_similar_but_distinct_stories_stay_two_pages(imported: Paths) -> None:
    project = load_project(imported)
    titles = {d.meta.title for d in project.content.articles()}
    assert "Bendungan Bener Ditargetkan Mulai Impounding Akhir Tahun" in titles
    assert "Terowongan Pengelak Bendungan Bener Tembus, Progres Capai 70 Persen" in titles
