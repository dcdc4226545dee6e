"""Merge stage: one story published on several unit sites becomes one page."""
