"""How a unit's old URLs are canonicalised and where unmatched ones fall back to."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

# Mirrors terpadu.redirects.canonical (kept here so the registry does not import a stage).
_TRACKING = ("utm_", "fbclid", "gclid", "msclkid")


class Fallback(BaseModel):
    """Old paths matching ``pattern`` (regex) go to ``target`` (a new-site path), or are gone."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    target: str | None = Field(None, description="New-site path; empty means 410 Gone.")

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"'{value}' is not a regular expression ({exc})") from None
        if not value.startswith("^"):
            raise ValueError(f"'{value}' must start with '^' (it matches the old path from its start)")
        return value

    @field_validator("target")
    @classmethod
    def _path_or_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("/", "https://")):
            raise ValueError(f"'{value}' must be a new-site path starting with '/' or an https:// URL")
        return value


def _parameter_name(value: str) -> str:
    if value.lower().startswith(_TRACKING):
        raise ValueError(f"'{value}' is a tracking parameter and never identifies a page")
    if not re.fullmatch(r"[A-Za-z0-9_]+", value):
        raise ValueError(f"'{value}': only letters, digits and '_' (web servers match parameters by such names)")
    return value


class UrlRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    significant_params: list[Annotated[str, AfterValidator(_parameter_name)]] = Field(
        default_factory=list, description="Query parameters that identify a page (e.g. 'id')."
    )
    fallbacks: list[Fallback] = Field(default_factory=list)
