"""Which of the 14 Standar Pelayanan components each service fills, with totals."""

from __future__ import annotations

from dataclasses import dataclass

from terpadu.catalogue.models import COMPONENTS
from terpadu.catalogue.records import Catalogue, Service


@dataclass(frozen=True)
class ServiceCompliance:
    service: Service
    filled: dict[str, bool]  # component key -> filled, official order

    @property
    def count(self) -> int:
        return sum(self.filled.values())

    @property
    def complete(self) -> bool:
        return self.count == len(COMPONENTS)


class _Totals:
    """Totals over ``self.services`` (a unit's, or the whole catalogue's)."""

    services: tuple[ServiceCompliance, ...]

    @property
    def filled(self) -> int:
        return sum(s.count for s in self.services)

    @property
    def possible(self) -> int:
        return len(self.services) * len(COMPONENTS)

    @property
    def complete(self) -> int:
        return sum(s.complete for s in self.services)


@dataclass(frozen=True)
class UnitCompliance(_Totals):
    unit_id: str
    unit_name: str
    services: tuple[ServiceCompliance, ...]


@dataclass(frozen=True)
class ComplianceReport(_Totals):
    services: tuple[ServiceCompliance, ...]
    units: tuple[UnitCompliance, ...]

    def per_component(self) -> dict[str, int]:
        """Component key -> number of services that fill it."""
        return {key: sum(s.filled[key] for s in self.services) for key in COMPONENTS}


def assess(catalogue: Catalogue) -> ComplianceReport:
    """Active services only (a retired one is no longer delivered). A service counts for
    every unit that owns it, so joint services appear under each owner."""
    active = [s for s in catalogue.services if s.meta.status == "aktif"]
    rows = {s.slug: ServiceCompliance(s, s.meta.standar_pelayanan.filled()) for s in active}
    units = []
    for unit in catalogue.registry:
        owned = tuple(rows[s.slug] for s in catalogue.of_unit(unit) if s.slug in rows)
        if owned:
            units.append(UnitCompliance(unit.id, unit.name, owned))
    return ComplianceReport(tuple(rows.values()), tuple(units))
