"""What is never main content, as data (like trafilatura's ``xpaths.py``): selectors and
phrases of menus, share bars, related-post blocks and banners on the old sites. A recipe's
``remove`` selectors add to these per page type."""

from __future__ import annotations

import re

# Removed from every body before anything is taken from it.
REMOVE_SELECTORS: tuple[str, ...] = (
    "nav", "aside", "footer", "form", "menu", "[role=navigation]", "[role=complementary]",
    "[aria-hidden=true]", "[hidden]",
    ".share", ".shares", ".sharing", ".share-bar", ".share-buttons", ".social-share",
    ".sharedaddy", ".addtoany_share_save_container", ".a2a_kit", ".social",
    ".related", ".related-posts", ".jp-relatedposts", ".baca-juga", ".bacajuga",
    ".breadcrumb", ".breadcrumbs", ".pagination", ".post-navigation", ".nav-links",
    ".cookie", ".cookie-banner", ".cookie-notice", "#cookie-notice", ".gdpr",
    ".comments", "#comments", ".comment-respond", ".komentar", ".komentar-pembaca", ".widget", ".sidebar", ".advertisement",
    ".ads", ".print-button", ".tags", ".post-tags", ".tag-links", ".cat-links",
    ".screen-reader-text", ".sr-only", ".visually-hidden",
)

# A block whose text starts like this is a cross-link or a share/tag line, not content.
BOILERPLATE_TEXT = re.compile(
    r"^\s*(baca\s+juga|lihat\s+juga|simak\s+juga|baca\s+pula|artikel\s+terkait|"
    r"berita\s+terkait|berita\s+lainnya|bagikan(\s+ke|\s+berita|\s+artikel)?\s*:|"
    r"share(\s+this)?\s*:|tags?\s*:|kategori\s*:|sumber\s+foto\s*:?$|"
    r"cetak\s+(halaman|berita|artikel)(\s+ini)?\b|print\s+this)",
    re.IGNORECASE,
)
# Blocks the phrase test looks at (the smallest block holding the phrase is removed).
BOILERPLATE_BLOCKS = ("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "section", "ul")

# Attributes lazy-loading scripts keep the real image address in, most specific first.
LAZY_SRC_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url")
LAZY_SRCSET_ATTRIBUTES = ("data-srcset", "data-lazy-srcset", "srcset")
# A ``src`` that only holds a placeholder until the script swaps the real one in.
PLACEHOLDER_SRC = re.compile(r"^data:|(^|/)(blank|spacer|placeholder|lazy|loading)[\w.-]*\.(gif|png|svg)$",
                             re.IGNORECASE)

# Where captions sit next to images on the old sites.
CAPTION_SELECTORS = ("figcaption", ".wp-caption-text", ".caption", ".keterangan",
                     ".img-caption", ".image-caption", ".foto-caption")

# File types that are attachments (downloaded into the content folder), not pages.
ATTACHMENT_EXTENSIONS = frozenset({
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf",
    "csv", "zip", "rar", "7z",
})
IMAGE_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "gif", "webp", "svg", "bmp"})
# Link texts that say nothing about the file: the label is made from its name instead.
GENERIC_LABELS = re.compile(
    r"^(unduh|download|di\s*sini|klik\s+(di\s*)?sini|klik|lampiran|file|berkas|dokumen|"
    r"pengumuman|peraturan|regulasi|surat|materi|bahan|salinan|"
    r"lihat|view|pdf|here|click\s+here|unduh\s+(di\s*sini|file|dokumen|lampiran))$",
    re.IGNORECASE,
)
LABEL_NOISE = re.compile(
    r"^\s*(unduh|download|lampiran|file)\s*[:\-–]?\s+|\s*[\(\[]\s*(pdf|docx?|xlsx?|pptx?|zip|rar)"
    r"\b[^\)\]]*[\)\]]\s*$",
    re.IGNORECASE,
)
