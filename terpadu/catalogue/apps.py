"""The apps registry, ``units/_apps.yml``: read it with line numbers and every problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from terpadu import yamlio
from terpadu.catalogue.models import App, AppRegistryFile
from terpadu.problems import Problem
from terpadu.registry import Registry

APPS_FILE = "_apps.yml"


@dataclass(frozen=True)
class AppRegistry:
    apps: tuple[App, ...]
    _by_id: dict[str, App] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {a.id: a for a in self.apps})

    def get(self, app_id: str) -> App | None:
        return self._by_id.get(app_id)

    def __contains__(self, app_id: object) -> bool:
        return app_id in self._by_id

    def __iter__(self):
        return iter(self.apps)

    def __len__(self) -> int:
        return len(self.apps)


def apps_path(root: Path) -> Path:
    return root / "units" / APPS_FILE


def load_apps(root: Path, registry: Registry) -> tuple[AppRegistry | None, list[Problem]]:
    """Read ``units/_apps.yml`` under ``root``; a missing file is an empty registry."""
    path = apps_path(root)
    rel = path.relative_to(root).as_posix()
    if not path.is_file():
        return AppRegistry(()), []
    text = path.read_text(encoding="utf-8")
    context = {"unit_ids": set(registry.ids()), "registry": registry}
    data, errors = yamlio.validate_text(AppRegistryFile, text, context=context)
    problems = [Problem(rel, line, msg) for line, msg in errors]
    if data is None:
        return None, problems
    index = yamlio.line_index(text)
    seen: set[str] = set()
    for i, app in enumerate(data.apps):  # type: ignore[attr-defined]
        if app.id in seen:
            problems.append(Problem(rel, yamlio.line_of(index, ("apps", i, "id")), f"duplicate app id '{app.id}'"))
        seen.add(app.id)
    if problems:
        return None, problems
    return AppRegistry(tuple(data.apps)), []  # type: ignore[attr-defined]
