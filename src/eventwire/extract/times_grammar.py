"""The grammar of time expressions in news English, as TIMEX3 values. Pure: no spaCy.

Each :class:`Rule` pairs one compiled pattern (a construction of English such as
"<number> <unit> ago" or "<month> <day>, <year>") with the function that gives its
TIMEX3 value from the anchor (the publication date) and the tense of the clause
around it. :func:`find_timexes` runs every rule over a text, keeps the longest
non-overlapping matches and values them in text order.

Span conventions follow TimeML: the preposition stays out ("on Monday" → "Monday"),
determiners and modifiers that change the meaning stay in ("the past two weeks",
"more than two years", "mid-2015").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import times_calendar as cal
from .times_calendar import Tense

# ---------------------------------------------------------------------------
# Vocabulary

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
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


def _alt(words: Iterable[object]) -> str:
    """A regex alternation of words, longest first so that "Sept" beats "Sep"."""
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


def _title(words: Iterable[object]) -> str:
    return _alt(str(w).capitalize() for w in words)


B = r"(?<![\w/.-])"  # a left word edge that is not inside a number, path or code
E = r"(?![\w])"
MONTH = (
    rf"(?P<month>{_alt(w.capitalize() for w in MONTHS if len(w) > 3)}"
    rf"|(?:{_alt(w.capitalize() for w in MONTHS if len(w) <= 4)})\.?)"
)
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]\d|\s?%|:\d|[-/.]\d)"
YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?![\d%])"
WEEKDAY = rf"(?P<weekday>{_title(w for w in WEEKDAYS if len(w) > 4)}|(?:{_title(w for w in WEEKDAYS if len(w) <= 4)})\.)"
PART = r"(?P<part>(?i:morning|afternoon|evening|night|overnight))"
NUMBER = (
    rf"(?P<num>\d+(?:\.\d+)?(?:\s+1/2)?|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|{_alt(NUMBER_WORDS)}))"
)
FUZZY = rf"(?P<fuzzy>(?i:{_alt(FUZZY_AMOUNTS)}))"
UNIT_WORDS = r"seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries"
UNIT = rf"(?P<unit>(?i:(?:trading\s+|business\s+|working\s+)?(?:{UNIT_WORDS})))"
MOD = rf"(?P<mod>(?i:{_alt(k for k, v in MODS.items() if v and k not in ('early', 'late', 'mid', 'the middle of', 'the end of', 'the beginning of', 'the start of'))}))"
EDGE = r"(?P<edge>(?i:early|late|mid|the\s+(?:middle|end|beginning|start)\s+of))"
SHIFT = r"(?P<shift>(?i:this|last|next|past|previous|coming|current))"

_PREFER_YEAR = re.compile(
    r"(?i:in|since|of|by|until|till|from|to|through|before|after|during|between|and|or|the|"
    r"early|late|mid|fiscal|year|circa|around|spring|summer|autumn|fall|winter|its|their|"
    r"his|her|this|that|which|'s|than|on|for|when|as)\s*[-,]?\s*$"
)
_YEAR_AFTER_OK = re.compile(
    r"^(?:\s*$|\s*[,.;:)!?'\"’]|'s|’s|\s+(?:and|or|to|when|as|after|before|but|the|a|an)\b|\s+[A-Z])"
)


# ---------------------------------------------------------------------------
# Rules


@dataclass(frozen=True)
class Ref:
    """What a rule may consult to value its match."""

    anchor: dt.date | None
    tense: Tense | None
    last_date: dt.date | None  # the latest fully known date mentioned before this one
    text: str


Value = tuple[str, str, "str | None"]  # (value, type, mod)
Resolve = Callable[[re.Match[str], Ref], "Value | None"]
Accept = Callable[[str, re.Match[str]], bool]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolve
    accept: Accept | None = None


@dataclass(frozen=True)
class Timex:
    """One time expression found in a text, with its TIMEX3 value."""

    start: int
    end: int
    value: str
    type: str
    mod: str | None = None
    rule: str = ""


def _number(text: str | None) -> float | None:
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
    try:
        return float(word)
    except ValueError:
        return None


def _unit(text: str) -> str:
    word = text.lower().split()[-1]
    if word in ("century", "centuries"):
        return "century"
    return word[:-1] if word.endswith("s") else word


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _group(match: re.Match[str], name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


def _edge_mod(match: re.Match[str]) -> str | None:
    edge = _group(match, "edge")
    if not edge:
        return None
    return MODS.get(" ".join(edge.lower().split()))


def _date_mod(match: re.Match[str]) -> str | None:
    return _edge_mod(match)


def _two_digit_year(short: int, anchor: dt.date | None) -> int:
    pivot = (anchor.year if anchor else 2030) % 100 + 10
    return (2000 if short <= pivot else 1900) + short


# -- absolute dates ---------------------------------------------------------


def _resolve_iso(match: re.Match[str], ref: Ref) -> Value | None:
    year, month, day = (int(match.group(g)) for g in ("y", "m", "d"))
    if cal.safe_date(year, month, day) is None:
        return None
    if match.group("hh"):
        return (
            f"{year:04d}-{month:02d}-{day:02d}T{match.group('hh')}:{match.group('mm')}",
            "time",
            None,
        )
    return f"{year:04d}-{month:02d}-{day:02d}", "date", None


def _resolve_slash(match: re.Match[str], ref: Ref) -> Value | None:
    first, second, year_text = int(match.group("a")), int(match.group("b")), match.group("y")
    year = int(year_text) if len(year_text) == 4 else _two_digit_year(int(year_text), ref.anchor)
    month, day = (first, second) if first <= 12 else (second, first)  # US order unless impossible
    when = cal.safe_date(year, month, day)
    return (cal.iso(when), "date", None) if when else None


def _resolve_month_day(match: re.Match[str], ref: Ref) -> Value | None:
    month, day = _month(match.group("month")), int(match.group("day"))
    if not 1 <= day <= 31:
        return None
    year_text, shift = match.group("year"), _group(match, "yshift")
    if year_text:
        year: int | None = int(year_text)
    elif shift and ref.anchor:
        year = ref.anchor.year + {"last": -1, "next": 1}.get(shift.lower(), 0)
    elif ref.anchor:
        year = cal.nearest_year(ref.anchor, month, day, ref.tense)
    else:
        year = None
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}", "date", None
    when = cal.safe_date(year, month, day)
    if when is None:
        return None
    part = _group(match, "part")
    if part:
        return f"{cal.iso(when)}T{cal.PARTS_OF_DAY[part.lower()]}", "time", None
    return cal.iso(when), "date", None


def _resolve_month_year(match: re.Match[str], ref: Ref) -> Value | None:
    month = _month(match.group("month"))
    shift = match.group("yshift")
    if shift is None:
        return cal.month_value(int(match.group("year")), month), "date", _date_mod(match)
    if ref.anchor is None:
        return f"XXXX-{month:02d}", "date", _date_mod(match)
    year = ref.anchor.year + _SHIFT_OFFSET[shift.lower()]
    return cal.month_value(year, month), "date", _date_mod(match)


def _resolve_month(match: re.Match[str], ref: Ref) -> Value | None:
    month, shift = _month(match.group("month")), _group(match, "shift")
    mod = _date_mod(match)
    if ref.anchor is None:
        return f"XXXX-{month:02d}", "date", mod
    if shift and shift.lower() in ("last", "past", "previous"):
        year = ref.anchor.year - (1 if month >= ref.anchor.month else 0)
    elif shift and shift.lower() in ("next", "coming"):
        year = ref.anchor.year + (1 if month <= ref.anchor.month else 0)
    elif shift:
        year = ref.anchor.year
    else:
        year = cal.nearest_year(ref.anchor, month, None, ref.tense)
    return cal.month_value(year, month), "date", mod


def _accept_bare_month(text: str, match: re.Match[str]) -> bool:
    # A bare month name needs a preposition or modifier before it: "in March", not
    # "March on the capital" or the modal "May".
    if match.group("shift") or match.group("edge"):
        return True
    before = text[max(0, match.start() - 12) : match.start()]
    return (
        re.search(
            r"(?i:\b(?:in|since|until|till|by|through|during|before|after|early|late|of|from|to|last|next|this))\s+$",
            before,
        )
        is not None
    )


def _resolve_year(match: re.Match[str], ref: Ref) -> Value | None:
    return match.group("year"), "date", _date_mod(match)


def _accept_year(text: str, match: re.Match[str]) -> bool:
    """A four-digit number is a year when English treats it as one.

    Not after a currency sign, a "No." or a capitalised label ("Resolution 2139",
    "Flight 1549"), not before "%" or a unit; and when a lowercase word follows
    ("2000 people"), only after a preposition or determiner ("the 2011 protests",
    "in 2011 protests erupted").
    """
    start = match.start("year")
    before = text[max(0, start - 25) : start]
    after = text[match.end() : match.end() + 25]
    if re.search(r"[$£€#]\s*$|(?i:\bno\.?|\bnumber|\bnos?\.)\s*$", before):
        return False
    label = re.search(r"([A-Z][\w.]*)\s+$", before)
    if label and not re.match(
        rf"(?:{MONTH}|{_title(cal.SEASONS)}|{_title(('in', 'since', 'by', 'until', 'from', 'before', 'after', 'during', 'through', 'of', 'the', 'early', 'late', 'mid', 'fiscal', 'between', 'circa', 'around'))})$",
        label.group(1),
    ):
        return False
    if re.match(
        r"\s*(?:-\s*\d|\.\d|,\d{3}|\s*(?i:percent|per\s+cent|km|miles|meters|metres|feet|tons|tonnes|kg|mw|hp))",
        after,
    ):
        return False
    if _YEAR_AFTER_OK.match(after):
        return True
    return _PREFER_YEAR.search(before) is not None or match.group("edge") is not None


def _resolve_decade(match: re.Match[str], ref: Ref) -> Value | None:
    digits = match.group("decade") or match.group("decade2")
    if len(digits) == 2:
        later_century = int(digits[0]) <= ((ref.anchor.year % 100) // 10 if ref.anchor else 3)
        digits = f"{20 if later_century else 19}{digits}"
    return f"{digits[:3]}X", "date", _date_mod(match)


def _resolve_century(match: re.Match[str], ref: Ref) -> Value | None:
    nth = match.group("nth").lower()
    digits = re.sub(r"\D", "", nth)
    words = {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "twenty-first": 21,
    }  # fmt: skip
    number = int(digits) if digits else words.get(nth, 0)
    if not number:
        return None
    return f"{number - 1:02d}", "date", _date_mod(match)


# -- deictic and anchored ------------------------------------------------------

_DEICTIC_DAY = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


def _resolve_deictic(match: re.Match[str], ref: Ref) -> Value | None:
    word = match.group("deixis").lower()
    part = _group(match, "part")
    offset = _DEICTIC_DAY[word]
    if word == "tonight":
        part = "night"
    value = "XXXX-XX-XX" if ref.anchor is None else cal.iso(ref.anchor + dt.timedelta(days=offset))
    if part:
        return f"{value}T{cal.PARTS_OF_DAY[part.lower()]}", "time", _date_mod(match)
    return value, "date", _date_mod(match)


def _resolve_part_of_day(match: re.Match[str], ref: Ref) -> Value | None:
    shift, part = match.group("shift").lower(), match.group("part").lower()
    offset = -1 if shift in ("last", "previous") and part in ("night", "evening") else 0
    if shift in ("last", "previous") and part in ("morning", "afternoon"):
        return None  # "last morning" is not news English
    day = "XXXX-XX-XX" if ref.anchor is None else cal.iso(ref.anchor + dt.timedelta(days=offset))
    return f"{day}T{cal.PARTS_OF_DAY[part]}", "time", None


_REF_WORDS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "right now": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "in the past": "PAST_REF", "soon": "FUTURE_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the coming": "FUTURE_REF", "recent": "PAST_REF",
    "former": "PAST_REF", "formerly": "PAST_REF",
}  # fmt: skip


def _resolve_ref(match: re.Match[str], ref: Ref) -> Value | None:
    word = " ".join(match.group("refword").lower().split())
    return _REF_WORDS[word], "date", None


def _resolve_recent(match: re.Match[str], ref: Ref) -> Value | None:
    # "in recent weeks", "in the coming months": fuzzy past or future, TimeML's *_REF.
    word = match.group("dir").lower()
    future = word in ("coming", "next few", "next several", "weeks ahead")
    return ("FUTURE_REF" if future else "PAST_REF"), "date", None


def _resolve_weekday(match: re.Match[str], ref: Ref) -> Value | None:
    weekday = WEEKDAYS[match.group("weekday").rstrip(".").lower()]
    shift, part = _group(match, "shift"), _group(match, "part")
    if ref.anchor is None:
        value = f"XXXX-WXX-{weekday + 1}"
    elif shift and shift.lower() != "current":
        value = cal.iso(cal.shifted_weekday(ref.anchor, weekday, shift.lower()))
    else:
        value = cal.iso(cal.weekday_date(ref.anchor, weekday, ref.tense))
    if part:
        return f"{value}T{cal.PARTS_OF_DAY[part.lower()]}", "time", None
    return value, "date", None


def _resolve_weekday_set(match: re.Match[str], ref: Ref) -> Value | None:
    weekday = WEEKDAYS[match.group("weekday").lower()]
    part = _group(match, "part")
    value = f"XXXX-WXX-{weekday + 1}"
    if part:
        value += f"T{cal.PARTS_OF_DAY[part.lower()]}"
    return value, "set", None


_SHIFT_OFFSET = {
    "this": 0,
    "current": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
}


def _resolve_shifted_unit(match: re.Match[str], ref: Ref) -> Value | None:
    """ "last month", "this week", "earlier this year", "late next year"."""
    unit = match.group("sunit").lower()
    shift = match.group("shift").lower()
    mod = _date_mod(match)
    if match.group("the") and shift in ("past", "last", "next", "coming"):
        # "the past year" is the stretch of time, not the calendar year (TimeML).
        return cal.duration_value(1, unit), "duration", None
    if unit in cal.SEASONS:
        if ref.anchor is None:
            return f"XXXX-{cal.SEASONS[unit]}", "date", mod
        return f"{ref.anchor.year + _SHIFT_OFFSET[shift]:04d}-{cal.SEASONS[unit]}", "date", mod
    if ref.anchor is None:
        return cal.underspecified(unit), "date", mod
    return cal.current_unit(ref.anchor, unit, _SHIFT_OFFSET[shift]), "date", mod


def _resolve_ago(match: re.Match[str], ref: Ref) -> Value | None:
    """ "five years ago" → 2011 from 2016-03-14: the anchor moved back, at the unit's grain."""
    unit = _unit(match.group("unit"))
    amount = _number(_group(match, "num"))
    direction = (match.group("dir") or _group(match, "dir2") or _group(match, "dir3") or "").lower()
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    base = ref.anchor if direction in ("ago", "from now", "hence") else ref.last_date
    mod = MODS.get(" ".join((_group(match, "mod") or "").lower().split()))
    if amount is None:
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "date", None
    if base is None:
        return cal.underspecified(unit), "date", mod
    if not float(amount).is_integer():
        return cal.underspecified(unit), "date", mod
    return cal.shift_by_units(base, sign * int(amount), unit), "date", mod


