"""PolNeAR (political news attribution relations): loader and quote scorer.

PolNeAR marks every attribution in an article as source, cue and content spans in
brat standoff files (``T1\\tSource 89 106\\tThe New York Post``; discontinuous spans
as ``315 448;463 553``; an ``E`` line links them). We score what eventwire's quotes
extractor promises:

- **direct quotes**: a gold attribution is *direct* when most of its content lies
  inside quotation marks. Recall: the share of direct gold attributions whose
  content some predicted direct or partial quote overlaps. Precision: the share of
  predicted direct or partial quotes that overlap the content of a gold attribution
  (any gold attribution, since quoted words inside a paraphrase are still attributed
  speech); a strict precision counts only overlaps with direct gold attributions.
- **source-span accuracy**: for matched direct gold attributions that have a source,
  the share where the predicted ``speaker_span`` overlaps the gold source span.
- **indirect attributions**, reported separately: the same figures for gold
  attributions that are not direct against predicted ``indirect`` quotes.
  ``recall_any_kind`` also counts a gold attribution as found when a quote of
  another kind overlaps it (a partial quote inside a paraphrase: the extractor
  reports the quoted words rather than the whole reported clause).

Matching is by character overlap and many-to-one (a quotation split by its
attribution, "…," he said, "…", is one gold content and two predicted quotes).
The gold texts stay in ../shared; nothing here copies them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..record import Quote

if TYPE_CHECKING:
    from spacy.language import Language

Fragments = tuple[tuple[int, int], ...]

# Most of the content's letters inside quotation marks makes an attribution direct.
DIRECT_SHARE = 0.5
_OPENING = "“„«"
_CLOSING = "”»"
_STRAIGHT = '"'


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution: character fragments of its content, source and cue."""

    id: str
    content: Fragments
    source: Fragments
    cue: Fragments
    direct: bool


@dataclass(frozen=True)
class PolnearDoc:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


@dataclass
class Counts:
    """Recall, precision and source-span accuracy counts for one class of quote."""

    gold: int = 0
    gold_found: int = 0
    gold_found_any_kind: int = 0
    predicted: int = 0
    predicted_correct: int = 0
    predicted_correct_strict: int = 0
    with_source: int = 0
    source_correct: int = 0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def recall_any_kind(self) -> float:
        return self.gold_found_any_kind / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_correct / self.predicted if self.predicted else 0.0

    @property
    def precision_strict(self) -> float:
        return self.predicted_correct_strict / self.predicted if self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def source_accuracy(self) -> float:
        return self.source_correct / self.with_source if self.with_source else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            **asdict(self),
            "recall": round(self.recall, 4),
            "recall_any_kind": round(self.recall_any_kind, 4),
            "precision": round(self.precision, 4),
            "precision_strict": round(self.precision_strict, 4),
            "f1": round(self.f1, 4),
            "source_accuracy": round(self.source_accuracy, 4),
        }


@dataclass
class PolnearScore:
    documents: int = 0
    direct: Counts = field(default_factory=Counts)
    indirect: Counts = field(default_factory=Counts)

    def summary(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "direct": self.direct.summary(),
            "indirect": self.indirect.summary(),
        }


# --- loading ------------------------------------------------------------------------


def _fragments(offsets: str) -> Fragments:
    pairs = []
    for part in offsets.split(";"):
        start, end = part.split()
        pairs.append((int(start), int(end)))
    return tuple(pairs)


def quoted_mask(text: str) -> list[bool]:
    """For each character, whether it lies between quotation marks (per paragraph).

    Deliberately simpler than the extractor's pairing, so the scorer does not grade
    the extractor by its own rules: straight marks toggle, curly marks open and close,
    and a line break closes everything.
    """
    mask = [False] * len(text)
    inside = False
    for pos, ch in enumerate(text):
        if ch == "\n":
            inside = False
        elif ch in _OPENING:
            inside = True
        elif ch in _CLOSING:
            inside = False
        elif ch == _STRAIGHT:
            inside = not inside
        else:
            mask[pos] = inside
    return mask


def is_direct(mask: list[bool], text: str, content: Fragments) -> bool:
    """Are most of the content's letters and digits inside quotation marks?"""
    letters = quoted = 0
    for start, end in content:
        for pos in range(start, min(end, len(text))):
            if text[pos].isalnum():
                letters += 1
                quoted += mask[pos]
    return letters > 0 and quoted / letters > DIRECT_SHARE


