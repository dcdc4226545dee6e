"""How pages are dealt to rendering processes: MkDocs' own files and nav of a small site,
asked what MkDocs' dirty mode asks (``is_modified``) before reading and before writing."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import Files, get_files
from mkdocs.structure.nav import get_navigation

from terpadu.site.shards import ENV_VAR, Shard

PAGES = ["index.md", "a.md", "b.md", "c.md", "d.md", "e.md", "f.md"]
NAV = ["index.md", "d.md"]


def site(tmp_path: Path) -> tuple[object, Files]:
    docs = tmp_path / "docs"
    docs.mkdir(parents=True)
    for name in PAGES:
        (docs / name).write_text(f"# {name}\n", encoding="utf-8")
    (docs / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "mkdocs.yml").write_text(f"site_name: S\nnav: {NAV}\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    return config, get_files(config)


def answers(tmp_path: Path, shard: Shard) -> tuple[set[str], set[str], set[str]]:
    """(pages read, pages written, other files copied) by ``shard``."""
    config, files = site(tmp_path / str(shard.index))
    shard.deal(files, get_navigation(files, config))
    read = {f.src_uri for f in files.documentation_pages() if f.is_modified()}
    shard.start_writing(config)
    written = {f.src_uri for f in files.documentation_pages() if f.is_modified()}
    copied = {f.src_uri for f in files if not f.is_documentation_page() and f.is_modified()}
    assert config.theme.static_templates if shard.first else not config.theme.static_templates
    return read, written, copied


@pytest.mark.parametrize("count", [1, 2, 3])
def test_every_page_is_written_once_and_nav_pages_are_read_everywhere(tmp_path: Path, count: int):
    shards = [answers(tmp_path, Shard(index, count)) for index in range(count)]
    written = [page for _, pages, _ in shards for page in pages]
    assert sorted(written) == sorted(PAGES)  # each page once
    for read, pages, _ in shards:
        assert read == pages | set(NAV)
        assert len(pages) in (len(PAGES) // count, -(-len(PAGES) // count))  # balanced
    assert [bool(copied) for _, _, copied in shards] == [True] + [False] * (count - 1)


def test_the_shard_travels_in_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(ENV_VAR, Shard(2, 3).to_env())
    shard = Shard.from_env()
    assert shard is not None and (shard.index, shard.count, shard.first) == (2, 3, False)
    monkeypatch.delenv(ENV_VAR)
    assert Shard.from_env() is None
    with pytest.raises(ValueError):
        Shard(3, 3)


def test_only_the_owner_reports_a_nav_page_it_reads(tmp_path: Path):
    config, files = site(tmp_path)
    shard = Shard(1, 2)  # index.md, first in MkDocs' order, is shard 0's
    shard.deal(files, get_navigation(files, config))
    mkdocs_log = logging.getLogger("mkdocs")
    before = mkdocs_log.level
    shard.start_reading(files.get_file_from_path("index.md"))
    assert mkdocs_log.level == logging.ERROR  # shard 0 reports its warnings
    shard.end_reading()
    assert mkdocs_log.level == before
    own = next(f for f in files.documentation_pages() if f.src_uri not in NAV and f.is_modified())
    shard.start_reading(own)
    assert mkdocs_log.level == before
    shard.end_reading()
