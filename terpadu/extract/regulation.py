"""The metadata table of a regulation or standard (NSPK): jenis, nomor, tanggal
ditetapkan, status, whichever way a site lays it out (table rows or a definition list)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import html as lxml_html

from terpadu.extract.body import select, text_of
from terpadu.extract.dates import parse_date

# Row labels as the sites write them -> field of terpadu.content.models.Regulation.
FIELD_LABELS: dict[str, str] = {
    "jenis": "jenis", "jenis peraturan": "jenis", "jenis dokumen": "jenis",
    "jenis regulasi": "jenis", "bentuk": "jenis", "bentuk peraturan": "jenis",
    "tipe": "jenis", "kategori": "jenis", "jenis nspk": "jenis",
    "nomor": "nomor", "no": "nomor", "nomor peraturan": "nomor", "nomor dokumen": "nomor",
    "no peraturan": "nomor", "nomor regulasi": "nomor", "nomor sni": "nomor",
    "tanggal ditetapkan": "tanggal_ditetapkan", "tanggal penetapan": "tanggal_ditetapkan",
    "ditetapkan": "tanggal_ditetapkan", "tgl ditetapkan": "tanggal_ditetapkan",
    "ditetapkan tanggal": "tanggal_ditetapkan", "tanggal": "tanggal_ditetapkan",
    "tanggal terbit": "tanggal_ditetapkan", "tgl penetapan": "tanggal_ditetapkan",
    "status": "status", "status berlaku": "status", "keterangan status": "status",
}
# Status words -> the three statuses the site shows. Order matters: "tidak berlaku"
# must be read before "berlaku".
STATUS_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"dicabut|tidak\s+berlaku|dibatalkan|tidak\s+aktif", re.I), "dicabut"),
    (re.compile(r"diubah|perubahan|direvisi", re.I), "diubah"),
    (re.compile(r"berlaku|aktif|masih", re.I), "berlaku"),
)


def regulation_of(
    root: lxml_html.HtmlElement, selector: str | None = None, date_formats: Sequence[str] = ()
) -> dict | None:
    """``{jenis, nomor, tanggal_ditetapkan (ISO), status}`` from the first metadata table
    (``selector`` narrows where to look), or None if the page has none."""
    scopes = select(root, selector) if selector else [root]
    for scope in scopes:
        for rows in _row_sets(scope):
            found = _read(rows, date_formats)
            if found is not None:
                return found
    return None


def _row_sets(scope: lxml_html.HtmlElement) -> list[list[tuple[str, str]]]:
    """(label, value) pairs of each table and definition list in ``scope``."""
    sets = []
    for table in ([scope] if scope.tag == "table" else []) + list(scope.iter("table")):
        rows = []
        for tr in table.iter("tr"):
            cells = [c for c in tr if c.tag in ("th", "td")]
            if len(cells) >= 2:
                rows.append((text_of(cells[0]), text_of(cells[-1])))
        sets.append(rows)
    for dl in ([scope] if scope.tag == "dl" else []) + list(scope.iter("dl")):
        terms = [c for c in dl if c.tag in ("dt", "dd")]
        sets.append([
            (text_of(a), text_of(b)) for a, b in zip(terms, terms[1:]) if a.tag == "dt" and b.tag == "dd"
        ])
    return sets


def _read(rows: list[tuple[str, str]], date_formats: Sequence[str]) -> dict | None:
    fields: dict[str, str] = {}
    for label, value in rows:
        key = FIELD_LABELS.get(re.sub(r"[^a-z ]", "", label.lower()).strip())
        if key and key not in fields and value.strip(" :-"):
            fields[key] = value.strip(" :")
    if "nomor" not in fields or "jenis" not in fields:
        return None
    day = parse_date(fields.get("tanggal_ditetapkan"), date_formats)
    return {
        "jenis": fields["jenis"],
        "nomor": fields["nomor"],
        "tanggal_ditetapkan": day.isoformat() if day else None,
        "status": _status(fields.get("status")),
    }


def _status(text: str | None) -> str:
    for pattern, status in STATUS_WORDS:
        if text and pattern.search(text):
            return status
    return "berlaku"
