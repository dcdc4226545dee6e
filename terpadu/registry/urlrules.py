"""How a unit's old URLs are canonicalised and where unmatched ones fall back to."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Fallback(BaseModel):
    """Old paths matching ``pattern`` (regex) go to ``target`` (a new-site path), or are gone."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    target: str | None = Field(None, description="New-site path; empty means 410 Gone.")


class UrlRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    significant_params: list[str] = Field(
        default_factory=list, description="Query parameters that identify a page (e.g. 'id')."
    )
    fallbacks: list[Fallback] = Field(default_factory=list)
