"""The catalogue facets in a real headless Chromium (Debian's), served over 127.0.0.1."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from catalogue_support import built_site, catalogue
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        pass


@pytest.fixture(scope="module")
def base_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(built_site())))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def _visible_slugs(page) -> set[str]:
    return set(page.eval_on_selector_all(
        ".tp-catalogue li[data-service]", "els => els.filter(e => !e.hidden).map(e => e.dataset.service)"))


def test_without_javascript_everything_is_listed_and_the_form_stays_hidden(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/layanan/")
    assert not page.locator("#tp-facets").is_visible()
    active = {s.slug for s in catalogue().services if s.meta.status == "aktif"}
    assert _visible_slugs(page) == active
    context.close()


def test_facets_filter_instantly_and_hide_empty_groups(browser, base_url):
    page = browser.new_page()
    page.goto(f"{base_url}/layanan/")
    assert page.locator("#tp-facets").is_visible()
    services = [s for s in catalogue().services if s.meta.status == "aktif"]

    page.select_option("select[name=unit]", "sda")
    expected = {s.slug for s in services if "sda" in s.meta.units}
    assert _visible_slugs(page) == expected
    assert page.locator(".tp-facets__count").text_content() == f"{len(expected)} layanan cocok"
    assert page.locator("#unit-sda").is_visible() and not page.locator("#unit-setjen").is_visible()

    page.select_option("select[name=category]", "data")
    assert _visible_slugs(page) == {s.slug for s in services if "sda" in s.meta.units and s.meta.category == "data"}

    page.select_option("select[name=unit]", "")
    page.select_option("select[name=category]", "")
    page.fill("input[name=q]", "imb")  # a hidden search term of PBG, not in its title
    assert _visible_slugs(page) == {"pbg"}

    page.fill("input[name=q]", "")
    page.select_option("select[name=audience]", "asn")
    page.select_option("select[name=channel]", "telepon")
    assert _visible_slugs(page) == {s.slug for s in services if "asn" in s.meta.audience
                                    and any(c.kind == "telepon" for c in s.meta.channels)}
    page.close()
