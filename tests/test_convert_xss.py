"""The XSS corpus of the mirror (terpadu/mirror/xss_vectors.txt) leaves no executable markup
in the Markdown nor in the HTML MkDocs builds from it: no script/iframe/object/embed
elements, no on* attributes, no javascript:/data: URLs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from lxml import html

from terpadu.build import run_build
from terpadu.convert import to_markdown
from terpadu.convert.markdown import LIST_SEPARATOR
from terpadu.extract import extract_page
from terpadu.extract.evaluation import fetch, page_type_for
from terpadu.fetch.records import FetchedPage
from terpadu.mirror import XSS_VECTORS_FILE, MirrorServer
from terpadu.project import Paths
from terpadu.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
VECTORS = [line for line in XSS_VECTORS_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
# The mirror's pages that carry the corpus (berita #8 of three sites, see its README).
MIRROR_PAGES = [
    ("ciptakarya", "https://ciptakarya.pu.go.id/index.php/berita/pamsimas-hadirkan-air-bersih-di-desa-pegunungan-nusa-tenggara-timur"),
    ("perumahan", "https://perumahan.pu.go.id/berita/rusun-mahasiswa-universitas-cenderawasih-siap-digunakan"),
    ("lpjk", "https://lpjk.pu.go.id/2022/06/21/lpjk-bekukan-37-sertifikat-badan-usaha-yang-tidak-memenuhi-syarat/"),
]
ACTIVE_ELEMENTS = {"script", "iframe", "object", "embed", "applet", "form", "input", "button", "svg",
                   "math", "style", "link", "meta", "base", "frame", "frameset", "template", "details"}
UNSAFE_URL = re.compile(r"^\s*(javascript|data|vbscript)\s*:", re.IGNORECASE)


@pytest.fixture(scope="module")
def registry():
    loaded, problems = load_registry(ROOT / "units")
    assert loaded is not None, problems
    return loaded


@pytest.fixture(scope="module")
def converted(registry) -> dict[str, str]:
    """name -> Markdown, for the corpus placed in a recipe body and for the mirror's pages,
    each through the recipe path and the generic path."""
    out = {}
    vectors = "\n".join(f"<p>Vektor {i}</p>\n{v}" for i, v in enumerate(VECTORS))
    page_html = (f'<html><body><h2 class="post-title">Uji XSS</h2><div class="post-meta">28 Mar 2023</div>'
                 f'<div class="post-content"><p>Awal</p>{vectors}<p>Akhir</p></div></body></html>')
    corpus = FetchedPage(url="https://sda.pu.go.id/berita/uji-xss", requested_url="https://sda.pu.go.id/berita/uji-xss",
                         status=200, content_type="text/html", body=page_html.encode(), declared_charset="utf-8",
                         unit_id="sda", page_type="berita")
    with MirrorServer() as server:
        fetched = [("corpus", corpus)] + [
            (unit, fetch(server.port, url, unit, page_type_for(registry, unit, url))) for unit, url in MIRROR_PAGES]
    for name, page in fetched:
        for use_recipe in (True, False):
            extracted = extract_page(page, registry.get(page.unit_id), registry.vocabulary, use_recipe=use_recipe)
            markdown = to_markdown(extracted, lambda u: None, lambda u: None).markdown
            out[f"{name}-{'recipe' if use_recipe else 'generic'}"] = markdown
    return out


def test_the_corpus_reaches_the_converter(converted):
    """Not vacuous: the text around every vector came through, so the vectors were processed."""
    markdown = converted["corpus-recipe"]
    assert all(f"Vektor {i}" in markdown for i in range(len(VECTORS)))
    assert "Awal" in markdown and "Akhir" in markdown


def test_no_executable_markup_in_the_markdown(converted):
    for name, markdown in converted.items():
        raw_html = markdown.replace(LIST_SEPARATOR, "")
        assert "<" not in raw_html, name  # no raw HTML at all: text "<" is written &lt;
        assert not re.search(r"(?<!\\)\]\(\s*(javascript|data|vbscript):", markdown, re.IGNORECASE), name
        assert not re.search(r"(?<!\\)\{", markdown), name  # no attr_list "{: onclick=...}"


def test_no_executable_markup_in_the_built_site(converted, tmp_path):
    root = tmp_path / "site-project"
    for folder in ("units", "overrides", "content"):
        shutil.copytree(ROOT / folder, root / folder)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for name, markdown in converted.items():
        front = f"---\ntitle: Uji {name}\ntype: berita\ndate: 2023-03-28\nunit: sda\n---\n\n"
        target = root / "content" / "sda" / "berita" / "2023" / f"uji-{name}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(front + markdown, encoding="utf-8")
    site = run_build(Paths.at(root), tmp_path / "site").site_dir
    for name in converted:
        page = html.parse(str(site / "sda" / "berita" / "2023" / f"uji-{name}" / "index.html")).getroot()
        content = page.xpath('//div[contains(@class, "md-content")]//article')
        assert content, name
        for element in content[0].iter():
            if not isinstance(element.tag, str):
                continue
            assert element.tag not in ACTIVE_ELEMENTS, (name, element.tag)
            for attribute, value in element.attrib.items():
                assert not attribute.lower().startswith("on"), (name, element.tag, attribute)
                assert attribute.lower() not in {"srcdoc", "formaction", "style"}, (name, element.tag, attribute)
                if attribute.lower() in {"href", "src", "action", "data", "xlink:href"}:
                    assert not UNSAFE_URL.match(value), (name, element.tag, value)
