"""Redirects at GOV.UK scale: plan, artefacts and a real nginx with N old URLs.

    .venv/bin/python benchmarks/redirects.py [--urls 300000] [--sample 20000]

Builds a temporary project with a synthetic URL map (N rows spread over the 12 old
hosts, a tenth of them gone, some with a significant query parameter), a stub site/
with 1,000 target pages, then times: planning (read + canonicalise + conflicts),
writing every artefact, nginx start-up with the generated configuration, and
verifying a sample of the old URLs over loopback. Prints nginx's resident memory.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from terpadu.project import Paths, load_project  # noqa: E402
from terpadu.redirects import load_plan  # noqa: E402
from terpadu.redirects.artefacts import write_artefacts  # noqa: E402
from terpadu.redirects.models import KnownUrl  # noqa: E402
from terpadu.redirects.verify import NginxServer, verify  # noqa: E402

TARGETS = 1000


def make_project(root: Path, urls: int) -> list[KnownUrl]:
    for name in ("mkdocs.yml", "units", "content", "overrides"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, root / name)
    project = load_project(Paths.at(root))
    site = root / "site"
    (site / "index.html").parent.mkdir(parents=True, exist_ok=True)
    (site / "index.html").write_text("<html>beranda</html>")
    units = list(project.registry)
    for unit in units:
        (site / unit.id).mkdir(parents=True, exist_ok=True)
        (site / unit.id / "index.html").write_text("<html>unit</html>")
    for t in range(TARGETS):
        page = site / units[t % len(units)].id / "berita" / f"halaman-{t}" / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text("<html>berita</html>")
    rng = random.Random(6)
    rows: dict[str, list[dict]] = {u.id: [] for u in units}
    known = []
    for n in range(urls):
        unit = units[n % len(units)]
        host = unit.primary_domain
        url = (f"https://{host}/berita/detail.php?id={n}" if n % 7 == 0
               else f"https://{host}/index.php/berita/{n}-kabar-{rng.randrange(10**6)}")
        if n % 10 == 0:
            row = {"old_url": url, "status": 404, "outcome": "failed", "new_path": None, "reason": "http 404"}
        else:
            t = rng.randrange(TARGETS // len(units)) * len(units) + units.index(unit)
            row = {"old_url": url, "status": 200, "outcome": "imported",
                   "new_path": f"/{unit.id}/berita/halaman-{t}/"}
        rows[unit.id].append(row)
        known.append(KnownUrl(url, unit.id, "bench"))
    folder = root / "migration" / "urlmap"
    folder.mkdir(parents=True)
    for unit_id, items in rows.items():
        items.sort(key=lambda r: r["old_url"])
        (folder / f"{unit_id}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in items))
    for unit in units:  # each host's detail.php?id=N pages need 'id' to be significant
        path = root / "units" / f"{unit.id}.yml"
        path.write_text(path.read_text() + "urls:\n  significant_params: [id]\n")
    return known


def rss_kib(pid: int) -> int:
    total = 0
    for child in [pid, *_children(pid)]:
        for line in Path(f"/proc/{child}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=300_000)
    parser.add_argument("--sample", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        known = make_project(root, args.urls)
        project = load_project(Paths.at(root))
        started = time.perf_counter()
        plan = load_plan(project, root / "site")
        planned = time.perf_counter()
        written = write_artefacts(plan, root / "out")
        wrote = time.perf_counter()
        size = (root / "out" / "nginx" / "terpadu-redirects.conf").stat().st_size
        print(f"{args.urls} old URLs on {len(plan.hosts)} hosts ({written.gone} gone)")
        print(f"plan: {planned - started:.1f} s; artefacts: {wrote - planned:.1f} s "
              f"(nginx config {size / 1e6:.1f} MB)")
        mark = time.perf_counter()
        with NginxServer(plan, root / "site") as server:
            print(f"nginx start-up: {time.perf_counter() - mark:.1f} s; "
                  f"resident memory {rss_kib(server._process.pid) / 1024:.0f} MiB")
        sample = random.Random(1).sample(known, min(args.sample, len(known)))
        mark = time.perf_counter()
        coverage = verify(plan, root / "site", sample)
        seconds = time.perf_counter() - mark
        print(f"verify {len(sample)} URLs (incl. start-up): {seconds:.1f} s "
              f"({len(sample) / seconds:.0f} URLs/s); {coverage.summary()}")


if __name__ == "__main__":
    main()
