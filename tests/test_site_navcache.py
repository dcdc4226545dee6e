"""The navigation cache renders fewer navigations and changes no byte of the site."""

from __future__ import annotations

from pathlib import Path

import pytest

import terpadu.build
from terpadu.build import run_build
from terpadu.project import Paths
from terpadu.site.navcache import NavigationCache, folder_of
from terpadu.testing.synthetic import make_project
from tests.conftest import REPO


def _build(project: Path, site: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(terpadu.build, "POST_STEPS", [])  # the pages are the point here
    return run_build(Paths.at(project), project / site).site_dir


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_folder_of_an_article_url() -> None:
    assert folder_of("sda/berita/2025/judul-berita/") == "sda/berita/2025"
    assert folder_of("layanan/") == ""


def test_cached_navigation_gives_the_same_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "project", 120, REPO, seed=3)
    renders: list[str] = []
    original = NavigationCache._render

    def counting_render(self, context, name):  # noqa: ANN001, ANN202 - same signature as the method
        renders.append(name)
        return original(self, context, name)

    monkeypatch.setattr(NavigationCache, "_render", counting_render)
    cached = _files(_build(project, "site-cached", monkeypatch))
    cached_renders = len(renders)

    # The reference: every page renders its own navigation, as Material does.
    renders.clear()
    monkeypatch.setattr(NavigationCache, "_in_nav", lambda self, nav, page: True)
    uncached = _files(_build(project, "site-uncached", monkeypatch))

    assert cached.keys() == uncached.keys()
    different = [name for name in cached if cached[name] != uncached[name]]
    assert different == []
    pages = sum(1 for name in cached if name.endswith(".html"))
    assert len(renders) >= 2 * (pages - 1)  # tabs and sidebar on every page but the 404
    assert cached_renders < len(renders) * 0.6  # 120 articles in many folders; 95 % at 10,000
