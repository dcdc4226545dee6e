"""Open data: layanan.json and layanan.csv (and aplikasi.*) hold the same records."""

from __future__ import annotations

import csv

from tests.catalogue_support import catalogue

from terpadu.catalogue import opendata
from terpadu.catalogue.models import COMPONENTS


def test_services_json_and_csv_round_trip_to_the_same_records(built_site):
    folder = built_site / "data"
    from_json = opendata.read_json(folder / "layanan.json", opendata.ServiceRecord)
    from_csv = opendata.read_csv(folder / "layanan.csv", opendata.ServiceRecord)
    expected = opendata.service_records(catalogue(), "https://pu.go.id/")
    assert from_json == from_csv == expected
    assert len(from_json) == len(catalogue().services)


def test_apps_json_and_csv_round_trip_to_the_same_records(built_site):
    folder = built_site / "data"
    from_json = opendata.read_json(folder / "aplikasi.json", opendata.AppRecord)
    from_csv = opendata.read_csv(folder / "aplikasi.csv", opendata.AppRecord)
    assert from_json == from_csv == opendata.app_records(catalogue())
    simbg = next(r for r in from_json if r.id == "simbg")
    assert {"pbg", "slf"} <= set(simbg.layanan)


def test_csv_is_plain_for_spreadsheets(built_site):
    with (built_site / "data" / "layanan.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    pbg = next(r for r in rows if r["id"] == "pbg")
    assert pbg["unit"] == "ciptakarya"
    assert pbg["url_pengajuan"] == "https://simbg.pu.go.id"
    assert "IMB" in pbg["istilah_pencarian"].split(" | ")
    free = next(r for r in rows if r["id"] == "permohonan-informasi-publik")
    assert free["gratis"] == "true" and free["tarif_rupiah"] == "0"
    assert free["biaya"].startswith("Rp0 / tidak dipungut biaya")


def test_every_column_is_in_the_data_dictionary_page(built_site):
    page = (built_site / "data" / "index.html").read_text(encoding="utf-8")
    for model in (opendata.ServiceRecord, opendata.AppRecord):
        for name in model.model_fields:
            assert f"<code>{name}</code>" in page
    for key in list(COMPONENTS)[7:]:
        assert key in opendata.ServiceRecord.model_fields


def test_data_page_describes_both_datasets_as_schema_org_json_ld(built_site):
    import json

    from bs4 import BeautifulSoup

    head = BeautifulSoup((built_site / "data" / "index.html").read_text(encoding="utf-8"), "lxml").head
    (script,) = head.find_all("script", type="application/ld+json")
    data = json.loads(script.string)
    assert data["@type"] == "DataCatalog"
    urls = {d["contentUrl"] for dataset in data["dataset"] for d in dataset["distribution"]}
    assert urls == {f"https://pu.go.id/data/{name}" for name in
                    ("layanan.json", "layanan.csv", "aplikasi.json", "aplikasi.csv")}
    for dataset in data["dataset"]:
        for download in dataset["distribution"]:
            assert (built_site / "data" / download["contentUrl"].rsplit("/", 1)[1]).is_file()
    columns = {v["name"] for v in data["dataset"][0]["variableMeasured"]}
    assert columns == set(opendata.ServiceRecord.model_fields)


def test_json_in_a_script_element_cannot_close_it():
    from terpadu.site.catalogue import _script_json

    text = _script_json({"name": "</script><script>alert(1)</script>"})
    assert "</" not in text
    import json

    assert json.loads(text)["name"] == "</script><script>alert(1)</script>"
