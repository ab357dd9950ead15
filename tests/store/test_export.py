"""Exports: JSONL records read back exactly, a flat CSV of events, Parquet tables."""

from __future__ import annotations

import csv
import io

import duckdb
import pytest

from eventwire.record import ArticleRecord
from eventwire.store import StoreError, open_store
from eventwire.store.export import CSV_COLUMNS, write_events_csv
from eventwire.store.schema import RECORD_TABLES
from store.test_duckdb import TEXT, make_record


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "x.duckdb") as s:
        s.add(make_record("a1"))
        s.add(make_record("a2", "Other, text.\n" + TEXT))
        yield s


def test_jsonl_export_reads_back_as_the_stored_records(store, tmp_path):
    path = store.export(tmp_path / "out.jsonl", "jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [ArticleRecord.model_validate_json(line) for line in lines] == list(store.records())


def test_csv_export_has_one_row_per_event_with_evidence(store, tmp_path):
    path = store.export(tmp_path / "events.csv", "csv")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == store.count("events")
    strike = next(r for r in rows if r["code"] == "195" and r["article_id"] == "a1")
    assert strike["source_code"] == "GRCMIL"
    assert strike["target_name"] == "Turkey"
    assert strike["label"] == "Employ aerial weapons"
    assert strike["place"] == "Ankara"
    assert float(strike["lat"]) == pytest.approx(39.92)
    assert strike["goldstein"] == "-10.0"
    assert strike["quad_class"] == "4"
    assert strike["sentence"].startswith("Greek jets struck")


def test_csv_quotes_sentences_with_commas_and_newlines(store):
    out = io.StringIO()
    write_events_csv(store, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)


def test_parquet_export_writes_every_table(store, tmp_path):
    directory = store.export(tmp_path / "pq", "parquet")
    for table in (*RECORD_TABLES, "rejections"):
        path = directory / f"{table}.parquet"
        count = duckdb.connect().execute(f"SELECT count(*) FROM '{path}'").fetchone()
        assert count == (store.count(table),), table


def test_unknown_export_format_is_a_store_error(store, tmp_path):
    with pytest.raises(StoreError, match="E033"):
        store.export(tmp_path / "x.xml", "xml")
