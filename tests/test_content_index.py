from pathlib import Path

from terpadu.project import Paths, validate


def _page(project: Path, rel: str, text: str) -> None:
    path = project / "content" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _messages(project: Path) -> list[str]:
    _, problems = validate(Paths.at(project))
    return [str(p) for p in sorted(problems)]


NEWS = """\
---
title: Bendungan Sukamahi mulai diisi
type: berita
date: 2023-03-28
unit: sda
tags: [bendungan]
---

Pengisian awal bendungan dimulai hari ini.
"""


def test_a_valid_article_is_indexed(project: Path):
    _page(project, "sda/berita/2023/sukamahi.md", NEWS)
    project_record, problems = validate(Paths.at(project))
    assert problems == []
    document = project_record.content.get("sda/berita/2023/sukamahi.md")
    assert document.type == "berita" and document.url == "sda/berita/2023/sukamahi/"
    assert document.meta.day.isoformat() == "2023-03-28"
    assert [d.src_uri for d in project_record.content.articles()] == ["sda/berita/2023/sukamahi.md"]


def test_unknown_unit_names_the_page_and_line(project: Path):
    _page(project, "sda/berita/2023/x.md", NEWS.replace("unit: sda", "unit: sdaa"))
    [message] = _messages(project)
    assert message.startswith("content/sda/berita/2023/x.md:5: unit: unknown unit 'sdaa' (known units: ")


def test_every_front_matter_problem_in_one_run(project: Path):
    _page(project, "a.md", NEWS.replace("title: Bendungan Sukamahi mulai diisi\n", ""))
    _page(project, "b.md", NEWS.replace("date: 2023-03-28", "date: 28 Maret 2023"))
    _page(project, "c.md", NEWS.replace("type: berita", "type: beritaa"))
    _page(project, "d.md", "---\ntitle: [unclosed\n---\n")
    _page(project, "e.md", "---\ntitle: no end\n")
    _page(project, "f.md", NEWS.replace("tags: [bendungan]", "tags: [bendungan]\nsumary: typo"))
    messages = _messages(project)
    assert messages[0] == "content/a.md:2: missing required field 'title'"
    assert messages[1] == "content/b.md:4: date: '28 Maret 2023' is not a date; write it as YYYY-MM-DD, e.g. 2023-03-28"
    assert messages[2].startswith("content/c.md:3: type: unknown page type 'beritaa' (known: ")
    assert messages[3].startswith("content/d.md:3: invalid YAML")
    assert messages[4] == "content/e.md:1: front matter starts with '---' but is never closed"
    assert messages[5] == "content/f.md:7: unknown field 'sumary'"
    assert len(messages) == 6


def test_a_page_without_front_matter_is_a_plain_page(project: Path):
    _page(project, "panduan.md", "# Panduan\n\nIsi.\n")
    project_record, problems = validate(Paths.at(project))
    assert problems == [] and project_record.content.get("panduan.md").type == "halaman"
