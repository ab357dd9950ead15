"""Time expressions of an article as TIMEX3 values anchored on its publication date.

The grammar (:mod:`.times_grammar`) finds and values the expressions from the text
alone; this module adds what only the parse knows: the tense of the clause that an
expression modifies, which decides whether "on Wednesday" is last Wednesday or the
next one ("said on Monday" vs "will meet on Wednesday", "scheduled for Wednesday").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..record import Time
from .context import Context
from .times_calendar import Tense
from .times_grammar import find_timexes

# Auxiliaries and modals that put a clause after the moment of speaking
# ("will meet", "should start", "would focus" in reported speech).
_FUTURE_AUX = frozenset(
    {"will", "shall", "'ll", "wo", "would", "should", "could", "may", "might", "must", "can", "'d"}
)
# Participles and adjectives that schedule what they govern: "scheduled for Wednesday",
# "due on Friday", "set for March 24", "starting from Tuesday".
_FUTURE_CUES = frozenset(
    {"schedule", "plan", "due", "set", "slate", "expect", "start", "begin", "effective", "upcoming"}
)
_PAST_PREPOSITIONS = frozenset({"since", "ago"})
_HOPS = 8


def extract_times(doc: Doc, ctx: Context) -> list[Time]:
    """The article's time expressions, in text order, with TIMEX3 values.

    Args:
        doc: the parsed article.
        ctx: the context; ``ctx.published`` anchors relative expressions. Without it
            relative expressions get TimeML's underspecified values ("XXXX-WXX-1").

    Returns:
        ``Time`` records with ids T1, T2, … in text order.
    """
    text = doc.text
    timexes = find_timexes(text, ctx.published, lambda start, end: tense_at(doc, start, end))
    return [
        Time(
            id=f"T{number}",
            text=text[timex.start : timex.end],
            start=timex.start,
            end=timex.end,
            value=timex.value,
            type=timex.type,
            mod=timex.mod,
        )
        for number, timex in enumerate(timexes, start=1)
    ]


def tense_at(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense of the clause that the words at ``[start, end)`` modify, if the parse says.

    Climbs the dependency tree from the expression to the first verb, stopping early
    at a scheduling word ("scheduled for", "due", "starting from").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if span.start > 0 and doc[span.start - 1].lower_ in _PAST_PREPOSITIONS:
        return "past"
    token: Token = span.root
    for _ in range(_HOPS):
        if token.head is token:
            break
        token = token.head
        if token.lemma_.lower() in _FUTURE_CUES and token.tag_ in ("VBN", "VBG", "JJ"):
            return "future"
        if token.pos_ in ("VERB", "AUX"):
            tense = verb_tense(token)
            if tense is not None:
                return tense
    return None


def verb_tense(verb: Token) -> Tense | None:
    """Past, present or future from a verb's own tag and its auxiliaries."""
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {aux.lower_ for aux in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VB" and any(aux.tag_ == "TO" for aux in auxes):
        return "future"  # "to start on Tuesday": an infinitive looks ahead
    if verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxes):
        return "past"
    if verb.tag_ == "VBN":
        # "has fled", "the meeting held on Monday"; "is expected" fell under the cues
        return "past" if not auxes or words & {"has", "have", "'ve", "had"} else "present"
    if verb.tag_ in ("VBZ", "VBP") or any(aux.tag_ in ("VBZ", "VBP") for aux in auxes):
        return "present"
    return None  # a bare participle or gerund: the clause above decides
