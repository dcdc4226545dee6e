from pathlib import Path

import pytest

from terpadu.registry import load_registry
from tests.conftest import REPO

EXPECTED_HOSTS = {
    "setjen": "pu.go.id", "itjen": "itjen.pu.go.id", "sda": "sda.pu.go.id",
    "binamarga": "binamarga.pu.go.id", "ciptakarya": "ciptakarya.pu.go.id",
    "perumahan": "perumahan.pu.go.id", "binakonstruksi": "binakonstruksi.pu.go.id",
    "pembiayaan": "pembiayaan.pu.go.id", "bpiw": "bpiw.pu.go.id", "bpsdm": "bpsdm.pu.go.id",
    "bpjt": "bpjt.pu.go.id", "lpjk": "lpjk.pu.go.id",
}


def test_the_real_registry_holds_the_twelve_sites():
    registry, problems = load_registry(REPO / "units")
    assert problems == []
    assert {u.id: u.primary_domain for u in registry} == EXPECTED_HOSTS
    assert registry.by_host("WWW.PU.GO.ID").id == "setjen"


def test_housing_moved_to_pkp_in_october_2024():
    registry, _ = load_registry(REPO / "units")
    perumahan = registry.get("perumahan")
    assert perumahan.current.organisation == "Kementerian Perumahan dan Kawasan Permukiman"
    assert str(perumahan.current.start) == "2024-10-21"
    assert perumahan.history[-2].end.isoformat() == "2024-10-20"


def _write(units: Path, name: str, text: str) -> None:
    (units / name).write_text(text, encoding="utf-8")


@pytest.fixture
def units(project: Path) -> Path:
    return project / "units"


def _messages(units: Path) -> list[str]:
    registry, problems = load_registry(units, units.parent)
    assert registry is None
    return [str(p) for p in sorted(problems)]


def test_missing_required_field_names_file_and_line(units: Path):
    text = (units / "bpjt.yml").read_text().replace("english_name: Indonesia Toll Road Authority\n", "")
    _write(units, "bpjt.yml", text)
    assert _messages(units) == ["units/bpjt.yml:1: missing required field 'english_name'"]


def test_every_problem_in_one_run(units: Path):
    bpjt = (units / "bpjt.yml").read_text()
    _write(units, "bpjt.yml", bpjt.replace("kind: badan", "kind: kantor").replace("from: 2005-06-29", "from: 2005-02-30"))
    lpjk = (units / "lpjk.yml").read_text()
    _write(units, "lpjk.yml", lpjk.replace("id: lpjk", "id: sda").replace("sectors: [jasa-konstruksi]", "sectors: [konstruksi]"))
    _write(units, "zz-broken.yml", "id: zz\nname: [unclosed\n")
    messages = _messages(units)
    assert "units/bpjt.yml:5: kind: Input should be 'unor', 'badan' or 'lembaga'" in messages
    assert any(m.startswith("units/bpjt.yml:18: history.0.from:") for m in messages)
    assert "units/sda.yml:1: duplicate unit id 'sda' (also in units/lpjk.yml)" in messages
    assert any(m.startswith("units/lpjk.yml:7: unknown sector 'konstruksi'") for m in messages)
    assert any(m.startswith("units/zz-broken.yml:3: invalid YAML") for m in messages)


def test_unknown_key_is_an_error_not_ignored(units: Path):
    _write(units, "bpsdm.yml", (units / "bpsdm.yml").read_text() + "domian: typo.pu.go.id\n")
    assert _messages(units) == [f"units/bpsdm.yml:{len((units / 'bpsdm.yml').read_text().splitlines())}: unknown field 'domian'"]


def test_a_thirteenth_site_is_only_a_yaml_file(units: Path):
    _write(units, "ditjen-prasarana-strategis.yml", """\
id: prasarana-strategis
name: Direktorat Jenderal Prasarana Strategis
short_name: Ditjen Prasarana Strategis
english_name: Directorate General of Strategic Infrastructure
kind: unor
sectors: [cipta-karya]
domains: [prasaranastrategis.pu.go.id]
contact: {address: "Jl. Pattimura No. 20, Jakarta Selatan"}
history:
  - {organisation: Kementerian Pekerjaan Umum, from: 2024-10-21}
""")
    registry, problems = load_registry(units, units.parent)
    assert problems == []
    assert len(registry) == 13 and registry.get("prasarana-strategis").active
