"""A unit's landing page: its news and services, then contacts (tap-to-call), then facts."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from terpadu.site.render import tel_href


def test_contacts_come_before_facts_and_history(sample_site: Path) -> None:
    page = BeautifulSoup((sample_site / "sda" / "index.html").read_text(encoding="utf-8"), "lxml")
    headings = [re.sub(r"\W+$", "", h.get_text()) for h in page.select("article h2")]
    assert headings.index("Kontak") < headings.index("Tentang unit ini") < headings.index("Riwayat organisasi")
    assert page.find("a", string="Pemeliharaan pintu air bendung menjelang musim hujan"), "latest news missing"
    assert page.select_one("article a[href='tel:+62217396616']").get_text() == "(021) 7396616"


def test_phone_numbers_become_international_tel_links() -> None:
    assert tel_href("(021) 7396616") == "tel:+62217396616"
    assert tel_href("+62 21 739-2262") == "tel:+62217392262"
    assert tel_href("1500-308") == "tel:+1500308"
