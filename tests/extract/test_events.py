"""Events: CAMEO codes, source and target from the parse, modality, date and place."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import shared_path
from eventwire.article import Article
from eventwire.extract.context import Context
from eventwire.extract.events import extract_events
from eventwire.record import Actor, Event, Place, Span, Time

PUBLISHED = dt.date(2016, 3, 14)


def _mentions(text: str, phrase: str) -> list[Span]:
    spans, start = [], text.find(phrase)
    while start >= 0:
        spans.append(Span(start=start, end=start + len(phrase), text=phrase))
        start = text.find(phrase, start + 1)
    return spans


def make_context(
    text: str,
    actors: dict[str, str],
    times: dict[str, str] | None = None,
    places: dict[str, str] | None = None,
) -> Context:
    """A context with actors, times and places built by hand for one test sentence."""
    actor_list = [
        Actor(
            id=f"A{i}",
            name=phrase,
            code=code,
            country=code[:3] if not code.startswith("IGO") else None,
            sector=code[3:] or None,
            kind="country" if len(code) == 3 else "other",
            mentions=_mentions(text, phrase),
        )
        for i, (phrase, code) in enumerate(actors.items(), 1)
    ]
    time_list = [
        Time(
            id=f"T{i}",
            text=phrase,
            start=text.find(phrase),
            end=text.find(phrase) + len(phrase),
            value=value,
        )
        for i, (phrase, value) in enumerate((times or {}).items(), 1)
    ]
    place_list = [
        Place(id=f"P{i}", name=phrase, country=country, mentions=_mentions(text, phrase))
        for i, (phrase, country) in enumerate((places or {}).items(), 1)
    ]
    article = Article(id="t", text=text, published=PUBLISHED)
    return Context(article=article, actors=actor_list, times=time_list, places=place_list)


def events_of(nlp, text: str, actors: dict[str, str], **kwargs) -> list[Event]:
    return extract_events(nlp(text), make_context(text, actors, **kwargs))


def triples(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code, e.target.code, e.code) for e in events}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        # active voice: subject → object
        (
            "Israeli troops attacked Palestinian protesters near the border.",
            {"Israeli troops": "ISRMIL", "Palestinian protesters": "PSEOPP"},
            {("ISRMIL", "PSEOPP", "190")},
        ),
        # passive voice: the "by"-agent is the source
        (
            "Palestinian protesters were attacked by Israeli troops.",
            {"Israeli troops": "ISRMIL", "Palestinian protesters": "PSEOPP"},
            {("ISRMIL", "PSEOPP", "190")},
        ),
        # coordinated subjects: one event each
        (
            "Russia and Iran condemned the United States.",
            {"Russia": "RUS", "Iran": "IRN", "United States": "USA"},
            {("RUS", "USA", "111"), ("IRN", "USA", "111")},
        ),
        # telephone: discuss by telephone
        (
            "Putin telephoned Assad on Monday.",
            {"Putin": "RUSGOV", "Assad": "SYRGOV"},
            {("RUSGOV", "SYRGOV", "041")},
        ),
        # verb + particle
        (
            "Russia pulled out its troops from Syria.",
            {"Russia": "RUS", "Syria": "SYR"},
            {("RUS", "SYR", "0874")},
        ),
        # withdraw from: retreat militarily with a military subject
        (
            "Russian forces withdrew from Syria.",
            {"Russian forces": "RUSMIL", "Syria": "SYR"},
            {("RUSMIL", "SYR", "0874")},
        ),
        # verb + object
        (
            "The United States imposed sanctions on Iran.",
            {"United States": "USA", "Iran": "IRN"},
            {("USA", "IRN", "163")},
        ),
        (
            "Egypt restored diplomatic ties with Qatar.",
            {"Egypt": "EGY", "Qatar": "QAT"},
            {("EGY", "QAT", "054")},
        ),
        # light verbs: the noun carries the event
        (
            "Israel carried out air strikes against Hamas.",
            {"Israel": "ISR", "Hamas": "PSEREB"},
            {("ISR", "PSEREB", "195")},
        ),
        (
            "Iran held talks with the European Union.",
            {"Iran": "IRN", "European Union": "IGOEEC"},
            {("IRN", "IGOEEC", "046")},
        ),
        # nominal events: possessor and actor adjective as source
        (
            "Erdogan's visit to Russia ended on Friday.",
            {"Erdogan": "TURGOV", "Russia": "RUS"},
            {("TURGOV", "RUS", "042")},
        ),
        (
            "Russian air strikes hit positions held by the opposition.",
            {"Russian": "RUS", "opposition": "SYROPP"},
            {("RUS", "SYROPP", "195")},
        ),
        # verb + object noun: one event, the verb's
        (
            "Syria's opposition welcomed the Russian announcement.",
            {"Syria's opposition": "SYROPP", "Russian": "RUS"},
            {("SYROPP", "RUS", "051")},
        ),
        # light verb + event noun: the light verb's "to"-object is the target
        (
            "The French president gave a warm welcome to the Egyptian leader.",
            {"French president": "FRAGOV", "Egyptian leader": "EGYGOV"},
            {("FRAGOV", "EGYGOV", "043")},
        ),
        # verb + particle + object: handing over relief goods is aid
        (
            "Swiss doctors handed over medicine to the Red Cross.",
            {"Swiss doctors": "CHEMED", "Red Cross": "NGOHLH"},
            {("CHEMED", "NGOHLH", "073")},
        ),
        # no actor at all: abstain
        ("The attack killed 12 people.", {}, set()),
    ],
)
def test_event_roles(nlp, text, actors, expected):
    assert triples(events_of(nlp, text, actors)) == expected


@pytest.mark.parametrize(
    ("text", "actors", "code", "modality", "negated"),
    [
        (
            "Russia did not attack Turkey.",
            {"Russia": "RUS", "Turkey": "TUR"},
            "190",
            "asserted",
            True,
        ),
        # a refusal is itself an act: CAMEO codes it as a rejection (125 reject a meeting)
        (
            "Iran refused to meet with Israel.",
            {"Iran": "IRN", "Israel": "ISR"},
            "125",
            "asserted",
            False,
        ),
        # what is demanded is not an act of its own
        (
            "Palestinian officials demanded that the United States halt its aid.",
            {"Palestinian officials": "PSEGOV", "United States": "USA"},
            "100",
            "asserted",
            False,
        ),
        # an announced conflictive act is a threat, and the threat was made (reported)
        (
            "Radical farmers said they would blockade Paris.",
            {"Radical farmers": "FRA", "Paris": "FRAGOV"},
            "1381",
            "reported",
            False,
        ),
        (
            "Iran said there would be no talks with Israel.",
            {"Iran": "IRN", "Israel": "ISR"},
            None,
            None,
            True,
        ),
        # an announced attack is a threat of conventional attack
        (
            "Russia will attack Turkey.",
            {"Russia": "RUS", "Turkey": "TUR"},
            "1384",
            "asserted",
            False,
        ),
        (
            "If Hezbollah attacks Israel, the war will widen.",
            {"Israel": "ISR", "Hezbollah": "LBNREB"},
            "190",
            "conditional",
            False,
        ),
        # intent: a pledged act takes CAMEO's express-intent code, and the pledge was made
        (
            "Japan pledged to provide aid to Haiti.",
            {"Japan": "JPN", "Haiti": "HTI"},
            "033",
            "asserted",
            False,
        ),
        (
            "Putin ordered the army to withdraw from Syria.",
            {"Putin": "RUSGOV", "Syria": "SYR"},
            "0874",
            "ordered",
            False,
        ),
        (
            "Turkey denied that its jets attacked Syria.",
            {"Turkey": "TUR", "Syria": "SYR"},
            "190",
            "denied",
            False,
        ),
        (
            "Syrian officials said Turkish jets attacked Syria.",
            {"Syrian officials": "SYRGOV", "Turkish jets": "TURMIL", "Syria": "SYR"},
            "190",
            "reported",
            False,
        ),
    ],
)
def test_event_modality(nlp, text, actors, code, modality, negated):
    events = events_of(nlp, text, actors)
    assert events, text
    event = next((e for e in events if e.code == code), events[0]) if code else events[0]
    if code:
        assert event.code == code
    if modality:
        assert event.modality == modality
    assert event.negated is negated


def test_demanded_act_is_not_coded_separately(nlp):
    text = "Palestinian officials demanded that the United States halt its aid."
    actors = {"Palestinian officials": "PSEGOV", "United States": "USA"}
    assert triples(events_of(nlp, text, actors)) == {("PSEGOV", "USA", "100")}


def test_coordinated_parties_of_an_agreement_code_both_ways(nlp):
    text = "Jordan and Britain agreed to hold joint talks."
    actors = {"Jordan": "JOR", "Britain": "GBR"}
    assert triples(events_of(nlp, text, actors)) == {("JOR", "GBR", "036"), ("GBR", "JOR", "036")}


def test_what_someone_says_another_must_do_is_a_demand(nlp):
    text = "Chirac issued a reminder to Iraq that it must cooperate with the inspectors."
    actors = {"Chirac": "FRAGOV", "Iraq": "IRQ"}
    events = events_of(nlp, text, actors)
    assert ("FRAGOV", "IRQ") in {(e.source.code, e.target.code) for e in events}
    assert all(e.root == "10" and e.modality == "asserted" for e in events)


def test_calling_off_a_strike_is_a_concession(nlp):
    text = "The teachers' union called off the strike."
    [event] = events_of(nlp, text, {"teachers' union": "NGALAB"})
    assert event.code == "082"


def test_purpose_clause_ranks_below_main_act(nlp):
    text = "Students staged demonstrations in Jakarta to demand reforms from the government."
    actors = {"Students": "IDNOPP", "government": "IDNGOV"}
    events = events_of(nlp, text, actors)
    best = max(events, key=lambda e: e.confidence)
    assert best.plover == "PROTEST"


def test_reported_event_names_reporter(nlp):
    text = "Syrian officials said Turkish jets attacked Syria."
    actors = {"Syrian officials": "SYRGOV", "Turkish jets": "TURMIL", "Syria": "SYR"}
    [event] = events_of(nlp, text, actors)
    assert event.reported_by == "A1"


def test_order_dates_from_its_own_clause(nlp):
    text = (
        "Russian President Vladimir Putin on Monday ordered his military to start the "
        "withdrawal of the main part of Russia's forces from Syria."
    )
    actors = {"Vladimir Putin": "RUSGOV", "Russia": "RUS", "Syria": "SYR"}
    [event] = events_of(nlp, text, actors, times={"on Monday": "2016-03-14"})
    assert (event.source.code, event.target.code, event.code) == ("RUSGOV", "SYR", "0874")
    assert event.modality == "ordered"
    assert event.date == "2016-03-14" and event.time == "T1"
    assert event.trigger.text == "withdrawal"


def test_historical_date_beats_publication_date(nlp):
    text = "Russia began its campaign of air strikes against the rebels on Sept. 30 last year."
    actors = {"Russia": "RUS", "rebels": "SYRREB"}
    [event] = events_of(nlp, text, actors, times={"Sept. 30 last year": "2015-09-30"})
    assert (event.code, event.date) == ("195", "2015-09-30")


def test_past_tense_without_time_takes_publication_date(nlp):
    text = "Putin telephoned Assad."
    [event] = events_of(nlp, text, {"Putin": "RUSGOV", "Assad": "SYRGOV"})
    assert event.date == "2016-03-14"


def test_place_comes_from_the_event_clause(nlp):
    text = "Russian jets bombed rebel positions in northern Aleppo, officials in Moscow said."
    actors = {"Russian jets": "RUSMIL", "rebel": "SYRREB"}
    places = {"Aleppo": "SYR", "Moscow": "RUS"}
    events = events_of(nlp, text, actors, places=places)
    assert events and events[0].place == "P1"


def test_event_fields_come_from_the_codebook(nlp):
    text = "Putin telephoned Assad."
    [event] = events_of(nlp, text, {"Putin": "RUSGOV", "Assad": "SYRGOV"})
    assert event.label == "Discuss by telephone"
    assert (event.root, event.quad_class, event.plover) == ("04", 1, "CONSULT")
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text == "telephoned"
    assert (event.sentence.start, event.sentence.end) == (0, len(text))
    assert 0.0 <= event.confidence <= 1.0


def _matches(event: dict, fact: dict) -> bool:
    if not (event["source"]["code"] or "").startswith(fact["source"]):
        return False
    if not (event["target"]["code"] or "").startswith(fact["target"]):
        return False
    if "code" in fact and event["code"] != fact["code"]:
        return False
    if "root" in fact and event["root"] != fact["root"]:
        return False
    return "date" not in fact or event["date"] == fact["date"]


@pytest.fixture(scope="module")
def seed_record(nlp):
    # readers first: importing the pipeline first trips a circular import in clean.py
    from eventwire.pipeline import process
    from eventwire.readers import read

    path = shared_path("seed", "000_1f957a2ce860c3e2.txt")
    facts = json.loads(shared_path("seed", "expected.json").read_text(encoding="utf-8"))
    [article] = list(read([path]))
    assert isinstance(article, Article), article
    return process(article, nlp=nlp).to_dict(), facts


@pytest.mark.parametrize("index", range(7))
def test_seed_events(seed_record, index):
    record, facts = seed_record
    fact = facts["events"][index]
    found = [e for e in record["events"] if _matches(e, fact)]
    assert found, (
        fact,
        [
            (e["source"]["code"], e["target"]["code"], e["code"], e["date"], e["trigger"]["text"])
            for e in record["events"]
        ],
    )


def test_seed_negated_clause_yields_no_event(seed_record):
    record, facts = seed_record
    text = record["article"]["text"]
    for fact in facts["not_events"]:
        start = text.find(fact["trigger"])
        end = start + len(fact["trigger"])
        assert start >= 0
        for event in record["events"]:
            assert not (event["trigger"]["start"] < end and start < event["trigger"]["end"])


VERB_FILE = """
&CURRENCY
+DOLLARS
+SWISS_FRANCS

