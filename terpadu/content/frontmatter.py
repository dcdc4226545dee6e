"""Split a Markdown file into its YAML front matter and body, keeping line numbers."""

from __future__ import annotations

from dataclasses import dataclass

FENCE = "---"


@dataclass(frozen=True)
class FrontMatter:
    yaml_text: str | None  # None when the file has no front matter
    body: str
    first_line: int  # file line on which the YAML text starts
    body_line: int  # file line on which the body starts


class UnclosedFrontMatter(Exception):
    pass


def split(text: str) -> FrontMatter:
    """``---\\n<yaml>\\n---\\n<body>`` -> its parts. Raises if the fence is never closed."""
    text = text.removeprefix("\ufeff")
    if not (text.startswith(FENCE + "\n") or text.startswith(FENCE + "\r\n")):
        return FrontMatter(None, text, 1, 1)
    lines = text.splitlines(keepends=True)
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r\n") in (FENCE, "..."):
            return FrontMatter("".join(lines[1:i]), "".join(lines[i + 1 :]), 2, i + 2)
    raise UnclosedFrontMatter("front matter starts with '---' but is never closed")


def join(meta_yaml: str, body: str) -> str:
    """Inverse of :func:`split` for writers (importer, scaffolder)."""
    meta_yaml = meta_yaml if meta_yaml.endswith("\n") else meta_yaml + "\n"
    return f"{FENCE}\n{meta_yaml}{FENCE}\n\n{body.lstrip(chr(10))}"
