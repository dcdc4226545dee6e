"""The build lifecycle, in order: validate -> render with MkDocs -> post-build steps.

``terpadu build`` runs exactly this; each step is a small function with one job.
Rendering runs in ``jobs`` forked processes, each MkDocs' own build of one shard of the
pages (:mod:`terpadu.site.shards`, ADR 0705); ``jobs=1`` renders in this process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import subprocess
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, BuildError, ConfigurationError
from mkdocs.utils import clean_directory

from terpadu import incremental as incremental_builds
from terpadu.problems import ProblemsFound
from terpadu.project import Paths, Project, validate
from terpadu.site.handover import handed_over
from terpadu.site.preview import ENV_VAR as PREVIEW_ENV_VAR
from terpadu.site.shards import ENV_VAR as SHARD_ENV_VAR
from terpadu.site.shards import Shard

log = logging.getLogger("terpadu.build")


class BuildFailed(Exception):
    """The site could not be built; the message says why (no traceback for the user)."""


@dataclass
class BuildResult:
    site_dir: Path
    pages: int
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)


# Steps after MkDocs has written site/ (search index, redirect pages), registered by stages.
PostStep = Callable[[Project, Path], None]
POST_STEPS: list[tuple[str, PostStep]] = []


def _register_post_steps() -> None:
    """Stages that write into the built site, in order (search indexes the final pages)."""
    from terpadu.publish.stable_search import build_step as stable_search
    from terpadu.search.index import build_step as search_index

    POST_STEPS.append(("redirect pages", _redirect_pages))
    POST_STEPS.append(("search", search_index))
    POST_STEPS.append(("stable-search", stable_search))


def _redirect_pages(project: Project, site_dir: Path) -> None:
    from terpadu.redirects import write_site_redirect_pages  # the stage is imported only when run

    write_site_redirect_pages(project, site_dir)


_register_post_steps()

MAX_JOBS = 8  # each rendering process holds the project and MkDocs' pages (ADR 0705)
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def default_jobs() -> int:
    """One rendering process per core this process may use, at most :data:`MAX_JOBS`."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, MAX_JOBS))


def run_build(
    paths: Paths, site_dir: Path | None = None, incremental: bool = False, jobs: int = 1
) -> BuildResult:
    """``incremental``: re-render only changed pages when the last build allows it.
    ``jobs``: rendering processes for a full build (an incremental one renders here)."""
    started = time.perf_counter()
    timings: dict[str, float] = {}
    project = _validate(paths)
    timings["validate"] = time.perf_counter() - started
    site_dir = (site_dir or paths.root / "site").resolve()

    mark = time.perf_counter()
    plan = incremental_builds.plan(paths, project, site_dir) if incremental else None
    if plan is not None:
        log.info("Incremental build: %s", plan.reason)
        incremental_builds.remove_outputs(site_dir, plan.removed)
    incremental_builds.forget(paths)
    with handed_over(project, incremental=plan is not None and plan.dirty):
        if plan is not None and plan.dirty:
            _render(paths, site_dir, dirty=True)
        elif jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
            _render_in_parallel(paths, site_dir, jobs)
        else:
            _render(paths, site_dir)
    timings["render"] = time.perf_counter() - mark

    for name, step in POST_STEPS:
        mark = time.perf_counter()
        step(project, site_dir)
        timings[name] = time.perf_counter() - mark
    incremental_builds.record(paths, project, site_dir)
    pages = sum(1 for _ in site_dir.rglob("index.html"))
    return BuildResult(site_dir, pages, time.perf_counter() - started, timings)


def _validate(paths: Paths) -> Project:
    project, problems = validate(paths)
    if problems or project is None:
        raise ProblemsFound(problems)
    return project


def _render(paths: Paths, site_dir: Path, dirty: bool = False) -> None:
    """MkDocs in strict mode, in this process: a warning fails the build."""
    with _render_environment(paths):
        _mkdocs_build(paths, site_dir, dirty)


