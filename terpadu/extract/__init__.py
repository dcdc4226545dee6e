"""Extract stage: the main content and metadata of each fetched old page.

``decode_html`` turns bytes into text despite lying charsets; ``extract_page`` reads a page
with its unit's recipe selectors, falling back to the generic extractor (trafilatura).
"""

from terpadu.extract.charset import decode_html
from terpadu.extract.page import NotHtml, extract_page
from terpadu.extract.records import ExtractedPage, Image, Link

__all__ = ["ExtractedPage", "Image", "Link", "NotHtml", "decode_html", "extract_page"]
