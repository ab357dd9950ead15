"""The grammar of time expressions in news English, as TIMEX3 values. Pure: no spaCy.

Each rule of :mod:`.times_rules` pairs one compiled pattern (a construction of English
such as "<number> <unit> ago" or "<month> <day>, <year>") with the function that gives
its TIMEX3 value from the anchor (the publication date) and the tense of the clause
around it. :func:`find_timexes` runs every rule over a text, keeps the longest
non-overlapping matches and values them in text order, passing each what the text
named before it (the last date, the reported quarter).

Span conventions follow TimeML: the preposition stays out ("on Monday" → "Monday"),
determiners and modifiers that change the meaning stay in ("the past two weeks",
"more than two years", "mid-2015").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .times_calendar import Tense
from .times_lexicon import (
    MONTHS,
    WEEKDAYS,
    Ref,
)
from .times_rules import RULES, Rule


@dataclass(frozen=True)
class Timex:
    """One time expression found in a text, with its TIMEX3 value."""

    start: int
    end: int
    value: str
    type: str
    mod: str | None = None
    rule: str = ""


# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    order: int


# The words each rule cannot match without, so that a rule runs only in small windows
# around them: scanning a whole article with ~30 full patterns costs more than
# tokenising it once. A window reaches WINDOW_BACK characters before the word and
# WINDOW_AHEAD after, more than any expression spans. Rules missing here scan all.
_UNIT_WORDS = (
    "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter",
    "year", "decade", "century", "centuries",
)  # fmt: skip
_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
_RULE_WORDS: dict[str, tuple[str, ...]] = {
    "month_day": tuple(MONTHS), "day_month": tuple(MONTHS), "month_year": tuple(MONTHS),
    "month": tuple(MONTHS), "century": ("century",),
    "decade_word": ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                    "eighties", "nineties"),
    "deictic": ("today", "tonight", "tomorrow", "yesterday"),
    "part_of_day": ("morning", "afternoon", "evening", "night", "overnight"),
    "weekday": tuple(WEEKDAYS), "weekday_set": tuple(f"{w}s" for w in WEEKDAYS),
    "every": ("every", "each"), "every_unit": ("every", "each"), "every_month": ("every", "each"),
    "shifted_unit": ("week", "weekend", "month", "quarter", "year", "decade", "century", *_SEASON_WORDS),
    "ago": _UNIT_WORDS, "bare_ago": ("ago",), "duration": _UNIT_WORDS, "recent": _UNIT_WORDS,
    "bare_units": _UNIT_WORDS, "unit_edge": (*_UNIT_WORDS, "end"),
    "ref": ("now", "currently", "nowadays", "recently", "lately", "recent", "current", "future", "past", "term"),
    "the_unit": ("year", "day"), "year": ("nineteen", "thousand"),
    "year_ago_quarter": ("ago", "earlier"), "year_ago_adjective": ("ago", "earlier"),
    "anaphoric": ("that", "same", "following", "previous", "preceding", "prior", "next"),
    "same_period": ("period", "quarter", "month"), "year_ended": ("year",), "whole_year": ("year",), "year_quarter": ("quarter", "period"),
    "quarter": ("quarter", "half"), "the_quarter": ("quarter", "period"),
    "bare_season": _SEASON_WORDS, "season": _SEASON_WORDS, "the_weekend": ("weekend",),
    "holiday": ("christmas", "year", "valentine", "halloween", "boxing", "thanksgiving", "easter", "good"),
    "set": ("daily", "nightly", "weekly", "monthly", "annually", "yearly", "quarterly", "hourly", "annual"),
    "clock": ("am", "pm", "a", "p", "utc", "gmt"), "noon": ("noon", "midday", "midnight"),
}  # fmt: skip
# Rules that need a digit; every word with one triggers them.
_DIGIT_RULES = ("iso", "slash", "decade", "year", "short_year", "clock", "month_day", "day_month")
_TRIGGERED: dict[str, tuple[str, ...]] = {}
for _rule, _words in _RULE_WORDS.items():
    for _word in _words:
        for _form in (_word, f"{_word}s"):
            _TRIGGERED[_form] = (*_TRIGGERED.get(_form, ()), _rule)
_WORD = re.compile(r"[^\W\d_]+|\d+")
WINDOW_BACK = 90
WINDOW_AHEAD = 70


def _rule_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each triggered rule, the merged stretches of ``text`` around its words."""
    windows: dict[str, list[tuple[int, int]]] = {name: [] for name in (*_RULE_WORDS, *_DIGIT_RULES)}
    size = len(text)
    for word in _WORD.finditer(text):
        token = word.group()
        rules = _DIGIT_RULES if token[0].isdigit() else _TRIGGERED.get(token.lower(), ())
        if not rules:
            continue
        start, end = max(0, word.start() - WINDOW_BACK), min(size, word.end() + WINDOW_AHEAD)
        for name in rules:
            spans = windows[name]
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return windows


