"""Time expressions of an article as TIMEX3 values anchored on its publication date.

The grammar (:mod:`.times_grammar`) finds and values the expressions from the text
alone; this module adds what only the parse knows: the tense of the clause that an
expression modifies, which decides whether "on Wednesday" is last Wednesday or the
next one ("said on Monday" vs "will meet on Wednesday", "scheduled for Wednesday").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from ..record import Time
from .context import Context
from .times_calendar import Tense
from .times_grammar import find_timexes
from .times_quotes import requote_times

# Auxiliaries and modals that put a clause after the moment of speaking
# ("will meet", "should start", "would focus" in reported speech). "could" is left
# out: news uses it as the past of "can" ("could not be located Wednesday").
_FUTURE_AUX = frozenset(
    {"will", "shall", "'ll", "wo", "would", "should", "may", "might", "must", "can", "'d"}
)
# Words that schedule what they govern: "scheduled for Wednesday", "due on Friday",
# "set for March 24", "starting from Tuesday", "planned a rally on Saturday",
# "postponed until Tuesday".
_FUTURE_CUES = frozenset(
    {
        "schedule", "plan", "due", "slate", "expect", "start", "begin", "effective",
        "upcoming", "postpone", "delay", "adjourn", "defer", "reschedule", "payable",
    }
)  # fmt: skip
# Verbs whose infinitive complement is still to happen: "agreed to meet on Friday",
# "ordered troops to start leaving on Tuesday". After other verbs an infinitive takes
# the tense of the verb it hangs on ("staged celebrations to mark Friday's entry").
_VOLITION_VERBS = frozenset(
    {
        "agree", "order", "plan", "decide", "want", "hope", "intend", "promise", "vow",
        "threaten", "pledge", "aim", "prepare", "seek", "ask", "call", "urge", "expect",
        "schedule", "set", "arrange", "propose", "offer", "refuse", "try", "need",
        "invite", "tell", "instruct", "allow", "going",
    }
)  # fmt: skip
# Nouns whose infinitive is still to happen: "an agreement to acquire X in January",
# "plans to open a plant next year", "a bid to win the vote on Friday".
_VOLITION_NOUNS = frozenset(
    {
        "agreement", "plan", "deal", "offer", "proposal", "bid", "decision", "promise",
        "pledge", "intention", "commitment", "threat", "order", "request", "call", "option",
        "vow", "effort", "attempt", "move", "intent", "readiness", "willingness",
    }
)  # fmt: skip
_PLANNING_VERBS = frozenset(
    {"plan", "schedule", "reschedule", "postpone", "delay", "adjourn", "defer", "slate"}
)
# Participles that only tag a time when they schedule: "set" is too common a verb.
_SCHEDULING_PARTICIPLES = frozenset({"set"})
_PAST_PREPOSITIONS = frozenset({"since", "ago"})
_HOPS = 8


def extract_times(doc: Doc, ctx: Context) -> list[Time]:
    """The article's time expressions, in text order, with TIMEX3 values.

    Args:
        doc: the parsed article.
        ctx: the context; ``ctx.published`` anchors relative expressions. Without it
            the dateline's date does; without either, relative expressions get
            TimeML's underspecified values ("XXXX-WXX-1"). Inside a quotation whose
            attribution is dated ("he said on Monday"), the day of speaking does.

    Returns:
        ``Time`` records with ids T1, T2, … in text order.
    """
    text = _doc_text(doc, ctx.article.text)
    anchor = ctx.published or _dateline_date(text)

    def tense_of(start: int, end: int) -> Tense | None:
        return tense_at(doc, start, end)

    timexes = find_timexes(text, anchor, tense_of)
    timexes = requote_times(doc, text, timexes, anchor, tense_of)
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


def _dateline_date(text: str) -> dt.date | None:
    """With no publication date given, the one the dateline or a "Published:" line states."""
    from ..readers.pubdate import infer_published

    published, source = infer_published(text)
    return published if source == "dateline" else None


def _doc_text(doc: Doc, article_text: str) -> str:
    """The doc's text, taken from the article when the doc was parsed from it.

    Rebuilding ``doc.text`` from tokens costs as much as all the rules together.
    """
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(article_text):
        return article_text
    return doc.text


def tense_at(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense of the clause that the words at ``[start, end)`` modify, if the parse says.

    Climbs the dependency tree from the expression to the first verb that shows a
    tense, stopping early at a scheduling word ("scheduled for", "due", "starting
    from"). A possessive ("Wednesday's ruling") names an event already known, so the
    clause around it says nothing.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if span.start > 0 and doc[span.start - 1].lower_ in _PAST_PREPOSITIONS:
        return "past"
    token: Token = span.root
    if token.dep_ == "poss":
        return None
    for _ in range(_HOPS):
        if token.head.i == token.i:  # spaCy makes a new Token object on each access
            break
        token = token.head
        lemma = token.lemma_.lower()
        if lemma in _FUTURE_CUES and (token.tag_ in ("VBN", "VBG", "JJ") or token.pos_ == "ADJ"):
            # "had been scheduled to expire Friday": a schedule already past
            return "past" if _has_aux(token, "had") else "future"
        if lemma in _PLANNING_VERBS and token.i < span.start:
            # "planned a rally on Saturday" plans for later; "On Friday, they planned
            # to pay" dates the planning itself
            return "future"
        if lemma in _SCHEDULING_PARTICIPLES and token.tag_ == "VBN" and _after_for(doc, span):
            return "future"  # "set for March 24", but "a record set on Aug. 6"
        if token.pos_ in ("VERB", "AUX"):
            tense = verb_tense(token)
            if tense is not None:
                return tense
    return None


def _after_for(doc: Doc, span: Span) -> bool:
    return span.start > 0 and doc[span.start - 1].lower_ == "for"


def _has_aux(token: Token, word: str) -> bool:
    """Whether ``word`` is an auxiliary of ``token`` or of the verb it is a complement of."""
    for verb in (token, token.head):
        if any(
            child.lower_ == word and child.dep_ in ("aux", "auxpass") for child in verb.children
        ):
            return True
    return False


def verb_tense(verb: Token) -> Tense | None:
    """Past, present or future from a verb's own tag and its auxiliaries.

    Returns None for a bare participle, gerund or infinitive whose tense comes from
    the clause above (the caller keeps climbing).
    """
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {aux.lower_ for aux in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VB" and any(aux.tag_ == "TO" for aux in auxes):
        governor = verb.head
        if governor.i != verb.i and governor.lemma_.lower() in _VOLITION_VERBS:
            return "future"  # "agreed to meet on Friday"
        if verb.dep_ == "acl" and governor.lemma_.lower() in _VOLITION_NOUNS:
            return "future"  # "an agreement to acquire the bank in January"
        if governor.i != verb.i and governor.lemma_.lower() == "be" and verb.dep_ == "xcomp":
            return "future"  # "the exchanges are to remain closed until Friday"
        if governor.i == verb.i and any(
            child.dep_ in ("nsubj", "nsubjpass") for child in verb.children
        ):
            return "future"  # a headline's "Markets to remain closed until Friday"
        return None
    if verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxes):
        return "past"
    if verb.tag_ == "VBN":
        # "has fled", "the meeting held on Monday", "could not be located Wednesday"
        past_words = {"has", "have", "'ve", "had", "could"}
        return "past" if not auxes or words & past_words else "present"
    if verb.tag_ in ("VBZ", "VBP") or any(aux.tag_ in ("VBZ", "VBP") for aux in auxes):
        return "present"
    return None
