"""The extraction quality gate: every ground-truth page of the mirror, fetched over real
HTTP on 127.0.0.1, checked against what extract + convert make of it (title, date, unit,
type exact; key sentences present; boilerplate absent; images, attachments, regulation).

``python -m terpadu.extract.evaluation [--generic]`` prints each failing page and the score
(``--generic`` ignores the recipes' selectors: trafilatura alone). The tests use the same
functions (tests/test_extract_truth.py).
"""

from __future__ import annotations

import html
import json
import re
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from terpadu.convert import to_markdown
from terpadu.extract import extract_page
from terpadu.fetch.records import FetchedPage
from terpadu.mirror import TRUTH_DIR
from terpadu.registry import Registry



def truth_pages() -> list[dict]:
    pages = []
    for path in sorted(TRUTH_DIR.glob("*/*.json")):
        if not path.name.startswith("_"):
            page = json.loads(path.read_text(encoding="utf-8"))
            page["_file"] = path.relative_to(TRUTH_DIR).as_posix()
            pages.append(page)
    return pages


def fetch(port: int, url: str, unit_id: str, page_type: str | None) -> FetchedPage:
    """GET the old URL from the mirror: connect to 127.0.0.1, send the old host."""
    parts = urlsplit(url)
    local = f"http://127.0.0.1:{port}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")
    request = urllib.request.Request(local, headers={"Host": parts.hostname or ""})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback only
        body = response.read()
        content_type = response.headers.get("Content-Type", "")
        charset = response.headers.get_content_charset()
        status = response.status
    return FetchedPage(url=url, requested_url=url, status=status, content_type=content_type,
                       body=body, declared_charset=charset, unit_id=unit_id, page_type=page_type)


def page_type_for(registry: Registry, unit_id: str, url: str) -> str | None:
    """What the crawler would say: the type of the first page rule matching the URL."""
    unit = registry.get(unit_id)
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    for rule in unit.recipe.pages if unit and unit.recipe else []:
        if re.search(rule.pattern, target):
            return rule.type
    return None


@dataclass
class Verdict:
    file: str
    method: str
    problems: list[str]


def reader_text(markdown: str) -> str:
    """The Markdown as a reader sees it: markup and escapes removed, entities decoded."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\\(.)", r"\1", text)
    text = re.sub(r"^\s*(#+|[-*]|\d+\.)\s+", "", text, flags=re.MULTILINE)
    text = text.replace("*", "").replace("|", " ")
    return " ".join(html.unescape(text).split())


def check(truth: dict, fetched: FetchedPage, registry: Registry, use_recipe: bool = True) -> Verdict:
    unit = registry.get(truth["unit"])
    page = extract_page(fetched, unit, registry.vocabulary, use_recipe=use_recipe)
    converted = to_markdown(page, lambda url: None, lambda url: None)
    text = reader_text(converted.markdown)
    problems = []
    for key, got in (("title", page.title), ("unit", page.unit_id), ("type", page.type),
                     ("date", page.date.isoformat() if page.date else None)):
        if got != truth[key]:
            problems.append(f"{key}: got {got!r}, want {truth[key]!r}")
    for sentence in truth["must_contain"]:
        if " ".join(sentence.split()) not in text:
            problems.append(f"missing: {sentence[:70]}")
    for sentence in truth["must_not_contain"]:
        if " ".join(sentence.split()) in text:
            problems.append(f"boilerplate kept: {sentence[:70]}")
    problems += _compare("images", [urlsplit(i.url).path for i in page.images], truth["images"])
    problems += _compare("attachments", [urlsplit(a.url).path for a in page.attachments],
                         truth["attachments"])
    if truth.get("meta"):
        want = {k: str(v).casefold() for k, v in truth["meta"].items()}
        got = {k: str(v).casefold() for k, v in (page.regulation or {}).items()}
        if got != want:
            problems.append(f"regulation: got {page.regulation}, want {truth['meta']}")
    return Verdict(truth["_file"], page.method, problems)


def _compare(name: str, got: list[str], want: list[str]) -> list[str]:
    return [] if sorted(got) == sorted(want) else [f"{name}: got {sorted(got)}, want {sorted(want)}"]


def main() -> None:
    from terpadu.mirror import MirrorServer
    from terpadu.project import find_root
    from terpadu.registry import load_registry

    registry, problems = load_registry(find_root(Path.cwd()) / "units")
    if registry is None:
        raise SystemExit("\n".join(str(p) for p in problems))
    use_recipe = "--generic" not in sys.argv
    failed = 0
    with MirrorServer() as server:
        pages = truth_pages()
        for truth in pages:
            fetched = fetch(server.port, truth["url"], truth["unit"],
                            page_type_for(registry, truth["unit"], truth["url"]))
            verdict = check(truth, fetched, registry, use_recipe)
            if verdict.problems:
                failed += 1
                print(verdict.file, verdict.method)
                for problem in verdict.problems:
                    print("   ", problem)
    print(f"{len(pages) - failed} of {len(pages)} pages correct")


if __name__ == "__main__":
    main()
