"""Editors' tools: page scaffolds (``terpadu new``), the placeholder check, and the front
matter reference generated from the schemas."""
