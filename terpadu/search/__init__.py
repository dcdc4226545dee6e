"""Site search: Pagefind indexes the built site; the glossary and per-page attributes
decide what is indexed and how it ranks. See docs/adr/0500-pagefind-search.md."""
