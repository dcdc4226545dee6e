"""The benchmark harness runs at a tiny size, so it cannot rot (no timing asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

KEYS = {"pages", "terpadu_seconds", "bare_seconds", "ratio", "peak_rss_mb", "news_page_html_bytes",
        "terpadu_cpu_seconds", "bare_cpu_seconds", "cpu_ratio", "incremental_seconds",
        "incremental_fraction", "blog", "machine", "without_post_steps_cpu_seconds", "jobs",
        "serial_seconds", "serial_cpu_seconds", "largest_process_mb"}


def test_build_benchmark_prints_the_table_and_writes_the_figures(tmp_path: Path):
    out = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "build.py"), "--pages", "40", "--blog", "20",
         "--json", str(out), "--workdir", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "terpadu build" in result.stdout and "bare mkdocs build" in result.stdout
    figures = json.loads(out.read_text())
    assert KEYS <= figures.keys()
    assert figures["pages"] == 40
    assert figures["jobs"] >= 1 and "rendering processes" in result.stdout
    assert figures["terpadu_seconds"] > 0 and figures["bare_seconds"] > 0
    # both times are rounded to 10 ms, so the recomputed ratio matches only roughly
    assert abs(figures["ratio"] - figures["terpadu_seconds"] / figures["bare_seconds"]) < 0.05 * figures["ratio"]
    assert 20 < figures["peak_rss_mb"] < 2000
    assert figures["largest_process_mb"] <= figures["peak_rss_mb"]  # the tree holds the largest
    assert figures["serial_seconds"] > 0 and "--jobs 1" in result.stdout
    assert 2_000 < figures["news_page_html_bytes"] < 200_000
    assert figures["built_html_pages"] > 40
    assert 0 < figures["incremental_fraction"]
    assert [b["posts"] for b in figures["blog"]] == [20]
    assert (tmp_path / "work" / "project" / "site-bare" / "index.html").is_file()
