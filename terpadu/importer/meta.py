"""Front matter of an imported page, validated by the same models editors' pages are."""

from __future__ import annotations

from typing import Any

from terpadu.content.models import ArticleMeta, PageMeta
from terpadu.importer.placement import DATED_TYPES, relative
from terpadu.registry import Registry

PAGE_TYPES = {"profil": "profil"}  # other undated imports (layanan, ...) are plain pages


def build_meta(extracted, src_uri: str, members, member_units: list[str], registry: Registry,
               assets, resolve_asset) -> dict[str, Any]:
    """Key order is fixed (editors read these files); raises ValidationError when invalid."""
    context = {"unit_ids": set(registry.ids()), "registry": registry}
    others = [m for m in sorted(members) if m != extracted.url]
    if extracted.type not in DATED_TYPES:
        meta = {
            "title": extracted.title,
            "type": PAGE_TYPES.get(extracted.type, "halaman"),
            "unit": extracted.unit_id,
            "description": extracted.summary,
            "source_url": extracted.url,
            "source_urls": others,
        }
        PageMeta.model_validate(meta, context=context)
        return meta
    image = next(iter(extracted.images), None)
    meta = {
        "title": extracted.title,
        "type": extracted.type,
        "date": extracted.date,
        "unit": extracted.unit_id,
        "units": member_units if len(member_units) > 1 else [],
        "summary": extracted.summary,
        "tags": list(extracted.tags),
        "image": resolve_asset(image.url) if image else None,
        "image_alt": image.alt if image and image.alt else None,
        "attachments": [_attachment(a, src_uri, assets, extracted.unit_id) for a in extracted.attachments],
        "regulation": _regulation(extracted.regulation),
        "source_url": extracted.url,
        "source_urls": others,
    }
    if meta["image"] is None:
        meta["image_alt"] = None
    ArticleMeta.model_validate({k: v for k, v in meta.items() if v not in (None, [], {})}, context=context)
    return meta


def _attachment(link, src_uri: str, assets, unit_id: str) -> dict[str, Any]:
    local = assets.place(link.url, unit_id)
    if local is None:
        return {"title": link.label, "file": link.url}
    return {"title": link.label, "file": relative(src_uri, local[0]), "size": local[1]}


def _regulation(data: dict | None) -> dict | None:
    if not data:
        return None
    keys = ("jenis", "nomor", "tanggal_ditetapkan", "status")
    return {k: data[k] for k in keys if data.get(k) not in (None, "")}
