"""The Markdown written for Python-Markdown/MkDocs: ATX headings, GFM tables, nested lists,
figures with captions, code, hard breaks, escaping; rendered back with the site's extensions."""

from __future__ import annotations

from pathlib import Path

import markdown as python_markdown
import yaml
from lxml import html

from terpadu.convert import to_markdown
from terpadu.extract.records import ExtractedPage

ROOT = Path(__file__).resolve().parent.parent


def page(body: str, title: str = "Judul") -> ExtractedPage:
    return ExtractedPage(url="https://sda.pu.go.id/berita/x", unit_id="sda", type="berita", title=title,
                         date=None, author=None, body_html=body, summary=None, tags=(), unmapped=(),
                         images=(), attachments=(), regulation=None, method="recipe")


def convert(body: str, title: str = "Judul") -> str:
    return to_markdown(page(body, title), lambda u: None, lambda u: None).markdown


def site_extensions() -> tuple[list, dict]:
    """The markdown_extensions of the site's mkdocs.yml, as Python-Markdown takes them."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names, configs = [], {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        if options:
            configs[name] = options
    return names, configs


def render(markdown: str) -> html.HtmlElement:
    names, configs = site_extensions()
    return html.fragment_fromstring(
        python_markdown.markdown(markdown, extensions=names, extension_configs=configs), create_parent="div")


def test_headings_are_atx_and_the_title_is_the_only_h1():
    md = convert("<h1>Judul</h1><p>Isi.</p><h1>Bagian</h1><h3>Sub</h3>")
    assert md == "Isi.\n\n## Bagian\n\n### Sub\n"
    assert not render(md).xpath("//h1")


def test_gfm_tables_with_inferred_header_and_escaped_pipes():
    md = convert("<table><tr><td>Ruas</td><td>Panjang</td></tr><tr><td>A | B</td><td>12 km</td></tr></table>")
    assert md == "| Ruas | Panjang |\n| --- | --- |\n| A \\| B | 12 km |\n"
    cells = [c.text_content() for c in render(md).iter("th", "td")]
    assert cells == ["Ruas", "Panjang", "A | B", "12 km"]


def test_nested_lists_render_nested():
    md = convert("<ul><li>Satu<ul><li>Satu a</li><li>Satu b<ol><li>i</li><li>ii</li></ol></li></ul></li>"
                 "<li>Dua</li></ul><ol start='3'><li>Tiga</li><li>Empat</li></ol>")
    tree = render(md)
    assert len(tree.xpath("//ul/li/ul/li/ol/li")) == 2
    assert tree.xpath("//ol[not(ancestor::ul)]/li/text()") == ["Tiga", "Empat"]
    assert "3. Tiga\n4. Empat" in md


def test_figures_keep_alt_text_and_caption():
    md = convert('<figure><img src="https://x.go.id/a.jpg" alt="Bendungan [baru]">'
                 "<figcaption>Bendungan dari udara.</figcaption></figure>")
    assert md == "![Bendungan \\[baru\\]](https://x.go.id/a.jpg)\n\n*Bendungan dari udara.*\n"
    img = render(md).find(".//img")
    assert img.get("alt") == "Bendungan [baru]"


def test_code_blocks_need_no_extension():
    md = convert("<pre>if x &lt; 1:\n    y()</pre><p>Sesudah</p>")
    assert md == "    if x < 1:\n        y()\n\nSesudah\n"
    assert render(md).find(".//pre/code").text == "if x < 1:\n    y()\n"


def test_line_breaks_become_hard_breaks():
    md = convert("<p>Jl. Pattimura No. 20<br>Jakarta Selatan</p>")
    assert md == "Jl. Pattimura No. 20  \nJakarta Selatan\n"
    assert render(md).find(".//br") is not None


def test_text_that_looks_like_markup_stays_text():
    texts = ["1. Bukan daftar", "# Bukan judul", "- bukan butir", "> bukan kutipan", "!!! note bukan",
             "a *b* _c_ `d`", "{: onclick=x }", "[tautan](https://x.go.id)", "<b>tag</b>", "&amp; &lt;",
             "harga 5 < 6 & 7 > 3", "=====", "\\ garis miring"]
    for text in texts:
        escaped = html.fromstring("<p></p>")
        escaped.text = text
        md = convert(html.tostring(escaped, encoding="unicode"))
        rendered = render(md)
        assert " ".join(rendered.text_content().split()) == " ".join(text.split()), (text, md)
        assert [e.tag for e in rendered.iter()] == ["div", "p"], (text, md)


def test_the_same_input_gives_byte_identical_markdown():
    body = "<p>Satu</p><ul><li>a<ul><li>b</li></ul></li></ul><table><tr><th>x</th></tr><tr><td>1</td></tr></table>"
    assert len({convert(body) for _ in range(3)}) == 1
    assert convert(body).endswith("\n") and not convert(body).endswith("\n\n")
