"""Edit links point at the repository file, with no repository widget (no GitHub API call)."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

EDIT = "https://github.com/kementerian-pu/terpadu/edit/main/"


def _edit_link(site: Path, path: str) -> str | None:
    page = BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "lxml")
    assert page.select_one(".md-source") is None, "repo_url's widget would call GitHub's API"
    link = page.select_one("a[rel=edit]")
    return link["href"] if link else None


def test_editor_pages_link_to_their_file(built_site: Path) -> None:
    assert _edit_link(built_site, "tentang") == EDIT + "content/tentang/index.md"


def test_unit_pages_link_to_their_registry_file(built_site: Path) -> None:
    assert _edit_link(built_site, "sda") == EDIT + "units/sda.yml"


def test_pages_made_from_many_sources_have_no_edit_link(built_site: Path) -> None:
    assert _edit_link(built_site, ".") is None
    assert _edit_link(built_site, "unit-kerja") is None