def _resolve_duration(match: re.Match[str], ref: Ref) -> Value | None:
    unit = _unit(match.group("unit"))
    amount = _number(_group(match, "num"))
    high = _number(_group(match, "num2"))
    mod = MODS.get(" ".join((_group(match, "mod") or "").lower().split()))
    if _group(match, "num") is not None and amount is None:
        return None
    if high is not None and amount is not None:
        # A range "7-10 days" keeps both ends: the lower and upper durations joined by "/".
        return (
            f"{cal.duration_value(amount, unit)}/{cal.duration_value(high, unit)}",
            "duration",
            mod,
        )
    return cal.duration_value(amount, unit), "duration", mod


def _accept_duration(text: str, match: re.Match[str]) -> bool:
    after = text[match.end() : match.end() + 6]
    if re.match(r"-?(?i:old)\b", after):  # "a five-year-old boy" is an age
        return False
    num = _group(match, "num")
    if num and num.lower() == "a" and match.group("unit").lower() == "second":
        return (
            re.match(r"\s*[^\w\s]|\s+(?:or|and|later|earlier)\b", after) is not None
        )  # "a second round"
    if num and num.lower() in ("a", "an") and not match.group("mod") and not match.group("the"):
        before = text[max(0, match.start() - 12) : match.start()]
        # "$5 million a year" is a rate, not a duration
        if re.search(r"(?:\d|illion|percent|%|times)\s*$", before):
            return False
    return True


