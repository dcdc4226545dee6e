"""Side-by-side build benchmark: ``terpadu build`` against a bare ``mkdocs build``.

Generates a synthetic archive of N articles (:mod:`terpadu.testing.synthetic`) into a
copy of this project, then measures in one run, each build in its own process:

- ``terpadu build`` (full: validation, listings, feeds and every post-build step, such
  as the search index when registered), from a cold start, rendering in ``--jobs``
  processes (default: terpadu's own, one per core; ``jobs`` in the figures);
- a bare ``mkdocs build`` of the same Markdown with Material and articles out of the
  nav, without the terpadu plugin (the fastest this stack goes);
- ``terpadu build --incremental`` after one article changed (fraction of a full build);
- Material's blog plugin on the same posts, up to 2,000 posts, to show its growth.

Wall time, peak memory (the child's max RSS from ``wait4``), output size and the HTML
size of a typical news page. Prints a table; ``--json FILE`` writes the figures.

    python benchmarks/build.py --pages 10000 --json artifacts/bench-10000.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.treemem import TreeMemorySampler  # noqa: E402
from terpadu.build import default_jobs  # noqa: E402
from terpadu.content.scancache import CACHE_DIR  # noqa: E402
from terpadu.testing.synthetic import generate_articles, make_project, write_articles  # noqa: E402

SOURCE_DATE_EPOCH = "1767139200"  # 2025-12-31: same timestamps in every run
BLOG_SIZES = (500, 1000, 2000)


@dataclass
class Run:
    seconds: float  # wall time
    cpu_seconds: float  # user + system time of the process and its children
    peak_rss_mb: float  # the whole process tree at its peak (sum of RSS), see treemem.py
    largest_process_mb: float  # the largest single process (wait4's max RSS)
    output_bytes: int = 0


def best(runs: list[Run]) -> Run:
    """The fastest of repeated runs: on a shared machine, the least disturbed one."""
    return min(runs, key=lambda r: r.seconds)


def measure(cmd: list[str], cwd: Path, log: Path) -> Run:
    """Run ``cmd`` in its own process; wall time, CPU time and peak memory: of the whole
    process tree (rendering workers and Pagefind included) and of its largest process."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "PYTHONHASHSEED": "0", "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        started = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        with TreeMemorySampler(child.pid) as memory:
            _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({child.returncode}); see {log}:\n{log.read_text()[-3000:]}")
    largest = usage.ru_maxrss / 1024
    return Run(seconds, usage.ru_utime + usage.ru_stime, max(memory.peak_mb, largest), largest)


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def news_page_bytes(site: Path) -> int:
    """Median HTML size of the news pages (``<unit>/berita/<year>/<slug>/index.html``)."""
    sizes = [p.stat().st_size for p in site.glob("*/berita/[0-9][0-9][0-9][0-9]/*/index.html")]
    return int(statistics.median(sizes)) if sizes else 0


def terpadu_cmd(*args: str) -> list[str]:
    return [sys.executable, "-c", "from terpadu.cli import main; main()", *args]


def terpadu_without_post_steps_cmd(*args: str) -> list[str]:
    """``terpadu build`` without post-build steps (search index, redirect pages): what the
    terpadu plugin itself costs over bare MkDocs."""
    code = "import terpadu.build as b; b.POST_STEPS.clear(); from terpadu.cli import main; main()"
    return [sys.executable, "-c", code, *args]


