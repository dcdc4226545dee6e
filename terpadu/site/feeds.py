"""RSS 2.0 feeds of the latest articles: one for the ministry, one per unit.

Written after MkDocs has built the site (``post_build``), from the content index, so
they need no page to be rendered. Deterministic: every date comes from the articles'
front matter, never from the clock, and ties are broken by path.
"""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from terpadu.content.index import Document
from terpadu.content.models import ArticleMeta
from terpadu.project import Project
from terpadu.site.features import Feature

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

FEED_SIZE = 50
FEED_FILE = "feed.xml"
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")  # the ministry publishes on Jakarta time


def feed_path(unit_id: str | None) -> str:
    """Site-relative path of a feed: ``feed.xml`` or ``<unit>/feed.xml``."""
    return f"{unit_id}/{FEED_FILE}" if unit_id else FEED_FILE


class Feeds(Feature):
    def post_build(self, project: Project, config: MkDocsConfig) -> None:
        site_dir = Path(config.site_dir)
        site_url = (config.site_url or "/").rstrip("/") + "/"
        latest = _latest_per_scope(project)
        for unit_id, documents in latest.items():
            if unit_id is None:
                title = config.site_name
                description = f"{FEED_SIZE} berita, pengumuman, dan regulasi terbaru dari {config.site_name}."
            else:
                unit = project.registry.get(unit_id)
                title = f"{unit.name} – {config.site_name}" if unit else unit_id
                description = f"{FEED_SIZE} terbitan terbaru {unit.name if unit else unit_id}."
            xml = render_rss(title, description, site_url, feed_path(unit_id), documents)
            target = site_dir / feed_path(unit_id)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(xml, encoding="utf-8")


def _latest_per_scope(project: Project) -> dict[str | None, list[Document]]:
    """The newest :data:`FEED_SIZE` articles overall and of each unit, in one pass."""
    scopes: dict[str | None, list[Document]] = {None: []}
    for unit in project.registry:
        scopes[unit.id] = []
    for document in project.content.articles():
        meta: ArticleMeta = document.meta  # type: ignore[assignment]
        for scope in (None, *dict.fromkeys(meta.units or [meta.unit])):
            bucket = scopes.setdefault(scope, [])
            if len(bucket) < FEED_SIZE:
                bucket.append(document)
    return scopes


def render_rss(title: str, description: str, site_url: str, path: str, documents: list[Document]) -> str:
    items = [_item(site_url, d) for d in documents]
    newest = [_pub_date(d.meta) for d in documents[:1]]  # type: ignore[arg-type]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
        "<channel>",
        f"<title>{escape(title)}</title>",
        f"<link>{escape(site_url)}</link>",
        f"<description>{escape(description)}</description>",
        "<language>id</language>",
        f"<atom:link href={quoteattr(site_url + path)} rel=\"self\" type=\"application/rss+xml\"/>",
        *(f"<lastBuildDate>{d}</lastBuildDate>" for d in newest),
        *items,
        "</channel>",
        "</rss>",
        "",
    ]
    return "\n".join(lines)


def _item(site_url: str, document: Document) -> str:
    meta: ArticleMeta = document.meta  # type: ignore[assignment]
    url = site_url + document.url
    parts = [
        "<item>",
        f"<title>{escape(meta.title)}</title>",
        f"<link>{escape(url)}</link>",
        f'<guid isPermaLink="true">{escape(url)}</guid>',
        f"<pubDate>{_pub_date(meta)}</pubDate>",
        f"<category>{escape(meta.type)}</category>",
    ]
    summary = meta.summary or meta.description
    if summary:
        parts.append(f"<description>{escape(summary)}</description>")
    parts.append("</item>")
    return "".join(parts)


def _pub_date(meta: ArticleMeta) -> str:
    """RFC 822 date; a date without a time is taken as midnight in Jakarta."""
    moment = meta.date if isinstance(meta.date, dt.datetime) else dt.datetime.combine(meta.date, dt.time())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=WIB)
    return format_datetime(moment)
