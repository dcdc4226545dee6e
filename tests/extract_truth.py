"""Kept for tests that import it by this name: the helpers live in terpadu.extract.evaluation."""

from terpadu.extract.evaluation import Verdict, check, fetch, page_type_for, reader_text, truth_pages

__all__ = ["Verdict", "check", "fetch", "page_type_for", "reader_text", "truth_pages"]