def write_bare_config(project: Path) -> Path:
    """Our mkdocs.yml without the terpadu plugin, built from a copy of ``content/``.

    The nav stays the same (every page renders it, so it must cost the same): a nav
    entry whose page terpadu would generate gets a one-line stub page instead."""
    import yaml

    docs = project / "content-bare"
    shutil.copytree(project / "content", docs, dirs_exist_ok=True)
    nav = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8")).get("nav", [])
    for entry in nav:
        title, target = next(iter(entry.items())) if isinstance(entry, dict) else (entry, entry)
        if isinstance(target, str) and not (docs / target).is_file():
            (docs / target).parent.mkdir(parents=True, exist_ok=True)
            (docs / target).write_text(f"# {title}\n", encoding="utf-8")
    config = {"INHERIT": "mkdocs.yml", "docs_dir": "content-bare", "site_dir": "site-bare",
              "strict": False, "plugins": [], "nav": nav}
    path = project / "mkdocs-bare.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def write_blog_project(dest: Path, posts: int, seed: int) -> Path:
    """The same kind of posts under Material's blog plugin (its default settings)."""
    import yaml

    from terpadu.content import frontmatter
    from terpadu.registry import load_registry

    registry, _ = load_registry(ROOT / "units", ROOT)
    assert registry is not None
    articles = generate_articles(registry.ids(), {u.id: u.primary_domain for u in registry}, posts, seed)
    posts_dir = dest / "docs" / "blog" / "posts"
    posts_dir.mkdir(parents=True)
    (dest / "docs" / "index.md").write_text("# Beranda\n", encoding="utf-8")
    (dest / "docs" / "blog" / "index.md").write_text("# Berita\n", encoding="utf-8")
    for n, article in enumerate(articles):
        meta = {"date": dt.date.fromisoformat(article.meta["date"]), "categories": [article.meta["unit"]]}
        body = f"# {article.meta['title']}\n\n{article.body}"
        (posts_dir / f"{n:05d}.md").write_text(frontmatter.join(yaml.safe_dump(meta), body), encoding="utf-8")
    config = {"site_name": "Blog", "theme": {"name": "material", "language": "id", "font": False},
              "plugins": ["blog"], "nav": ["index.md", "blog/index.md"]}
    (dest / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return dest


def change_one_article(project: Path) -> Path:
    """Edit one news article the way an editor would: append a sentence."""
    target = sorted((project / "content").glob("*/berita/*/*.md"))[0]
    with target.open("a", encoding="utf-8") as out:
        out.write("\nKalimat tambahan dari penyunting untuk uji pembangunan bertahap.\n")
    return target


def run(pages: int, workdir: Path, blog_sizes: tuple[int, ...], seed: int, repeat: int = 1,
        jobs: int | None = None) -> dict:
    jobs = jobs or default_jobs()
    project = workdir / "project"
    started = time.perf_counter()
    make_project(project, pages, ROOT, seed)
    generate_seconds = time.perf_counter() - started
    logs = workdir / "logs"
    logs.mkdir(exist_ok=True)

    bare_config = write_bare_config(project)
    # One process, as before parallel rendering (ADR 0705); first, so the last full build
    # below leaves the manifest the incremental build needs.
    serial = measure(terpadu_cmd("build", "--jobs", "1", "--site-dir", "site-serial"), project, logs / "terpadu-serial.log")
    shutil.rmtree(project / "site-serial", ignore_errors=True)
    bare_runs, plugin_runs, full_runs = [], [], []
    for _ in range(repeat):  # interleaved, so all see the same machine load
        bare_runs.append(measure([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(bare_config)],
                                 project, logs / "bare.log"))
        shutil.rmtree(project / CACHE_DIR, ignore_errors=True)  # cold builds, as on a fresh CI runner
        plugin_runs.append(measure(terpadu_without_post_steps_cmd("build", "--site-dir", "site-no-post-steps",
                                                                  "--jobs", str(jobs)),
                                   project, logs / "terpadu-no-post-steps.log"))
        shutil.rmtree(project / CACHE_DIR, ignore_errors=True)
        full_runs.append(measure(terpadu_cmd("build", "--jobs", str(jobs)), project, logs / "terpadu.log"))  # last: the manifest
    bare, plugin_only, full = best(bare_runs), best(plugin_runs), best(full_runs)
    shutil.rmtree(project / "site-no-post-steps", ignore_errors=True)
    bare.output_bytes = tree_bytes(project / "site-bare")
    full.output_bytes = tree_bytes(project / "site")
    news_bytes = news_page_bytes(project / "site")
    built_pages = sum(1 for _ in (project / "site").rglob("index.html"))

    change_one_article(project)
    incremental = measure(terpadu_cmd("build", "--incremental"), project, logs / "incremental.log")

    blog = []
    for posts in (s for s in blog_sizes if s <= pages):
        blog_project = write_blog_project(workdir / f"blog-{posts}", posts, seed)
        result = measure([sys.executable, "-m", "mkdocs", "build", "-q"], blog_project, logs / f"blog-{posts}.log")
        blog.append({"posts": posts, "seconds": round(result.seconds, 2),
                     "cpu_seconds": round(result.cpu_seconds, 2), "peak_rss_mb": round(result.peak_rss_mb, 1)})

    return {
        "pages": pages,
        "jobs": jobs,
        "built_html_pages": built_pages,
        "terpadu_seconds": round(full.seconds, 2),
        "bare_seconds": round(bare.seconds, 2),
        "ratio": round(full.seconds / bare.seconds, 3),
        "terpadu_cpu_seconds": round(full.cpu_seconds, 2),
        "bare_cpu_seconds": round(bare.cpu_seconds, 2),
        "cpu_ratio": round(full.cpu_seconds / bare.cpu_seconds, 3),
        "repeat": repeat,
        "without_post_steps_seconds": round(plugin_only.seconds, 2),
        "without_post_steps_cpu_seconds": round(plugin_only.cpu_seconds, 2),
        "without_post_steps_cpu_ratio": round(plugin_only.cpu_seconds / bare.cpu_seconds, 3),
        "without_post_steps_peak_rss_mb": round(plugin_only.peak_rss_mb, 1),
        "peak_rss_mb": round(full.peak_rss_mb, 1),
        "largest_process_mb": round(full.largest_process_mb, 1),
        "bare_peak_rss_mb": round(bare.peak_rss_mb, 1),
        "serial_seconds": round(serial.seconds, 2),
        "serial_cpu_seconds": round(serial.cpu_seconds, 2),
        "serial_ratio": round(serial.seconds / bare.seconds, 3),
        "serial_peak_rss_mb": round(serial.peak_rss_mb, 1),
        "output_mb": round(full.output_bytes / 2**20, 1),
        "bare_output_mb": round(bare.output_bytes / 2**20, 1),
        "news_page_html_bytes": news_bytes,
        "incremental_seconds": round(incremental.seconds, 2),
        "incremental_fraction": round(incremental.seconds / full.seconds, 3),
        "incremental_cpu_seconds": round(incremental.cpu_seconds, 2),
        "incremental_cpu_fraction": round(incremental.cpu_seconds / full.cpu_seconds, 3),
        "blog": blog,
        "generate_seconds": round(generate_seconds, 2),
        "machine": machine(),
    }


def machine() -> dict:
    import material
    import mkdocs

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem_kb / 2**20, 1),
            "python": platform.python_version(), "mkdocs": mkdocs.__version__,
            "material": material.__version__ if hasattr(material, "__version__") else "?"}


