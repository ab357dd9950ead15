"""Calendar names as TIMEX3 values: explicit dates, months, years, decades, quarters,
seasons and holidays, with the year a bare month or day needs taken from the anchor
and the tense.
"""

from __future__ import annotations

import datetime as dt
import re

from . import times_calendar as cal
from .times_lexicon import (
    ORDINALS,
    PREFER_YEAR,
    SHIFT_OFFSET,
    YEAR_AFTER_OK,
    Ref,
    Value,
    date_mod,
    group_of,
    month_of,
    two_digit_year,
    year_of,
)

# -- absolute dates ---------------------------------------------------------


def resolve_iso(match: re.Match[str], ref: Ref) -> Value | None:
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


def resolve_slash(match: re.Match[str], ref: Ref) -> Value | None:
    first, second, year_text = int(match.group("a")), int(match.group("b")), match.group("y")
    year = int(year_text) if len(year_text) == 4 else two_digit_year(int(year_text), ref.anchor)
    month, day = (first, second) if first <= 12 else (second, first)  # US order unless impossible
    when = cal.safe_date(year, month, day)
    return (cal.iso(when), "date", None) if when else None


def resolve_month_day(match: re.Match[str], ref: Ref) -> Value | None:
    month, day = month_of(match.group("month")), int(match.group("day"))
    if not 1 <= day <= 31:
        return None
    year_text, shift = match.group("year"), group_of(match, "yshift")
    if year_text:
        year: int | None = year_of(year_text)
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
    part = group_of(match, "part")
    if part:
        return f"{cal.iso(when)}T{cal.PARTS_OF_DAY[part.lower()]}", "time", None
    return cal.iso(when), "date", None


def resolve_month_year(match: re.Match[str], ref: Ref) -> Value | None:
    month = month_of(match.group("month"))
    shift = match.group("yshift")
    if shift is None:
        return cal.month_value(year_of(match.group("year")), month), "date", date_mod(match)
    if ref.anchor is None:
        return f"XXXX-{month:02d}", "date", date_mod(match)
    year = ref.anchor.year + SHIFT_OFFSET[shift.lower()]
    return cal.month_value(year, month), "date", date_mod(match)


def resolve_month(match: re.Match[str], ref: Ref) -> Value | None:
    month, shift = month_of(match.group("month")), group_of(match, "shift")
    mod = date_mod(match)
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


_MONTH_INTRODUCERS = re.compile(
    r"(?i:\b(?:in|since|until|till|by|through|during|before|after|early|late|of|from|to|"
    r"last|next|this|for|between|and|or|the|a|an|its|their|his|her|our|each|every|mid))[^\S\n]+$"
)
_MAY_INTRODUCERS = re.compile(
    r"(?i:\b(?:in|since|until|till|by|through|during|before|after|early|late|from|last|next|"
    r"this|each|every|mid))[^\S\n]+$"
)


def accept_bare_month(text: str, match: re.Match[str]) -> bool:
    """A month name alone is a date after a preposition, determiner or modifier.

    "in March", "the October slaying", "their January sales"; never "March on the
    capital". "May" needs a preposition and no name after it: "by May", not "Theresa
    May" or the modal.
    """
    before = text[max(0, match.start() - 14) : match.start()]
    if match.group("month") == "May":
        after = text[match.end() : match.end() + 3]
        if re.match(r"[^\S\n]+[A-Z]", after):
            return False
        return bool(match.group("shift") or match.group("edge") or _MAY_INTRODUCERS.search(before))
    if match.group("shift") or match.group("edge"):
        return True
    return _MONTH_INTRODUCERS.search(before) is not None


def resolve_month_set(match: re.Match[str], ref: Ref) -> Value | None:
    """ "every July", "each March": the month in any year, a TimeML set."""
    return f"XXXX-{month_of(match.group('month')):02d}", "set", None


def resolve_year(match: re.Match[str], ref: Ref) -> Value | None:
    return f"{year_of(match.group('year')):04d}", "date", date_mod(match)


