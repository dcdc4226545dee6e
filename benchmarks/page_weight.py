"""Page weight per page type on a first visit, as citizens' phones download it.

Builds the project with the sample articles of tests/data/sample_content (or measures an
already built site with --site), serves it on 127.0.0.1, opens each page type in Debian's
headless Chromium with an empty cache and prints the gzip-compressed bytes of HTML, CSS,
JS, fonts and data it fetched. Needs the test extras: pip install -e '.[test]'.

    python benchmarks/page_weight.py [--site site/]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path.insert(0, str(TESTS))

from browser import PAGE_TYPES, measure_weight, weight_table  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_ARGS, SAMPLE_CONTENT, _SiteHandler, copy_project  # noqa: E402

from terpadu.build import run_build  # noqa: E402
from terpadu.project import Paths  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="A built site to measure instead of building one.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            project = copy_project(Path(tmp) / "project")
            shutil.copytree(SAMPLE_CONTENT, project / "content", dirs_exist_ok=True)
            site = run_build(Paths.at(project), project / "site").site_dir
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_SiteHandler, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            pages = {name: path.split("?", 1)[0] for name, path in PAGE_TYPES.items()}
            pages["cari + kata kunci"] = PAGE_TYPES["cari"]
            weights = {name: measure_weight(browser, url, path, settle="?" in path) for name, path in pages.items()}
            browser.close()
        server.shutdown()
    print(weight_table(weights), end="")


if __name__ == "__main__":
    main()
