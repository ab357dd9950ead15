"""The words and pattern pieces of the times grammar, and what its rules consult.

Shared by :mod:`.times_dates` (calendar names: dates, months, years, quarters,
holidays) and :mod:`.times_relative` (expressions counted from the anchor), so that
both read "Sept.", "two" and "the end of" the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .times_calendar import Tense

# ---------------------------------------------------------------------------
# Vocabulary

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
FULL_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
FUZZY_AMOUNTS = ("a few", "few", "several", "many", "some", "the next few", "dozens of")
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
# TimeML mod values of the words that hedge an amount of time.
MODS = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "early": "START",
    "late": "END", "mid": "MID", "the middle of": "MID", "the end of": "END",
    "the beginning of": "START", "the start of": "START", "earlier": None,
    "later": None,
}  # fmt: skip


def alt(words: Iterable[object]) -> str:
    """A regex alternation of words, longest first so that "Sept" beats "Sep"."""
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


def title(words: Iterable[object]) -> str:
    return alt(str(w).capitalize() for w in words)


B = r"(?<![\w/.-])"  # a left word edge that is not inside a number, path or code
E = r"(?![\w])"
MONTH = (
    rf"(?P<month>{alt(w.capitalize() for w in MONTHS if len(w) > 3)}"
    rf"|(?:{alt(w.capitalize() for w in MONTHS if len(w) <= 4)})\.?)"
)
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]\d|[^\S\n]?%|:\d|[-/.]\d)"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# Years as broadcast transcripts spell them: "nineteen ninety-six", "two thousand and one".
YEAR_WORDS = (
    rf"(?i:nineteen[- ](?:(?:{_TENS})(?:[- ](?:{_ONES}))?|{_TEENS})"
    rf"|two[- ]thousand(?:[- ](?:and[- ])?(?:{_TEENS}|{_ONES}))?)(?![\w-])"
)
YEAR = rf"(?P<year>(?:1[6-9]|20)\d\d(?![\d%])|{YEAR_WORDS})"
WEEKDAY = rf"(?P<weekday>{title(w for w in WEEKDAYS if len(w) > 4)}|(?:{title(w for w in WEEKDAYS if len(w) <= 4)})\.)"
PART = r"(?P<part>(?i:morning|afternoon|evening|night|overnight))"
NUMBER = (
    rf"(?P<num>(?:\d+(?:\.\d+)?(?:[^\S\n]+1/2)?|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|{alt(NUMBER_WORDS)}))(?:[- \t](?i:and)[- \t](?i:a)[- \t](?i:half))?)"
)
FUZZY = rf"(?P<fuzzy>(?i:{alt(FUZZY_AMOUNTS)}))"
UNIT_WORDS = r"seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries"
UNIT = rf"(?P<unit>(?i:(?:trading[^\S\n]+|business[^\S\n]+|working[^\S\n]+|straight[^\S\n]+|consecutive[^\S\n]+|successive[^\S\n]+)?(?:{UNIT_WORDS})))"
MOD = rf"(?P<mod>(?i:{alt(k for k, v in MODS.items() if v and k not in ('early', 'late', 'mid', 'the middle of', 'the end of', 'the beginning of', 'the start of'))}))"
EDGE = r"(?P<edge>(?i:early|late|mid|the[^\S\n]+(?:middle|end|beginning|start)[^\S\n]+of))"
SHIFT = r"(?:(?P<thispast>(?i:this))[^\S\n]+(?=(?i:past\b)))?(?P<shift>(?i:this|last|next|past|previous|coming|current))"

PREFER_YEAR = re.compile(
    r"(?i:\b(?:in|since|of|by|until|till|from|to|through|before|after|during|between|and|"
    r"or|the|a|an|early|late|mid|fiscal|year|circa|spring|summer|autumn|fall|winter|its|"
    r"their|his|her|our|this|that|these|those|which|whose|for|when|as|unsuccessful|"
    r"successful|failed|disputed|contested|landmark|historic|same|previous|last|next|"
    r"first|second|early|late|[a-z]+(?:'s|’s)))[^\S\n]*[-,]?[^\S\n]*$"
)
YEAR_AFTER_OK = re.compile(
    r"^(?:[^\S\n]*$|[^\S\n]*[,.;:)!?'\"’]|'s|’s|[^\S\n]+(?:and|or|to|when|as|after|before|but|the|a|an)\b|[^\S\n]+[A-Z])"
)


@dataclass(frozen=True)
class Ref:
    """What a rule may consult to value its match."""

    anchor: dt.date | None
    tense: Tense | None
    last_date: dt.date | None  # the latest fully known date mentioned before this one
    text: str
    near_date: dt.date | None = None  # the same, when it is close by in the same paragraph
    # The reporting period of earnings news: the last completed quarter ("1989-Q3") and
    # the last completed quarter or month ("2009-02") the text named before this point.
    quarter: str | None = None
    period: str | None = None
    # The last calendar value the text named ("1998-10-23", "1998-06", "1998"), that
    # "that day", "later that year" and "the following month" refer back to.
    last_value: str | None = None
    last_quarter: str | None = None  # the last quarter named, for "that quarter"


Value = tuple[str, str, "str | None"]  # (value, type, mod)
Resolve = Callable[[re.Match[str], Ref], "Value | None"]
Accept = Callable[[str, re.Match[str]], bool]


def number_of(text: str | None) -> float | None:
    if text is None:
        return None
    word = " ".join(text.lower().split())
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if "-" in word and word.split("-")[0] in NUMBER_WORDS:
        tens, ones = word.split("-", 1)
        return float(NUMBER_WORDS[tens] + NUMBER_WORDS.get(ones, 0))
    if word.endswith("1/2"):
        return float(word.split()[0]) + 0.5
    half = re.fullmatch(r"(.+?)[- ]and[- ]a[- ]half", word)
    if half:
        whole = number_of(half.group(1))
        return whole + 0.5 if whole is not None else None
    try:
        return float(word)
    except ValueError:
        return None


def year_of(text: str) -> int:
    """The year a YEAR match names: "1996", "nineteen ninety-six", "two thousand and one"."""
    if text.isdigit():
        return int(text)
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + int(sum(NUMBER_WORDS.get(w, 0) for w in rest))
    return 1900 + int(sum(NUMBER_WORDS.get(w, 0) for w in words[1:]))


def unit_of(text: str) -> str:
    word = text.lower().split()[-1]
    if word in ("century", "centuries"):
        return "century"
    return word[:-1] if word.endswith("s") else word


def month_of(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def group_of(match: re.Match[str], name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


def edge_mod(match: re.Match[str]) -> str | None:
    edge = group_of(match, "edge")
    if not edge:
        return None
    return MODS.get(" ".join(edge.lower().split()))


def date_mod(match: re.Match[str]) -> str | None:
    return edge_mod(match)


def two_digit_year(short: int, anchor: dt.date | None) -> int:
    pivot = (anchor.year if anchor else 2030) % 100 + 10
    return (2000 if short <= pivot else 1900) + short


SHIFT_OFFSET = {
    "this": 0,
    "current": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
}


DEICTIC_DAY = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
