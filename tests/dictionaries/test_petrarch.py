"""The PETRARCH dictionary importer, on PETRARCH's own validation dictionaries."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import shared_path
from eventwire.dictionaries.petrarch import (
    DatedCode,
    load_actor_dictionary,
    load_agent_dictionary,
    parse_actor_lines,
    parse_agent_lines,
    resolve_code,
)

UNITTEST = ("eval", "events", "petrarch2_unittest")


@pytest.fixture(scope="module")
def validate_actors():
    entries = load_actor_dictionary(shared_path(*UNITTEST, "PETR.Validate.actors.txt"))
    return {entry.names[0]: entry for entry in entries}


@pytest.fixture(scope="module")
def validate_agents():
    return load_agent_dictionary(shared_path(*UNITTEST, "PETR.Validate.agents.txt"))


def test_synonyms_join_their_primary_phrase(validate_actors):
    assert validate_actors["UNITED NATIONS"].names == [
        "UNITED NATIONS",
        "U.N.",
        "SECRETARY GENERAL",
        "SECURITY COUNCIL",
        "UN",
    ]
    assert validate_actors["UNITED NATIONS"].code_on(None) == "UNO"


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("SAM GAMGEE", dt.date(2007, 1, 1), "HOBCIV"),
        ("SAM GAMGEE", dt.date(2010, 1, 10), "ORCHOB"),  # first restriction in the file wins
        ("SAM GAMGEE", dt.date(2011, 1, 1), "HOBMIL"),
        ("SAM GAMGEE", dt.date(2012, 12, 1), "HOBGOV"),
        ("SAM GAMGEE", dt.date(2014, 1, 1), "HOBELI"),
        ("HAMFAST GAMGEE", dt.date(2012, 12, 1), "HOBGOV"),
        ("HAMFAST GAMGEE", dt.date(2014, 1, 1), "HOB"),  # the default outside the range
        ("GOLLUM", dt.date(1990, 1, 1), "HOB"),  # [HOB < 950601]: spaces inside brackets
        ("GOLLUM", dt.date(1997, 1, 1), "HOBGOV"),  # [HOBGOV 19950601 - 19990815]
        ("GOLLUM", dt.date(2001, 1, 1), "HOBREB"),
        ("ZIMBABWE", dt.date(1970, 1, 1), "RHO"),
        ("ZIMBABWE", dt.date(1990, 1, 1), "ZBW"),
        ("ENT", None, "ENT"),  # code on its own tab-indented line
    ],
)
def test_dated_codes_resolve_by_date(validate_actors, name, day, code):
    assert validate_actors[name].code_on(day) == code


def test_comments_and_xml_lines_are_skipped(validate_actors):
    assert "ITALY" in validate_actors
    assert validate_actors["ITALY"].names == ["ITALY", "ITALIAN"]
    assert not any(name.startswith("<") for name in validate_actors)


def test_agents_expand_substitution_sets_and_plurals(validate_agents):
    by_phrase = {entry.phrase: entry for entry in validate_agents}
    assert by_phrase["CONGRESSMAN"].code == "LEG"
    assert by_phrase["CONGRESSWOMEN"].code == "LEG"
    assert by_phrase["MINISTERS OF SILLY WALKS"].code == "GOV"
    assert by_phrase["CONGRESS"].plurals == ("CONGRESSES",)
    assert by_phrase["ATTORNEY GENERAL"].plurals == ("ATTORNEYS GENERAL",)
    assert by_phrase["POLICE"].plurals == ()
    assert by_phrase["GOLDEN GOOSE"].plurals == ("GOLDEN GEESE",)
    assert by_phrase["HUMAN RIGHTS BODY"].prefix is True
    assert by_phrase["HUMAN RIGHTS BODY"].code == "NGO"


def test_inline_and_two_digit_year_codes():
    entries = parse_actor_lines(
        [
            "VLADIMIR_PUTIN_  # CountryInfo.txt",
            "+PUTIN_",
            "\t[RUSELI 700101-990809]",
            "\t[RUSGOV >080508]",
            "\t[RUSELI]",
            "JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]",
        ]
    )
    putin, solana = entries
    assert putin.names == ["VLADIMIR PUTIN", "PUTIN"]
    assert putin.code_on(dt.date(2016, 3, 14)) == "RUSGOV"
    assert putin.code_on(dt.date(1985, 1, 1)) == "RUSELI"
    assert putin.code_on(dt.date(2003, 1, 1)) == "RUSELI"  # no range covers: the default
    assert solana.code_on(dt.date(1998, 1, 1)) == "IGOWSTNAT"


def test_resolve_without_date_prefers_the_current_role():
    codes = [DatedCode("RUSELI"), DatedCode("RUSGOV", start=dt.date(2008, 5, 8))]
    assert resolve_code(codes, None) == "RUSGOV"


def test_agent_lines_with_explicit_plural():
    (entry,) = parse_agent_lines(["GUNMAN {GUNMEN} [~REB]"])
    assert entry.plurals == ("GUNMEN",)
