"""``terpadu extract``: a saved file or a URL (from a running mirror over real HTTP)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from terpadu.cli import main
from terpadu.mirror import SITES_DIR, MirrorServer

ROOT = Path(__file__).resolve().parent.parent
ITJEN_URL = ("https://itjen.pu.go.id/index.php/regulasi/"
             "peraturan-menteri-25-tahun-2021-pedoman-penanganan-pengaduan-masyarakat-dan-whis")
BINAMARGA_FILE = SITES_DIR / "binamarga.pu.go.id/index.php/berita/flyover-lingkar-brebes-siap-urai-kepadatan-arus-mudik.html"


@pytest.fixture(scope="module")
def mirror():
    with MirrorServer() as server:
        yield f"127.0.0.1:{server.port}"


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["extract", "--root", str(ROOT), *args], env=env, catch_exceptions=False)


def test_a_url_from_the_mirror_with_a_recipe_as_json(mirror):
    result = run(ITJEN_URL, "--unit", "itjen", "--mirror", mirror, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["method"] == "recipe"
    assert data["url"] == ITJEN_URL  # the old address, never the mirror's
    assert (data["unit_id"], data["type"], data["date"]) == ("itjen", "regulasi", "2021-09-14")
    assert data["regulation"]["nomor"] == "25 Tahun 2021"
    assert "dapat diunduh dalam format PDF" in data["markdown"]


def test_the_mirror_can_come_from_the_environment(mirror):
    result = run(ITJEN_URL, "--format", "text", env={"TERPADU_MIRROR": mirror})
    assert result.exit_code == 0, result.output
    title, date, _, *body = result.output.splitlines()
    assert title.startswith("Peraturan Menteri Nomor 25 Tahun 2021")
    assert date == "2021-09-14"
    assert "Whistleblowing System – identitas Anda dirahasiakan" not in result.output  # footer note


def test_a_saved_file_generic_and_with_its_recipe():
    generic = run(str(BINAMARGA_FILE), "--url", "https://binamarga.pu.go.id/index.php/berita/flyover-lingkar-brebes")
    assert generic.exit_code == 0, generic.output
    assert "method: generic" in generic.output
    recipe = run(str(BINAMARGA_FILE), "--unit", "binamarga",
                 "--url", "https://binamarga.pu.go.id/index.php/berita/flyover-lingkar-brebes")
    assert recipe.exit_code == 0, recipe.output
    front, body = recipe.output.split("\n---\n", 1)
    assert "title: Flyover Lingkar Brebes Siap Urai Kepadatan Arus Mudik" in front
    assert "method: recipe" in front and "type: berita" in front
    assert "![Flyover Lingkar Brebes](https://binamarga.pu.go.id/uploads/berita/2022/" in body
    assert "*Dokumentasi Flyover Lingkar Brebes di Kabupaten Brebes.*" in body


def test_mistakes_are_one_line_and_exit_1(mirror, tmp_path):
    for args, message in [
        (["/tidak/ada.html"], "no such file"),
        (["https://binamarga.pu.go.id/index.php/berita/jembatan-lama-yang-sudah-dihapus", "--mirror", mirror], "HTTP 404"),
        (["https://perumahan.pu.go.id/berita/brosur-rusun-2023.html", "--mirror", mirror], "not html"),
        ([str(BINAMARGA_FILE), "--unit", "tidakada"], "unknown unit 'tidakada'"),
    ]:
        result = CliRunner().invoke(main, ["extract", "--root", str(ROOT), *args])
        assert result.exit_code == 1, (args, result.output)
        assert message in result.output
        assert "Traceback" not in result.output


def test_help_documents_every_option():
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert result.exit_code == 0
    for option in ("--format", "--unit", "--url", "--type", "--mirror", "TERPADU_MIRROR"):
        assert option in result.output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "terpadu extract" in readme
