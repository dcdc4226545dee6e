"""Catalogue benchmark: check and build time, memory and page weight as services grow.

Copies this project, multiplies the 35 written services to N (each copy a new file with
the same front matter and body, so every page, list and JSON-LD block is real work),
then runs ``terpadu check`` and ``terpadu build`` in their own processes. Prints wall
time, peak RSS, the size of ``/layanan/`` (raw and gzip) and of ``layanan.json``.

    python benchmarks/catalogue.py --services 35 300 1000
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TERPADU = Path(sys.executable).with_name("terpadu")
PARTS = ("content", "units", "overrides", "mkdocs.yml")


def make_project(target: Path, services: int) -> None:
    for part in PARTS:
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy2)(ROOT / part, target / part)
    folder = target / "content" / "layanan"
    originals = sorted(folder.glob("*.md"))
    for i in range(services - len(originals)):
        source = originals[i % len(originals)]
        text = source.read_text(encoding="utf-8")
        # A copy keeps pointing at the original related services; a retired copy is made active.
        text = re.sub(r"^title: (.*)$", rf"title: \1 (salinan {i + 1})", text, count=1, flags=re.M)
        text = text.replace("status: dihentikan\nsuccessor: pbg\n", "")
        (folder / f"{source.stem}-salinan-{i + 1}.md").write_text(text, encoding="utf-8")


def measure(args: list[str], cwd: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system; steadier on a shared machine) and peak
    RSS (MB) of one ``terpadu`` run."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767139200", "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    process = subprocess.Popen([str(TERPADU), *args], cwd=cwd, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"terpadu {' '.join(args)} failed:\n{process.stderr.read().decode()}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, nargs="+", default=[35, 300, 1000])
    options = parser.parse_args()
    print(f"{'services':>8} {'check s':>8} {'build s':>8} {'build cpu s':>11} {'build MB':>9} "
          f"{'/layanan/ KB':>13} {'gzip KB':>8} {'json KB':>8}")
    for count in options.services:
        with tempfile.TemporaryDirectory(prefix="terpadu-bench-catalogue-") as tmp:
            project = Path(tmp)
            make_project(project, count)
            check, _, _ = measure(["check"], project)
            build, cpu, rss = measure(["build"], project)
            page = (project / "site" / "layanan" / "index.html").read_bytes()
            data = (project / "site" / "data" / "layanan.json").stat().st_size
            print(f"{count:>8} {check:>8.1f} {build:>8.1f} {cpu:>11.1f} {rss:>9.0f} {len(page) / 1024:>13.0f} "
                  f"{len(gzip.compress(page, 6)) / 1024:>8.0f} {data / 1024:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
