"""Expressions counted from the anchor as TIMEX3 values: today, weekdays, "last
month", "five years ago", durations, sets and clock times.
"""

from __future__ import annotations

import datetime as dt
import re

from . import times_calendar as cal
from .times_lexicon import (
    DEICTIC_DAY,
    MODS,
    SHIFT_OFFSET,
    WEEKDAYS,
    Ref,
    Value,
    date_mod,
    edge_mod,
    group_of,
    number_of,
    unit_of,
)
from .times_periods import year_before

# -- deictic and anchored ------------------------------------------------------


def resolve_deictic(match: re.Match[str], ref: Ref) -> Value | None:
    word = match.group("deixis").lower()
    part = group_of(match, "part")
    offset = DEICTIC_DAY[word]
    if word == "tonight":
        part = "night"
    value = "XXXX-XX-XX" if ref.anchor is None else cal.iso(ref.anchor + dt.timedelta(days=offset))
    if part:
        return f"{value}T{cal.PARTS_OF_DAY[part.lower()]}", "time", date_mod(match)
    return value, "date", date_mod(match)


def resolve_part_of_day(match: re.Match[str], ref: Ref) -> Value | None:
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
    "current": "PRESENT_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "former": "PAST_REF", "formerly": "PAST_REF",
}  # fmt: skip


def resolve_ref(match: re.Match[str], ref: Ref) -> Value | None:
    word = " ".join(match.group("refword").lower().split())
    return _REF_WORDS[word], "date", None


def resolve_recent(match: re.Match[str], ref: Ref) -> Value | None:
    """ "in recent weeks", "in the coming months", "the past few days": a stretch of
    unstated length reaching back or ahead from now, a TimeML duration ("PXW").

    TimeBank and MEANTIME both annotate them so; PAST_REF and FUTURE_REF are left
    for the adverbs ("recently", "soon").
    """
    return cal.duration_value(None, unit_of(match.group("unit"))), "duration", None


def resolve_weekday(match: re.Match[str], ref: Ref) -> Value | None:
    weekday = WEEKDAYS[match.group("weekday").rstrip(".").lower()]
    shift, part = group_of(match, "shift"), group_of(match, "part")
    if ref.anchor is None:
        value = f"XXXX-WXX-{weekday + 1}"
    elif shift and shift.lower() != "current":
        value = cal.iso(cal.shifted_weekday(ref.anchor, weekday, shift.lower()))
    else:
        value = cal.iso(cal.weekday_date(ref.anchor, weekday, ref.tense))
    if part:
        return f"{value}T{cal.PARTS_OF_DAY[part.lower()]}", "time", None
    return value, "date", None


def resolve_weekday_set(match: re.Match[str], ref: Ref) -> Value | None:
    weekday = WEEKDAYS[match.group("weekday").lower()]
    part = group_of(match, "part")
    value = f"XXXX-WXX-{weekday + 1}"
    if part:
        value += f"T{cal.PARTS_OF_DAY[part.lower()]}"
    return value, "set", None


def resolve_shifted_unit(match: re.Match[str], ref: Ref) -> Value | None:
    """ "last month", "this week", "earlier this year", "late next year"."""
    unit = match.group("sunit").lower()
    shift = match.group("shift").lower()
    mod = date_mod(match)
    if match.group("the") and unit == "quarter" and shift in ("past", "last", "previous"):
        # "profits rose during the last quarter": quarters are calendar units of
        # business news, so this is the one just reported, not three months' time
        if ref.quarter:
            return ref.quarter, "date", mod
        if ref.anchor is not None:
            return cal.shift_by_units(ref.anchor, -1, "quarter"), "date", mod
    if (
        match.group("the")
        and shift in ("past", "last", "next", "coming")
        and unit not in cal.SEASONS
    ):
        # "the past year" is the stretch of time, not the calendar year (TimeML);
        # "the past winter" is the last season of that name, a date (below).
        return cal.duration_value(1, unit), "duration", None
    if unit in cal.SEASONS:
        if ref.anchor is None:
            return f"XXXX-{cal.SEASONS[unit]}", "date", mod
        if group_of(match, "thispast"):
            # "this past spring": the latest one, in this year once it is under way
            season = cal.SEASONS[unit]
            middle = dt.date(ref.anchor.year, cal.SEASON_MIDDLE_MONTH[season], 15)
            year = ref.anchor.year if middle <= ref.anchor else ref.anchor.year - 1
            return f"{year:04d}-{season}", "date", mod
        return f"{ref.anchor.year + SHIFT_OFFSET[shift]:04d}-{cal.SEASONS[unit]}", "date", mod
    if ref.anchor is None:
        return cal.underspecified(unit), "date", mod
    return cal.current_unit(ref.anchor, unit, SHIFT_OFFSET[shift]), "date", mod


