"""Incremental builds: one changed article re-renders that page, not the archive."""

from __future__ import annotations

from pathlib import Path

import pytest

from terpadu.build import run_build
from terpadu.content.index import url_of
from terpadu.incremental import plan
from terpadu.project import Paths, load_project
from terpadu.testing.synthetic import make_project
from tests.conftest import REPO


def outputs(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("index.html")}


@pytest.fixture
def built(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "p", 40, REPO)
    run_build(Paths.at(root))
    return root


def test_one_changed_article_rerenders_it_and_the_generated_pages_only(built: Path):
    site = built / "site"
    before = outputs(site)
    articles = sorted((built / "content").glob("*/berita/*/*.md"))
    changed = articles[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nKalimat baru dari penyunting.\n", encoding="utf-8")

    run_build(Paths.at(built), incremental=True)
    after = outputs(site)
    page = url_of(changed.relative_to(built / "content").as_posix()) + "index.html"
    assert "Kalimat baru dari penyunting." in (site / page).read_text(encoding="utf-8")
    assert after[page] > before[page]
    for other in articles[1:]:
        key = url_of(other.relative_to(built / "content").as_posix()) + "index.html"
        assert after[key] == before[key], f"{key} was rendered again"
    # Listings show title, date and summary: the appended sentence changes none of them.
    assert after["berita/index.html"] == before["berita/index.html"]


def test_a_new_title_rerenders_the_listings_that_show_it_and_the_site_is_as_a_full_build(built: Path, tmp_path: Path):
    site = built / "site"
    before = outputs(site)
    changed = sorted((built / "content").glob("*/berita/*/*.md"))[0]
    old_title = changed.read_text(encoding="utf-8").split("title: ", 1)[1].splitlines()[0]
    changed.write_text(changed.read_text(encoding="utf-8").replace(old_title, "Judul baru dari penyunting", 1),
                       encoding="utf-8")
    unit = changed.relative_to(built / "content").parts[0]

    run_build(Paths.at(built), incremental=True)
    after = outputs(site)
    assert "Judul baru dari penyunting" in (site / "berita" / "index.html").read_text(encoding="utf-8")
    assert after["berita/index.html"] > before["berita/index.html"]
    assert after[f"{unit}/berita/index.html"] > before[f"{unit}/berita/index.html"]
    untouched = [k for k in after if k.endswith("berita/index.html") and not k.startswith((unit + "/", "berita/"))]
    assert untouched and all(after[k] == before[k] for k in untouched)  # other units' listings

    full = run_build(Paths.at(built), tmp_path / "full").site_dir
    pages = sorted(p.relative_to(full).as_posix() for p in full.rglob("*.html"))
    assert pages == sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert [p for p in pages if (full / p).read_bytes() != (site / p).read_bytes()] == []


def test_deleted_article_disappears_and_a_config_change_forces_a_full_build(built: Path):
    site = built / "site"
    gone = sorted((built / "content").glob("*/berita/*/*.md"))[-1]
    gone.unlink()
    run_build(Paths.at(built), incremental=True)
    assert not (site / url_of(gone.relative_to(built / "content").as_posix()) / "index.html").exists()

    config = built / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_description:", "site_description: Baru."), encoding="utf-8")
    decision = plan(Paths.at(built), load_project(Paths.at(built)), site.resolve())
    assert not decision.dirty and "configuration" in decision.reason
    before = outputs(site)
    run_build(Paths.at(built), incremental=True)
    after = outputs(site)
    assert all(after[k] > before[k] for k in after)


def test_without_a_previous_build_incremental_is_a_full_build(tmp_path: Path):
    root = make_project(tmp_path / "p", 5, REPO)
    decision = plan(Paths.at(root), load_project(Paths.at(root)), (root / "site").resolve())
    assert not decision.dirty
    result = run_build(Paths.at(root), incremental=True)
    assert (result.site_dir / "berita" / "index.html").is_file()
