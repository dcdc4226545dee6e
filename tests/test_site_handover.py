"""The plugin takes the project ``terpadu build`` validated instead of scanning it again,
and still loads its own for plain ``mkdocs build`` or another folder."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config

from terpadu.project import Paths, load_project
from terpadu.site.handover import handed_over, validated_project


def plugin_project(root: Path):
    config = load_config(str(root / "mkdocs.yml"))
    config.plugins.on_config(config)
    return config.plugins["terpadu"].project


def test_the_plugin_takes_the_validated_project_for_the_same_paths(project: Path):
    validated = load_project(Paths.at(project))
    with handed_over(validated):
        assert validated_project(Paths.at(project)) is validated
        assert plugin_project(project) is validated
    assert validated_project(Paths.at(project)) is None  # only while the build renders


def test_the_plugin_loads_its_own_project_otherwise(project: Path, tmp_path: Path):
    other = Paths.at(project, units_dir=tmp_path / "elsewhere")
    validated = load_project(Paths.at(project))
    with handed_over(validated):
        assert validated_project(other) is None
    own = plugin_project(project)  # plain `mkdocs build`: nothing handed over
    assert own is not None and own is not validated
    assert len(own.content.documents) == len(validated.content.documents)
