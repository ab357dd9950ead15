"""The DuckDB store: exact round trips, skip/replace, atomic writes, queries, migrations."""

from __future__ import annotations

import datetime as dt
import functools

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings

from eventwire.article import Article
from eventwire.errors import ArticleError, E, Rejection
from eventwire.pipeline import process
from eventwire.record import (
    Actor,
    ArticleInfo,
    ArticleRecord,
    Event,
    EventActor,
    Offsets,
    Place,
    Span,
)
from eventwire.store import Store, StoreError, open_store
from eventwire.store.schema import LATEST_VERSION, RECORD_TABLES
from store.strategies import records

TEXT = (
    "ANKARA, March 3 (Wire) - Turkey's foreign minister met his Greek counterpart "
    "in Ankara on Tuesday. Greek jets struck targets near the border, officials said."
)


def make_record(article_id: str = "a1", text: str = TEXT) -> ArticleRecord:
    """A small hand-made record with one event between two actors at one place."""
    sent2 = text.index("Greek jets")
    return ArticleRecord(
        article=ArticleInfo(
            id=article_id,
            title="Ministers meet",
            published="2024-03-05",
            published_from="input",
            sources=["Wire"],
            text=text,
        ),
        actors=[
            Actor(
                id="A1",
                name="Greece",
                code="GRCMIL",
                country="GRC",
                sector="MIL",
                kind="country",
                mentions=[Span(start=sent2, end=sent2 + 5, text="Greek")],
            ),
            Actor(
                id="A2",
                name="Turkey",
                code="TUR",
                country="TUR",
                kind="country",
                mentions=[Span(start=26, end=34, text="Turkey's")],
            ),
        ],
        places=[
            Place(
                id="P1",
                name="Ankara",
                lat=39.92,
                lon=32.85,
                country="TUR",
                feature="city",
                geonames_id=323786,
                mentions=[Span(start=0, end=6, text="ANKARA")],
            )
        ],
        events=[
            Event(
                id="E1",
                code="195",
                root="19",
                label="Employ aerial weapons",
                quad_class=4,
                goldstein=-10.0,
                plover="ATTACK",
                source=EventActor(actor="A1", code="GRCMIL"),
                target=EventActor(actor="A2", code="TUR"),
                date="2024-03-05",
                place="P1",
                sentence=Offsets(start=sent2, end=len(text)),
                trigger=Span(start=sent2 + 11, end=sent2 + 17, text="struck"),
                confidence=0.7,
            ),
            Event(
                id="E2",
                code="040",
                root="04",
                label="Consult, not specified below",
                quad_class=1,
                goldstein=1.0,
                source=EventActor(code="TUR"),
                target=EventActor(code="GRC"),
                modality="conditional",
                sentence=Offsets(start=0, end=sent2 - 1),
                trigger=Span(start=50, end=53, text="met"),
                confidence=0.5,
            ),
        ],
    )


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "t.duckdb") as s:
        yield s


@functools.cache
def _scratch_store() -> Store:
    return open_store(":memory:")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=records)
def test_record_round_trips_exactly_through_the_store(record):
    s = _scratch_store()
    assert s.add(record)
    (back,) = list(s.records())
    s._delete_article(record.article.id)
    assert back == record
    assert back.to_json() == record.to_json()


def test_real_pipeline_record_round_trips(store, nlp):
    article = Article(id="p1", text=TEXT, published=dt.date(2024, 3, 5), published_from="input")
    record = process(article, nlp=nlp)
    assert store.add(record)
    assert store.record("p1") == record


def test_same_article_again_is_skipped(store):
    assert store.add(make_record()) is True
    assert store.add(make_record()) is False
    assert store.count("articles") == 1
    assert store.count("events") == 2
    assert store.count("actor_mentions") == 2


def test_same_id_with_new_text_replaces_the_stored_article(store):
    store.add(make_record("a1"))
    store.add(make_record("a2"))
    changed = make_record("a1", TEXT.replace("Tuesday", "Monday"))
    changed.events.pop()
    assert store.add(changed) is True
    assert store.count("articles") == 2
    assert store.count("events") == 3
    assert store.record("a1") == changed
    assert store.record("a2") == make_record("a2")


def test_write_failing_midway_leaves_no_partial_article(store, monkeypatch):
    store.add(make_record("good"))
    real_insert = store._insert

    def failing_insert(table, rows):
        if table == "places":  # after articles and actors were written
            raise RuntimeError("disk full")
        real_insert(table, rows)

    monkeypatch.setattr(store, "_insert", failing_insert)
    with pytest.raises(RuntimeError):
        store.add(make_record("bad"))
    monkeypatch.undo()
    assert not store.has("bad")
    for table in RECORD_TABLES:
        column = "id" if table == "articles" else "article_id"
        rows = store.connection.execute(
            f"SELECT count(*) FROM {table} WHERE {column} = 'bad'"
        ).fetchone()
        assert rows == (0,), table
    assert store.record("good") == make_record("good")
    # The store stays usable and the failed article can be added afterwards.
    assert store.add(make_record("bad")) is True


