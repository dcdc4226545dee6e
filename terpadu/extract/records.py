"""Records the extract stage reads and hands on (see the import contract in docs/adr/0310)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, Protocol


class PageSource(Protocol):
    """What extraction needs of a fetched page (``terpadu.fetch.records.FetchedPage``)."""

    @property
    def url(self) -> str: ...
    @property
    def body(self) -> bytes: ...
    @property
    def declared_charset(self) -> str | None: ...
    @property
    def unit_id(self) -> str: ...
    @property
    def page_type(self) -> str | None: ...


@dataclass(frozen=True)
class Image:
    url: str  # absolute
    alt: str
    caption: str | None = None


@dataclass(frozen=True)
class Link:
    url: str  # absolute
    label: str


@dataclass(frozen=True)
class ExtractedPage:
    """The main content of one old page and its metadata, ready for conversion."""

    url: str
    unit_id: str
    type: str
    title: str
    date: dt.date | None
    author: str | None
    body_html: str  # main content only, cleaned, absolute URLs
    summary: str | None
    tags: tuple[str, ...]  # already mapped to the shared vocabulary
    unmapped: tuple[str, ...]  # the unit's own tags with no mapping (reported)
    images: tuple[Image, ...]
    attachments: tuple[Link, ...]
    regulation: dict | None  # jenis, nomor, tanggal_ditetapkan (ISO), status
    method: Literal["recipe", "generic"]
