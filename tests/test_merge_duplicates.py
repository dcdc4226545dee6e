from __future__ import annotations

import datetime as dt
from pathlib import Path

from terpadu.merge.duplicates import (
    Candidate, Cluster, DuplicateSettings, find_duplicates, load_settings, render_report,
)

STORY = (
    "Menteri Pekerjaan Umum meresmikan Bendungan Sepaku Semoi di Kabupaten Penajam Paser Utara, "
    "Kalimantan Timur. Bendungan dengan kapasitas tampung 11,6 juta meter kubik ini menjadi sumber "
    "air baku bagi Ibu Kota Nusantara dengan debit 2.500 liter per detik. Pembangunan dimulai pada "
    "tahun 2020 dan selesai tepat waktu meskipun menghadapi tantangan cuaca. Selain air baku, "
    "bendungan juga berfungsi mengendalikan banjir di hilir Sungai Sepaku dan menjadi kawasan "
    "konservasi. Menteri meminta balai wilayah sungai menjaga operasi dan pemeliharaan agar manfaat "
    "bendungan dirasakan masyarakat dalam jangka panjang. Peresmian dihadiri gubernur, bupati, dan "
    "tokoh masyarakat setempat yang menyambut baik kehadiran infrastruktur sumber daya air tersebut."
)
OTHER = (
    "Terowongan pengelak Bendungan Bener di Kabupaten Purworejo tembus setelah penggalian selama "
    "delapan bulan. Progres fisik bendungan kini mencapai 70 persen. Bendungan Bener dirancang "
    "mengairi 15.000 hektare sawah dan menyediakan air baku bagi Kabupaten Purworejo, Kulon Progo, "
    "dan Kebumen. Kontraktor menambah alat berat agar target impounding tercapai."
)


def story(key: str, unit: str, lead: str, caption: str, date: str | None = "2024-08-20",
          title: str = "Kementerian PU Resmikan Bendungan Sepaku Semoi") -> Candidate:
    return Candidate(key, unit, title, f"{lead} {STORY} {caption}",
                     dt.date.fromisoformat(date) if date else None)


REPUBLISHED = [
    story("https://sda.pu.go.id/berita/sepaku-semoi", "sda",
          "Jakarta - Bendungan untuk IKN diresmikan hari ini.", "Foto: Bendungan Sepaku Semoi dari udara."),
    story("https://pu.go.id/berita/siaran-pers-sepaku-semoi", "setjen",
          "SIARAN PERS Kementerian PU.", "Foto: Menteri meninjau pintu pelimpah.", date="2024-08-20"),
    story("https://ciptakarya.pu.go.id/berita/bendungan-sepaku", "ciptakarya",
          "Penajam - Air baku IKN kini tersedia.", "Dok. Humas Cipta Karya.", date="2024-08-21",
          title="Kementerian PU Resmikan Bendungan Sepaku Semoi untuk IKN"),
]
DISTINCT = [
    Candidate("https://sda.pu.go.id/berita/bener", "sda", "Terowongan Pengelak Bendungan Bener Tembus",
              OTHER, dt.date(2024, 5, 2)),
    Candidate("https://pu.go.id/berita/bener-impounding", "setjen",
              "Bendungan Bener Ditargetkan Mulai Impounding Akhir Tahun",
              OTHER.replace("Terowongan pengelak", "Menteri meninjau") + " Impounding ditargetkan akhir tahun.",
              dt.date(2024, 5, 3)),
]
UNIT_ORDER = ["setjen", "binamarga", "sda", "ciptakarya"]


def test_a_story_republished_on_three_sites_is_one_cluster() -> None:
    clusters = find_duplicates(REPUBLISHED + DISTINCT[:1], DuplicateSettings(), UNIT_ORDER)
    assert len(clusters) == 1
    cluster = clusters[0]
    assert cluster.members == tuple(sorted(c.key for c in REPUBLISHED))
    # earliest date first; on a tie (sda and setjen, both 20 August) the registry's order decides
    assert cluster.canonical == "https://pu.go.id/berita/siaran-pers-sepaku-semoi"
    assert 0.6 < cluster.similarity < 1


def test_similar_but_distinct_stories_stay_apart() -> None:
    # about the same dam, sharing most of the text, but a different story at this threshold
    assert find_duplicates(DISTINCT, DuplicateSettings()) == []


