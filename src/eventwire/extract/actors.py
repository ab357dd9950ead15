"""Placeholder: the actors extractor is being written (issue 2)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..record import Actor
from .context import Context


def extract_actors(doc: Doc, ctx: Context) -> list[Actor]:
    return []
