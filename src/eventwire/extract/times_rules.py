"""The rule table of the times grammar: one compiled pattern per construction of news
English, each with the function that values its match.

Order matters only for ties between equally long matches: earlier rules win. The
resolvers live in :mod:`.times_dates` (calendar names), :mod:`.times_relative`
(expressions counted from the anchor) and :mod:`.times_periods` (reporting periods
and expressions that refer back).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .times_dates import (
    accept_bare_month,
    accept_short_year,
    accept_year,
    resolve_bare_season,
    resolve_century,
    resolve_decade,
    resolve_holiday,
    resolve_iso,
    resolve_month,
    resolve_month_day,
    resolve_month_set,
    resolve_month_year,
    resolve_quarter,
    resolve_season,
    resolve_short_year,
    resolve_slash,
    resolve_year,
)
from .times_lexicon import (
    DAY,
    EDGE,
    FULL_MONTHS,
    FUZZY,
    MOD,
    MONTH,
    NUMBER,
    NUMBER_WORDS,
    PART,
    SHIFT,
    UNIT,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    Accept,
    B,
    E,
    Resolve,
    alt,
    title,
)
from .times_periods import (
    resolve_anaphoric,
    resolve_same_period,
    resolve_the_quarter,
    resolve_whole_year,
    resolve_year_ago_adjective,
    resolve_year_ago_quarter,
    resolve_year_ended,
    resolve_year_quarter,
)
from .times_relative import (
    accept_duration,
    resolve_ago,
    resolve_bare_units,
    resolve_clock,
    resolve_deictic,
    resolve_duration,
    resolve_noon,
    resolve_part_of_day,
    resolve_recent,
    resolve_ref,
    resolve_set,
    resolve_shifted_unit,
    resolve_the_unit,
    resolve_the_weekend,
    resolve_unit_edge,
    resolve_weekday,
    resolve_weekday_set,
)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolve
    accept: Accept | None = None


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# A clock time's zone and the day it falls on: "10 p.m. EST Wednesday", "16:00 UTC today".
_CLOCK_TAIL = (
    rf"(?:[^\S\n]*(?P<tz>UTC|GMT|Z\b|[A-Z][DS]T\b|(?i:local[^\S\n]+time)))?"
    rf"(?:,?[^\S\n]+(?:(?i:on)[^\S\n]+)?(?P<cday>{title(w for w in WEEKDAYS if len(w) > 4)}|(?i:today|tonight|yesterday|tomorrow))\b)?"
)
_DATE_TAIL = rf"(?:,?[^\S\n]+{YEAR}|[^\S\n]+(?P<yshift>(?i:last|next|this))[^\S\n]+(?i:year)|[^\S\n]+{PART})?{E}"

# Order matters only for ties between equally long matches: earlier rules win.
RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        _c(
            rf"{B}(?P<y>(?:1[6-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?{E}"
        ),
        resolve_iso,
    ),
    Rule(
        "slash",
        _c(rf"{B}(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>\d{{4}}|\d\d){E}(?!/)"),
        resolve_slash,
    ),
    Rule(
        "month_day",
        _c(rf"{B}(?:{WEEKDAY},?[^\S\n]+)?{MONTH}[^\S\n]+{DAY}{_DATE_TAIL}"),
        resolve_month_day,
    ),
    Rule(
        "day_month",
        _c(
            rf"{B}(?:{WEEKDAY},?[^\S\n]+)?(?:the[^\S\n]+)?{DAY}[^\S\n]+(?:of[^\S\n]+)?{MONTH}{_DATE_TAIL}"
        ),
        resolve_month_day,
    ),
    Rule(
        "month_year",
        _c(
            rf"{B}(?:{EDGE}[- \t]+)?{MONTH},?[^\S\n]+(?:(?:of[^\S\n]+)?{YEAR}|(?P<yshift>(?i:last|this|next))[^\S\n]+(?i:year)){E}"
        ),
        resolve_month_year,
    ),
    Rule(
        "month",
        _c(
            rf"{B}(?:{EDGE}[- \t]+|{SHIFT}[^\S\n]+)?(?P<month>{title(FULL_MONTHS)}){E}(?![^\S\n]+\d)"
        ),
        resolve_month,
        accept_bare_month,
    ),
    Rule(
        "decade",
        _c(
            rf"{B}(?:(?i:the)[^\S\n]+)?(?:{EDGE}[- \t]+)?(?:(?P<decade>(?:1[6-9]|20)\d0)|['‘’]?(?P<decade2>[1-9]0))['’]?s(?P<decadeword>){E}"
        ),
        resolve_decade,
    ),
    Rule(
        "decade_word",
        _c(
            rf"{B}(?i:the)[^\S\n]+(?:{EDGE}[- \t]+)?(?P<decade>)(?P<decade2>)(?P<decadeword>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){E}"
        ),
        resolve_decade,
    ),
    Rule(
        "century",
        _c(
            rf"{B}(?:(?i:the)[^\S\n]+)?(?:{EDGE}[- \t]+)?(?P<nth>\d{{1,2}}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[- \t]+(?i:century){E}"
        ),
        resolve_century,
    ),
    Rule(
        "year",
        _c(
            rf"{B}(?:{EDGE}[- \t]+|(?P<theyear>(?i:the[^\S\n]+year|fiscal))[^\S\n]+)?{YEAR}{E}(?![^\S\n]*(?:-|–)[^\S\n]*\d)(?!'s\b)"
        ),
        resolve_year,
        accept_year,
    ),
    Rule(
        "short_year",
        _c(r"(?<![\w'’‘])['’‘](?P<yy>\d\d)(?![\w'’%])"),
        resolve_short_year,
        accept_short_year,
    ),
    Rule(
        "deictic",
        _c(
            rf"{B}(?:{EDGE}[^\S\n]+|(?i:earlier|later)[^\S\n]+)?(?P<deixis>(?i:today|tonight|tomorrow|yesterday))(?:[^\S\n]+{PART})?{E}"
        ),
        resolve_deictic,
    ),
    Rule("part_of_day", _c(rf"{B}{SHIFT}[^\S\n]+{PART}{E}"), resolve_part_of_day),
    Rule(
        "weekday",
        _c(rf"{B}(?:{SHIFT}[^\S\n]+)?{WEEKDAY}(?:[^\S\n]+{PART})?{E}"),
        resolve_weekday,
    ),
    Rule(
        "weekday_set",
        _c(
            rf"{B}(?:(?i:every|each)[^\S\n]+)?(?P<weekday>{title(w for w in WEEKDAYS if len(w) > 4)})s(?:[^\S\n]+{PART}s)?{E}"
        ),
        resolve_weekday_set,
    ),
    Rule(
        "every",
        _c(rf"{B}(?i:every|each)[^\S\n]+(?:(?i:other)[^\S\n]+)?{WEEKDAY}(?:[^\S\n]+{PART})?{E}"),
        resolve_weekday_set,
    ),
    Rule(
        "shifted_unit",
        _c(
            rf"{B}(?:(?:{EDGE}|(?i:earlier|later))[- \t]+)?(?P<the>(?i:the)[^\S\n]+)?{SHIFT}[^\S\n]+"
            rf"(?P<sunit>(?i:week|weekend|month|quarter|year|decade|century|spring|summer|fall|autumn|winter)){E}"
        ),
        resolve_shifted_unit,
    ),
    Rule(
        "ago",
        _c(
            rf"{B}(?:{MOD}[^\S\n]+)?(?:{NUMBER}|{FUZZY})[- \t]+{UNIT}[^\S\n]+"
            rf"(?:(?P<dir>(?i:ago|from[^\S\n]+now|hence))|(?P<dir2>(?i:earlier|later))(?![^\S\n]+(?i:than|in|on|at|with|the|a|an|this|that|by|for)\b)"
            rf"|(?P<dir3>(?i:before|after))(?=[^\S\n]*[,.;:)]|[^\S\n]*$)){E}"
        ),
        resolve_ago,
    ),
    Rule("bare_ago", _c(rf"{B}{UNIT}[^\S\n]+(?P<dir>(?i:ago)){E}"), resolve_ago),
    Rule(
        "duration",
        _c(
            rf"{B}(?:{MOD}[^\S\n]+(?!(?i:the)[^\S\n]))?(?P<the>(?i:the|this|that)[^\S\n]+(?:(?i:past|last|next|first|coming|previous|following|final|same|entire|whole|full)[^\S\n]+)?)?"
            rf"(?:{NUMBER}(?:[^\S\n]*(?:-|–|to|or)[^\S\n]*(?P<num2>\d+(?:\.\d+)?|(?i:{alt(w for w in NUMBER_WORDS if ' ' not in w and w not in ('a', 'an'))})))?|{FUZZY})[- \t]+{UNIT}(?:-long|(?P<andhalf>[^\S\n]+(?i:and[^\S\n]+a[^\S\n]+half)))?{E}"
        ),
        resolve_duration,
        accept_duration,
    ),
    Rule(
        "recent",
        _c(
            rf"{B}(?:(?i:the)[^\S\n]+)?(?P<dir>(?i:recent|coming|next[^\S\n]+few|next[^\S\n]+several|past[^\S\n]+few|last[^\S\n]+few))[^\S\n]+(?P<unit>(?i:days|weeks|months|years|decades)){E}"
        ),
        resolve_recent,
    ),
    Rule(
        "bare_units",
        _c(
            rf"{B}(?i:for|over|within|took|take|takes|lasted)[^\S\n]+(?P<t>(?:(?i:the)[^\S\n]+(?=(?i:years|decades|months|weeks)\b))?{UNIT})(?<=s){E}"
        ),
        resolve_bare_units,
    ),
    Rule(
        "ref",
        _c(
            rf"{B}(?P<refword>(?i:now|currently|nowadays|recently|lately|recent|current)|(?i:the)[^\S\n]+(?:near|short|long)[^\S\n]+(?i:term)\b(?!-)|(?i:the)[^\S\n]+(?:(?i:near)[^\S\n]+)?(?i:future|past)(?![^\S\n]+(?:\w+[^\S\n]+)?(?i:days|weeks|months|years|decades|few|several|two|three|four|five|six|seven|eight|nine|ten|\d))){E}"
        ),
        resolve_ref,
    ),
    Rule(
        "quarter",
        _c(
            rf"{B}(?:(?i:the)[^\S\n]+|(?P<yshift0>(?i:this|last|next))[^\S\n]+(?i:year)['’]s[^\S\n]+)?(?:(?i:fiscal)[- \t]+)?(?P<nth>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last|final))[- \t]+(?P<qunit>(?i:quarter|half))"
            rf"(?:[^\S\n]+(?:(?i:of)[^\S\n]+)?(?:(?i:fiscal)[^\S\n]+)?(?:{YEAR}|(?P<yshift>(?i:last|this|next))[^\S\n]+(?i:year)))?{E}"
        ),
        resolve_quarter,
    ),
    Rule(
        "the_quarter",
        _c(
            rf"{B}(?i:the)[^\S\n]+(?:(?P<qadj>(?i:latest|most[^\S\n]+recent|current|just[- \t]ended|recent))[^\S\n]+)?(?:(?i:fiscal)[^\S\n]+)?(?P<qword>(?i:quarter|period)){E}(?!-|[^\S\n]+(?i:of|century|mile|point))"
        ),
        resolve_the_quarter,
    ),
    Rule(
        "unit_edge",
        _c(
            rf"{B}(?:(?:{EDGE}|(?P<inword>(?i:earlier|later))[^\S\n]+(?i:in))[^\S\n]+(?i:the|this)[^\S\n]+"
            rf"(?P<sunit>(?i:year|month|week|decade|century))|(?P<yearend>(?i:year-end|year[’']s[^\S\n]+end))){E}"
        ),
        resolve_unit_edge,
    ),
    Rule(
        "bare_season",
        _c(
            rf"{B}(?i:in|during|over|by|until|since|through|before|after|for|into|of)[^\S\n]+(?P<t>(?:(?i:the)[^\S\n]+)?(?:{EDGE}[- \t]+)?"
            rf"(?P<season>(?i:spring|summer|autumn|winter|fall))){E}(?![^\S\n]+(?i:of|and)\b)"
        ),
        resolve_bare_season,
    ),
    Rule(
        "holiday",
        _c(
            rf"{B}(?:{SHIFT}[^\S\n]+)?(?P<holiday>Christmas(?:[^\S\n]+(?:Day|Eve))?|New[^\S\n]+Year[’']s[^\S\n]+(?:Day|Eve)|Valentine[’']s[^\S\n]+Day|Halloween|Boxing[^\S\n]+Day|Thanksgiving(?:[^\S\n]+Day)?|Easter(?:[^\S\n]+(?:Sunday|Monday))?|Good[^\S\n]+Friday){E}"
        ),
        resolve_holiday,
    ),
    Rule(
        "whole_year",
        _c(
            rf"{B}(?i:the)[^\S\n]+(?:(?P<yadj>(?i:full|entire|whole|current))[^\S\n]+)?(?i:fiscal|financial)?[^\S\n]*(?i:year){E}"
            rf"(?<!(?i:the year))(?!-|[^\S\n]+(?i:of|ago|earlier|later|before|after|ended|ending|two|2)\b)"
        ),
        resolve_whole_year,
    ),
    Rule(
        "year_ended",
        _c(
            rf"{B}(?P<t>(?i:the)[^\S\n]+(?:(?i:fiscal|financial)[^\S\n]+)?(?i:year))[^\S\n]+(?i:ended|ending){E}"
        ),
        resolve_year_ended,
    ),
    Rule(
        "the_unit",
        _c(
            rf"{B}(?i:the)[^\S\n]+(?P<sunit>(?i:year|day))(?![\w-])"
            rf"(?![^\S\n]+(?:\d|(?i:of|before|after|earlier|later|ago|when|that|which|in|on|he|she|they|it|we)\b))"
        ),
        resolve_the_unit,
    ),
    Rule(
        "year_ago_quarter",
        _c(
            rf"{B}(?i:the)[^\S\n]+(?:(?i:comparable|same|corresponding)[^\S\n]+)?(?i:year[-\s](?:ago|earlier))[^\S\n]+(?:(?P<qnth>(?i:third|second|first|fourth))[- \t]+)?(?P<qunit>(?i:quarter|period)){E}"
        ),
        resolve_year_ago_quarter,
    ),
    Rule(
        "anaphoric",
        _c(
            rf"{B}(?:(?i:earlier|later)[^\S\n]+)?(?P<aref>(?i:that|that[^\S\n]+same|the[^\S\n]+same|the[^\S\n]+following|the[^\S\n]+previous|the[^\S\n]+preceding|the[^\S\n]+prior))"
            rf"[^\S\n]+(?P<aunit>(?i:day|week|month|quarter|year|morning|afternoon|evening|night)){E}(?!-|[^\S\n]+(?i:or|of|as|ago|before|after|earlier|later|period|month|quarter)\b)"
            rf"|{B}(?P<aref2>(?i:the[^\S\n]+next))[^\S\n]+(?P<aunit2>(?i:day|morning|afternoon|evening|night)){E}(?!-)"
        ),
        resolve_anaphoric,
    ),
    Rule(
        "year_ago_adjective",
        _c(rf"{B}(?i:year[-‐](?:ago|earlier)){E}(?=[^\S\n]+[a-z])"),
        resolve_year_ago_adjective,
    ),
    Rule(
        "same_period",
        _c(
            rf"{B}(?:(?i:the)[^\S\n]+(?:(?i:same|corresponding|comparable|year-ago)[^\S\n]+)?(?P<punit>(?i:period|quarter|month))"
            rf"[^\S\n]+(?:(?i:of)[^\S\n]+)?(?:(?i:the)[^\S\n]+)?(?i:last[^\S\n]+year|a[^\S\n]+year[^\S\n]+(?:ago|earlier)|(?:previous|prior)[^\S\n]+year)"
            rf"|(?i:last[^\S\n]+year['’]s)[^\S\n]+(?P<punit2>(?i:period|quarter))){E}"
        ),
        resolve_same_period,
    ),
    Rule(
        "year_quarter",
        _c(
            rf"{B}(?i:the)[^\S\n]+(?P<qyear>(?:1[6-9]|20)\d\d)[- \t]+(?:(?P<qnth>(?i:first|second|third|fourth))[- \t]+)?(?i:quarter|period){E}"
        ),
        resolve_year_quarter,
    ),
    Rule("the_weekend", _c(rf"{B}(?i:the)[^\S\n]+(?i:weekend){E}"), resolve_the_weekend),
    Rule(
        "season",
        _c(
            rf"{B}(?:{EDGE}[- \t]+)?(?P<season>(?i:spring|summer|autumn|winter)|Fall),?[^\S\n]+(?:(?i:of)[^\S\n]+)?{YEAR}{E}"
        ),
        resolve_season,
    ),
    Rule(
        "set",
        _c(
            rf"{B}(?P<setword>(?i:daily|nightly|weekly|monthly|annually|annual|yearly|quarterly|hourly))(?=[ \t,.;:!?)\n]|$)"
        ),
        resolve_set,
    ),
    Rule(
        "every_month",
        _c(rf"{B}(?i:every|each)[^\S\n]+(?P<month>{title(FULL_MONTHS)}){E}(?![^\S\n]+\d)"),
        resolve_month_set,
    ),
    Rule(
        "every_unit",
        _c(rf"{B}(?i:every|each)[^\S\n]+(?P<setword>(?i:day|week|month|year|quarter|hour)){E}"),
        resolve_set,
    ),
    Rule(
        "clock",
        _c(
            rf"{B}(?:(?P<hh>[01]?\d)(?::(?P<mm>[0-5]\d))?[^\S\n]*(?P<ampm>[ap]\.[^\S\n]?m\.?|[AP]\.[^\S\n]?M\.?|[ap]m\b|[AP]M\b)"
            rf"|(?<=(?i:at) )(?P<hh24>[01]?\d|2[0-3]):(?P<mm24>[0-5]\d)(?!\d)"
            rf"|(?P<hh24z>[01]?\d|2[0-3]):?(?P<mm24z>[0-5]\d)(?=[^\S\n]*(?:UTC|GMT)\b)){_CLOCK_TAIL}"
        ),
        resolve_clock,
    ),
    Rule("noon", _c(rf"{B}(?P<noon>(?i:noon|midday|midnight)){_CLOCK_TAIL}"), resolve_noon),
)
