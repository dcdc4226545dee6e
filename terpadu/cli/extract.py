"""``terpadu extract``: what the importer would take from one page, to debug a recipe."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import click
import yaml
from lxml import html as lxml_html

from terpadu.cli.common import fail_with_problems, project_paths, root_option
from terpadu.convert import to_markdown
from terpadu.extract import ExtractedPage, NotHtml, extract_page
from terpadu.fetch.records import FetchedPage
from terpadu.extract.page import rule_for
from terpadu.registry import Registry, load_registry

MIRROR_ENV = "TERPADU_MIRROR"
USER_AGENT = "terpadu-extract/1.0 (+https://pu.go.id/)"
TIMEOUT = 20


@click.command()
@click.argument("source")
@click.option("--format", "output", type=click.Choice(["markdown", "text", "json"]), default="markdown",
              show_default=True, help="markdown: front matter and body as the importer writes them; "
              "text: title, date and plain text; json: every extracted field.")
@click.option("--unit", "unit_id", default=None,
              help="Read the page with this unit's recipe (selectors from units/<id>.yml). "
                   "Without it the generic extractor reads the page.")
@click.option("--url", "page_url", default=None,
              help="The page's address on the old site, for a saved FILE (resolves relative links "
                   "and picks the recipe's page rule).")
@click.option("--type", "page_type", default=None, help="Page type (berita, pengumuman, ...) if the "
              "recipe's page rules cannot tell from the URL.")
@click.option("--mirror", default=lambda: os.environ.get(MIRROR_ENV), metavar="HOST:PORT",
              help=f"Fetch URLs from a running `terpadu mirror serve` at HOST:PORT instead of the "
                   f"real site (sends the old host name). Default: ${MIRROR_ENV}.")
@root_option
def extract(source: str, output: str, unit_id: str | None, page_url: str | None, page_type: str | None,
            mirror: str | None, root: Path | None) -> None:
    """Show what the importer would take from one page: SOURCE is a saved HTML FILE or a URL."""
    paths = project_paths(root)
    registry, problems = load_registry(paths.units_dir, paths.root)
    if registry is None:
        fail_with_problems(problems, paths)
    unit = registry.get(unit_id) if unit_id else None
    if unit_id and unit is None:
        _fail(f"unknown unit '{unit_id}' (known units: {', '.join(registry.ids())})")
    fetched = _load(source, page_url, mirror)
    url = fetched.url
    owner = unit or registry.by_host(urlsplit(url).hostname or "")
    rule = rule_for(unit, url, page_type) if unit else None
    fetched = dataclasses.replace(fetched, unit_id=owner.id if owner else "-",
                                  page_type=page_type or (rule.type if rule else None))
    try:
        page = extract_page(fetched, unit or owner, registry.vocabulary, use_recipe=unit is not None)
    except NotHtml as exc:
        _fail(f"{source}: {exc}")
    converted = to_markdown(page, lambda _: None, lambda _: None)
    click.echo(_render(page, converted.markdown, output, registry), nl=False)


def _load(source: str, page_url: str | None, mirror: str | None) -> FetchedPage:
    if source.startswith(("http://", "https://")):
        return _fetch(source, mirror)
    path = Path(source)
    if not path.is_file():
        _fail(f"{source}: no such file (give a saved page or an http(s) URL)")
    url = page_url or path.resolve().as_uri()
    return FetchedPage(url=url, requested_url=url, status=200, content_type="text/html",
                       body=path.read_bytes(), declared_charset=None, unit_id="-", page_type=None)


def _fetch(url: str, mirror: str | None) -> FetchedPage:
    """GET ``url``; with ``mirror``, from the mirror at HOST:PORT with the old Host header."""
    parts = urlsplit(url)
    target, headers = url, {"User-Agent": USER_AGENT}
    if mirror:
        target = urlunsplit(("http", mirror, parts.path or "/", parts.query, ""))
        headers["Host"] = parts.netloc
    request = urllib.request.Request(target, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 - http(s) only
            body = response.read()
            final = response.geturl()
            content_type = response.headers.get("Content-Type", "")
            charset = response.headers.get_content_charset()
            status = response.status
    except urllib.error.HTTPError as exc:
        _fail(f"{url}: HTTP {exc.code} {exc.reason}")
    except (urllib.error.URLError, OSError) as exc:
        _fail(f"{url}: cannot fetch ({getattr(exc, 'reason', exc)})")
    if mirror:  # the mirror's address must not leak into URLs: keep the old site's
        final_parts = urlsplit(final)
        final = urlunsplit((parts.scheme, parts.netloc, final_parts.path, final_parts.query, ""))
    return FetchedPage(url=final, requested_url=url, status=status, content_type=content_type,
                       body=body, declared_charset=charset, unit_id="-", page_type=None)


def _render(page: ExtractedPage, markdown: str, output: str, registry: Registry) -> str:
    data = dataclasses.asdict(page)
    data["date"] = page.date.isoformat() if page.date else None
    if output == "json":
        data["markdown"] = markdown
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if output == "text":
        date = page.date.isoformat() if page.date else "(no date)"
        return f"{page.title}\n{date}\n\n{plain_text(page.body_html)}\n"
    header = {
        "title": page.title, "type": page.type, "date": data["date"], "unit": page.unit_id,
        "summary": page.summary, "tags": list(page.tags), "unmapped_tags": list(page.unmapped),
        "attachments": [{"title": a.label, "file": a.url} for a in page.attachments],
        "images": [i.url for i in page.images], "regulation": page.regulation,
        "source_url": page.url, "method": page.method,
    }
    header = {k: v for k, v in header.items() if v not in (None, [], {})}
    front = yaml.safe_dump(header, allow_unicode=True, sort_keys=False, width=100)
    return f"---\n{front}---\n\n{markdown}"


def plain_text(body_html: str) -> str:
    """The body as paragraphs of plain text (one blank line between blocks)."""
    if not body_html.strip():
        return ""
    root = lxml_html.fragment_fromstring(body_html, create_parent="div")
    blocks = []
    for element in root.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "figcaption", "pre"):
        if element.tag == "p" and next(element.iterancestors("li", "td", "th"), None) is not None:
            continue
        text = " ".join(element.text_content().split())
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)


def _fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(1)


COMMANDS = [extract]
