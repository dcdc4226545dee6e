"""`terpadu new layanan`: a complete, explained file that passes `check` once filled."""

from __future__ import annotations

from tests.catalogue_support import copy_project, run_cli

from terpadu.scaffold import slugify

FILLED = {
    'description: ""': "description: Layanan uji yang dibuat dengan terpadu new.",
    "audience: []": "audience: [masyarakat]",
    'category: ""': "category: informasi",
    "channels: []": "channels: [{kind: surel, email: sda@pu.go.id}]",
    "  persyaratan: []": "  persyaratan: [KTP]",
    "  prosedur: []": "  prosedur: [Kirim surel]",
    '    uraian: ""': "    uraian: 5 hari kerja",
    "  produk: []": "  produk: [Jawaban]",
    '  pengaduan: ""': "  pengaduan: Melalui pengaduan.pu.go.id.",
    "  dasar_hukum: []": "  dasar_hukum: [UU Nomor 25 Tahun 2009]",
}


def test_slugify():
    assert slugify("Persetujuan Bangunan Gedung (PBG)") == "persetujuan-bangunan-gedung-pbg"
    assert slugify("Pelatihan Daring — Jasa Konstruksi") == "pelatihan-daring-jasa-konstruksi"


def test_new_service_has_every_field_fails_check_until_filled_then_passes(tmp_path):
    project = copy_project(tmp_path)
    result = run_cli("new", "layanan", "Layanan Uji Baru", "--unit", "sda", cwd=project)
    assert result.returncode == 0, result.stderr
    path = project / "content/layanan/layanan-uji-baru.md"
    assert result.stdout.startswith("Wrote content/layanan/layanan-uji-baru.md.")
    text = path.read_text(encoding="utf-8")
    for key in ("title", "units", "sector", "search_terms", "related", "status", "reviewed",
                "featured", "review", "sarana_prasarana", "evaluasi_kinerja"):
        assert f"{key}:" in text
    assert text.count("\n  # ") >= 14  # every component explained

    unfilled = run_cli("check", cwd=project)
    assert unfilled.returncode == 1
    assert unfilled.stderr.splitlines()[-1] == f"{len(FILLED)} problem(s) found."
    assert all(line.startswith("content/layanan/layanan-uji-baru.md:")
               for line in unfilled.stderr.splitlines()[:-1])

    for old, new in FILLED.items():
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    filled = run_cli("check", cwd=project)
    assert filled.returncode == 0, filled.stderr


def test_new_never_overwrites_and_rejects_unknown_unit(tmp_path):
    project = copy_project(tmp_path)
    existing = project / "content/layanan/pbg.md"
    before = existing.read_bytes()
    again = run_cli("new", "layanan", "PBG", "--unit", "ciptakarya", cwd=project)
    assert again.returncode == 1
    assert again.stderr == ("Error: content/layanan/pbg.md already exists; choose another name or --slug "
                            "(files are never overwritten)\n")
    assert existing.read_bytes() == before
    unknown = run_cli("new", "layanan", "Apa Saja", "--unit", "sdaa", cwd=project)
    assert unknown.returncode == 1 and "unknown unit 'sdaa'" in unknown.stderr
    assert not (project / "content/layanan/apa-saja.md").exists()
