"""Placeholder: the quotes extractor is being written (issue 2)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..record import Quote
from .context import Context


def extract_quotes(doc: Doc, ctx: Context) -> list[Quote]:
    return []
