"""The CASE 2021 mapping and scorer on hand-made cases with known answers."""

import pytest

from eventwire.eval.case2021 import score_subtypes, subtype_of_code


@pytest.mark.parametrize(
    ("code", "sector", "expected"),
    [
        ("1831", "REB", "SUIC_BOMB"),  # the longest prefix wins over 183
        ("1832", None, "REM_EXPLOS"),
        ("195", "MIL", "AIR_STRIKE"),
        ("192", "MIL", "GOV_REGAINS_TERIT"),
        ("192", "REB", "NON_STATE_ACTOR_OVERTAKES_TER"),
        ("0874", "MIL", "NON_VIOL_TERRIT_TRANSFER"),
        ("042", "GOV", "DIPLO"),
        ("120", "GOV", None),
    ],
)
def test_subtype_of_code(code, sector, expected):
    mapped = subtype_of_code(code, sector)
    assert (mapped[1] if mapped else None) == expected


def test_macro_and_micro_f1():
    gold = ["ARREST", "ARREST", "AIR_STRIKE", "OTHER"]
    predicted = ["ARREST", "OTHER", "AIR_STRIKE", "OTHER"]
    score = score_subtypes(gold, predicted)
    assert score["micro_f1"] == pytest.approx(0.75)
    # ARREST p=1 r=.5 f=2/3; AIR_STRIKE 1; OTHER p=.5 r=1 f=2/3
    assert score["macro_f1"] == pytest.approx((2 / 3 + 1 + 2 / 3) / 3)