# Nouns that a number names rather than dates: "Resolution 1973", "Flight 1549",
# "Route 2000". A year after other capitalised words is still a year ("WWDC 2005",
# "Euro 2016", "That 1978 resolution").
_NUMBER_LABELS = re.compile(
    r"(?i:\b(?:resolution|resolutions|flight|route|highway|interstate|article|chapter|section|"
    r"clause|paragraph|rule|room|suite|unit|platform|gate|terminal|bus|train|line|squadron|"
    r"regiment|division|brigade|battalion|model|windows|apollo|soyuz|lot|case|code|page|pages|"
    r"no|nos|number|numbers|item|order|decree|directive|file|tel|phone|fax|box|zip|postcode|"
    r"channel|ward|district|block|building|street|avenue|road|km|kilometre|kilometer|mile|"
    r"exit|pier|berth|hangar|track|level|grade|class|type|version|release|batch|serial|"
    r"ranked|rank|score|scored|at|about|some|nearly|almost|over|than|only|just|least|most|"
    r"approximately|roughly|estimated|total|totalling|totaling|of[^\S\n]+the))[.:]?[^\S\n]*$"
)
_NUMBER_UNITS_AFTER = re.compile(
    r"[^\S\n]*(?:-[^\S\n]*\d|\.\d|,\d{3}|(?i:percent|per[^\S\n]+cent|km|kilomet|miles?\b|met(?:er|re)s?\b|"
    r"feet|foot|tons?\b|tonnes?\b|kg\b|mw\b|hp\b|people|persons|troops|soldiers|civilians|refugees|"
    r"dead|killed|wounded|injured|deaths|casualties|times|units|points|votes|seats|members|"
    r"dollars|euros|pounds|yuan|rubles|roubles|shares|barrels|cases|prisoners|fighters))"
)


def accept_year(text: str, match: re.Match[str]) -> bool:
    """A four-digit number is a year when English treats it as one.

    Not after a currency sign or a noun that numbers things ("Resolution 1973",
    "Flight 1549", "about 2000"), not before "%", a unit or a counted noun ("2000
    people"); and when another lowercase word follows, only after a preposition or
    determiner ("the 2011 protests", "a 1996 law", "in 2011 protests erupted").
    """
    start = match.start("year")
    before = text[max(0, start - 25) : start]
    after = text[match.end() : match.end() + 25]
    if match.group("edge") is not None or match.group("theyear") is not None:
        return True
    if not match.group("year").isdigit():
        # a spelled-out year: "two thousand" alone is more often a number
        return match.group("year").lower().startswith("nineteen") or bool(
            re.search(r"(?i:\b(?:in|since|until|by|of))[^\S\n]+$", before)
        )
    if re.search(r"[$£€#][^\S\n]*$", before) or _NUMBER_LABELS.search(before):
        return False
    if _NUMBER_UNITS_AFTER.match(after):
        return False
    if YEAR_AFTER_OK.match(after):
        return True
    return PREFER_YEAR.search(before) is not None


_DECADE_WORDS = {
    "twenties": "20", "thirties": "30", "forties": "40", "fifties": "50",
    "sixties": "60", "seventies": "70", "eighties": "80", "nineties": "90",
}  # fmt: skip


_SHORT_YEAR_BEFORE = re.compile(
    r"(?:\b(?i:in|of|since|by|until|from|to|the|and|through|before|after|during|summer|"
    r"spring|fall|autumn|winter|class)|\b[A-Z]\w+)[^\S\n]+$"
)


def accept_short_year(text: str, match: re.Match[str]) -> bool:
    """ "in '08", "Woodstock '69", but not a quotation opening on a number ('20 killed')."""
    return _SHORT_YEAR_BEFORE.search(text[max(0, match.start() - 20) : match.start()]) is not None


