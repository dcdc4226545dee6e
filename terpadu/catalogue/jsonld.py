"""schema.org ``GovernmentService`` for a service page, as a plain dict ready for JSON."""

from __future__ import annotations

from typing import Any

from terpadu.catalogue.models import AUDIENCES, CATEGORIES
from terpadu.catalogue.records import Catalogue, Service

MINISTRY = "Kementerian Pekerjaan Umum"


def government_service(service: Service, catalogue: Catalogue, site_url: str) -> dict[str, Any]:
    meta = service.meta
    sp = meta.standar_pelayanan
    base = site_url.rstrip("/") + "/"
    ministry = {"@type": "GovernmentOrganization", "name": MINISTRY, "url": base}
    operators = []
    for unit_id in meta.units:
        unit = catalogue.registry.get(unit_id)
        if unit is not None:
            operators.append({
                "@type": "GovernmentOrganization", "name": unit.name, "alternateName": unit.short_name,
                "url": f"{base}{unit.id}/", "parentOrganization": ministry,
            })
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "@id": f"{base}{service.url}#layanan",
        "name": meta.title,
        "description": meta.description,
        "url": f"{base}{service.url}",
        "serviceType": CATEGORIES[meta.category],
        "category": CATEGORIES[meta.category],
        "provider": ministry,
        "serviceOperator": operators,
        "audience": [{"@type": "Audience", "audienceType": AUDIENCES[a]} for a in meta.audience],
        "availableChannel": [_channel(service, i, catalogue) for i in range(len(meta.channels))],
        "offers": _offer(service),
        "serviceOutput": [{"@type": "Thing", "name": p} for p in sp.produk],
        "areaServed": {"@type": "Country", "name": "Indonesia"},
        "termsOfService": "; ".join(sp.dasar_hukum),
        "inLanguage": "id",
    }
    if meta.related:
        data["isRelatedTo"] = [
            {"@type": "GovernmentService", "name": other.meta.title, "url": f"{base}{other.url}"}
            for other in (catalogue.get(slug) for slug in meta.related) if other
        ]
    if meta.search_terms:
        data["alternateName"] = list(meta.search_terms)
    return data


def _channel(service: Service, i: int, catalogue: Catalogue) -> dict[str, Any]:
    meta = service.meta
    start = catalogue.resolve(meta.channels[i])
    channel = start.channel
    data: dict[str, Any] = {"@type": "ServiceChannel", "name": start.label, "availableLanguage": "id"}
    if channel.kind == "online" and start.url:
        data["serviceUrl"] = start.url
    if channel.kind == "kantor" and channel.address:
        data["serviceLocation"] = {"@type": "Place", "address": channel.address}
    if channel.kind == "telepon" and channel.phone:
        data["servicePhone"] = {"@type": "ContactPoint", "telephone": channel.phone}
    if channel.kind == "surel" and channel.email:
        data["serviceUrl"] = f"mailto:{channel.email}"
    days = meta.standar_pelayanan.jangka_waktu.hari_kerja
    if days is not None:
        data["processingTime"] = f"P{days}D"  # working days; ISO 8601 has no unit for them
    return data


def _offer(service: Service) -> dict[str, Any]:
    fee = service.meta.standar_pelayanan.biaya
    offer: dict[str, Any] = {"@type": "Offer", "priceCurrency": "IDR", "description": fee.text}
    if fee.gratis:
        offer["price"] = 0
    elif fee.tarif is not None:
        offer["price"] = fee.tarif
    return offer