def _matches(
    text: str, rule: Rule, windows: dict[str, list[tuple[int, int]]]
) -> list[re.Match[str]]:
    spans = windows.get(rule.name)
    if spans is None:
        return list(rule.pattern.finditer(text))
    return [m for start, end in spans for m in rule.pattern.finditer(text, start, end)]


_COMPOUND_MODIFIER = re.compile(r"(?i:the)[^\S\n]+((?:fiscal[^\S\n]+)?[\w.]+-[a-z]+)")


def _drop_noun_determiner(text: str, start: int, end: int) -> int:
    """Leave out a "the" that belongs to the noun a hyphenated time modifies.

    In "the two-week truce" or "the third-quarter results" the determiner goes with
    "truce" and "results"; the time expression is "two-week", "third-quarter".
    """
    compound = _COMPOUND_MODIFIER.fullmatch(text, start, end)
    if compound and re.match(r"[^\S\n]+[a-z]", text[end : end + 2]):
        return compound.start(1)
    return start


def find_candidates(text: str) -> list[Candidate]:
    """Every rule's matches, reduced to the longest non-overlapping ones, in text order."""
    found: list[Candidate] = []
    windows = _rule_windows(text)
    for order, rule in enumerate(RULES):
        for match in _matches(text, rule, windows):
            if match.end() <= match.start():
                continue
            if rule.accept is not None and not rule.accept(text, match):
                continue
            # A rule may match context it does not mark: its group "t" is the expression.
            start, end = match.span("t") if "t" in rule.pattern.groupindex else match.span()
            while end > start and text[end - 1] in " \t\n,":
                end -= 1
            start = _drop_noun_determiner(text, start, end)
            found.append(Candidate(start, end, rule, match, order))
    found.sort(key=lambda c: (-(c.end - c.start), c.start, c.order))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in found:
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    chosen.sort(key=lambda c: c.start)
    return chosen


# "a year earlier" counts back from a date named just before it in the same
# paragraph ("profit in 1988 ... a year earlier"), else from the anchor.
NEAR_CHARS = 200
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")
# A calendar value another expression can refer back to (a time keeps its date).
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-Q[1-4]|-\d\d(?:-\d\d)?)?(?=$|T)")
# Rules that name the period a year before the one reported on, not a new one.
_COMPARISON_RULES = frozenset({"ago", "year_ago_quarter", "year_ago_adjective", "same_period"})


def _completed_period(value: str, anchor: dt.date | None) -> str | None:
    """``value`` when it is a quarter or month ended within the year before the anchor.

    Those are the periods results are reported on; a quarter further back is itself
    a comparison ("the 1988 second quarter").
    """
    quarter = _QUARTER_VALUE.fullmatch(value)
    month = _MONTH_VALUE.fullmatch(value)
    if anchor is None:
        return None
    if quarter:
        now = anchor.year * 4 + (anchor.month - 1) // 3
        back = now - (int(quarter.group(1)) * 4 + int(quarter.group(2)) - 1)
        return value if 1 <= back <= 4 else None
    if month:
        back = anchor.year * 12 + anchor.month - (int(month.group(1)) * 12 + int(month.group(2)))
        return value if 1 <= back <= 12 else None
    return None