--- ABANDON  [345]  ---
ABANDON    # comment
- * DIPLOMATIC TIES [901]
- * FROM TALKS [902]
--- CRITICIZE  [121]  ---
CRITICIZE
- HEAVILY *   [122]
- DESPITE $ *  [123]
--- ARRIVE  [032:033]  ---
ARRIVE
--- CONTRIBUTE [070]  ---
CONTRIBUTE
- * &CURRENCY [903]
"""


def test_petrarch_verb_dictionary_rows() -> None:
    from eventwire.extract.events_verbs import VerbRow, parse_verb_lines

    rows, sets = parse_verb_lines(VERB_FILE.splitlines())
    assert sets["&CURRENCY"] == {"dollars", "swiss francs"}
    assert VerbRow("abandon", "", "", "", "345") in rows
    assert VerbRow("abandon", "", "", "diplomatic ties", "901") in rows
    assert VerbRow("abandon", "", "from", "talks", "902") in rows
    assert VerbRow("criticize", "", "", "", "122", ("heavily",)) in rows
    assert all(r.code != "123" for r in rows)  # "$" patterns need PETRARCH's own matcher
    assert any(r.lemma == "arrive" and r.code == "032" for r in rows)
    assert VerbRow("contribute", "", "", "&CURRENCY", "903") in rows


@pytest.mark.parametrize(
    ("text", "actors", "absent"),
    [
        # a natural force is no actor
        ("Typhoon Kalmaegi struck the Philippines on Saturday.", {"Philippines": "PHL"}, "struck"),
        # a participle describing a thing says what the thing is for
        (
            "Diplomats said a further package targeting Iranian companies was discussed.",
            {"Iranian companies": "IRNBUS"},
            "targeting",
        ),
        # a preposition far from the verb is no particle ("want on" is not a code)
        (
            "Tokyo wanted closer coordination with Seoul on sharing missile data.",
            {"Tokyo": "JPNGOV", "Seoul": "KORGOV"},
            "wanted",
        ),
        # what an appeal asks for has not happened
        (
            "Haddad called on the Security Council to intervene.",
            {"Haddad": "LBNGOV", "Security Council": "IGOUNO"},
            "intervene",
        ),
    ],
)
def test_no_event_from(nlp, text, actors, absent):
    events = events_of(nlp, text, actors)
    assert all(e.trigger.text != absent for e in events), [e.code for e in events]


def test_condemned_act_targets_its_doer(nlp):
    text = (
        "Israeli air strikes hit villages in Lebanon on Monday. "
        "Lebanese Prime Minister Najib Haddad condemned the strikes."
    )
    actors = {"Israeli": "ISR", "Lebanon": "LBN", "Najib Haddad": "LBNGOV"}
    events = events_of(nlp, text, actors)
    condemn = [e for e in events if e.trigger.text == "condemned"]
    assert condemn and condemn[0].root == "11"
    assert condemn[0].target.code == "ISR"
    assert all(e.trigger.text != "strikes" or e.source.code == "ISR" for e in events)


def test_one_event_per_act_with_mentions(nlp):
    text = (
        "Russia attacks Ukraine\n\n"
        "Russia attacked Ukraine on Monday, officials said. "
        "Officials said Russia attacked Ukraine."
    )
    events = events_of(nlp, text, {"Russia": "RUS", "Ukraine": "UKR"})
    attacks = [e for e in events if e.root == "19"]
    assert len(attacks) == 1, [(e.code, e.date) for e in events]
    assert len(attacks[0].mentions) == 3
    assert attacks[0].mentions[0] == attacks[0].trigger
    # the present-tense headline is news of the day: the publication date
    assert attacks[0].date == PUBLISHED.isoformat()


def test_purpose_clause_is_not_a_second_act(nlp):
    text = "Thousands of students in Indonesia staged protests to demand political reforms."
    events = events_of(nlp, text, {"students": "IDNEDU", "Indonesia": "IDN"})
    assert {e.root for e in events} == {"14"}, [(e.code, e.trigger.text) for e in events]


def test_user_verb_dictionary_codes_both_ways(nlp, tmp_path):
    from eventwire.extract import events_verbs

    verbs = tmp_path / "verbs.txt"
    verbs.write_text("--- ARRIVE  [032:033]  ---\nARRIVE\n--- BREAK [1717] ---\nBREAK\n")
    previous = events_verbs.get_default_options()
    events_verbs.set_default_options(
        events_verbs.EventOptions(verb_dictionaries=(verbs,), only_user_verbs=True)
    )
    try:
        text = "Bree President Romendacil arrived in Gondor. Arnor broke relations with Libya."
        actors = {"Romendacil": "BREGOV", "Gondor": "GON", "Arnor": "ARN", "Libya": "LBY"}
        found = triples(events_of(nlp, text, actors))
    finally:
        events_verbs.set_default_options(previous)
    assert ("BREGOV", "GON", "032") in found
    assert ("GON", "BREGOV", "033") in found
    assert ("ARN", "LBY", "1717") in found  # the user's finer code is kept


def test_toll_participle_and_no_comment(nlp):
    text = (
        "Indian and Pakistani troops exchanged fire overnight, killing four civilians. "
        "The Indian army did not comment."
    )
    actors = {"Indian": "IND", "Pakistani troops": "PAKMIL", "Indian army": "INDMIL"}
    events = events_of(nlp, text, actors)
    assert all(e.trigger.text != "killing" for e in events)
    comment = [e for e in events if e.trigger.text == "comment"]
    assert comment and comment[0].code == "011" and not comment[0].negated


def test_discard_phrases_drop_sentence_and_story(tmp_path):
    from eventwire.extract.events_verbs import load_discards

    path = tmp_path / "discards.txt"
    path.write_text("BASEBALL   # sports\n+TYPHOON\nAFRICAN_NATIONS_CUP\n")
    discards = load_discards((path,))
    assert discards.drops_story("A typhoon struck Luzon.")
    assert discards.drops_sentence("Egypt won the African Nations Cup.")
    assert not discards.drops_sentence("Egypt and Nigeria held talks.")


def test_an_act_without_a_target_is_on_its_own_country_even_when_that_is_the_source(nlp):
    """ "Iraqi Kurds demonstrated in Kirkuk": Iraq → Iraq, the target being the country
    itself rather than the source's mention again."""
    text = "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday."
    events = events_of(nlp, text, {"Iraqi": "IRQ"}, places={"Kirkuk": "IRQ"})
    assert ("IRQ", "IRQ", "141") in triples(events)


