"""The WikiEvents mapping and scorer on a hand-made document with known answers."""

from eventwire.article import Article
from eventwire.eval.wikievents import (
    Counts,
    GoldArgument,
    GoldEvent,
    WikiDocument,
    kairos_type,
    score_document,
)
from eventwire.record import (
    Actor,
    ArticleInfo,
    ArticleRecord,
    Event,
    EventActor,
    Offsets,
    Span,
)

TEXT = "Gondor shelled Minas Tirith. Arnor protested."


def _event(code: str, trigger: tuple[int, int], source: str | None, target: str | None) -> Event:
    return Event(
        id="E1",
        code=code,
        root=code[:2],
        label="x",
        quad_class=4,
        goldstein=-10.0,
        source=EventActor(actor=source),
        target=EventActor(actor=target),
        sentence=Offsets(start=0, end=28),
        trigger=Span(start=trigger[0], end=trigger[1], text=TEXT[trigger[0] : trigger[1]]),
        confidence=0.9,
    )


def test_kairos_type_by_longest_prefix():
    assert kairos_type("1831") == "Conflict.Attack"
    assert kairos_type("173") == "Justice.ArrestJailDetain"
    assert kairos_type("172") is None


def test_scores_types_and_arguments():
    document = WikiDocument(
        Article(id="d", text=TEXT),
        (
            GoldEvent(
                "Conflict.Attack",
                7,
                14,
                (GoldArgument("Attacker", 0, 6), GoldArgument("Target", 15, 27)),
            ),
            GoldEvent("Conflict.Demonstrate", 35, 44, ()),
        ),
    )
    record = ArticleRecord(
        article=ArticleInfo(id="d", text=TEXT),
        actors=[
            Actor(id="A1", name="Gondor", mentions=[Span(start=0, end=6, text="Gondor")]),
            Actor(id="A2", name="Minas", mentions=[Span(start=15, end=20, text="Minas")]),
        ],
        events=[_event("194", (7, 14), "A1", "A2"), _event("0874", (0, 6), "A1", None)],
    )
    types, arguments = Counts(), Counts()
    score_document(document, record, types, arguments)
    # 0874 maps to no KAIROS type, so one prediction, right; one gold event missed
    assert (types.correct, types.predicted, types.gold) == (1, 1, 2)
    # attacker and target both overlap gold arguments of their roles
    assert (arguments.correct, arguments.predicted, arguments.gold) == (2, 2, 2)
    assert types.scores()["recall"] == 0.5