def resolve_short_year(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the class of '82": a year written with its last two digits."""
    return f"{two_digit_year(int(match.group('yy')), ref.anchor):04d}", "date", None


def resolve_decade(match: re.Match[str], ref: Ref) -> Value | None:
    word = match.group("decadeword")  # only after "the": "in his sixties" is an age
    short = match.group("decade2")
    if short and not re.search(r"['‘’]\d", match.group(0)) and match.group(0)[:3].lower() != "the":
        return None  # "in his 50s" is an age; "the 80s", "'80s" are decades
    digits = match.group("decade") or match.group("decade2") or _DECADE_WORDS[word.lower()]
    if len(digits) == 2:
        # "the '90s", "the eighties": the latest such decade that has begun
        this_year = ref.anchor.year if ref.anchor else 2030
        digits = str(2000 + int(digits) if 2000 + int(digits) <= this_year else 1900 + int(digits))
    # TimeML writes a decade as its first three digits ("the 1990s" is "199"), ISO
    # 8601's reduced precision, not TIMEX2's "199X".
    return digits[:3], "date", date_mod(match)


def resolve_century(match: re.Match[str], ref: Ref) -> Value | None:
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
    return f"{number - 1:02d}", "date", date_mod(match)


def resolve_quarter(match: re.Match[str], ref: Ref) -> Value | None:
    nth = match.group("nth").lower()
    year_text = group_of(match, "year")
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
        return f"{year_of(year_text):04d}-{letter}{number}", "date", None
    if ref.anchor is None:
        return f"XXXX-{letter}{number}", "date", None
    shift = group_of(match, "yshift") or group_of(match, "yshift0")
    if shift:
        return (
            f"{ref.anchor.year + SHIFT_OFFSET[shift.lower()]:04d}-{letter}{number}",
            "date",
            None,
        )
    current = cal.quarter_of(ref.anchor) if not half else (1 if ref.anchor.month <= 6 else 2)
    year = ref.anchor.year
    if ref.tense == "past" and number > current:
        year -= 1
    return f"{year:04d}-{letter}{number}", "date", None


_SEASON_MONTH = cal.SEASON_MIDDLE_MONTH


def resolve_bare_season(match: re.Match[str], ref: Ref) -> Value | None:
    """ "in the summer", "by autumn": the season nearest the anchor the tense allows."""
    season = cal.SEASONS[match.group("season").lower()]
    if ref.anchor is None:
        return f"XXXX-{season}", "date", date_mod(match)
    year = cal.nearest_year(ref.anchor, _SEASON_MONTH[season], None, ref.tense)
    return f"{year:04d}-{season}", "date", date_mod(match)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the computus's own letter
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _holiday_date(name: str, year: int) -> dt.date:
    fixed = {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
        "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
        "halloween": (10, 31), "boxing day": (12, 26),
    }  # fmt: skip
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name in ("thanksgiving", "thanksgiving day"):  # US: fourth Thursday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return _easter(year) + dt.timedelta(days={"good friday": -2, "easter monday": 1}.get(name, 0))


def resolve_holiday(match: re.Match[str], ref: Ref) -> Value | None:
    """Named days: fixed ones ("Christmas Eve") and computed ones ("Thanksgiving", "Easter")."""
    name = " ".join(match.group("holiday").lower().replace("’", "'").split())
    if ref.anchor is None:
        return "XXXX-XX-XX", "date", None
    options = [
        _holiday_date(name, y) for y in (ref.anchor.year - 1, ref.anchor.year, ref.anchor.year + 1)
    ]
    shift = (match.group("shift") or "").lower()
    if shift in ("last", "past", "previous"):
        when = max(d for d in options if d < ref.anchor)
    elif shift in ("next", "coming"):
        when = min(d for d in options if d > ref.anchor)
    elif shift == "this":
        when = options[1]
    else:
        when = _by_tense(options, ref)
    return cal.iso(when), "date", None


def _by_tense(options: list[dt.date], ref: Ref) -> dt.date:
    assert ref.anchor is not None
    if ref.tense == "past":
        return max(d for d in options if d <= ref.anchor)
    if ref.tense == "future":
        return min(d for d in options if d >= ref.anchor)
    return min(options, key=lambda d: abs((d - ref.anchor).days))  # type: ignore[operator]


def resolve_season(match: re.Match[str], ref: Ref) -> Value | None:
    season = cal.SEASONS[match.group("season").lower()]
    year_text = group_of(match, "year")
    if year_text:
        return f"{year_of(year_text):04d}-{season}", "date", date_mod(match)
    return f"XXXX-{season}", "date", date_mod(match)
