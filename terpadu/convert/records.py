"""What the convert stage hands on (see the import contract in docs/adr/0310)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConvertedPage:
    markdown: str  # the body only; the title and metadata go into front matter
    links: tuple[str, ...]  # absolute URLs the body linked to, in first-seen order
    assets: tuple[str, ...]  # absolute URLs of images and files the body uses
