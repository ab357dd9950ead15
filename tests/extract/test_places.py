"""Places: detection of toponyms and their resolution to points (extract/places.py)."""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from eventwire.article import Article
from eventwire.extract.context import Context
from eventwire.extract.places import distance_km, extract_places


def places_of(nlp, text: str):
    doc = nlp(text)
    return extract_places(doc, Context(article=Article(id="t", text=text)))


def find(places, mention: str):
    for place in places:
        if any(mention in m.text for m in place.mentions):
            return place
    return None


@pytest.fixture(scope="module")
def seed_places(nlp):
    from eventwire.pipeline import process
    from eventwire.readers import read  # the real pipeline, as the CLI runs it

    items = list(read([shared_path("seed", "000_1f957a2ce860c3e2.txt")]))
    return process(items[0], nlp=nlp).places


def test_seed_places_match_expected(seed_places):
    expected = json.loads(shared_path("seed", "expected.json").read_text())["places"]
    misses = []
    for fact in expected:
        place = find(seed_places, fact["mention"])
        if place is None:
            misses.append((fact["mention"], "not found"))
        elif "country" in fact:
            if place.country != fact["country"]:
                misses.append((fact["mention"], place.country))
        elif distance_km(place.lat, place.lon, fact["lat"], fact["lon"]) > fact["km"]:
            misses.append((fact["mention"], place.name, place.lat, place.lon))
    assert not misses


def test_seed_demonyms_are_not_places(seed_places):
    assert find(seed_places, "Russian") is None
    assert find(seed_places, "Syrian") is None or find(seed_places, "Syrian").country == "SYR"


def test_place_records_are_well_formed(seed_places, nlp):
    text = shared_path("seed", "000_1f957a2ce860c3e2.txt").read_text()
    assert [p.id for p in seed_places] == [f"P{i}" for i in range(1, len(seed_places) + 1)]
    firsts = [min(m.start for m in [*p.mentions, *p.attributive_mentions]) for p in seed_places]
    assert firsts == sorted(firsts)
    keys = [(p.name, p.lat, p.lon) for p in seed_places]
    assert len(keys) == len(set(keys))
    for place in seed_places:
        for m in place.mentions:
            assert m.text
    del text


@pytest.mark.parametrize(
    ("text", "mention", "point", "km", "country"),
    [
        ("Protesters gathered in Moscow on Saturday.", "Moscow", (55.756, 37.617), 50, "RUS"),
        (
            "The Moscow, Idaho, police said the suspect was arrested.",
            "Moscow",
            (46.73, -117.0),
            50,
            "USA",
        ),
        ("Fighting raged in Syria's Idlib province.", "Idlib", (35.8, 36.6), 100, "SYR"),
        ("Jets struck targets in northern Aleppo.", "Aleppo", (36.2, 37.13), 60, "SYR"),
        ("Ships docked at the port of Tartus.", "Tartus", (34.889, 35.887), 50, "SYR"),
        ("Russia flew jets from the Khmeimim air base.", "Khmeimim", (35.401, 35.949), 20, "SYR"),
        ("Shelling hit Donetsk Oblast overnight.", "Donetsk", (48.0, 37.7), 120, "UKR"),
        ("The Taliban seized Kunduz in Afghanistan.", "Kunduz", (36.73, 68.86), 60, "AFG"),
        ("Boko Haram attacked villages in Borno State.", "Borno", (11.9, 13.2), 150, "NGA"),
        (
            "He grew up in Springfield, Illinois, before moving away.",
            "Springfield",
            (39.8, -89.64),
            50,
            "USA",
        ),
        ("The mayor of Paris spoke on Monday.", "Paris", (48.85, 2.35), 30, "FRA"),
        (
            "Police in Paris, Texas, said the road was closed.",
            "Paris",
            (33.66, -95.55),
            50,
            "USA",
        ),
        ("Tankers crossed the Strait of Hormuz.", "Hormuz", (26.57, 56.25), 100, "IRN"),
    ],
)
def test_place_resolves_near_point(nlp, text, mention, point, km, country):
    place = find(places_of(nlp, text), mention)
    assert place is not None, f"{mention!r} not found"
    assert place.country == country
    assert distance_km(place.lat, place.lon, *point) <= km, (place.name, place.lat, place.lon)


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Officials in Syria denied the report.", "Syria", "SYR"),
        ("The United States and Britain condemned the strike.", "United States", "USA"),
        ("The United States and Britain condemned the strike.", "Britain", "GBR"),
        ("Delegates from Ivory Coast arrived.", "Ivory Coast", "CIV"),
    ],
)
def test_country_names_are_places_with_iso3(nlp, text, mention, country):
    place = find(places_of(nlp, text), mention)
    assert place is not None and place.country == country and place.feature == "country"
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Russian officials declined to comment.", "RUS"),
        ("The Syrian army advanced.", "SYR"),
    ],
)
def test_demonyms_are_attributive_mentions_not_locations(nlp, text, country):
    (place,) = places_of(nlp, text)
    assert place.mentions == [] and place.country == country
    assert [m.text for m in place.attributive_mentions] == [text.split()[text.startswith("The")]]
    assert place.centroid and place.precision == "country"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("He works for the Ohio Department of Health in Columbus.", "Ohio", "USA"),
        ("She is director of the Kidney Foundation of Canada.", "Canada", "CAN"),
    ],
)
def test_place_inside_an_organisation_name_is_attributive(nlp, text, mention, country):
    places = places_of(nlp, text)
    place = next(p for p in places if any(m.text == mention for m in p.attributive_mentions))
    assert place.country == country


