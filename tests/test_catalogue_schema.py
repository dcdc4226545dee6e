"""The committed JSON Schemas match the models (editors' completion never goes stale)."""

from __future__ import annotations

import json

from tests.catalogue_support import ROOT, copy_project, run_cli

from terpadu.catalogue import schema
from terpadu.catalogue.models import COMPONENTS


def test_committed_schemas_are_up_to_date():
    assert schema.stale(ROOT) == [], "run `terpadu schema` and commit schemas/"


def test_service_schema_requires_delivery_components_and_dasar_hukum_only():
    data = json.loads((ROOT / "schemas/layanan.schema.json").read_text(encoding="utf-8"))
    standar = data["$defs"]["StandarPelayanan"]
    assert set(standar["required"]) == set(list(COMPONENTS)[:7])
    assert set(standar["properties"]) == set(COMPONENTS)
    assert standar["additionalProperties"] is False
    assert "search_terms" in data["properties"]


def test_schema_check_command_fails_when_stale(tmp_path):
    project = copy_project(tmp_path)
    assert run_cli("schema", "--check", cwd=project).returncode == 0
    (project / "schemas/layanan.schema.json").write_text("{}\n", encoding="utf-8")
    result = run_cli("schema", "--check", cwd=project)
    assert result.returncode == 1
    assert "schemas/layanan.schema.json:0: out of date" in result.stderr
