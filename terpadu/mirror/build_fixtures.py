"""Generate the mirror's sites/ and truth/ from corpus/units.yml (deterministic).

    /work/venv/bin/python -m terpadu.mirror.build_fixtures

Wipes and rewrites terpadu/mirror/sites/ and terpadu/mirror/truth/.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import posixpath
import random
import re
import shutil
from pathlib import Path

import jinja2
import yaml
from markupsafe import Markup

from . import binfiles, textbank as tb
from .sites_conf import SITES

HERE = Path(__file__).resolve().parent
SITES_DIR, TRUTH_DIR = HERE / "sites", HERE / "truth"
PER_PAGE = 6
TYPE_LABEL = {"berita": "Berita", "pengumuman": "Pengumuman", "regulasi": "Regulasi",
              "layanan": "Layanan", "profil": "Profil"}
BALAI = [("bbws-citarum", "BBWS Citarum"), ("bbws-serayu-opak", "BBWS Serayu Opak"),
         ("bbws-brantas", "BBWS Brantas")]
DUP_GROUP = "siaran-pers-bendungan-sepaku-semoi"
SP_TITLE = "Siaran Pers: Kementerian PU Resmikan Bendungan Sepaku Semoi untuk Air Baku IKN"
SP_LEADS = {
    "setjen": "Kementerian Pekerjaan Umum meresmikan Bendungan Sepaku Semoi di Kabupaten Penajam Paser Utara, Kalimantan Timur, pada Kamis, 26 Oktober 2023.",
    "sda": "Direktorat Jenderal Sumber Daya Air menuntaskan pembangunan Bendungan Sepaku Semoi yang diresmikan pada Kamis, 26 Oktober 2023.",
    "ciptakarya": "Pasokan air baku untuk Ibu Kota Nusantara kini bertumpu pada Bendungan Sepaku Semoi yang diresmikan Kamis, 26 Oktober 2023.",
}
SP_BODY = [
    "Bendungan Sepaku Semoi memiliki kapasitas tampung 11,6 juta meter kubik dan menyediakan air baku sebesar 2.500 liter per detik.",
    "Air baku dari bendungan ini akan diolah di Instalasi Pengolahan Air Sepaku sebelum dialirkan ke Kawasan Inti Pusat Pemerintahan.",
    "Selain penyediaan air baku, bendungan juga berfungsi mereduksi banjir di hilir Sungai Sepaku sebesar 55 persen.",
    "Pembangunan bendungan dimulai pada 2020 oleh BWS Kalimantan IV Samarinda dengan anggaran Rp836 miliar.",
]
SP_CAPTIONS = {"setjen": "Menteri PU meninjau pintu pelimpah Bendungan Sepaku Semoi.",
               "sda": "Tampak udara genangan waduk Bendungan Sepaku Semoi.",
               "ciptakarya": "Jaringan pipa air baku dari Bendungan Sepaku Semoi menuju IPA Sepaku."}


def slugify(text: str) -> str:
    text = text.lower().replace("–", "-").replace("é", "e")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80].rstrip("-")


def date_text(d: dt.date, style: str, rng_hour: int) -> str:
    if style == "long":
        return f"{tb.HARI[d.weekday()]}, {d.day} {tb.BULAN[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "short_wib":
        return f"{d.day} {tb.BULAN3[d.month - 1]} {d.year} {rng_hour:02d}:05 WIB"
    return f"{d.day} {tb.BULAN[d.month - 1]} {d.year}"


# ----------------------------------------------------------------- URL schemes
def article_path(site: dict, ptype: str, slug: str, pid: int, d, balai=None) -> str:
    fam, sec = site["family"], site["sections"][ptype]
    if fam == "wp":
        if ptype in ("layanan", "profil"):
            return f"/{sec}/{slug}/" if ptype == "layanan" else "/profil/"
        return f"/{d.year:04d}/{d.month:02d}/{d.day:02d}/{slug}/"
    if ptype == "profil":
        return f"{site['prefix']}/profil/{slug}"
    if fam == "portal":
        return f"/{sec}/{slug}" if ptype == "layanan" else f"/{sec}/{pid}/{slug}"
    if fam == "balai" and balai:
        return f"/balai/{balai}/berita/{slug}"
    if site.get("article_pattern") and ptype in ("berita", "pengumuman"):
        return site["article_pattern"].format(sec=sec, id=pid, slug=slug)
    return f"{site['prefix']}/{sec}/{slug}"


def list_path(site: dict, ptype: str, n: int = 1, balai=None) -> str:
    fam, sec = site["family"], site["sections"][ptype]
    if fam == "wp":
        base = f"/category/{sec}/"
        return base if n == 1 else f"{base}page/{n}/"
    if fam == "balai":
        base = f"/balai/{balai}/berita/" if balai else f"/{sec}/"
        return base if n == 1 else f"{base}?hal={n}"
    base = f"{site['prefix']}/{sec}"
    return base if n == 1 else f"{base}?page={n}"


def file_for(url: str, listing: bool = False) -> str:
    path, _, query = url.partition("?")
    rel = path.lstrip("/")
    if listing or rel == "" or rel.endswith("/"):
        stem = rel.rstrip("/") + "/index" if rel.rstrip("/") else "index"
    else:
        stem = rel
    return stem + (f"__{query}" if query else "") + ".html"


def src_form(img: str, page_path: str, host: str, i: int) -> str:
    """Vary how a link to the same resource is written."""
    form = i % 4
    if form == 1:
        return f"https://{host}{img}"
    if form == 2:
        return f"//{host}{img}"
    if form == 3:
        base = page_path if page_path.endswith("/") else posixpath.dirname(page_path) + "/"
        return posixpath.relpath(img, base)
    return img


# ----------------------------------------------------------------- page model
def build_pages(unit: str, data: dict, site: dict, rng: random.Random) -> list[dict]:
    pages, pid = [], 1000 + rng.randint(0, 800)
    base = dt.date(2021, 2, 1)
    berita = [list(x) for x in data["berita"]]
    if unit in SP_LEADS:
        berita.insert(4, [SP_TITLE, "Bendungan Sepaku Semoi", "Kabupaten Penajam Paser Utara, Kalimantan Timur",
                          "Kementerian Pekerjaan Umum", "siaran_pers"])
    items = [("berita", b) for b in berita] + [("pengumuman", p) for p in data["pengumuman"]] \
        + [("regulasi", r) for r in data["regulasi"]] + [("layanan", s) for s in data["layanan"]] \
        + [("profil", [data["profil"]])]
    for idx, (ptype, row) in enumerate(items):
        pid += rng.randint(3, 40)
        title = row[0] if ptype != "regulasi" else f"{row[0]} Nomor {row[1]} tentang {row[2]}"
        slug = slugify(title if ptype != "regulasi" else f"{row[0]} {row[1]} {row[2]}")
        d = None
        if ptype in ("berita", "pengumuman"):
            d = base + dt.timedelta(days=rng.randint(0, 1000))
            if row[-1] == "siaran_pers":
                d = dt.date(2023, 10, 26) + dt.timedelta(days={"setjen": 0, "sda": 0, "ciptakarya": 1}[unit])
        elif ptype == "regulasi":
            d = dt.date.fromisoformat(row[3])
        balai = None
        if site["family"] == "balai" and ptype == "berita" and idx % 3 != 0:
            balai = BALAI[idx % 3][0]
        hour = rng.randint(7, 20)
        p = {"unit": unit, "type": ptype, "title": title, "slug": slug, "id": pid, "date": d,
             "row": row, "idx": idx, "balai": balai, "n": idx,
             "path": article_path(site, ptype, slug, pid, d, balai),
             "date_text": date_text(d, site["date_style"], hour) if d else None,
             "iso_date": d.isoformat() if d else None,
             "iso_dt": f"{d.isoformat()}T{hour:02d}:05:00+07:00" if d else None,
             "wp_id": pid if site["family"] == "wp" else None,
             "category_label": TYPE_LABEL[ptype], "images": [], "attachments": [],
             "must_not_extra": [], "dup": DUP_GROUP if row[-1] == "siaran_pers" else None}
        p["url"] = f"https://{site['host']}{p['path']}"
        p["balai_name"] = dict(BALAI).get(balai) if balai else None
        pages.append(p)
    return pages


def upload_path(site: dict, p: dict, k: int, ext: str) -> str:
    d = p["date"] or dt.date(2023, 1, 1)
    fam = site["family"]
    if fam == "wp":
        return f"/wp-content/uploads/{d.year}/{d.month:02d}/{p['slug'][:40]}-{k}.{ext}"
    if fam == "portal":
        return f"/storage/uploads/{d.year}/{d.month:02d}/{p['id']}-{k}.{ext}"
    if fam == "balai":
        return f"/assets/foto/{d.year}/{p['slug'][:40]}-{k}.{ext}"
    return f"/uploads/{p['type']}/{d.year}/{p['slug'][:40]}-{k}.{ext}"


def figure_html(site, p, img, alt, caption, i) -> str:
    src = src_form(img, p["path"], site["host"], i)
    if site["lazy"] and i % 2 == 0:
        tag = (f'<img src="/assets/img/placeholder.gif" data-src="{html.escape(src)}" '
               f'class="lazyload" alt="{html.escape(alt)}" width="800" height="533">')
    else:
        tag = f'<img src="{html.escape(src)}" alt="{html.escape(alt)}" loading="lazy">'
    if site["family"] == "wp":
        return (f'<div class="wp-caption aligncenter" style="width: 810px">{tag}'
                f'<p class="wp-caption-text">{html.escape(caption)}</p></div>')
    return f'<figure class="image">{tag}<figcaption>{html.escape(caption)}</figcaption></figure>'


NASTY_A = """<h1>Rincian Pekerjaan</h1>
<table class="table table-bordered"><thead><tr><th>Paket</th><th>Lokasi</th><th>Progres (%)</th></tr></thead>
<tbody><tr><td>Paket 1</td><td>{loc}</td><td>{p1}</td></tr><tr><td>Paket 2</td><td>{loc}</td><td>{p2}</td></tr><tr><td>Paket 3</td><td>{loc}</td><td>{p3}</td></tr></tbody></table>
<h4>Lingkup kegiatan</h4>
<ul><li>Pekerjaan persiapan<ul><li>Mobilisasi alat</li><li>Pengukuran dan pematokan</li></ul></li><li>Pekerjaan utama<ol><li>Galian dan timbunan</li><li>Struktur beton</li></ol></li><li>Pekerjaan akhir</li></ul>
<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script>
<style>.isi-berita table td{{padding:4px}}</style>"""
NASTY_B = """<div class="video-embed"><iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Video dokumentasi" frameborder="0" allowfullscreen></iframe></div>
<p><a href="javascript:void(0)" onclick="window.print();return false;">Cetak halaman ini</a> &middot; <a href="#" onclick="bukaGaleri(3)">Lihat galeri</a></p>
<p><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="penanda" width="1" height="1"></p>"""


def body_for(site, p, data, rng, xss: list[str], cross: dict) -> tuple[str, list[str]]:
    """Return (body_html, paragraphs) and record images/attachments on the page."""
    row, ptype = p["row"], p["type"]
    org = row[3] if ptype == "berita" else data["name"]
    obj = row[1] if ptype == "berita" else p["title"]
    loc = row[2] if ptype == "berita" else "Jakarta"
    ctx = tb.fill_context(rng, obj, loc, org, p["date"])
    parts: list[str] = []
    if ptype == "berita" and p["dup"]:
        paras = [SP_LEADS[p["unit"]] + " " + SP_BODY[0]] + SP_BODY[1:]
    elif ptype == "berita":
        paras = tb.berita_paragraphs(rng, row[4], ctx)
    elif ptype == "pengumuman":
        paras = tb.pengumuman_paragraphs(rng, row[1], p["title"], ctx)
    elif ptype == "layanan":
        paras = tb.layanan_paragraphs(rng, row[1], p["title"], ctx)
    elif ptype == "profil":
        paras = tb.profil_paragraphs(data["name"], data["short"])
    else:
        paras = tb.regulasi_paragraphs(row[0], row[1], row[2], row[4], tb.indo_date(p["date"]))
        p["meta"] = {"jenis": row[0], "nomor": row[1], "tanggal_ditetapkan": row[3], "status": row[4]}
        parts.append(
            '<table class="table-meta">'
            f"<tr><th>Jenis</th><td>{html.escape(row[0])}</td></tr>"
            f"<tr><th>Nomor</th><td>{html.escape(row[1])}</td></tr>"
            f"<tr><th>Tentang</th><td>{html.escape(row[2])}</td></tr>"
            f"<tr><th>Tanggal Ditetapkan</th><td>{tb.indo_date(p['date'])}</td></tr>"
            f'<tr><th>Status</th><td><span class="badge status-{row[4].lower()}">{row[4]}</span></td></tr>'
            "</table>")
    for i, para in enumerate(paras):
        parts.append(f"<p>{html.escape(para, quote=False)}</p>")
        if i == 0 and ptype == "berita":
            n_img = 1 + (p["idx"] % 2)
            for k in range(n_img):
                img = upload_path(site, p, k + 1, "jpg" if k == 0 else "png")
                cap = SP_CAPTIONS[p["unit"]] if p["dup"] else (
                    f"Dokumentasi {obj} di {ctx['loc_short']}." if k == 0
                    else f"Suasana peninjauan lapangan oleh {org}.")
                parts.append(figure_html(site, p, img, obj, cap, p["idx"] + k))
                p["images"].append(img)
        if i == 1 and ptype == "berita" and site["unit"] == "bpjt" and p["related"]:
            r = p["related"][0]
            parts.append(f'<p><strong>Baca Juga:</strong> <a href="{r["url"]}">{html.escape(r["title"])}</a></p>')
            p["must_not_extra"].append("Baca Juga:")
    if ptype in ("pengumuman", "regulasi"):
        pdf = upload_path(site, p, 1, "pdf") if site["family"] == "wp" else \
            f"/files/{site['sections'][ptype]}/{p['slug'][:60]}.pdf"
        label = "Unduh Dokumen" if ptype == "regulasi" else "Lampiran Pengumuman"
        parts.append(f'<p class="lampiran"><a class="btn-download" href="{src_form(pdf, p["path"], site["host"], p["idx"])}">'
                     f"{label} (PDF)</a></p>")
        p["attachments"].append(pdf)
    if ptype == "berita" and p["idx"] == 2:
        parts.append(NASTY_A.format(loc=html.escape(loc), p1=rng.randint(40, 99), p2=rng.randint(40, 99),
                                    p3=rng.randint(10, 60)))
    if ptype == "berita" and p["idx"] == 5:
        parts.append(NASTY_B)
    if ptype == "berita" and p["idx"] == 3 and cross.get(p["unit"]):
        other = cross[p["unit"]]
        parts.append(f'<p>Informasi terkait: <a href="{other["href"]}">{html.escape(other["title"])}</a>.</p>')
    if ptype == "layanan" and row[1] == "pengaduan":
        parts.append('<p>Pengaduan juga dapat disampaikan melalui <a href="https://www.lapor.go.id" '
                     'target="_blank">SP4N-LAPOR!</a>.</p>')
    if ptype == "berita" and p["idx"] == 7 and site["unit"] in ("ciptakarya", "perumahan", "lpjk"):
        parts.append('<div class="komentar-pembaca"><h4>Komentar Pembaca</h4>\n' + "\n".join(xss) + "\n</div>")
        parts.append("<p>Komentar yang melanggar ketentuan akan dihapus oleh admin.</p>")
    return "\n".join(parts), paras


def pick_sentences(paras: list[str]) -> list[str]:
    sents = []
    for para in (paras[0], paras[min(2, len(paras) - 1)], paras[-1]):
        first = re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", para)[0]
        if first not in sents:
            sents.append(first)
    return sents


# ----------------------------------------------------------------- writing
class Writer:
    def __init__(self, unit: str, site: dict, data: dict):
        self.unit, self.site, self.data = unit, site, data
        self.root = SITES_DIR / site["host"]
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                      autoescape=True, keep_trailing_newline=True)
        self.routes: dict = {}
        self.excluded: list = []

    def write(self, rel: str, content) -> None:
        f = self.root / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            if self.site["charset_lie"]:
                content.encode("cp1252")  # the lie must be expressible
            f.write_text(content, encoding="utf-8")
        else:
            f.write_bytes(content)

    def render(self, **kw) -> str:
        s = dict(self.site, name=self.data["name"], short=self.data["short"])
        s.setdefault("search_url", "/cari")
        s["search_url"] = "/cari"
        s["archive_url"] = list_path(self.site, "berita")
        s["footer_links"] = [{"url": "/", "label": "Beranda"}, {"url": "https://www.lapor.go.id", "label": "Pengaduan"}]
        if self.unit == "ciptakarya":
            s["footer_links"].append({"url": "/internal/notulen-rapat-koordinasi-internal", "label": "Intranet"})
        kw.setdefault("page", None)
        kw.setdefault("breadcrumbs", None)
        kw.setdefault("related", None)
        kw.setdefault("sections", [])
        kw.setdefault("pagination", None)
        kw.setdefault("intro", None)
        kw.setdefault("extra_links", None)
        return self.env.get_template("page.html.j2").render(site=s, nav=self.nav, **kw)

    def exclude(self, path: str, reason: str) -> None:
        self.excluded.append({"url": f"https://{self.site['host']}{path}", "reason": reason})

    # ------------------------------------------------------------ site
    def build(self, pages: list[dict], rng: random.Random, xss, cross) -> list[dict]:
        site = self.site
        lists = [t for t in ("berita", "pengumuman", "regulasi", "layanan")]
        self.nav = [{"url": "/", "label": "Beranda"}] + [
            {"url": list_path(site, t), "label": TYPE_LABEL[t]} for t in lists]
        profil = [p for p in pages if p["type"] == "profil"][0]
        self.nav.append({"url": profil["path"], "label": "Profil"})
        berita = sorted([p for p in pages if p["type"] == "berita"], key=lambda p: p["date"], reverse=True)
        popular = [{"url": p["path"], "title": p["title"]} for p in berita[:4]]
        truths = []
        for p in pages:
            same = [q for q in pages if q["type"] == p["type"] and q is not p]
            p["related"] = [{"url": q["path"], "title": q["title"]} for q in same[:3]]
            body, paras = body_for(site, p, self.data, rng, xss, cross)
            if site["family"] == "portal" and p["date"]:
                p["jsonld"] = Markup(json.dumps({
                    "@context": "https://schema.org", "@type": "NewsArticle", "headline": p["title"],
                    "datePublished": p["iso_dt"], "mainEntityOfPage": p["url"],
                    "publisher": {"@type": "Organization", "name": self.data["name"]}},
                    ensure_ascii=False).replace("</", "<\\/"))
            p["body_html"] = Markup(body)
            p["paras"] = paras
            crumbs = [{"url": "/", "label": "Beranda"},
                      {"url": list_path(site, p["type"]) if p["type"] != "profil" else None,
                       "label": TYPE_LABEL[p["type"]]}, {"url": None, "label": p["title"]}]
            doc = self.render(kind="article", doc_title=p["title"], page=p, breadcrumbs=crumbs,
                              related=p["related"] if site["family"] != "wp" else p["related"][1:],
                              popular=popular)
            self.write(file_for(p["path"]), doc)
            for img in p["images"]:
                seed = sum(img.encode())
                self.write(img.lstrip("/"), binfiles.jpeg(seed) if img.endswith(".jpg") else binfiles.png(seed))
            for att in p["attachments"]:
                self.write(att.lstrip("/"), binfiles.pdf(p["title"], paras[:4]))
            truths.append(self.truth(p, paras))
        self.write_lists(pages, popular)
        self.write_home(pages, berita, popular)
        self.write_common(pages, rng)
        return truths

    def truth(self, p: dict, paras: list[str]) -> dict:
        s = self.site
        t = {"url": p["url"], "unit": self.unit, "type": p["type"], "title": p["title"],
             "date": p["iso_date"], "must_contain": pick_sentences(paras),
             "must_not_contain": [s["cookie"], s["footer_note"], s["copyright"], s["tagline"]]
             + p["must_not_extra"],
             "images": p["images"], "attachments": p["attachments"], "duplicate_group": p["dup"]}
        if "meta" in p:
            t["meta"] = p["meta"]
        return t

    def write_lists(self, pages, popular) -> None:
        site = self.site
        groups = []
        for t in ("berita", "pengumuman", "regulasi", "layanan"):
            items = sorted([p for p in pages if p["type"] == t],
                           key=lambda p: (p["date"] or dt.date(2000, 1, 1), p["title"]), reverse=True)
            groups.append((t, None, items))
        if site["family"] == "balai":
            for b, name in BALAI:
                items = [p for p in pages if p["balai"] == b]
                groups.append(("berita", b, sorted(items, key=lambda p: p["date"], reverse=True)))
        for t, balai, items in groups:
            chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
            label = TYPE_LABEL[t] + (f" {dict(BALAI)[balai]}" if balai else "")
            for n, chunk in enumerate(chunks, 1):
                url = list_path(site, t, n, balai)
                links = [{"url": self.list_link(p, k), "title": p["title"], "date_text": p["date_text"],
                          "thumb": p["images"][0] if p["images"] and k % 2 == 0 else None}
                         for k, p in enumerate(chunk)]
                pag = {"n": n, "prev": list_path(site, t, n - 1, balai) if n > 1 else None,
                       "next": list_path(site, t, n + 1, balai) if n < len(chunks) else None}
                doc = self.render(kind="list", doc_title=label, popular=popular, pagination=pag,
                                  sections=[{"label": label, "items": links, "css": t, "more": None}],
                                  extra_links=site["extra_links"] if t == "berita" and n == 1 else None,
                                  breadcrumbs=[{"url": "/", "label": "Beranda"}, {"url": None, "label": label}])
                self.write(file_for(url, listing=True), doc)
                self.exclude(url, "list page")

    def list_link(self, p: dict, k: int) -> str:
        """List pages use root-relative, absolute, relative and protocol-relative hrefs."""
        if self.site["family"] == "php" and k % 4 == 3 and self.site["prefix"]:
            return p["path"].split("/", 2)[2]  # relative to /index.php/ e.g. 'berita/slug'
        if k % 4 == 1:
            return f"https://{self.site['host']}{p['path']}"
        if k % 4 == 2 and self.site["family"] != "wp":
            return f"//{self.site['host']}{p['path']}"
        return p["path"]

    def write_home(self, pages, berita, popular) -> None:
        site = self.site
        secs = [{"label": "Berita Terkini", "css": "berita", "more": list_path(site, "berita"),
                 "items": [{"url": p["path"], "title": p["title"], "date_text": p["date_text"]} for p in berita[:5]]}]
        for t in ("pengumuman", "regulasi", "layanan"):
            secs.append({"label": TYPE_LABEL[t], "css": t, "more": list_path(site, t), "items": [
                {"url": p["path"], "title": p["title"], "date_text": None}
                for p in pages if p["type"] == t][:2]})
        if site["family"] == "balai":
            secs.append({"label": "Balai Wilayah Sungai", "css": "balai", "more": None, "items": [
                {"url": list_path(site, "berita", 1, b), "title": f"Berita {name}", "date_text": None}
                for b, name in BALAI]})
        doc = self.render(kind="home", doc_title="Beranda", popular=popular, sections=secs,
                          intro=f"Selamat datang di situs resmi {self.data['name']}.",
                          extra_links=site["extra_links"])
        self.write("index.html", doc)
        self.exclude("/", "home page")

    def write_common(self, pages, rng) -> None:
        from .build_extras import write_extras
        write_extras(self, pages, rng)


def cross_links(all_pages: dict) -> dict:
    """A few pages link to a page of another site (absolute or protocol-relative)."""
    def pick(unit, i):
        p = [q for q in all_pages[unit] if q["type"] == "berita"][i]
        return p
    pairs = {"ciptakarya": ("sda", 1, "https"), "sda": ("binamarga", 2, "//"),
             "setjen": ("bpjt", 0, "https"), "perumahan": ("pembiayaan", 4, "https"),
             "lpjk": ("binakonstruksi", 0, "https")}
    out = {}
    for unit, (other, i, form) in pairs.items():
        p = pick(other, i)
        host = SITES[other]["host"]
        href = f"https://{host}{p['path']}" if form == "https" else f"//{host}{p['path']}"
        out[unit] = {"href": href, "title": p["title"]}
    return out


def main() -> None:
    corpus = yaml.safe_load((HERE / "corpus" / "units.yml").read_text(encoding="utf-8"))
    xss = [ln for ln in (HERE / "xss_vectors.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
    for d in (SITES_DIR, TRUTH_DIR):
        if d.exists():
            shutil.rmtree(d)
    all_pages, rngs = {}, {}
    for unit, site in SITES.items():
        if not site["copyright"]:
            site["copyright"] = f"© 2023 {corpus[unit]['name']}. Hak cipta dilindungi undang-undang."
        rngs[unit] = random.Random(f"terpadu-{unit}")
        all_pages[unit] = build_pages(unit, corpus[unit], site, rngs[unit])
    cross = cross_links(all_pages)
    total = 0
    for unit, site in SITES.items():
        w = Writer(unit, site, corpus[unit])
        truths = w.build(all_pages[unit], rngs[unit], xss, cross)
        tdir = TRUTH_DIR / unit
        tdir.mkdir(parents=True, exist_ok=True)
        for p, t in zip(all_pages[unit], truths):
            name = f"{p['type']}-{p['slug'][:60]}.json"
            (tdir / name).write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (tdir / "_excluded.json").write_text(
            json.dumps(w.excluded, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        total += len(truths)
        print(f"{unit:15s} {site['host']:26s} {len(truths)} pages")
    print(f"total {total} pages")


if __name__ == "__main__":
    main()
