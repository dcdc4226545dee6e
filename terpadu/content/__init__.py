"""Editors' content: front matter parsing, validation and the index of all documents."""