def _resolve_bare_units(match: re.Match[str], ref: Ref) -> Value | None:
    """ "for weeks", "in recent months", "the coming days": a fuzzy amount of time."""
    return cal.duration_value(None, _unit(match.group("unit"))), "duration", None


def _resolve_quarter(match: re.Match[str], ref: Ref) -> Value | None:
    nth = match.group("nth").lower()
    year_text = _group(match, "year")
    half = "half" in match.group("qunit").lower()
    letter = "H" if half else "Q"
    if nth in ("last", "final", "fourth", "4th") and not half:
        number = 4
    elif nth in ("last", "final") and half:
        number = 2
    else:
        number = ORDINALS.get(nth, 0)
    if not number or (half and number > 2):
        return None
    if year_text:
        return f"{year_text}-{letter}{number}", "date", None
    if ref.anchor is None:
        return f"XXXX-{letter}{number}", "date", None
    shift = _group(match, "yshift")
    if shift:
        return (
            f"{ref.anchor.year + _SHIFT_OFFSET[shift.lower()]:04d}-{letter}{number}",
            "date",
            None,
        )
    current = cal.quarter_of(ref.anchor) if not half else (1 if ref.anchor.month <= 6 else 2)
    year = ref.anchor.year
    if ref.tense == "past" and number > current:
        year -= 1
    return f"{year:04d}-{letter}{number}", "date", None


