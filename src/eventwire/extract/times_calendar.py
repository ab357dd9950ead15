"""Calendar arithmetic for TIMEX3 values, anchored on a reference date.

Pure functions, no spaCy: every rule of the times grammar turns its words into a value
through these, so that "last month", "five years ago" and "on Monday" all count from
the same anchor the same way. A missing anchor gives TimeML's underspecified forms
("XXXX-WXX-1", "XXXX-XX"), never a guess.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

Tense = Literal["past", "present", "future"]

# The unit letters of TIMEX3 duration values; hours and smaller go after "T".
UNIT_LETTER = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "Y",
    "century": "Y",
}
CLOCK_UNITS = frozenset({"second", "minute", "hour"})
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MIDDLE_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}


def iso(day: dt.date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the day does not exist in that month ("Feb. 30")."""
    if not 1 <= month <= 12 or day < 1 or day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def weekday_date(anchor: dt.date, weekday: int, tense: Tense | None) -> dt.date:
    """The date of a bare weekday name ("on Monday") said on ``anchor``.

    News reports past events on the most recent such day (the anchor itself when it
    is that day) and announces future ones on the next. Present tense goes either
    way ("talks resume Monday", "statements made Friday follow"), so it takes the
    nearer of the two, the past on a tie. With no tense at all, the past wins: news
    mostly reports what happened.
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if tense == "future" or (tense == "present" and ahead < back):
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def shifted_weekday(anchor: dt.date, weekday: int, shift: str) -> dt.date:
    """ "last Monday" (strictly before), "next Monday" (strictly after), "this Monday" (same week)."""
    if shift in ("last", "past", "previous"):
        back = (anchor.weekday() - weekday) % 7 or 7
        return anchor - dt.timedelta(days=back)
    if shift in ("next", "coming"):
        ahead = (weekday - anchor.weekday()) % 7 or 7
        return anchor + dt.timedelta(days=ahead)
    return anchor + dt.timedelta(days=weekday - anchor.weekday())


# How far the tense may pull a month or date away from the nearest reading: "began on
# Sept. 30" said in March is last September, but "met on Jan. 14" said on Jan. 5 is
# a misread tense (or a schedule), not a date almost a year back.
TENSE_REACH_DAYS = 330


def nearest_year(anchor: dt.date, month: int, day: int | None, tense: Tense | None) -> int:
    """The year of a month (and day) named without one, as the writer meant it.

    The reading nearest the anchor wins, unless the tense contradicts it and a reading
    that agrees with the tense lies within :data:`TENSE_REACH_DAYS`: past tense wants
    the date not after the anchor, future tense the date not before it.
    """
    options: list[tuple[int, dt.date]] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is None:
            first = dt.date(year, month, 1)
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
            # a whole month is "past" once it has begun, "future" until it ends
            if tense == "past":
                when = first if first <= anchor else last
            elif tense == "future":
                when = last if last >= anchor else first
            else:
                when = dt.date(year, month, 15)
        else:
            when = safe_date(year, month, day) or dt.date(year, month, 28)
        options.append((year, when))
    nearest = min(options, key=lambda pair: abs((pair[1] - anchor).days))
    if tense == "past":
        agreeing = [pair for pair in options if pair[1] <= anchor]
    elif tense == "future":
        agreeing = [pair for pair in options if pair[1] >= anchor]
    else:
        return nearest[0]
    if nearest in agreeing or not agreeing:
        return nearest[0]
    best = min(agreeing, key=lambda pair: abs((pair[1] - anchor).days))
    return best[0] if abs((best[1] - anchor).days) <= TENSE_REACH_DAYS else nearest[0]


def shift_by_units(anchor: dt.date, count: int, unit: str) -> str:
    """The date ``count`` units after ``anchor`` (negative: before), at the unit's granularity.

    "five years ago" is a year (2011), "two months ago" a month, "three weeks ago"
    a week, "ten days ago" a day: TimeML keeps the precision the words carry.
    """
    if unit in ("day", "night", "hour", "minute", "second"):
        if unit in CLOCK_UNITS:
            return iso(anchor)
        return iso(anchor + dt.timedelta(days=count))
    if unit in ("week", "fortnight"):
        weeks = count * (2 if unit == "fortnight" else 1)
        return week_value(anchor + dt.timedelta(weeks=weeks))
    if unit == "month":
        return month_value(*add_months(anchor.year, anchor.month, count))
    if unit == "quarter":
        year, month = add_months(anchor.year, anchor.month, 3 * count)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "decade":
        return f"{(anchor.year + 10 * count) // 10:03d}X"
    if unit == "century":
        return f"{(anchor.year + 100 * count) // 100:02d}XX"
    return f"{anchor.year + count:04d}"


def current_unit(anchor: dt.date, unit: str, offset: int) -> str:
    """ "this/last/next <unit>": the unit containing the anchor, moved by ``offset`` units."""
    if unit == "week":
        return week_value(anchor + dt.timedelta(weeks=offset))
    if unit == "weekend":
        return week_value(anchor + dt.timedelta(weeks=offset)) + "-WE"
    if unit == "day":
        return iso(anchor + dt.timedelta(days=offset))
    return shift_by_units(anchor, offset, unit)


def underspecified(unit: str) -> str:
    """The TimeML value of a relative expression at ``unit`` granularity with no anchor."""
    return {
        "day": "XXXX-XX-XX",
        "night": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "fortnight": "XXXX-WXX",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "decade": "XXXX",
        "century": "XXXX",
    }.get(unit, "XXXX")


# Units given in years by ISO 8601 ("a decade" is P10Y), and how a fraction of a unit
# is written in the next smaller one ("2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M).
_YEARS_IN = {"decade": 10, "century": 100}
_SMALLER = {
    "year": ("M", 12),
    "month": ("D", 30),
    "day": ("H", 24),
    "hour": ("M", 60),
    "minute": ("S", 60),
}


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: ``P2W``, ``PT5H``, ``P20Y`` (two decades); ``None`` amount is fuzzy (``PXY``)."""
    letter = UNIT_LETTER[unit]
    prefix = "PT" if unit in CLOCK_UNITS else "P"
    if amount is not None and unit == "fortnight":
        amount *= 2
    if amount is not None and unit in _YEARS_IN:
        amount *= _YEARS_IN[unit]
    if amount is None:
        if unit in _YEARS_IN:
            return "PX" + ("DE" if unit == "decade" else "CE")
        return f"{prefix}X{letter}"
    whole = int(amount)
    if amount == whole:
        return f"{prefix}{whole}{letter}"
    small, per = _SMALLER.get(unit, ("", 0))
    part = round((amount - whole) * per) if per else 0
    if not part or per == 0:
        return f"{prefix}{amount:g}{letter}"
    if unit == "day":
        return f"P{whole}DT{part}H" if whole else f"PT{part}H"
    return f"{prefix}{whole}{letter}{part}{small}" if whole else f"{prefix}{part}{small}"
