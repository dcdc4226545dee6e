"""What each page tells Pagefind: indexed or not, filters, meta, weights, hidden terms."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from terpadu.project import Paths, Project, load_project
from terpadu.search.attributes import META_WEIGHTS, TYPE_WEIGHTS, attributes_for
from terpadu.search.glossary import Glossary, load_glossary

from conftest import SEARCH_ARTICLES


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Glossary]:
    from conftest import copy_project

    root = copy_project(tmp_path_factory.mktemp("attrs") / "project")
    shutil.copytree(SEARCH_ARTICLES, root / "content", dirs_exist_ok=True)
    project = load_project(Paths.at(root))
    glossary, problems, _ = load_glossary(root / "units", root)
    assert problems == []
    return project, glossary


def test_home_results_page_and_listings_are_not_indexed(loaded: tuple[Project, Glossary]) -> None:
    project, glossary = loaded
    for uri in ("index.md", "cari/index.md", "unit-kerja/index.md", "layanan/index.md"):
        assert not attributes_for(project, uri, {}, glossary).indexed, uri
    assert not attributes_for(project, "berita/index.md", {"listing": True}, glossary).indexed
    assert not attributes_for(project, "x/index.md", {"search": {"exclude": True}}, glossary).indexed


def test_a_generated_unit_page_carries_its_acronym_domain_and_glossary_terms(loaded) -> None:
    project, glossary = loaded
    attrs = attributes_for(project, "sda/index.md", {}, glossary)
    assert attrs.indexed and attrs.type == "unit"
    assert attrs.filters == [("type", "unit"), ("unit", "sda")]
    assert ("unit", "Ditjen SDA") in attrs.meta
    assert "sda.pu.go.id" in attrs.terms and "Ditjen Pengairan" in attrs.terms


def test_an_article_has_a_date_year_filter_and_sort_key(loaded) -> None:
    project, glossary = loaded
    attrs = attributes_for(project, "bpjt/berita/2024/penyesuaian-tarif-tol.md", {}, glossary)
    assert attrs.type == "berita" and attrs.type_label == "Berita"
    assert attrs.date == dt.date(2024, 3, 10)
    assert ("year", "2024") in attrs.filters and ("unit", "bpjt") in attrs.filters
    assert ("date", "2024-03-10") in attrs.meta
    assert attrs.sort == [("date", "2024-03-10")]


def test_a_service_outweighs_news_and_its_hidden_terms_are_a_meta_field(loaded) -> None:
    project, glossary = loaded
    service = attributes_for(project, "layanan/pbg.md", {}, glossary)
    news = attributes_for(project, "ciptakarya/berita/2023/sosialisasi-pbg.md", {}, glossary)
    assert float(service.weight) > float(news.weight)
    assert TYPE_WEIGHTS["layanan"] > TYPE_WEIGHTS["berita"]
    terms = dict(service.meta)["terms"]
    assert "IMB" in terms and "izin mendirikan bangunan" in terms  # front matter search_terms
    assert "Persetujuan Bangunan Gedung" in terms  # glossary entry for PBG
    assert META_WEIGHTS["terms"] > META_WEIGHTS["title"]
    assert ("unit", "ciptakarya") in service.filters and service.sort == []


def test_a_retired_service_is_found_by_its_summary_but_weighs_little(loaded) -> None:
    project, glossary = loaded
    retired = attributes_for(project, "layanan/imb.md", {}, glossary)
    assert retired.indexed and retired.retired
    assert float(retired.weight) < float(attributes_for(project, "layanan/pbg.md", {}, glossary).weight)
    assert "terms" not in dict(retired.meta)  # no meta boost: the successor comes first
    assert "PBG" in retired.summary
