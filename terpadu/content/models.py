"""Front matter models of editors' pages. Unknown keys are errors, with their line."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)

ARTICLE_TYPES = ("berita", "pengumuman", "regulasi", "artikel")


def _parse_when(value: object) -> dt.date | dt.datetime:
    """A date (``2023-03-28``) or a date with time (``2023-03-28 14:05``), one clear error."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            if len(value.strip()) == 10:
                return dt.date.fromisoformat(value.strip())
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2023-03-28")


When = Annotated[
    dt.date | dt.datetime,
    PlainValidator(_parse_when),
    WithJsonSchema({"type": "string", "format": "date", "examples": ["2023-03-28"]}),
]


def check_unit_id(value: str, info: ValidationInfo) -> str:
    """A unit named in front matter must exist in ``units/`` (context ``unit_ids``)."""
    known = (info.context or {}).get("unit_ids")
    if known is not None and value not in known:
        raise ValueError(f"unknown unit '{value}' (known units: {', '.join(sorted(known))})")
    return value


class FrontMatterModel(BaseModel):
    """Base: strict keys, plus the few Material keys editors may use on any page."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str | None = None
    description: str | None = Field(None, description="One-sentence summary for search and sharing.")
    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] = Field(
        default_factory=list
    )
    template: str | None = None
    icon: str | None = None
    search: dict[str, Any] | None = None


class PageMeta(FrontMatterModel):
    """Any page that is not an article or a service: home, profiles, guides."""

    type: Literal["halaman", "profil"] = "halaman"
    unit: str | None = Field(None, description="Unit id from units/, if the page belongs to one.")
    listing: bool = Field(
        False, description="Set on generated listing pages (news lists); search leaves them out."
    )

    _unit = field_validator("unit")(check_unit_id)


class Attachment(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    file: str = Field(description="Path relative to the page, or an https URL.")
    size: int | None = Field(None, description="Size in bytes.")


class Regulation(BaseModel):
    """The metadata table of a regulation or standard (NSPK)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    jenis: str = Field(description="Kind: Peraturan Menteri, Surat Edaran, SNI, Pedoman, ...")
    nomor: str
    tanggal_ditetapkan: dt.date | None = None
    status: Literal["berlaku", "dicabut", "diubah"] = "berlaku"


class ArticleMeta(FrontMatterModel):
    """News, announcements and regulations: dated, owned by a unit, listed, never in the nav."""

    title: str
    type: Literal["berita", "pengumuman", "regulasi", "artikel"]
    date: When
    unit: str = Field(description="Owner unit id from units/.")
    units: list[str] = Field(
        default_factory=list, description="All units that published it (merged duplicates)."
    )
    summary: str | None = None
    tags: list[str] = Field(default_factory=list)
    image: str | None = None
    image_alt: str | None = None
    attachments: list[Attachment] = Field(default_factory=list)
    regulation: Regulation | None = None
    source_url: str | None = Field(None, description="Where the import took it from.")
    source_urls: list[str] = Field(default_factory=list, description="Other old URLs of the same story.")
    import_hash: str | None = Field(None, description="Hash of the imported body (do not edit).")

    _unit = field_validator("unit")(check_unit_id)

    @field_validator("units")
    @classmethod
    def _units(cls, values: list[str], info: ValidationInfo) -> list[str]:
        return [check_unit_id(v, info) for v in values]

    @property
    def day(self) -> dt.date:
        return self.date.date() if isinstance(self.date, dt.datetime) else self.date
