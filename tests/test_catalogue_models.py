"""The service front matter model: valid data, and the rules a single file must follow."""

from __future__ import annotations

import pytest
from tests.catalogue_support import catalogue

from terpadu import yamlio
from terpadu.catalogue.models import COMPONENTS, FREE_TEXT, Channel, Fee, ServiceMeta

BASE = """\
title: Layanan Uji
description: Uji.
units: [sda]
sector: sda
audience: [masyarakat]
category: data
channels: [{kind: online, url: "https://example.go.id/form"}]
reviewed: 2026-11-01
standar_pelayanan:
  persyaratan: [KTP]
  prosedur: [Isi formulir]
  jangka_waktu: {uraian: 3 hari kerja}
  biaya: {gratis: true}
  produk: [Data]
  pengaduan: Surel.
  dasar_hukum: [UU 14/2008]
"""


def _validate(text: str):
    registry = catalogue().registry
    return yamlio.validate_text(ServiceMeta, text, context={"unit_ids": set(registry.ids()), "registry": registry})


def test_minimal_service_is_valid_and_management_components_may_be_empty():
    meta, errors = _validate(BASE)
    assert errors == []
    filled = meta.standar_pelayanan.filled()
    assert list(filled) == list(COMPONENTS) and len(filled) == 14
    assert sum(filled.values()) == 7  # the six delivery components and dasar_hukum


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("  dasar_hukum: [UU 14/2008]\n", "", (9, "missing required field 'standar_pelayanan.dasar_hukum'")),
    ("sector: sda", "sector: air", (4, "sector: unknown sector 'air' (known: ")),
    ("category: data", "category: lainnya", (6, "category: Input should be ")),
    ("biaya: {gratis: true}", "biaya: {gratis: true, tarif: 5000}",
     (13, "standar_pelayanan.biaya: a free service ('gratis: true') cannot have a 'tarif'")),
    ("biaya: {gratis: true}", "biaya: {gratis: false}",
     (13, "standar_pelayanan.biaya: a service that charges needs 'uraian' describing the tariff")),
    ("{kind: online, url: \"https://example.go.id/form\"}", "{kind: telepon}",
     (7, "channels.0: a 'telepon' channel needs 'phone'")),
    ("reviewed: 2026-11-01", "reviewed: 2026-11-01\nreview: [harga]",
     (9, "review.0: 'harga' is not a component")),
    ("reviewed: 2026-11-01", "reviewed: 2026-11-01\nunknown_key: 1", (9, "unknown field 'unknown_key'")),
])
def test_invalid_values_are_reported_with_their_line(old, new, expected):
    meta, errors = _validate(BASE.replace(old, new, 1))
    assert meta is None
    line, prefix = expected
    assert any(got_line == line and message.startswith(prefix) for got_line, message in errors), errors


def test_fee_text_says_rp0_when_free():
    assert Fee(gratis=True).text == FREE_TEXT == "Rp0 / tidak dipungut biaya"
    assert Fee(gratis=True, uraian="Salinan cetak dikenai biaya.").text == f"{FREE_TEXT}. Salinan cetak dikenai biaya."
    assert Fee(gratis=False, uraian="Retribusi daerah").text == "Retribusi daerah"


def test_channel_resolves_through_the_apps_registry():
    start = catalogue().resolve(Channel(kind="online", app="simbg"))
    assert (start.url, start.label, start.app.id) == ("https://simbg.pu.go.id", "SIMBG", "simbg")
    phone = catalogue().resolve(Channel(kind="telepon", phone="(021) 7392262"))
    assert phone.url == "tel:0217392262"
