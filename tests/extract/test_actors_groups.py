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
    ("text", "mention"),
    [
        ("An anti-Syria journalist was shot dead in Beirut on Monday.", "journalist"),
        ("A pro-Moscow newspaper printed the letter.", "newspaper"),
        ("An anti-American cleric spoke at the rally.", "cleric"),
    ],
)
def test_stance_toward_a_country_gives_no_country(nlp, text, mention):
    """Like "a journalist", an indefinite person described by a stance toward a country
    is nobody we can code: no actor takes that country."""
    actor = actor_with(actors_of(nlp, text), mention)
    assert actor is None or (actor.country is None and not actor.code)


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


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The Ghanaian Union of Nurses ended its strike.", "Ghanaian Union of Nurses", "GHALAB"),
        (
            "The Zambian Congress of Trade Unions called a general strike.",
            "Zambian Congress of Trade Unions",
            "ZMBLAB",
        ),
    ],
)
def test_organisation_named_after_its_country_is_one_actor(nlp, text, name, code):
    actors = actors_of(nlp, text)
    org = actor_with(actors, name)
    assert org is not None
    assert (org.name, org.code, org.country) == (name, code, code[:3])
    assert len(actors) == 1  # neither the country nor an inner word is an actor of its own


def test_acronym_apposition_and_pronoun_are_the_national_organisation(nlp):
    text = (
        "The Ghanaian Union of Nurses (GUN), the main union for hospital nurses, "
        "said Friday that it would resume work."
    )
    actors = actors_of(nlp, text)
    org = actor_with(actors, "Ghanaian Union of Nurses")
    assert org is not None and org.code == "GHALAB"
    assert {"GUN", "it"} <= {m.text for m in org.mentions}


def test_agent_phrase_after_a_demonym_keeps_its_own_coding(nlp):
    actors = actors_of(nlp, "The Russian Defence Ministry said it had struck the town.")
    ministry = actor_with(actors, "Russian Defence Ministry")
    assert ministry is not None and ministry.code == "RUSGOV"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The Albanians of northern Greece held a rally.", "Albanians", "GRC"),
        ("The Serbs of Croatia boycotted the vote.", "Serbs", "HRV"),
        ("Hungarians in Romania protested against the new law.", "Hungarians", "ROU"),
        # no place after the people: their own country, as before
        ("Albanians marched through the capital.", "Albanians", "ALB"),
        # visitors "in" a country stay its guests
        ("Americans in Iraq were told to stay indoors.", "Americans", "USA"),
    ],
)
def test_a_people_of_a_place_is_coded_by_the_place(nlp, text, mention, code):
    actor = actor_with(actors_of(nlp, text), mention)
    assert actor is not None
    assert (actor.code, actor.country) == (code, code)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # forces a country sends or withdraws are its own, wherever they go
        ("Russia sent troops to Syria on Monday.", "RUS"),
        ("Britain withdrew soldiers from Iraq last year.", "GBR"),
    ],
)
def test_forces_sent_or_withdrawn_are_the_senders(nlp, text, country):
    (troops,) = [a for a in actors_of(nlp, text) if a.sector == "MIL"]
    assert troops.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Britain signed the Treaty of Rome in 1972.",
        "Ukraine and Russia violated the Minsk agreements.",
        "The United States left the Paris climate accord.",
    ],
)
def test_a_city_naming_an_agreement_is_no_government(nlp, text):
    assert all(not (a.code or "").endswith("GOV") for a in actors_of(nlp, text))


def test_a_capital_is_still_its_government_elsewhere(nlp):
    (moscow,) = actors_of(nlp, "Moscow agreed to the deal on Monday.")
    assert moscow.code == "RUSGOV"


def test_a_namesake_is_not_the_listed_person(nlp):
    """ "Adnan al-Maliki" shares a surname with the listed Nouri al-Maliki (IRQ)."""
    text = "Colonel Adnan al-Maliki, the deputy chief of staff of the Syrian army, was killed."
    (colonel,) = [a for a in actors_of(nlp, text) if a.kind == "person"]
    assert colonel.country != "IRQ"


def test_two_given_names_with_one_surname_are_two_people(nlp):
    actors = actors_of(nlp, "Syrian President Bashar Assad met Rifaat al-Assad on Monday.")
    assert len([a for a in actors if a.kind == "person"]) == 2


def test_one_given_name_spelt_twice_is_one_person(nlp):
    actors = actors_of(nlp, "Nouri al-Maliki spoke on Monday. Nuri al-Maliki left on Friday.")
    assert len([a for a in actors if a.kind == "person"]) == 1
