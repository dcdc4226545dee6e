"""The import, in the order it happens: crawl -> extract -> dedupe -> place -> convert -> write.

Extraction runs while the crawl (in its own process) goes on; everything after needs the
global view (duplicates across units, links between imported pages), so it waits for the
crawl to end, then writes file by file, atomically, never over an editor's change.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import ValidationError

from terpadu.fetch import CrawlFinished, FetchedPage, FetchFailure, crawl, plan_for
from terpadu.importer import dedupe
from terpadu.importer.assets import AssetStore, _key
from terpadu.importer.files import remove_stale_temps
from terpadu.importer.meta import build_meta
from terpadu.importer.placement import DATED_TYPES, Wanted, new_path, place, relative, src_uri_of
from terpadu.importer.report import ImportReport
from terpadu.importer.sync import Outcome, owned_by, sync_file
from terpadu.importer.urlmap import UrlMapRow, merge_row, read_urlmap, write_urlmap
from terpadu.importer import document
from terpadu.problems import ProblemsFound
from terpadu.project import Paths
from terpadu.registry import Registry

log = logging.getLogger("terpadu.importer")

Progress = Callable[[ImportReport, str], None]


@dataclass(frozen=True)
class ImportOptions:
    """How to reach the old sites and how patient to be with them."""

    host_map: dict[str, str] = field(default_factory=dict)  # old host -> "127.0.0.1:PORT"
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 0.5
    max_size: int = 20 * 1024 * 1024
    cache: bool = True
    autothrottle: bool = True
    scrapy_settings: dict = field(default_factory=dict)  # applied last (e.g. scrapy-redis)


@dataclass(frozen=True)
class Stages:
    """The extract and convert stages (``terpadu.extract`` / ``terpadu.convert``)."""

    extract: Callable
    to_markdown: Callable

    @classmethod
    def default(cls) -> Stages:
        from terpadu.convert import to_markdown
        from terpadu.extract import extract_page

        return cls(extract_page, to_markdown)


@dataclass
class _Page:
    fetched: FetchedPage
    extracted: object  # terpadu.extract.records.ExtractedPage
    aliases: set[str] = field(default_factory=set)  # old URLs that redirected here


def run_import(
    paths: Paths,
    registry: Registry,
    unit_ids: Iterable[str] | None = None,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    stages: Stages | None = None,
) -> ImportReport:
    """Import ``unit_ids`` (default: every unit with a recipe) into ``content/``."""
    started = time.perf_counter()
    options = options or ImportOptions()
    stages = stages or Stages.default()
    wanted_ids = list(unit_ids) if unit_ids else [u.id for u in registry if u.recipe is not None]
    report = ImportReport()
    for unit_id in wanted_ids:
        report.unit(unit_id)
    problems = dedupe.check_settings(paths.root)
    if problems:
        raise ProblemsFound(problems)
    remove_stale_temps(paths.docs_dir)
    rows: dict[str, dict[str, UrlMapRow]] = {u: {} for u in wanted_ids}
    previous = {u: read_urlmap(paths.root, u) for u in wanted_ids}

    pages, assets = _collect(paths, registry, wanted_ids, options, stages, report, rows, progress)
    report.timings["crawl"] = time.perf_counter() - started
    mark = time.perf_counter()
    clusters, candidates = dedupe.clusters(paths.root, [p.extracted for p in pages.values()], registry)
    canonical_of = {member: c.canonical for c in clusters for member in c.members if member != c.canonical}
    written = [p for url, p in pages.items() if url not in canonical_of]
    placed = place(
        (_wanted(p.extracted) for p in written),
        {url: src_uri_of(r.new_path) for u in wanted_ids for url, r in previous[u].items()
         if r.outcome == "imported" and r.new_path and r.type},
        lambda src_uri, url: owned_by(paths.docs_dir / src_uri, url),
    )
    link_index = _link_index(pages, placed, canonical_of)
    for url in sorted(placed):
        page = pages[url]
        members = next((c.members for c in clusters if c.canonical == url), (url,))
        _write_page(paths, registry, page, placed[url], members, link_index, assets, stages, report,
                    rows, previous)
    for member, canonical in sorted(canonical_of.items()):
        page = pages[member]
        unit_id = page.fetched.unit_id
        report.unit(unit_id).duplicates += 1
        target = placed.get(canonical)
        merge_row(rows[unit_id], UrlMapRow(member, page.fetched.status, "duplicate",
                                           new_path(target) if target else None, page.extracted.type, None))
        _alias_rows(rows[unit_id], page, rows[unit_id][member])
    _asset_rows(assets, rows, report)
    dedupe.write_report(paths.root, clusters, candidates)
    for unit_id in wanted_ids:
        write_urlmap(paths.root, unit_id, rows[unit_id])
    report.timings["convert and write"] = time.perf_counter() - mark
    report.seconds = time.perf_counter() - started
    report.write(paths.root)
    return report


def _collect(paths, registry, unit_ids, options, stages, report, rows, progress):
    """Crawl, and extract each content page as it arrives."""
    plan = plan_for(
        registry, unit_ids, paths.root / ".terpadu-cache",
        host_map=options.host_map, timeout=options.timeout, retries=options.retries,
        backoff=options.backoff, max_size=options.max_size, cache=options.cache,
        autothrottle=options.autothrottle, scrapy_settings=options.scrapy_settings,
    )
    pages: dict[str, _Page] = {}
    assets = AssetStore(paths.docs_dir)
    for record in crawl(plan):
        if isinstance(record, CrawlFinished):
            report.crawl_stats = record.stats
            break
        unit = report.unit(record.unit_id)
        if isinstance(record, FetchFailure):
            if record.kind == "page":
                _failure_row(rows[record.unit_id], record, unit)
            continue
        if record.kind == "asset":
            unit.assets += 1
            assets.add(record)
            continue
        unit.fetched += 1
        row = _extract(record, registry, stages, pages, unit)
        if row is not None:
            merge_row(rows[record.unit_id], row)
            _alias_row(rows[record.unit_id], record, row)
        if progress is not None:
            progress(report, record.url)
    return pages, assets


def _extract(record: FetchedPage, registry, stages, pages, unit) -> UrlMapRow | None:
    """Extract one fetched page; returns its URL-map row unless it goes on to be imported."""
    def skip(reason: str, outcome: str = "skipped") -> UrlMapRow:
        if outcome == "failed":
            unit.failed.append((record.url, reason))
        else:
            unit.skipped[reason] += 1
        return UrlMapRow(record.url, record.status, outcome, None, record.page_type, reason)  # type: ignore[arg-type]

    if record.url in pages:  # reached again through a redirect: note the URL it came from
        if record.requested_url != record.url:
            pages[record.url].aliases.add(record.requested_url)
        return None
    if record.page_type is None:
        return skip("not a content page")
    if not record.is_html:
        return skip("not html")
    mark = time.perf_counter()
    try:
        extracted = stages.extract(record, registry.get(record.unit_id), registry.vocabulary)
    except Exception as exc:  # one bad page must not stop the import of the others
        log.debug("extraction failed for %s", record.url, exc_info=True)
        return skip(f"extraction failed: {type(exc).__name__}: {exc}"[:200], "failed")
    finally:
        unit.extract_seconds += time.perf_counter() - mark
    if not extracted.title:
        return skip("no title found")
    if extracted.type in DATED_TYPES and extracted.date is None:
        return skip("no date found")
    unit.methods[extracted.method] += 1
    unit.unmapped_tags.update(extracted.unmapped)
    pages[extracted.url] = _Page(record, extracted, {record.requested_url} - {extracted.url})
    return None


def _wanted(page) -> Wanted:
    return Wanted(page.url, page.unit_id, page.type, page.title, page.date)


def _link_index(pages: dict[str, _Page], placed: dict[str, str], canonical_of: dict[str, str]) -> dict[str, str]:
    """Every old URL of an imported page (requested, final, duplicates) -> its content path."""
    index: dict[str, str] = {}
    for url, page in pages.items():
        target = placed.get(canonical_of.get(url, url))
        if target is not None:
            for old_url in (url, *page.aliases):
                index[_key(old_url)] = target
    return index


def _write_page(paths, registry, page: _Page, src_uri: str, members, link_index, assets, stages,
                report, rows, previous) -> None:
    extracted = page.extracted
    unit = report.unit(extracted.unit_id)

    def resolve_link(url: str) -> str | None:
        target = link_index.get(_key(url))
        if target is None:
            return None
        fragment = urlsplit(url).fragment
        return relative(src_uri, target) + (f"#{fragment}" if fragment else "")

    def resolve_asset(url: str) -> str | None:
        placed_asset = assets.place(url, extracted.unit_id)
        return relative(src_uri, placed_asset[0]) if placed_asset else None

    def fail(reason: str) -> None:
        unit.failed.append((extracted.url, reason))
        merge_row(rows[extracted.unit_id], UrlMapRow(extracted.url, page.fetched.status, "failed", None,
                                                     extracted.type, reason))

    try:
        converted = stages.to_markdown(extracted, resolve_link, resolve_asset)
    except Exception as exc:  # a page the converter cannot read fails alone
        log.debug("conversion failed for %s", extracted.url, exc_info=True)
        return fail(f"conversion failed: {type(exc).__name__}: {exc}"[:200])
    member_units = sorted({_unit_of(m, link_index, registry) for m in members} - {None},
                          key=lambda u: [x.id for x in registry].index(u))
    try:
        meta = build_meta(extracted, src_uri, members, member_units, registry, assets, resolve_asset)
    except ValidationError as exc:
        return fail("invalid front matter: " + "; ".join(e["msg"] for e in exc.errors(include_url=False))[:200])
    text = document.render(meta, converted.markdown)
    target = paths.docs_dir / src_uri
    was_imported = any(r.new_path == new_path(src_uri) and r.outcome == "imported"
                       for r in previous.get(extracted.unit_id, {}).values())
    result = sync_file(paths.root, target, text, was_imported)
    rel = target.relative_to(paths.root).as_posix()
    if result.outcome is Outcome.CONFLICT:
        unit.conflicts.append(rel)
    else:
        setattr(unit, result.outcome.value, getattr(unit, result.outcome.value) + 1)
    row = UrlMapRow(extracted.url, page.fetched.status, "imported", new_path(src_uri), extracted.type, None)
    merge_row(rows[extracted.unit_id], row)
    _alias_rows(rows[extracted.unit_id], page, row)


def _unit_of(url: str, link_index, registry: Registry) -> str | None:
    unit = registry.by_host(urlsplit(url).hostname or "")
    return unit.id if unit else None


def _failure_row(rows: dict[str, UrlMapRow], record: FetchFailure, unit) -> None:
    if record.outcome == "failed":
        unit.failed.append((record.url, record.reason))
    else:
        unit.skipped[record.reason] += 1
    merge_row(rows, UrlMapRow(record.url, record.status, record.outcome, None, record.page_type, record.reason))


def _alias_row(rows: dict[str, UrlMapRow], fetched: FetchedPage, row: UrlMapRow) -> None:
    """The URL a redirect started from answers like the page it led to."""
    if fetched.requested_url != fetched.url:
        merge_row(rows, UrlMapRow(fetched.requested_url, 301, row.outcome, row.new_path, row.type,
                                  f"redirects to {fetched.url}"))


def _alias_rows(rows: dict[str, UrlMapRow], page: _Page, row: UrlMapRow) -> None:
    for old_url in sorted(page.aliases):
        merge_row(rows, UrlMapRow(old_url, 301, row.outcome, row.new_path, row.type,
                                  f"redirects to {page.extracted.url}"))


def _asset_rows(assets: AssetStore, rows, report: ImportReport) -> None:
    """Old file URLs (PDFs people linked to) map to their one local copy."""
    for url, src_uri in sorted(assets.written.items()):
        unit_id = src_uri.split("/", 1)[0]
        if unit_id in rows:
            merge_row(rows[unit_id], UrlMapRow(url, 200, "imported", "/" + src_uri, None, None))
