"""The speaker's time inside quotations: "tomorrow" in a quote said on Monday is Tuesday.

A direct quotation keeps the deictic words of its speaker: in 'He said on Monday:
"We will meet tomorrow"', "tomorrow" counts from Monday, not from the day the
article appeared. When the attribution next to a quotation dates the act of saying
("he said on Monday", "said in a statement on March 3") to a day other than the
anchor, the expressions inside the quotation are valued again from that day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Doc

from .times_calendar import Tense
from .times_grammar import Timex, find_timexes

# Opening and closing marks of a direct quotation, on one line.
_QUOTE = re.compile(r"“[^”\n]{3,}”|\"[^\"\n]{3,}\"|``[^\n]{3,}?''")
# How far from a quotation its attribution may lie ("…," he said Monday. / He said Monday: "…").
_ATTRIBUTION_CHARS = 80
_SPEECH_LEMMAS = frozenset(
    {
        "say", "tell", "add", "announce", "state", "declare", "write", "insist", "warn",
        "explain", "note", "claim", "argue", "comment", "remark", "reply", "respond",
        "answer", "predict", "promise", "vow", "pledge", "tweet", "post", "ask",
    }
)  # fmt: skip
_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_HOPS = 3


def requote_times(
    doc: Doc,
    text: str,
    timexes: list[Timex],
    anchor: dt.date | None,
    tense_of: Callable[[int, int], Tense | None],
) -> list[Timex]:
    """``timexes`` with those inside dated quotations valued from the day of speaking.

    Args:
        doc: the parsed text, to find the verb of saying a date attaches to.
        text: the text ``timexes`` were found in.
        timexes: the text's time expressions, valued from ``anchor``.
        anchor: the publication date.
        tense_of: the tense at a span of ``text``.

    Returns:
        The expressions in text order; those inside a quotation dated to another
        day than the anchor revalued, the rest unchanged.
    """
    if anchor is None or not timexes:
        return timexes
    result = list(timexes)
    for quote in _QUOTE.finditer(text):
        said_on = _speech_date(doc, text, timexes, quote.start(), quote.end())
        if said_on is None or said_on == anchor:
            continue
        inside = [t for t in result if quote.start() <= t.start and t.end <= quote.end()]
        if not inside:
            continue
        start, end = quote.start(), quote.end()
        requoted = [
            Timex(t.start + start, t.end + start, t.value, t.type, t.mod, t.rule)
            for t in find_timexes(text[start:end], said_on, _shifted(tense_of, start))
        ]
        result = [t for t in result if t not in inside] + requoted
    result.sort(key=lambda t: t.start)
    return result


def _shifted(
    tense_of: Callable[[int, int], Tense | None], offset: int
) -> Callable[[int, int], Tense | None]:
    """``tense_of`` for a slice of the text that begins at ``offset``."""
    return lambda start, end: tense_of(start + offset, end + offset)


def _speech_date(doc: Doc, text: str, timexes: list[Timex], start: int, end: int) -> dt.date | None:
    """The full date of the attribution next to the quotation at ``[start, end)``, if any."""
    for timex in timexes:
        if timex.type != "date" or not _FULL_DATE.fullmatch(timex.value):
            continue
        before = start - _ATTRIBUTION_CHARS <= timex.start and timex.end <= start
        after = end <= timex.start and timex.end <= end + _ATTRIBUTION_CHARS
        if not (before or after):
            continue
        between = text[timex.end : start] if before else text[end : timex.start]
        if "\n" in between or re.search(r"[.!?]\s", between):
            continue  # the date belongs to another sentence
        if _attaches_to_speech(doc, timex.start, timex.end):
            return dt.date.fromisoformat(timex.value)
    return None


def _attaches_to_speech(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(_HOPS):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_.lower() in _SPEECH_LEMMAS
    return False
