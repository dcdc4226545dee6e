"""Every built service page carries valid schema.org GovernmentService JSON-LD."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup
from tests.catalogue_support import catalogue

SERVICES = catalogue().services
ISO_DURATION = re.compile(r"^P\d+D$")


def _jsonld(site, slug: str) -> list[dict]:
    html = (site / "layanan" / slug / "index.html").read_text(encoding="utf-8")
    head = BeautifulSoup(html, "lxml").head
    return [json.loads(tag.string) for tag in head.find_all("script", type="application/ld+json")]


@pytest.mark.parametrize("service", SERVICES, ids=[s.slug for s in SERVICES])
def test_service_page_has_government_service(service, built_site):
    blocks = _jsonld(built_site, service.slug)
    assert len(blocks) == 1
    data = blocks[0]
    meta, sp = service.meta, service.meta.standar_pelayanan
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentService"
    assert data["name"] == meta.title
    assert data["url"] == f"https://pu.go.id/layanan/{service.slug}/"
    assert data["provider"] == {"@type": "GovernmentOrganization", "name": "Kementerian Pekerjaan Umum",
                                "url": "https://pu.go.id/"}
    operators = data["serviceOperator"]
    assert [o["url"] for o in operators] == [f"https://pu.go.id/{u}/" for u in meta.units]
    assert all(o["@type"] == "GovernmentOrganization" and o["name"] for o in operators)
    assert len(data["audience"]) == len(meta.audience)
    assert all(a["@type"] == "Audience" and a["audienceType"] for a in data["audience"])
    channels = data["availableChannel"]
    assert [c["@type"] for c in channels] == ["ServiceChannel"] * len(meta.channels)
    for channel, given in zip(channels, meta.channels, strict=True):
        if given.kind == "online":
            assert channel["serviceUrl"].startswith("https://")
        if sp.jangka_waktu.hari_kerja is not None:
            assert ISO_DURATION.match(channel["processingTime"])
    offer = data["offers"]
    assert offer["@type"] == "Offer" and offer["priceCurrency"] == "IDR"
    if sp.biaya.gratis:
        assert offer["price"] == 0
        assert offer["description"].startswith("Rp0 / tidak dipungut biaya")
    assert [o["name"] for o in data["serviceOutput"]] == list(sp.produk)
    assert data["areaServed"]["name"] == "Indonesia"
    assert all(law in data["termsOfService"] for law in sp.dasar_hukum)


def test_free_and_online_services_exist_so_the_checks_above_bite():
    assert sum(s.meta.standar_pelayanan.biaya.gratis for s in SERVICES) >= 20
    assert sum(any(c.kind == "online" for c in s.meta.channels) for s in SERVICES) >= 20


def test_other_pages_carry_no_government_service(built_site):
    html = (built_site / "tentang" / "index.html").read_text(encoding="utf-8")
    assert "application/ld+json" not in html
