"""JSON Schemas of the catalogue's files, exported from the pydantic models.

Editors' tools read them (VS Code YAML extension); ``terpadu schema`` writes them to
``schemas/`` and ``terpadu schema --check`` (and a test) fails when they are stale.
"""

from __future__ import annotations

import json
from pathlib import Path

from terpadu.catalogue.models import AppRegistryFile, ServiceMeta

SCHEMA_DIR = "schemas"
BASE_URL = "https://pu.go.id/schemas/"


def schemas() -> dict[str, str]:
    """File name -> JSON text, deterministic."""
    out: dict[str, str] = {}
    for name, model, title in (
        ("layanan.schema.json", ServiceMeta, "Layanan (front matter content/layanan/*.md)"),
        ("aplikasi.schema.json", AppRegistryFile, "Daftar aplikasi (units/_apps.yml)"),
    ):
        schema = model.model_json_schema()
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": BASE_URL + name,
                  **schema, "title": title}
        out[name] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return out


def stale(root: Path) -> list[str]:
    """Names of schema files under ``root/schemas`` that differ from the models."""
    folder = root / SCHEMA_DIR
    return [name for name, text in schemas().items()
            if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text]


def write(root: Path) -> list[Path]:
    folder = root / SCHEMA_DIR
    folder.mkdir(exist_ok=True)
    written = []
    for name, text in schemas().items():
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    return written
