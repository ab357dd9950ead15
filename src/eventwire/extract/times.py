"""Placeholder: the times extractor is being written (issue 2)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..record import Time
from .context import Context


def extract_times(doc: Doc, ctx: Context) -> list[Time]:
    return []
