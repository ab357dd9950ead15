"""The times extractor: TIMEX3 values of news English, anchored on the publication date."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import shared_path
from eventwire.article import Article
from eventwire.extract.context import Context
from eventwire.extract.times import extract_times
from eventwire.extract.times_grammar import find_timexes

MONDAY = dt.date(2016, 3, 14)  # the seed article's publication date, a Monday


def found(text: str, anchor: dt.date | None = MONDAY) -> list[tuple[str, str, str]]:
    return [(text[t.start : t.end], t.value, t.type) for t in find_timexes(text, anchor)]


def parsed(nlp, text: str, anchor: dt.date | None = MONDAY) -> list[tuple[str, str, str]]:
    ctx = Context(article=Article(id="t", text=text, published=anchor))
    return [(t.text, t.value, t.type) for t in extract_times(nlp(text), ctx)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # explicit dates in the formats news writes
        ("It happened on March 14, 2016.", [("March 14, 2016", "2016-03-14", "date")]),
        ("It happened on 14 March 2016.", [("14 March 2016", "2016-03-14", "date")]),
        (
            "It happened on Monday, March 14, 2016.",
            [("Monday, March 14, 2016", "2016-03-14", "date")],
        ),
        (
            "The deal was signed on Sept. 30 last year.",
            [("Sept. 30 last year", "2015-09-30", "date")],
        ),
        ("Filed 2016-03-14 in Geneva.", [("2016-03-14", "2016-03-14", "date")]),
        ("Filed 03/14/2016 in Geneva.", [("03/14/2016", "2016-03-14", "date")]),
        ("Filed 11/02/89 in Geneva.", [("11/02/89", "1989-11-02", "date")]),
        ("Prices rose in March 2016.", [("March 2016", "2016-03", "date")]),
        ("Protests began in 2011.", [("2011", "2011", "date")]),
        ("The 2011 protests spread.", [("2011", "2011", "date")]),
        ("Debt soared in the 1990s.", [("the 1990s", "199", "date")]),
        ("Output peaked in mid-2015.", [("mid-2015", "2015", "date")]),
        ("It was built in the 20th century.", [("the 20th century", "19", "date")]),
        # deictic words and units counted from the anchor
        ("He spoke today.", [("today", "2016-03-14", "date")]),
        ("He spoke yesterday.", [("yesterday", "2016-03-13", "date")]),
        ("He speaks tonight.", [("tonight", "2016-03-14TNI", "time")]),
        ("Troops arrived last night.", [("last night", "2016-03-13TNI", "time")]),
        ("Talks stalled last month.", [("last month", "2016-02", "date")]),
        ("Talks stalled earlier this month.", [("earlier this month", "2016-03", "date")]),
        ("Talks resume next week.", [("next week", "2016-W12", "date")]),
        ("Growth slowed this year.", [("this year", "2016", "date")]),
        ("Growth slowed last year.", [("last year", "2015", "date")]),
        ("The war started five years ago.", [("five years ago", "2011", "date")]),
        ("They met three days ago.", [("three days ago", "2016-03-11", "date")]),
        ("They met two months ago.", [("two months ago", "2016-01", "date")]),
        ("Attacks rose in recent weeks.", [("recent weeks", "PXW", "duration")]),
        ("The talks are over now.", [("now", "PRESENT_REF", "date")]),
        (
            "He was elected in 2011. Five years later he resigned.",
            [("2011", "2011", "date"), ("Five years later", "2016", "date")],
        ),
        # durations, hedged and ranged
        ("The truce held for two weeks.", [("two weeks", "P2W", "duration")]),
        ("The war has lasted five years.", [("five years", "P5Y", "duration")]),
        ("A break of 7-10 days follows.", [("7-10 days", "P7D/P10D", "duration")]),
        ("The first talks in more than two years.", [("more than two years", "P2Y", "duration")]),
        ("Fighting eased over the past two weeks.", [("the past two weeks", "P2W", "duration")]),
        ("The siege lasted 72 hours.", [("72 hours", "PT72H", "duration")]),
        ("A two-year contract.", [("two-year", "P2Y", "duration")]),
        ("The two-week truce held.", [("two-week", "P2W", "duration")]),
        ("The fighting went on for weeks.", [("weeks", "PXW", "duration")]),
        ("It took two and a half years.", [("two and a half years", "P2Y6M", "duration")]),
        ("The call lasted a minute and a half.", [("a minute and a half", "PT1M30S", "duration")]),
        ("Stocks fell for six straight days.", [("six straight days", "P6D", "duration")]),
        ("Thanks for your work over the years.", [("the years", "PXY", "duration")]),
        ("Prospects in the near term are weak.", [("the near term", "FUTURE_REF", "date")]),
        ("Long-term debt rose.", []),
        # sets, quarters, seasons, clock times
        ("They meet every Monday.", [("every Monday", "XXXX-WXX-1", "set")]),
        ("Protestants march each July.", [("each July", "XXXX-07", "set")]),
        ("Prices are reported daily.", [("daily", "P1D", "set")]),
        ("Profit fell in the third quarter.", [("the third quarter", "2015-Q3", "date")]),
        (
            "Profit fell in the first quarter of 2015.",
            [("the first quarter of 2015", "2015-Q1", "date")],
        ),
        ("It opened in summer 2014.", [("summer 2014", "2014-SU", "date")]),
        ("It opened at 10 a.m. sharp.", [("10 a.m.", "2016-03-14T10:00", "time")]),
        ("Output fell in the early 1990s.", [("the early 1990s", "199", "date")]),
        ("Music of the '80s returned.", [("the '80s", "198", "date")]),
        ("He is in his 50s.", []),
        ("The vote is due by the end of the year.", [("the end of the year", "2016", "date")]),
        ("Offices close at Christmas.", [("Christmas", "2015-12-25", "date")]),
        ("Sales rose in the summer.", [("the summer", "2016-SU", "date")]),
        ("Sales rose in June last year.", [("June last year", "2015-06", "date")]),
        ("A 1996 law banned it.", [("1996", "1996", "date")]),
        ("Sales in fiscal 2015 rose.", [("fiscal 2015", "2015", "date")]),
        ("Kopp was charged in the October slaying.", [("October", "2015-10", "date")]),
        (
            "The blast came at 10:35 a.m. Friday.",
            [("10:35 a.m. Friday", "2016-03-11T10:35", "time")],
        ),
        ("Markets reopen at 16:00 UTC today.", [("16:00 UTC today", "2016-03-14T16:00Z", "time")]),
        # a clock time falls on the day its sentence names, else on the anchor's
        (
            "It spoke at 16:15 UTC, March 1, in New York.",
            [("16:15 UTC", "2016-03-01T16:15Z", "time"), ("March 1", "2016-03-01", "date")],
        ),
        (
            "Shares fell at 10 a.m. Stocks rose on March 1.",
            [("10 a.m.", "2016-03-14T10:00", "time"), ("March 1", "2016-03-01", "date")],
        ),
        ("Talks took 5 1/2 hours.", [("5 1/2 hours", "PT5H30M", "duration")]),
        ("The feud has lasted two decades.", [("two decades", "P20Y", "duration")]),
        ("The class of '82 met.", [("'82", "1982", "date")]),
        ("The annual meeting was held.", [("annual", "P1Y", "set")]),
        ("Y2K loomed over the year 2000.", [("the year 2000", "2000", "date")]),
        ("Shares fell 5% on the day.", [("the day", "2016-03-14", "date")]),
        ("Profit rose from the year-ago quarter.", [("the year-ago quarter", "2014-Q4", "date")]),
        ("Recent gains were lost.", [("Recent", "PAST_REF", "date")]),
        ("Grunge ruled the nineties.", [("the nineties", "199", "date")]),
        ("A decade ago the town was empty.", [("A decade ago", "2006", "date")]),
        (
            "Profit was $5 million, up from $4 million a year earlier.",
            [("a year earlier", "2015", "date")],
        ),
        # numbers that are not times
        ("He said: '20 killed in blast'.", []),
        ("The council passed Resolution 1973.", []),
        ("Theresa May spoke.", []),
        ("At least 250,000 people have been killed.", []),
        ("A break of 7-10 is not a time.", []),
        ("The council passed Resolution 2254.", []),
        ("Some 2000 people were killed.", []),
        ("A five-year-old boy died.", []),
        ("He earns $5 million a year.", []),
        ("Mr. Reupke, 52 years old, resigned.", []),
        ("About three-quarters of the shares were sold.", []),
        ("He called for a second round of talks.", []),
        ("May the talks succeed.", []),
        ("Protesters march on the capital.", []),
    ],
)
def test_grammar_values_news_expressions(text: str, expected: list[tuple[str, str, str]]) -> None:
    # "the third quarter" with no tense: past quarters of the anchor year go back a
    # year only with a past verb, so this reads through the parse-free grammar.
    if "third quarter" in text:
        assert found(text, dt.date(2015, 11, 2)) == expected
        return
    assert found(text) == expected


RESULTS_DAY = dt.date(1989, 10, 26)  # a Thursday in the fourth quarter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a results story compares the quarter it reports on with the same quarter a year back
        (
            "Third-quarter profit rose 19% from a year ago.",
            [("Third-quarter", "1989-Q3", "date"), ("a year ago", "1988-Q3", "date")],
        ),
        (
            "Net rose in the third quarter. In the year-earlier period it earned $4 million.",
            [
                ("the third quarter", "1989-Q3", "date"),
                ("the year-earlier period", "1988-Q3", "date"),
            ],
        ),
        (
            "Net rose in the third quarter. Year-ago results included a charge.",
            [("the third quarter", "1989-Q3", "date"), ("Year-ago", "1988-Q3", "date")],
        ),
        (
            "After the second quarter, third-quarter sales rose. The quarter was strong.",
            [
                ("the second quarter", "1989-Q2", "date"),
                ("third-quarter", "1989-Q3", "date"),
                ("The quarter", "1989-Q3", "date"),
            ],
        ),
        (
            "Third-quarter sales rose. Sales in the latest period were up from the 1988 quarter.",
            [
                ("Third-quarter", "1989-Q3", "date"),
                ("the latest period", "1989-Q3", "date"),
                ("the 1988 quarter", "1988-Q3", "date"),
            ],
        ),
        (
            "Sales in September fell 5% from the same month a year ago.",
            [("September", "1989-09", "date"), ("the same month a year ago", "1988-09", "date")],
        ),
        (
            "Sales for this year's third quarter fell from last year's quarter.",
            [
                ("this year's third quarter", "1989-Q3", "date"),
                ("last year's quarter", "1988-Q3", "date"),
            ],
        ),
        ("Profit doubled during the last quarter.", [("the last quarter", "1989-Q3", "date")]),
        ("Sales slumped this past spring.", [("this past spring", "1989-SP", "date")]),
        # a season after "the past" is that season, not a stretch of time
        ("Heating costs rose over the past winter.", [("the past winter", "1988-WI", "date")]),
        # without a figure or comparison, "a year ago" is a plain date even in a results story
        (
            "Third-quarter profit rose. He was named chief a year ago.",
            [("Third-quarter", "1989-Q3", "date"), ("a year ago", "1988", "date")],
        ),
        # no quarter named: a year back from the anchor, or from a year just named
        ("Sales fell from a year ago.", [("a year ago", "1988", "date")]),
        (
            "In 1987 it earned $5 million, up from $3 million a year earlier.",
            [("1987", "1987", "date"), ("a year earlier", "1986", "date")],
        ),
        ("The latest period was hard.", []),
        (
            "Fourth-quarter net fell; for the full year it earned $8 billion.",
            [("Fourth-quarter", "1989-Q4", "date"), ("the full year", "1989", "date")],
        ),
        (
            "It lost $4 billion in the third quarter and $8 billion for the entire year.",
            [("the third quarter", "1989-Q3", "date"), ("the entire year", "1989", "date")],
        ),
        (
            "Sales in the current fiscal year will rise.",
            [("the current fiscal year", "1989", "date")],
        ),
        # fiscal years named by their end are twelve months up to that date
        (
            "Net income for the year ended March 31 fell.",
            [("the year", "P1Y", "duration"), ("March 31", "1990-03-31", "date")],
        ),
    ],
)
def test_results_stories_compare_reporting_periods(text: str, expected) -> None:
    assert found(text, RESULTS_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was shot on Oct. 23, 1998. Earlier that day, his family sent a fax.",
            [("Oct. 23, 1998", "1998-10-23", "date"), ("Earlier that day", "1998-10-23", "date")],
        ),
        (
            "He fled in June 1998 and returned later that year.",
            [("June 1998", "1998-06", "date"), ("later that year", "1998", "date")],
        ),
        (
            "He was promoted on May 22, 1995, and the following year he left.",
            [("May 22, 1995", "1995-05-22", "date"), ("the following year", "1996", "date")],
        ),
        (
            "He was arrested on Feb. 22 and appeared in court the next morning.",
            [("Feb. 22", "2000-02-22", "date"), ("the next morning", "2000-02-23TMO", "time")],
        ),
        (
            "Stocks fell on Feb. 22. The Dow ended the day at 7,114.",
            [("Feb. 22", "2000-02-22", "date"), ("the day", "2000-02-22", "date")],
        ),
        # a year is too coarse for "the following month": left unvalued, not guessed
        ("It began in 1995. The following month it ended.", [("1995", "1995", "date")]),
        # with no date named, the article's own day is the one referred to
        ("Shares fell 5% that day.", [("that day", "2000-02-24", "date")]),
    ],
)
def test_expressions_that_refer_back_to_the_last_date(text: str, expected) -> None:
    assert found(text, dt.date(2000, 2, 24)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unemployment is the highest since nineteen ninety-six.",
            [("nineteen ninety-six", "1996", "date")],
        ),
        (
            "It began in January nineteen ninety-seven.",
            [("January nineteen ninety-seven", "1997-01", "date")],
        ),
        ("The approach of the year two thousand.", [("the year two thousand", "2000", "date")]),
        ("Some two thousand people marched.", []),
    ],
)
def test_spelled_out_years(text: str, expected) -> None:
    assert found(text, dt.date(1998, 3, 3)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met Putin on Wednesday.", [("Wednesday", "XXXX-WXX-3", "date")]),
        ("Talks stalled last month.", [("last month", "XXXX-XX", "date")]),
        ("The war started five years ago.", [("five years ago", "XXXX", "date")]),
        ("The talks end on March 24.", [("March 24", "XXXX-03-24", "date")]),
        ("It happened on March 14, 2016.", [("March 14, 2016", "2016-03-14", "date")]),
        ("He spoke tomorrow.", [("tomorrow", "XXXX-XX-XX", "date")]),
    ],
)
def test_no_anchor_gives_underspecified_values(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tense of the governing verb picks last or next weekday (anchor: a Monday)
        ("Putin said on Monday that troops would leave.", [("Monday", "2016-03-14", "date")]),
        ("The ministers met on Friday.", [("Friday", "2016-03-11", "date")]),
        ("The ministers will meet on Wednesday.", [("Wednesday", "2016-03-16", "date")]),
        ("He said the pullout should start from Tuesday.", [("Tuesday", "2016-03-15", "date")]),
        (
            "A further meeting scheduled for Wednesday would focus on core issues.",
            [("Wednesday", "2016-03-16", "date")],
        ),
        ("Talks resume on Thursday night.", [("Thursday night", "2016-03-17TNI", "time")]),
        (
            "Rebels attacked the town on Thursday night.",
            [("Thursday night", "2016-03-10TNI", "time")],
        ),
        ("The first round will end around March 24.", [("March 24", "2016-03-24", "date")]),
        ("Russia began air strikes on Sept. 30.", [("Sept. 30", "2015-09-30", "date")]),
        ("Elections will be held on Jan. 10.", [("Jan. 10", "2017-01-10", "date")]),
        ("The ceasefire has held since Saturday.", [("Saturday", "2016-03-12", "date")]),
        ("The dividend is payable Dec. 7.", [("Dec. 7", "2016-12-07", "date")]),
        ("The index neared its record set on Aug. 6.", [("Aug. 6", "2015-08-06", "date")]),
        ("The vote was set for Friday.", [("Friday", "2016-03-18", "date")]),
        # present tense takes the nearer weekday: "resume" (3 days ahead), "follow" (1 back)
        ("The talks resume on Thursday.", [("Thursday", "2016-03-17", "date")]),
        ("Statements made Sunday follow.", [("Sunday", "2016-03-13", "date")]),
        ("On Friday, the government planned to pay claims.", [("Friday", "2016-03-11", "date")]),
        ("Protesters planned a march on Saturday.", [("Saturday", "2016-03-19", "date")]),
        # a headline's bare infinitive, and "is to", look ahead
        ("Markets to remain closed until Friday", [("Friday", "2016-03-18", "date")]),
        ("The exchanges are to remain closed until Friday.", [("Friday", "2016-03-18", "date")]),
        # the infinitive of a noun of intention is still to happen
        (
            "They announced an agreement to buy the bank in January.",
            [("January", "2017-01", "date")],
        ),
    ],
)
def test_tense_of_governing_verb_orients_relative_dates(nlp, text: str, expected) -> None:
    assert parsed(nlp, text) == expected


WEDNESDAY = dt.date(2016, 3, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation keeps its speaker's "tomorrow": the day after the day of saying
        (
            'He said on Monday: "We will meet tomorrow."',
            [("Monday", "2016-03-14", "date"), ("tomorrow", "2016-03-15", "date")],
        ),
        (
            '"We will meet tomorrow," he said Monday.',
            [("tomorrow", "2016-03-15", "date"), ("Monday", "2016-03-14", "date")],
        ),
        # an undated attribution leaves the article's day as the anchor
        ('"We will meet tomorrow," he said.', [("tomorrow", "2016-03-17", "date")]),
    ],
)
def test_quotations_count_from_the_day_of_speaking(nlp, text: str, expected) -> None:
    assert parsed(nlp, text, WEDNESDAY) == expected


def test_dateline_anchors_an_undated_article(nlp) -> None:
    text = "MOSCOW, March 14, 2016 (Reuters) - Talks resume tomorrow."
    assert parsed(nlp, text, None) == [
        ("March 14, 2016", "2016-03-14", "date"),
        ("tomorrow", "2016-03-15", "date"),
    ]


def test_times_are_numbered_in_text_order_and_point_into_the_text(nlp) -> None:
    text = "On Monday he said talks would resume next week, two years after they began."
    ctx = Context(article=Article(id="t", text=text, published=MONDAY))
    times = extract_times(nlp(text), ctx)
    assert [t.id for t in times] == [f"T{i}" for i in range(1, len(times) + 1)]
    assert all(text[t.start : t.end] == t.text for t in times)
    assert [t.text for t in times] == ["Monday", "next week", "two years"]


def test_seed_article_times(nlp) -> None:
    text = shared_path("seed", "000_1f957a2ce860c3e2.txt").read_text(encoding="utf-8")
    facts = json.loads(shared_path("seed", "expected.json").read_text(encoding="utf-8"))["times"]
    ctx = Context(article=Article(id="seed", text=text, published=MONDAY))
    times = extract_times(nlp(text), ctx)
    for fact in facts:
        first = next((t for t in times if fact["text"] in t.text), None)
        assert first is not None, fact["text"]
        assert first.value == fact["value"], (fact["text"], first.value)
    assert len(facts) == 9
