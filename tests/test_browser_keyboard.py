"""Keyboard only: Tab reaches every visible control, in order, and focus is always visible."""

from __future__ import annotations

import pytest

from browser import PAGE_TYPES, WIDTHS, open_page

# Every element a pointer user can operate and sees: links, form controls, and the labels
# Material uses as buttons for its hidden checkboxes (the menu button). Each gets an id.
CONTROLS_JS = """() => {
  // tabindex=-1 marks a control its author took out of the tab order on purpose (a
  // search field's clear button: selecting and deleting the text does the same).
  const selector = ':is(a[href], button, input:not([type=hidden]), select, textarea, summary, label[for], [tabindex]):not([tabindex="-1"])';
  const visible = el => {
    const box = el.getBoundingClientRect(), style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && box.right > 0 && box.left < innerWidth
      && style.visibility !== 'hidden' && !el.closest('[hidden],[inert]');
  };
  const operable = el => {
    if (el.tagName !== 'LABEL') return true;
    if (el.querySelector('a[href], button, input')) return false;  // its content is the control
    if (!el.textContent.trim() && !el.querySelector('svg')) return false;  // a backdrop: click outside to close
    if (el.closest('form') && el.closest('form').querySelector('input:not([type=hidden])')) return false;  // an icon in a field that is itself reachable
    const target = document.getElementById(el.htmlFor);
    return target && getComputedStyle(target).display === 'none';  // the label is the only way in
  };
  return [...document.querySelectorAll(selector)].filter(el => visible(el) && operable(el)).map((el, i) => {
    el.dataset.kb = i;
    return el.outerHTML.slice(0, 100);
  });
}"""

# The focused element: which control it is, whether it can be seen, and whether it shows
# a focus ring (an outline or a shadow).
FOCUS_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el), box = el.getBoundingClientRect();
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  let shown = box.width > 0 && box.height > 0;
  for (let node = el; node && shown; node = node.parentElement) {
    const s = getComputedStyle(node);
    shown = s.visibility !== 'hidden' && s.display !== 'none';
  }
  const onScreen = box.right > 0 && box.left < innerWidth;
  return {kb: el.dataset.kb ?? null, html: el.outerHTML.slice(0, 100), ring: ring, shown: shown && onScreen};
}"""

MAX_TABS = 150


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["beranda", "layanan", "katalog", "cari"])
def test_tab_reaches_every_control_with_visible_focus(browser, sample_url, name: str, width: str) -> None:
    with open_page(browser, sample_url, PAGE_TYPES[name], width) as visit:
        page = visit.page
        controls = page.evaluate(CONTROLS_JS)
        reached: list[dict] = []
        for _ in range(MAX_TABS):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUS_JS)
            if focused is None or (reached and focused["html"] == reached[0]["html"]):
                break  # back at the start: the whole page has been walked
            reached.append(focused)
    assert controls, "the page has no controls at all"
    reached_ids = {f["kb"] for f in reached}
    missed = [html for i, html in enumerate(controls) if str(i) not in reached_ids]
    assert not missed, f"not reachable by keyboard: {missed}"
    hidden = [f["html"] for f in reached if not f["shown"]]
    assert not hidden, f"focus lands on something the user cannot see: {hidden}"
    no_ring = [f["html"] for f in reached if not f["ring"]]
    assert not no_ring, f"focus not visible on: {no_ring}"


def test_skip_link_is_first_and_moves_to_the_content(browser, sample_url) -> None:
    with open_page(browser, sample_url, PAGE_TYPES["berita"], "ponsel") as visit:
        page = visit.page
        page.keyboard.press("Tab")
        first = page.evaluate("() => document.activeElement.getAttribute('href')")
        assert first == "#pemeliharaan-pintu-air-bendung-menjelang-musim-hujan" or first.startswith("#")
        assert page.evaluate("() => document.activeElement.getBoundingClientRect().height") > 0
        page.keyboard.press("Enter")
        assert page.evaluate("() => location.hash") == first


def test_menu_button_opens_the_navigation_from_the_keyboard_on_a_phone(browser, sample_url) -> None:
    with open_page(browser, sample_url, PAGE_TYPES["berita"], "ponsel") as visit:
        page = visit.page
        menu = page.locator('label.md-header__button[for="__drawer"]')
        assert menu.get_attribute("aria-expanded") == "false"
        assert not page.get_by_role("link", name="Unit Kerja").first.is_visible()
        for _ in range(5):
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement.getAttribute('for')") == "__drawer":
                break
        page.keyboard.press("Space")
        assert menu.get_attribute("aria-expanded") == "true"
        units_link = page.locator(".md-sidebar--primary").get_by_role("link", name="Unit Kerja")
        units_link.wait_for(state="visible")
        units_link.focus()
        page.keyboard.press("Enter")
        page.wait_for_url("**/unit-kerja/")
        assert page.locator("h1").inner_text().startswith("Unit Kerja")
