"""The catalogue facets in a real headless Chromium (Debian's), served over 127.0.0.1
(the shared ``browser`` and ``site_url`` fixtures of conftest.py)."""

from __future__ import annotations

from tests.catalogue_support import catalogue


def _visible_slugs(page) -> set[str]:
    return set(page.eval_on_selector_all(
        ".tp-catalogue li[data-service]", "els => els.filter(e => !e.hidden).map(e => e.dataset.service)"))


def test_without_javascript_everything_is_listed_and_the_form_stays_hidden(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}layanan/")
    assert not page.locator("#tp-facets").is_visible()
    active = {s.slug for s in catalogue().services if s.meta.status == "aktif"}
    assert _visible_slugs(page) == active
    context.close()


def test_facets_filter_instantly_and_hide_empty_groups(browser, site_url):
    page = browser.new_page()
    page.goto(f"{site_url}layanan/")
    assert page.locator("#tp-facets").is_visible()
    services = [s for s in catalogue().services if s.meta.status == "aktif"]

    page.select_option("#tp-facets select[name=unit]", "sda")
    expected = {s.slug for s in services if "sda" in s.meta.units}
    assert _visible_slugs(page) == expected
    assert page.locator(".tp-facets__count").text_content() == f"{len(expected)} layanan cocok"
    assert page.locator("#unit-sda").is_visible() and not page.locator("#unit-setjen").is_visible()

    page.select_option("#tp-facets select[name=category]", "data")
    assert _visible_slugs(page) == {s.slug for s in services if "sda" in s.meta.units and s.meta.category == "data"}

    page.select_option("#tp-facets select[name=unit]", "")
    page.select_option("#tp-facets select[name=category]", "")
    page.fill("#tp-facets input[name=kata]", "imb")  # a hidden search term of PBG, not in its title
    assert _visible_slugs(page) == {"pbg"}

    page.fill("#tp-facets input[name=kata]", "")
    page.select_option("#tp-facets select[name=audience]", "asn")
    page.select_option("#tp-facets select[name=channel]", "telepon")
    assert _visible_slugs(page) == {s.slug for s in services if "asn" in s.meta.audience
                                    and any(c.kind == "telepon" for c in s.meta.channels)}
    page.close()
