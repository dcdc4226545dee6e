"""The service catalogue: services (``content/layanan/``), the apps registry
(``units/_apps.yml``), their pages, JSON-LD, open data and compliance figures.

:func:`install` adds the ``layanan`` page type to the content stage;
:mod:`terpadu.project` calls it once, explicitly, before any scan, and lists the
catalogue's cross-file check with the others.
"""

from __future__ import annotations

_installed = False


def install() -> None:
    """Register the ``layanan`` page type and the cross-file checks (idempotent)."""
    global _installed
    if _installed:
        return
    from terpadu.catalogue.models import ServiceMeta
    from terpadu.content import kinds

    kinds.register("layanan", ServiceMeta, folder="layanan")
    _installed = True
