"""A unit's import recipe: how to crawl its old site and read its pages (pure data)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Selectors(BaseModel):
    """CSS selectors for one page type; any left empty falls back to the generic extractor."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str | None = None
    date: str | None = None
    author: str | None = None
    body: str | None = None
    attachments: str | None = None
    tags: str | None = None
    remove: list[str] = Field(default_factory=list, description="Boilerplate inside the body.")


class PageRule(BaseModel):
    """URLs matching ``pattern`` (a regular expression on the path) are pages of ``type``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    type: str
    selectors: Selectors = Field(default_factory=Selectors)


class Recipe(BaseModel):
    """Start points, what to follow, and how to read each page type."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start_urls: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)
    follow: list[str] = Field(default_factory=list, description="Path regexes of links to follow.")
    deny: list[str] = Field(default_factory=list, description="Path regexes never to fetch.")
    pages: list[PageRule] = Field(default_factory=list)
    date_formats: list[str] = Field(default_factory=list)
    max_depth: int = 6
    max_pages: int = 5000
    # Crawl behaviour (read by terpadu.fetch); all optional, sane defaults for a PHP CMS.
    sitemap_follow: list[str] = Field(
        default_factory=list, description="Regexes of sub-sitemap URLs to follow (default: all)."
    )
    assets: bool = Field(True, description="Download images and attachments of content pages.")
    concurrency: int = Field(4, ge=1, le=32, description="Requests in flight to this site at once.")
    delay: float = Field(0.0, ge=0, le=60, description="Seconds between requests to this site.")
