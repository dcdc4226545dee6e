"""Extract + convert throughput, without the crawl: pages per second and per-page time for
the recipe path and the generic path (trafilatura), on the mirror's 215 ground-truth pages
fetched once over loopback and then processed ``--rounds`` times. Run from the project root:

    .venv/bin/python benchmarks/extract.py --rounds 5

Prints one JSON object; the figures are recorded in docs/performance.md ("Extraction").
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from terpadu.convert import to_markdown  # noqa: E402
from terpadu.extract import extract_page  # noqa: E402
from terpadu.extract.evaluation import fetch, page_type_for, truth_pages  # noqa: E402
from terpadu.mirror import MirrorServer  # noqa: E402
from terpadu.registry import load_registry  # noqa: E402


def measure(pages, registry, use_recipe: bool, rounds: int) -> dict:
    started, cpu_started = time.perf_counter(), time.process_time()
    slowest = 0.0
    for _ in range(rounds):
        for page in pages:
            one = time.perf_counter()
            extracted = extract_page(page, registry.get(page.unit_id), registry.vocabulary, use_recipe=use_recipe)
            to_markdown(extracted, lambda u: None, lambda u: None)
            slowest = max(slowest, time.perf_counter() - one)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    count = len(pages) * rounds
    return {"pages": count, "seconds": round(seconds, 2), "pages_per_second": round(count / seconds, 1),
            "ms_per_page": round(1000 * seconds / count, 1), "slowest_ms": round(1000 * slowest, 1),
            # CPU time is what a loaded shared machine distorts least
            "cpu_ms_per_page": round(1000 * cpu / count, 1), "cpu_pages_per_second": round(count / cpu, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    registry, problems = load_registry(ROOT / "units", ROOT)
    if registry is None:
        raise SystemExit("\n".join(map(str, problems)))
    with MirrorServer() as server:
        pages = [fetch(server.port, t["url"], t["unit"], page_type_for(registry, t["unit"], t["url"]))
                 for t in truth_pages()]
    size = sum(len(p.body) for p in pages)
    result = {
        "load_average": [round(x, 1) for x in os.getloadavg()],
        "machine": f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}",
        "distinct_pages": len(pages),
        "mean_page_kib": round(size / len(pages) / 1024, 1),
        "recipe": measure(pages, registry, True, args.rounds),
        "generic": measure(pages, registry, False, args.rounds),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
