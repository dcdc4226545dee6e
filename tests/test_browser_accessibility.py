"""axe-core in headless Chromium on every page type at phone and desktop width: no serious
or critical violation. Each run also leaves a screenshot and the axe report in artifacts/."""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser import AXE_PAGES, PAGE_TYPES, WIDTHS, open_page
from conftest import ARTIFACTS

BLOCKING = ("serious", "critical")


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", AXE_PAGES)
def test_no_serious_or_critical_axe_violations(browser, sample_url, axe, name: str, width: str) -> None:
    with open_page(browser, sample_url, PAGE_TYPES[name], width) as visit:
        results = axe.run(visit.page)
        shots = ARTIFACTS / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        visit.page.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=True)
    violations = results.response["violations"]
    reports = ARTIFACTS / "axe"
    reports.mkdir(parents=True, exist_ok=True)
    (reports / f"{name}-{width}.json").write_text(json.dumps(
        [{"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": len(v["nodes"]), "targets": [n["target"] for n in v["nodes"][:5]]} for v in violations],
        indent=1, ensure_ascii=False), encoding="utf-8")

    assert len(results.response["passes"]) > 10, "axe did not really check the page"
    blocking = [f"{v['id']} ({v['impact']}): {v['help']} -> {v['nodes'][0]['target']}"
                for v in violations if v["impact"] in BLOCKING]
    assert not blocking, "\n".join(blocking)
    assert not visit.foreign, f"requests to other hosts: {visit.foreign}"
