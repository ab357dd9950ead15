"""Score events against the PLOVER gold standard records (PLOVER GSR, CAMEO manual examples).

Two numbers, as the GSR is usually reported:

- **type accuracy**: per sentence, the PLOVER type of our most confident event equals
  the gold type (a sentence without an event counts as wrong);
- **triple P/R/F1** over (source country, PLOVER type, target country), micro-averaged
  over sentences. Actors are compared by country (the first three letters of a CAMEO
  actor code; IGOs keep their ``IGO`` prefix); a missing target is ``""``.

The GSR was coded with an older PLOVER draft whose type names differ from the 2021
CAMEO→PLOVER table our codebook uses; :data:`OLD_TYPES` maps them (DEMAND is now
REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT). Gold records whose
sources are marked reciprocal (``SRC/TAR`` with no target: "Israel and the Palestinians
reached a consensus") expand to one triple per ordered pair of their actors. Two gold
country codes that are not ISO codes (:data:`GOLD_CODE_TYPOS`) are read as the ISO ones.

Run: ``python -m eventwire.eval.plover ../shared/eval/events/plover_gsr/dev.json``
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

OLD_TYPES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

# The GSR's only country codes that are not ISO 3166-1 alpha-3 ("JAP" for Japan, "ITL"
# for Italy, one record each): read as the ISO codes every other record uses.
GOLD_CODE_TYPOS = {"JAP": "JPN", "ITL": "ITA"}

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class GoldRecord:
    """One GSR sentence: its text, date, PLOVER type and actor countries."""

    id: str
    text: str
    date: dt.date | None
    type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]

    def triples(self) -> set[Triple]:
        if not self.targets and len(self.sources) > 1:
            return {(a, self.type, b) for a in self.sources for b in self.sources if a != b}
        return {(s, self.type, t) for s in self.sources or ("",) for t in self.targets or ("",)}


@dataclass(frozen=True)
class Predicted:
    """One predicted event, reduced to what the GSR can check."""

    source: str
    type: str
    target: str
    confidence: float = 0.5


@dataclass
class PloverScore:
    sentences: int = 0
    type_correct: int = 0
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.sentences if self.sentences else 0.0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "sentences": self.sentences,
            "type_accuracy": round(self.type_accuracy, 4),
            "triple_precision": round(self.precision, 4),
            "triple_recall": round(self.recall, 4),
            "triple_f1": round(self.f1, 4),
        }


def _country(code: str | None) -> str:
    if not code:
        return ""
    return code[:3].upper()


def _actor_codes(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    codes = [_country(a.get("code")) for a in value if isinstance(a, dict)]
    codes = [GOLD_CODE_TYPOS.get(c, c) for c in codes]
    return tuple(dict.fromkeys(c for c in codes if c))


def load_gsr(path: str | Path) -> list[GoldRecord]:
    """The GSR records of a JSON file (a list of PLOVER GSR objects)."""
    records = []
    for raw in json.loads(Path(path).read_text(encoding="utf-8")):
        date = None
        if raw.get("date"):
            date = dt.date.fromisoformat(str(raw["date"])[:10])
        records.append(
            GoldRecord(
                id=str(raw["id"]),
                text=str(raw["text"]).strip(),
                date=date,
                type=OLD_TYPES.get(raw["event"], raw["event"]),
                sources=_actor_codes(raw.get("source")),
                targets=_actor_codes(raw.get("target")),
            )
        )
    return records


def score(
    records: Iterable[GoldRecord], predict: Callable[[GoldRecord], list[Predicted]]
) -> PloverScore:
    """Type accuracy and triple P/R/F1 of ``predict`` over the gold records."""
    result = PloverScore()
    for record in records:
        events = [e for e in predict(record) if e.type]
        result.sentences += 1
        best = max(events, key=lambda e: e.confidence, default=None)
        guess = best.type if best else "-"
        result.confusion[(record.type, guess)] += 1
        if guess == record.type:
            result.type_correct += 1
        gold = record.triples()
        predicted = {(e.source, e.type, e.target) for e in events}
        hits = len(gold & predicted)
        result.true_positives += hits
        result.gold += len(gold)
        result.predicted += len(predicted)
        if guess != record.type or hits < len(gold):
            result.errors.append(
                f"{record.id}\tgold={sorted(gold)}\tpred={sorted(predicted)}\t{record.text}"
            )
    return result


def pipeline_predictor(nlp: object | None = None) -> Callable[[GoldRecord], list[Predicted]]:
    """A predictor that runs the whole eventwire pipeline on each sentence."""
    from ..article import Article
    from ..pipeline import process

    def predict(record: GoldRecord) -> list[Predicted]:
        article = Article(id=record.id, text=record.text, published=record.date)
        out = process(article, nlp=nlp)  # type: ignore[arg-type]
        countries = {a.id: a.country or _country(a.code) for a in out.actors}
        predicted = []
        for event in out.events:
            source = countries.get(event.source.actor or "") or _country(event.source.code)
            target = countries.get(event.target.actor or "") or _country(event.target.code)
            predicted.append(
                Predicted(_country(source), event.plover or "", _country(target), event.confidence)
            )
        return predicted

    return predict


def evaluate_plover(shared: Path, *, limit: int | None = None) -> dict[str, object]:
    """Run and score the PLOVER GSR dev set found under ``shared``.

    Args:
        shared: the shared folder (holding ``eval/events/plover_gsr/dev.json``).
        limit: score only the first ``limit`` sentences.

    Returns:
        ``sentences``, ``type_accuracy``, ``triple_precision/recall/f1`` and an
        ``errors`` list (one line per sentence coded wrong: id, gold, predicted, text).
    """
    records = load_gsr(Path(shared) / "eval" / "events" / "plover_gsr" / "dev.json")[:limit]
    result = score(records, pipeline_predictor())
    return {**result.as_dict(), "errors": result.errors}


def main(argv: list[str]) -> int:
    path = argv[0] if argv else "../shared/eval/events/plover_gsr/dev.json"
    result = score(load_gsr(path), pipeline_predictor())
    print(json.dumps(result.as_dict(), indent=2))
    if "--errors" in argv:
        for line in result.errors:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
