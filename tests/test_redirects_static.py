"""_redirects, .htaccess and the HTML redirect pages for static hosting (as text: neither
Netlify nor Apache runs on this machine; the nginx tests exercise the same plan live)."""

from __future__ import annotations

from pathlib import Path

import pytest

from terpadu.project import load_project
from terpadu.redirects import load_plan
from terpadu.redirects.static import render_htaccess, render_netlify, write_site_pages
from tests.redirects_project import build, copy_project, small_import, write_urlmap
from tests.test_redirects_plan import rename_sda


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("project")
    paths = copy_project(root)
    small_import(root)
    rename_sda(root)
    site = build(paths)
    return load_plan(load_project(paths), site), site


def test_netlify_rules_cover_old_hosts_moves_and_gone(renamed) -> None:
    plan, _ = renamed
    lines = render_netlify(plan).splitlines()
    new = "https://pu.go.id/sumber-daya-air/berita/2023/bendungan-sukamahi/"
    assert "/sda/* /sumber-daya-air/:splat 301" in lines
    assert f"https://sda.pu.go.id/berita/bendungan-sukamahi {new} 301" in lines
    assert f"https://www.sda.pu.go.id/berita/bendungan-sukamahi {new} 301" in lines
    assert "https://sda.pu.go.id/berita/detail.php id=7 https://pu.go.id/binamarga/berita/2022/jalan-tol/ 301" \
        in lines
    assert "https://sda.pu.go.id/arsip/2009 /404.html 410" in lines
    assert f"/berita/sukamahi-rilis {new} 301" in lines  # the new site's own host: a path rule
    assert "https://sda.pu.go.id/agenda https://pu.go.id/sumber-daya-air/ 301" in lines  # a fallback
    assert "https://ciptakarya.pu.go.id/internal/* /404.html 410" in lines  # a prefix fallback, gone
    assert "# fallback ^/balai/[^/]+/berita$ is a pattern _redirects cannot express" in lines


def test_htaccess_matches_host_path_and_significant_parameters(renamed) -> None:
    plan, _ = renamed
    text = render_htaccess(plan)
    assert "RewriteRule ^sda/(.*)$ https://pu.go.id/sumber-daya-air/$1 [R=301,L]" in text
    assert ("RewriteCond %{HTTP_HOST} ^(www\\.)?sda\\.pu\\.go\\.id$ [NC]\n"
            "RewriteCond %{QUERY_STRING} (^|&)id=7(&|$)\n"
            "RewriteRule ^berita/detail\\.php/?$ https://pu.go.id/binamarga/berita/2022/jalan-tol/ [R=301,L,QSD]") \
        in text
    assert "RewriteRule ^arsip/2009/?$ - [G,L]" in text
    assert "RewriteRule ^agenda$ https://pu.go.id/sumber-daya-air/ [R=301,L,QSD]" in text
    assert "RewriteRule ^internal/ - [G,L]" in text


def test_site_pages_never_replace_a_real_page(renamed) -> None:
    plan, site = renamed
    tentang = (site / "tentang" / "index.html").read_text()
    assert write_site_pages(plan, site) == []  # the build wrote them already; a second run adds nothing
    assert (site / "tentang" / "index.html").read_text() == tentang
    moved = (site / "berita" / "sukamahi-rilis" / "index.html").read_text()
    assert 'url=https://pu.go.id/sumber-daya-air/berita/2023/bendungan-sukamahi/"' in moved
    assert 'data-pagefind-ignore="all"' in moved and 'name="robots" content="noindex"' in moved


def test_no_html_page_stands_in_for_an_old_image(tmp_path) -> None:
    paths = copy_project(tmp_path)
    small_import(tmp_path)
    write_urlmap(tmp_path, "setjen", [
        {"old_url": "https://pu.go.id/assets/foto/bendungan.jpg", "outcome": "imported",
         "new_path": "/tentang/"},
        {"old_url": "https://pu.go.id/siaran-pers/detail.php", "outcome": "imported", "new_path": "/tentang/"},
    ])
    site = build(paths)
    assert not (site / "assets" / "foto" / "bendungan.jpg").exists()
    assert (site / "siaran-pers" / "detail.php" / "index.html").is_file()
