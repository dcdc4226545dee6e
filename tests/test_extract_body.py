"""Working on the main content: lazy images, absolute links, boilerplate, captions,
attachments, summaries."""

from __future__ import annotations

from lxml import html

from terpadu.extract import body as bodies

BASE = "https://binamarga.pu.go.id/index.php/berita/flyover"


def doc(fragment: str):
    return html.document_fromstring(f"<html><body><div id='c'>{fragment}</div></body></html>")


def test_lazy_images_get_their_real_address():
    root = doc('<img src="/assets/img/placeholder.gif" data-src="//binamarga.pu.go.id/a.jpg">'
               '<img data-lazy-src="/b.png"><img src="data:image/gif;base64,R0l" data-srcset="/c.jpg 1x, /c2.jpg 2x">'
               '<img src="/real.jpg" data-src="/other.jpg"><img src="/assets/img/placeholder.gif">')
    bodies.resolve_lazy_images(root)
    bodies.absolutise(root, BASE)
    assert [i.get("src") for i in root.iter("img")] == [
        "https://binamarga.pu.go.id/a.jpg", "https://binamarga.pu.go.id/b.png",
        "https://binamarga.pu.go.id/c.jpg", "https://binamarga.pu.go.id/real.jpg", None,
    ]


def test_relative_root_relative_and_protocol_relative_links_become_absolute():
    root = doc('<a href="../../uploads/x.pdf">a</a><a href="/index.php/berita/y">b</a>'
               '<a href="//sda.pu.go.id/z">c</a><a href="https://lapor.go.id/">d</a><a href="#atas">e</a>')
    bodies.absolutise(root, BASE)
    assert [a.get("href") for a in root.iter("a")] == [
        "https://binamarga.pu.go.id/uploads/x.pdf", "https://binamarga.pu.go.id/index.php/berita/y",
        "https://sda.pu.go.id/z", "https://lapor.go.id/",
    ]
    assert "e" in root.text_content()  # the in-page link's text stays


def test_base_href_is_honoured():
    root = html.document_fromstring('<html><head><base href="https://pu.go.id/storage/"></head>'
                                    '<body><a href="f.pdf">f</a></body></html>')
    bodies.absolutise(root, "https://pu.go.id/berita/1/x")
    assert root.find(".//a").get("href") == "https://pu.go.id/storage/f.pdf"


def test_boilerplate_blocks_and_phrases_are_removed():
    root = doc('<p>Isi berita yang sebenarnya.</p>'
               '<p><strong>Baca Juga:</strong> <a href="/x">Berita lain</a></p>'
               '<div class="share">Bagikan: Facebook</div><div class="baca-juga"><h4>Baca Juga</h4></div>'
               '<h3>Berita Terkait</h3><ul><li><a href="/y">Y</a></li></ul>'
               '<div class="iklan">Iklan</div><p>Tags: jalan, jembatan</p>')
    bodies.remove_boilerplate(root.get_element_by_id("c"), [".iklan"])
    assert " ".join(root.text_content().split()) == "Isi berita yang sebenarnya."


def test_a_container_of_paragraphs_is_not_taken_for_a_phrase():
    root = doc("<div><p>Baca juga rencana kerja tahun ini.</p><p>Paragraf kedua.</p></div>")
    bodies.remove_boilerplate(root.get_element_by_id("c"))
    assert "Paragraf kedua." in root.text_content()


def test_captions_in_every_layout_become_figures():
    root = doc('<figure><img src="https://x.go.id/1.jpg" alt="Satu"><figcaption>Keterangan satu.</figcaption></figure>'
               '<div class="wp-caption"><img src="https://x.go.id/2.jpg"><p class="wp-caption-text">Keterangan dua.</p></div>'
               '<p><img src="https://x.go.id/3.jpg" alt="Tiga"></p>')
    container = root.get_element_by_id("c")
    bodies.normalise_figures(container, bodies.caption_map(root))
    images = bodies.images_in(container)
    assert [(i.url[-5:], i.alt, i.caption) for i in images] == [
        ("1.jpg", "Satu", "Keterangan satu."),
        ("2.jpg", "Keterangan dua.", "Keterangan dua."),  # no alt: the caption describes it
        ("3.jpg", "Tiga", None),
    ]
    assert container.text_content().count("Keterangan dua.") == 1  # the old caption element went


def test_captions_found_elsewhere_in_the_page_are_restored():
    """The generic path loses figcaptions; the page-wide caption map brings them back."""
    container = html.fragment_fromstring('<div><img src="https://x.go.id/1.jpg"></div>')
    bodies.normalise_figures(container, {"https://x.go.id/1.jpg": "Dari halaman asli."})
    assert container.find(".//figcaption").text == "Dari halaman asli."


def test_attachments_and_their_labels():
    root = doc('<a href="https://x.go.id/files/pedoman-teknis_2023.pdf">Unduh Dokumen (PDF)</a>'
               '<a href="https://x.go.id/files/rab.xlsx">klik di sini</a>'
               '<a href="https://x.go.id/files/rab.xlsx">Rencana Anggaran Biaya</a>'
               '<a href="https://x.go.id/berita/lain">Berita lain</a>')
    links = bodies.attachments_in([root])
    assert [(link.url.rsplit("/", 1)[1], link.label) for link in links] == [
        ("pedoman-teknis_2023.pdf", ""), ("rab.xlsx", "Rencana Anggaran Biaya")]
    named = bodies.finish_labels(links, "Pedoman Teknis Jalan 2023")
    assert [link.label for link in named] == ["Pedoman Teknis Jalan 2023", "Rencana Anggaran Biaya"]


def test_several_unnamed_files_are_named_after_their_file():
    root = doc('<a href="https://x.go.id/f/peta-ruas_a.pdf">Unduh</a><a href="https://x.go.id/f/peta%20ruas%20b.pdf">PDF</a>')
    named = bodies.finish_labels(bodies.attachments_in([root]), "Judul halaman")
    assert [link.label for link in named] == ["Peta ruas a", "Peta ruas b"]


def test_attachment_label_rules():
    url = "https://x.go.id/f/surat%20edaran%2003.pdf"
    assert bodies.attachment_label("Download: Surat Edaran 03 (PDF, 1,2 MB)", url) == "Surat Edaran 03"
    assert bodies.attachment_label("di sini", url) == "Surat edaran 03"
    assert bodies.attachment_label("", url) == "Surat edaran 03"


def test_summary_is_the_first_real_paragraph_cut_at_a_word():
    root = html.fragment_fromstring("<div><p>Foto: Humas</p><p>" + "kata " * 60 + "</p></div>")
    summary = bodies.summary_of(root)
    assert summary.startswith("kata kata") and summary.endswith(" …")
    assert len(summary) <= bodies.SUMMARY_LENGTH + 2
