"""eval/petrarch.py: reading PETRARCH2 unit-test records and scoring codings."""

from __future__ import annotations

import pytest

from conftest import shared_path
from eventwire.eval.petrarch import UnitRecord, load_records, score


def test_records_load_with_codings_and_noevents() -> None:
    records = load_records(shared_path("eval/events/petrarch2_unittest/PETR.UnitTest.records.xml"))
    assert len(records) > 250
    first = records[0]
    assert first.id == "DEMO-00"
    assert first.codings == frozenset({("ARN", "GON", "064")})
    assert first.text.startswith("Arnor is about to restore")
    assert any(not r.codings for r in records)  # noevents sentences


def test_exact_match_needs_the_whole_set() -> None:
    gold = [
        UnitRecord("a", "X", None, "t", frozenset({("A", "B", "01")})),
        UnitRecord("b", "X", None, "t", frozenset({("A", "B", "01"), ("B", "A", "01")})),
        UnitRecord("c", "X", None, "t", frozenset()),
    ]
    result = score(gold, [{("A", "B", "01")}, {("A", "B", "01")}, set()])
    assert result["exact_match"] == pytest.approx(2 / 3, abs=1e-3)
    assert result["triple_precision"] == 1.0
    assert result["triple_recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert len(result["errors"]) == 1


@pytest.mark.slow
def test_evaluate_petrarch_runs_with_its_dictionaries():
    from eventwire.eval.petrarch import evaluate_petrarch
    from eventwire.extract import events_verbs

    shared = shared_path("eval/events/petrarch2_unittest/PETR.UnitTest.records.xml").parents[3]
    before = events_verbs.get_default_options()
    result = evaluate_petrarch(shared, limit=5)
    assert result["sentences"] == 5
    assert result["exact_match"] >= 0.4  # DEMO-00 … DEMO-04: the "first light" records
    assert events_verbs.get_default_options() == before  # options restored
