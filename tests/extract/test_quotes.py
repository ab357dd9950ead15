"""Pins extract/quotes.py: direct, partial and indirect quotes and what is not speech."""

from __future__ import annotations

import json
import re

import pytest

from conftest import shared_path
from eventwire.article import Article
from eventwire.extract.context import Context, actor_at
from eventwire.extract.quotes import extract_quotes
from eventwire.extract.quotes_marks import find_quoted
from eventwire.record import Actor, Quote, Span


def quotes_of(nlp, text: str, actors: list[Actor] | None = None) -> list[Quote]:
    ctx = Context(article=Article(id="t", text=text), actors=actors or [])
    return extract_quotes(nlp(text), ctx)


def direct_pairs(quotes: list[Quote]) -> list[tuple[str | None, str]]:
    return [(q.speaker_name, q.text) for q in quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Burton said, "I love cats!"', [("Burton", "I love cats!")]),
        (
            '"The effective work of our military paid off," Putin said.',
            [("Putin", "The effective work of our military paid off")],
        ),
        ("“We will not give up,” Merkel told reporters.", [("Merkel", "We will not give up")]),
        (
            '"It will give the talks a positive push," said Salim al-Muslat, spokesman for the committee.',
            [("Salim al-Muslat", "It will give the talks a positive push")],
        ),
        ('The minister said: "We have done our job."', [("The minister", "We have done our job.")]),
        (
            '"We won," Trump said, "and we will win again."',
            [("Trump", "We won"), ("Trump", "and we will win again.")],
        ),
        ('"This is not over," she warned.', [("she", "This is not over")]),
    ],
)
def test_direct_quote_speaker_and_text(nlp, text, expected):
    assert direct_pairs(quotes_of(nlp, text)) == expected
    assert all(q.kind == "direct" for q in quotes_of(nlp, text) if q.kind != "indirect")


def test_cue_and_speaker_span_point_into_text(nlp):
    text = '"We are ready," Putin said.'
    (quote,) = quotes_of(nlp, text)
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == "Putin"
    assert text[quote.start : quote.end] == quote.text


def test_quote_continues_previous_speaker(nlp):
    text = (
        '"The task has been fulfilled," Putin said.\n\n'
        '"I am therefore ordering the defence minister to start the withdrawal."'
    )
    quotes = quotes_of(nlp, text)
    assert direct_pairs(quotes) == [
        ("Putin", "The task has been fulfilled"),
        ("Putin", "I am therefore ordering the defence minister to start the withdrawal."),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Caddell continued:\n\n"The health issue overall is very much a partisan issue."',
            [("Caddell", "The health issue overall is very much a partisan issue.")],
        ),
        (
            "On July 6, Sanders made the following comment:\n\n“For young people the unemployment rate is 33 percent.”",
            [("Sanders", "For young people the unemployment rate is 33 percent.")],
        ),
        (
            "“We see charter schools offering parents of color hope,” the letter reads.",
            [("the letter", "We see charter schools offering parents of color hope")],
        ),
        (
            '"He is absolutely right," Flynn, a top Trump surrogate, said Thursday morning on Fox News.',
            [("Flynn", "He is absolutely right")],
        ),
        (
            '"WALLACE: Let us start with breaking news on the debate story."',
            [("WALLACE", "WALLACE: Let us start with breaking news on the debate story.")],
        ),
        (
            "“Maybe we can build a wall around the candidate.” ― Steve Quinlan\n",
            [("Steve Quinlan", "Maybe we can build a wall around the candidate.")],
        ),
        (
            "Said Ellis: “I don’t get the sense she is interested in tax reform.”",
            [("Ellis", "I don’t get the sense she is interested in tax reform.")],
        ),
        (
            "“We have no context,” she said. “We do not know where we came from.”",
            [("she", "We have no context"), ("she", "We do not know where we came from.")],
        ),
        (
            "According to Limbaugh, “if it was left up to her, she would not say anything positive.”",
            [("Limbaugh", "if it was left up to her, she would not say anything positive.")],
        ),
    ],
)
def test_attribution_forms(nlp, text, expected):
    assert direct_pairs(quotes_of(nlp, text)) == expected


