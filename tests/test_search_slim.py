"""The slim copy Pagefind indexes: a page's language, title and indexed body, nothing else."""

from __future__ import annotations

from pathlib import Path

from terpadu.search.slim import slim_page, write_slim_site

PAGE = (
    '<!doctype html><html lang="id" class="no-js"><head><meta charset="utf-8">'
    "<title>Izin bangunan - PUPR</title><script>var x = '<div>';</script></head><body>"
    '<header><nav><div class="md-nav">menu</div></nav></header><main><div class="md-content">'
    '<div data-pagefind-body data-pagefind-weight="3"><h1>Izin bangunan</h1>'
    "<div class=\"admonition\"><p>PBG</p><!-- </div> --></div>"
    '<span hidden data-pagefind-filter="type:layanan"></span>'
    '<div class="tp-search-terms" hidden data-pagefind-weight="10">IMB</div>'
    "</div></div></main><footer><div>kaki</div></footer></body></html>"
)
BODY = (
    '<div data-pagefind-body data-pagefind-weight="3"><h1>Izin bangunan</h1>'
    "<div class=\"admonition\"><p>PBG</p><!-- </div> --></div>"
    '<span hidden data-pagefind-filter="type:layanan"></span>'
    '<div class="tp-search-terms" hidden data-pagefind-weight="10">IMB</div></div>'
)


def test_a_slim_page_keeps_language_title_and_the_whole_body() -> None:
    slim = slim_page(PAGE.encode()).decode()
    assert slim == ('<!DOCTYPE html><html lang="id" class="no-js"><head><title>Izin bangunan - PUPR</title>'
                    f"</head><body>{BODY}</body></html>")


def test_a_page_without_an_indexed_body_is_left_out() -> None:
    assert slim_page(b'<html lang="id"><body><main><p>daftar berita</p></main></body></html>') is None


def test_a_page_with_unbalanced_markup_is_copied_whole() -> None:
    page = b'<html lang="id"><body><div data-pagefind-body><div><p>teks</p></div></body></html>'
    assert slim_page(page) == page


def test_the_slim_site_mirrors_the_paths_of_indexed_pages(tmp_path: Path) -> None:
    site, slim = tmp_path / "site", tmp_path / "slim"
    (site / "layanan" / "pbg").mkdir(parents=True)
    (site / "layanan" / "pbg" / "index.html").write_text(PAGE, encoding="utf-8")
    (site / "index.html").write_text('<html lang="id"><body>beranda</body></html>', encoding="utf-8")
    assert write_slim_site(site, slim) == (2, 1)
    assert [p.relative_to(slim).as_posix() for p in slim.rglob("*.html")] == ["layanan/pbg/index.html"]


def test_the_attribute_in_a_pages_text_is_not_a_body() -> None:
    page = b'<html lang="id"><body><p>Tandai isi dengan data-pagefind-body.</p></body></html>'
    assert slim_page(page) == page  # mentioned but not found as a tag: copied whole, to be safe


def test_the_slim_copy_is_kept_and_brought_up_to_date(tmp_path: Path) -> None:
    site, slim = tmp_path / "site", tmp_path / "slim"
    for name in ("pbg", "slf", "krk"):
        (site / "layanan" / name).mkdir(parents=True)
        (site / "layanan" / name / "index.html").write_text(PAGE.replace("Izin bangunan", name), encoding="utf-8")
    assert write_slim_site(site, slim) == (3, 3)
    kept = slim / "layanan" / "slf" / "index.html"
    kept_time = kept.stat().st_mtime_ns

    # An incremental build rewrote one page and deleted another; a third lost its body.
    (site / "layanan" / "pbg" / "index.html").write_text(PAGE.replace("Izin bangunan", "PBG baru"), encoding="utf-8")
    (site / "layanan" / "krk" / "index.html").unlink()
    (site / "layanan" / "krk").rmdir()
    (site / "berita").mkdir()
    (site / "berita" / "index.html").write_text('<html lang="id"><body>daftar</body></html>', encoding="utf-8")
    assert write_slim_site(site, slim) == (3, 2)

    assert sorted(p.relative_to(slim).as_posix() for p in slim.rglob("*")) == [
        "layanan", "layanan/pbg", "layanan/pbg/index.html", "layanan/slf", "layanan/slf/index.html"]
    assert "PBG baru" in (slim / "layanan" / "pbg" / "index.html").read_text(encoding="utf-8")
    assert kept.stat().st_mtime_ns == kept_time  # not cut again


def test_a_large_site_is_cut_in_several_processes_with_the_same_result(tmp_path: Path, monkeypatch) -> None:
    import terpadu.search.slim as slim_module

    site = tmp_path / "site"
    for number in range(slim_module.PARALLEL_FROM + 100):
        folder = site / "berita" / f"{number:04d}"
        folder.mkdir(parents=True)
        text = PAGE.replace("Izin bangunan", f"Berita {number}") if number % 7 else "<html lang=\"id\"><body>x</body></html>"
        (folder / "index.html").write_text(text, encoding="utf-8")
    together = write_slim_site(site, tmp_path / "parallel")
    monkeypatch.setattr(slim_module, "PARALLEL_FROM", 10**9)  # the reference: one process
    alone = write_slim_site(site, tmp_path / "serial")
    assert together == alone == (600, 600 - len(range(0, 600, 7)))
    files = sorted(p.relative_to(tmp_path / "serial") for p in (tmp_path / "serial").rglob("*.html"))
    assert files == sorted(p.relative_to(tmp_path / "parallel") for p in (tmp_path / "parallel").rglob("*.html"))
    assert all((tmp_path / "serial" / f).read_bytes() == (tmp_path / "parallel" / f).read_bytes() for f in files)
