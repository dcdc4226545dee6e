"""A unit's import recipe: how to crawl its old site and read its pages (pure data)."""

from __future__ import annotations

import re

from cssselect import GenericTranslator, SelectorError
from pydantic import BaseModel, ConfigDict, Field, field_validator

# ``selector::attr(name)`` reads an attribute instead of the text (as in Scrapy/parsel).
ATTRIBUTE_SUFFIX = re.compile(r"::attr\(([\w:-]+)\)$")


def split_selector(selector: str) -> tuple[str, str | None]:
    """``(css, attribute or None)`` of a recipe selector."""
    match = ATTRIBUTE_SUFFIX.search(selector)
    return (selector[: match.start()], match.group(1)) if match else (selector, None)


def _check_css(selector: str) -> str:
    css, _ = split_selector(selector)
    try:
        GenericTranslator().css_to_xpath(css)
    except SelectorError as exc:
        raise ValueError(f"invalid CSS selector '{selector}': {exc}") from None
    return selector


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
    regulation: str | None = Field(None, description="Where a regulation's metadata table is.")

    @field_validator("title", "date", "author", "body", "attachments", "tags", "regulation")
    @classmethod
    def _valid_selector(cls, value: str | None) -> str | None:
        return _check_css(value) if value else value

    @field_validator("remove")
    @classmethod
    def _valid_selectors(cls, values: list[str]) -> list[str]:
        return [_check_css(value) for value in values]


class PageRule(BaseModel):
    """URLs matching ``pattern`` (a regular expression on the path) are pages of ``type``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    type: str
    selectors: Selectors = Field(default_factory=Selectors)
    type_from: str | None = Field(
        None, description="Selector of a label that names the type (one URL scheme, many types)."
    )
    type_labels: dict[str, str] = Field(
        default_factory=dict, description="Label text (as on the page) -> page type."
    )

    @field_validator("type_from")
    @classmethod
    def _valid_type_selector(cls, value: str | None) -> str | None:
        return _check_css(value) if value else value

    @field_validator("pattern")
    @classmethod
    def _valid_pattern(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression '{value}': {exc}") from None
        return value


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
