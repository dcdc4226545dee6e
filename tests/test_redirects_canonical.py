from __future__ import annotations

import pytest

from terpadu.redirects.canonical import NotAnOldUrl, canonicalise, server_key


@pytest.mark.parametrize("spelling", [
    "https://sda.pu.go.id/berita/bendungan",
    "http://sda.pu.go.id/berita/bendungan",
    "HTTPS://SDA.PU.GO.ID/berita/bendungan/",
    "https://www.sda.pu.go.id:443/berita/bendungan",
    "http://sda.pu.go.id:80/berita//bendungan/index.php",
    "https://sda.pu.go.id/index.php/berita/bendungan/",
    "https://sda.pu.go.id/berita/./x/../bendungan/index.html",
    "https://sda.pu.go.id/berita/bendungan?utm_source=wa&utm_medium=x&fbclid=abc#komentar",
    "https://sda.pu.go.id/berita/bendungan?halaman=2",
    "https://sda.pu.go.id./berita/%62endungan",
])
def test_spellings_of_one_page_have_one_canonical_form(spelling: str) -> None:
    assert canonicalise(spelling) == "https://sda.pu.go.id/berita/bendungan"


def test_significant_parameters_are_kept_and_sorted() -> None:
    url = "http://sda.pu.go.id/detail.php?utm_source=x&kat=3&id=12&sesi=abc"
    assert canonicalise(url, ["id", "kat"]) == "https://sda.pu.go.id/detail.php?id=12&kat=3"
    assert canonicalise(url, ["id"]) == "https://sda.pu.go.id/detail.php?id=12"
    assert canonicalise(url) == "https://sda.pu.go.id/detail.php"


def test_root_and_index_files_become_the_root() -> None:
    for url in ("https://pu.go.id", "https://pu.go.id/index.php", "https://pu.go.id/index.html",
                "https://www.pu.go.id/index.php/"):
        assert canonicalise(url) == "https://pu.go.id/"


def test_path_case_and_other_ports_are_kept() -> None:
    assert canonicalise("https://sda.pu.go.id:8443/Berita/X") == "https://sda.pu.go.id:8443/Berita/X"


def test_percent_escapes_are_normalised() -> None:
    assert canonicalise("https://sda.pu.go.id/berita/kali%20bekasi") == \
        canonicalise("https://sda.pu.go.id/berita/kali bekasi") == "https://sda.pu.go.id/berita/kali%20bekasi"


def test_server_key_is_the_decoded_path_without_trailing_slash() -> None:
    assert server_key("https://sda.pu.go.id/") == ""
    assert server_key("https://sda.pu.go.id/berita/kali%20bekasi") == "/berita/kali bekasi"
    assert server_key("https://sda.pu.go.id/detail.php?id=12") == "/detail.php?id=12"


@pytest.mark.parametrize("text", ["/berita/x", "ftp://sda.pu.go.id/x", "https:///x", "https://x.go.id:99999/"])
def test_what_is_not_an_old_url_is_refused(text: str) -> None:
    with pytest.raises(NotAnOldUrl):
        canonicalise(text)
