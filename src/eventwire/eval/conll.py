"""CoNLL-2003 named-entity evaluation, scored entity by entity as conlleval does.

An entity counts as found only when both its boundaries and its type match. Tags may
be IOB1 (``eng.testa``: ``B-`` only between two adjacent entities of one type) or IOB2
(CoNLL++): a chunk starts at ``B-``, at a type change, or after ``O``, which reads both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

# spaCy's OntoNotes labels to CoNLL's four types; dates, numbers and the like are O.
SPACY_TO_CONLL = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}

Chunk = tuple[int, int, str]


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]


def load_conll(path: str | Path) -> list[Sentence]:
    """Sentences of a CoNLL-2003 file (word first column, NER tag last column)."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in [*Path(path).read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if words:
                sentences.append(Sentence(tuple(words), tuple(tags)))
                words, tags = [], []
            continue
        words.append(parts[0])
        tags.append(parts[-1])
    return sentences


def chunks(tags: Sequence[str]) -> set[Chunk]:
    """Entity chunks ``(start, end, type)`` of one sentence's IOB1 or IOB2 tags."""
    found: set[Chunk] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and label != kind)
        if kind and (prefix == "O" or begins):
            found.add((start, i, kind))
            kind = ""
        if begins:
            start, kind = i, label
    return found


@dataclass(frozen=True)
class ChunkScore:
    precision: float
    recall: float
    f1: float
    per_type: dict[str, dict[str, float]]
    gold: int
    predicted: int


def _prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def score_chunks(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> ChunkScore:
    """Entity-level precision, recall and F1 over sentences of gold and predicted tags."""
    correct: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for gold_tags, pred_tags in zip(gold, predicted, strict=True):
        g, p = chunks(gold_tags), chunks(pred_tags)
        n_gold.update(c[2] for c in g)
        n_pred.update(c[2] for c in p)
        correct.update(c[2] for c in g & p)
    overall = _prf(sum(correct.values()), sum(n_pred.values()), sum(n_gold.values()))
    per_type = {t: _prf(correct[t], n_pred[t], n_gold[t]) for t in sorted(n_gold | n_pred)}
    return ChunkScore(
        **overall,
        per_type=per_type,
        gold=sum(n_gold.values()),
        predicted=sum(n_pred.values()),
    )


def tag_with_spacy(nlp: Language, sentences: Sequence[Sentence]) -> list[list[str]]:
    """IOB2 tags from spaCy's recogniser on the gold tokenisation."""
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=list(s.words)) for s in sentences)
    tagged: list[list[str]] = []
    for doc in nlp.pipe(docs, batch_size=256):
        tags = ["O"] * len(doc)
        for ent in doc.ents:
            label = SPACY_TO_CONLL.get(ent.label_)
            if label is None:
                continue
            tags[ent.start] = f"B-{label}"
            for i in range(ent.start + 1, ent.end):
                tags[i] = f"I-{label}"
        tagged.append(tags)
    return tagged


def evaluate_conll(path: str | Path, nlp: Language, *, limit: int | None = None) -> dict[str, Any]:
    """Entity-level scores of the recogniser on one CoNLL-2003 file."""
    sentences = load_conll(path)[:limit]
    score = score_chunks((s.tags for s in sentences), tag_with_spacy(nlp, sentences))
    return {
        "sentences": len(sentences),
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
        "per_type": score.per_type,
    }
