"""Placeholder: the claims extractor is being written (issue 2)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..record import Claim
from .context import Context


def extract_claims(doc: Doc, ctx: Context) -> list[Claim]:
    return []