def test_an_uncoded_target_gives_way_to_the_country(nlp):
    text = "The Mozambique government accepted demands from Shona rebels."
    events = events_of(nlp, text, {"Mozambique government": "MOZGOV", "Shona rebels": ""})
    assert {(e.source.code, e.target.code) for e in events} == {("MOZGOV", "MOZ")}


def test_an_unclaimed_attack_is_coded_on_the_country_it_happens_in(nlp):
    text = "Three US servicemen were killed by a roadside bomb outside the city of Basra."
    events = events_of(
        nlp, text, {"Three US servicemen": "USAMIL"}, places={"Basra": "IRQ", "US": "USA"}
    )
    assert ("IRQ", "USAMIL") in {(e.source.code, e.target.code) for e in events}


def test_the_us_is_a_country_not_the_pronoun_us(nlp):
    text = "The US on Thursday rejected calls by Kofi Annan to adopt reforms."
    events = events_of(nlp, text, {"US": "USA", "Kofi Annan": "IGOUNO"})
    assert ("USA", "IGOUNO", "120") in triples(events)


def test_an_untargeted_act_takes_the_other_party_named_in_its_phrase(nlp):
    text = "Italy announced a suspension of air links with Serbia on Wednesday."
    events = events_of(nlp, text, {"Italy": "ITA", "Serbia": "SRB"})
    assert {(e.source.code, e.target.code) for e in events} == {("ITA", "SRB")}