def print_table(figures: dict) -> None:
    rows = [
        ("", "terpadu build", "bare mkdocs build"),
        ("articles", f"{figures['pages']}", f"{figures['pages']}"),
        ("rendering processes", f"{figures['jobs']}", "1"),
        ("wall time (s)", f"{figures['terpadu_seconds']:.1f}", f"{figures['bare_seconds']:.1f}"),
        ("CPU time (s)", f"{figures['terpadu_cpu_seconds']:.1f}", f"{figures['bare_cpu_seconds']:.1f}"),
        ("peak memory, all processes (MB)", f"{figures['peak_rss_mb']:.0f}", f"{figures['bare_peak_rss_mb']:.0f}"),
        ("output (MB)", f"{figures['output_mb']:.1f}", f"{figures['bare_output_mb']:.1f}"),
    ]
    width = [max(len(r[i]) for r in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width[i]) if i == 0 else cell.rjust(width[i]) for i, cell in enumerate(row)))
    print(f"ratio terpadu / bare: {figures['ratio']:.2f} wall, {figures['cpu_ratio']:.2f} CPU")
    print(f"terpadu without post-build steps (no search index): {figures['without_post_steps_seconds']:.1f} s wall, "
          f"{figures['without_post_steps_cpu_seconds']:.1f} s CPU ({figures['without_post_steps_cpu_ratio']:.2f} of bare), "
          f"{figures['without_post_steps_peak_rss_mb']:.0f} MB")
    print(f"terpadu build --jobs 1: {figures['serial_seconds']:.1f} s wall ({figures['serial_ratio']:.2f} of bare), "
          f"{figures['serial_cpu_seconds']:.1f} s CPU, {figures['serial_peak_rss_mb']:.0f} MB")
    print(f"largest single process of the terpadu build: {figures['largest_process_mb']:.0f} MB")
    print(f"HTML pages written by terpadu: {figures['built_html_pages']}")
    print(f"typical news page HTML: {figures['news_page_html_bytes'] / 1024:.1f} KB")
    print(f"one-page change, incremental: {figures['incremental_seconds']:.1f} s "
          f"({figures['incremental_fraction']:.0%} of a full build; "
          f"{figures['incremental_cpu_fraction']:.0%} in CPU time)")
    for entry in figures["blog"]:
        print(f"Material blog plugin, {entry['posts']} posts: {entry['seconds']:.1f} s wall, "
              f"{entry['cpu_seconds']:.1f} s CPU, {entry['peak_rss_mb']:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10000, help="Number of synthetic articles.")
    parser.add_argument("--json", type=Path, help="Write the figures to this file.")
    parser.add_argument("--workdir", type=Path, help="Keep the project and sites here (default: a temp folder).")
    parser.add_argument("--blog", default=",".join(map(str, BLOG_SIZES)),
                        help="Post counts for Material's blog plugin, comma-separated ('' for none).")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=None,
                        help="Rendering processes of the terpadu builds (default: terpadu's default, one per core).")
    parser.add_argument("--repeat", type=int, default=1,
                        help="Build each side this many times, interleaved; the fastest run counts.")
    args = parser.parse_args(argv)
    blog_sizes = tuple(int(s) for s in args.blog.split(",") if s.strip())
    if args.workdir:
        shutil.rmtree(args.workdir, ignore_errors=True)
        args.workdir.mkdir(parents=True)
        figures = run(args.pages, args.workdir, blog_sizes, args.seed, args.repeat, args.jobs)
    else:
        with tempfile.TemporaryDirectory(prefix="terpadu-bench-") as tmp:
            figures = run(args.pages, Path(tmp), blog_sizes, args.seed, args.repeat, args.jobs)
    print_table(figures)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
