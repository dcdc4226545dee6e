"""Typed models of a unit (one source website) and of the registry of all of them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from terpadu.registry.recipe import Recipe
from terpadu.registry.urlrules import UrlRules

UNIT_ID = re.compile(r"^[a-z][a-z0-9-]{1,31}$")
HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$")


class Strict(BaseModel):
    """Unknown keys are errors: a typo must never be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Contact(Strict):
    address: str
    phone: str | None = None
    email: str | None = None
    website: str | None = Field(None, description="Current address of the unit's pages or site.")
    complaint_url: str | None = None


class Period(Strict):
    """One stretch of a unit's organisational history."""

    organisation: str = Field(description="The ministry (or body) the unit belonged to.")
    name: str | None = Field(None, description="The unit's name in that period, if different.")
    start: dt.date = Field(alias="from")
    end: dt.date | None = Field(None, alias="to")
    successor: str | None = Field(None, description="Unit or body that took over its tasks.")
    new_parent: str | None = Field(None, description="Organisation it moved to at `to`.")
    basis: str | None = Field(None, description="Legal basis (Perpres, Permen, ...).")
    review: bool = Field(False, description="True where a fact still needs checking.")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"'to' ({self.end}) is before 'from' ({self.start})")
        return self


class Unit(Strict):
    """A source website and the organisation behind it."""

    id: str = Field(description="Stable id used in URLs of the new site (e.g. 'sda').")
    name: str = Field(description="Official name.")
    short_name: str
    english_name: str
    kind: Literal["unor", "badan", "lembaga"]
    sectors: list[str] = Field(min_length=1)
    domains: list[str] = Field(min_length=1, description="Old host names, first is primary.")
    description: str | None = None
    contact: Contact
    history: list[Period] = Field(min_length=1)
    former_ids: list[str] = Field(default_factory=list, description="Ids it had on the new site.")
    order: int = Field(100, description="Position in unit lists (smaller first).")
    recipe: Recipe | None = Field(None, description="How to import the old site.")
    urls: UrlRules = Field(default_factory=UrlRules, description="Old-URL canonicalisation rules.")

    @field_validator("id")
    @classmethod
    def _valid_id(cls, value: str) -> str:
        if not UNIT_ID.match(value):
            raise ValueError(f"'{value}' is not a valid id (lowercase letters, digits, '-')")
        return value

    @field_validator("former_ids")
    @classmethod
    def _valid_former_ids(cls, values: list[str]) -> list[str]:
        for value in values:
            cls._valid_id(value)
        return values

    @field_validator("domains")
    @classmethod
    def _valid_domains(cls, values: list[str]) -> list[str]:
        for value in values:
            if not HOST.match(value):
                raise ValueError(f"'{value}' is not a host name (like 'sda.pu.go.id')")
        return values

    @property
    def primary_domain(self) -> str:
        return self.domains[0]

    @property
    def current(self) -> Period:
        return self.history[-1]

    @property
    def active(self) -> bool:
        return self.current.end is None


class Sector(Strict):
    id: str
    name: str


class Vocabulary(Strict):
    """Shared vocabularies every unit maps onto (``units/_vocabulary.yml``)."""

    sectors: list[Sector]
    tags: dict[str, str] = Field(default_factory=dict, description="Shared tag id -> label.")
    tag_aliases: dict[str, str | None] = Field(
        default_factory=dict,
        description="A unit's own category or tag -> shared tag id (empty: dropped on purpose).",
    )
    unit_tag_aliases: dict[str, dict[str, str | None]] = Field(
        default_factory=dict,
        description="Per unit id, aliases that hold only for that unit's old site.",
    )


@dataclass(frozen=True)
class Registry:
    """All units, in display order, with lookups by id and by old host."""

    units: tuple[Unit, ...]
    vocabulary: Vocabulary
    _by_id: dict[str, Unit] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {u.id: u for u in self.units})

    def get(self, unit_id: str) -> Unit | None:
        return self._by_id.get(unit_id)

    def __contains__(self, unit_id: object) -> bool:
        return unit_id in self._by_id

    def __iter__(self) -> Iterator[Unit]:
        return iter(self.units)

    def __len__(self) -> int:
        return len(self.units)

    def ids(self) -> list[str]:
        return [u.id for u in self.units]

    def by_host(self, host: str) -> Unit | None:
        host = host.lower().removeprefix("www.")
        for unit in self.units:
            if host in (d.removeprefix("www.") for d in unit.domains):
                return unit
        return None

    def sector_name(self, sector_id: str) -> str:
        return {s.id: s.name for s in self.vocabulary.sectors}.get(sector_id, sector_id)
