"""Infer an article's publication date from its text.

Wire copy dates itself in two places: the dateline that opens the body
("WASHINGTON, March 3, 2016 (AP) —", "MOSCOW, February 8. /TASS/.") and photo captions,
which end with the day the picture was taken ("… at the Kremlin in Moscow, Russia,
March 14, 2016."). A caption may show an old file photo, so a caption date counts only
when it agrees with the weekday the story's lead names ("Putin on Monday ordered…"):
news is published on the day of its lead event or the day after. Dates inside body
sentences ("the war began on March 15, 2011") are history, not publication dates, and
are never used.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..record import PublishedFrom
from .outlets import normalise_outlet, outlets_in, split_credit

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = (
    r"(?P<month>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# "March 14, 2016", "14 March 2016", "2016-03-14"; the year is optional in datelines.
_DATE = (
    rf"{_WEEKDAY}(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'month2')},?(?:\s+(?P<year2>(?:19|20)\d\d))?"
    r"|(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d))\b"
)
DATE_RE = re.compile(_DATE)
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
    r"(?:\s*/[A-Z][A-Za-z .'\-]{1,40}/(?=,))?"  # TASS style: "BONN /Germany/, February 16."
    r"(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
    r"[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?"
    rf"(?:,?\s+(?P<date>{_DATE}))?"
    r"\s*\.?\s*(?:/(?P<agency1>[A-Za-z][^/\n]{0,40})/|\((?P<agency2>[A-Z][^)\n]{0,40})\))?"
    r"\s*\.?\s*(?P<dash>[-–—])?"
)
_PUBLISHED_LINE = re.compile(
    rf"^\s*(?:(?:first\s+)?published|posted|updated|last\s+updated|date)(?:\s+on)?\s*:?\s*(?P<date>{_DATE})",
    re.IGNORECASE,
)
# What may follow a caption's date: nothing, or a photo credit ("REUTERS/Name", "(Photo: AP)").
_CAPTION_TAIL = re.compile(
    r"^\s*[.,]?\s*(?:$|[(\[]?\s*(?:[A-Z]{2,}[A-Za-z ]*/|(?:photo|picture|image|credit)\b))",
    re.IGNORECASE,
)
_WEEKDAY_MENTION = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_HEAD_LINES = 8
_NEAR_DAYS = 14
_DATELINE_LINES = 6


@dataclass(frozen=True)
class Dateline:
    """The dateline opening a paragraph: its date when complete, and its agency."""

    start: int
    end: int
    date: dt.date | None
    agency: str | None


@dataclass(frozen=True)
class DateFound:
    """A full date in the text and the character span it covers."""

    date: dt.date
    start: int
    end: int


def infer_published(text: str) -> tuple[dt.date | None, PublishedFrom]:
    """The publication date the text gives and where it came from.

    A dated dateline wins (a dateline without a year takes the year of a full date
    near it, else gives no date); else a "Published: …" line near the top; else the
    latest caption date consistent with the lead's weekday.

    Returns:
        ``(date, "dateline" | "caption")``, or ``(None, "none")`` when the text is silent.
    """
    dates = find_dates(text)
    dateline = find_dateline(text, dates)
    if dateline is not None and dateline.date is not None:
        return dateline.date, "dateline"
    stated = _published_line(text)
    if stated is not None:
        return stated, "dateline"
    caption_dates = [found for found in dates if is_caption_date(text, found)]
    lead = lead_weekday(text, dates)
    consistent = [found.date for found in caption_dates if _weekday_agrees(found.date, lead)]
    if consistent:
        return max(consistent), "caption"
    return None, "none"


def find_dates(text: str) -> list[DateFound]:
    """Every full date (day, month and year) in the text, in order."""
    found = []
    for match in DATE_RE.finditer(text):
        date = _to_date(match)
        if date is not None:
            found.append(DateFound(date, match.start(), match.end()))
    return found


def find_dateline(text: str, dates: list[DateFound] | None = None) -> Dateline | None:
    """The dateline opening one of the first paragraphs, if any (JSONL texts start with one).

    Only the first :data:`_DATELINE_LINES` non-blank lines are tried: a dateline opens
    the story, below the headline, dek and captions.
    """
    dates = find_dates(text) if dates is None else dates
    offset = 0
    tried = 0
    for line in text.split("\n"):
        if line.strip():
            dateline = _match_dateline(line, offset, dates)
            if dateline is not None:
                return dateline
            tried += 1
            if tried >= _DATELINE_LINES:
                return None
        offset += len(line) + 1
    return None


def _match_dateline(line: str, offset: int, dates: list[DateFound]) -> Dateline | None:
    """A dateline is a place, then a date, an agency or a dash, then the story.

    An upper-case place ("MOSCOW") needs a date, an agency or a dash after it; a
    title-case one ("London") needs a known agency ("London (Reuters) -"), since
    "General Motors (GM) saw…" has the same shape. Bracketed agencies must be known
    outlets; slashed ones ("/PRNewswire/") are agencies by that convention.
    """
    match = _DATELINE.match(line)
    if match is None or not line[match.end() :].strip():
        return None
    place = match.group("place")
    slashed = match.group("agency1")
    bracketed = match.group("agency2")
    agency = normalise_outlet(bracketed or "") if bracketed else None
    if slashed:  # "/TASS, Maxim Allanazarov/": the agency and its photographer
        known = outlets_in(slashed)
        agency = known[0] if known else split_credit(slashed)[0] if split_credit(slashed) else None
    if bracketed and agency is None:
        return None  # "(left)", "(EC)": not an agency
    has_date = bool(match.group("date"))
    if place.isupper():
        if not (has_date or agency or match.group("dash")):
            return None
    elif agency is None or not (has_date or match.group("dash") or slashed):
        return None
    date = None
    if has_date:
        date_match = DATE_RE.match(match.group("date"))
        date = _to_date(date_match) if date_match else None
        if date is None and date_match is not None:
            date = _complete_year(date_match, dates, lead_weekday(line, []))
    return Dateline(offset + match.start(), offset + match.end(), date, agency)


def is_caption_date(text: str, found: DateFound) -> bool:
    """True when a date ends its line, as a photo caption's date does."""
    line_end = text.find("\n", found.end)
    tail = text[found.end : line_end if line_end >= 0 else len(text)]
    if not _CAPTION_TAIL.match(tail):
        return False
    line_start = text.rfind("\n", 0, found.start) + 1
    before = text[line_start : found.start].rstrip()
    return before == "" or before.endswith(",")


