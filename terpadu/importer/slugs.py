"""Safe, readable, stable file names for imported pages."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import unquote, urlsplit

MAX_LENGTH = 80
NOT_SLUG = re.compile(r"[^a-z0-9]+")
FILE_SUFFIX = re.compile(r"\.(html?|php|aspx?|jsp)$", re.IGNORECASE)
GENERIC_SEGMENTS = {"", "index", "index.php", "index.html", "read", "detail", "view", "page"}


def slugify(text: str) -> str:
    """``Bendungan Sukamahi Siap!`` -> ``bendungan-sukamahi-siap``: ASCII, no dots, no slashes."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = NOT_SLUG.sub("-", folded).strip("-")
    if len(slug) > MAX_LENGTH:
        slug = slug[:MAX_LENGTH].rsplit("-", 1)[0] or slug[:MAX_LENGTH]
    return slug


def slug_for(url: str, title: str) -> str:
    """The old URL's last readable segment (stable for redirects), else the title."""
    segments = [unquote(s) for s in urlsplit(url).path.split("/")]
    for segment in reversed(segments):
        segment = FILE_SUFFIX.sub("", segment)
        if segment.lower() in GENERIC_SEGMENTS or segment.isdigit():
            continue
        slug = slugify(segment)
        if len(slug) >= 3 and any(c.isalpha() for c in slug):
            return slug
        break
    return slugify(title) or "halaman"


def suffixed(slug: str, url: str) -> str:
    """A stable variant of ``slug`` for a collision: the same URL always gets the same one."""
    return f"{slug}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:6]}"
