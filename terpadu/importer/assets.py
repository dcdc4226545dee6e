"""Downloaded images and attachments, stored once per unit under content-hash names."""

from __future__ import annotations

import hashlib
import mimetypes
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from terpadu.fetch.records import FetchedPage
from terpadu.importer.files import write_atomic
from terpadu.importer.placement import ASSET_FOLDER

SAFE_EXTENSION = re.compile(r"^\.[a-z0-9]{1,5}$")


@dataclass
class AssetStore:
    """Asset bodies by old URL; ``place`` writes one into a unit's ``_berkas`` folder."""

    docs_dir: Path
    bodies: dict[str, FetchedPage] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)  # old URL -> src_uri of the copy

    def add(self, page: FetchedPage) -> None:
        if 200 <= page.status < 300 and not page.is_html and page.body:
            self.bodies[_key(page.url)] = page
            if page.requested_url != page.url:
                self.bodies[_key(page.requested_url)] = page

    def place(self, url: str, unit_id: str) -> tuple[str, int] | None:
        """(src_uri, size) of the local copy of ``url`` in ``unit_id``'s folder, or None."""
        page = self.bodies.get(_key(url))
        if page is None:
            return None
        name = hashlib.sha256(page.body).hexdigest()[:20] + _extension(page)
        src_uri = f"{unit_id}/{ASSET_FOLDER}/{name}"
        write_atomic(self.docs_dir / src_uri, page.body)
        self.written[page.url] = src_uri
        return src_uri, len(page.body)


def _key(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return f"{host}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def _extension(page: FetchedPage) -> str:
    ext = posixpath.splitext(unquote(urlsplit(page.url).path))[1].lower()
    if ext == ".jpeg":
        ext = ".jpg"
    if SAFE_EXTENSION.match(ext):
        return ext
    guessed = mimetypes.guess_extension(page.content_type.split(";", 1)[0].strip())
    return guessed if guessed and SAFE_EXTENSION.match(guessed) else ".bin"
