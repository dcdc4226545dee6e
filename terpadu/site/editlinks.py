"""Edit-this-page links to the repository file, without Material's ``repo_url``.

``repo_url`` would make Material's header fetch the repository's stars and forks from
GitHub's API on every visit (a request to another host). MkDocs builds each editor's
page link from ``edit_uri`` alone; this feature adds links for pages generated from
data (a unit's landing page is edited in ``units/<id>.yml``). See ADR 0802.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.pages import Page

from terpadu.editing import alt_text, placeholders  # noqa: F401 - register their checks
from terpadu.project import Project
from terpadu.site.features import Feature
from terpadu.site.units import unit_uri


class EditLinks(Feature):
    def page_context(self, project: Project, page: Page, context: dict[str, Any]) -> None:
        if page.edit_url or not page.file.generated_by:
            return
        base = repository_edit_base(context["config"].edit_uri, project)
        if base is None:
            return
        for unit in project.registry:
            if page.file.src_uri == unit_uri(unit):
                units_rel = project.paths.units_dir.relative_to(project.paths.root).as_posix()
                page.edit_url = f"{base}{units_rel}/{unit.id}.yml"
                return


def repository_edit_base(edit_uri: str | None, project: Project) -> str | None:
    """``https://host/org/repo/edit/main/content/`` -> ``https://host/org/repo/edit/main/``."""
    try:
        docs_rel = Path(project.paths.docs_dir).relative_to(project.paths.root).as_posix() + "/"
    except ValueError:
        return None
    if not edit_uri or "://" not in edit_uri or not edit_uri.endswith(docs_rel):
        return None
    return edit_uri[: -len(docs_rel)]
