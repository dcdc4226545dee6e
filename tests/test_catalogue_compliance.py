"""Compliance totals: per component, per unit, and for the whole catalogue."""

from __future__ import annotations

from tests.catalogue_support import catalogue

from terpadu.catalogue.compliance import assess
from terpadu.catalogue.models import COMPONENTS


def test_totals_add_up():
    report = assess(catalogue())
    active = [s for s in catalogue().services if s.meta.status == "aktif"]
    assert len(report.services) == len(active) < len(catalogue().services)  # imb is retired
    assert report.possible == 14 * len(active)
    assert report.filled == sum(report.per_component().values()) == sum(r.count for r in report.services)
    for key in list(COMPONENTS)[:7]:  # required components: every service has them
        assert report.per_component()[key] == len(active)
    assert sum(len(u.services) for u in report.units) > len(active)  # joint services count for each owner
    assert sum(u.filled for u in report.units) > report.filled


def test_a_service_counts_for_each_owner_unit():
    report = assess(catalogue())
    skk_units = {u.unit_id for u in report.units if any(r.service.slug == "skk-konstruksi" for r in u.services)}
    assert skk_units == {"lpjk", "binakonstruksi"}
    ppid = next(r for r in report.services if r.service.slug == "permohonan-informasi-publik")
    assert ppid.complete and ppid.count == 14
