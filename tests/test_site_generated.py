"""Generated pages whose Markdown did not change are not rendered again in an incremental build."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File

from terpadu.site.generated import GeneratedPages


def _file(site: Path, src_uri: str) -> File:
    """What ``File.generated`` makes: a page with content and no source file."""
    file = File(src_uri, src_dir=None, dest_dir=str(site), use_directory_urls=True)
    file.content_string = "# generated\n"
    return file


def test_unchanged_pages_with_output_are_skipped_and_vanished_ones_removed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    first = GeneratedPages(tmp_path, site)
    pages = {"berita/index.md": "# Berita\n", "sda/berita/index.md": "# Berita SDA\n",
             "berita/halaman/2.md": "# Berita, halaman 2\n"}
    for src_uri, markdown in pages.items():
        file = _file(site, src_uri)
        first.add(file, markdown)
        Path(file.abs_dest_path).parent.mkdir(parents=True, exist_ok=True)
        Path(file.abs_dest_path).write_text("<html></html>", encoding="utf-8")
    first.save()
    Path(_file(site, "sda/berita/index.md").abs_dest_path).unlink()  # its output is gone

    second = GeneratedPages(tmp_path, site)
    files = [_file(site, "berita/index.md"), _file(site, "sda/berita/index.md"), _file(site, "pu/index.md")]
    second.add(files[0], "# Berita\n")  # same Markdown, output there: skipped
    second.add(files[1], "# Berita SDA\n")  # same Markdown, output missing: rendered
    second.add(files[2], "# PU\n")  # new page: rendered
    assert second.skip_unchanged(files, site) == 1
    assert [f.is_modified() for f in files] == [False, True, True]
    assert not (site / "berita" / "halaman" / "2" / "index.html").exists()  # no longer generated


def test_another_site_folder_has_its_own_record(tmp_path: Path) -> None:
    one = GeneratedPages(tmp_path, tmp_path / "site")
    other = GeneratedPages(tmp_path, tmp_path / "preview")
    assert one.record != other.record
