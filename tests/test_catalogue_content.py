"""The catalogue as written: enough real services and apps, and `terpadu check` passes."""

from __future__ import annotations

from tests.catalogue_support import ROOT, catalogue, run_cli


def test_catalogue_holds_at_least_30_services_of_8_units_and_20_apps():
    services = catalogue().services
    assert len(services) >= 30
    assert len({u for s in services for u in s.meta.units}) >= 8
    assert len(catalogue().apps) >= 20


def test_check_passes_on_the_repository():
    result = run_cli("check", cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_uncertain_values_are_marked_for_review_not_invented():
    marked = [s for s in catalogue().services if s.meta.review]
    assert len(marked) >= 20
    assert any(a.review for a in catalogue().apps)
    assert catalogue().get("pbg").meta.search_terms[0] == "IMB"
