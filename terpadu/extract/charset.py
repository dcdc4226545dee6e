"""Bytes to text for old sites that do not always tell the truth about their encoding.

The order follows what browsers do (WHATWG "encoding sniffing"), with one correction
the ministry's sites need: a page that *claims* UTF-8 but is not valid UTF-8 was
written in windows-1252 (the default of the PHP and Windows tools behind them).
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9._:-]+)""", re.IGNORECASE
)
# WHATWG: these labels all mean windows-1252 in a browser.
_WINDOWS_1252_LABELS = {"latin-1", "iso8859-1", "ascii", "cp1252", "windows-1252"}
# A UTF-8 sequence cut off by a truncated download is at most 3 bytes long.
_MAX_CUT_SEQUENCE = 3


def decode_html(body: bytes, declared_charset: str | None) -> str:
    """The page's text: BOM, then the HTTP and ``<meta>`` charsets checked against the bytes."""
    bom, _ = _bom(body)
    codec, errors = detect_charset(body, declared_charset)
    return body[len(bom):].decode(codec, errors)


def detect_charset(body: bytes, declared_charset: str | None) -> tuple[str, str]:
    """``(codec, errors)`` that decode ``body`` (after any BOM)."""
    _, codec = _bom(body)
    if codec:
        return codec, "replace"
    utf8 = _utf8_verdict(body)
    if utf8 == "valid":
        # Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the label says: the
        # reverse lie (UTF-8 served as latin-1) is as common as the forward one.
        return "utf-8", "strict"
    if utf8 == "cut":
        return "utf-8", "ignore"
    labels = [_normalise(label) for label in (declared_charset, _meta_charset(body))]
    for label in labels:
        if label and label != "utf-8" and _decodes(body, label):
            return label, "strict"
    # Claimed UTF-8 (or nothing) but is not: windows-1252, the lie these sites tell.
    if _decodes(body, "cp1252"):
        return "cp1252", "strict"
    return "cp1252", "replace"


def _bom(body: bytes) -> tuple[bytes, str | None]:
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return bom, codec
    return b"", None


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def _normalise(label: str | None) -> str | None:
    """A Python codec name for an HTTP/HTML label, or None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    if name in _WINDOWS_1252_LABELS:
        return "cp1252"
    return "utf-8" if name.replace("_", "-") in {"utf-8", "utf8"} else name


def _utf8_verdict(data: bytes) -> str:
    """``valid``; ``cut`` when the only fault is a sequence left unfinished by a
    truncated download; else ``invalid``."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        cut = exc.reason == "unexpected end of data" and exc.start >= len(data) - _MAX_CUT_SEQUENCE
        return "cut" if cut else "invalid"
    return "valid"


def _decodes(body: bytes, codec: str) -> bool:
    try:
        body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True
