"""Verify the redirects against a real nginx on 127.0.0.1.

Starts Debian's ``/usr/sbin/nginx`` with the generated configuration in a temporary
folder (its own pid, logs and temp paths), requests every known old URL with its
original ``Host`` header, and classifies each answer:

- **redirected**: 301 to a page that exists in ``site/`` (or to another https site);
- **gone**: 410;
- **served**: the new site's own host answers 200 with a page of ``site/``;
- **broken**: 301 to a page that does not exist, or any other answer;
- **unmapped**: 404, nothing decides about the URL.
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

from terpadu.redirects import nginx
from terpadu.redirects.canonical import canonical_host
from terpadu.redirects.models import KnownUrl, Plan
from terpadu.redirects.sitefiles import page_exists

NGINX = "/usr/sbin/nginx"
LOOPBACK = "127.0.0.1"
_PATH_SAFE = "/%:@!$&'()*+,;=~-._?"


class NginxFailed(Exception):
    """nginx would not start; the message holds its own words."""


@dataclass(frozen=True)
class Answer:
    url: str
    unit_id: str
    origin: str
    status: int
    location: str | None
    verdict: str  # redirected, gone, served, broken, unmapped
    detail: str = ""


@dataclass
class Coverage:
    answers: list[Answer] = field(default_factory=list)

    def count(self, verdict: str) -> int:
        return sum(1 for a in self.answers if a.verdict == verdict)

    @property
    def failed(self) -> list[Answer]:
        return [a for a in self.answers if a.verdict in ("broken", "unmapped")]

    def by_unit(self) -> dict[str, Counter]:
        table: dict[str, Counter] = {}
        for answer in self.answers:
            table.setdefault(answer.unit_id, Counter())[answer.verdict] += 1
        return table

    def summary(self) -> str:
        hosts = len({canonical_host(urlsplit(a.url).hostname or "") for a in self.answers})
        return (f"{len(self.answers)} old URLs checked on {hosts} hosts: "
                f"{self.count('redirected')} redirected, {self.count('gone')} gone, "
                f"{self.count('served')} served by the new site, {self.count('broken')} broken, "
                f"{self.count('unmapped')} unmapped.")


class NginxServer:
    """nginx on 127.0.0.1 with a redirects configuration, for as long as the ``with`` lasts."""

    def __init__(self, plan: Plan, site_dir: Path):
        self.plan = plan
        self.site_dir = site_dir.resolve()
        self.port = 0
        self._dir: Path | None = None
        self._process: subprocess.Popen | None = None

    def __enter__(self) -> NginxServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        if not os.access(NGINX, os.X_OK):
            raise NginxFailed(f"{NGINX} not found: install Debian's nginx package")
        self._dir = Path(tempfile.mkdtemp(prefix="terpadu-nginx-"))
        self.port = _free_port()
        options = nginx.NginxOptions(listen=(f"{LOOPBACK}:{self.port}",),
                                     pages_root=str(self._dir / "pages"), site_root=str(self.site_dir),
                                     tls_dir=str(self._dir / "tls"))
        (self._dir / "redirects.conf").write_text(nginx.render(self.plan, options), encoding="utf-8")
        nginx.write_pages(self.plan, self._dir / "pages")
        (self._dir / "temp").mkdir()
        (self._dir / "nginx.conf").write_text(self._main_config(), encoding="utf-8")
        self._process = subprocess.Popen(
            [NGINX, "-p", str(self._dir), "-c", str(self._dir / "nginx.conf")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self._wait_until_listening()

    def _main_config(self) -> str:
        d = self._dir
        user = "user root;\n" if os.geteuid() == 0 else ""  # workers must read site/ and pages/
        mime = "include /etc/nginx/mime.types;" if Path("/etc/nginx/mime.types").is_file() else ""
        temp = "\n".join(f"    {kind}_temp_path {d}/temp/{kind};"
                         for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        return (f"{user}daemon off;\nworker_processes 1;\npid {d}/nginx.pid;\n"
                f"error_log {d}/error.log warn;\nevents {{ worker_connections 64; }}\n"
                f"http {{\n    {mime}\n    access_log off;\n{temp}\n    include {d}/redirects.conf;\n}}\n")

    def _wait_until_listening(self) -> None:
        assert self._process is not None
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                _, err = self._process.communicate()
                raise NginxFailed(err.decode(errors="replace").strip() or "nginx exited")
            try:
                socket.create_connection((LOOPBACK, self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise NginxFailed("nginx did not start listening within 10 s")

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process is not None:
            for stream in (self._process.stdout, self._process.stderr):
                if stream:
                    stream.close()
        self._process = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


def verify(plan: Plan, site_dir: Path, known: list[KnownUrl]) -> Coverage:
    """Start nginx, ask it about every known old URL, judge each answer."""
    coverage = Coverage()
    with NginxServer(plan, site_dir) as server:
        client = _Client(server.port)
        try:
            for item in known:
                status, location = client.get(item.url)
                coverage.answers.append(_judge(item, status, location, plan, site_dir))
        finally:
            client.close()
    return coverage


class _Client:
    """One keep-alive connection to nginx, reopened when nginx closes it."""

    def __init__(self, port: int):
        self.port = port
        self.connection: http.client.HTTPConnection | None = None

    def get(self, url: str) -> tuple[int, str | None]:
        parts = urlsplit(url)
        target = quote(parts.path or "/", safe=_PATH_SAFE) + (f"?{quote(parts.query, safe=_PATH_SAFE + '=')}"
                                                             if parts.query else "")
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(LOOPBACK, self.port, timeout=10)
            try:
                self.connection.request("GET", target, headers={"Host": parts.netloc})
                response = self.connection.getresponse()
                response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.close()
                return response.status, response.getheader("Location")
            except (http.client.HTTPException, OSError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def _judge(item: KnownUrl, status: int, location: str | None, plan: Plan, site_dir: Path) -> Answer:
    def answer(verdict: str, detail: str = "") -> Answer:
        return Answer(item.url, item.unit_id, item.origin, status, location, verdict, detail)

    if status == 410:
        return answer("gone")
    if status == 404:
        return answer("unmapped", "answers 404: add a mapping or a fallback rule")
    if status == 200 and canonical_host(urlsplit(item.url).hostname or "") == plan.site_host:
        return answer("served")
    if status != 301 or not location:
        return answer("broken", f"answers {status}")
    if not location.startswith(plan.site_url):
        return answer("redirected", "to another site") if location.startswith("https://") \
            else answer("broken", f"redirects to {location}, not an https URL")
    path = urlsplit(location).path
    if page_exists(site_dir, path):
        return answer("redirected")
    return answer("broken", f"redirects to {path}, which is not a page of site/")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]
