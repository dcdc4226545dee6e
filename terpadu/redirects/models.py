"""Records of the redirect stage: one outcome per old URL, grouped per old host."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from terpadu.registry.urlrules import Fallback

MOVED, GONE = 301, 410
Status = Literal[301, 410]


@dataclass(frozen=True, order=True)
class Origin:
    """Where a decision was written: a file and its 1-based line (0: implied by the registry)."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Rule:
    """The one outcome of one canonical old URL: 301 to ``target`` or 410 Gone."""

    old_url: str
    unit_id: str
    status: Status
    target: str | None  # new-site path ('/sda/berita/2023/x/') or an https:// URL elsewhere
    reason: str  # imported, duplicate, mapping, old site 404, home page, ...
    origin: Origin

    def same_outcome(self, other: Rule) -> bool:
        return (self.status, self.target) == (other.status, other.target)


@dataclass(frozen=True)
class Unmapped:
    """A known old URL nothing decides about: it would answer 404. Reported, never guessed."""

    old_url: str
    unit_id: str
    why: str  # what the import recorded (outcome and reason)
    origin: Origin


@dataclass(frozen=True)
class KnownUrl:
    """An old URL as it was recorded (not canonicalised: the server must do that)."""

    url: str
    unit_id: str
    origin: str


@dataclass(frozen=True)
class Move:
    """Paths under ``old_prefix`` on the new site now live under ``new_prefix``."""

    old_prefix: str  # '/sda/'
    new_prefix: str  # '/sumber-daya-air/'
    reason: str
    origin: Origin

    def apply(self, path: str) -> str | None:
        if path.startswith(self.old_prefix):
            return self.new_prefix + path[len(self.old_prefix):]
        return None


@dataclass(frozen=True)
class HostPlan:
    """Everything one old site's server answers: exact rules, then fallbacks, then 404."""

    unit_id: str
    unit_name: str
    host: str  # canonical host
    aliases: tuple[str, ...]  # every server name (with and without www.)
    home: str  # the unit's landing page on the new site
    significant_params: tuple[str, ...]
    rules: tuple[Rule, ...]  # sorted by old_url
    fallbacks: tuple[Fallback, ...]  # targets already followed through moves

    @property
    def gone(self) -> int:
        return sum(1 for r in self.rules if r.status == GONE)


@dataclass(frozen=True)
class Plan:
    """The whole transition: every old host, and the moves inside the new site."""

    site_url: str  # 'https://pu.go.id/'
    site_host: str  # 'pu.go.id'
    hosts: tuple[HostPlan, ...]
    moves: tuple[Move, ...]
    unmapped: tuple[Unmapped, ...] = field(default=())
    shadowed: tuple[Rule, ...] = field(default=())  # old URLs of the site's host that are real pages now

    def absolute(self, target: str) -> str:
        """A rule's target as a full URL on the new site."""
        return target if target.startswith("https://") else self.site_url.rstrip("/") + target

    def host(self, name: str) -> HostPlan | None:
        return next((h for h in self.hosts if h.host == name or name in h.aliases), None)


class RedirectSettings(BaseModel):
    """The ``redirects:`` section of ``migration/settings.yml`` (optional)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    gone_statuses: list[int] = Field(
        default_factory=lambda: [404, 410],
        description="Old URLs the old site itself answered with these statuses are 410 Gone.",
    )
    home_redirect: bool = Field(True, description="An old host's '/' goes to the unit's landing page.")