def lead_weekday(text: str, dates: list[DateFound]) -> int | None:
    """The weekday (0 = Monday) first named outside dates and captions: the lead's day."""
    inside = [(found.start, found.end) for found in dates]
    for match in _WEEKDAY_MENTION.finditer(text):
        if any(start <= match.start() < end for start, end in inside):
            continue
        return WEEKDAYS.index(match.group(1).lower())
    return None


def _weekday_agrees(date: dt.date, lead: int | None) -> bool:
    # Published on the lead event's day or the day after ("on Monday" in Tuesday's paper).
    return lead is None or date.weekday() in (lead, (lead + 1) % 7)


def _published_line(text: str) -> dt.date | None:
    for line in text.split("\n")[:_HEAD_LINES]:
        match = _PUBLISHED_LINE.match(line)
        if match:
            date_match = DATE_RE.match(match.group("date"))
            return _to_date(date_match) if date_match else None
    return None


def _to_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    try:
        if groups.get("iso_y"):
            return dt.date(int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"]))
        year = groups.get("year") or groups.get("year2")
        if not year:
            return None
        return dt.date(int(year), _month_number(match), int(groups.get("day") or groups["day2"]))
    except ValueError:
        return None


def _complete_year(
    match: re.Match[str], dates: list[DateFound], lead: int | None
) -> dt.date | None:
    """A year-less dateline ("MOSCOW, February 8.") takes the year of a full date near it.

    Only a full date within :data:`_NEAR_DAYS` of the dateline's day and month lends
    its year: the latest date in the text is often history ("the 2002 collision"), and
    measured on NewsArticles.csv borrowing it was wrong for 56 of 76 TASS datelines.
    The completed date must also agree with the lead's weekday, which rules out
    anniversaries ("MOSCOW, March 18." about "March 18, 2014").
    """
    month = _month_number(match)
    day = int(match.group("day") or match.group("day2"))
    for found in sorted(dates, key=lambda f: f.date, reverse=True):
        for year in (found.date.year, found.date.year - 1, found.date.year + 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if abs((candidate - found.date).days) <= _NEAR_DAYS and _weekday_agrees(
                candidate, lead
            ):
                return candidate
    return None


def _month_number(match: re.Match[str]) -> int:
    name = (match.group("month") or match.group("month2")).rstrip(".").lower()
    return MONTHS[name[:4] if name.startswith("sept") else name[:3]]
