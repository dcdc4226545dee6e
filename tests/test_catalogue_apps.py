"""The apps registry (units/_apps.yml) is validated with line numbers by `terpadu check`."""

from __future__ import annotations

from tests.catalogue_support import copy_project, run_cli

BROKEN = """\
apps:
  - id: simbg
    name: SIMBG
    full_name: Sistem Informasi Manajemen Bangunan Gedung
    unit: ciptakarya
    url: https://simbg.pu.go.id
  - id: simbg
    name: SIMBG lama
    full_name: SIMBG versi lama
    unit: ciptakaryaa
    url: http://simbg.pu.go.id
"""


def test_apps_file_problems_have_path_and_line(tmp_path):
    project = copy_project(tmp_path)
    (project / "units/_apps.yml").write_text(BROKEN, encoding="utf-8")
    result = run_cli("check", cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "units/_apps.yml:10: apps.1.unit: unknown unit 'ciptakaryaa'" in result.stderr
    assert "units/_apps.yml:11: apps.1.url: 'http://simbg.pu.go.id' is not an https:// address" in result.stderr


def test_duplicate_app_id_is_reported_at_the_second_one(tmp_path):
    project = copy_project(tmp_path)
    fixed = BROKEN.replace("ciptakaryaa", "ciptakarya").replace("http://", "https://")
    (project / "units/_apps.yml").write_text(fixed, encoding="utf-8")
    result = run_cli("check", cwd=project)
    assert result.returncode == 1
    assert "units/_apps.yml:7: duplicate app id 'simbg'" in result.stderr