def resolve_ago(match: re.Match[str], ref: Ref) -> Value | None:
    """ "five years ago" → 2011 from 2016-03-14: the anchor moved back, at the unit's grain.

    "later" and "after" count from the last date the text named; "earlier" and
    "before" from a date just named, else from the anchor.
    """
    unit = unit_of(match.group("unit"))
    amount = number_of(group_of(match, "num"))
    direction = (
        match.group("dir") or group_of(match, "dir2") or group_of(match, "dir3") or ""
    ).lower()
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if direction in ("ago", "from now", "hence"):
        base = ref.anchor
    elif sign > 0:
        base = ref.last_date  # "five years later": after the last date the story named
    else:
        base = ref.near_date or ref.anchor  # "a year earlier": before that date, or now
    mod = MODS.get(" ".join((group_of(match, "mod") or "").lower().split()))
    if amount is not None and unit in ("decade", "century"):
        # "a decade ago" is a year, about ten back, not the whole decade before
        amount, unit = amount * (10 if unit == "decade" else 100), "year"
    if amount is None:
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "date", None
    if (
        ref.quarter
        and amount == 1
        and unit == "year"
        and mod is None
        and sign < 0
        and (direction == "ago" or ref.near_date is None)
        and _compares(ref.text, match.start())
    ):
        return year_before(ref.quarter), "date", None  # "up from a year ago" in a results story
    if base is None:
        return cal.underspecified(unit), "date", mod
    if not float(amount).is_integer():
        return cal.underspecified(unit), "date", mod
    return cal.shift_by_units(base, sign * int(amount), unit), "date", mod


# A comparison or a figure earlier in the sentence ("up from $85 million a year ago",
# "net of $1.1 million a year ago"), or the sentence opening on the expression ("A
# year earlier, net was ..."): what makes "a year ago" the same period a year before
# rather than a plain date ("he was elected a year ago").
_COMPARISON_CUE = re.compile(
    r"\b(?:from|than|compared|comparison|versus|vs|against|From|Than|Compared)\b|[$£€%]|\d"
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’]*\s+[A-Z]|\n")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"'”’]*\s+|\n\s*)$")


def _compares(text: str, start: int) -> bool:
    before = text[max(0, start - 200) : start]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    sentence = before[breaks[-1].end() - 1 :] if breaks else before
    return bool(_COMPARISON_CUE.search(sentence) or _SENTENCE_OPENING.search(before))


def resolve_duration(match: re.Match[str], ref: Ref) -> Value | None:
    unit = unit_of(match.group("unit"))
    amount = number_of(group_of(match, "num"))
    high = number_of(group_of(match, "num2"))
    if amount is not None and group_of(match, "andhalf"):
        amount += 0.5  # "a minute and a half"
    mod = MODS.get(" ".join((group_of(match, "mod") or "").lower().split()))
    if group_of(match, "num") is not None and amount is None:
        return None
    if high is not None and amount is not None:
        # A range "7-10 days" keeps both ends: the lower and upper durations joined by "/".
        return (
            f"{cal.duration_value(amount, unit)}/{cal.duration_value(high, unit)}",
            "duration",
            mod,
        )
    return cal.duration_value(amount, unit), "duration", mod


