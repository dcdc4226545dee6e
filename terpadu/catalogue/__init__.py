"""The service catalogue: services (``content/layanan/``), the apps registry
(``units/_apps.yml``), their pages, JSON-LD, open data and compliance figures.

:func:`install` adds the ``layanan`` page type and the catalogue's cross-file checks to
the content stage. :mod:`terpadu.project` calls it once, explicitly, before any scan.
"""

from __future__ import annotations

_installed = False


def install() -> None:
    """Register the ``layanan`` page type and the cross-file checks (idempotent)."""
    global _installed
    if _installed:
        return
    from terpadu.catalogue.checks import check_catalogue
    from terpadu.catalogue.models import ServiceMeta
    from terpadu.content import index, kinds

    kinds.register("layanan", ServiceMeta, folder="layanan")
    index.CROSS_CHECKS.append(check_catalogue)
    _installed = True