def _render_in_parallel(paths: Paths, site_dir: Path, jobs: int) -> None:
    """Empty ``site_dir``, then render its shards in ``jobs`` forked processes at once.

    The first failure stops the others and fails the build with its message; so do
    Ctrl-C and SIGTERM. No rendering process outlives this function."""
    context = multiprocessing.get_context("fork")  # the processes inherit the validated project
    workers: dict[Connection, multiprocessing.process.BaseProcess] = {}
    with _render_environment(paths), _terminate_as_interrupt():
        clean_directory(str(site_dir))
        try:
            for index in range(jobs):
                results, sender = context.Pipe(duplex=False)
                worker = context.Process(target=_render_shard, name=f"terpadu-render-{index}",
                                         args=(paths, site_dir, Shard(index, jobs), sender))
                mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)  # until it has its own handlers
                try:
                    worker.start()
                finally:
                    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
                sender.close()  # ours is closed, so a dead worker's end reads as EOF
                workers[results] = worker
            pending = dict(workers)
            while pending:
                for results in wait(list(pending)):
                    worker = pending.pop(results)
                    try:
                        failure = results.recv()
                    except EOFError:
                        worker.join()
                        failure = _unexpected_end(worker.exitcode)
                    if failure is not None:
                        raise BuildFailed(failure)
        finally:
            for worker in workers.values():
                if worker.is_alive():
                    worker.terminate()
            for results, worker in workers.items():
                worker.join()
                results.close()


def _render_shard(paths: Paths, site_dir: Path, shard: Shard, results: Connection) -> None:
    """One rendering process: MkDocs' build of one shard, in dirty mode on the emptied folder.
    Sends ``None`` when done, or the message that fails the build."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches every process; the parent stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # and does so with SIGTERM
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    os.environ[SHARD_ENV_VAR] = shard.to_env()
    mkdocs_logger = logging.getLogger("mkdocs")
    if not shard.first and mkdocs_logger.getEffectiveLevel() == logging.INFO:
        mkdocs_logger.setLevel(logging.WARNING)  # "Documentation built in ..." once, from shard 0
    try:
        _mkdocs_build(paths, site_dir, dirty=True)
        results.send(None)
    except BuildFailed as exc:
        results.send(str(exc))
    except Exception:  # a bug, not the user's mistake: show where
        results.send(f"rendering shard {shard.to_env()} crashed:\n{traceback.format_exc()}")


def _unexpected_end(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:  # killed, most often by the kernel for memory
        return (f"a rendering process was killed (signal {-exitcode}); if the machine ran out "
                "of memory, build with fewer processes (--jobs)")
    return f"a rendering process stopped unexpectedly (exit code {exitcode})"


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (a CI job cancelled) stops the rendering processes the way Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _render_environment(paths: Paths) -> Iterator[None]:
    """What every render needs: fixed timestamps, the whole site, no dirty-mode warnings."""
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(source_date_epoch(paths.root)))
    os.environ.pop(PREVIEW_ENV_VAR, None)  # a build is always of the whole site
    quiet = incremental_builds.HideDirtyWarning()
    logging.getLogger("mkdocs.commands.build").addFilter(quiet)
    try:
        yield
    finally:
        logging.getLogger("mkdocs.commands.build").removeFilter(quiet)


def _mkdocs_build(paths: Paths, site_dir: Path, dirty: bool) -> None:
    """MkDocs' own build, strict; its failures become :class:`BuildFailed`."""
    try:
        config = load_config(str(paths.config_file), strict=True, site_dir=str(site_dir))
        mkdocs_build(config, dirty=dirty)
    except ConfigurationError as exc:
        raise BuildFailed(f"{paths.config_file.name}: {exc}") from None
    except Abort as exc:
        raise BuildFailed(f"MkDocs stopped: {exc}") from None
    except BuildError as exc:
        raise BuildFailed(str(exc)) from None


def source_date_epoch(root: Path) -> int:
    """Build timestamps come from the last commit, so two builds of it are identical."""
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%ct"],
            capture_output=True, text=True, check=True, timeout=10,
        ).stdout.strip()
        return int(out)
    except (OSError, subprocess.SubprocessError, ValueError):
        return int(time.time())
