"""The generated nginx configuration, served by Debian's real nginx on 127.0.0.1."""

from __future__ import annotations

import http.client
from pathlib import Path

import pytest
from tests.redirects_project import build, copy_project, small_import

from terpadu.project import load_project
from terpadu.redirects import load_plan
from terpadu.redirects.nginx import NginxOptions, render
from terpadu.redirects.verify import NginxServer


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("project")
    paths = copy_project(root)
    small_import(root)
    site = build(paths)
    plan = load_plan(load_project(paths), site)
    with NginxServer(plan, site) as server:
        yield server


def get(server: NginxServer, host: str, target: str) -> tuple[int, str | None, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        connection.request("GET", target, headers={"Host": host})
        response = connection.getresponse()
        return response.status, response.getheader("Location"), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


NEW = "https://pu.go.id/sda/berita/2023/bendungan-sukamahi/"


@pytest.mark.parametrize(("host", "target"), [
    ("sda.pu.go.id", "/berita/bendungan-sukamahi"),
    ("sda.pu.go.id", "/berita/bendungan-sukamahi/"),
    ("www.sda.pu.go.id", "/index.php/berita/bendungan-sukamahi/index.php"),
    ("SDA.pu.go.id:80", "/berita//bendungan-sukamahi?utm_source=wa&fbclid=1"),
    ("sda.pu.go.id", "/berita/x/../bendungan-sukamahi"),
    ("binamarga.pu.go.id", "/berita/sukamahi"),  # a duplicate on another unit's site
    ("pu.go.id", "/berita/sukamahi-rilis/"),  # an old path on the new site's own host
])
def test_every_spelling_of_an_old_url_is_redirected_once(served: NginxServer, host: str, target: str) -> None:
    assert get(served, host, target)[:2] == (301, NEW)


def test_significant_parameters_choose_the_page(served: NginxServer) -> None:
    jalan = "https://pu.go.id/binamarga/berita/2022/jalan-tol/"
    assert get(served, "sda.pu.go.id", "/berita/detail.php?id=7")[:2] == (301, jalan)
    assert get(served, "sda.pu.go.id", "/berita/detail.php?utm_source=x&id=7&hal=2")[:2] == (301, jalan)
    assert get(served, "sda.pu.go.id", "/berita/detail.php?id=8")[0] == 404


def test_gone_answers_410_with_an_archive_page(served: NginxServer) -> None:
    status, _, body = get(served, "sda.pu.go.id", "/arsip/2009/")
    assert status == 410
    assert "Halaman sudah tidak tersedia" in body
    assert 'href="https://pu.go.id/sda/"' in body  # the unit's page on the new site
    assert "https://web.archive.org/web/2024/https://sda.pu.go.id/arsip/2009/" in body  # filled in by nginx


def test_fallback_rules_catch_what_has_no_exact_rule(served: NginxServer) -> None:
    assert get(served, "sda.pu.go.id", "/agenda?bulan=2031-01")[:2] == (301, "https://pu.go.id/sda/")


def test_an_unknown_old_url_is_404_with_a_way_on(served: NginxServer) -> None:
    status, _, body = get(served, "bpiw.pu.go.id", "/tidak-pernah-ada")
    assert status == 404
    assert "Halaman tidak ditemukan" in body and 'href="https://pu.go.id/bpiw/"' in body


def test_home_pages_of_old_hosts_go_to_the_unit_page(served: NginxServer) -> None:
    assert get(served, "itjen.pu.go.id", "/")[:2] == (301, "https://pu.go.id/itjen/")
    assert get(served, "www.itjen.pu.go.id", "/index.php")[:2] == (301, "https://pu.go.id/itjen/")


def test_the_new_site_is_served_and_its_pages_win_over_old_rules(served: NginxServer) -> None:
    status, _, body = get(served, "pu.go.id", "/")
    assert status == 200 and "Kementerian Pekerjaan Umum" in body
    # the old https://pu.go.id/tentang is a page of the new site now: served, not redirected
    assert get(served, "pu.go.id", "/tentang/")[0] == 200
    assert get(served, "pu.go.id", "/tidak-ada/")[0] == 404


def test_the_configuration_has_one_server_block_per_old_host(served: NginxServer) -> None:
    text = render(served.plan, NginxOptions())
    assert text.count("server {") == 12
    assert "server_name sda.pu.go.id www.sda.pu.go.id;" in text
    assert "listen 80;" in text and "root /var/www/terpadu/site;" in text
