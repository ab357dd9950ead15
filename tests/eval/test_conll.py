"""The conlleval-style scorer on hand-made tag sequences with known answers."""

import pytest

from eventwire.eval.conll import chunks, score_chunks


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["I-PER", "I-PER", "O", "I-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),  # IOB1
        (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),  # IOB2
        (["I-LOC", "B-LOC", "I-LOC"], {(0, 1, "LOC"), (1, 3, "LOC")}),  # IOB1 adjacent
        (["I-ORG", "I-LOC"], {(0, 1, "ORG"), (1, 2, "LOC")}),  # type change
        (["O", "O"], set()),
    ],
)
def test_chunks_read_iob1_and_iob2(tags, expected):
    assert chunks(tags) == expected


def test_score_counts_exact_boundaries_and_type_only():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    predicted = [["B-PER", "O", "O", "B-LOC"], ["B-MISC", "O"]]
    score = score_chunks(gold, predicted)
    # one of three predictions right (LOC), one of three gold found
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == pytest.approx(1 / 3)
    assert score.f1 == pytest.approx(1 / 3)
    assert score.per_type["LOC"]["f1"] == 1.0
