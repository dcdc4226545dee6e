"""Editors' tools besides `terpadu new` (terpadu.scaffold): the check for unfilled
``[ISI: ...]`` placeholders, and the front matter reference generated from the schemas."""
