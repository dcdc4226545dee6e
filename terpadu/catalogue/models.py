"""Typed front matter of a service (``content/layanan/<slug>.md``) and its Standar Pelayanan.

The 14 components follow PermenPANRB 15/2014: six about delivering the service
(required) and eight about managing it. Of the eight, only ``dasar_hukum`` is required;
the others may be left empty and the compliance page shows the gap.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from terpadu.content.models import FrontMatterModel, check_unit_id

FREE_TEXT = "Rp0 / tidak dipungut biaya"
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")

AUDIENCES: dict[str, str] = {
    "masyarakat": "Masyarakat",
    "badan-usaha": "Badan usaha",
    "asn": "ASN",
    "pemerintah-daerah": "Pemerintah daerah",
}
CATEGORIES: dict[str, str] = {
    "perizinan": "Perizinan",
    "sertifikasi": "Sertifikasi dan registrasi",
    "rekomendasi": "Rekomendasi teknis",
    "informasi": "Informasi",
    "pengaduan": "Pengaduan",
    "data": "Data",
    "konsultasi": "Konsultasi dan pendampingan",
    "pelatihan": "Pelatihan",
    "pengadaan": "Pengadaan",
}
CHANNEL_KINDS: dict[str, str] = {
    "online": "Daring",
    "kantor": "Datang ke kantor",
    "telepon": "Telepon",
    "surel": "Surel",
}
# The 14 components, in the order of PermenPANRB 15/2014, with their official names.
DELIVERY_COMPONENTS: dict[str, str] = {
    "persyaratan": "Persyaratan",
    "prosedur": "Sistem, mekanisme, dan prosedur",
    "jangka_waktu": "Jangka waktu pelayanan",
    "biaya": "Biaya/tarif",
    "produk": "Produk pelayanan",
    "pengaduan": "Penanganan pengaduan, saran, dan masukan",
}
MANAGEMENT_COMPONENTS: dict[str, str] = {
    "dasar_hukum": "Dasar hukum",
    "sarana_prasarana": "Sarana, prasarana, dan/atau fasilitas",
    "kompetensi_pelaksana": "Kompetensi pelaksana",
    "pengawasan_internal": "Pengawasan internal",
    "jumlah_pelaksana": "Jumlah pelaksana",
    "jaminan_pelayanan": "Jaminan pelayanan",
    "jaminan_keamanan": "Jaminan keamanan dan keselamatan pelayanan",
    "evaluasi_kinerja": "Evaluasi kinerja pelaksana",
}
COMPONENTS: dict[str, str] = {**DELIVERY_COMPONENTS, **MANAGEMENT_COMPONENTS}



def _check_slug(value: str) -> str:
    if not SLUG.match(value):
        raise ValueError(f"'{value}' is not a service slug (the file name without .md)")
    return value


def _check_component(value: str) -> str:
    if value not in COMPONENTS:
        raise ValueError(f"'{value}' is not a component (known: {', '.join(COMPONENTS)})")
    return value


# List items checked one by one, so a problem names its position (``units.1``).
UnitId = Annotated[str, AfterValidator(check_unit_id)]
ServiceSlug = Annotated[str, AfterValidator(_check_slug)]
ComponentKey = Annotated[str, AfterValidator(_check_component)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def check_https(value: str | None) -> str | None:
    if value is not None and not value.startswith("https://"):
        raise ValueError(f"'{value}' is not an https:// address")
    return value


class Channel(Strict):
    """One way to use the service. ``online`` names an app of ``units/_apps.yml`` or a URL."""

    kind: Literal["online", "kantor", "telepon", "surel"] = Field(
        description="online (an application or web form), kantor (office), telepon, surel."
    )
    app: str | None = Field(None, description="Application id from units/_apps.yml (online).")
    url: str | None = Field(None, description="https address of the form, if no app or a deeper page.")
    label: str | None = Field(None, description="What the start button or line says, if not the app name.")
    address: str | None = Field(None, description="Office address and opening hours (kantor).")
    phone: str | None = Field(None, description="Telephone or WhatsApp number (telepon).")
    email: str | None = Field(None, description="Mailbox (surel).")

    _url = field_validator("url")(check_https)

    @model_validator(mode="after")
    def _complete(self) -> Channel:
        needs = {"online": ("app", "url"), "kantor": ("address",), "telepon": ("phone",), "surel": ("email",)}
        wanted = needs[self.kind]
        if not any(getattr(self, key) for key in wanted):
            raise ValueError(f"a '{self.kind}' channel needs {' or '.join(repr(k) for k in wanted)}")
        return self


class ProcessingTime(Strict):
    uraian: str = Field(min_length=1, description="As citizens read it, e.g. '14 hari kerja sejak berkas lengkap'.")
    hari_kerja: int | None = Field(None, ge=0, description="Maximum working days, for machines.")


class Fee(Strict):
    gratis: bool = Field(description="true when nothing is charged; the page says 'Rp0 / tidak dipungut biaya'.")
    uraian: str | None = Field(None, description="The tariff and its legal basis (PNBP, retribusi daerah).")
    tarif: int | None = Field(None, ge=0, description="Amount in rupiah when a single figure applies.")

    @model_validator(mode="after")
    def _consistent(self) -> Fee:
        if self.gratis and self.tarif:
            raise ValueError("a free service ('gratis: true') cannot have a 'tarif'")
        if not self.gratis and not self.uraian:
            raise ValueError("a service that charges needs 'uraian' describing the tariff")
        return self

    @property
    def text(self) -> str:
        if self.gratis:
            return FREE_TEXT + (f". {self.uraian}" if self.uraian else "")
        return self.uraian or ""


class StandarPelayanan(Strict):
    """The 14 components of PermenPANRB 15/2014 (see ``COMPONENTS`` for their names)."""

    persyaratan: list[str] = Field(min_length=1, description="Documents and conditions, one per item.")
    prosedur: list[str] = Field(min_length=1, description="The steps, in order.")
    jangka_waktu: ProcessingTime
    biaya: Fee
    produk: list[str] = Field(min_length=1, description="What the applicant receives.")
    pengaduan: str = Field(min_length=1, description="How complaints, suggestions and feedback are handled.")
    dasar_hukum: list[str] = Field(min_length=1, description="Laws and regulations, one per item.")
    sarana_prasarana: str | None = Field(None, description="Facilities (may be empty; shown as a gap).")
    kompetensi_pelaksana: str | None = Field(None, description="Skills of the staff (may be empty).")
    pengawasan_internal: str | None = Field(None, description="Internal supervision (may be empty).")
    jumlah_pelaksana: str | None = Field(None, description="Number of staff (may be empty).")
    jaminan_pelayanan: str | None = Field(None, description="Service guarantee (may be empty).")
    jaminan_keamanan: str | None = Field(None, description="Security and safety guarantee (may be empty).")
    evaluasi_kinerja: str | None = Field(None, description="Performance evaluation (may be empty).")

    def filled(self) -> dict[str, bool]:
        """Component key -> whether the editor filled it, in the official order."""
        return {key: bool(getattr(self, key)) for key in COMPONENTS}


class ServiceMeta(FrontMatterModel):
    """A service of the ministry: the front matter of ``content/layanan/<slug>.md``."""

    type: Literal["layanan"] = "layanan"
    title: str = Field(min_length=1, description="Name of the service as citizens call it.")
    description: str = Field(min_length=1, description="One or two sentences: what it is and who it is for.")
    units: list[UnitId] = Field(min_length=1, description="Owner unit ids from units/, main owner first.")
    sector: str = Field(description="Sector id from units/_vocabulary.yml.")
    audience: list[Literal["masyarakat", "badan-usaha", "asn", "pemerintah-daerah"]] = Field(
        min_length=1, description="Who it is for."
    )
    category: Literal[
        "perizinan", "sertifikasi", "rekomendasi", "informasi", "pengaduan", "data",
        "konsultasi", "pelatihan", "pengadaan",
    ]
    channels: list[Channel] = Field(min_length=1, description="Ways to apply; the first is the start button.")
    search_terms: list[str] = Field(
        default_factory=list, description="Hidden search terms: synonyms, old names (IMB for PBG)."
    )
    related: list[ServiceSlug] = Field(default_factory=list, description="Slugs of related services.")
    status: Literal["aktif", "dihentikan"] = "aktif"
    successor: str | None = Field(None, description="Slug of the service that replaces a retired one.")
    reviewed: dt.date = Field(description="Date the content was last reviewed by the owner unit.")
    featured: bool = Field(False, description="Shown on the home page among the most used services.")
    review: list[ComponentKey] = Field(
        default_factory=list,
        description="Components whose values are uncertain and must be verified (e.g. biaya).",
    )
    standar_pelayanan: StandarPelayanan

    @field_validator("sector")
    @classmethod
    def _sector(cls, value: str, info: ValidationInfo) -> str:
        registry = (info.context or {}).get("registry")
        if registry is not None:
            known = {s.id for s in registry.vocabulary.sectors}
            if value not in known:
                raise ValueError(f"unknown sector '{value}' (known: {', '.join(sorted(known))})")
        return value

    @property
    def primary_channel(self) -> Channel:
        return self.channels[0]


AppStatus = Literal["aktif", "pengembangan", "dihentikan"]


class App(Strict):
    """An application of the ministry that delivers services or supports them."""

    id: str = Field(description="Stable id services use in 'channels: - app: <id>'.")
    name: str = Field(description="Short name (SIMBG).")
    full_name: str = Field(description="Full name (Sistem Informasi Manajemen Bangunan Gedung).")
    unit: str = Field(description="Owner unit id from units/.")
    url: str = Field(description="https address where citizens start.")
    status: AppStatus = "aktif"
    description: str | None = None
    public: bool = Field(True, description="false for internal systems (ASN only).")
    review: bool = Field(False, description="true while the address or owner still needs checking.")

    _unit = field_validator("unit")(check_unit_id)
    _url = field_validator("url")(check_https)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not SLUG.match(value):
            raise ValueError(f"'{value}' is not a valid id (lowercase letters, digits, '-')")
        return value


class AppRegistryFile(Strict):
    """``units/_apps.yml``: the ministry's applications."""

    apps: list[App] = Field(min_length=1)
