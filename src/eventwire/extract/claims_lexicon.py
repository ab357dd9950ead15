"""The claim lexicons (resources/speech/claim_*.tsv, source_verbs.tsv), read once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import resource_path


@dataclass(frozen=True)
class ClaimWord:
    """What a word says about a number: its role, how it reads in ``what``, its quantity."""

    role: str  # noun | event | measure | currency
    label: str
    quantity: str


@dataclass(frozen=True)
class ClaimLexicon:
    words: dict[tuple[str, str], ClaimWord]  # (lemma, role) -> entry
    qualifiers: tuple[str, ...]  # longest first
    source_verbs: dict[str, str]  # lemma -> "always" | "measure"

    def get(self, lemma: str, role: str) -> ClaimWord | None:
        return self.words.get((lemma.lower(), role))


def _rows(name: str) -> list[list[str]]:
    lines = resource_path("speech", name).read_text(encoding="utf-8").splitlines()
    return [
        [cell.strip() for cell in line.split("\t")]
        for line in lines
        if line.strip() and not line.startswith("#")
    ]


@lru_cache(maxsize=1)
def claim_lexicon() -> ClaimLexicon:
    """The shipped claim lexicons; loaded lazily, once."""
    words = {
        (row[0].lower(), row[1]): ClaimWord(role=row[1], label=row[2], quantity=row[3])
        for row in _rows("claim_words.tsv")
    }
    qualifiers = sorted(
        (row[0].lower() for row in _rows("claim_qualifiers.tsv")), key=len, reverse=True
    )
    verbs = {
        row[0].lower(): row[1] if len(row) > 1 else "always" for row in _rows("source_verbs.tsv")
    }
    return ClaimLexicon(words=words, qualifiers=tuple(qualifiers), source_verbs=verbs)
