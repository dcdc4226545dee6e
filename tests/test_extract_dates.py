"""Indonesian dates as the old sites write them, and machine-readable ones."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html

from terpadu.extract.dates import meta_date, parse_date

DAY = dt.date(2023, 3, 28)


@pytest.mark.parametrize("text", [
    "Selasa, 28 Maret 2023",
    "28/3/2023",
    "28-03-2023",
    "28.03.2023",
    "28 Mar 2023 14:05 WIB",
    "Diposting: Selasa, 28 Maret 2023 | Oleh: Admin",
    "Tanggal: 28 Maret 2023",
    "2023-03-28T10:00:00+07:00",
    "2023/03/28",
    "March 28, 2023",
    "28 March 2023",
    "Selasa,\xa028 Maret 2023",
])
def test_the_ways_sites_write_a_date(text):
    assert parse_date(text) == DAY


@pytest.mark.parametrize("text, expected", [
    ("Jum'at, 1 Desember 2023", dt.date(2023, 12, 1)),
    ("5 Agt 2022", dt.date(2022, 8, 5)),
    ("17 Agustus 1945", dt.date(1945, 8, 17)),
    ("1 Mei 2024", dt.date(2024, 5, 1)),
    ("10 Nopember 2021", dt.date(2021, 11, 10)),
])
def test_month_spellings(text, expected):
    assert parse_date(text) == expected


def test_day_first_always():
    assert parse_date("3/4/2023") == dt.date(2023, 4, 3)


def test_the_first_valid_date_wins():
    assert parse_date("31/2/2023 diperbarui 1 Mei 2023") == dt.date(2023, 5, 1)
    assert parse_date("28 Maret 2023, diperbarui 30 Maret 2023") == DAY


@pytest.mark.parametrize("text", [None, "", "Senin", "Halaman 2 dari 10", "99/99/2023"])
def test_no_date(text):
    assert parse_date(text) is None


def test_recipe_formats_with_indonesian_names():
    assert parse_date("Selasa, 28 Maret 2023 pukul 14.05 WIB", ["%A, %d %B %Y pukul %H.%M %Z"]) == DAY
    assert parse_date("28 Mar 2023", ["%d %b %Y"]) == DAY
    assert parse_date("03.28.2023", ["%m.%d.%Y"]) == DAY  # a format beats day-first guessing


def test_meta_tags_json_ld_and_time():
    for head in (
        '<meta property="article:published_time" content="2023-03-28T09:00:00+07:00">',
        '<script type="application/ld+json">{"@graph": [{"datePublished": "2023-03-28"}]}</script>',
        '<meta name="DC.date.issued" content="2023-03-28">',
    ):
        assert meta_date(html.document_fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>")) == DAY
    body = '<html><body><time datetime="2023-03-28">Selasa</time></body></html>'
    assert meta_date(html.document_fromstring(body)) == DAY
    assert meta_date(html.document_fromstring("<html><body><p>tanpa tanggal</p></body></html>")) is None