def value_candidates(
    text: str,
    candidates: list[Candidate],
    anchor: dt.date | None,
    tense_of: Callable[[int, int], Tense | None],
) -> list[Timex]:
    """Value each candidate in text order; "N years later" counts from the last full date.

    Earnings news compares a reporting period with the same period a year before: after
    "third-quarter profit rose", "a year ago" is that quarter a year back (TimeML values
    the comparison at the granularity of the period compared). The last completed
    quarter or month the text named is passed on as that period.
    """
    timexes: list[Timex] = []
    last_date: dt.date | None = None
    last_end = 0
    quarter: str | None = None
    period: str | None = None
    quarter_end = -1
    last_value: str | None = None
    last_quarter: str | None = None
    dayless: list[int] = []  # clock times that name no day of their own
    for cand in candidates:
        between = text[last_end : cand.start]
        near = (
            last_date
            if len(between) <= NEAR_CHARS and "\n" not in between and last_end > quarter_end
            else None
        )
        ref = Ref(
            anchor=anchor,
            tense=tense_of(cand.start, cand.end),
            last_date=last_date,
            text=text,
            near_date=near,
            quarter=quarter,
            period=period,
            last_value=last_value,
            last_quarter=last_quarter,
        )
        result = cand.rule.resolve(cand.match, ref)
        if result is None:
            continue
        value, kind, mod = result
        if cand.rule.name in ("clock", "noon") and not cand.match.group("cday"):
            dayless.append(len(timexes))
        timexes.append(Timex(cand.start, cand.end, value, kind, mod, cand.rule.name))
        calendar_value = _CALENDAR_VALUE.match(value)
        if calendar_value:
            last_value = calendar_value.group()
            if "Q" in last_value:
                last_quarter = last_value
        if (
            kind == "date"
            and cand.rule.name not in _COMPARISON_RULES
            and _completed_period(value, anchor)
        ):
            period = value
            if "Q" in value and (quarter is None or value >= quarter):
                quarter, quarter_end = (
                    value,
                    cand.end,
                )  # the latest quarter named is the one reported
        if (
            kind == "date"
            and re.fullmatch(r"\d{4}-\d\d-\d\d", value)
            and cand.rule.name in ("iso", "slash", "month_day")
        ):
            last_date, last_end = dt.date.fromisoformat(value), cand.end
        elif kind == "date" and re.fullmatch(r"\d{4}", value):
            last_date, last_end = dt.date(int(value), 1, 1), cand.end
    for index in dayless:
        timexes[index] = _on_day_of_sentence(text, timexes, index)
    return timexes


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[A-Z\"“‘`]|\n")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _on_day_of_sentence(text: str, timexes: list[Timex], index: int) -> Timex:
    """A clock time on the day its sentence names: "at 10:35 a.m. (0735 GMT) Friday",
    "at 16:15 UTC, June 1st". Without such a day it stays on the anchor's.
    """
    clock = timexes[index]
    best: tuple[int, str] | None = None
    for other in timexes:
        if other is clock or other.type != "date" or not _DAY_VALUE.fullmatch(other.value):
            continue
        # one character more on the left: "at 10 a.m. Stocks rose" ends on the span's own stop
        start, end = (
            (other.end, clock.start) if other.end <= clock.start else (clock.end, other.start)
        )
        between = text[max(start - 1, 0) : end]
        if _SENTENCE_BREAK.search(between):
            continue
        if best is None or len(between) < best[0]:
            best = (len(between), other.value)
    if best is None or "T" not in clock.value:
        return clock
    value = best[1] + clock.value[clock.value.index("T") :]
    return Timex(clock.start, clock.end, value, clock.type, clock.mod, clock.rule)


def find_timexes(
    text: str,
    anchor: dt.date | None,
    tense_of: Callable[[int, int], Tense | None] | None = None,
) -> list[Timex]:
    """Find and value the time expressions of ``text``.

    Args:
        text: the text to search.
        anchor: the publication date every relative expression counts from, or None.
        tense_of: gives the tense of the clause around ``[start, end)``; without it
            every expression is valued as if the tense were unknown.

    Returns:
        The time expressions, in text order, without overlaps.
    """
    tense = tense_of or (lambda start, end: None)
    return value_candidates(text, find_candidates(text), anchor, tense)
