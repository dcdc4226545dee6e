"""Indonesian sentence banks used by build_fixtures.py to write page bodies.

Every sentence is filled with page-specific facts (object, location, balai,
official, figures drawn from a seeded RNG), so bodies differ page to page and
the output is deterministic.
"""
from __future__ import annotations

import random

HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
BULAN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

PEJABAT = [
    ("Ir. Bambang Sutrisno, M.T.", "Kepala"), ("Dr. Ratna Kusumawati, S.T., M.Sc.", "Kepala"),
    ("Agus Widodo Prasetyo", "Pejabat Pembuat Komitmen"), ("Hendra Saputra, S.T.", "Kepala Satuan Kerja"),
    ("Ir. Dewi Lestari Handayani", "Direktur"), ("Yusuf Maulana Harahap", "Kepala Bidang Pelaksanaan"),
    ("Sri Wahyuningsih, S.E., M.M.", "Sekretaris"), ("Rahmat Hidayat Nasution", "Kepala Seksi Perencanaan"),
    ("Fransiskus Xaverius Lamawuran", "Kepala Satuan Kerja"), ("Ni Made Ayu Pradnyani", "Kepala Bagian Umum"),
    ("Andi Muhammad Syahrir", "Pejabat Pembuat Komitmen"), ("Teuku Rizal Fahmi", "Direktur"),
]