def test_a_modal_inside_an_agreement_voices_the_pledge(nlp):
    text = "Hungary and Romania agreed that their countries should cooperate."
    events = events_of(nlp, text, {"Hungary": "HUN", "Romania": "ROU"})
    assert {(e.code, e.modality) for e in events} == {("031", "asserted")}


def test_coordinated_adjectives_over_one_head_are_parties_each(nlp):
    text = "Senior Hungarian and Romanian officials agreed to cooperate."
    events = events_of(nlp, text, {"Senior Hungarian": "HUNGOV", "Romanian officials": "ROUGOV"})
    assert {(e.source.code, e.target.code) for e in events} == {
        ("HUNGOV", "ROUGOV"),
        ("ROUGOV", "HUNGOV"),
    }


@pytest.mark.parametrize(
    ("text", "actors", "code"),
    [
        (
            "Russian warships launched war games in the Baltic.",
            {"Russian warships": "RUSMIL"},
            "150",
        ),
        ("China staged a military exercise.", {"China": "CHN"}, "150"),
        (
            "Japan extended a welcome to the Indian premier.",
            {"Japan": "JPN", "Indian premier": "INDGOV"},
            "043",
        ),
    ],
)
def test_event_nouns_and_light_verbs_are_coded(nlp, text, actors, code):
    assert code in {e.code for e in events_of(nlp, text, actors)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The rebels issued a statement demanding that the government provide information.", "100"),
        ("The rebels issued a statement condemning the government.", "111"),
    ],
)
def test_a_participle_on_an_issued_message_is_said_by_its_issuer(nlp, text, code):
    actors = {"rebels": "TURREB", "government": "TURGOV"}
    assert triples(events_of(nlp, text, actors)) == {("TURREB", "TURGOV", code)}


