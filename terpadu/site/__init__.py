"""Rendering the site: the thin MkDocs plugin and the features it hands work to."""
