"""Per-site configuration for build_fixtures.py: CMS family, URL scheme, boilerplate,
fault routes, traps and redirects (copied into each site's _site.yml)."""

ADDR = "Jl. Pattimura No. 20, Kebayoran Baru, Jakarta Selatan 12110"
ARCHIVE = ["Desember 2023", "November 2023", "Oktober 2023", "Maret 2023", "Juli 2022"]

COMMON_SECTIONS = {"berita": "berita", "pengumuman": "pengumuman", "regulasi": "regulasi",
                   "layanan": "layanan", "profil": "profil"}


def _site(unit, host, family, **kw):
    d = {
        "unit": unit, "host": host, "family": family, "variant": "a", "aliases": [],
        "prefix": "", "sections": dict(COMMON_SECTIONS), "lazy": False, "date_style": "long",
        "body_class": "isi-berita", "charset_lie": False, "sitemap": False,
        "robots": "User-agent: *\nAllow: /\n", "faults": {}, "traps": {}, "redirects": {},
        "cookie": "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda saat menjelajah.",
        "tagline": "Melayani dengan sepenuh hati, membangun negeri.",
        "footer_note": "Seluruh konten dapat digunakan dengan mencantumkan sumber.",
        "share": "Bagikan:", "related_label": "Baca Juga", "popular_label": "Berita Populer",
        "address": ADDR, "email": "humas@pu.go.id", "article_pattern": None, "extra_links": [],
        "archive_months": ARCHIVE,
    }
    d.update(kw)
    d.setdefault("copyright", None)
    return d