def test_the_sources_own_people_are_no_target_when_another_is_named(nlp):
    text = "Britain sent British troops to Iraq."
    actors = {"Britain": "GBR", "British troops": "GBRMIL", "Iraq": "IRQ"}
    assert {e.target.code for e in events_of(nlp, text, actors)} == {"IRQ"}


def test_a_purpose_noun_names_whom_the_act_is_against(nlp):
    text = "Britain mobilized British reservists for a war against Iraq."
    actors = {"Britain": "GBR", "British reservists": "GBRMIL", "Iraq": "IRQ"}
    assert {e.target.code for e in events_of(nlp, text, actors)} == {"IRQ"}


def test_a_measured_object_is_what_it_measures(nlp):
    text = "Swiss doctors handed over 700 kg of medicine to the Red Cross."
    actors = {"Swiss doctors": "CHEMED", "Red Cross": "NGOHLH"}
    assert triples(events_of(nlp, text, actors)) == {("CHEMED", "NGOHLH", "073")}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        # an event noun naming the kind of a mission, and the parties it stands between
        (
            "The Norwegian envoy began a mediation mission between Kenya and Somalia.",
            {"Norwegian envoy": "NORGOV", "Kenya": "KEN", "Somalia": "SOM"},
            {("NORGOV", "KEN", "045"), ("NORGOV", "SOM", "045")},
        ),
        # talks between two parties with nobody else named: each acts on the other
        (
            "Talks between Armenia and Azerbaijan resumed in Vienna.",
            {"Armenia": "ARM", "Azerbaijan": "AZE"},
            {("ARM", "AZE", "046"), ("AZE", "ARM", "046")},
        ),
        # coming somewhere for talks: the talks are the act
        (
            "Indian and Chinese diplomats travelled to Geneva for talks on the border.",
            {"Indian": "INDGOV", "Chinese diplomats": "CHNGOV"},
            {("INDGOV", "CHNGOV", "046"), ("CHNGOV", "INDGOV", "046")},
        ),
        # an exercise of two countries' forces is military cooperation
        (
            "Greek and Turkish navies held three weeks of war games in the Aegean.",
            {"Greek": "GRCMIL", "Turkish navies": "TURMIL"},
            {("GRCMIL", "TURMIL", "062"), ("TURMIL", "GRCMIL", "062")},
        ),
        # an attempt on someone's life is coded as the attempt, which happened
        (
            "Rebels tried to assassinate the Chadian defence minister on Friday.",
            {"Rebels": "TCDREB", "Chadian defence minister": "TCDGOV"},
            {("TCDREB", "TCDGOV", "185")},
        ),
        # a party we cannot code beside one we can adds no event
        (
            "The Dutch foreign minister and a group of aides held talks with Ghana.",
            {"Dutch foreign minister": "NLDGOV", "group of aides": "", "Ghana": "GHA"},
            {("NLDGOV", "GHA", "046")},
        ),
    ],
)
def test_event_parties_from_the_phrase_around_the_act(nlp, text, actors, expected):
    assert triples(events_of(nlp, text, actors)) == expected


