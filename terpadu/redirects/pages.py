"""Small HTML pages of the transition: the archive page old hosts show for 410 (and 404),
and the redirect pages written into ``site/`` for static hosting."""

from __future__ import annotations

from functools import cache

import jinja2

from terpadu.redirects.models import HostPlan, Plan


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("terpadu.redirects", "templates"),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


def gone_page(plan: Plan, host: HostPlan, ssi: bool) -> str:
    """Shown for 410: the page was retired on purpose. With ``ssi`` (nginx), it links the
    old URL's copy in the Internet Archive."""
    return _environment().get_template("gone.html.j2").render(
        heading="Halaman sudah tidak tersedia",
        message="Halaman ini berasal dari situs lama dan sengaja tidak dipindahkan ke situs baru.",
        unit_name=host.unit_name, host=host.host, site_url=plan.site_url,
        home=plan.absolute(host.home), ssi=ssi,
    )


def not_found_page(plan: Plan, host: HostPlan, ssi: bool) -> str:
    return _environment().get_template("gone.html.j2").render(
        heading="Halaman tidak ditemukan",
        message="Alamat ini tidak dikenal di situs lama dan belum dipetakan ke situs baru.",
        unit_name=host.unit_name, host=host.host, site_url=plan.site_url,
        home=plan.absolute(host.home), ssi=ssi,
    )


def moved_page(target: str) -> str:
    """A meta-refresh page for hosts that cannot send a 301 (``target`` is absolute)."""
    return _environment().get_template("moved.html.j2").render(target=target)


MOVED_MARKER = b'<meta name="generator" content="terpadu redirects">'


def is_moved_page(path) -> bool:
    """Whether a file of ``site/`` is one of our redirect pages (not a real page)."""
    with open(path, "rb") as handle:
        return MOVED_MARKER in handle.read(1024)
