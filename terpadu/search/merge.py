"""Merge the bundles Pagefind wrote for contiguous parts of a site into the bundle one
run over the whole site writes (ADR 0502): same names, same decompressed bytes.

Part ``k``'s page ``i`` is page ``offset[k] + i`` of the whole site, because the parts
are contiguous in the order Pagefind numbers pages (``parts.py``). So the merge renumbers
and concatenates; nothing is re-indexed:

- word index: a k-way merge of the parts' sorted words, one chunk of each part in memory
  at a time, cut into chunks by Pagefind's rule and named by its hash;
- fragments: moved, renamed only when a short name collides with an earlier part's;
- filters and sorts: page lists renumbered; sort orders merged by their values, which
  Pagefind does not keep in the bundle (the caller reads them from the pages);
- metadata and ``pagefind-entry.json`` rebuilt from the merged parts.
"""

from __future__ import annotations

import heapq
import json
import os
import re
import shutil
import struct
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from terpadu.search import bundle as fmt
from terpadu.search.bundle import FILTERS, INDEX_CHUNKS, META_FIELDS, PAGES, SORTS, VERSION

ENTRY = "pagefind-entry.json"
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


class MergeImpossible(Exception):
    """The parts cannot be merged into the single-run bundle; index in one run instead."""


@dataclass
class Part:
    folder: Path
    meta: list
    offset: int  # number of the part's first page in the whole site
    fields: list[int]  # the part's meta field numbers in the merged list

    @property
    def fields_shifted(self) -> bool:
        return self.fields != list(range(len(self.fields)))

    @property
    def pages(self) -> int:
        return len(self.meta[PAGES])


@dataclass(frozen=True)
class MergeSummary:
    pages: int
    words: int
    renamed_fragments: int


def merge_bundles(folders: list[Path], output: Path, sort_values: list[list[dict[str, str]]],
                  keep_parts: bool = False) -> MergeSummary:
    """Merge the parts' bundles (in page order) into ``output``. ``sort_values[k][i]`` is
    the ``data-pagefind-sort`` values of part ``k``'s page ``i``. Moves the fragments out
    of the part folders, or links them when ``keep_parts`` (the parts are kept for the
    next build)."""
    entries = [json.loads((folder / ENTRY).read_text(encoding="utf-8")) for folder in folders]
    language = _single_language(entries)
    parts = _load_parts(folders, entries, language)
    fields = sorted({name for part in parts for name in part.meta[META_FIELDS]})
    for part in parts:
        part.fields = [fields.index(name) for name in part.meta[META_FIELDS]]
    _copy_static_files(folders[0], output)
    for sub in ("fragment", "index", "filter"):
        (output / sub).mkdir(parents=True, exist_ok=True)
    pages, renamed = _move_fragments(parts, output, language, keep_parts)
    chunks, words = _write_word_index(parts, output, language)
    filters = _write_filters(parts, output, language)
    meta = [parts[0].meta[VERSION], pages, chunks, filters, _merge_sorts(parts, sort_values), fields]
    payload = fmt.encode(meta)
    meta_hash = fmt.meta_name(language, payload)
    fmt.write_payload(output / f"pagefind.{meta_hash}.pf_meta", payload)
    _write_entry(entries[0], output, language, meta_hash, len(pages))
    _remove_stale(output, {f"fragment/{name}.pf_fragment" for name, _ in pages}
                  | {f"index/{name}.pf_index" for *_, name in chunks}
                  | {f"filter/{name}.pf_filter" for _, name in filters}
                  | {f"pagefind.{meta_hash}.pf_meta"})
    return MergeSummary(len(pages), words, renamed)


def _remove_stale(output: Path, written: set[str]) -> None:
    """An incremental build merges into the last build's bundle: drop what it no longer has."""
    for path in [*output.glob("*.pf_meta"), *output.glob("fragment/*"), *output.glob("index/*"),
                 *output.glob("filter/*")]:
        if path.relative_to(output).as_posix() not in written:
            path.unlink()


def _single_language(entries: list[dict]) -> str:
    languages = {language for entry in entries for language in entry["languages"]}
    if len(languages) != 1:
        raise MergeImpossible(f"the parts hold {len(languages)} languages, not one")
    return languages.pop()


def _load_parts(folders: list[Path], entries: list[dict], language: str) -> list[Part]:
    parts, offset = [], 0
    for folder, entry in zip(folders, entries):
        info = entry["languages"][language]
        meta = fmt.read_cbor(folder / f"pagefind.{info['hash']}.pf_meta")
        if len(meta) != 6:
            raise MergeImpossible(f"unknown metadata layout ({len(meta)} fields) in Pagefind {meta[0]}")
        parts.append(Part(folder, meta, offset, []))
        offset += len(meta[PAGES])
    return parts


