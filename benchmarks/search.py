"""Search budget: what a citizen's first query costs, Pagefind against Material's search.

Generates a synthetic archive (:mod:`terpadu.testing.synthetic`, default 10,000 articles)
into a copy of this project and builds it twice:

- ``terpadu build``: our site with Pagefind (Material's search plugin off);
- the same project with Material's built-in ``search`` plugin switched on (lunr), built
  with ``mkdocs build`` (not strict: the plugin warns that it has no Indonesian stemmer).

Each site is served over HTTP on 127.0.0.1 and opened in a fresh headless Chromium (no
cache). On a news page the script types one query into the header search and waits for
the first result. It records every request from the page load to the first result, keeps
the search ones (Pagefind: script, WebAssembly, index chunks, fragments, filters; Material:
``search_index.json``, the worker with lunr, language files) and sums their bytes:

- from Resource Timing (``transferSize`` and ``encodedBodySize`` of the page's entries);
- from Playwright's network events, which also see requests made inside workers;
- and, as served with gzip (nginx ``gzip on``), the same files compressed at level 6.

Time to first results is measured twice: on loopback, and with Chromium's network
throttled to DevTools' "Fast 3G" (1.44 Mbit/s down, 562.5 ms round trip) for a slow phone.

    python benchmarks/search.py --pages 10000 --json artifacts/search-10000.json

Not a test: it prints figures (recorded in docs/performance.md, "Search").
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from terpadu.testing.synthetic import make_project  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SOURCE_DATE_EPOCH = "1767139200"
QUERIES = ("pembangunan bendungan", "tarif tol")
FAST_3G = {"offline": False, "latency": 562.5, "downloadThroughput": 1.44e6 / 8 * 0.9,
           "uploadThroughput": 675e3 / 8 * 0.9}
WAIT_SECONDS = 300
SEARCH_MARKERS = ("/pagefind/", "search_index", "/workers/search", "/lunr/")

try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
except ImportError:  # pragma: no cover - playwright is a test dependency
    PlaywrightTimeout = TimeoutError  # type: ignore[misc,assignment]


@dataclass
class Measure:
    engine: str
    query: str
    network: str
    seconds_to_first_results: float
    requests: int
    transfer_bytes: int  # Resource Timing transferSize (page and worker entries)
    encoded_bytes: int  # Resource Timing encodedBodySize (page and worker entries)
    network_bytes: int  # Playwright: response body bytes, workers included
    gzip_bytes: int  # the same files gzip-compressed (what nginx with gzip on would send)
    files: dict[str, int] = field(default_factory=dict)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def serve(directory: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def run(cmd: list[str], cwd: Path, log: Path) -> float:
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    with log.open("w") as out:
        done = subprocess.run(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed; see {log}:\n{log.read_text()[-3000:]}")
    return time.perf_counter() - started


def write_material_config(project: Path) -> Path:
    """Our mkdocs.yml with Material's search plugin on and strict off (it warns for 'id')."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("strict: true", "strict: false").replace("plugins:\n", "plugins:\n  - search\n", 1)
    config = project / "mkdocs-material-search.yml"
    config.write_text(text, encoding="utf-8")
    return config


def gzip_size(site: Path, url: str) -> int:
    path = site / urlsplit(url).path.lstrip("/")
    return len(gzip.compress(path.read_bytes(), compresslevel=6)) if path.is_file() else 0


def first_query(browser, engine: str, site: Path, base: str, page_url: str, query: str, throttle: bool) -> Measure:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen: dict[str, int] = {}

    def finished(request) -> None:
        if any(m in request.url for m in SEARCH_MARKERS):
            seen[request.url] = request.sizes()["responseBodySize"]

    page.on("requestfinished", finished)
    if throttle:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", FAST_3G)
    page.goto(base + page_url, wait_until="load", timeout=WAIT_SECONDS * 1000)
    field_selector = "[data-tp-search-input]" if engine == "pagefind" else "input.md-search__input"
    started = time.perf_counter()
    page.keyboard.press("/")
    page.fill(field_selector, query)
    try:
        page.wait_for_selector(".md-search-result__item", timeout=WAIT_SECONDS * 1000)
        seconds = time.perf_counter() - started
    except PlaywrightTimeout:  # recorded as "more than WAIT_SECONDS", not a crash
        seconds = float("inf")
    page.wait_for_timeout(500)  # let the fragments of the first results finish
    # Resource Timing of the page and of its workers (Pagefind fetches its WebAssembly,
    # index chunks and fragments from a worker, whose entries the page does not see).
    script = ("markers => performance.getEntriesByType('resource')"
              ".filter(e => markers.some(m => e.name.includes(m)))"
              ".map(e => [e.name, e.transferSize, e.encodedBodySize])")
    entries = {e[0]: e for e in page.evaluate(script, list(SEARCH_MARKERS))}
    for worker in page.workers:
        entries.update({e[0]: e for e in worker.evaluate(script, list(SEARCH_MARKERS))})
    context.close()
    urls = sorted(set(seen) | set(entries))
    files = {urlsplit(u).path: entries[u][1] if u in entries else seen[u] for u in urls}
    return Measure(
        engine=engine, query=query, network="Fast 3G" if throttle else "loopback",
        seconds_to_first_results=round(seconds, 2) if seconds != float("inf") else -1.0, requests=len(urls),
        transfer_bytes=sum(e[1] for e in entries.values()), encoded_bytes=sum(e[2] for e in entries.values()),
        network_bytes=sum(seen.values()), gzip_bytes=sum(gzip_size(site, u) for u in urls), files=files,
    )


