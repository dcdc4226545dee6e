"""Each conversion filter on its own (terpadu.convert.filters)."""

from __future__ import annotations

from lxml import html

from terpadu.convert import filters
from terpadu.convert.filters import Context, markdown_url


def run(step, fragment: str, title: str = "Judul Berita", links=None, assets=None):
    ctx = Context(title=title, resolve_link=links or (lambda u: None), resolve_asset=assets or (lambda u: None))
    root = html.fragment_fromstring(fragment, create_parent="div")
    step(root, ctx)
    return html.tostring(root, encoding="unicode"), ctx


def test_filters_run_sanitising_first():
    assert filters.FILTERS[0] is filters.sanitise_again
    assert len(set(filters.FILTERS)) == len(filters.FILTERS)
    assert all(step.__doc__ for step in filters.FILTERS)  # each says why it exists


def test_sanitise_again():
    out, _ = run(filters.sanitise_again, '<p onclick="x()">A<script>b()</script></p>')
    assert out == "<div><p>A</p></div>"


def test_video_embeds_become_links():
    out, _ = run(filters.video_embeds_to_links,
                 '<p>Lihat:</p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Peresmian"></iframe>')
    assert out == ('<div><p>Lihat:</p><p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">'
                   "Video: Peresmian</a></p></div>")


def test_the_repeated_title_heading_goes():
    out, _ = run(filters.drop_title_heading, "<h1>Judul  berita.</h1><p>Isi</p><h2>Judul Berita</h2>")
    assert out == "<div><p>Isi</p><h2>Judul Berita</h2></div>"
    out, _ = run(filters.drop_title_heading, "<h2>Bagian lain</h2><p>Isi</p>")
    assert "Bagian lain" in out


def test_headings_shift_so_the_title_is_the_only_h1():
    out, _ = run(filters.shift_headings, "<h1>A</h1><h3>B</h3><h4>C</h4>")
    assert out == "<div><h2>A</h2><h3>B</h3><h4>C</h4></div>"
    out, _ = run(filters.shift_headings, "<h4>Tanpa h2</h4><h5>Anak</h5>")
    assert out == "<div><h2>Tanpa h2</h2><h3>Anak</h3></div>"


def test_links_resolve_to_imported_pages_and_files_to_local_copies():
    pages = {"https://sda.pu.go.id/berita/a": "../../a.md#bagian"}
    files = {"https://sda.pu.go.id/f/x.pdf": "../../_berkas/ab12.pdf"}
    out, ctx = run(filters.resolve_links,
                   '<a href="https://sda.pu.go.id/berita/a">A</a><a href="https://sda.pu.go.id/f/x.pdf">PDF</a>'
                   '<a href="https://www.lapor.go.id/">Lapor</a><a href="mailto:humas@pu.go.id">Surel</a>',
                   links=pages.get, assets=files.get)
    assert out == ('<div><a href="../../a.md#bagian">A</a><a href="../../_berkas/ab12.pdf">PDF</a>'
                   '<a href="https://www.lapor.go.id/">Lapor</a><a href="mailto:humas@pu.go.id">Surel</a></div>')
    assert ctx.links == ["https://sda.pu.go.id/berita/a", "https://sda.pu.go.id/f/x.pdf", "https://www.lapor.go.id/"]
    assert ctx.assets == ["https://sda.pu.go.id/f/x.pdf"]


def test_images_resolve_to_local_copies():
    out, ctx = run(filters.resolve_images, '<img src="https://x.go.id/a.jpg" alt="A"><img src="/relatif.jpg">',
                   assets={"https://x.go.id/a.jpg": "../_berkas/9f.jpg"}.get)
    assert out == '<div><img src="../_berkas/9f.jpg" alt="A"></div>'
    assert ctx.assets == ["https://x.go.id/a.jpg"]


def test_table_cells_hold_one_line():
    out, _ = run(filters.flatten_table_cells,
                 "<table><tr><td><p>Satu</p><p>Dua</p></td><td><ul><li>a</li><li>b</li></ul></td>"
                 "<td>x<br>y</td></tr></table>")
    cells = [" ".join(c.text_content().split()) for c in html.fromstring(out).iter("td")]
    assert cells == ["Satu Dua", "a; b", "x y"]


def test_a_table_inside_a_cell_becomes_text():
    out, _ = run(filters.flatten_table_cells,
                 "<table><tr><td>Luar<table><tr><td>dalam 1</td><td>dalam 2</td></tr></table></td></tr></table>")
    root = html.fromstring(out)
    assert len(root.xpath("//table")) == 1
    assert " ".join(root.xpath("//td")[0].text_content().split()) == "Luar dalam 1 dalam 2"


def test_empty_blocks_go():
    out, _ = run(filters.drop_empty, '<p> </p><p><a href="https://x.go.id"></a></p><p><strong></strong>Isi</p>'
                 '<p><img src="https://x.go.id/a.jpg"></p>')
    assert out == '<div><p>Isi</p><p><img src="https://x.go.id/a.jpg"></p></div>'


def test_markdown_urls_cannot_break_out_of_their_parentheses():
    assert markdown_url("https://x.go.id/a b(1).pdf") == "https://x.go.id/a%20b%281%29.pdf"
    assert markdown_url("../../_berkas/a b.pdf") == "../../_berkas/a%20b.pdf"
    assert markdown_url("https://x.go.id/p?q=a b&r=1#s") == "https://x.go.id/p?q=a%20b&r=1#s"


def test_wrappers_around_one_block_are_flattened():
    out, _ = run(filters.flatten_wrappers, "<div><div><section><p>Isi</p></section></div></div><div>a<p>b</p></div>")
    assert out == "<div><p>Isi</p><div>a<p>b</p></div></div>"