def accept_duration(text: str, match: re.Match[str]) -> bool:
    after = text[match.end() : match.end() + 6]
    if re.match(r"[-\s]?(?i:old)\b", after):  # "a five-year-old boy", "52 years old": ages
        return False
    if match.group("unit").lower().startswith("quarter") and re.match(r"\s+of\b", after):
        return False  # "about three-quarters of the shares" is a fraction
    num = group_of(match, "num")
    if num and re.fullmatch(r"(?:1[6-9]|20)\d\d", num) and not group_of(match, "mod"):
        return False  # "the 1988 quarter", "the 1988 second quarter" name a year
    if num and num.lower() == "a" and match.group("unit").lower() == "second":
        return (
            re.match(r"[^\S\n]*[^\w[^\S\n]]|[^\S\n]+(?:or|and|later|earlier)\b", after) is not None
        )  # "a second round"
    if num and num.lower() in ("a", "an") and not match.group("mod") and not match.group("the"):
        before = text[max(0, match.start() - 12) : match.start()]
        # "$5 million a year" is a rate, not a duration
        if re.search(r"(?:\d|illion|percent|%|times)[^\S\n]*$", before):
            return False
    return True


def resolve_bare_units(match: re.Match[str], ref: Ref) -> Value | None:
    """ "for weeks", "in recent months", "the coming days": a fuzzy amount of time."""
    return cal.duration_value(None, unit_of(match.group("unit"))), "duration", None


def resolve_the_unit(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the year", "the day" in news: the one the article is written in ("rose 3% on the day"),
    or for "the day" the last day the story named.
    """
    unit = match.group("sunit").lower()
    if unit == "day" and ref.last_value and len(ref.last_value) == 10:
        # "the Dow ended the day up 2%" after "on Monday": the day the story is about
        return ref.last_value, "date", None
    if ref.anchor is None:
        return cal.underspecified(unit), "date", None
    return cal.current_unit(ref.anchor, unit, 0), "date", None


def resolve_the_weekend(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the weekend": the one just past, or the coming one when the verb looks ahead."""
    if ref.anchor is None:
        return "XXXX-WXX-WE", "date", None
    on_weekend = ref.anchor.weekday() >= 5
    ahead = ref.tense in ("future", "present")
    offset = 0 if on_weekend or ahead else -1
    return cal.current_unit(ref.anchor, "weekend", offset), "date", None


def resolve_unit_edge(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the end of the year", "earlier in the month", "year-end": the current unit, with a mod."""
    unit = (match.group("sunit") or "year").lower()
    word = (match.group("inword") or "").lower()
    mod = edge_mod(match) or ("END" if match.group("yearend") else None)
    if word:
        mod = "START" if word == "earlier" else "END"
    if ref.anchor is None:
        return cal.underspecified(unit), "date", mod
    return cal.current_unit(ref.anchor, unit, 0), "date", mod


def resolve_set(match: re.Match[str], ref: Ref) -> Value | None:
    word = match.group("setword").lower()
    fixed = {
        "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
        "annually": "P1Y", "annual": "P1Y", "yearly": "P1Y", "quarterly": "P1Q", "hourly": "PT1H",
    }  # fmt: skip
    if word in fixed:
        return fixed[word], "set", None
    unit = unit_of(word)
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
    return cal.iso(ref.anchor + dt.timedelta(days=DEICTIC_DAY.get(day, 0)))


def _zone(match: re.Match[str]) -> str:
    # TimeML marks UTC with "Z"; other zones are left unconverted.
    return "Z" if (match.group("tz") or "").upper() in ("UTC", "GMT", "Z") else ""


def resolve_clock(match: re.Match[str], ref: Ref) -> Value | None:
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


def resolve_noon(match: re.Match[str], ref: Ref) -> Value | None:
    word = match.group("noon").lower()
    clock = "12:00" if word in ("noon", "midday") else "24:00"
    return f"{_clock_day(match, ref)}T{clock}{_zone(match)}", "time", None
