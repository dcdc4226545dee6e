"""A small synthetic archive, built once per test module that asks for it."""

from __future__ import annotations

from pathlib import Path

from terpadu.build import run_build
from terpadu.project import Paths
from terpadu.testing.synthetic import make_project
from tests.conftest import REPO

ARTICLES = 90  # enough for two pages of ministry news (30 a page) and several years


def build_archive(root: Path, articles: int = ARTICLES) -> Path:
    """A copy of the project with ``articles`` synthetic articles, built into root/site."""
    make_project(root, articles, REPO)
    run_build(Paths.at(root))
    return root
