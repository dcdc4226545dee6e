"""The catalogue as one record: every service with its page URL, and the apps registry."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from terpadu.catalogue.apps import AppRegistry
from terpadu.catalogue.models import App, Channel, ServiceMeta
from terpadu.content.index import ContentIndex, Document
from terpadu.registry import Registry, Unit

FOLDER = "layanan"
# Pages the catalogue generates under layanan/; a service file may not take these names.
RESERVED_SLUGS = ("index", "kepatuhan")


@dataclass(frozen=True)
class Service:
    slug: str
    src_uri: str
    meta: ServiceMeta

    @property
    def url(self) -> str:
        return f"{FOLDER}/{self.slug}/"


@dataclass(frozen=True)
class StartChannel:
    """Where a channel takes the citizen, resolved against the apps registry."""

    channel: Channel
    label: str
    url: str | None
    app: App | None


@dataclass(frozen=True)
class Catalogue:
    services: tuple[Service, ...]
    apps: AppRegistry
    registry: Registry
    _by_slug: dict[str, Service] = field(init=False, repr=False, compare=False)
    _by_uri: dict[str, Service] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_slug", {s.slug: s for s in self.services})
        object.__setattr__(self, "_by_uri", {s.src_uri: s for s in self.services})

    def get(self, slug: str) -> Service | None:
        return self._by_slug.get(slug)

    def by_src_uri(self, src_uri: str) -> Service | None:
        return self._by_uri.get(src_uri)

    def of_unit(self, unit: Unit) -> list[Service]:
        return [s for s in self.services if unit.id in s.meta.units]

    def apps_serving(self, app_id: str) -> list[Service]:
        return [s for s in self.services if any(c.app == app_id for c in s.meta.channels)]

    def resolve(self, channel: Channel) -> StartChannel:
        app = self.apps.get(channel.app) if channel.app else None
        url = channel.url or (app.url if app else None)
        if channel.kind == "telepon":
            url = "tel:" + "".join(ch for ch in channel.phone or "" if ch.isdigit() or ch == "+")
        elif channel.kind == "surel":
            url = f"mailto:{channel.email}"
        label = channel.label or (app.name if app else None) or {
            "online": "Ajukan secara daring", "kantor": "Datang ke kantor",
            "telepon": f"Telepon {channel.phone}", "surel": f"Kirim surel ke {channel.email}",
        }[channel.kind]
        return StartChannel(channel, label, url, app)


def service_documents(content: ContentIndex) -> list[Document]:
    return [d for d in content.documents if isinstance(d.meta, ServiceMeta)]


def slug_of(src_uri: str) -> str:
    return PurePosixPath(src_uri).stem


def collect(content: ContentIndex, apps: AppRegistry, registry: Registry) -> Catalogue:
    services = [
        Service(slug_of(d.src_uri), d.src_uri, d.meta)  # type: ignore[arg-type]
        for d in service_documents(content)
    ]
    services.sort(key=lambda s: s.meta.title.casefold())
    return Catalogue(tuple(services), apps, registry)
