"""The project ``terpadu build`` has just validated, handed to the plugin in the same process.

The plugin loads the project itself in ``on_config``, so plain ``mkdocs build`` and
``terpadu serve`` (which reloads on every save) work on their own. Inside ``terpadu build``
the content was scanned and validated moments before, and scanning it again costs about
2 s at 10,000 pages; so the build leaves its project here while MkDocs renders, and the
plugin takes it when it is for the same paths. Rendering processes forked by
``terpadu build --jobs N`` inherit it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from terpadu.project import Paths, Project

_validated: Project | None = None
_incremental = False


@contextmanager
def handed_over(project: Project, incremental: bool = False) -> Iterator[None]:
    """Offer ``project`` to the plugin for the length of the ``with`` block;
    ``incremental``: the build renders only what changed (MkDocs' dirty mode)."""
    global _validated, _incremental
    _validated, _incremental = project, incremental
    try:
        yield
    finally:
        _validated, _incremental = None, False


def incremental_build(paths: Paths) -> bool:
    """True inside ``terpadu build --incremental`` when the last build allows it."""
    return _incremental and validated_project(paths) is not None


def validated_project(paths: Paths) -> Project | None:
    """The project handed over for exactly these paths, if any."""
    if _validated is not None and _validated.paths == paths:
        return _validated
    return None