def test_a_retreat_from_a_town_of_ones_own_country_has_no_target(nlp):
    text = "Armenian forces completed their withdrawal from the Armenian town of Goris."
    events = events_of(nlp, text, {"Armenian forces": "ARMMIL", "Armenian": "ARM"})
    assert triples(events) == {("ARMMIL", None, "0874")}


@pytest.mark.parametrize(
    ("text", "actors", "absent"),
    [
        (
            "The strikers repeated their demands that the company raise their wages.",
            {"strikers": "GBRLAB", "company": "GBRBUS"},
            "raise",
        ),
        (
            "Kenya rejected a Somali appeal for deploying troops along the border.",
            {"Kenya": "KEN", "Somali": "SOM"},
            "deploying",
        ),
        (
            "The president promised to cut taxes and release political prisoners.",
            {"president": "KENGOV"},
            "release",
        ),
    ],
)
def test_what_was_asked_for_or_promised_is_no_act_of_its_own(nlp, text, actors, absent):
    events = events_of(nlp, text, actors)
    done = [e for e in events if e.trigger.text == absent and e.root not in {"03", "10"}]
    assert not done, [(e.code, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        # peacekeepers deployed or arriving: providing peacekeeping (074)
        (
            "The deployment of African Union peacekeeping troops in Somalia began on Monday.",
            {"African Union": "IGOAFRAU", "Somalia": "SOM"},
            {("IGOAFRAU", "SOM", "074")},
        ),
        # a participle with no subject of its own: the main subject's act
        (
            "Tibetan exiles marched in Delhi on Sunday, urging India to confront China.",
            {"Tibetan exiles": "CHNREF", "India": "IND", "China": "CHN"},
            {("CHNREF", "IND", "020")},
        ),
        # an effort acted on by a verb with no code of its own: its doer is the verb's
        # subject, and the parties it stands between are its targets
        (
            "Egyptian diplomats began mediation efforts between Hamas and Fatah.",
            {"Egyptian diplomats": "EGYGOV", "Hamas": "PSEREB", "Fatah": "PSEPTY"},
            {("EGYGOV", "PSEREB", "045"), ("EGYGOV", "PSEPTY", "045")},
        ),
        # suspended, it is halted mediation (165)
        (
            "Egyptian diplomats suspended mediation efforts between Hamas and Fatah.",
            {"Egyptian diplomats": "EGYGOV", "Hamas": "PSEREB", "Fatah": "PSEPTY"},
            {("EGYGOV", "PSEREB", "165"), ("EGYGOV", "PSEPTY", "165")},
        ),
        # an effort that a coded verb acts on is no act of its own
        (
            "Syrian officers ended mediation efforts between rival militias in Tripoli.",
            {"Syrian officers": "SYRMIL", "rival militias": "LBNUAF"},
            {("SYRMIL", "LBNUAF", "165")},
        ),
    ],
)
def test_event_codes_read_off_the_surrounding_phrase(nlp, text, actors, expected):
    assert expected <= triples(events_of(nlp, text, actors))


