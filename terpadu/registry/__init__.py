"""The units registry: one YAML file per source site in ``units/``."""

from terpadu.registry.load import load_registry
from terpadu.registry.models import Registry, Unit

__all__ = ["Registry", "Unit", "load_registry"]
