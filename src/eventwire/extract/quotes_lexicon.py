"""The speech lexicons (resources/speech/), read once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import resource_path


@dataclass(frozen=True)
class SpeechLexicon:
    """Speech verbs, title cues and source cues.

    Attributes:
        verbs: lemma -> strength ("say": always reports speech; "weak": only when it
            governs the quotation or reported clause directly; "characterize": a verb
            of judging in words, owning quoted words only through "as"/"to"/"of";
            "stance": a verb of belief reporting a clause, never quoted words).
        title_cues: lower-cased words or phrases that make a following quotation a name.
        source_cues: lower-cased phrases that introduce a source ("according to").
        speech_nouns: lemmas of nouns for something said ("comment", "statement").
    """

    verbs: dict[str, str]
    title_cues: tuple[str, ...]
    source_cues: tuple[str, ...]
    speech_nouns: frozenset[str] = frozenset()

    def is_speech_verb(self, lemma: str, *, strong_only: bool = False) -> bool:
        strength = self.verbs.get(lemma.lower())
        if strength is None or strength == "characterize":
            return False
        return strength == "say" or not strong_only

    def is_stance_verb(self, lemma: str) -> bool:
        """A verb of belief or attitude ("believe", "worry"): it reports a view in a
        clause but never owns quoted words."""
        return self.verbs.get(lemma.lower()) == "stance"

    def is_characterizing_verb(self, lemma: str) -> bool:
        """A verb of judging in words ("liken", "denounce"): it owns quoted words but
        introduces no reported clause."""
        return self.verbs.get(lemma.lower()) == "characterize"


def _rows(name: str) -> list[list[str]]:
    lines = resource_path("speech", name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def speech_lexicon() -> SpeechLexicon:
    """The shipped lexicons; loaded lazily, once."""
    verbs = {
        row[0].strip(): (row[1].strip() if len(row) > 1 else "say")
        for row in _rows("speech_verbs.tsv")
    }
    titles = tuple(row[0].strip().lower() for row in _rows("title_cues.tsv"))
    sources = tuple(row[0].strip().lower() for row in _rows("source_cues.tsv"))
    nouns = frozenset(row[0].strip().lower() for row in _rows("speech_nouns.tsv"))
    return SpeechLexicon(verbs=verbs, title_cues=titles, source_cues=sources, speech_nouns=nouns)
