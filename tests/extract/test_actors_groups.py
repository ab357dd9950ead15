"""Groups named by a country word that is not simply their country: a stance toward
a country ("anti-Syria"), a regional code refined by a demonym, an organisation
named after its country, a people named after where they live."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.article import Article
from eventwire.extract.actors import extract_actors
from eventwire.extract.context import Context
from eventwire.record import Actor

PUBLISHED = dt.date(2005, 2, 14)


def actors_of(nlp, text: str) -> list[Actor]:
    ctx = Context(article=Article(id="t", text=text, published=PUBLISHED))
    return extract_actors(nlp(text), ctx)


def actor_with(actors: list[Actor], mention: str) -> Actor | None:
    """The actor one of whose mentions contains ``mention``."""
    return next((a for a in actors if any(mention in m.text for m in a.mentions)), None)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("An anti-Syria journalist was shot dead in Beirut on Monday.", "journalist", "MED"),
        ("A pro-Moscow newspaper printed the letter.", "newspaper", "MED"),
        ("An anti-American cleric spoke at the rally.", "cleric", "REL"),
    ],
)
def test_stance_toward_a_country_gives_no_country(nlp, text, mention, code):
    actors = actors_of(nlp, text)
    actor = actor_with(actors, mention)
    assert actor is not None
    assert (actor.code, actor.country) == (code, None)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Anti-American protesters marched past the embassy.", "USA"),
        ("Pro-Iranian gunmen fired on the convoy.", "IRN"),
    ],
)
def test_stance_prefixed_country_is_no_actor(nlp, text, absent):
    assert all(a.country != absent for a in actors_of(nlp, text))


def test_stance_leaves_a_named_group_its_own_code(nlp):
    actors = actors_of(nlp, "Pro-Iranian Hizbollah guerrillas attacked an army post.")
    group = actor_with(actors, "Hizbollah")
    assert group is not None and group.country == "LBN"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Palestinian Islamic Jihad claimed the attack.", "Islamic Jihad", "PSEREB"),
        ("The Eritrean Liberation Front attacked a convoy.", "Eritrean Liberation", "ERIREB"),
        # no demonym: the dictionary's regional code stands
        ("The Revolutionary United Front freed the hostages.", "Revolutionary", "WAFREB"),
        # a country code is never overridden by a demonym
        ("Hamas fired rockets at an Egyptian border post.", "Hamas", "PSEREB"),
    ],
)
def test_regional_code_takes_the_country_its_name_gives(nlp, text, mention, code):
    actor = actor_with(actors_of(nlp, text), mention)
    assert actor is not None
    assert actor.code == code
    assert actor.country == (code[:3] if code[:3] not in {"WAF", "MEA"} else None)