def test_quote_paragraph_does_not_continue_after_narration(nlp):
    text = (
        '"The task has been fulfilled," Putin said on a visit that lasted a long time and ended in the evening with a dinner.\n\n'
        '"I am therefore ordering the defence minister to start the withdrawal."'
    )
    quotes = quotes_of(nlp, text)
    assert quotes[-1].speaker_name is None


def test_partial_quote_belongs_to_governing_speech_verb(nlp):
    text = 'Assad said the move was in line with "the continuation of the cessation of hostilities," a statement said.'
    partial = [q for q in quotes_of(nlp, text) if q.kind == "partial"]
    assert [(q.speaker_name, q.text) for q in partial] == [
        ("Assad", "the continuation of the cessation of hostilities")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Peskov said Putin had telephoned Assad.", "Peskov", "Putin had telephoned Assad"),
        (
            "The minister told reporters that the talks had failed.",
            "The minister",
            "the talks had failed",
        ),
        (
            "At least 250,000 people have been killed, according to the UN.",
            "the UN",
            "At least 250,000 people have been killed",
        ),
        (
            "But to prevent problems, he said, local officials should be vigilant.",
            "he",
            "to prevent problems, he said, local officials should be vigilant",
        ),
        (
            "The governor urged supporters to monitor polling places.",
            "The governor",
            "supporters to monitor polling places",
        ),
        (
            "Trump's claim that there were thousands of shootings in Chicago was false.",
            "Trump",
            "there were thousands of shootings in Chicago",
        ),
        (
            "The Trump campaign called the charges unsubstantiated.",
            "The Trump campaign",
            "the charges unsubstantiated",
        ),
        (
            "Critics worry that the program invites fraud.",
            "Critics",
            "the program invites fraud",
        ),
        (
            "The poll found that 52 percent of voters trust her.",
            "The poll",
            "52 percent of voters trust her",
        ),
    ],
)
def test_indirect_quote(nlp, text, speaker, content):
    indirect = [q for q in quotes_of(nlp, text) if q.kind == "indirect"]
    assert [(q.speaker_name, q.text) for q in indirect] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        'The regime submitted a document titled "Basic Elements of a Political Solution" to the mediator.',
        'The group, known as "the Family Business Partners", met on Monday.',
        'They class all opposition groups as "terrorists."',
        'Putin orders "main part" of the military to withdraw.',
        'The senator, nicknamed "Little Marco" by his rival, left the race.',
    ],
)
def test_titles_names_and_scare_quotes_are_not_speech(nlp, text):
    assert [q for q in quotes_of(nlp, text) if q.kind != "indirect"] == []


def test_speaker_resolves_to_actor(nlp):
    text = '"We are ready," Putin said.'
    start = text.index("Putin")
    actor = Actor(
        id="A1", name="Vladimir Putin", mentions=[Span(start=start, end=start + 5, text="Putin")]
    )
    (quote,) = quotes_of(nlp, text, [actor])
    assert (quote.speaker, quote.speaker_name) == ("A1", "Vladimir Putin")
    ctx = Context(article=Article(id="t", text=text), actors=[actor])
    assert actor_at(ctx, start, start + 5) is actor


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ('He said "yes" and "no".', ["yes", "no"]),
        ("“Curly,” he said, “marks.”", ["Curly", "marks."]),
        ('"Unclosed paragraph\n"Next one."', ["Unclosed paragraph", "Next one."]),
    ],
)
def test_find_quoted_pairs_marks_per_paragraph(text, contents):
    assert [text[q.start : q.end] for q in find_quoted(text)] == contents


def _fold(text: str) -> str:
    return re.sub(r"[^\w ]", "", text.lower()).strip()


