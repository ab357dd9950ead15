"""Publication date from datelines and captions (readers/pubdate.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.readers.pubdate import find_dateline, infer_published

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Datelines with a full date.
        ("Head\n\nMOSCOW, February 8, 2017. /TASS/. Russia said on Wednesday it would act.",
         (D(2017, 2, 8), "dateline")),
        ("Head\n\nBEIRUT, March 14, 2016 — Syrian forces advanced on Monday.",
         (D(2016, 3, 14), "dateline")),
        ("Head\n\nTEMPE, Arizona, Feb. 8, 2017 /PRNewswire/. Acme today announced an order.",
         (D(2017, 2, 8), "dateline")),
        ("Head\n\nLondon, 14 March 2016 (Reuters) - Britain said on Monday it would act.",
         (D(2016, 3, 14), "dateline")),
        # A year-less dateline borrows the year of a full date near it…
        ("Head\n\nWASHINGTON, March 3 (AP) — The US said on Thursday it would act.\n\n"
         "Officials met in Washington, March 2, 2016.", (D(2016, 3, 3), "dateline")),
        # …but not of history far from it.
        ("Head\n\nMOSCOW, February 7. /TASS/. The crash of Oct. 31, 2015 was discussed on Tuesday.",
         (None, "none")),
        # …nor of an anniversary on another weekday.
        ("Head\n\nSARATOV, February 9. /TASS/. A balloon landed on Thursday, as one did on February 9, 1997.",
         (None, "none")),
        # A "Published" line near the top.
        ("Head\n\nPublished: 5 April 2022\n\nGondor on Tuesday recalled its envoy.",
         (D(2022, 4, 5), "dateline")),
        # Caption dates must agree with the lead's weekday (or be the day after it).
        ("Head\n\nPutin meets Lavrov in Moscow, Russia, March 14, 2016.\n\nPutin on Monday ordered a pullout.",
         (D(2016, 3, 14), "caption")),
        ("Head\n\nPutin meets Lavrov in Moscow, Russia, March 14, 2016.\n\nPutin on Sunday ordered a pullout.",
         (D(2016, 3, 14), "caption")),
        ("Head\n\nA file photo of Putin in Moscow, Russia, March 13, 2015.\n\nPutin on Monday ordered a pullout.",
         (None, "none")),
        ("Head\n\nFaramir in Minas Tirith, April 5, 2022. REUTERS/Jane Doe\n\nGondor on Tuesday recalled its envoy.",
         (D(2022, 4, 5), "caption")),
        # The latest consistent caption date wins.
        ("Head\n\nTroops in Aleppo, Syria, March 7, 2016.\n\nTroops in Homs, Syria, March 14, 2016.\n\n"
         "They left on Monday.", (D(2016, 3, 14), "caption")),
        # Dates inside body sentences are history, not publication dates.
        ("Head\n\nThe war began on March 15, 2011, when protests spread.", (None, "none")),
        ("Head\n\nNo dates here at all, only on Monday.", (None, "none")),
        # A JSONL text may open with its dateline.
        ("KIEV, March 19, 2017. /TASS/. Ukraine's Security Service said on Sunday.",
         (D(2017, 3, 19), "dateline")),
    ],
)  # fmt: skip
def test_infer_published(text, expected):
    assert infer_published(text) == expected


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Head\n\nLONDON (Reuters) - Britain said", "Reuters"),
        ("Head\n\nMOSCOW, February 8. /TASS/. Russia said", "TASS"),
        ("BONN /Germany/, February 16. /TASS/. Lavrov said", "TASS"),
        ("MOSCOW, March 2. /TASS, Jane Doe/. Putin said", "TASS"),
        ("TEMPE, Arizona, Feb. 8, 2017 /PRNewswire/. Acme said", "PR Newswire"),
        ("LAGOS, May 2, 2021 /Naija Wire/. Acme said", "Naija Wire"),
        ("Head\n\nWASHINGTON, March 3 (AP) — The US said", "Associated Press"),
        ("Head\n\nBEIRUT — Syrian forces advanced", None),
    ],
)
def test_dateline_agency(text, agency):
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.agency == agency


@pytest.mark.parametrize(
    "text",
    [
        "Head\n\nPutin (left) meets Lavrov in Moscow.",
        "Head\n\nThe US, UK and France said they would act.",
    ],
)
def test_not_a_dateline(text):
    assert find_dateline(text) is None
