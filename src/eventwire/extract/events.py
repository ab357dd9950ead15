"""Placeholder: the events extractor is being written (issue 2)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..record import Event
from .context import Context


def extract_events(doc: Doc, ctx: Context) -> list[Event]:
    return []
