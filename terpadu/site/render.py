"""Jinja2 templates that write generated pages as plain Markdown (renderer-neutral)."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2

from terpadu.indonesian import format_date


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("terpadu.site", "templates"),
        autoescape=False,  # noqa: S701 - output is Markdown; values go through `md_escape`
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["tanggal"] = format_date
    env.filters["md_escape"] = md_escape
    env.filters["yaml_str"] = yaml_str
    env.filters["tel_href"] = tel_href
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>#|"})


def md_escape(text: str) -> str:
    """Text placed in Markdown that must show as written (no markup, no HTML)."""
    return str(text).translate(_MD_SPECIAL)


def yaml_str(text: str) -> str:
    """A double-quoted YAML scalar."""
    escaped = str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def tel_href(phone: str) -> str:
    """``(021) 7396616`` -> ``tel:+62217396616``, so a phone dials it with one tap."""
    digits = "".join(c for c in str(phone) if c.isdigit())
    return f"tel:+62{digits[1:]}" if digits.startswith("0") else f"tel:+{digits}"
