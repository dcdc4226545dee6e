"""HTTP server for the offline mirror of the old Kementerian PU websites.

Stdlib only (plus PyYAML for the per-site data files).  Every behaviour that
differs between sites is declared in ``sites/<host>/_site.yml`` and
``sites/<host>/_routes.yml``; this module holds no site-specific code.

Usage::

    with MirrorServer() as srv:          # 127.0.0.1, free port
        urllib.request.urlopen(srv.url("sda.pu.go.id", "/"))

    python -m terpadu.mirror.server --port 8765
"""
from __future__ import annotations

import argparse
import calendar
import html
import mimetypes
import os
import posixpath
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import yaml

DEFAULT_SITES_DIR = Path(__file__).resolve().parent / "sites"
MAX_SLOW_DELAY = 30.0
HIDDEN_FILES = {"_site.yml", "_routes.yml"}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".ico": "image/x-icon",
}
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
         "Agustus", "September", "Oktober", "November", "Desember"]


def normalise_query(query: str) -> str:
    """Sorted, re-encoded query string ('' when empty)."""
    if not query:
        return ""
    return urlencode(sorted(parse_qsl(query, keep_blank_values=True)))


class Site:
    """One old website: its directory and its declared behaviours."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        conf = yaml.safe_load((root / "_site.yml").read_text(encoding="utf-8")) or {}
        self.conf = conf
        self.host = conf.get("host", root.name).lower()
        self.unit = conf.get("unit")
        self.aliases = [a.lower() for a in conf.get("aliases", [])]
        self.charset_lie = bool(conf.get("charset_lie", False))
        self.redirects = conf.get("redirects") or {}
        self.faults = conf.get("faults") or {}
        self.traps = conf.get("traps") or {}
        routes_file = root / "_routes.yml"
        routes = {}
        if routes_file.exists():
            routes = yaml.safe_load(routes_file.read_text(encoding="utf-8")) or {}
        self.routes = {}
        for key, val in routes.items():
            if isinstance(val, str):
                val = {"file": val}
            self.routes[self._norm_key(key)] = val
        self.redirects = {self._norm_key(k): v for k, v in self.redirects.items()}

    @staticmethod
    def _norm_key(key: str) -> str:
        path, _, query = key.partition("?")
        q = normalise_query(query)
        return path + ("?" + q if q else "")

    def lookup(self, table: dict, path: str, query: str):
        """Entry for 'path?query' first, then for the bare path."""
        if query:
            hit = table.get(path + "?" + query)
            if hit is not None:
                return hit
        return table.get(path)

    def safe_file(self, rel: str) -> Path | None:
        """Resolve a site-relative path to an existing file inside the site dir."""
        rel = rel.lstrip("/")
        parts = rel.split("/")
        if any(p in ("..", ".") or p.startswith(".") for p in parts if p):
            return None
        if "\\" in rel or "\x00" in rel or rel in HIDDEN_FILES:
            return None
        full = (self.root / rel).resolve()
        try:
            full.relative_to(self.root)
        except ValueError:
            return None
        return full if full.is_file() else None

    def static_candidates(self, path: str, query: str) -> list[str]:
        rel = path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            plain = [rel + "index.html"]
        else:
            plain = [rel, rel + ".html", rel + "/index.html"]
        out = []
        if query and "/" not in query:
            for cand in plain:
                stem, ext = posixpath.splitext(cand)
                out.append(f"{stem}__{query}{ext}")
        return out + plain


class MirrorHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, handler, mirror: "MirrorServer"):
        self.mirror = mirror
        super().__init__(addr, handler)

    def handle_error(self, request, client_address):  # quiet: resets are on purpose
        if self.mirror.verbose:
            super().handle_error(request, client_address)


class MirrorHandler(BaseHTTPRequestHandler):
    server_version = "Apache/2.4.41 (Ubuntu)"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    # ------------------------------------------------------------ plumbing
    @property
    def mirror(self) -> "MirrorServer":
        return self.server.mirror

    def log_message(self, fmt, *args):
        if self.mirror.verbose:
            super().log_message(fmt, *args)

    def do_HEAD(self):
        self._dispatch(head=True)

    def do_GET(self):
        self._dispatch(head=False)

    def do_POST(self):  # forms (search, pengaduan) answer like GET
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(min(length, 1 << 20))
        self._dispatch(head=False)

    def _send(self, status: int, body: bytes, ctype: str, head: bool,
              extra: dict | None = None, site: Site | None = None):
        if site is not None and site.charset_lie and ctype.startswith("text/html"):
            body = body.decode("utf-8").encode("cp1252", errors="replace")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _not_found(self, head: bool, site: Site | None = None, status: int = 404):
        if site is not None:
            page = site.safe_file("404.html")
            if page is not None:
                return self._send(status, page.read_bytes(), CONTENT_TYPES[".html"], head,
                                  site=site)
        msg = f"<html><head><title>{status}</title></head><body><h1>{status} Not Found</h1></body></html>"
        self._send(status, msg.encode(), CONTENT_TYPES[".html"], head)

    # ------------------------------------------------------------ routing
    def _dispatch(self, head: bool):
        target = self.path
        host = None
        if target.lower().startswith(("http://", "https://")):
            parts = urlsplit(target)
            host = parts.hostname
            target = parts.path or "/"
            if parts.query:
                target += "?" + parts.query
        raw_path, _, raw_query = target.partition("?")
        raw_path = raw_path.split("#", 1)[0]
        if raw_path.startswith("/_mirror/reset"):
            self.mirror.reset_faults()
            return self._send(200, b"reset\n", CONTENT_TYPES[".txt"], head)
        if raw_path.startswith("/_site/"):
            rest = raw_path[len("/_site/"):]
            host, _, tail = rest.partition("/")
            raw_path = "/" + tail
        if host is None:
            host = (self.headers.get("Host") or "").strip()
        host = host.lower().rsplit(":", 1)[0] if not host.startswith("[") else host.lower()
        site = self.mirror.site_for(host)
        if site is None:
            return self._unknown_host(raw_path, raw_query, head)
        path = unquote(raw_path)
        if "\x00" in path or "\\" in path or any(
                seg in ("..", ".") for seg in path.split("/")):
            return self._send(400, b"<h1>400 Bad Request</h1>", CONTENT_TYPES[".html"], head)
        query = normalise_query(raw_query)

        fault = site.lookup(site.faults, path, query)
        if fault is not None:
            return self._fault(site, path, query, fault, head)
        trap = site.lookup(site.traps, path, query)
        if trap is not None:
            return self._trap(site, path, raw_query, trap, head)
        redirect = site.lookup(site.redirects, path, query)
        if redirect is not None:
            if isinstance(redirect, str):
                redirect = {"to": redirect}
            status = int(redirect.get("status", 301))
            body = f'<a href="{html.escape(redirect["to"])}">Moved</a>'.encode()
            return self._send(status, body, CONTENT_TYPES[".html"], head,
                              {"Location": redirect["to"]})
        route = site.lookup(site.routes, path, query)
        if route is not None:
            f = site.safe_file(route["file"])
            if f is None:
                return self._not_found(head, site)
            ctype = route.get("content_type") or self._ctype(f)
            return self._send(int(route.get("status", 200)), f.read_bytes(), ctype, head,
                              {str(k): str(v) for k, v in (route.get("headers") or {}).items()},
                              site=site)
        f = self._static(site, path, query)
        if f is None:
            return self._not_found(head, site)
        return self._send(200, f.read_bytes(), self._ctype(f), head, site=site)

    def _unknown_host(self, path: str, query: str, head: bool):
        referer = self.headers.get("Referer") or ""
        marker = referer.find("/_site/")
        if marker >= 0:  # browsing aid: keep a person inside /_site/<host>/
            ref_host = referer[marker + 7:].split("/", 1)[0]
            if self.mirror.site_for(ref_host):
                loc = f"/_site/{ref_host}{path}" + ("?" + query if query else "")
                return self._send(302, b"", CONTENT_TYPES[".html"], head, {"Location": loc})
        if path in ("/", "/_site", "/_site/"):
            items = "".join(f'<li><a href="/_site/{h}/">{h}</a></li>'
                            for h in sorted(self.mirror.sites))
            body = f"<html><body><h1>terpadu mirror</h1><ul>{items}</ul></body></html>"
            return self._send(404, body.encode(), CONTENT_TYPES[".html"], head)
        return self._not_found(head)

    @staticmethod
    def _ctype(f: Path) -> str:
        ext = f.suffix.lower()
        if ext in CONTENT_TYPES:
            return CONTENT_TYPES[ext]
        guess = mimetypes.guess_type(f.name)[0]
        return guess or "text/html; charset=utf-8"

    @staticmethod
    def _static(site: Site, path: str, query: str) -> Path | None:
        for cand in site.static_candidates(path, query):
            f = site.safe_file(cand)
            if f is not None:
                return f
        return None

    # ------------------------------------------------------------ faults
    def _fault_body(self, site: Site, path: str, query: str, fault: dict) -> Path | None:
        if fault.get("file"):
            return site.safe_file(fault["file"])
        return self._static(site, path, query)

    def _fault(self, site: Site, path: str, query: str, fault: dict, head: bool):
        kind = fault["kind"]
        if kind == "slow":
            time.sleep(min(float(fault.get("delay", self.mirror.slow_delay)),
                           self.mirror.slow_delay, MAX_SLOW_DELAY))
        elif kind == "flaky":
            count = self.mirror.count_hit(site.host + path)
            if count < int(fault.get("succeed_on", 3)):
                body = b"<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"
                return self._send(503, body, CONTENT_TYPES[".html"], head,
                                  {"Retry-After": str(fault.get("retry_after", 1))})
        elif kind == "reset":
            return self._reset()
        elif kind == "error":
            status = int(fault.get("status", 500))
            body = (f"<html><body><h1>{status} Internal Server Error</h1>"
                    "<p>Fatal error: Uncaught PDOException: SQLSTATE[HY000] [2002] "
                    "Connection refused in /var/www/html/system/database.php:42</p>"
                    "</body></html>").encode()
            return self._send(status, body, CONTENT_TYPES[".html"], head)
        elif kind == "huge":
            return self._huge(fault, head)
        f = self._fault_body(site, path, query, fault)
        if f is None:
            return self._not_found(head, site)
        data = f.read_bytes()
        if kind == "truncated":
            return self._truncated(data, head)
        if kind == "charset":
            data = data.decode("utf-8").encode(fault.get("encode", "utf-8"))
            ctype = f"text/html; charset={fault.get('header_charset', 'utf-8')}"
            return self._send(200, data, ctype, head)
        ctype = fault.get("content_type") or self._ctype(f)
        self._send(int(fault.get("status", 200)), data, ctype, head, site=site)

    def _reset(self):
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.connection.close()
        self.wfile = _NullWriter()

    def _truncated(self, data: bytes, head: bool):
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", CONTENT_TYPES[".html"])
        self.send_header("Content-Length", str(len(data) * 2))
        self.send_header("Connection", "close")
        self.end_headers()
        if not head:
            self.wfile.write(data[: max(1, len(data) // 2)])
        self.wfile.flush()
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _huge(self, fault: dict, head: bool):
        size = int(float(fault.get("size_mb", 50)) * 1024 * 1024)
        ctype = fault.get("content_type", CONTENT_TYPES[".html"])
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        if head:
            return
        line = b"<p>Data realisasi anggaran baris berulang 0123456789 abcdefghij.</p>\n"
        chunk = (b"<html><body>\n" + line * (65536 // len(line) + 1))[:65536]
        sent = 0
        while sent < size:
            n = min(len(chunk), size - sent)
            try:
                self.wfile.write(chunk[:n])
            except OSError:
                self.close_connection = True
                return
            sent += n

    # ------------------------------------------------------------ traps
    def _trap(self, site: Site, path: str, raw_query: str, trap: dict, head: bool):
        params = dict(parse_qsl(raw_query, keep_blank_values=True))
        kind = trap["kind"]
        param = trap.get("param", "page")
        title_site = html.escape(trap.get("site_name", site.host))
        if kind == "calendar":
            value = params.get(param, trap.get("start", "2023-04"))
            try:
                year, month = (int(x) for x in value.split("-")[:2])
                if not 1 <= month <= 12 or not 1900 <= year <= 9999:
                    raise ValueError
            except ValueError:
                return self._not_found(head, site)
            nxt = (year + month // 12, month % 12 + 1)
            prv = (year - (month == 1), 12 if month == 1 else month - 1)
            days = calendar.monthrange(year, month)[1]
            title = f"Agenda Kegiatan {BULAN[month - 1]} {year}"
            body = (f"<p>Tidak ada agenda terjadwal pada {days} hari di bulan ini.</p>"
                    f'<a class="prev" href="{path}?{param}={prv[0]:04d}-{prv[1]:02d}">&laquo; '
                    f"{BULAN[prv[1] - 1]} {prv[0]}</a> "
                    f'<a class="next" rel="next" href="{path}?{param}={nxt[0]:04d}-{nxt[1]:02d}">'
                    f"{BULAN[nxt[1] - 1]} {nxt[0]} &raquo;</a>")
        elif kind == "endless":
            try:
                page = max(1, int(params.get(param, "1")))
            except ValueError:
                page = 1
            title = f"Arsip Dokumen - Halaman {page}"
            items = "".join(f"<li>Dokumen arsip nomor {page * 10 + i}/ARS/{2000 + page % 24}</li>"
                            for i in range(10))
            body = (f"<ul class=\"arsip\">{items}</ul>"
                    f'<div class="pagination"><a href="{path}?{param}={page + 1}" rel="next">'
                    f"Berikutnya &raquo;</a></div>")
        else:
            return self._not_found(head, site)
        doc = (f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
               f"<title>{title} | {title_site}</title></head><body>"
               f'<a href="/">Beranda</a><h1>{title}</h1>{body}</body></html>')
        self._send(200, doc.encode("utf-8"), CONTENT_TYPES[".html"], head, site=site)


class _NullWriter:
    closed = False

    def write(self, data):
        return len(data)

    def flush(self):
        pass

    def close(self):
        pass


class MirrorServer:
    """The mirror as a background HTTP server (context manager)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, sites_dir=None,
                 slow_delay: float = 5.0, verbose: bool = False):
        self.host = host
        self._port = port
        self.sites_dir = Path(sites_dir) if sites_dir else DEFAULT_SITES_DIR
        self.slow_delay = float(slow_delay)
        self.verbose = verbose
        self.sites: dict[str, Site] = {}
        self._by_name: dict[str, Site] = {}
        for conf in sorted(self.sites_dir.glob("*/_site.yml")):
            site = Site(conf.parent)
            self.sites[site.host] = site
            for name in [site.host, *site.aliases]:
                self._by_name[name] = site
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()
        self._httpd: MirrorHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # state for fault routes
    def count_hit(self, key: str) -> int:
        with self._lock:
            self._counts[key] = self._counts.get(key, 0) + 1
            return self._counts[key]

    def reset_faults(self) -> None:
        with self._lock:
            self._counts.clear()

    def site_for(self, host: str) -> Site | None:
        return self._by_name.get((host or "").lower().rstrip("."))

    # lifecycle
    def start(self) -> "MirrorServer":
        if self._httpd is not None:
            return self
        self._httpd = MirrorHTTPServer((self.host, self._port), MirrorHandler, self)
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.1},
                                        name="terpadu-mirror", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> "MirrorServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            return self._port
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, host: str, path: str = "/") -> str:
        """Browsing-prefix URL for a page of one old site."""
        return f"{self.base_url}/_site/{host}{path if path.startswith('/') else '/' + path}"


def serve_forever(port: int = 8765, host: str = "127.0.0.1", slow_delay: float = 5.0,
                  verbose: bool = True) -> None:
    """Run the mirror in the foreground until Ctrl-C (for `terpadu mirror serve`)."""
    srv = MirrorServer(host=host, port=port, slow_delay=slow_delay, verbose=verbose)
    srv.start()
    print(f"terpadu mirror on {srv.base_url}/_site/<host>/ "
          f"({len(srv.sites)} sites: {', '.join(sorted(srv.sites))})", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        srv.stop()


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="Serve the offline mirror of the old PU sites")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--slow-delay", type=float, default=5.0)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    serve_forever(a.port, a.host, a.slow_delay, verbose=not a.quiet)


if __name__ == "__main__":
    main()