DETAIL = {
    "jalan": [
        "Penanganan ruas tersebut meliputi pelebaran jalur, perbaikan drainase, dan pelapisan ulang aspal sepanjang {km} kilometer.",
        "Hingga pekan ini progres fisik pekerjaan {obj} tercatat {pct} persen dengan nilai kontrak Rp{rp} miliar.",
        "Kondisi jalan mantap di wilayah {loc} kini mencapai {pct2} persen setelah penanganan tahun anggaran {tahun}.",
    ],
    "jembatan": [
        "{obj} memiliki bentang utama {m} meter dengan konstruksi rangka baja dan lebar lantai kendaraan 9 meter.",
        "Pekerjaan pemasangan gelagar dan pengecoran lantai jembatan telah mencapai {pct} persen dengan anggaran Rp{rp} miliar.",
        "Sebelum dioperasikan, {obj} menjalani uji beban statis dan dinamis menggunakan {n} unit truk bermuatan penuh.",
    ],
    "tol": [
        "Ruas {obj} memiliki panjang {km} kilometer dan terbagi menjadi beberapa seksi konstruksi.",
        "Nilai investasi pembangunan ruas ini mencapai Rp{rp} miliar dengan masa konsesi 40 tahun.",
        "Lalu lintas harian rata-rata pada ruas tersebut diperkirakan mencapai {n}00 kendaraan setelah seluruh seksi tersambung.",
    ],
    "bendungan": [
        "{obj} memiliki kapasitas tampung {vol} juta meter kubik dan mampu mengairi daerah irigasi seluas {ha} hektare.",
        "Selain irigasi, bendungan ini menyediakan air baku sebesar {lps} liter per detik serta mereduksi banjir di hilir.",
        "Progres konstruksi tubuh bendungan telah mencapai {pct} persen dengan total anggaran Rp{rp} miliar.",
    ],
    "sungai": [
        "Pekerjaan {obj} meliputi pengerukan sedimen, pembangunan tanggul, dan perkuatan tebing sepanjang {km} kilometer.",
        "Kapasitas tampung yang bertambah mencapai {vol} juta meter kubik sehingga genangan surut lebih cepat.",
        "Kegiatan ini menyerap anggaran Rp{rp} miliar dan melibatkan {n} tenaga kerja lokal.",
    ],
    "irigasi": [
        "Rehabilitasi {obj} mencakup saluran primer dan sekunder yang melayani {ha} hektare sawah.",
        "Indeks pertanaman diharapkan naik dari 150 menjadi {ip} persen setelah jaringan berfungsi optimal.",
        "Pekerjaan dilaksanakan dengan skema padat karya yang melibatkan {n} petani anggota P3A setempat.",
    ],
    "spam": [
        "{obj} memiliki kapasitas produksi {lps} liter per detik dan dirancang melayani {kk} sambungan rumah.",
        "Jaringan pipa transmisi sepanjang {km} kilometer menghubungkan instalasi pengolahan dengan reservoir kabupaten.",
        "Pembangunan sistem ini menelan biaya Rp{rp} miliar yang bersumber dari APBN dan dukungan pemerintah daerah.",
    ],
    "sanitasi": [
        "{obj} dirancang mengolah {n}00 ton sampah per hari dengan teknologi pemilahan dan pengomposan.",
        "Fasilitas ini melayani {kk} kepala keluarga dan dikelola bersama kelompok swadaya masyarakat.",
        "Nilai pekerjaan mencapai Rp{rp} miliar termasuk pembangunan jalan akses dan instalasi pengolahan lindi.",
    ],
    "kawasan": [
        "Penataan {obj} meliputi pembangunan jalur pedestrian, drainase lingkungan, ruang terbuka hijau, dan penerangan jalan.",
        "Luas kawasan yang ditangani mencapai {ha} hektare dengan anggaran Rp{rp} miliar.",
        "Sebanyak {kk} rumah tangga di sekitar lokasi turut merasakan perbaikan akses air minum dan sanitasi.",
    ],
    "rumah": [
        "Bangunan {obj} terdiri atas {n} unit hunian tipe 36 lengkap dengan meubelair dan prasarana lingkungan.",
        "Total anggaran yang dialokasikan untuk kegiatan ini mencapai Rp{rp} miliar pada tahun anggaran {tahun}.",
        "Sebanyak {kk} keluarga berpenghasilan rendah tercatat sebagai penerima manfaat program.",
    ],
    "konstruksi": [
        "Kegiatan {obj} tahun ini menargetkan {kk} tenaga kerja konstruksi dari berbagai jenjang kualifikasi.",
        "Saat ini baru sekitar {pct} persen tenaga kerja konstruksi nasional yang telah memiliki sertifikat kompetensi.",
        "Seluruh proses dapat dipantau melalui Sistem Informasi Jasa Konstruksi sehingga lebih transparan dan akuntabel.",
    ],
    "pembiayaan": [
        "Nilai investasi {obj} diperkirakan mencapai Rp{rp} miliar dengan masa kerja sama {n} tahun.",
        "Skema ini mengurangi beban APBN karena badan usaha menanggung pendanaan di awal masa konstruksi.",
        "Sebanyak {pct} persen dari kebutuhan pendanaan ditargetkan berasal dari sumber di luar APBN.",
    ],
    "wilayah": [
        "Kajian {obj} memetakan kebutuhan jalan, air baku, dan permukiman hingga tahun 2045.",
        "Hasil analisis menunjukkan {n} paket infrastruktur prioritas dengan kebutuhan pendanaan Rp{rp} miliar.",
        "Data spasial yang dihimpun mencakup {ha} hektare kawasan yang dinilai berpotensi dikembangkan.",
    ],
    "latih": [
        "Kegiatan {obj} diikuti {n} peserta dari balai dan pemerintah daerah selama {hari_n} hari.",
        "Kurikulum disusun berbasis kompetensi dengan porsi praktik lapangan sebesar {pct} persen.",
        "Peserta yang dinyatakan kompeten akan memperoleh sertifikat yang tercatat dalam sistem informasi pengembangan kompetensi.",
    ],
    "awas": [
        "Kegiatan {obj} melibatkan {n} auditor dan mencakup unit kerja di wilayah {loc}.",
        "Hasil pengawasan menunjukkan {pct} persen rekomendasi tahun sebelumnya telah ditindaklanjuti.",
        "Inspektorat menekankan pentingnya pencegahan sejak tahap perencanaan agar potensi penyimpangan dapat ditekan.",
    ],
    "umum": [
        "Kegiatan {obj} dihadiri {n} peserta dari unit organisasi pusat dan balai di daerah.",
        "Realisasi program terkait telah mencapai {pct} persen dari target tahun anggaran {tahun}.",
        "Seluruh unit kerja diminta menjaga akuntabilitas dan mempercepat penyelesaian pekerjaan di lapangan.",
    ],
}

LEAD = [
    "{org} terus mempercepat {obj} di {loc} sebagai bagian dari program prioritas nasional.",
    "Pada {hari}, {tgl}, {org} meninjau langsung pelaksanaan {obj} di {loc}.",
    "Upaya meningkatkan pelayanan kepada masyarakat diwujudkan {org} melalui {obj} di {loc}.",
    "Masyarakat {loc_short} kini dapat merasakan manfaat {obj} yang dikerjakan oleh {org}.",
    "{org} menyampaikan bahwa {obj} di {loc} berjalan sesuai jadwal yang telah ditetapkan.",
]
QUOTE = [
    "“Kami ingin {obj} segera memberi manfaat nyata bagi warga {loc_short},” kata {pejabat}, {jabatan} {org}.",
    "Menurut {pejabat}, koordinasi dengan pemerintah daerah menjadi kunci keberhasilan {obj}.",
    "“Kualitas pekerjaan tetap kami jaga, bukan hanya kecepatan,” ujar {jabatan} {org}, {pejabat}.",
    "{pejabat} menegaskan bahwa keselamatan pekerja dan pengguna menjadi prioritas selama pelaksanaan {obj}.",
]
CLOSE = [
    "Pekerjaan ditargetkan rampung pada {bulan} {tahun_next} dan selanjutnya diserahkan kepada pengelola.",
    "Ke depan, {org} akan melakukan pemantauan berkala agar manfaat {obj} dapat dirasakan dalam jangka panjang.",
    "Pemerintah daerah {loc_short} menyatakan siap mendukung pemeliharaan setelah pekerjaan selesai.",
    "Masyarakat dapat menyampaikan masukan terkait {obj} melalui kanal pengaduan resmi kementerian.",
]

