"""Publication dates as the old sites write them: "Selasa, 28 Maret 2023", "28/3/2023",
"28-03-2023", "28 Mar 2023 14:05 WIB", ISO 8601, and in ``<meta>``/``<time>``/JSON-LD.

Indonesian dates are always day first; a recipe may add ``date_formats`` (``strptime``
formats, where ``%B``/``%b`` accept Indonesian and English month names).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence

from lxml import html as lxml_html

from terpadu.indonesian import DAY_NAMES, MONTH_NUMBERS, TIME_ZONES

_MONTH = "|".join(sorted(map(re.escape, MONTH_NUMBERS), key=len, reverse=True))
# Each pattern yields (day, month, year); they are tried together, earliest match wins.
_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, str, str]], ...] = (
    (re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), ("3", "2", "1")),
    (re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+({_MONTH})\.?,?\s+(\d{{4}})(?!\d)"), ("1", "2", "3")),
    (re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)"), ("2", "1", "3")),
    (re.compile(r"(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)"), ("1", "3", "4")),
    (re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)"), ("3", "2", "1")),
)
# Where pages put their machine-readable publication date, most trusted first.
_META_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate" or @name="publishdate" or @name="publish-date"]/@content',
    '//meta[@name="DC.date.issued" or @name="dcterms.issued" or @name="DC.date"]/@content',
    '//meta[@name="date"]/@content',
)


def parse_date(text: str | None, formats: Sequence[str] = ()) -> dt.date | None:
    """The first date written in ``text``, or None. ``formats`` (a recipe's) are tried first."""
    if not text:
        return None
    clean = " ".join(text.replace("\xa0", " ").split()).strip().lower()
    for fmt in formats:
        day = _strptime(clean, fmt)
        if day is not None:
            return day
    return _search(clean)


def meta_date(tree: lxml_html.HtmlElement) -> dt.date | None:
    """A date from ``<meta>`` tags, JSON-LD ``datePublished`` or the first ``<time datetime>``."""
    for xpath in _META_XPATHS:
        for value in tree.xpath(xpath):
            day = parse_date(str(value))
            if day is not None:
                return day
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        for value in _json_ld_dates(script):
            day = parse_date(value)
            if day is not None:
                return day
    for value in tree.xpath("//time/@datetime"):
        day = parse_date(str(value))
        if day is not None:
            return day
    return None


def _search(text: str) -> dt.date | None:
    found: list[tuple[int, dt.date]] = []
    for pattern, order in _PATTERNS:
        for match in pattern.finditer(text):
            day = _make(*(match.group(int(i)) for i in order))
            if day is not None:
                found.append((match.start(), day))
                break
    return min(found)[1] if found else None


def _make(day: str, month: str, year: str) -> dt.date | None:
    number = int(month) if month.isdigit() else MONTH_NUMBERS.get(month.rstrip("."))
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


def _strptime(text: str, fmt: str) -> dt.date | None:
    """``strptime`` with Indonesian names: month words become numbers, weekdays and
    time zones are dropped from both the text and the format."""
    words = []
    for word in text.replace(",", " , ").split():
        bare = word.strip(".")
        if bare in DAY_NAMES or bare in TIME_ZONES:
            continue
        words.append(f"{MONTH_NUMBERS[bare]:02d}" if bare in MONTH_NUMBERS else word)
    value = " ".join(words).replace(" , ", ", ").strip(" ,")
    fmt = re.sub(r"%[aAZ]\s*,?\s*", "", fmt).replace("%B", "%m").replace("%b", "%m").strip(" ,")
    try:
        return dt.datetime.strptime(value, " ".join(fmt.split())).date()
    except ValueError:
        return None


def _json_ld_dates(script: str) -> Iterable[str]:
    try:
        data = json.loads(script)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                yield item["datePublished"]
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