def _copy_static_files(first: Path, output: Path) -> None:
    """Pagefind's scripts and WebAssembly, the same in every run."""
    output.mkdir(parents=True, exist_ok=True)
    for path in first.iterdir():
        if path.is_file() and path.suffix != ".pf_meta" and path.name != ENTRY and not path.name.startswith("."):
            shutil.copy2(path, output / path.name)


# --- fragments -----------------------------------------------------------------------


def _move_fragments(parts: list[Part], output: Path, language: str, keep: bool) -> tuple[list, int]:
    """Each page keeps its part's fragment name unless an earlier part took it; then it
    gets the name Pagefind would give it (the shortest free prefix of its hash)."""
    taken: set[str] = set()
    pages, renamed = [], 0
    for part in parts:
        for local_name, word_count in part.meta[PAGES]:
            name = _free_prefix(local_name, taken)
            if name is None:
                source = part.folder / "fragment" / f"{local_name}.pf_fragment"
                name = fmt.fragment_name(language, fmt.pagefind_hash(fmt.read_payload(source)), taken)
            else:
                taken.add(name)
            renamed += name != local_name
            _place(part.folder / "fragment" / f"{local_name}.pf_fragment",
                   output / "fragment" / f"{name}.pf_fragment", keep)
            pages.append([name, word_count])
    return pages, renamed


def _place(source: Path, target: Path, keep: bool) -> None:
    """Move a fragment into the bundle, or link it (copy across file systems) when the
    part is kept for the next build."""
    if not keep:
        shutil.move(source, target)
        return
    target.unlink(missing_ok=True)  # the last build's copy, in an incremental build
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _free_prefix(local_name: str, taken: set[str]) -> str | None:
    """The shortest prefix (7 hash characters or more) of the part's name that no earlier
    page holds; ``None`` when all are held and more of the hash is needed."""
    shortest = local_name.index("_") + 1 + fmt.SHORT_HASH
    for end in range(shortest, len(local_name) + 1):
        if local_name[:end] not in taken:
            return local_name[:end]
    return None


# --- word index ----------------------------------------------------------------------


def _write_word_index(parts: list[Part], output: Path, language: str) -> tuple[list, int]:
    """Stream the merged words into chunks; returns the metadata's chunk list and the
    number of words. Chunks are compressed on a second thread (zlib releases the GIL)."""
    streams = [_words_of(part, number) for number, part in enumerate(parts)]
    merged = heapq.merge(*streams, key=lambda item: item[0])
    chunk: list = []
    weight = words = 0
    written: list[tuple[str, str, str]] = []
    taken: set[str] = set()
    with _Writer() as writer:
        for word, group in groupby(merged, key=lambda item: item[0]):
            entry = _join_word(word, [(parts[number], data) for _, number, data in group])
            chunk.append(entry)
            words += 1
            weight += fmt.chunk_weight(entry)
            if weight >= fmt.CHUNK_SIZE:
                written.append(_write_chunk(chunk, output, language, taken, writer))
                chunk, weight = [], 0
        if chunk:
            written.append(_write_chunk(chunk, output, language, taken, writer))
    bounds = fmt.chunk_bounds([(first, last) for first, last, _ in written])
    return [[first, last, name] for (first, last), (_, _, name) in zip(bounds, written)], words


def _words_of(part: Part, number: int) -> Iterator[tuple[str, int, list]]:
    """A part's words in order, reading one chunk file at a time."""
    for _, _, name in part.meta[INDEX_CHUNKS]:
        for word in fmt.read_cbor(part.folder / "index" / f"{name}.pf_index")[0]:
            yield word[0], number, word


class _Writer:
    """Compresses and writes files on one background thread, a few chunks behind."""

    PENDING = 4

    def __enter__(self) -> _Writer:
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._pending: list[Future] = []
        return self

    def write(self, path: Path, payload: bytes) -> None:
        self._pending.append(self._pool.submit(fmt.write_payload, path, payload))
        while len(self._pending) > self.PENDING:
            self._pending.pop(0).result()

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True)
        for future in self._pending:
            future.result()  # raise a failed write


def _write_chunk(chunk: list, output: Path, language: str, taken: set[str], writer: _Writer) -> tuple[str, str, str]:
    payload = fmt.encode([chunk])
    name = fmt.index_name(language, payload, taken)
    writer.write(output / "index" / f"{name}.pf_index", payload)
    return chunk[0][0], chunk[-1][0], name


