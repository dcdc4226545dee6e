"""Shared fixtures: a copy of the project to break, the real site built once, a loopback
server for it, and headless Chromium (Debian's, driven by Playwright)."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from terpadu.build import run_build
from terpadu.project import Paths

REPO = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("content", "units", "overrides", "mkdocs.yml")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def copy_project(target: Path) -> Path:
    """A private copy of the project (content, units, overrides, mkdocs.yml) to modify."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        elif source.exists():
            shutil.copy2(source, target / part)
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's real site, built once per test session."""
    site_dir = tmp_path_factory.mktemp("built") / "site"
    run_build(Paths.at(REPO), site_dir)
    return site_dir


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site served over real HTTP on 127.0.0.1 (a free port)."""
    yield from _serve(built_site)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium. Playwright never downloads a browser here."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


# --- search (issue 5): the real project plus a few dated articles, built and served once ---

SEARCH_ARTICLES = Path(__file__).resolve().parent / "data" / "search_articles"


def _serve(directory: Path, handler: type[SimpleHTTPRequestHandler] | None = None) -> Iterator[str]:
    """Serve ``directory`` over real HTTP on 127.0.0.1 (a free port) until the fixture ends."""
    handler = handler or _QuietHandler
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def search_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's site with the news, announcements and regulations of
    ``tests/data/search_articles`` added (the repository itself holds no articles yet), so
    ranking, filters and date sort meet real dated pages. Built once, Pagefind included."""
    root = copy_project(tmp_path_factory.mktemp("search") / "project")
    shutil.copytree(SEARCH_ARTICLES, root / "content", dirs_exist_ok=True)
    site_dir = root / "site"
    run_build(Paths.at(root), site_dir)
    return site_dir


@pytest.fixture(scope="session")
def search_url(search_site: Path) -> Iterator[str]:
    """``search_site`` over real HTTP on 127.0.0.1."""
    yield from _serve(search_site)


# --- Browser checks of what citizens see (ux): a site with sample articles, served with
# its real 404 page, opened at phone and desktop widths. ---

SAMPLE_CONTENT = Path(__file__).resolve().parent / "data" / "sample_content"
ARTIFACTS = REPO / "artifacts"


class _SiteHandler(_QuietHandler):
    """Serves 404.html with status 404 for missing paths, like the production host."""

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser dropped a request it no longer needed (navigation, close)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory, "404.html")
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project plus a few editor-written articles (tests/data/sample_content), built once."""
    project_dir = copy_project(tmp_path_factory.mktemp("sample") / "project")
    shutil.copytree(SAMPLE_CONTENT, project_dir / "content", dirs_exist_ok=True)
    return run_build(Paths.at(project_dir), project_dir / "site").site_dir


@pytest.fixture(scope="session")
def sample_url(sample_site: Path) -> Iterator[str]:
    yield from _serve(sample_site, _SiteHandler)
