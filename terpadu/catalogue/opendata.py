"""The catalogue and the apps registry as open data (Satu Data Indonesia): JSON and CSV.

One record model per dataset is the single source of truth: it shapes both files, and
its field descriptions are the data dictionary page. Lists become ``a | b`` in CSV
cells; :func:`read_csv` turns them back, so both files hold the same records.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from terpadu.catalogue.models import AUDIENCES, CATEGORIES, CHANNEL_KINDS, COMPONENTS
from terpadu.catalogue.records import Catalogue

LIST_SEPARATOR = " | "


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServiceRecord(Record):
    """Satu baris = satu layanan Kementerian Pekerjaan Umum."""

    id: str = Field(description="Kode layanan, sama dengan alamat halamannya (/layanan/<id>/).")
    nama: str = Field(description="Nama layanan.")
    deskripsi: str = Field(description="Ringkasan layanan.")
    url_halaman: str = Field(description="Alamat halaman layanan di situs.")
    unit: list[str] = Field(description="Kode unit kerja penyelenggara (pertama = penanggung jawab utama).")
    sektor: str = Field(description="Kode sektor (units/_vocabulary.yml).")
    audiens: list[str] = Field(description=f"Sasaran: {', '.join(AUDIENCES)}.")
    kategori: str = Field(description=f"Kategori: {', '.join(CATEGORIES)}.")
    kanal: list[str] = Field(description=f"Jenis kanal, berurutan: {', '.join(CHANNEL_KINDS)}.")
    url_pengajuan: str | None = Field(
        None, description="Alamat https tempat mulai mengajukan (kanal daring pertama).")
    aplikasi: list[str] = Field(description="Kode aplikasi yang melayani (lihat aplikasi.csv).")
    persyaratan: list[str] = Field(description="Komponen 1: persyaratan.")
    prosedur: list[str] = Field(description="Komponen 2: sistem, mekanisme, dan prosedur (berurutan).")
    jangka_waktu: str = Field(description="Komponen 3: jangka waktu pelayanan.")
    jangka_waktu_hari_kerja: int | None = Field(
        None, description="Jangka waktu maksimum dalam hari kerja, bila ditetapkan.")
    biaya: str = Field(description="Komponen 4: biaya/tarif ('Rp0 / tidak dipungut biaya' bila gratis).")
    gratis: bool = Field(description="true bila tidak dipungut biaya.")
    tarif_rupiah: int | None = Field(None, description="Tarif dalam rupiah bila satu angka berlaku.")
    produk: list[str] = Field(description="Komponen 5: produk pelayanan.")
    pengaduan: str = Field(description="Komponen 6: penanganan pengaduan, saran, dan masukan.")
    dasar_hukum: list[str] = Field(description="Komponen 7: dasar hukum.")
    sarana_prasarana: str | None = Field(None, description="Komponen 8: sarana, prasarana, dan/atau fasilitas.")
    kompetensi_pelaksana: str | None = Field(None, description="Komponen 9: kompetensi pelaksana.")
    pengawasan_internal: str | None = Field(None, description="Komponen 10: pengawasan internal.")
    jumlah_pelaksana: str | None = Field(None, description="Komponen 11: jumlah pelaksana.")
    jaminan_pelayanan: str | None = Field(None, description="Komponen 12: jaminan pelayanan.")
    jaminan_keamanan: str | None = Field(None, description="Komponen 13: jaminan keamanan dan keselamatan pelayanan.")
    evaluasi_kinerja: str | None = Field(None, description="Komponen 14: evaluasi kinerja pelaksana.")
    komponen_terisi: int = Field(description="Jumlah komponen Standar Pelayanan yang terisi (dari 14).")
    perlu_verifikasi: list[str] = Field(description="Komponen yang nilainya masih perlu diverifikasi.")
    istilah_pencarian: list[str] = Field(description="Sinonim dan nama lama (misalnya IMB untuk PBG).")
    terkait: list[str] = Field(description="Kode layanan terkait.")
    status: str = Field(description="aktif atau dihentikan.")
    pengganti: str | None = Field(None, description="Kode layanan pengganti bila dihentikan.")
    terakhir_ditinjau: dt.date = Field(description="Tanggal terakhir isi ditinjau unit (YYYY-MM-DD).")


class AppRecord(Record):
    """Satu baris = satu aplikasi Kementerian Pekerjaan Umum."""

    id: str = Field(description="Kode aplikasi.")
    nama: str = Field(description="Nama singkat aplikasi.")
    nama_lengkap: str = Field(description="Nama lengkap aplikasi.")
    unit: str = Field(description="Kode unit kerja pemilik.")
    url: str = Field(description="Alamat https aplikasi.")
    status: str = Field(description="aktif, pengembangan, atau dihentikan.")
    publik: bool = Field(description="true bila dipakai masyarakat/badan usaha; false bila internal.")
    deskripsi: str | None = Field(None, description="Kegunaan aplikasi.")
    layanan: list[str] = Field(description="Kode layanan yang dilayani aplikasi (dari katalog).")
    perlu_verifikasi: bool = Field(description="true bila alamat atau pemilik masih perlu diverifikasi.")


def service_records(catalogue: Catalogue, site_url: str) -> list[ServiceRecord]:
    base = site_url.rstrip("/") + "/"
    records = []
    for service in catalogue.services:
        meta, sp = service.meta, service.meta.standar_pelayanan
        online = [catalogue.resolve(c) for c in meta.channels if c.kind == "online"]
        records.append(ServiceRecord(
            id=service.slug, nama=meta.title, deskripsi=meta.description, url_halaman=base + service.url,
            unit=list(meta.units), sektor=meta.sector, audiens=list(meta.audience), kategori=meta.category,
            kanal=[c.kind for c in meta.channels], url_pengajuan=online[0].url if online else None,
            aplikasi=[c.app for c in meta.channels if c.app],
            persyaratan=list(sp.persyaratan), prosedur=list(sp.prosedur),
            jangka_waktu=sp.jangka_waktu.uraian, jangka_waktu_hari_kerja=sp.jangka_waktu.hari_kerja,
            biaya=sp.biaya.text, gratis=sp.biaya.gratis, tarif_rupiah=0 if sp.biaya.gratis else sp.biaya.tarif,
            produk=list(sp.produk), pengaduan=sp.pengaduan, dasar_hukum=list(sp.dasar_hukum),
            **{key: getattr(sp, key) for key in list(COMPONENTS)[7:]},
            komponen_terisi=sum(sp.filled().values()), perlu_verifikasi=list(meta.review),
            istilah_pencarian=list(meta.search_terms), terkait=list(meta.related),
            status=meta.status, pengganti=meta.successor, terakhir_ditinjau=meta.reviewed,
        ))
    return records


def app_records(catalogue: Catalogue) -> list[AppRecord]:
    return [
        AppRecord(
            id=app.id, nama=app.name, nama_lengkap=app.full_name, unit=app.unit, url=app.url,
            status=app.status, publik=app.public, deskripsi=app.description,
            layanan=[s.slug for s in catalogue.apps_serving(app.id)], perlu_verifikasi=app.review,
        )
        for app in catalogue.apps
    ]


def write(records: list[Record], model: type[Record], folder: Path, name: str) -> None:
    """``<name>.json`` and ``<name>.csv`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [r.model_dump(mode="json") for r in records]
    (folder / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (folder / f"{name}.csv").write_text(to_csv(rows, model), encoding="utf-8")


def to_csv(rows: list[dict[str, Any]], model: type[Record]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(model.model_fields), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(value, key) for key, value in row.items()})
    return out.getvalue()


def _cell(value: Any, key: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if any(LIST_SEPARATOR.strip() in str(v) for v in value):
            raise ValueError(f"'{key}': an item contains '|', which CSV cells use between items")
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def read_json(path: Path, model: type[Record]) -> list[Record]:
    return [model.model_validate(row) for row in json.loads(path.read_text(encoding="utf-8"))]


def read_csv(path: Path, model: type[Record]) -> list[Record]:
    """The CSV back into records, using the model to know which cells are lists or empty."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [model.model_validate(_uncell_row(row, model)) for row in csv.DictReader(handle)]


def _uncell_row(row: dict[str, str], model: type[Record]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, text in row.items():
        annotation = model.model_fields[key].annotation
        if typing.get_origin(annotation) is list:
            data[key] = text.split(LIST_SEPARATOR) if text else []
        elif text == "" and type(None) in typing.get_args(annotation):
            data[key] = None
        else:
            data[key] = text
    return data


DATASETS = (
    # (file stem, record model, name, description)
    ("layanan", ServiceRecord, "Katalog Layanan Kementerian Pekerjaan Umum",
     "Layanan kementerian dengan 14 komponen Standar Pelayanan (PermenPANRB 15/2014), kanal, "
     "dan aplikasi yang melayaninya."),
    ("aplikasi", AppRecord, "Daftar Aplikasi Kementerian Pekerjaan Umum",
     "Aplikasi kementerian, pemilik, alamat, status, dan layanan yang dilayaninya."),
)
LICENSE = "https://creativecommons.org/licenses/by/4.0/"


def data_catalog(site_url: str, page_url: str) -> dict[str, Any]:
    """schema.org ``DataCatalog`` of the open data, for the data dictionary page's head."""
    base = site_url.rstrip("/") + "/"
    publisher = {"@type": "GovernmentOrganization", "name": "Kementerian Pekerjaan Umum", "url": base}
    datasets = []
    for stem, model, name, description in DATASETS:
        datasets.append({
            "@type": "Dataset", "name": name, "description": description, "url": page_url,
            "license": LICENSE, "isAccessibleForFree": True, "inLanguage": "id",
            "creator": publisher, "spatialCoverage": "Indonesia",
            "distribution": [
                {"@type": "DataDownload", "encodingFormat": fmt, "contentUrl": f"{base}data/{stem}.{ext}"}
                for ext, fmt in (("json", "application/json"), ("csv", "text/csv"))
            ],
            "variableMeasured": [
                {"@type": "PropertyValue", "name": field, "description": text}
                for field, _, text in dictionary(model)
            ],
        })
    return {"@context": "https://schema.org", "@type": "DataCatalog", "name": "Data terbuka layanan",
            "url": page_url, "publisher": publisher, "dataset": datasets}


def dictionary(model: type[Record]) -> list[tuple[str, str, str]]:
    """(field, type as written in the files, description) for the data dictionary page."""
    rows = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        base = args[0] if args else annotation
        if typing.get_origin(annotation) is list:
            kind = "daftar teks (CSV: dipisah ' | ')"
        else:
            kind = {str: "teks", int: "bilangan bulat", bool: "true/false", dt.date: "tanggal (YYYY-MM-DD)"}.get(
                base, str(base))
        if type(None) in typing.get_args(annotation):
            kind += ", boleh kosong"
        rows.append((name, kind, field.description or ""))
    return rows
