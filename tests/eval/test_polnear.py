"""Pins eval/polnear.py: brat parsing, direct/indirect split, and the quote scores."""

from __future__ import annotations

import pytest

from conftest import shared_path
from eventwire.eval.polnear import (
    PolnearDoc,
    PolnearScore,
    load_polnear,
    parse_ann,
    quoted_mask,
    score_document,
)
from eventwire.record import Quote, Span

TEXT = 'Burton said, "I love cats!" Later he said dogs are fine.\n"Me too," Ann said, "truly."'
#       0         1         2         3         4         5          6         7         8


def ann_line(ident: str, label: str, start: int, end: int) -> str:
    return f"{ident}\t{label} {start} {end}\t{TEXT[start:end]}"


def find(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


ANN = "\n".join(
    [
        ann_line("T1", "Source", *find("Burton")),
        ann_line("T2", "Cue", *find("said")),
        ann_line("T3", "Content", *find("I love cats!")),
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        ann_line("T4", "Source", *find("he")),
        ann_line("T5", "Cue", *find("said", 1)),
        ann_line("T6", "Content", *find("dogs are fine")),
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
        f"T7\tContent {find('Me too')[0]} {find('Me too')[1]};{find('truly')[0]} {find('truly')[1]}\tMe too truly",
        ann_line("T8", "Source", *find("Ann")),
        ann_line("T9", "Cue", *find("said", 2)),
        "E3\tAttribution:T9 Content:T7 Cue:T9 Source:T8",
        ann_line("T10", "Discard", *find("Later")),
    ]
)


def quote(word: str, kind: str = "direct", speaker: str | None = None, nth: int = 0) -> Quote:
    start, end = find(word, nth)
    span = None
    if speaker is not None:
        s, e = find(speaker)
        span = Span(start=s, end=e, text=speaker)
    return Quote(id="Q", text=word, start=start, end=end, kind=kind, speaker_span=span)  # type: ignore[arg-type]


def test_quoted_mask_marks_text_between_quotation_marks():
    mask = quoted_mask('He said "yes" and “no”.\n"a')
    assert "".join("x" if m else "." for m in mask) == "".join(
        "x" if i in (9, 10, 11, 19, 20, 25) else "." for i in range(26)
    )


def test_parse_ann_reads_fragments_and_splits_direct_from_indirect():
    attributions = parse_ann(TEXT, ANN)
    assert [a.id for a in attributions] == ["E1", "E2", "E3"]
    assert [a.direct for a in attributions] == [True, False, True]
    assert attributions[2].content == (find("Me too"), find("truly"))
    assert attributions[0].source == (find("Burton"),)


def test_score_counts_recall_precision_and_source_accuracy():
    doc = PolnearDoc(name="t", text=TEXT, attributions=parse_ann(TEXT, ANN))
    predicted = [
        quote("I love cats!", speaker="Burton"),  # right quote, right source
        quote("Me too", speaker="Burton"),  # right quote, wrong source
        quote("truly"),  # second half of the same gold quote: correct, no extra recall
        quote("Later", kind="partial"),  # not attributed speech: a false positive
        quote("dogs are fine", kind="indirect", speaker="he"),
    ]
    score = PolnearScore()
    score_document(score, doc, predicted)
    direct, indirect = score.direct, score.indirect
    assert (direct.gold, direct.gold_found, direct.predicted, direct.predicted_correct) == (
        2,
        2,
        4,
        3,
    )
    assert (direct.with_source, direct.source_correct) == (2, 1)
    assert direct.recall == 1.0 and direct.precision == pytest.approx(0.75)
    assert (indirect.gold, indirect.gold_found, indirect.predicted_correct) == (1, 1, 1)
    assert indirect.source_accuracy == 1.0


def test_empty_prediction_scores_zero_without_dividing_by_zero():
    doc = PolnearDoc(name="t", text=TEXT, attributions=parse_ann(TEXT, ANN))
    score = PolnearScore()
    score_document(score, doc, [])
    assert (score.direct.recall, score.direct.precision, score.direct.f1) == (0.0, 0.0, 0.0)


def test_load_polnear_dev_offsets_match_text():
    root = shared_path("eval", "quotes", "polnear")
    docs = load_polnear(root, "dev", limit=3)
    assert len(docs) == 3
    for doc in docs:
        assert doc.attributions
        for attribution in doc.attributions:
            assert all(0 <= s < e <= len(doc.text) for s, e in attribution.content)