def test_an_effort_a_coded_verb_acts_on_is_no_act_of_its_own(nlp):
    text = "Syrian officers ended mediation efforts between rival militias in Tripoli."
    events = events_of(nlp, text, {"Syrian officers": "SYRMIL", "rival militias": "LBNUAF"})
    assert {e.code for e in events} == {"165"}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        # a refusal of something that is no act of its own is a rejection of its asker
        (
            "Cuba refused to respond to a demand from the Spanish government.",
            {"Cuba": "CUB", "Spanish government": "ESPGOV"},
            {("CUB", "ESPGOV", "120")},
        ),
    ],
)
def test_refusals_and_what_comes_from_someone(nlp, text, actors, expected):
    assert expected <= triples(events_of(nlp, text, actors))


def test_what_comes_from_someone_is_theirs(nlp):
    text = "A new demand from the Spanish government angered Cuba on Monday."
    events = events_of(nlp, text, {"Cuba": "CUB", "Spanish government": "ESPGOV"})
    assert {(e.source.code, e.code) for e in events} == {("ESPGOV", "100")}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        # one role per country of an "of"-list
        (
            "The foreign ministers of Britain, France and Germany condemned Iran.",
            {
                "foreign ministers": "GBRGOV",
                "Britain": "GBR",
                "France": "FRA",
                "Germany": "DEU",
                "Iran": "IRN",
            },
            {("GBRGOV", "IRN", "111"), ("FRAGOV", "IRN", "111"), ("DEUGOV", "IRN", "111")},
        ),
        # a list item parsed as an apposition is still a list item
        (
            "Evil Russia, the awful Iran, and good Syria welcomed a resumption of ties with Turkey.",
            {"Russia": "RUS", "Iran": "IRN", "Syria": "SYR", "Turkey": "TUR"},
            {("RUS", "TUR", "051"), ("IRN", "TUR", "051"), ("SYR", "TUR", "051")},
        ),
    ],
)
def test_every_party_of_a_list_acts(nlp, text, actors, expected):
    assert triples(events_of(nlp, text, actors)) == expected


@pytest.mark.parametrize(
    ("text", "actors", "code", "negated"),
    [
        (
            "Japan suspended its economic aid to Myanmar.",
            {"Japan": "JPN", "Myanmar": "MMR"},
            "1621",
            False,
        ),
        (
            "Iran has stopped cooperating with Russia.",
            {"Iran": "IRN", "Russia": "RUS"},
            "160",
            False,
        ),
        (
            "The army halted its attacks on Iraqi Kurds.",
            {"army": "TURMIL", "Iraqi Kurds": "IRQ"},
            "087",
            False,
        ),
        # no code for stopping praise: the praise is negated, not coded as done
        ("Iran stopped praising Russia.", {"Iran": "IRN", "Russia": "RUS"}, "051", True),
    ],
)
def test_a_halted_act_is_coded_as_its_halting(nlp, text, actors, code, negated):
    (event,) = events_of(nlp, text, actors)
    assert (event.code, event.negated) == (code, negated)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # the agreement to act is made, though the act is not (yet)
        ("Ethiopia agreed to reopen its border with Eritrea.", "asserted"),
        # a threat that only may come is not made
        ("Ethiopia may threaten Eritrea.", "hypothetical"),
    ],
)
def test_an_expression_of_intent_is_made_when_it_governs_the_act(nlp, text, modality):
    events = events_of(nlp, text, {"Ethiopia": "ETH", "Eritrea": "ERI"})
    assert [e.modality for e in events] == [modality], [(e.code, e.modality) for e in events]


def test_the_other_party_may_hang_on_the_light_verb(nlp):
    """ "launch an offensive in its war with Iraq": the parser hangs the "in" phrase on
    "launch", and the war's other party is still the offensive's target."""
    text = "Iran threatened to launch a new offensive in its war with Iraq."
    events = events_of(nlp, text, {"Iran": "IRN", "Iraq": "IRQ"})
    assert triples(events) == {("IRN", "IRQ", "1384")}


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        # a verb with a cooperation code only in general, and no partner: no event
        ("China is improving its transplant system.", {"China": "CHN"}, set()),
        # talks with nobody named are with nobody coded, never with one's own country
        (
            "Mexican officials held talks on Monday.",
            {"Mexican officials": "MEXGOV"},
            {("MEXGOV", None, "046")},
        ),
    ],
)
def test_cooperation_is_with_a_partner(nlp, text, actors, expected):
    assert triples(events_of(nlp, text, actors)) == expected


