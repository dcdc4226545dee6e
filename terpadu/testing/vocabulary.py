"""Words for synthetic Indonesian news, ordered by how often they occur.

The order is the frequency rank: function words first, then the vocabulary of public
works reporting. :mod:`terpadu.testing.synthetic` draws from it with Zipf weights, so
the text has the skewed word distribution a search index and gzip see in real news.
Data only; no logic here.
"""

FUNCTION_WORDS = """
yang dan di dengan untuk ini dari dalam akan pada tersebut juga ke tidak oleh
adalah bahwa sebagai telah dapat agar atau serta karena para kami masih lebih
sudah hingga antara setelah melalui terhadap sehingga namun bagi kepada bisa
saat tahun secara menjadi harus sejak akan mereka kita sedang sangat baik
""".split()

DOMAIN_WORDS = """
pembangunan infrastruktur kementerian pekerjaan umum jalan air proyek masyarakat
pemerintah daerah program kegiatan bendungan irigasi jembatan balai wilayah
konstruksi pelaksanaan nasional provinsi kabupaten kota layanan warga tol
sungai penanganan perumahan sanitasi minum pengelolaan kawasan rehabilitasi
peningkatan pemeliharaan anggaran menteri direktur jenderal kepala pembangunannya
kualitas keselamatan banjir kapasitas target progres fisik persen meter kilometer
hektare lahan pengadaan paket kontrak penyedia jasa tenaga kerja padat karya
rumah susun bangunan gedung pasar sekolah revitalisasi drainase pengendalian
pantai pengamanan abrasi embung bendung saluran jaringan daerah aliran tampungan
debit pasokan baku pertanian produksi pangan ketahanan lumbung kemandirian
mudik lebaran arus lalu lintas kendaraan ruas simpang susun gerbang tarif
operasi pelayanan pengguna keamanan kenyamanan perjalanan logistik konektivitas
ekonomi pertumbuhan investasi pembiayaan skema kerja sama badan usaha swasta
kreatif dukungan sinergi kolaborasi koordinasi rapat kunjungan peninjauan
lapangan peresmian groundbreaking penandatanganan nota kesepahaman
sertifikasi kompetensi pelatihan pendidikan aparatur sumber daya manusia
inspektorat pengawasan audit akuntabilitas transparansi integritas zona
pelaporan keuangan opini wajar pengecualian reformasi birokrasi inovasi digital
sistem informasi aplikasi data teknologi modern ramah lingkungan berkelanjutan
hijau emisi energi iklim adaptasi mitigasi bencana gempa longsor erupsi
tanggap darurat pemulihan pascabencana relokasi hunian sementara tetap
bantuan stimulan swadaya subsidi kredit kepemilikan rendah penghasilan
berpenghasilan layak huni kumuh permukiman tata ruang perencanaan strategis
rencana jangka menengah prioritas kawasan ekonomi khusus pariwisata super
ibu kota nusantara otorita persiapan pemindahan konsep desain arsitektur
standar nasional pedoman norma prosedur kriteria spesifikasi teknis mutu
material beton aspal baja semen agregat uji laboratorium pengujian penelitian
pengembangan kajian evaluasi monitoring capaian realisasi serapan semester
triwulan akhir awal mulai selesai rampung dimulai diresmikan ditargetkan
direncanakan dilaksanakan dikerjakan dibangun diperbaiki ditangani disiapkan
menyampaikan mengatakan menjelaskan menegaskan meminta mengajak memastikan
meninjau meresmikan mendukung meningkatkan mempercepat menyelesaikan
membangun memperbaiki mengelola menyediakan memberikan melibatkan
percepatan optimalisasi efisiensi efektivitas produktivitas manfaat dampak
penerima lokasi titik desa kecamatan perkotaan perdesaan pesisir pulau
perbatasan terluar terdepan tertinggal timur barat selatan utara tengah
""".split()

PLACES = """
Aceh Medan Padang Pekanbaru Jambi Palembang Bengkulu Lampung Bangka Batam
Jakarta Bandung Semarang Yogyakarta Surabaya Serang Denpasar Mataram Kupang
Pontianak Palangka Raya Banjarmasin Samarinda Balikpapan Tanjung Selor Manado
Palu Makassar Kendari Gorontalo Mamuju Ambon Ternate Jayapura Manokwari Merauke
Sorong Labuan Bajo Mandalika Toba Likupang Bogor Cirebon Solo Malang Kediri
""".split()

TITLE_OPENERS = (
    "Kementerian PU", "Menteri PU", "Ditjen Bina Marga", "Ditjen SDA", "Ditjen Cipta Karya",
    "BPJT", "Balai Besar", "Pemerintah", "Sekjen", "Kepala BPSDM", "Inspektorat Jenderal",
)

TAGS = (
    "bendungan", "irigasi", "jalan-nasional", "jalan-tol", "jembatan", "air-minum",
    "sanitasi", "perumahan", "mudik", "banjir", "bencana", "padat-karya", "ikn",
    "jasa-konstruksi", "pelatihan", "pengadaan", "anggaran", "reformasi-birokrasi",
)

REGULATION_KINDS = ("Peraturan Menteri", "Surat Edaran", "Keputusan Menteri", "Pedoman", "SNI")

# Derived forms, as Indonesian builds them from roots: "-nya", "pe-an", "di-kan".
# They lengthen the tail of the distribution to a realistic vocabulary of a few thousand.
SUFFIXES = ("nya", "an", "kan")
PREFIXES = ("di", "ter", "se")
