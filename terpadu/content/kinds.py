"""Which front matter model validates which file.

The ``type`` key decides; without it, the file's first folder may (``layanan/`` holds
services). Stages register their own kinds here (the catalogue registers ``layanan``).
"""

from __future__ import annotations

from pydantic import BaseModel

from terpadu.content.models import ARTICLE_TYPES, ArticleMeta, PageMeta

MODELS: dict[str, type[BaseModel]] = {t: ArticleMeta for t in ARTICLE_TYPES}
MODELS.update({"halaman": PageMeta, "profil": PageMeta})

# First folder of a file -> type assumed when the front matter names none.
FOLDER_TYPES: dict[str, str] = {}


def register(type_name: str, model: type[BaseModel], folder: str | None = None) -> None:
    MODELS[type_name] = model
    if folder:
        FOLDER_TYPES[folder] = type_name


def resolve(meta_type: object, src_uri: str) -> str | None:
    """The type name for a file, or None if ``meta_type`` is unknown."""
    if meta_type is None:
        return FOLDER_TYPES.get(src_uri.split("/", 1)[0], "halaman")
    return meta_type if isinstance(meta_type, str) and meta_type in MODELS else None