def test_sending_troops_is_a_deployment(nlp):
    text = "Russia sent troops to Syria."
    events = events_of(nlp, text, {"Russia": "RUS", "troops": "RUSMIL", "Syria": "SYR"})
    assert {(e.code, e.target.code) for e in events} == {("154", "SYR")}


def test_a_headline_infinitive_is_what_is_going_to_happen(nlp):
    text = "Kenyan ministers to visit Uganda next week"
    events = events_of(nlp, text, {"Kenyan ministers": "KENGOV", "Uganda": "UGA"})
    assert {(e.code, e.target.code) for e in events} == {("036", "UGA")}


def test_who_leaves_an_agreement_did_not_make_it(nlp):
    text = "The United States left the Paris climate accord."
    assert events_of(nlp, text, {"United States": "USA"}) == []


@pytest.mark.parametrize(
    ("text", "code", "modality"),
    [
        # insisting on a fact states it; a conjoined act is not under the denial
        (
            "The United States denied the claims and insisted that Turkey was an ally.",
            "010",
            "asserted",
        ),
        # insisting on what another must do demands it
        ("The United States insisted that Turkey withdraw its troops.", "100", "asserted"),
    ],
)
def test_insisting_states_or_demands(nlp, text, code, modality):
    events = events_of(nlp, text, {"United States": "USA", "Turkey": "TUR"})
    insisted = [e for e in events if e.trigger.text == "insisted"]
    assert [(e.code, e.modality) for e in insisted] == [(code, modality)]


@pytest.mark.parametrize(
    ("text", "actors", "code"),
    [
        (
            "Indian and Pakistani troops exchanged fire along the border.",
            {"Indian": "INDMIL", "Pakistani troops": "PAKMIL"},
            "193",
        ),
        (
            "Armenia and Azerbaijan traded accusations on Monday.",
            {"Armenia": "ARM", "Azerbaijan": "AZE"},
            "112",
        ),
    ],
)
def test_an_exchanged_act_goes_both_ways(nlp, text, actors, code):
    a, b = actors.values()
    assert triples(events_of(nlp, text, actors)) == {(a, b, code), (b, a, code)}


def test_a_verb_coded_only_by_its_synonym_set_needs_a_party(nlp):
    """PETRARCH's 'compete' carries a code only in general: no target, no event."""
    text = "Twenty-eight Dutch parties are competing for seats."
    assert events_of(nlp, text, {"Dutch parties": "NLDPTY"}) == []


@pytest.mark.parametrize(
    ("text", "actors", "code", "modality"),
    [
        # a possibility in the writer's words is nobody's threat
        (
            "British judges can jail the parents.",
            {"British judges": "GBRJUD", "parents": "GBRCVL"},
            "173",
            "hypothetical",
        ),
        # said by someone, or under a condition, it is
        (
            "Turkey said it may attack Syria if the attacks continue.",
            {"Turkey": "TUR", "Syria": "SYR"},
            "1384",
            "reported",
        ),
    ],
)
def test_a_possible_attack_is_a_threat_only_when_someone_makes_it(
    nlp, text, actors, code, modality
):
    events = events_of(nlp, text, actors)
    assert [(e.code, e.modality) for e in events] == [(code, modality)]


def test_demonstrating_something_is_not_a_protest(nlp):
    text = "Migrants to Britain will have to demonstrate that they are healthy."
    events = events_of(nlp, text, {"Britain": "GBR", "Migrants": "GBRREF"})
    assert all(e.root != "14" for e in events)


def test_condemning_an_act_is_not_aimed_at_ones_own_country(nlp):
    text = "Japan strongly condemned the launches on Sunday."
    events = events_of(nlp, text, {"Japan": "JPN"})
    assert triples(events) == {("JPN", None, "111")}


def test_cutting_relations_is_never_with_ones_own_country(nlp):
    text = "Algeria withdrew its ambassador for several months."
    events = events_of(nlp, text, {"Algeria": "DZA"})
    assert {(e.source.code, e.target.code, e.root) for e in events} == {("DZA", None, "16")}


def test_aid_is_never_given_to_ones_own_country(nlp):
    text = "Brenner said Germany would contribute 200 million euros over three years."
    events = events_of(nlp, text, {"Germany": "DEU"})
    assert all(e.target.code is None for e in events), triples(events)


def test_force_before_or_after_a_clause_is_the_subjects_only_when_armed(nlp):
    civil = "After a terror attack at a market, Germany approved new measures."
    assert all(e.root != "19" for e in events_of(nlp, civil, {"Germany": "DEU"}))
    armed = "Burmese troops captured part of a rebel stronghold after five days of fighting."
    events = events_of(nlp, armed, {"Burmese troops": "MMRMIL"})
    assert {(e.code, e.source.code) for e in events} >= {("192", "MMRMIL"), ("190", "MMRMIL")}


def test_a_verb_coded_by_its_synonym_set_under_an_obligation_is_still_generic(nlp):
    text = "China has to improve its transplant system."
    assert events_of(nlp, text, {"China": "CHN"}) == []
