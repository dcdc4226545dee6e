"""Save-to-reload time of ``terpadu serve`` on a large archive, limited and not.

Starts ``terpadu serve`` (real HTTP on 127.0.0.1), appends a marker sentence to one
article of the preview, and polls the page until the served HTML shows it: the time an
editor waits between saving and seeing the change. Repeats a few times.

    python benchmarks/preview.py --pages 10000 --unit sda --since 2025
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from terpadu.content.index import url_of  # noqa: E402
from terpadu.site.preview import PreviewScope  # noqa: E402
from terpadu.testing.synthetic import make_project  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - 127.0.0.1 only
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def wait_for(url: str, needle: str, timeout: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        body = fetch(url)
        if body is not None and needle in body:
            return time.perf_counter() - started
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not show {needle!r} within {timeout:.0f} s")


def cpu_seconds(pid: int) -> float:
    """User + system time a process has used so far (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure_preview(project: Path, scope: PreviewScope, saves: int, timeout: float) -> dict:
    """Start the preview, save ``saves`` times, return startup and save-to-reload times."""
    port = free_port()
    args = ["serve", "--dev-addr", f"127.0.0.1:{port}"]
    for unit in scope.units:
        args += ["--unit", unit]
    for folder in scope.folders:
        args += ["--folder", folder.rstrip("/")]
    if scope.since is not None:
        args += ["--since", str(scope.since)]
    target = next(p for p in sorted((project / "content").glob("*/berita/*/*.md"), reverse=True)
                  if scope.keeps(p.relative_to(project / "content").as_posix()))
    url = f"http://127.0.0.1:{port}/{url_of(target.relative_to(project / 'content').as_posix())}"
    log = (project / "preview.log").open("w")
    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-c", "from terpadu.cli import main; main()", *args],
        cwd=project, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        wait_for(url, "<html", timeout)
        startup = time.perf_counter() - started
        reloads, cpu = [], []
        for n in range(saves):
            time.sleep(1.0)  # the watcher ignores changes made during a build
            marker = f"Penanda-pratinjau-{n}-{time.time_ns()}"
            before = cpu_seconds(server.pid)
            with target.open("a", encoding="utf-8") as out:
                out.write(f"\n{marker}\n")
            reloads.append(wait_for(url, marker, timeout))
            cpu.append(cpu_seconds(server.pid) - before)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
    return {"scope": scope.describe(), "startup_seconds": round(startup, 2),
            "save_to_reload_seconds": [round(r, 2) for r in reloads],
            "median_save_to_reload_seconds": round(statistics.median(reloads), 2),
            "rebuild_cpu_seconds": [round(c, 2) for c in cpu],
            "median_rebuild_cpu_seconds": round(statistics.median(cpu), 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--project", type=Path, help="Use this project instead of generating one.")
    parser.add_argument("--unit", action="append", default=[])
    parser.add_argument("--folder", action="append", default=[])
    parser.add_argument("--since", type=int)
    parser.add_argument("--saves", type=int, default=3)
    parser.add_argument("--full", action="store_true", help="Also measure the unlimited preview (slow).")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="terpadu-preview-") as tmp:
        project = args.project or make_project(Path(tmp) / "project", args.pages, ROOT)
        scopes = [PreviewScope(tuple(args.unit), tuple(args.folder), args.since)]
        if args.full:
            scopes.append(PreviewScope())
        results = [measure_preview(project, s, args.saves, args.timeout) for s in scopes]
    figures = {"pages": args.pages if args.project is None else None, "previews": results}
    for r in results:
        print(f"preview of {r['scope']}: starts in {r['startup_seconds']:.1f} s, "
              f"a save shows in {r['median_save_to_reload_seconds']:.1f} s (median of {r['save_to_reload_seconds']}), "
              f"rebuild CPU {r['median_rebuild_cpu_seconds']:.1f} s")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
