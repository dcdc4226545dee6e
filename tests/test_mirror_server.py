"""Tests for the offline mirror server and its fixtures (real HTTP on 127.0.0.1)."""
from __future__ import annotations

import datetime as dt
import html
import http.client
import json
import re
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from terpadu.mirror import SITES_DIR, TRUTH_DIR, XSS_VECTORS_FILE, MirrorServer

UNITS = ["setjen", "itjen", "sda", "binamarga", "ciptakarya", "perumahan", "binakonstruksi",
         "pembiayaan", "bpiw", "bpsdm", "bpjt", "lpjk"]
TYPES = {"berita", "pengumuman", "regulasi", "layanan", "profil"}


@pytest.fixture(scope="module")
def srv():
    with MirrorServer(slow_delay=0.6) as s:
        yield s


def req(srv, host, path, method="GET", timeout=5.0, headers=None):
    """Raw request with a Host header; returns (status, headers, body)."""
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=timeout)
    try:
        conn.request(method, path, headers={"Host": host, **(headers or {})})
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read()
    finally:
        conn.close()


def raw(srv, data: bytes, timeout=5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", srv.port), timeout=timeout) as s:
        s.sendall(data)
        out = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return out
            out += chunk


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def load_truth():
    out = []
    for f in sorted(TRUTH_DIR.glob("*/*.json")):
        if f.name != "_excluded.json":
            out.append(json.loads(f.read_text(encoding="utf-8")))
    return out


# ------------------------------------------------------------------ routing
def test_host_routing_and_aliases(srv):
    st, h, body = req(srv, "binamarga.pu.go.id", "/")
    assert st == 200 and b"Bina Marga" in body and h["Content-Type"].startswith("text/html")
    st, _, body2 = req(srv, "WWW.Binamarga.PU.go.id:8080", "/")
    assert st == 200 and body2 == body
    st, _, _ = req(srv, "www.lpjk.pu.go.id", "/")  # no alias declared for lpjk
    assert st == 404
    assert req(srv, "example.com", "/")[0] == 404
    assert req(srv, "sda.pu.go.id", "/tidak-ada-halaman-ini")[0] == 404


def test_absolute_uri_and_browse_prefix(srv):
    out = raw(srv, b"GET http://sda.pu.go.id/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    assert out.startswith(b"HTTP/1.1 200") and b"Sumber Daya Air" in out
    with urllib.request.urlopen(srv.url("bpjt.pu.go.id", "/robots.txt")) as r:
        assert b"Disallow: /wp-admin/" in r.read()
    proxy = urllib.request.build_opener(urllib.request.ProxyHandler({"http": srv.base_url}))
    with proxy.open("http://pu.go.id/berita", timeout=5) as r:
        assert r.status == 200


@pytest.mark.parametrize("path", [
    "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/index.php/..%2f..%2f..%2fserver.py",
    "/_site.yml", "/_routes.yml", "/assets/%2e%2e/%2e%2e/%2e%2e/build_fixtures.py", "/..%5c..%5cserver.py"])
def test_traversal_blocked(srv, path):
    st, _, body = req(srv, "binamarga.pu.go.id", path)
    assert st in (400, 404)
    assert b"root:" not in body and b"import" not in body and b"faults" not in body
    st, _, body = req(srv, "127.0.0.1", "/_site/binamarga.pu.go.id" + path)
    assert st in (400, 404) and b"import" not in body


def test_query_routes_and_pagination(srv):
    st, _, p1 = req(srv, "binamarga.pu.go.id", "/index.php/berita")
    st2, _, p2 = req(srv, "binamarga.pu.go.id", "/index.php/berita?page=2")
    assert st == st2 == 200 and p1 != p2 and b'rel="next"' in p1
    st, h, body = req(srv, "bpjt.pu.go.id", "/wp-json/wp/v2/posts?page=1")
    data = json.loads(body)
    assert st == 200 and h["Content-Type"].startswith("application/json") and int(h["X-WP-Total"]) >= 15
    assert {"title", "content", "date", "link", "categories"} <= set(data[0])
    last = int(h["X-WP-TotalPages"])
    assert req(srv, "bpjt.pu.go.id", f"/wp-json/wp/v2/posts?page={last + 1}")[0] == 400
    st, h, _ = req(srv, "bpjt.pu.go.id", f"/?p={data[0]['id']}")
    assert st == 301 and h["Location"] == urlsplit(data[0]["link"]).path
    st, _, sm = req(srv, "bpjt.pu.go.id", "/wp-sitemap.xml")
    assert st == 200 and b"sitemapindex" in sm


def test_binary_content_types(srv):
    st, h, body = req(srv, "binamarga.pu.go.id", "/assets/img/placeholder.gif")
    assert st == 200 and h["Content-Type"] == "image/gif" and body.startswith(b"GIF89a")
    truth = [t for t in load_truth() if t["images"] or t["attachments"]]
    seen = set()
    for t in truth:
        host = urlsplit(t["url"]).hostname
        for path in t["images"] + t["attachments"]:
            ext = path.rsplit(".", 1)[1]
            if ext in seen:
                continue
            st, h, body = req(srv, host, path)
            assert st == 200, path
            magic = {"jpg": b"\xff\xd8\xff", "png": b"\x89PNG", "pdf": b"%PDF-"}[ext]
            assert body.startswith(magic)
            seen.add(ext)
    assert seen == {"jpg", "png", "pdf"}


# ------------------------------------------------------------------ encoding
def test_charset_lie(srv):
    st, h, body = req(srv, "itjen.pu.go.id", "/")
    assert h["Content-Type"] == "text/html; charset=utf-8"
    assert b"\x93" in body or b"\x96" in body  # cp1252 smart quote / en dash
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "Itjen" in body.decode("cp1252")
    t = [t for t in load_truth() if t["unit"] == "itjen" and "“" in t["title"]][0]
    st, _, body = req(srv, "itjen.pu.go.id", urlsplit(t["url"]).path)
    assert html.escape(t["title"], quote=False) in body.decode("cp1252")


def test_wrong_charset_header(srv):
    st, h, body = req(srv, "bpsdm.pu.go.id", "/berita/jadwal-pelatihan-2023")
    assert st == 200 and "iso-8859-1" in h["Content-Type"] and "“" in body.decode("utf-8")


# ------------------------------------------------------------------ faults
def test_flaky_503_then_200_and_reset(srv):
    path = "/index.php/berita/data-jalan-mantap-2023"
    srv.reset_faults()
    codes = [req(srv, "binamarga.pu.go.id", path)[0] for _ in range(4)]
    assert codes == [503, 503, 200, 200]
    assert req(srv, "127.0.0.1", "/_mirror/reset")[0] == 200
    assert req(srv, "binamarga.pu.go.id", path)[0] == 503
    srv.reset_faults()


def test_connection_reset(srv):
    with pytest.raises((ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine)):
        req(srv, "ciptakarya.pu.go.id", "/index.php/berita/galeri-video-kotaku")
    assert req(srv, "ciptakarya.pu.go.id", "/")[0] == 200  # server still alive


def test_redirect_loop(srv):
    st, h, _ = req(srv, "sda.pu.go.id", "/berita/arsip-lama")
    assert st == 302 and h["Location"] == "/berita/arsip-baru"
    st, h, _ = req(srv, "sda.pu.go.id", "/berita/arsip-baru")
    assert st == 302 and h["Location"] == "/berita/arsip-lama"
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(srv.url("sda.pu.go.id", "/berita/arsip-lama"), timeout=5)


def test_truncated_body(srv):
    with pytest.raises(http.client.IncompleteRead):
        req(srv, "ciptakarya.pu.go.id", "/index.php/berita/laporan-kinerja-2022")


def test_huge_streamed(srv):
    path = "/index.php/unduh/peta-jalan-nasional-2023.html"
    st, h, _ = req(srv, "binamarga.pu.go.id", path, method="HEAD")
    assert st == 200 and int(h["Content-Length"]) == 50 * 1024 * 1024
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
    conn.request("GET", path, headers={"Host": "binamarga.pu.go.id"})
    r = conn.getresponse()
    total = 0
    while chunk := r.read(1 << 20):
        total += len(chunk)
    conn.close()
    assert total == 50 * 1024 * 1024
    biggest = max(f.stat().st_size for f in SITES_DIR.rglob("*") if f.is_file())
    assert biggest < 1024 * 1024  # generated, never stored


def test_slow_route(srv):
    path = "/index.php/berita/rekap-lalu-lintas-mudik-2023"
    with pytest.raises((socket.timeout, TimeoutError)):
        req(srv, "binamarga.pu.go.id", path, timeout=0.2)
    t0 = time.monotonic()
    st, _, body = req(srv, "binamarga.pu.go.id", path, timeout=3)
    assert st == 200 and b"Mudik" in body and time.monotonic() - t0 >= 0.5


def test_binary_on_html_url_and_errors(srv):
    st, h, body = req(srv, "perumahan.pu.go.id", "/berita/brosur-rusun-2023.html")
    assert st == 200 and h["Content-Type"].startswith("text/html") and body.startswith(b"%PDF-")
    st, h, body = req(srv, "perumahan.pu.go.id", "/berita/unduh/panduan-bsps-2023")
    assert h["Content-Type"] == "application/pdf" and body.startswith(b"%PDF-")
    assert [req(srv, "perumahan.pu.go.id", "/berita/statistik-hunian")[0] for _ in range(3)] == [500] * 3
    st, _, body = req(srv, "binamarga.pu.go.id", "/index.php/berita/jembatan-lama-yang-sudah-dihapus")
    assert st == 404 and b"tidak tersedia" in body


def test_faults_are_linked_from_pages(srv):
    for host in ("binamarga.pu.go.id", "ciptakarya.pu.go.id", "perumahan.pu.go.id", "bpsdm.pu.go.id",
                 "sda.pu.go.id"):
        conf = (SITES_DIR / host / "_site.yml").read_text()
        body = req(srv, host, "/")[2].decode("cp1252" if "charset_lie: true" in conf else "utf-8")
        for path in re.findall(r"^  (/[^:\s]+):\n    kind:", conf, flags=re.M):
            assert f'href="{path}' in body, (host, path)


# ------------------------------------------------------------------ traps and robots
def test_calendar_trap(srv):
    path = "/agenda?bulan=2023-04"
    for _ in range(15):
        st, _, body = req(srv, "sda.pu.go.id", path)
        assert st == 200
        path = html.unescape(re.search(rb'class="next" rel="next" href="([^"]+)"', body).group(1).decode())
    assert path == "/agenda?bulan=2024-07"


def test_endless_pagination_trap(srv):
    for n in (1, 2, 57, 1000):
        st, _, body = req(srv, "bpsdm.pu.go.id", f"/arsip?page={n}")
        assert st == 200 and f'href="/arsip?page={n + 1}"'.encode() in body


def test_robots(srv):
    st, h, body = req(srv, "ciptakarya.pu.go.id", "/robots.txt")
    assert st == 200 and h["Content-Type"].startswith("text/plain")
    assert b"Disallow: /internal/" in body and b"Disallow: /cari" in body
    assert req(srv, "ciptakarya.pu.go.id", "/internal/notulen-rapat-koordinasi-internal")[0] == 200
    excl = json.loads((TRUTH_DIR / "ciptakarya" / "_excluded.json").read_text())
    assert any(e["reason"] == "robots" and e["url"].endswith("/internal/notulen-rapat-koordinasi-internal")
               for e in excl)
    urls = {t["url"] for t in load_truth()}
    assert not any("/internal/" in u for u in urls)


# ------------------------------------------------------------------ ground truth
def test_truth_files_valid_and_counts():
    truth = load_truth()
    assert len(truth) >= 200
    per_unit = {u: 0 for u in UNITS}
    urls = set()
    for t in truth:
        assert {"url", "unit", "type", "title", "date", "must_contain", "must_not_contain", "images",
                "attachments", "duplicate_group"} <= set(t)
        assert t["unit"] in per_unit and t["type"] in TYPES and t["url"].startswith("https://")
        assert t["url"] not in urls
        urls.add(t["url"])
        if t["date"] is not None:
            dt.date.fromisoformat(t["date"])
        if t["type"] == "regulasi":
            dt.date.fromisoformat(t["meta"]["tanggal_ditetapkan"])
            assert t["meta"]["status"] in ("Berlaku", "Dicabut")
        assert len(t["must_contain"]) >= 2
        per_unit[t["unit"]] += 1
    assert all(n >= 15 for n in per_unit.values()), per_unit
    dups = [t for t in truth if t["duplicate_group"]]
    assert len(dups) == 3 and len({t["unit"] for t in dups}) == 3
    for u in UNITS:
        for e in json.loads((TRUTH_DIR / u / "_excluded.json").read_text()):
            assert e["url"] not in urls and e["reason"]


def test_every_truth_page_served(srv):
    for t in load_truth():
        parts = urlsplit(t["url"])
        st, h, body = req(srv, parts.hostname, parts.path)
        assert st == 200, t["url"]
        conf = (SITES_DIR / parts.hostname / "_site.yml").read_text()
        text = norm(body.decode("cp1252" if "charset_lie: true" in conf else "utf-8"))
        assert t["title"] in text, t["url"]
        for s in t["must_contain"]:
            assert norm(s) in text, (t["url"], s)


def test_xss_corpus_present(srv):
    vectors = [v for v in XSS_VECTORS_FILE.read_text().splitlines() if v.strip()]
    assert len(vectors) >= 15
    hits = 0
    for f in SITES_DIR.glob("*/**/*.html"):
        if vectors[1] in f.read_text(encoding="utf-8", errors="replace"):
            hits += 1
    assert hits >= 3
