"""Canonical old URLs, as GOV.UK's transition tooling makes them.

Two spellings of one old page must become one key, so a mapping written for one
answers every variant a citizen's bookmark may hold:

- ``http`` and ``https`` are one site; the host is lower-cased, ``www.`` and a
  trailing dot dropped, default ports (80, 443) removed;
- the path has dot segments resolved, repeated slashes merged, percent-escapes
  normalised, a leading ``/index.php`` and a trailing index file
  (``index.php``, ``index.html``, ...) removed, and no trailing slash;
- the query keeps only the unit's *significant* parameters (``urls.significant_params``
  in ``units/<id>.yml``, e.g. ``id`` on ``berita.php?id=12``), sorted; everything else,
  tracking parameters first of all, is dropped;
- the fragment is dropped (browsers never send it).

Path case is kept: old servers differ, and two paths differing only in case are
reported as a conflict rather than merged.
"""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Parameters added by campaigns and click trackers; never significant.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid",
    "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ref_src",
})
TRACKING_PREFIXES = ("utm_",)
# Index files a web server answers for a folder; ``/berita/index.php`` is ``/berita``.
INDEX_FILES = ("index.php", "index.html", "index.htm", "index.asp", "default.asp", "default.aspx")
# Characters left as they are in a canonical path (RFC 3986 pchar minus '%').
_PATH_SAFE = "/:@!$&'()*+,;=~-._"
_LEADING_INDEX = re.compile(r"^/index\.php(?=/|$)", re.IGNORECASE)


class NotAnOldUrl(ValueError):
    """The text is not an absolute http(s) URL with a host."""


def is_tracking(param: str) -> bool:
    name = param.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def canonical_host(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    return host.removeprefix("www.")


def canonicalise(url: str, significant: Iterable[str] = ()) -> str:
    """The canonical form of an old URL (always ``https://host/path[?query]``)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise NotAnOldUrl(f"'{url}' is not an absolute http(s) URL")
    try:
        port = parts.port
    except ValueError:
        raise NotAnOldUrl(f"'{url}' has an invalid port") from None
    host = canonical_host(parts.hostname)
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    return urlunsplit(("https", netloc, canonical_path(parts.path), canonical_query(parts.query, significant), ""))


def canonical_path(path: str) -> str:
    path = quote(unquote(path or "/"), safe=_PATH_SAFE)
    path = re.sub(r"/{2,}", "/", "/" + path.lstrip("/"))
    path = posixpath.normpath(path) if path != "/" else path
    path = "/" + path.lstrip("/")  # normpath keeps a leading '//'
    path = _LEADING_INDEX.sub("", path) or "/"
    head, _, last = path.rpartition("/")
    if last.lower() in INDEX_FILES:
        path = head or "/"
    return path.rstrip("/") or "/"


def canonical_query(query: str, significant: Iterable[str]) -> str:
    keep = set(significant)
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k in keep and v != ""]
    return urlencode(sorted(pairs), quote_via=quote, safe="-._~")


@lru_cache(maxsize=1 << 20)  # every writer asks again about the same canonical URLs
def split(url: str) -> tuple[str, str, str]:
    """(host, path, query) of a canonical URL."""
    parts = urlsplit(url)
    return parts.netloc, parts.path, parts.query


@lru_cache(maxsize=1 << 20)
def server_key(url: str) -> str:
    """The key a web server computes for a canonical URL: the decoded path without the
    trailing slash (``""`` for the root), then ``?k=v&...`` exactly as canonicalised.

    nginx's ``$uri`` is percent-decoded, so the key's path is decoded too.
    """
    _, path, query = split(url)
    key = unquote(path).rstrip("/")
    return f"{key}?{query}" if query else key
