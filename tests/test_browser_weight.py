"""Page weight on a first visit (HTML, CSS, JS, fonts; gzip as served), per page type, at
phone width: each stays under 150 KB. The table is written to artifacts/page-weight.md;
`python benchmarks/page_weight.py` prints the same table for any built site.

Searching is measured apart: typing a query loads Pagefind's WebAssembly and index chunks
(about 115 KB more) only when the citizen searches, not on landing (see docs/adr/0803)."""

from __future__ import annotations

from browser import PAGE_TYPES, measure_weight, weight_table
from conftest import ARTIFACTS

BUDGET = 150 * 1024
SEARCH_IN_USE_BUDGET = 200 * 1024
LANDING = {name: path.split("?", 1)[0] for name, path in PAGE_TYPES.items()}
SEARCH_IN_USE = ("cari + kata kunci", PAGE_TYPES["cari"])


def test_every_page_type_stays_under_150_kb_compressed(browser, sample_url) -> None:
    weights = {name: measure_weight(browser, sample_url, path) for name, path in LANDING.items()}
    searching = measure_weight(browser, sample_url, SEARCH_IN_USE[1], settle=True)
    ARTIFACTS.mkdir(exist_ok=True)
    table = weight_table({**weights, SEARCH_IN_USE[0]: searching})
    (ARTIFACTS / "page-weight.md").write_text(table, encoding="utf-8")
    for name, weight in weights.items():
        assert weight.by_type.get("html", 0) > 0, f"{name}: the page itself was not measured"
        assert weight.by_type.get("css", 0) > 0 and weight.by_type.get("js", 0) > 0, name
    over = {name: w.total for name, w in weights.items() if w.total > BUDGET}
    assert not over, f"over {BUDGET} bytes: {over}\n{table}"
    assert searching.by_type.get("data", 0) > 0, "the query did not load the search index"
    assert searching.total < SEARCH_IN_USE_BUDGET, table