def test_failed_replacement_keeps_the_old_version(store, monkeypatch):
    store.add(make_record("a1"))
    real_insert = store._insert

    def failing_insert(table, rows):
        if table == "events":
            raise RuntimeError("interrupted")
        real_insert(table, rows)

    monkeypatch.setattr(store, "_insert", failing_insert)
    with pytest.raises(RuntimeError):
        store.add(make_record("a1", TEXT + " More."))
    assert store.record("a1") == make_record("a1")


def test_store_persists_across_processes_opening_it(tmp_path):
    path = tmp_path / "p.duckdb"
    with open_store(path) as s:
        s.add(make_record())
    with open_store(path, read_only=True) as s:
        assert [r.article.id for r in s.records()] == ["a1"]
        assert s.read_only


def test_records_come_back_in_ingestion_order(store):
    for article_id in ["z", "a", "m"]:
        store.add(make_record(article_id))
    assert [r.article.id for r in store.records()] == ["z", "a", "m"]


def test_rejections_are_rows_stored_once(store):
    error = ArticleError(E.E001, "empty.txt")
    assert store.add_rejection(error) is True
    assert store.add_rejection(Rejection.from_error(error)) is False
    (row,) = store.rejections()
    assert row["origin"] == "empty.txt"
    assert row["code"] == "E001"
    assert row["message"].startswith("E001 empty.txt:")
    assert isinstance(row["at"], dt.datetime)


def test_events_join_actor_names_places_and_evidence_sentence(store):
    store.add(make_record())
    (event,) = store.events()  # the conditional meeting did not happen: left out
    assert event["code"] == "195"
    assert event["source_code"] == "GRCMIL"
    assert event["source_name"] == "Greece"
    assert event["target_name"] == "Turkey"
    assert event["place"] == "Ankara"
    assert event["lat"] == pytest.approx(39.92)
    assert event["sentence"] == "Greek jets struck targets near the border, officials said."
    assert event["date"] == "2024-03-05"
    assert len(store.events(include_unfactual=True)) == 2


def test_evidence_sentence_offsets_count_code_points(store):
    text = "Café 😀 naïve. " + TEXT
    record = make_record(text=text)
    store.add(record)
    sentence = record.events[0].sentence
    assert store.events()[0]["sentence"] == text[sentence.start : sentence.end]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["a1", "b1"]),
        ({"actor": "GRC"}, ["a1"]),
        ({"actor": "grcmil"}, ["a1"]),
        ({"actor": "TUR"}, ["a1", "b1"]),
        ({"code": "19"}, ["a1"]),
        ({"code": "1951"}, []),
        ({"since": "2024-03-06"}, ["b1"]),
        ({"until": "2024-03-05"}, ["a1"]),
        ({"since": dt.date(2024, 1, 1), "until": dt.date(2024, 12, 31)}, ["a1", "b1"]),
        ({"place": "ankara"}, ["a1"]),
        ({"place": "TUR"}, ["a1"]),
        ({"place": "Paris"}, []),
    ],
)
def test_events_filters(store, filters, expected):
    store.add(make_record("a1"))
    other = make_record("b1", TEXT + " ")
    other.events[0] = other.events[0].model_copy(
        update={
            "code": "042",
            "root": "04",
            "date": "2024-06-01",
            "place": None,
            "source": EventActor(actor="A2", code="TURGOV"),
        }
    )
    store.add(other)
    assert [e["article_id"] for e in store.events(**filters)] == expected


def test_migrations_are_recorded_and_applied_once(tmp_path):
    path = tmp_path / "m.duckdb"
    open_store(path).close()
    with open_store(path) as s:
        assert s.schema_version == LATEST_VERSION
        rows = s.connection.execute("SELECT version FROM schema_migrations").fetchall()
    assert rows == [(v,) for v in range(1, LATEST_VERSION + 1)]


def test_read_only_missing_database_is_a_one_line_error(tmp_path):
    with pytest.raises(StoreError, match="E030") as info:
        open_store(tmp_path / "nope.duckdb", read_only=True)
    assert "\n" not in str(info.value)


def test_read_only_refuses_a_file_that_is_not_an_eventwire_store(tmp_path):
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError, match="E032"):
        open_store(path, read_only=True)


def test_read_only_store_cannot_be_written(tmp_path):
    path = tmp_path / "r.duckdb"
    open_store(path).close()
    with open_store(path, read_only=True) as s, pytest.raises(duckdb.Error):
        s.add(make_record())
