"""Pagefind 1.5's bundle format as merging relies on it, checked against real files."""

from __future__ import annotations

import hashlib
from pathlib import Path

from terpadu.search import bundle as fmt
from terpadu.search.index import BUNDLE_DIR


def test_file_names_are_unpadded_sha1_of_the_decompressed_body(built_site: Path) -> None:
    bundle = built_site / BUNDLE_DIR
    names = [path for sub in ("fragment", "index") for path in (bundle / sub).iterdir()]
    assert names
    for path in names:
        assert path.stem == f"id_{fmt.pagefind_hash(fmt.read_payload(path))[:7]}", path.name


def test_the_hash_drops_leading_zeros_of_each_byte() -> None:
    payload = b"pagefind"
    padded = hashlib.sha1(payload).hexdigest()
    assert fmt.pagefind_hash(payload) == "".join(padded[i:i + 2].lstrip("0") or "0" for i in range(0, 40, 2))


def test_cbor_is_written_as_pagefind_writes_it(built_site: Path) -> None:
    for path in (built_site / BUNDLE_DIR / "index").iterdir():
        payload = fmt.read_payload(path)
        assert fmt.encode(fmt.read_cbor(path)) == payload


def test_chunk_bounds_are_the_shortest_distinguishing_prefixes() -> None:
    # Pagefind's own unit test of chunk_meta: "app" would sort before "apple", so no cut.
    bounds = fmt.chunk_bounds([("apple", "apple"), ("apricot", "banana"), ("peach", "peach")])
    assert bounds == [["apple", "apple"], ["apr", "b"], ["p", "peach"]]
    assert fmt.chunk_bounds([("cath", "cath"), ("cathartic", "z")]) == [["cath", "cath"], ["catha", "z"]]


def test_colliding_names_grow_as_pagefind_grows_them() -> None:
    taken: set[str] = set()
    first = fmt.index_name("id", b"x", taken)
    assert fmt.index_name("id", b"x", taken) == fmt.pagefind_hash(b"x").join(("id_", ""))[:len(first) + 2]
    taken = {"id_abcdef1"}
    assert fmt.fragment_name("id", "abcdef12345", taken) == "id_abcdef12"


def test_a_words_weight_counts_pages_and_locations_not_variants() -> None:
    word = ["kafe", [[0, [-25, 1, 4], []], [3, [7], [-1, 0]]], [["kafé", [[1, [2], []]]]]]
    assert fmt.chunk_weight(word) == (3 + 1) + (1 + 2 + 1)