def _resolve_the_quarter(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the quarter", "the latest quarter": in earnings news, the last one reported.

    Past tense ("profit rose in the quarter") means the last completed quarter;
    otherwise, and always with "current", the quarter containing the anchor.
    """
    if ref.anchor is None:
        return "XXXX-QX", "date", None
    adjective = (match.group("qadj") or "").lower()
    back = (ref.tense == "past" and adjective != "current") or adjective.startswith(
        ("latest", "most", "just")
    )
    return cal.shift_by_units(ref.anchor, -1 if back else 0, "quarter"), "date", None


def _resolve_the_weekend(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the weekend": the one just past, or the coming one when the verb looks ahead."""
    if ref.anchor is None:
        return "XXXX-WXX-WE", "date", None
    on_weekend = ref.anchor.weekday() >= 5
    ahead = ref.tense in ("future", "present")
    offset = 0 if on_weekend or ahead else -1
    return cal.current_unit(ref.anchor, "weekend", offset), "date", None


def _resolve_season(match: re.Match[str], ref: Ref) -> Value | None:
    season = cal.SEASONS[match.group("season").lower()]
    year_text = _group(match, "year")
    if year_text:
        return f"{year_text}-{season}", "date", _date_mod(match)
    return f"XXXX-{season}", "date", _date_mod(match)


def _resolve_set(match: re.Match[str], ref: Ref) -> Value | None:
    word = match.group("setword").lower()
    fixed = {
        "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
        "annually": "P1Y", "yearly": "P1Y", "quarterly": "P1Q", "hourly": "PT1H",
    }  # fmt: skip
    if word in fixed:
        return fixed[word], "set", None
    unit = _unit(word)
    if unit in cal.UNIT_LETTER:
        return cal.duration_value(1, unit), "set", None
    return None


def _clock_day(match: re.Match[str], ref: Ref) -> str:
    """The date a clock time falls on: its named day, else the anchor."""
    if ref.anchor is None:
        return "XXXX-XX-XX"
    day = (match.group("cday") or "").lower()
    if day in WEEKDAYS:
        return cal.iso(cal.weekday_date(ref.anchor, WEEKDAYS[day], ref.tense))
    return cal.iso(ref.anchor + dt.timedelta(days=_DEICTIC_DAY.get(day, 0)))


def _zone(match: re.Match[str]) -> str:
    # TimeML marks UTC with "Z"; other zones are left unconverted.
    return "Z" if (match.group("tz") or "").upper() in ("UTC", "GMT", "Z") else ""


def _resolve_clock(match: re.Match[str], ref: Ref) -> Value | None:
    hour = int(match.group("hh") or match.group("hh24") or match.group("hh24z"))
    minute = int(match.group("mm") or match.group("mm24") or match.group("mm24z") or 0)
    half = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{_clock_day(match, ref)}T{hour:02d}:{minute:02d}{_zone(match)}", "time", None


def _resolve_noon(match: re.Match[str], ref: Ref) -> Value | None:
    word = match.group("noon").lower()
    clock = "12:00" if word in ("noon", "midday") else "24:00"
    return f"{_clock_day(match, ref)}T{clock}{_zone(match)}", "time", None


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# A clock time's zone and the day it falls on: "10 p.m. EST Wednesday", "16:00 UTC today".
_CLOCK_TAIL = (
    rf"(?:\s*(?P<tz>UTC|GMT|Z\b|[A-Z][DS]T\b|(?i:local\s+time)))?"
    rf"(?:,?\s+(?:(?i:on)\s+)?(?P<cday>{_title(w for w in WEEKDAYS if len(w) > 4)}|(?i:today|tonight|yesterday|tomorrow))\b)?"
)
_DATE_TAIL = rf"(?:,?\s+{YEAR}|\s+(?P<yshift>(?i:last|next|this))\s+(?i:year)|\s+{PART})?{E}"

# Order matters only for ties between equally long matches: earlier rules win.
RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        _c(
            rf"{B}(?P<y>(?:1[6-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?{E}"
        ),
        _resolve_iso,
    ),
    Rule(
        "slash",
        _c(rf"{B}(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>\d{{4}}|\d\d){E}(?!/)"),
        _resolve_slash,
    ),
    Rule(
        "month_day", _c(rf"{B}(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}{_DATE_TAIL}"), _resolve_month_day
    ),
    Rule(
        "day_month",
        _c(rf"{B}(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}{_DATE_TAIL}"),
        _resolve_month_day,
    ),
    Rule(
        "month_year",
        _c(
            rf"{B}(?:{EDGE}[-\s]+)?{MONTH},?\s+(?:(?:of\s+)?{YEAR}|(?P<yshift>(?i:last|this|next))\s+(?i:year)){E}"
        ),
        _resolve_month_year,
    ),
    Rule(
        "month",
        _c(
            rf"{B}(?:{EDGE}[-\s]+|{SHIFT}\s+)?(?P<month>{_title(w for w in MONTHS if len(w) > 3)}){E}(?!\s+\d)"
        ),
        _resolve_month,
        _accept_bare_month,
    ),
    Rule(
        "decade",
        _c(
            rf"{B}(?:(?i:the)\s+)?(?:{EDGE}[-\s]+)?(?:(?P<decade>(?:1[6-9]|20)\d0)|['‘’](?P<decade2>\d0))['’]?s{E}"
        ),
        _resolve_decade,
    ),
    Rule(
        "century",
        _c(
            rf"{B}(?i:the)\s+(?:{EDGE}[-\s]+)?(?P<nth>\d{{1,2}}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[-\s]+(?i:century){E}"
        ),
        _resolve_century,
    ),
    Rule(
        "year",
        _c(rf"{B}(?:{EDGE}[-\s]+)?{YEAR}{E}(?!\s*(?:-|–)\s*\d)(?!'s\b)"),
        _resolve_year,
        _accept_year,
    ),
    Rule(
        "deictic",
        _c(
            rf"{B}(?:{EDGE}\s+|(?i:earlier|later)\s+)?(?P<deixis>(?i:today|tonight|tomorrow|yesterday))(?:\s+{PART})?{E}"
        ),
        _resolve_deictic,
    ),
    Rule("part_of_day", _c(rf"{B}{SHIFT}\s+{PART}{E}"), _resolve_part_of_day),
    Rule(
        "weekday",
        _c(rf"{B}(?:{SHIFT}\s+)?{WEEKDAY}(?:\s+{PART})?{E}"),
        _resolve_weekday,
    ),
    Rule(
        "weekday_set",
        _c(
            rf"{B}(?:(?i:every|each)\s+)?(?P<weekday>{_title(w for w in WEEKDAYS if len(w) > 4)})s(?:\s+{PART}s)?{E}"
        ),
        _resolve_weekday_set,
    ),
    Rule(
        "every",
        _c(rf"{B}(?i:every|each)\s+(?:(?i:other)\s+)?{WEEKDAY}(?:\s+{PART})?{E}"),
        _resolve_weekday_set,
    ),
    Rule(
        "shifted_unit",
        _c(
            rf"{B}(?:(?:{EDGE}|(?i:earlier|later))[-\s]+)?(?P<the>(?i:the)\s+)?{SHIFT}\s+"
            rf"(?P<sunit>(?i:week|weekend|month|quarter|year|decade|century|spring|summer|fall|autumn|winter)){E}"
        ),
        _resolve_shifted_unit,
    ),
    Rule(
        "ago",
        _c(
            rf"{B}(?:{MOD}\s+)?(?:{NUMBER}|{FUZZY})[-\s]+{UNIT}\s+"
            rf"(?:(?P<dir>(?i:ago|from\s+now|hence))|(?P<dir2>(?i:earlier|later))(?!\s+(?i:than|in|on|at|with|the|a|an|this|that|by|for)\b)"
            rf"|(?P<dir3>(?i:before|after))(?=\s*[,.;:)]|\s*$)){E}"
        ),
        _resolve_ago,
    ),
    Rule("bare_ago", _c(rf"{B}{UNIT}\s+(?P<dir>(?i:ago)){E}"), _resolve_ago),
    Rule(
        "duration",
        _c(
            rf"{B}(?:{MOD}\s+(?!(?i:the)\s))?(?P<the>(?i:the|this|that)\s+(?:(?i:past|last|next|first|coming|previous|following|final|same|entire|whole|full)\s+)?)?"
            rf"(?:{NUMBER}(?:\s*(?:-|–|to|or)\s*(?P<num2>\d+(?:\.\d+)?|(?i:{_alt(w for w in NUMBER_WORDS if ' ' not in w and w not in ('a', 'an'))})))?|{FUZZY})[-\s]+{UNIT}(?:-long)?{E}"
        ),
        _resolve_duration,
        _accept_duration,
    ),
    Rule(
        "recent",
        _c(
            rf"{B}(?:(?i:the)\s+)?(?P<dir>(?i:recent|coming|next\s+few|next\s+several|past\s+few|last\s+few))\s+(?P<unit>(?i:days|weeks|months|years|decades)){E}"
        ),
        _resolve_recent,
    ),
    Rule(
        "bare_units",
        _c(rf"{B}(?i:for|over|within|took|take|takes|lasted)\s+(?P<t>{UNIT})(?<=s){E}"),
        _resolve_bare_units,
    ),
    Rule(
        "ref",
        _c(
            rf"{B}(?P<refword>(?i:now|currently|nowadays|recently|lately)|(?i:the)\s+(?:(?i:near)\s+)?(?i:future|past)(?!\s+(?:\w+\s+)?(?i:days|weeks|months|years|decades|few|several|two|three|four|five|six|seven|eight|nine|ten|\d))){E}"
        ),
        _resolve_ref,
    ),
    Rule(
        "quarter",
        _c(
            rf"{B}(?:(?i:the)\s+)?(?:(?i:fiscal)[-\s]+)?(?P<nth>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last|final))[-\s]+(?P<qunit>(?i:quarter|half))"
            rf"(?:\s+(?:(?i:of)\s+)?(?:(?i:fiscal)\s+)?(?:{YEAR}|(?P<yshift>(?i:last|this|next))\s+(?i:year)))?{E}"
        ),
        _resolve_quarter,
    ),
    Rule(
        "the_quarter",
        _c(
            rf"{B}(?i:the)\s+(?:(?P<qadj>(?i:latest|most\s+recent|current|just[-\s]ended|recent))\s+)?(?:(?i:fiscal)\s+)?(?i:quarter){E}(?!\s+(?i:of|century|mile|point))"
        ),
        _resolve_the_quarter,
    ),
    Rule("the_weekend", _c(rf"{B}(?i:the)\s+(?i:weekend){E}"), _resolve_the_weekend),
    Rule(
        "season",
        _c(
            rf"{B}(?:{EDGE}[-\s]+)?(?P<season>(?i:spring|summer|autumn|winter)|Fall),?\s+(?:(?i:of)\s+)?{YEAR}{E}"
        ),
        _resolve_season,
    ),
    Rule(
        "set",
        _c(
            rf"{B}(?P<setword>(?i:daily|nightly|weekly|monthly|annually|yearly|quarterly|hourly))(?=[\s,.;:!?)]|$)"
        ),
        _resolve_set,
    ),
    Rule(
        "every_unit",
        _c(rf"{B}(?i:every|each)\s+(?P<setword>(?i:day|week|month|year|quarter|hour)){E}"),
        _resolve_set,
    ),
    Rule(
        "clock",
        _c(
            rf"{B}(?:(?P<hh>[01]?\d)(?::(?P<mm>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[AP]\.\s?M\.?|[ap]m\b|[AP]M\b)"
            rf"|(?<=(?i:at) )(?P<hh24>[01]?\d|2[0-3]):(?P<mm24>[0-5]\d)(?!\d)"
            rf"|(?P<hh24z>[01]?\d|2[0-3]):(?P<mm24z>[0-5]\d)(?=\s*(?:UTC|GMT)\b)){_CLOCK_TAIL}"
        ),
        _resolve_clock,
    ),
    Rule("noon", _c(rf"{B}(?P<noon>(?i:noon|midday|midnight)){_CLOCK_TAIL}"), _resolve_noon),
)


# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    order: int


def find_candidates(text: str) -> list[Candidate]:
    """Every rule's matches, reduced to the longest non-overlapping ones, in text order."""
    found: list[Candidate] = []
    for order, rule in enumerate(RULES):
        for match in rule.pattern.finditer(text):
            if match.end() <= match.start():
                continue
            if rule.accept is not None and not rule.accept(text, match):
                continue
            # A rule may match context it does not mark: its group "t" is the expression.
            start, end = match.span("t") if "t" in rule.pattern.groupindex else match.span()
            while end > start and text[end - 1] in " \t\n,":
                end -= 1
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


def value_candidates(
    text: str,
    candidates: list[Candidate],
    anchor: dt.date | None,
    tense_of: Callable[[int, int], Tense | None],
) -> list[Timex]:
    """Value each candidate in text order; "N years later" counts from the last full date."""
    timexes: list[Timex] = []
    last_date: dt.date | None = None
    for cand in candidates:
        ref = Ref(
            anchor=anchor, tense=tense_of(cand.start, cand.end), last_date=last_date, text=text
        )
        result = cand.rule.resolve(cand.match, ref)
        if result is None:
            continue
        value, kind, mod = result
        timexes.append(Timex(cand.start, cand.end, value, kind, mod, cand.rule.name))
        if (
            kind == "date"
            and re.fullmatch(r"\d{4}-\d\d-\d\d", value)
            and cand.rule.name in ("iso", "slash", "month_day")
        ):
            last_date = dt.date.fromisoformat(value)
        elif kind == "date" and re.fullmatch(r"\d{4}", value):
            last_date = dt.date(int(value), 1, 1)
    return timexes


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