def test_the_threshold_is_configurable() -> None:
    assert find_duplicates(REPUBLISHED, DuplicateSettings(threshold=0.99)) == []
    assert len(find_duplicates(REPUBLISHED, DuplicateSettings(threshold=0.3, shingle_size=2))) == 1


def test_an_editor_splits_a_wrong_cluster() -> None:
    ciptakarya = REPUBLISHED[2].key
    settings = DuplicateSettings(not_duplicates=[[REPUBLISHED[0].key, ciptakarya],
                                                 [REPUBLISHED[1].key, ciptakarya]])
    clusters = find_duplicates(REPUBLISHED, settings, UNIT_ORDER)
    assert [c.members for c in clusters] == [tuple(sorted([REPUBLISHED[0].key, REPUBLISHED[1].key]))]


def test_the_result_does_not_depend_on_input_order() -> None:
    forward = find_duplicates(REPUBLISHED + DISTINCT, DuplicateSettings(), UNIT_ORDER)
    backward = find_duplicates(list(reversed(REPUBLISHED + DISTINCT)), DuplicateSettings(), UNIT_ORDER)
    assert forward == backward


def test_only_stories_of_different_units_published_close_together_merge() -> None:
    undated = story("https://bpiw.pu.go.id/layanan/sepaku", "bpiw", "", "", date=None)
    same_unit = story("https://sda.pu.go.id/berita/sepaku-semoi-2", "sda", "Ulang.", "")
    year_later = story("https://bpiw.pu.go.id/berita/sepaku", "bpiw", "", "", date="2025-08-20")
    for other in (undated, same_unit, year_later):
        assert find_duplicates([REPUBLISHED[0], other], DuplicateSettings()) == [], other.key
    assert len(find_duplicates([REPUBLISHED[0], year_later], DuplicateSettings(max_days_apart=400))) == 1


def test_a_template_shared_by_announcements_is_not_one_story() -> None:
    template = "Dengan ini diumumkan kepada seluruh peserta bahwa jadwal kegiatan berikut berlaku. " * 4
    a = Candidate("https://sda.pu.go.id/pengumuman/a", "sda", "Pengumuman Lelang Embung Desa",
                  template + "Lokasi Jawa Timur.", dt.date(2024, 1, 2))
    b = Candidate("https://bpjt.pu.go.id/pengumuman/b", "bpjt", "Pengumuman Pemeliharaan Gerbang Tol",
                  template + "Lokasi Cikampek.", dt.date(2024, 1, 3))
    assert find_duplicates([a, b], DuplicateSettings()) == []
    assert len(find_duplicates([a, b], DuplicateSettings(title_threshold=0))) == 1


def test_settings_come_from_migration_settings_with_lines(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == (DuplicateSettings(), [])
    (tmp_path / "migration").mkdir()
    (tmp_path / "migration" / "settings.yml").write_text(
        "duplicates:\n  threshold: 0.7\n  shingle_size: 4\n  not_duplicates:\n    - [a, b]\n")
    assert load_settings(tmp_path) == (
        DuplicateSettings(threshold=0.7, shingle_size=4, not_duplicates=[["a", "b"]]), [])
    (tmp_path / "migration" / "settings.yml").write_text("duplicates:\n  threshold: 2\n  treshold: 0.5\n")
    _, problems = load_settings(tmp_path)
    assert [str(p) for p in problems] == [
        "migration/settings.yml:2: duplicates.threshold: Input should be less than or equal to 1",
        "migration/settings.yml:3: unknown field 'duplicates.treshold'",
    ]


def test_the_report_lists_every_member_so_an_editor_can_split() -> None:
    cluster = Cluster(REPUBLISHED[1].key, tuple(sorted(c.key for c in REPUBLISHED)), 0.81)
    report = render_report([cluster], REPUBLISHED)
    assert "## 1. Kementerian PU Resmikan Bendungan Sepaku Semoi" in report
    assert f"| ★ | setjen | 2024-08-20 | Kementerian PU Resmikan Bendungan Sepaku Semoi | {REPUBLISHED[1].key} |" \
        in report
    assert f"|  | ciptakarya | 2024-08-21 | Kementerian PU Resmikan Bendungan Sepaku Semoi untuk IKN | " \
           f"{REPUBLISHED[2].key} |" in report
    assert "not_duplicates:" in report
