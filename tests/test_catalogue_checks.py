"""Crafted invalid service files: each gives its precise ``path:line: message``, exit 1."""

from __future__ import annotations

import pytest
from tests.catalogue_support import copy_project, run_cli

VALID = """\
---
title: Layanan Uji
description: Layanan untuk menguji pemeriksaan katalog.
units: [sda]
sector: sda
audience: [masyarakat]
category: informasi
channels:
  - kind: online
    app: sihka
related: [data-hidrologi]
status: aktif
reviewed: 2026-11-01
standar_pelayanan:
  persyaratan: [KTP]
  prosedur: [Isi formulir, Terima jawaban]
  jangka_waktu: {uraian: 5 hari kerja, hari_kerja: 5}
  biaya: {gratis: true}
  produk: [Jawaban tertulis]
  pengaduan: Melalui pengaduan.pu.go.id.
  dasar_hukum: [UU Nomor 25 Tahun 2009 tentang Pelayanan Publik]
---

Isi bebas.
"""
PATH = "content/layanan/layanan-uji.md"

# (what is wrong, replace this, with this, the exact problem line)
CASES = [
    ("missing required component", "  produk: [Jawaban tertulis]\n", "",
     f"{PATH}:14: missing required field 'standar_pelayanan.produk'"),
    ("unknown unit", "units: [sda]", "units: [sdaa]",
     f"{PATH}:4: units.0: unknown unit 'sdaa' (known units: "),
    ("unknown app", "app: sihka", "app: sihkaa",
     f"{PATH}:10: channels.0.app: unknown app 'sihkaa' (known apps: "),
    ("channel URL not https", "app: sihka", "url: http://sihka.pu.go.id",
     f"{PATH}:10: channels.0.url: 'http://sihka.pu.go.id' is not an https:// address"),
    ("retired without successor", "status: aktif", "status: dihentikan",
     f"{PATH}:12: status: a retired service ('dihentikan') needs a 'successor' service"),
    ("level-1 heading in the body", "Isi bebas.", "Isi bebas.\n\n# Judul kedua",
     f"{PATH}:26: the page title comes from 'title'; start the text with '##' headings, not '#'"),
    ("related service missing", "related: [data-hidrologi]", "related: [data-hidrologiku]",
     f"{PATH}:11: related.0: no service 'data-hidrologiku' (no file layanan/data-hidrologiku.md)"),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return copy_project(tmp_path_factory.mktemp("project"))


def test_the_crafted_file_is_valid_before_breaking_it(project):
    (project / PATH).write_text(VALID, encoding="utf-8")
    try:
        result = run_cli("check", cwd=project)
    finally:
        (project / PATH).unlink()
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK:")


@pytest.mark.parametrize(("what", "old", "new", "expected"), CASES, ids=[c[0] for c in CASES])
def test_invalid_service_gives_path_line_message(project, what, old, new, expected):
    assert old in VALID
    (project / PATH).write_text(VALID.replace(old, new, 1), encoding="utf-8")
    try:
        result = run_cli("check", cwd=project)
    finally:
        (project / PATH).unlink()
    lines = result.stderr.splitlines()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert [line for line in lines if line.startswith(PATH)] == [
        next(line for line in lines if line.startswith(expected))
    ], result.stderr
    assert lines[-1] == "1 problem(s) found."


def test_every_problem_is_reported_in_one_run_and_build_refuses(project):
    """Cross-file problems come together (a file whose front matter is invalid is reported
    for that first, then for cross-file rules once it validates)."""
    broken = VALID
    for what, old, new, _ in CASES:
        if what not in ("unknown app", "retired without successor", "related service missing"):
            continue
        broken = broken.replace(old, new, 1)
    (project / PATH).write_text(broken, encoding="utf-8")
    try:
        check = run_cli("check", cwd=project)
        build = run_cli("build", "--site-dir", str(project / "out"), cwd=project)
    finally:
        (project / PATH).unlink()
    for result in (check, build):
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert result.stderr.splitlines()[-1] == "3 problem(s) found."
    assert not (project / "out" / "index.html").exists()


def test_a_service_outside_layanan_folder_or_with_a_reserved_name_is_refused(project):
    wrong = project / "content/sda/layanan-uji.md"
    wrong.parent.mkdir(exist_ok=True)
    wrong.write_text(VALID.replace("title:", "type: layanan\ntitle:", 1), encoding="utf-8")
    reserved = project / "content/layanan/kepatuhan.md"
    reserved.write_text(VALID, encoding="utf-8")
    try:
        result = run_cli("check", cwd=project)
    finally:
        wrong.unlink()
        reserved.unlink()
    assert result.returncode == 1
    assert "content/sda/layanan-uji.md:2: a service must be a file directly in layanan/" in result.stderr
    assert "content/layanan/kepatuhan.md:1: 'kepatuhan.md' cannot be a service file name" in result.stderr
