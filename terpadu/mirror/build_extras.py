"""Per-site extras for build_fixtures: assets, robots.txt, sitemaps, WordPress
REST API, fault bodies, robots-excluded pages and the _site.yml / _routes.yml."""
from __future__ import annotations

import html
import json
from xml.sax.saxutils import escape as xml_escape

import yaml

from . import binfiles

CSS = "body{font-family:sans-serif;margin:0}.cookie-banner{position:fixed;bottom:0}\n"
JS = ("document.querySelectorAll('img.lazyload').forEach(function(i){i.src=i.dataset.src;});\n")


def _urlset(urls: list[tuple[str, str | None]]) -> str:
    rows = "".join(f"<url><loc>{xml_escape(u)}</loc>" + (f"<lastmod>{m}</lastmod>" if m else "")
                   + "</url>\n" for u, m in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</urlset>\n")


def _simple(w, title: str, text: str) -> str:
    return w.render(kind="home", doc_title=title, intro=text, popular=[], sections=[])


def write_extras(w, pages: list[dict], rng) -> None:
    site, host = w.site, w.site["host"]
    w.write("assets/img/placeholder.gif", binfiles.gif(0))
    w.write("assets/img/logo-pu.png", binfiles.png(7, 6, 6))
    w.write("assets/css/style.css", CSS)
    w.write("assets/js/main.js", JS)
    w.write("robots.txt", site["robots"])
    w.write("404.html", _simple(w, "Halaman Tidak Ditemukan",
                                "Maaf, halaman yang Anda cari tidak tersedia atau telah dipindahkan."))
    w.write("cari.html", _simple(w, "Pencarian", "Masukkan kata kunci untuk mencari berita dan dokumen."))
    w.exclude("/cari", "search page" + (" (robots)" if "/cari" in site["robots"] else ""))
    redirects = dict(site["redirects"])
    routes: dict = {}

    # ---- fault bodies
    for path, fault in site["faults"].items():
        kind = fault["kind"]
        w.exclude(path, f"fault:{kind}")
        f = fault.get("file")
        if not f:
            continue
        if f.endswith(".pdf"):
            w.write(f, binfiles.pdf("Brosur Rumah Susun 2023", [
                "Rumah susun sederhana sewa untuk pekerja dan mahasiswa.",
                "Informasi: Direktorat Jenderal Perumahan."]))
        else:
            title = {"slow": "Rekap Lalu Lintas Mudik 2023", "flaky": "Data Kemantapan Jalan Nasional 2023",
                     "truncated": "Laporan Kinerja Direktorat Jenderal Cipta Karya 2022",
                     "charset": "Jadwal Pelatihan 2023 – Semester I"}[kind]
            text = {"slow": "Volume kendaraan di jalan nasional selama periode mudik naik 12 persen dibanding tahun lalu.",
                    "flaky": "Tingkat kemantapan jalan nasional tahun 2023 tercatat 92,8 persen.",
                    "truncated": "Laporan kinerja ini memuat capaian sasaran strategis dan realisasi anggaran tahun 2022. " * 30,
                    "charset": "Pelatihan “Manajemen Proyek” dibuka kembali – kuota terbatas, pendaftaran gratis."}[kind]
            w.write(f, _simple(w, title, text))
    for path, trap in site["traps"].items():
        w.exclude(path, f"trap:{trap['kind']}")
    for path in site["redirects"]:
        w.exclude(path, "redirect")

    # ---- robots-excluded page (ciptakarya)
    if "/internal/" in site["robots"]:
        path = "/internal/notulen-rapat-koordinasi-internal"
        w.write(path.lstrip("/") + ".html", _simple(
            w, "Notulen Rapat Koordinasi Internal Triwulan III",
            "Dokumen ini hanya untuk kalangan internal dan tidak untuk dipublikasikan."))
        w.exclude(path, "robots")

    articles = [p for p in pages]
    if site["sitemap"] and site["family"] != "wp":
        urls = [(f"https://{host}/", None)] + [(p["url"], p["iso_date"]) for p in articles]
        w.write("sitemap.xml", _urlset(urls))
        routes["/sitemap.xml"] = {"file": "sitemap.xml"}

    if site["family"] == "wp":
        _wordpress(w, pages, redirects, routes)

    w.write("_routes.yml", yaml.safe_dump(routes, allow_unicode=True, sort_keys=True))
    conf = {"host": host, "unit": w.unit, "family": site["family"], "aliases": site["aliases"],
            "charset_lie": site["charset_lie"], "redirects": redirects, "faults": site["faults"],
            "traps": site["traps"]}
    (w.root / "_site.yml").write_text(yaml.safe_dump(conf, allow_unicode=True, sort_keys=False),
                                      encoding="utf-8")


def _wp_rendered(text: str) -> str:
    return html.escape(text, quote=False).replace("–", "&#8211;").replace("“", "&#8220;").replace("”", "&#8221;")


def _wordpress(w, pages, redirects, routes) -> None:
    host = w.site["host"]
    cats = {"berita": 3, "pengumuman": 4, "regulasi": 5}
    posts = sorted([p for p in pages if p["type"] in cats], key=lambda p: p["date"], reverse=True)
    wp_pages = [p for p in pages if p["type"] not in cats]
    for p in pages:
        redirects[f"/?p={p['wp_id']}"] = {"to": p["path"], "status": 301}

    def item(p, kind):
        return {"id": p["wp_id"], "date": p["iso_dt"][:19] if p["iso_dt"] else "2022-01-10T08:00:00",
                "slug": p["slug"], "status": "publish", "type": kind, "link": p["url"],
                "title": {"rendered": _wp_rendered(p["title"])},
                "content": {"rendered": str(p["body_html"]), "protected": False},
                "excerpt": {"rendered": f"<p>{_wp_rendered(p['paras'][0][:150])} [&hellip;]</p>\n"},
                **({"categories": [cats[p["type"]]]} if kind == "post" else {"parent": 0})}
    per = 10
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    headers = {"X-WP-Total": len(posts), "X-WP-TotalPages": len(chunks)}
    for n, chunk in enumerate(chunks, 1):
        f = f"wp-json/wp/v2/posts__page={n}.json"
        w.write(f, json.dumps([item(p, "post") for p in chunk], ensure_ascii=False, indent=1))
        routes[f"/wp-json/wp/v2/posts?page={n}"] = {"file": f, "headers": headers}
        if n == 1:
            routes["/wp-json/wp/v2/posts"] = {"file": f, "headers": headers}
    bad = "wp-json/wp/v2/posts__page=invalid.json"
    w.write(bad, json.dumps({"code": "rest_post_invalid_page_number", "data": {"status": 400},
                             "message": "Nomor halaman yang diminta lebih besar dari jumlah halaman yang tersedia."}))
    routes[f"/wp-json/wp/v2/posts?page={len(chunks) + 1}"] = {"file": bad, "status": 400}
    w.write("wp-json/wp/v2/pages.json", json.dumps([item(p, "page") for p in wp_pages], ensure_ascii=False, indent=1))
    routes["/wp-json/wp/v2/pages"] = {"file": "wp-json/wp/v2/pages.json"}
    catlist = [{"id": i, "count": sum(1 for p in posts if p["type"] == t), "name": t.capitalize(), "slug": t,
                "link": f"https://{host}/category/{t}/", "taxonomy": "category"} for t, i in cats.items()]
    w.write("wp-json/wp/v2/categories.json", json.dumps(catlist, ensure_ascii=False, indent=1))
    routes["/wp-json/wp/v2/categories"] = {"file": "wp-json/wp/v2/categories.json"}
    w.write("wp-json/index.json", json.dumps({"name": w.data["name"], "url": f"https://{host}",
                                              "namespaces": ["wp/v2"]}))
    routes["/wp-json/"] = {"file": "wp-json/index.json"}
    for t in ("wp-json/", "wp-json/wp/v2/posts", "wp-json/wp/v2/pages", "wp-json/wp/v2/categories"):
        w.exclude("/" + t, "api")
    # sitemaps
    sub = {"wp-sitemap-posts-post-1.xml": [(p["url"], p["iso_date"]) for p in posts],
           "wp-sitemap-posts-page-1.xml": [(p["url"], None) for p in wp_pages] + [(f"https://{host}/", None)],
           "wp-sitemap-taxonomies-category-1.xml": [(c["link"], None) for c in catlist]}
    for name, urls in sub.items():
        w.write(name, _urlset(urls))
        routes["/" + name] = {"file": name}
    idx = "".join(f"<sitemap><loc>https://{host}/{n}</loc></sitemap>\n" for n in sub)
    w.write("wp-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + idx + "</sitemapindex>\n")
    routes["/wp-sitemap.xml"] = {"file": "wp-sitemap.xml"}
    redirects["/sitemap.xml"] = {"to": "/wp-sitemap.xml", "status": 301}