def test_seed_quotes(nlp):
    text = shared_path("seed", "000_1f957a2ce860c3e2.txt").read_text(encoding="utf-8")
    expected = json.loads(shared_path("seed", "expected.json").read_text(encoding="utf-8"))
    quotes = quotes_of(nlp, text)
    for want in expected["quotes"]:
        surname = want["speaker"].split()[-1]
        assert any(
            _fold(q.text).startswith(_fold(want["starts"])) and surname in (q.speaker_name or "")
            for q in quotes
        ), want
    for unwanted in expected["not_quotes"]:
        assert all(q.text.strip(' ."') != unwanted["text"] for q in quotes), unwanted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Reid has been steadily pounding Trump as a "con artist" for weeks.',
            [("Reid", "con artist")],
        ),
        (
            'He likened the plan to "a slow-motion train wreck nobody wants to stop."',
            [("He", "a slow-motion train wreck nobody wants to stop.")],
        ),
        (
            'Bill Clinton criticized the Affordable Care Act as a "crazy system" on Monday.',
            [("Bill Clinton", "crazy system")],
        ),
    ],
)
def test_verbs_of_judging_own_their_quoted_words(nlp, text, expected):
    assert direct_pairs(quotes_of(nlp, text)) == expected
    assert all(q.kind == "partial" for q in quotes_of(nlp, text))


def test_quote_over_several_paragraphs_takes_the_closing_attribution(nlp):
    text = (
        '"This is the first paragraph of a long statement by the commander, which goes on\n\n'
        '"And this is the second paragraph of it," said Ali Hassan, the commander.'
    )
    speakers = [q.speaker_name for q in quotes_of(nlp, text)]
    assert speakers == ["Ali Hassan", "Ali Hassan"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will fight on until the end," said the army in a statement.', "the army"),
        ("The ministry said in a statement that the border was closed.", "The ministry"),
        ("A statement from the regime said the talks would resume.", "A statement from the regime"),
    ],
)
def test_institutions_speak(nlp, text, speaker):
    assert [q.speaker_name for q in quotes_of(nlp, text)] == [speaker]


def test_pronoun_speaker_takes_the_resolved_actor(nlp):
    text = 'Putin met Lavrov. "We are ready," he said.'
    start = text.index("he said")
    actor = Actor(
        id="A1", name="Vladimir Putin", mentions=[Span(start=start, end=start + 2, text="he")]
    )
    (quote,) = [q for q in quotes_of(nlp, text, [actor]) if q.kind == "direct"]
    assert (quote.speaker, quote.speaker_name) == ("A1", "Vladimir Putin")
    assert quote.speaker_span is not None and quote.speaker_span.text == "he"


def test_a_quoted_name_modifying_a_noun_is_not_speech(nlp):
    text = 'Six fighters were killed, according to the "Amaq" news agency.'
    assert [q for q in quotes_of(nlp, text) if q.kind != "indirect"] == []


def test_participle_after_a_comma_speaks_for_the_clause_subject(nlp):
    text = (
        'The so-called "Islamic State" claimed responsibility for the attack, '
        'saying "six soldiers of the caliphate" were killed.'
    )
    quoted = [q for q in quotes_of(nlp, text) if q.text.startswith("six soldiers")]
    assert [q.speaker_name for q in quoted] == ['The so-called "Islamic State"']


def test_speaker_words_leave_out_an_apposition_and_a_modifiers_actor(nlp):
    text = "Residents of Yakla, an impoverished town, said a dozen civilians were killed."
    start = text.index("Yakla")
    place = Actor(id="A1", name="Yakla", mentions=[Span(start=start, end=start + 5, text="Yakla")])
    (quote,) = quotes_of(nlp, text, [place])
    assert (quote.speaker, quote.speaker_name) == (None, "Residents of Yakla")


def test_a_statement_speaks_for_its_issuer(nlp):
    text = "A statement from the regime said the talks would resume."
    start = text.index("the regime")
    regime = Actor(id="A1", name="Syrian government", mentions=[Span(start=start, end=start + 10)])
    (quote,) = quotes_of(nlp, text, [regime])
    assert quote.speaker == "A1"
    assert (
        quote.speaker_span is not None and quote.speaker_span.text == "A statement from the regime"
    )
