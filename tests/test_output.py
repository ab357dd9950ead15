"""Rendering: exact machine formats, readable tables with evidence cut around the trigger."""

from __future__ import annotations

import csv
import io
import json

import pytest

from eventwire.output import (
    EVIDENCE_WIDTH,
    RecordWriter,
    record_table,
    shorten_evidence,
    write_events,
)
from eventwire.record import ArticleRecord
from store.test_duckdb import make_record

LONG = (
    "The foreign ministry said in a lengthy statement issued late on Tuesday evening after "
    "a meeting of the national security council in the capital that troops had shelled "
    "three villages near the border."
)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Troops shelled the town.", "shelled", "Troops shelled the town."),
        ("Troops\nshelled   the town.", "shelled", "Troops shelled the town."),
    ],
)
def test_short_evidence_is_kept_whole_on_one_line(sentence, trigger, expected):
    assert shorten_evidence(sentence, trigger) == expected


def test_long_evidence_keeps_the_trigger_and_marks_the_cuts():
    short = shorten_evidence(LONG, "shelled")
    assert "shelled" in short
    assert short.startswith("…")
    assert len(short) <= EVIDENCE_WIDTH + 4


def test_long_evidence_with_early_trigger_is_cut_at_a_word_boundary():
    short = shorten_evidence(LONG, "said")
    assert short.startswith("The foreign ministry said")
    assert short.endswith(" …")
    assert LONG.startswith(short[:-2])


def test_jsonl_writer_prints_exact_records_one_a_line():
    out = io.StringIO()
    writer = RecordWriter(out, "jsonl")
    for article_id in ("x", "y"):
        writer.write(make_record(article_id))
    writer.close()
    back = [ArticleRecord.model_validate_json(line) for line in out.getvalue().splitlines()]
    assert back == [make_record("x"), make_record("y")]


def test_json_writer_prints_an_object_for_one_and_an_array_for_several():
    one = io.StringIO()
    writer = RecordWriter(one, "json")
    writer.write(make_record("x"))
    writer.close()
    assert ArticleRecord.model_validate(json.loads(one.getvalue())) == make_record("x")
    several = io.StringIO()
    writer = RecordWriter(several, "json")
    writer.write(make_record("x"))
    writer.write(make_record("y"))
    writer.close()
    assert [r["article"]["id"] for r in json.loads(several.getvalue())] == ["x", "y"]


def test_nothing_written_prints_nothing():
    out = io.StringIO()
    RecordWriter(out, "json").close()
    assert out.getvalue() == ""


def test_record_table_lists_each_event_with_names():
    table = record_table(make_record())
    assert table.row_count == 2
    assert "a1" in str(table.title)


def test_events_table_and_csv():
    rows = [
        {
            "date": "2024-03-05",
            "code": "195",
            "label": "Employ aerial weapons",
            "source_code": "GRCMIL",
            "source_name": "Greece",
            "target_code": "TUR",
            "target_name": "Turkey",
            "place": "Ankara",
            "sentence": "Greek jets struck targets, officials said.",
            "trigger": "struck",
            "modality": "asserted",
            "negated": False,
        }
    ]
    out = io.StringIO()
    write_events(rows, "table", out)
    text = out.getvalue()
    for word in ("2024-03-05", "GRCMIL", "195", "Employ aerial weapons", "Ankara", "Greek jets"):
        assert word in text
    out = io.StringIO()
    write_events(rows, "csv", out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["sentence"] == "Greek jets struck targets, officials said."
