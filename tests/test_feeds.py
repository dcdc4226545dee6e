"""RSS feeds: ministry-wide and per unit, newest 50, dates from the content."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from terpadu.project import Paths, load_project
from terpadu.site.feeds import FEED_SIZE, _latest_per_scope, render_rss
from tests.scale_helpers import build_archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("feeds") / "project", articles=70)


def items(feed: Path) -> list[ET.Element]:
    root = ET.parse(feed).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.findall("./channel/item")


def test_ministry_feed_has_the_newest_fifty_in_date_order(archive: Path):
    found = items(archive / "site" / "feed.xml")
    assert len(found) == FEED_SIZE
    dates = [parsedate_to_datetime(i.findtext("pubDate")) for i in found]
    assert dates == sorted(dates, reverse=True)
    project = load_project(Paths.at(archive))
    newest = project.content.articles()[0]
    assert found[0].findtext("title") == newest.meta.title
    assert found[0].findtext("link") == "https://pu.go.id/" + newest.url


def test_each_unit_with_articles_has_its_own_feed_with_only_its_items(archive: Path):
    project = load_project(Paths.at(archive))
    for unit_id, documents in _latest_per_scope(project).items():
        if unit_id is None or not documents:
            continue
        links = [i.findtext("link") for i in items(archive / "site" / unit_id / "feed.xml")]
        assert links == ["https://pu.go.id/" + d.url for d in documents]
        assert all(f"/{unit_id}/" in link or unit_id in (d.meta.units or []) for link, d in zip(links, documents))


def test_feed_is_the_same_for_the_same_content(archive: Path):
    project = load_project(Paths.at(archive))
    documents = project.content.articles()[:5]
    first = render_rss("T", "D", "https://pu.go.id/", "feed.xml", documents)
    assert first == render_rss("T", "D", "https://pu.go.id/", "feed.xml", documents)
    assert "<lastBuildDate>" in first and "+0700" in first


def test_sitemap_lists_every_page_once(archive: Path):
    root = ET.parse(archive / "site" / "sitemap.xml").getroot()
    locs = [e.text for e in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    pages = list((archive / "site").rglob("index.html"))
    assert len(locs) == len(set(locs)) == len(pages)
