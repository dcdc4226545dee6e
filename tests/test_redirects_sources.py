from __future__ import annotations

from pathlib import Path

from terpadu.redirects.models import RedirectSettings
from terpadu.redirects.sources import read_mappings, read_settings, read_urlmaps


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_nothing_to_read_is_no_problem(tmp_path: Path) -> None:
    assert read_urlmaps(tmp_path) == ([], [])
    assert read_mappings(tmp_path) == ([], [])
    assert read_settings(tmp_path) == (RedirectSettings(), [])


def test_settings_share_the_file_with_other_stages(tmp_path: Path) -> None:
    write(tmp_path, "migration/settings.yml",
          "duplicates:\n  threshold: 0.6\nredirects:\n  gone_statuses: [404, 410, 451]\n  home_redirect: false\n")
    assert read_settings(tmp_path) == (RedirectSettings(gone_statuses=[404, 410, 451], home_redirect=False), [])


def test_a_misspelt_setting_is_an_error_with_its_line(tmp_path: Path) -> None:
    write(tmp_path, "migration/settings.yml", "redirects:\n  home_redirects: false\n")
    _, problems = read_settings(tmp_path)
    assert [str(p) for p in problems] == ["migration/settings.yml:2: unknown field 'redirects.home_redirects'"]


def test_mappings_keep_their_lines_and_comments_are_ignored(tmp_path: Path) -> None:
    write(tmp_path, "migration/mappings/sda.yml",
          "# retired\nhttps://sda.pu.go.id/a: gone   # old\n\nhttps://sda.pu.go.id/b: /sda/\n")
    mappings, problems = read_mappings(tmp_path)
    assert problems == []
    assert [(m.old_url, m.target, str(m.origin)) for m in mappings] == [
        ("https://sda.pu.go.id/a", None, "migration/mappings/sda.yml:2"),
        ("https://sda.pu.go.id/b", "/sda/", "migration/mappings/sda.yml:4"),
    ]


def test_a_mapping_file_that_is_not_a_mapping_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "migration/mappings/sda.yml", "- https://sda.pu.go.id/a\n")
    write(tmp_path, "migration/mappings/bpiw.yml", "https://bpiw.pu.go.id/a: [x\n")
    _, problems = read_mappings(tmp_path)
    assert [(p.path, p.line) for p in problems] == [("migration/mappings/bpiw.yml", 2),
                                                    ("migration/mappings/sda.yml", 1)]