def test_county_resolves_to_its_state_not_a_town_elsewhere(nlp):
    text = "The fire spread across Henry County, Tennessee, on Monday."
    place = find(places_of(nlp, text), "Henry County")
    assert place is not None and place.feature == "admin2" and place.centroid
    assert distance_km(place.lat, place.lon, 36.33, -88.32) < 30


def test_upper_case_dateline_is_a_place(nlp):
    text = "BEIRUT — The body of a man was found on Tuesday, police said."
    place = find(places_of(nlp, text), "BEIRUT")
    assert place is not None and place.country == "LBN"


def test_direction_adjective_is_noted_as_part(nlp):
    place = find(places_of(nlp, "Clashes erupted in southern Idlib."), "Idlib")
    assert place is not None and place.parts == ["south"]


def test_admin_noun_selects_the_region_not_the_city(nlp):
    place = find(places_of(nlp, "Airstrikes hit Hama province on Monday."), "Hama")
    assert place is not None and place.feature == "admin1"


def _attributive(places, mention: str):
    for place in places:
        if any(mention in m.text for m in place.attributive_mentions):
            return place
    return None


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The deal is worth 11 billion US dollars, the ministry said.", "US", "USA"),
        ("House Speaker Nancy Pelosi, D-Calif., told colleagues on Monday.", "Calif.", "USA"),
        ("Palestinians marched to the border on Friday.", "Palestinians", "PSE"),
    ],
)
def test_attributive_mentions_of_countries_and_states(nlp, text, mention, country):
    place = _attributive(places_of(nlp, text), mention)
    assert place is not None and place.country == country and place.mentions == []


def test_counties_listed_before_the_plural_noun(nlp):
    text = "Prosecutors in Navarro, Henderson and Ellis counties in Texas joined the case."
    places = places_of(nlp, text)
    for name, point in (("Navarro", (32.05, -96.48)), ("Ellis", (32.35, -96.80))):
        place = find(places, name)
        assert place is not None and place.feature == "admin2"
        assert distance_km(place.lat, place.lon, *point) < 30


def test_town_before_a_local_noun_is_found(nlp):
    text = "Torrington firefighters called in several crews, Litchfield County officials said."
    place = find(places_of(nlp, text), "Torrington")
    assert place is not None and place.country == "USA"
    assert distance_km(place.lat, place.lon, 41.80, -73.12) < 161


def test_dateline_after_a_headline(nlp):
    text = "Body found in river. BEIRUT: The body of a man was found on Tuesday."
    place = find(places_of(nlp, text), "BEIRUT")
    assert place is not None and place.country == "LBN"


def test_us_local_context_keeps_paris_in_tennessee(nlp):
    text = (
        "A Paris man was arrested Sunday. He was taken to the Henry County jail, "
        "Henry County Sheriff Monte Belew said."
    )
    place = find(places_of(nlp, text), "Paris")
    assert place is not None and place.country == "USA"
    assert distance_km(place.lat, place.lon, 36.30, -88.33) < 50