PENGUMUMAN = {
    "seleksi": [
        "Berdasarkan hasil verifikasi dokumen, panitia menetapkan daftar peserta yang dinyatakan memenuhi syarat sebagaimana tercantum dalam lampiran pengumuman ini.",
        "Peserta yang dinyatakan lulus wajib mengikuti tahapan berikutnya pada {tgl} sesuai jadwal yang ditetapkan panitia.",
        "Keputusan panitia seleksi bersifat mutlak dan tidak dapat diganggu gugat.",
        "Informasi lebih lanjut dapat ditanyakan melalui surel resmi panitia pada hari dan jam kerja.",
    ],
    "lelang": [
        "{org} mengumumkan hasil evaluasi pemilihan penyedia untuk paket pekerjaan sebagaimana tercantum dalam dokumen terlampir.",
        "Nilai harga perkiraan sendiri paket tersebut sebesar Rp{rp} miliar dengan sumber dana APBN tahun anggaran {tahun}.",
        "Peserta yang berkeberatan dapat mengajukan sanggah melalui aplikasi SPSE paling lambat lima hari kalender setelah pengumuman.",
        "Jadwal lengkap tahapan pemilihan dapat dilihat pada lampiran dokumen ini.",
    ],
    "layanan": [
        "Sehubungan dengan pelaksanaan kegiatan tersebut, layanan kepada masyarakat akan mengalami penyesuaian mulai {tgl}.",
        "Selama masa penyesuaian, masyarakat tetap dapat memperoleh informasi melalui kanal daring resmi {org}.",
        "Kami mohon maaf atas ketidaknyamanan yang ditimbulkan dan mengucapkan terima kasih atas pengertiannya.",
        "Rincian jadwal dan lokasi terdampak tercantum dalam dokumen lampiran.",
    ],
    "sosialisasi": [
        "{org} mengundang para pemangku kepentingan untuk menghadiri kegiatan tersebut yang akan dilaksanakan pada {tgl}.",
        "Kegiatan berlangsung secara hibrida di {loc_short} dan melalui aplikasi rapat daring.",
        "Peserta diharapkan mengonfirmasi kehadiran paling lambat tiga hari sebelum pelaksanaan.",
        "Bahan paparan dan kerangka acuan kegiatan dapat diunduh pada lampiran pengumuman ini.",
    ],
}

LAYANAN = {
    "ppid": ["Pemohon mengisi formulir permohonan informasi dengan melampirkan identitas diri yang masih berlaku.",
             "PPID wajib memberikan tanggapan paling lambat sepuluh hari kerja sejak permohonan diterima.",
             "Apabila tidak puas atas tanggapan, pemohon dapat mengajukan keberatan kepada atasan PPID."],
    "pengaduan": ["Pengaduan dapat disampaikan secara daring, melalui surat, atau datang langsung ke loket layanan.",
                  "Identitas pelapor dijamin kerahasiaannya sesuai ketentuan perlindungan pelapor.",
                  "Setiap pengaduan akan diverifikasi dan ditindaklanjuti dalam waktu paling lama empat belas hari kerja."],
    "perizinan": ["Permohonan diajukan secara daring dengan melampirkan dokumen teknis yang dipersyaratkan.",
                  "Tim teknis melakukan verifikasi dan peninjauan lapangan apabila diperlukan.",
                  "Layanan ini tidak dipungut biaya dan diselesaikan paling lama dua puluh hari kerja."],
    "data": ["Data disajikan dalam bentuk tabel dan peta yang diperbarui setiap triwulan.",
             "Pengguna dapat mengunduh data dalam format terbuka untuk keperluan penelitian dan perencanaan.",
             "Permintaan data yang belum tersedia dapat diajukan melalui layanan informasi publik."],
    "pelatihan": ["Pendaftaran dilakukan melalui akun pengguna pada sistem informasi pelatihan.",
                  "Peserta wajib memenuhi persyaratan administrasi dan mengikuti seluruh rangkaian kegiatan.",
                  "Sertifikat diterbitkan secara elektronik setelah peserta dinyatakan lulus evaluasi akhir."],
}

