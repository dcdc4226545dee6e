"""Article pages (berita, pengumuman, regulasi): a dated byline and the attachment list."""

from __future__ import annotations

from mkdocs.structure.pages import Page

from terpadu.content.models import ArticleMeta
from terpadu.project import Project
from terpadu.site.features import Feature
from terpadu.site.render import render

TYPE_LABELS = {"berita": "Berita", "pengumuman": "Pengumuman", "regulasi": "Regulasi", "artikel": "Artikel"}


class ArticleDecoration(Feature):
    def page_markdown(self, project: Project, page: Page, markdown: str) -> str:
        document = project.content.get(page.file.src_uri)
        if document is None or not isinstance(document.meta, ArticleMeta):
            return markdown
        meta = document.meta
        units = [project.registry.get(u) for u in (meta.units or [meta.unit])]
        byline = render(
            "article_byline.md.j2",
            meta=meta,
            type_label=TYPE_LABELS[meta.type],
            units=[(u, link(page.file.src_uri, f"{u.id}/index.md")) for u in units if u],
        )
        attachments = render("article_attachments.md.j2", meta=meta) if meta.attachments else ""
        image = render("article_image.md.j2", meta=meta) if meta.image else ""  # lazy: slow phones
        return byline + image + markdown + attachments


def link(from_uri: str, to_uri: str) -> str:
    """Relative Markdown link between two files of ``content/`` (MkDocs validates these).

    Same result as ``posixpath.relpath(to_uri, dirname(from_uri))`` for these clean
    paths, at a tenth of its cost: listings make tens of thousands of links."""
    from_parts = from_uri.split("/")[:-1]
    to_parts = to_uri.split("/")
    common = 0
    while common < len(from_parts) and common < len(to_parts) - 1 and from_parts[common] == to_parts[common]:
        common += 1
    return "../" * (len(from_parts) - common) + "/".join(to_parts[common:])