SITES = {
    "setjen": _site(
        "setjen", "pu.go.id", "portal", aliases=["www.pu.go.id"], sitemap=True,
        sections={"berita": "berita", "pengumuman": "pengumuman", "regulasi": "produk-hukum",
                  "layanan": "layanan", "profil": "profil"},
        cookie="Kami menggunakan cookie untuk analitik dan personalisasi konten di portal ini.",
        tagline="Portal Resmi Kementerian Pekerjaan Umum Republik Indonesia.",
        footer_note="Kementerian Pekerjaan Umum: infrastruktur untuk rakyat, dari Sabang sampai Merauke.",
        copyright="Hak Cipta © 2024 Kementerian Pekerjaan Umum. Seluruh hak dilindungi.",
        share="Bagikan artikel ini:", related_label="Berita Terkait", popular_label="Terpopuler",
        redirects={"/index.php/berita": {"to": "/berita", "status": 302},
                   "/siaran-pers": {"to": "/berita", "status": 301}},
        robots="User-agent: *\nDisallow: /admin/\nSitemap: https://pu.go.id/sitemap.xml\n"),
    "itjen": _site(
        "itjen", "itjen.pu.go.id", "php", variant="b", prefix="/index.php", charset_lie=True,
        body_class="konten-berita", date_style="long",
        cookie="Dengan melanjutkan, Anda menyetujui penggunaan “cookie” di situs Itjen – terima kasih.",
        tagline="Inspektorat Jenderal – Mitra Strategis Menuju Zona Integritas.",
        footer_note="Laporkan dugaan penyimpangan melalui Whistleblowing System – identitas Anda dirahasiakan.",
        share="Sebarkan:"),
    "sda": _site(
        "sda", "sda.pu.go.id", "balai", aliases=["www.sda.pu.go.id"], lazy=True,
        date_style="short_wib",
        sections={"berita": "berita", "pengumuman": "pengumuman", "regulasi": "nspk",
                  "layanan": "layanan", "profil": "profil"},
        cookie="Situs SDA memakai cookie agar layanan informasi air lebih cepat dimuat.",
        tagline="Air untuk Kehidupan: Ditjen Sumber Daya Air.",
        footer_note="Pantau tinggi muka air dan informasi banjir melalui kanal resmi balai wilayah sungai.",
        related_label="Baca Juga", popular_label="Terbanyak Dibaca",
        redirects={"/berita/arsip-lama": {"to": "/berita/arsip-baru", "status": 302},
                   "/berita/arsip-baru": {"to": "/berita/arsip-lama", "status": 302}},
        traps={"/agenda": {"kind": "calendar", "param": "bulan", "start": "2023-04"}},
        extra_links=[{"url": "/berita/arsip-lama", "title": "Arsip Berita 2015–2019"},
                     {"url": "/agenda?bulan=2023-04", "title": "Agenda Kegiatan"}]),
    "binamarga": _site(
        "binamarga", "binamarga.pu.go.id", "php", variant="a", prefix="/index.php", lazy=True,
        aliases=["www.binamarga.pu.go.id"], sitemap=True, body_class="isi-berita",
        date_style="long",
        cookie="Website ini menggunakan cookie. Dengan tetap berselancar, Anda menyetujuinya.",
        tagline="Jalan Mantap, Indonesia Terhubung.",
        footer_note="Informasi kondisi jalan nasional diperbarui setiap hari oleh balai pelaksanaan jalan.",
        related_label="Berita Terkait", popular_label="Berita Populer",
        robots="User-agent: *\nDisallow: /index.php/admin/\nSitemap: https://binamarga.pu.go.id/sitemap.xml\n",
        faults={"/index.php/berita/rekap-lalu-lintas-mudik-2023": {"kind": "slow", "file": "_faults/slow.html"},
                "/index.php/berita/data-jalan-mantap-2023": {"kind": "flaky", "succeed_on": 3, "file": "_faults/flaky.html"},
                "/index.php/unduh/peta-jalan-nasional-2023.html": {"kind": "huge", "size_mb": 50}},
        extra_links=[{"url": "/index.php/berita/rekap-lalu-lintas-mudik-2023", "title": "Rekap Lalu Lintas Mudik 2023"},
                     {"url": "/index.php/berita/data-jalan-mantap-2023", "title": "Data Kemantapan Jalan 2023"},
                     {"url": "/index.php/unduh/peta-jalan-nasional-2023.html", "title": "Unduh Peta Jalan Nasional 2023"},
                     {"url": "/index.php/berita/jembatan-lama-yang-sudah-dihapus", "title": "Jembatan Gantung Desa Terisolasi"}]),
    "ciptakarya": _site(
        "ciptakarya", "ciptakarya.pu.go.id", "php", variant="b", prefix="/index.php",
        body_class="konten-berita", date_style="slash",
        cookie="Kami memakai cookie untuk memahami cara Anda menggunakan situs Cipta Karya.",
        tagline="Permukiman Layak Huni dan Berkelanjutan.",
        footer_note="Cipta Karya: air minum aman, sanitasi layak, permukiman tertata.",
        related_label="Berita Lainnya", popular_label="Paling Banyak Dilihat",
        robots="User-agent: *\nDisallow: /internal/\nDisallow: /cari\n",
        faults={"/index.php/berita/galeri-video-kotaku": {"kind": "reset"},
                "/index.php/berita/laporan-kinerja-2022": {"kind": "truncated", "file": "_faults/truncated.html"}},
        extra_links=[{"url": "/index.php/berita/galeri-video-kotaku", "title": "Galeri Video Kotaku"},
                     {"url": "/index.php/berita/laporan-kinerja-2022", "title": "Laporan Kinerja 2022"},
                     {"url": "/internal/notulen-rapat-koordinasi-internal", "title": "Intranet: Notulen Rapat"}]),
    "perumahan": _site(
        "perumahan", "perumahan.pu.go.id", "php", variant="c", lazy=True, body_class="detail-content",
        date_style="dash",
        cookie="Situs ini menyimpan cookie di perangkat Anda untuk keperluan statistik kunjungan.",
        tagline="Rumah Layak untuk Semua.",
        footer_note="Ditjen Perumahan mendukung penyediaan hunian layak dan terjangkau bagi masyarakat.",
        faults={"/berita/brosur-rusun-2023.html": {"kind": "binary", "file": "_faults/brosur.pdf",
                                                    "content_type": "text/html; charset=utf-8"},
                "/berita/unduh/panduan-bsps-2023": {"kind": "binary", "file": "_faults/brosur.pdf",
                                                     "content_type": "application/pdf"},
                "/berita/statistik-hunian": {"kind": "error", "status": 500}},
        extra_links=[{"url": "/berita/brosur-rusun-2023.html", "title": "Brosur Rusun 2023"},
                     {"url": "/berita/unduh/panduan-bsps-2023", "title": "Panduan BSPS 2023"},
                     {"url": "/berita/statistik-hunian", "title": "Statistik Hunian Nasional"}]),
    "binakonstruksi": _site(
        "binakonstruksi", "binakonstruksi.pu.go.id", "php", variant="d", prefix="/index.php",
        body_class="post-body", date_style="plain",
        sections={"berita": "berita", "pengumuman": "pengumuman", "regulasi": "nspk",
                  "layanan": "layanan", "profil": "profil"},
        cookie="Cookie digunakan untuk menjaga sesi dan preferensi bahasa Anda.",
        tagline="Konstruksi Indonesia yang Kompeten dan Berdaya Saing.",
        footer_note="Sertifikasi tenaga kerja konstruksi tidak dipungut biaya di luar ketentuan resmi."),
    "pembiayaan": _site(
        "pembiayaan", "pembiayaan.pu.go.id", "php", variant="a", body_class="isi-berita",
        date_style="slash", article_pattern="/{sec}/read/{id}/{slug}",
        cookie="Situs Pembiayaan Infrastruktur menggunakan cookie pihak ketiga untuk analitik.",
        tagline="Pembiayaan Kreatif untuk Infrastruktur Berkelanjutan.",
        footer_note="Informasi KPBU yang dimuat di situs ini bersifat umum dan bukan penawaran investasi."),
    "bpiw": _site(
        "bpiw", "bpiw.pu.go.id", "php", variant="c", body_class="detail-content", date_style="long",
        cookie="Kami menggunakan cookie supaya peta interaktif dapat bekerja dengan baik.",
        tagline="Keterpaduan Infrastruktur Berbasis Pengembangan Wilayah.",
        footer_note="Data spasial BPIW dapat dimanfaatkan untuk perencanaan dengan menyebutkan sumbernya."),
    "bpsdm": _site(
        "bpsdm", "bpsdm.pu.go.id", "php", variant="d", body_class="post-body", date_style="dash",
        cookie="Situs BPSDM memakai cookie untuk menyimpan sesi pendaftaran pelatihan.",
        tagline="SDM Unggul, Infrastruktur Andal.",
        footer_note="Pendaftaran pelatihan tidak dipungut biaya; waspadai penipuan yang mengatasnamakan BPSDM.",
        robots="User-agent: *\nDisallow: /admin/\nDisallow: /arsip\n",
        faults={"/berita/jadwal-pelatihan-2023": {"kind": "charset", "file": "_faults/charset.html",
                                                   "encode": "utf-8", "header_charset": "iso-8859-1"}},
        traps={"/arsip": {"kind": "endless", "param": "page"}},
        extra_links=[{"url": "/berita/jadwal-pelatihan-2023", "title": "Jadwal Pelatihan 2023"},
                     {"url": "/arsip?page=1", "title": "Arsip Dokumen"}]),
    "bpjt": _site(
        "bpjt", "bpjt.pu.go.id", "wp", sitemap=True, date_style="plain",
        cookie="Situs web ini menggunakan cookie untuk memastikan Anda mendapatkan pengalaman terbaik.",
        tagline="Badan Pengatur Jalan Tol – Jalan Tol Aman, Nyaman, Andal.",
        footer_note="Informasi tarif tol resmi hanya yang diumumkan melalui kanal BPJT.",
        share="Bagikan ini:", related_label="Terkait", popular_label="Pos-pos Terbaru",
        robots="User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: https://bpjt.pu.go.id/wp-sitemap.xml\n",
        redirects={"/berita-tol/": {"to": "/category/berita/", "status": 301}},
        extra_links=[{"url": "/2019/01/07/tol-lama-dihapus/", "title": "Tol Lama (tautan rusak)"},
                     {"url": "/berita-tol/", "title": "Berita Tol (alamat lama)"}]),
    "lpjk": _site(
        "lpjk", "lpjk.pu.go.id", "wp", sitemap=True, date_style="plain",
        cookie="LPJK menggunakan cookie untuk menyimpan preferensi Anda di perangkat ini.",
        tagline="Lembaga Pengembangan Jasa Konstruksi – Profesional dan Terpercaya.",
        footer_note="Waspada calo sertifikasi: seluruh layanan LPJK dilakukan melalui sistem daring resmi.",
        share="Bagikan ini:", related_label="Terkait", popular_label="Pos-pos Terbaru",
        robots="User-agent: *\nDisallow: /wp-admin/\nSitemap: https://lpjk.pu.go.id/wp-sitemap.xml\n"),
}

NAMES = {}  # filled from corpus (name/short) by build_fixtures
