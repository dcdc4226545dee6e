"""decode_html: BOMs, honest and lying charsets, truncated UTF-8."""

from __future__ import annotations

import codecs

from terpadu.extract.charset import decode_html, detect_charset

TEXT = "Peresmian “Bendungan Sepaku Semoi” – Rp1,2 triliun · café"


def page(charset_meta: str, text: str = TEXT) -> str:
    return f'<html><head><meta charset="{charset_meta}"></head><body><p>{text}</p></body></html>'


def test_honest_utf8():
    body = page("utf-8").encode("utf-8")
    assert TEXT in decode_html(body, "utf-8")


def test_windows_1252_served_as_utf8_is_read_as_windows_1252():
    body = page("utf-8").encode("cp1252")
    assert detect_charset(body, "utf-8") == ("cp1252", "strict")
    assert TEXT in decode_html(body, "utf-8")


def test_utf8_served_as_latin1_is_read_as_utf8():
    """The reverse lie (bpsdm's fault route): valid UTF-8 wins over an iso-8859-1 label."""
    body = page("iso-8859-1").encode("utf-8")
    assert TEXT in decode_html(body, "iso-8859-1")


def test_meta_charset_used_when_the_header_names_none():
    body = page("windows-1252").encode("cp1252")
    assert detect_charset(body, None) == ("cp1252", "strict")
    assert TEXT in decode_html(body, None)


def test_other_declared_charsets_are_honoured():
    text = "Привет"  # a charset that is neither UTF-8 nor windows-1252
    body = page("koi8-r", text).encode("koi8_r")
    assert text in decode_html(body, "koi8-r")


def test_byte_order_marks_win():
    body = codecs.BOM_UTF8 + page("iso-8859-1").encode("utf-8")
    assert decode_html(body, "iso-8859-1").startswith("<html>")
    body16 = codecs.BOM_UTF16_LE + page("utf-8").encode("utf-16-le")
    assert TEXT in decode_html(body16, None)


def test_truncated_utf8_keeps_everything_before_the_cut():
    body = page("utf-8").encode("utf-8")
    cut = body[: body.index("“".encode()) + 2]  # in the middle of a 3-byte character
    assert detect_charset(cut, "utf-8") == ("utf-8", "ignore")
    assert decode_html(cut, "utf-8").endswith("<p>Peresmian ")


def test_undecodable_bytes_never_raise():
    body = b"<p>\x81\x8d\x8f\x90\x9d</p>"  # bytes windows-1252 leaves undefined
    assert decode_html(body, "utf-8").startswith("<p>")
