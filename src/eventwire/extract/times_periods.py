"""Reporting periods of business news as TIMEX3 values: "the quarter", "the latest
period", "a year ago" and "the year-earlier quarter" in results stories.

Results stories report on a completed period (the third quarter, last month) and
compare it with the same period a year before. TimeML values such a comparison at the
granularity of the period compared: after "third-quarter profit rose 19%", "up from
a year ago" is the third quarter of the year before, not the whole year. The grammar
passes on the last completed quarter and month the text named (:attr:`Ref.quarter`,
:attr:`Ref.period`); without one these expressions fall back to the anchor.
"""

from __future__ import annotations

import datetime as dt
import re

from . import times_calendar as cal
from .times_lexicon import ORDINALS, Ref, Value, group_of


def year_before(value: str) -> str:
    """The same period a year earlier: "1989-Q3" → "1988-Q3", "2009-02" → "2008-02"."""
    return f"{int(value[:4]) - 1:04d}{value[4:]}"


def resolve_the_quarter(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the quarter", "the latest quarter", "the latest period": the quarter reported on.

    That is the last completed quarter the story named; without one, past tense
    ("profit rose in the quarter") means the last completed quarter, and the present
    or "current" the quarter containing the anchor. "the latest period" needs a
    quarter named before it: alone it could be any stretch of time.
    """
    adjective = " ".join((group_of(match, "qadj") or "").lower().split())
    is_period = match.group("qword").lower() == "period"
    if is_period and not (adjective and ref.quarter):
        return None
    if ref.anchor is None:
        return "XXXX-QX", "date", None
    if ref.quarter and adjective != "current":
        return ref.quarter, "date", None
    back = (ref.tense == "past" and adjective != "current") or adjective.startswith(
        ("latest", "most", "just")
    )
    return cal.shift_by_units(ref.anchor, -1 if back else 0, "quarter"), "date", None


def resolve_year_ago_quarter(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the year-ago quarter", "the year-earlier third quarter": the period reported on, a year back."""
    nth = ORDINALS.get((group_of(match, "qnth") or "").lower())
    if ref.quarter:
        reported = ref.quarter
    elif ref.anchor is not None:
        reported = cal.shift_by_units(ref.anchor, -1, "quarter")
    else:
        return "XXXX-QX", "date", None
    if nth:
        reported = f"{reported[:4]}-Q{nth}"
    return year_before(reported), "date", None


def resolve_year_ago_adjective(match: re.Match[str], ref: Ref) -> Value | None:
    """ "year-ago results", "year-earlier sales": the reported quarter a year back, else last year."""
    if ref.quarter:
        return year_before(ref.quarter), "date", None
    if ref.anchor is None:
        return "XXXX", "date", None
    return f"{ref.anchor.year - 1:04d}", "date", None


def resolve_same_period(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the same period last year", "the quarter a year ago", "last year's quarter": the
    period reported on, a year back.

    "quarter" takes the reported quarter, "month" the last month named, "period"
    whichever of the two the story named last; failing those, last year.
    """
    unit = (group_of(match, "punit") or match.group("punit2")).lower()
    if unit == "quarter":
        reported = ref.quarter
    elif unit == "month":
        reported = ref.period if ref.period and "Q" not in ref.period else None
    else:
        reported = ref.period
    if reported:
        return year_before(reported), "date", None
    if ref.anchor is None:
        return "XXXX", "date", None
    return f"{ref.anchor.year - 1:04d}", "date", None


def resolve_year_quarter(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the 1988 quarter", "the 1988 second quarter", "the 1989 period": a quarter of a named year.

    Without an ordinal the quarter is the one the story reports on; failing that the
    expression is just the year.
    """
    year = match.group("qyear")
    nth = ORDINALS.get((group_of(match, "qnth") or "").lower())
    if nth:
        return f"{year}-Q{nth}", "date", None
    if ref.quarter:
        return f"{year}-{ref.quarter[5:]}", "date", None
    return year, "date", None


def resolve_year_ended(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the year ended March 31", "the fiscal year ending June 30": twelve months up to
    the date that follows, which TimeML marks as a duration anchored at its end.
    """
    return "P1Y", "duration", None


_ANAPHORIC_SHIFT = {
    "that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1,
    "the previous": -1, "the preceding": -1, "the prior": -1,
}  # fmt: skip


def resolve_anaphoric(match: re.Match[str], ref: Ref) -> Value | None:
    """ "that day", "later that year", "the following month", "the next morning": a unit
    of the last date the text named, or the one after or before it.

    The named date must be precise enough for the unit (a day needs a full date, a
    month at least a month); without one the article's own date stands in, as
    "that day" in a report of today's events. A coarser one leaves the expression
    unvalued rather than guessed.
    """
    word = " ".join((group_of(match, "aref") or match.group("aref2")).lower().split())
    unit = (group_of(match, "aunit") or match.group("aunit2")).lower()
    shift = _ANAPHORIC_SHIFT[word]
    referent = (unit == "quarter" and ref.last_quarter) or ref.last_value
    referent = referent or (ref.anchor.isoformat() if ref.anchor else None)
    if referent is None:
        return None
    year = int(referent[:4])
    if unit == "year":
        return f"{year + shift:04d}", "date", None
    if "Q" in referent:
        if unit != "quarter":
            return None
        year_index = year * 4 + int(referent[6]) - 1 + shift
        return f"{year_index // 4:04d}-Q{year_index % 4 + 1}", "date", None
    if len(referent) < 7:
        return None
    month = int(referent[5:7])
    if unit == "month":
        return cal.month_value(*cal.add_months(year, month, shift)), "date", None
    if unit == "quarter":
        index = year * 4 + (month - 1) // 3 + shift
        return f"{index // 4:04d}-Q{index % 4 + 1}", "date", None
    if len(referent) < 10:
        return None
    day = dt.date.fromisoformat(referent)
    if unit == "week":
        return cal.week_value(day + dt.timedelta(weeks=shift)), "date", None
    day += dt.timedelta(days=shift)
    if unit == "day":
        return cal.iso(day), "date", None
    return f"{cal.iso(day)}T{cal.PARTS_OF_DAY[unit]}", "time", None


def resolve_whole_year(match: re.Match[str], ref: Ref) -> Value | None:
    """ "the full year", "the entire year", "the fiscal year", "the current fiscal year":
    the year whose results the story reports (that of the quarter it reports on, else
    the anchor's); "current" is always the anchor's.
    """
    if ref.anchor is None:
        return "XXXX", "date", None
    adjective = (group_of(match, "yadj") or "").lower()
    if ref.quarter and adjective != "current":
        return ref.quarter[:4], "date", None
    return f"{ref.anchor.year:04d}", "date", None
