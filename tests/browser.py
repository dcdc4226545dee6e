"""What the browser tests share: the page types citizens use, the two widths, and a page
opener that refuses any request to a host other than the local test server."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# One page of each type citizens land on (paths in the sample site: tests/data/sample_content).
# The first seven are the ones the issue names; all are weighed, the seven are checked by axe.
PAGE_TYPES = {
    "beranda": "",
    "unit": "sda/",
    "berita": "sda/berita/2025/pemeliharaan-pintu-air-bendung/",
    "layanan": "layanan/pbg/",
    "katalog": "layanan/",
    "cari": "cari/?q=bangunan",
    "404": "halaman-yang-tidak-ada/",
    "pengumuman": "ciptakarya/pengumuman/2025/jadwal-sosialisasi-pbg/",
    "daftar-berita": "berita/",
    "unit-kerja": "unit-kerja/",
}
AXE_PAGES = list(PAGE_TYPES)[:7]

# A common Android phone in portrait, and a laptop.
WIDTHS = {"ponsel": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}

# What a first visit downloads that counts towards page weight (not article images).
WEIGHED_TYPES = ("document", "stylesheet", "script", "font", "fetch", "xhr")


@dataclass
class Visit:
    page: object  # playwright Page
    foreign: list[str] = field(default_factory=list)  # requests to other hosts (blocked)


# Every context sends requests for other hosts to a closed port on 127.0.0.1, so nothing
# ever leaves the machine; the requests are still recorded, and tests assert there were none.
NO_OTHER_HOSTS = {"server": "http://127.0.0.1:9", "bypass": "127.0.0.1"}


@contextmanager
def open_page(browser, base_url: str, path: str, width: str, javascript: bool = True) -> Iterator[Visit]:
    """A fresh context (empty cache) at a width; requests to other hosts fail and are noted."""
    context = browser.new_context(viewport=WIDTHS[width], java_script_enabled=javascript,
                                  locale="id-ID", reduced_motion="reduce", proxy=NO_OTHER_HOSTS)
    visit = Visit(context.new_page())
    local = urlsplit(base_url).netloc

    def note(request) -> None:
        if urlsplit(request.url).netloc != local and not request.url.startswith("data:"):
            visit.foreign.append(request.url)

    visit.page.on("request", note)
    try:
        visit.page.goto(base_url + path, wait_until="load")
        yield visit
    finally:
        context.close()


@dataclass(frozen=True)
class Weight:
    """Bytes a first visit transfers, gzip-compressed (level 6, as a web server sends them)."""

    by_type: dict[str, int]
    files: int

    @property
    def total(self) -> int:
        return sum(self.by_type.values())


def measure_weight(browser, base_url: str, path: str, width: str = "ponsel", settle: bool = False) -> Weight:
    """Load ``path`` once with an empty cache and sum the compressed size of what it fetched;
    ``settle`` waits for requests made after the load event (a search running)."""
    seen: list = []
    context = browser.new_context(viewport=WIDTHS[width], proxy=NO_OTHER_HOSTS)
    page = context.new_page()
    page.on("response", lambda response: seen.append(response))
    try:
        page.goto(base_url + path, wait_until="networkidle" if settle else "load")
        by_type: dict[str, int] = {}
        files = 0
        for response in seen:
            kind = response.request.resource_type
            if kind not in WEIGHED_TYPES or not response.url.startswith(base_url):
                continue
            body = response.body()
            by_type[_bucket(kind, response.url)] = by_type.get(_bucket(kind, response.url), 0) + len(
                gzip.compress(body, compresslevel=6, mtime=0))
            files += 1
        return Weight(by_type, files)
    finally:
        context.close()


def _bucket(kind: str, url: str) -> str:
    if kind in ("fetch", "xhr"):
        return "js" if url.endswith((".js", ".mjs", ".wasm")) else "data"
    return {"document": "html", "stylesheet": "css", "script": "js", "font": "font"}[kind]


def weight_table(weights: dict[str, Weight]) -> str:
    """A Markdown table of KB per page type and resource kind."""
    kinds = ["html", "css", "js", "font", "data"]
    lines = ["| Page | " + " | ".join(k.upper() for k in kinds) + " | Total (KB, gzip) | Files |",
             "|---|" + "---:|" * (len(kinds) + 2)]
    for name, weight in weights.items():
        cells = [f"{weight.by_type.get(k, 0) / 1024:.1f}" for k in kinds]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | **{weight.total / 1024:.1f}** | {weight.files} |")
    return "\n".join(lines) + "\n"
