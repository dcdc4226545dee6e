"""Import stage: crawl the old sites, extract, convert and write ``content/`` safely.

``run_import(paths, registry, unit_ids, options)`` is the whole lifecycle
(see :mod:`terpadu.importer.pipeline`); it returns an :class:`ImportReport`.
"""

from terpadu.importer.pipeline import ImportOptions, Stages, run_import
from terpadu.importer.report import ImportReport, UnitReport

__all__ = ["ImportOptions", "ImportReport", "Stages", "UnitReport", "run_import"]
