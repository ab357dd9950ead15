"""Placeholder: the places extractor is being written (issue 2)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..record import Place
from .context import Context


def extract_places(doc: Doc, ctx: Context) -> list[Place]:
    return []
