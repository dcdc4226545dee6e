"""Import throughput on the mirror scaled up: pages per second, full run and no-change re-run.

The 12 mirrored sites are replicated under new host names (``sda-r01.pu.go.id``, ...), each
with a unit file cloned from the original (id and host renamed), faults and traps removed,
so the crawl sees N x 12 independent old sites. Run from the project root:

    .venv/bin/python benchmarks/import.py --replicas 21     # ~5,000 pages

Prints one JSON object; record the figures in docs/performance.md ("Import").
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from terpadu.fetch.plan import loopback_host_map  # noqa: E402
from terpadu.importer import ImportOptions, run_import  # noqa: E402
from terpadu.mirror import SITES_DIR  # noqa: E402
from terpadu.project import Paths  # noqa: E402
from terpadu.registry import load_registry  # noqa: E402


def replicate(project: Path, sites: Path, replicas: int) -> None:
    for name in ("mkdocs.yml", "content", "overrides"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, project / name)
    units = project / "units"
    units.mkdir()
    shutil.copy2(ROOT / "units/_vocabulary.yml", units / "_vocabulary.yml")
    originals = {}
    for unit_file in sorted((ROOT / "units").glob("[!_]*.yml")):
        data = yaml.load(unit_file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)  # as the registry reads it
        if data.get("recipe"):
            originals[data["domains"][0].removeprefix("www.")] = unit_file.read_text(encoding="utf-8")
    for site in sorted(SITES_DIR.iterdir()):
        conf_file = site / "_site.yml"
        if not conf_file.is_file():
            continue
        conf = yaml.safe_load(conf_file.read_text(encoding="utf-8"))
        host = conf["host"]
        text = originals.get(host.removeprefix("www."))
        if text is None:
            continue
        for k in range(1, replicas + 1):
            new_host = f"{host.split('.')[0]}-r{k:02d}.pu.go.id"
            folder = sites / new_host  # a copy: the mirror refuses files outside a site's folder
            shutil.copytree(site, folder)
            clone = dict(conf, host=new_host, aliases=[], faults={}, traps={}, redirects=conf.get("redirects") or {})
            (folder / "_site.yml").write_text(yaml.safe_dump(clone), encoding="utf-8")
            unit_text = re.sub(r"(?m)^id: (\S+)", lambda m: f"id: {m.group(1)}-r{k:02d}", text)
            unit_text = re.sub(r"(?m)^former_ids:.*$", "former_ids: []", unit_text)
            unit_text = unit_text.replace(f"www.{host}", new_host).replace(host, new_host)
            unit_id = re.search(r"(?m)^id: (\S+)", unit_text).group(1)
            (units / f"{unit_id}.yml").write_text(unit_text, encoding="utf-8")


MIRROR = ("import sys, time; from terpadu.mirror import MirrorServer; "
          "MirrorServer(port=int(sys.argv[1]), sites_dir=sys.argv[2]).start(); "
          "print('ready', flush=True); time.sleep(10**6)")


@contextlib.contextmanager
def _mirror_process(sites: Path):
    """The mirror in its own process, like remote sites: it does not share the importer's GIL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-c", MIRROR, str(port), str(sites)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout.readline().strip() == "ready"
        yield port
    finally:
        server.kill()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="terpadu-bench-") as temp:
        project, sites = Path(temp, "project"), Path(temp, "sites")
        project.mkdir()
        replicate(project, sites, args.replicas)
        paths = Paths.at(project)
        registry, problems = load_registry(paths.units_dir, project)
        if registry is None:
            sys.exit("\n".join(map(str, problems)))
        figures = {"replicas": args.replicas, "units": len(registry)}
        with _mirror_process(sites) as port:
            options = ImportOptions(host_map=loopback_host_map(registry, port), timeout=10)
            for run in ("full", "no_change"):
                started = time.perf_counter()
                report = run_import(paths, registry, None, options)
                seconds = time.perf_counter() - started
                fetched = sum(u.fetched for u in report.units.values())
                imported = sum(u.imported for u in report.units.values())
                figures[run] = {
                    "seconds": round(seconds, 1), "pages_fetched": fetched, "pages_imported": imported,
                    "files_written": report.files_changed,
                    "pages_per_second": round(fetched / seconds, 1),
                    "extract_seconds": round(sum(u.extract_seconds for u in report.units.values()), 1),
                    "phases": {k: round(v, 1) for k, v in report.timings.items()},
                }
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