def shown(seconds: float) -> str:
    return f"> {WAIT_SECONDS} s" if seconds < 0 else f"{seconds:.2f} s"


def a_news_page(site: Path) -> str:
    page = next(iter(sorted(site.glob("*/berita/[0-9][0-9][0-9][0-9]/*/index.html"))))
    return page.parent.relative_to(site).as_posix() + "/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000, help="Synthetic articles (default 10000).")
    parser.add_argument("--work", type=Path, default=None, help="Working folder (default: a temporary one).")
    parser.add_argument("--json", type=Path, default=None, help="Also write the figures as JSON here.")
    parser.add_argument("--no-throttle", action="store_true", help="Skip the Fast 3G runs.")
    parser.add_argument("--files", action="store_true", help="List each file a first query fetched.")
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="terpadu-search-bench-"))
    project = make_project(work / "project", args.pages, ROOT)
    print(f"Synthetic project: {args.pages} articles in {project}", flush=True)

    terpadu = [sys.executable, "-c", "from terpadu.cli import main; main()"]
    pagefind_site = work / "site-pagefind"
    build_pf = run([*terpadu, "build", "--site-dir", str(pagefind_site)], project, work / "build-pagefind.log")
    material_site = work / "site-material"
    config = write_material_config(project)
    build_mt = run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(material_site)],
                   project, work / "build-material.log")
    pages = sum(1 for _ in pagefind_site.rglob("index.html"))
    print(f"Built {pages} pages: terpadu + Pagefind {build_pf:.0f} s, Material search {build_mt:.0f} s", flush=True)

    from playwright.sync_api import sync_playwright

    results: list[Measure] = []
    servers = {name: serve(site) for name, site in (("pagefind", pagefind_site), ("material", material_site))}
    news = a_news_page(pagefind_site)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for throttle in (False,) if args.no_throttle else (False, True):
            for query in QUERIES:
                for engine, site in (("pagefind", pagefind_site), ("material", material_site)):
                    measure = first_query(browser, engine, site, servers[engine][1], news, query, throttle)
                    results.append(measure)
                    print(f"  {engine:9} {measure.network:8} {query!r:24} {shown(measure.seconds_to_first_results):>9} "
                          f"{measure.transfer_bytes / 1024:9.1f} KB", flush=True)
                    if args.files:
                        for path, size in measure.files.items():
                            print(f"      {size / 1024:8.1f} KB  {path}")
        browser.close()
    for server, _ in servers.values():
        server.shutdown()

    index_bytes = {
        "pagefind": sum(p.stat().st_size for p in (pagefind_site / "pagefind").rglob("*") if p.is_file()),
        "material": (material_site / "search" / "search_index.json").stat().st_size,
    }
    print()
    print(f"First query on a {pages}-page site (synthetic {args.pages} articles + the repository's pages)")
    print(f"Whole index on disk: Pagefind bundle {index_bytes['pagefind'] / 1e6:.1f} MB "
          f"(fetched piecemeal), Material search_index.json {index_bytes['material'] / 1e6:.1f} MB")
    header = (f"{'engine':9} {'network':8} {'query':24} {'req':>4} {'bytes (RT transfer)':>20} "
              f"{'bytes (network)':>16} {'bytes gzip':>11} {'first results':>14}")
    print(header)
    print("-" * len(header))
    for m in results:
        print(f"{m.engine:9} {m.network:8} {m.query:24} {m.requests:4} {m.transfer_bytes / 1024:17.1f} KB "
              f"{m.network_bytes / 1024:13.1f} KB {m.gzip_bytes / 1024:8.1f} KB {shown(m.seconds_to_first_results):>14}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "pages": pages, "articles": args.pages, "build_seconds": {"pagefind": build_pf, "material": build_mt},
            "index_bytes": index_bytes, "runs": [asdict(m) for m in results],
        }, indent=2), encoding="utf-8")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
