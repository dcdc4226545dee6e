"""Render Material's navigation once per folder for pages outside the nav (ADR 0706).

Every page of a Material site carries the whole site navigation: the tabs and the
sidebar, a few hundred Jinja macro calls each. For a page in the nav that markup marks
the page and its section as active, so it is rendered for that page alone. Articles are
never in the nav (ADR 0002): nothing in it is active for them, and its links are
relative to the page's folder. Two articles in the same folder (``sda/berita/2025/``)
therefore get the same navigation markup, byte for byte; an archive of 10,000 articles
has about 500 such folders. The templates call :class:`NavigationCache` instead of
including the partial, and it renders each (partial, folder) once.

The output is unchanged: ``tests/site/test_navcache.py`` builds a site with and without
the cache and compares every file.
"""

from __future__ import annotations

import posixpath
from typing import Any

import jinja2
from markupsafe import Markup

ENV_GLOBAL = "tp_cached_partial"
CACHED_PARTIALS = frozenset({"partials/nav.html", "partials/tabs.html"})


class NavigationCache:
    """A Jinja global: ``{{ tp_cached_partial("partials/nav.html") }}``."""

    def __init__(self, env: jinja2.Environment) -> None:
        self.env = env
        self._rendered: dict[tuple[str, str], Markup] = {}
        self._nav_pages: tuple[int, frozenset[int]] = (0, frozenset())

    @jinja2.pass_context
    def __call__(self, context: jinja2.runtime.Context, name: str) -> Markup:
        if name not in CACHED_PARTIALS:
            raise ValueError(f"{name} is not a navigation partial")
        page, nav = context.get("page"), context.get("nav")
        if page is None or nav is None or not page.url or self._in_nav(nav, page):
            return self._render(context, name)
        key = (name, folder_of(page.url))
        if key not in self._rendered:
            self._rendered[key] = self._render(context, name)
        return self._rendered[key]

    def _render(self, context: jinja2.runtime.Context, name: str) -> Markup:
        """What ``{% include name %}`` writes: the template with the including context."""
        return Markup(self.env.get_template(name).render(context.get_all()))

    def _in_nav(self, nav: Any, page: Any) -> bool:
        if self._nav_pages[0] != id(nav):  # a new build (preview rebuilds) has a new nav
            self._nav_pages = (id(nav), frozenset(id(p) for p in nav.pages))
            self._rendered.clear()
        return id(page) in self._nav_pages[1]


def folder_of(url: str) -> str:
    """``sda/berita/2025/judul/`` -> ``sda/berita/2025``: what the relative links depend on."""
    return posixpath.dirname(url.rstrip("/"))
