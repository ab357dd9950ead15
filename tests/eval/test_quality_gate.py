"""The quality gate: no change may lower a pinned floor (after trafilatura's eval_gate).

Floors live in tests/quality_floors.json, one number per set and metric. The fast
sets are scored here, in `make test`; `make eval` scores every set against the same
file. Raising a floor is an ordinary commit; lowering one needs its reason in the
commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED, shared_path
from eventwire.eval.runner import EVAL_SETS, EvalOptions, below_floors, fast_sets, run_eval

FLOORS_FILE = Path(__file__).parents[1] / "quality_floors.json"


def floors() -> dict[str, dict[str, float]]:
    return json.loads(FLOORS_FILE.read_text(encoding="utf-8"))


def test_every_set_has_pinned_floors():
    assert set(floors()) == set(EVAL_SETS)
    assert all(floors()[name] for name in EVAL_SETS)


@pytest.mark.slow
def test_fast_sets_keep_their_floors(nlp):
    shared_path("eval")
    report = run_eval(fast_sets(), EvalOptions(shared=SHARED))
    failures = below_floors(report, floors())
    assert not failures, "\n".join(failures)


def test_a_score_below_its_floor_fails_and_an_unrun_set_is_not_judged():
    report = {
        "sets": {
            "a": {"metrics": {"f1": 0.5, "recall": 0.9}},
            "b": {"skipped": "absent"},
        }
    }
    pinned = {"a": {"f1": 0.6, "recall": 0.9, "gone": 0.1}, "b": {"f1": 0.9}, "c": {"f1": 1}}
    assert below_floors(report, pinned) == [
        "a f1: 0.5000 is below its floor 0.6",
        "a gone: no longer reported (floor 0.1)",
    ]