def _join_word(word: str, runs: list[tuple[Part, list]]) -> list:
    """One word's entry from the parts that have it (in page order)."""
    pages = _join_pages([(part, data[1]) for part, data in runs])
    variants: dict[str, list[tuple[Part, list]]] = {}
    for part, data in runs:
        for variant, variant_pages in data[2]:
            variants.setdefault(variant, []).append((part, variant_pages))
    # Variants keep the order of their first page (Pagefind appends them as met).
    return [word, pages, [[variant, _join_pages(runs)] for variant, runs in variants.items()]]


def _join_pages(runs: list[tuple[Part, list]]) -> list:
    """Concatenate page lists. Page numbers are deltas, so within a part's list only the
    first changes; meta field markers change only where the merged field list differs."""
    joined: list = []
    previous = 0
    for part, pages in runs:
        if not pages:
            continue
        if part.fields_shifted:
            pages = [[delta, locations, _renumber_fields(meta, part.fields)] for delta, locations, meta in pages]
        first = part.offset + pages[0][0]
        joined.append([first - previous, pages[0][1], pages[0][2]])
        joined.extend(pages[1:])
        previous = part.offset + sum(map(itemgetter(0), pages))
    return joined


def _renumber_fields(meta_locations: list, fields: list[int]) -> list:
    """Field markers are ``-(field + 1)``; the merged field list may number them apart."""
    return [-(fields[-value - 1] + 1) if value < 0 else value for value in meta_locations]


# --- filters and sorts ---------------------------------------------------------------


def _write_filters(parts: list[Part], output: Path, language: str) -> list:
    """Filters with renumbered pages, values and filters in name order (the order the
    stable-search step gives them; Pagefind's own is hash-map order)."""
    merged: dict[str, dict[str, list[int]]] = {}
    for part in parts:
        for _, name in part.meta[FILTERS]:
            filter_name, values = fmt.read_cbor(part.folder / "filter" / f"{name}.pf_filter")
            target = merged.setdefault(filter_name, {})
            for value, pages in values:
                target.setdefault(value, []).extend(part.offset + page for page in pages)
    taken: set[str] = set()
    listed = []
    for filter_name in sorted(merged):
        values = [[value, merged[filter_name][value]] for value in sorted(merged[filter_name])]
        payload = fmt.encode([filter_name, values])
        name = fmt.index_name(language, payload, taken)
        fmt.write_payload(output / "filter" / f"{name}.pf_filter", payload)
        listed.append([filter_name, name])
    return listed


def _merge_sorts(parts: list[Part], sort_values: list[list[dict[str, str]]]) -> list:
    """Pagefind's prebuilt sort orders: pages with the key, stably sorted by value (as
    numbers when every value is one). Checked against each part's own order."""
    keys = sorted({key for part in parts for key, _ in part.meta[SORTS]})
    if keys and (len(sort_values) != len(parts)
                 or any(len(v) != p.pages for v, p in zip(sort_values, parts))):
        raise MergeImpossible("the sort values do not line up with the parts' pages")
    sorts = []
    for key in keys:
        values = [(part.offset + page, value[key]) for part, part_values in zip(parts, sort_values)
                  for page, value in enumerate(part_values) if key in value]
        order_key = _number_key if all(_as_number(v) is not None for _, v in values) else _text_key
        ordered = sorted(values, key=lambda item: (order_key(item[1]), item[0]))
        for part in parts:
            own = dict(part.meta[SORTS]).get(key, [])
            mine = [page - part.offset for page, _ in ordered if part.offset <= page < part.offset + part.pages]
            if own != mine:
                raise MergeImpossible(f"sort {key!r}: part order differs from the values read")
        sorts.append([key, [page for page, _ in ordered]])
    return sorts


def _text_key(value: str) -> bytes:
    return value.encode("utf-8")  # Rust compares strings byte by byte


def _number_key(value: str) -> float:
    """Pagefind compares numbers as 32-bit floats."""
    number = _as_number(value)
    return struct.unpack("f", struct.pack("f", number))[0] if number is not None else 0.0


def _as_number(value: str) -> float | None:
    """The value as Pagefind's parser (lexical-core, integer or float) reads it, or None.
    Plain decimal notation only: the exotic forms its parser may also accept do not
    occur in our sort values (dates), and an identity test would show a difference."""
    return float(value) if _NUMBER.fullmatch(value) else None


def _write_entry(first_entry: dict, output: Path, language: str, meta_hash: str, pages: int) -> None:
    entry = dict(first_entry)
    entry["languages"] = {language: {**first_entry["languages"][language], "hash": meta_hash, "page_count": pages}}
    (output / ENTRY).write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
