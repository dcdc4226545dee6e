"""The bundle Pagefind 1.5 writes, as far as merging bundles needs it (ADR 0502).

Learned from the files Pagefind 1.5.2 writes (decoded and checked, not assumed) and
from its source (``pagefind/src/index/mod.rs``, ``utils.rs``). Every ``.pf_*`` file is
gzip of ``pagefind_dcd`` followed by CBOR (fragments: JSON). Structs are CBOR arrays:

- metadata ``pagefind.<lang>_<hash>.pf_meta``: ``[version, pages, index_chunks, filters,
  sorts, meta_fields]``; a page is ``[fragment hash, word count]`` in page-number order; a
  chunk is ``[from, to, index hash]``; a filter ``[name, filter hash]``; a sort ``[key,
  page numbers in sorted order]``; ``meta_fields`` is the sorted list of meta keys.
- word index ``index/<lang>_<hash>.pf_index``: ``[words]``, words sorted; a word is
  ``[word, pages, variants]``, a page ``[page delta, locations, meta locations]`` (page
  numbers as deltas from the previous page of the list, the first from 0), a variant
  (the word with diacritics) ``[variant, pages]``, variants in the order of their first
  page. Meta locations mark their field as ``-(index in meta_fields + 1)``.
- filter ``filter/<lang>_<hash>.pf_filter``: ``[name, [[value, page numbers]]]``.

A file's name is the SHA-1 of its decompressed body after the signature, written as hex
*without zero padding* (Rust's ``{:x?}`` per byte), cut to 7 characters and lengthened
on a collision; the metadata's to ``len(language) + 8`` characters.
"""

from __future__ import annotations

import gzip
import hashlib
from operator import itemgetter
from pathlib import Path
from typing import Any

import cbor2

SIGNATURE = b"pagefind_dcd"
VERSION, PAGES, INDEX_CHUNKS, FILTERS, SORTS, META_FIELDS = range(6)
# Pagefind's chunk_index(word_map, 20000): a chunk closes once this many entries are in it.
CHUNK_SIZE = 20_000
# Pagefind compresses at flate2's "best". zlib's level 9 takes 5.2 s over the 18 MB word
# index of a 10,000-page site, level 7 takes 2.1 s for 0.6 % more bytes than Pagefind's own
# files (8.18 MB against 8.13 MB): about half a kilobyte more on a first query.
COMPRESS_LEVEL = 7
SHORT_HASH = 7


def read_payload(path: Path) -> bytes:
    """The decompressed body of a bundle file, without the signature."""
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind index file")
    return raw[len(SIGNATURE):]


def read_cbor(path: Path) -> Any:
    return cbor2.loads(read_payload(path))


def write_payload(path: Path, payload: bytes) -> None:
    """Gzipped without a timestamp, so the bytes depend only on the content."""
    path.write_bytes(gzip.compress(SIGNATURE + payload, compresslevel=COMPRESS_LEVEL, mtime=0))


def pagefind_hash(payload: bytes) -> str:
    """Pagefind's ``full_hash``: SHA-1 in hex with each byte unpadded ("0a" is "a")."""
    return "".join(format(byte, "x") for byte in hashlib.sha1(payload).digest())


def index_name(language: str, payload: bytes, taken: set[str]) -> str:
    """Name of a word index or filter file; on a collision Pagefind adds two characters
    at a time (its ``0..=len + 1`` slice), up to the whole hash."""
    full = f"{language}_{pagefind_hash(payload)}"
    name = full[:len(language) + 1 + SHORT_HASH]
    while name in taken:
        name = full[:len(name) + 2]
        if len(name) >= len(full):
            break
    taken.add(name)
    return name


def fragment_name(language: str, full_hash: str, taken: set[str]) -> str:
    """Name of a page's fragment: the shortest prefix of 7 hex characters or more not yet
    taken by an earlier page (Pagefind adds one character at a time)."""
    full = f"{language}_{full_hash}"
    name = full[:len(language) + 1 + SHORT_HASH]
    while name in taken:
        name = full[:len(name) + 1]
    taken.add(name)
    return name


def meta_name(language: str, payload: bytes) -> str:
    return f"{language}_{pagefind_hash(payload)[:len(language) + 8]}"


def chunk_weight(word: list) -> int:
    """What a word adds to its chunk: one per page plus its locations (not its variants)."""
    pages = word[1]
    return len(pages) + sum(map(len, map(itemgetter(1), pages))) + sum(map(len, map(itemgetter(2), pages)))


def chunk_bounds(first_last: list[tuple[str, str]]) -> list[list[str]]:
    """Pagefind's ``chunk_meta``: each boundary between two chunks is cut to the shortest
    prefixes that tell them apart (one character past their common prefix); a chunk's
    ``to`` stays whole where its prefix would sort before the chunk's ``from``."""
    bounds = [[first, last] for first, last in first_last]
    for left, right in zip(bounds, bounds[1:]):
        to, right[0] = _prefixes(left[1], right[0])
        if to >= left[0]:
            left[1] = to
    return bounds


def _prefixes(a: str, b: str) -> tuple[str, str]:
    common = 0
    for x, y in zip(b, a):
        if x != y:
            break
        common += 1
    return a[:common + 1], b[:common + 1]


def encode(data: Any) -> bytes:
    """CBOR as Pagefind's minicbor writes it (definite lengths, shortest integers)."""
    return cbor2.dumps(data)