def parse_ann(text: str, ann: str) -> tuple[GoldAttribution, ...]:
    """The attributions of one brat ``.ann`` file over ``text``.

    Args:
        text: the article text the offsets point into.
        ann: the content of the ``.ann`` file.

    Returns:
        Attributions in file order; ones without content are skipped.
    """
    spans: dict[str, Fragments] = {}
    links: list[tuple[str, dict[str, list[str]]]] = []
    for line in ann.splitlines():
        cells = line.split("\t")
        if len(cells) < 2:
            continue
        if cells[0].startswith("T"):
            label, _, offsets = cells[1].partition(" ")
            if label in ("Source", "Cue", "Content"):
                spans[cells[0]] = _fragments(offsets)
        elif cells[0].startswith("E"):
            roles: dict[str, list[str]] = {}
            for arg in cells[1].split():
                role, _, target = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(target)
            links.append((cells[0], roles))
    mask = quoted_mask(text)
    found = []
    for ident, roles in links:

        def joined(role: str, roles: dict[str, list[str]] = roles) -> Fragments:
            return tuple(f for t in roles.get(role, []) for f in spans.get(t, ()))

        content = joined("Content")
        if not content:
            continue
        found.append(
            GoldAttribution(
                id=ident,
                content=content,
                source=joined("Source"),
                cue=joined("Cue"),
                direct=is_direct(mask, text, content),
            )
        )
    return tuple(found)


def load_polnear(root: Path, split: str = "dev", *, limit: int | None = None) -> list[PolnearDoc]:
    """The articles of one split with their gold attributions.

    Args:
        root: the PolNeAR folder (holding ``dev/text`` and ``dev/attributions``).
        split: ``train`` or ``dev``.
        limit: read only the first ``limit`` articles (sorted by name).

    Returns:
        One document per text; where several annotators annotated an article, the
        first annotation file by name is used.
    """
    texts = sorted((root / split / "text").glob("*.txt"))
    if limit is not None:
        texts = texts[:limit]
    docs = []
    for path in texts:
        anns = sorted((root / split / "attributions").glob(f"{path.stem}_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        attributions = parse_ann(text, anns[0].read_text(encoding="utf-8"))
        docs.append(PolnearDoc(name=path.stem, text=text, attributions=attributions))
    return docs


# --- scoring ------------------------------------------------------------------------


def _overlaps(start: int, end: int, fragments: Fragments) -> bool:
    return any(s < end and start < e for s, e in fragments)


def score_document(score: PolnearScore, doc: PolnearDoc, quotes: list[Quote]) -> None:
    """Add one document's gold attributions and predicted quotes to ``score``."""
    score.documents += 1
    quoted = [q for q in quotes if q.kind in ("direct", "partial")]
    reported = [q for q in quotes if q.kind == "indirect"]
    for counts, predicted, want_direct in (
        (score.direct, quoted, True),
        (score.indirect, reported, False),
    ):
        gold = [a for a in doc.attributions if a.direct == want_direct]
        counts.gold += len(gold)
        for attribution in gold:
            counts.gold_found_any_kind += any(
                _overlaps(q.start, q.end, attribution.content) for q in quotes
            )
            matches = [q for q in predicted if _overlaps(q.start, q.end, attribution.content)]
            if not matches:
                continue
            counts.gold_found += 1
            if attribution.source:
                counts.with_source += 1
                counts.source_correct += any(
                    q.speaker_span is not None
                    and _overlaps(q.speaker_span.start, q.speaker_span.end, attribution.source)
                    for q in matches
                )
        counts.predicted += len(predicted)
        for quote in predicted:
            hits = [a for a in doc.attributions if _overlaps(quote.start, quote.end, a.content)]
            counts.predicted_correct += bool(hits)
            counts.predicted_correct_strict += any(a.direct == want_direct for a in hits)


def predict_quotes(docs: list[PolnearDoc], nlp: Language) -> Iterator[list[Quote]]:
    """eventwire's quotes for each document (the quotes extractor alone, no actors)."""
    from ..article import Article
    from ..extract.context import Context
    from ..extract.quotes import extract_quotes

    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        yield extract_quotes(parsed, Context(article=Article(id=doc.name, text=doc.text)))


def score_polnear(docs: Iterable[PolnearDoc], predictions: Iterable[list[Quote]]) -> PolnearScore:
    """Score predicted quotes against the gold attributions, document by document."""
    score = PolnearScore()
    for doc, quotes in zip(docs, predictions, strict=True):
        score_document(score, doc, quotes)
    return score


def evaluate_polnear(
    root: Path, split: str = "dev", *, limit: int | None = None, nlp: Language | None = None
) -> PolnearScore:
    """Load a PolNeAR split, run the quotes extractor over it and score it."""
    from ..nlp import get_nlp

    docs = load_polnear(root, split, limit=limit)
    return score_polnear(docs, predict_quotes(docs, nlp or get_nlp()))


if __name__ == "__main__":  # python -m eventwire.eval.polnear ROOT [SPLIT] [LIMIT]
    import sys

    args = sys.argv[1:]
    result = evaluate_polnear(
        Path(args[0]),
        args[1] if len(args) > 1 else "dev",
        limit=int(args[2]) if len(args) > 2 else None,
    )
    print(json.dumps(result.summary(), indent=2))
