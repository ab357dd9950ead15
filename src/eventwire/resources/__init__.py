"""Data files the extractors read (see each folder's README for its source)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).parent


def resource_path(*parts: str) -> Path:
    """Path of a shipped data file, e.g. ``resource_path("cameo", "eventcodes.tsv")``."""
    return RESOURCES.joinpath(*parts)