PROFIL = [
    "{name} merupakan unit organisasi di lingkungan Kementerian Pekerjaan Umum yang bertanggung jawab kepada Menteri.",
    "Dalam melaksanakan tugasnya, {short} menyelenggarakan fungsi perumusan kebijakan, pelaksanaan kebijakan, serta pemantauan dan evaluasi di bidangnya.",
    "Sejak perubahan nomenklatur pada Oktober 2024, {short} berada di bawah Kementerian Pekerjaan Umum sebagai kelanjutan dari Kementerian PUPR.",
    "Visi {short} adalah mewujudkan infrastruktur yang andal, terpadu, dan berkelanjutan untuk mendukung Indonesia Maju.",
]


def fill_context(rng: random.Random, obj: str, loc: str, org: str, when) -> dict:
    """Page facts used to fill the sentence templates."""
    pejabat, jabatan = rng.choice(PEJABAT)
    loc_short = loc.split(",")[0]
    tahun = when.year if when else 2023
    return {
        "obj": obj, "loc": loc, "org": org, "loc_short": loc_short,
        "pejabat": pejabat, "jabatan": jabatan,
        "pct": rng.randint(41, 96), "pct2": rng.randint(88, 98),
        "rp": f"{rng.randint(12, 950)},{rng.randint(1, 9)}", "n": rng.randint(12, 480),
        "km": f"{rng.randint(2, 64)},{rng.randint(1, 9)}", "ha": f"{rng.randint(1, 18)}.{rng.randint(100, 999)}",
        "vol": f"{rng.randint(5, 120)},{rng.randint(1, 9)}", "lps": rng.randint(150, 4000),
        "kk": f"{rng.randint(1, 45)}.{rng.randint(100, 999)}", "m": rng.randint(60, 420),
        "ip": rng.randint(200, 300), "hari_n": rng.randint(3, 21),
        "tahun": tahun, "tahun_next": tahun + 1, "bulan": BULAN[rng.randint(0, 11)],
        "hari": HARI[when.weekday()] if when else "Senin",
        "tgl": indo_date(when) if when else "1 Juli 2023",
    }


def indo_date(d) -> str:
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def berita_paragraphs(rng: random.Random, domain: str, ctx: dict) -> list[str]:
    details = DETAIL.get(domain, DETAIL["umum"])[:]
    rng.shuffle(details)
    paras = [
        rng.choice(LEAD).format(**ctx) + " " + details[0].format(**ctx),
        details[1].format(**ctx) + " " + rng.choice(QUOTE).format(**ctx),
        details[2].format(**ctx),
        rng.choice(CLOSE).format(**ctx),
    ]
    paras[0] = paras[0][0].upper() + paras[0][1:]
    return paras


def pengumuman_paragraphs(rng, kind, title, ctx) -> list[str]:
    intro = (f"Dengan ini {ctx['org']} menyampaikan {title[0].lower() + title[1:]} "
             f"sebagaimana diatur dalam ketentuan yang berlaku.")
    return [intro] + [s.format(**ctx) for s in PENGUMUMAN[kind]]


def layanan_paragraphs(rng, kind, title, ctx) -> list[str]:
    intro = (f"Layanan {title} disediakan oleh {ctx['org']} bagi masyarakat, badan usaha, "
             f"dan instansi pemerintah yang membutuhkan.")
    return [intro] + LAYANAN[kind] + [
        f"Waktu layanan: Senin sampai Jumat pukul 08.00–16.00 WIB di kantor {ctx['org']}."]


def profil_paragraphs(name: str, short: str) -> list[str]:
    return [s.format(name=name, short=short) for s in PROFIL]


def regulasi_paragraphs(jenis, nomor, tentang, status, tgl_text) -> list[str]:
    ps = [f"{jenis} Nomor {nomor} tentang {tentang} ditetapkan pada {tgl_text}.",
          f"Peraturan ini mengatur ketentuan umum, ruang lingkup, dan tata cara pelaksanaan {tentang.lower()}.",
          "Dokumen lengkap peraturan beserta lampirannya dapat diunduh dalam format PDF."]
    if status == "Dicabut":
        ps.append("Peraturan ini telah dicabut dan dinyatakan tidak berlaku oleh peraturan yang lebih baru.")
    else:
        ps.append("Peraturan ini masih berlaku dan menjadi acuan bagi seluruh unit kerja terkait.")
    return ps
