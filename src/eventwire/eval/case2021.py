"""CASE 2021 Task 2: fine-grained (ACLED-style) event subtypes of news snippets.

Each snippet has one gold subtype. eventwire codes CAMEO events, so a documented
mapping (``resources/mappings/cameo_case2021.tsv``) turns a record's events into one
subtype; snippets with no mapped event are ``OTHER``. The standard metrics are macro
and micro F1 over subtypes.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..record import FACTUAL_MODALITIES, ArticleRecord
from ..resources import resource_path

OTHER = "OTHER"


@dataclass(frozen=True)
class Snippet:
    id: str
    text: str
    subtype: str


@dataclass(frozen=True)
class _Rule:
    cameo: str
    sectors: frozenset[str] | None
    subtype: str
    rank: int


def load_case2021(path: str | Path) -> list[Snippet]:
    """Snippets of a CASE 2021 Task 2 TSV (``id``, ``EventSnippet``, ``SubType``)."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Snippet(r["id"], r["EventSnippet"], r["SubType"].strip()) for r in rows]


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    path = resource_path("mappings", "cameo_case2021.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        rules = [
            _Rule(
                r["cameo"],
                None if r["source_sector"] == "*" else frozenset(r["source_sector"].split(",")),
                r["subtype"],
                int(r["rank"]),
            )
            for r in rows
        ]
    # Longest code first, so that 1831 is tried before 183.
    return tuple(sorted(rules, key=lambda r: -len(r.cameo)))


def subtype_of_code(code: str, source_sector: str | None) -> tuple[int, str] | None:
    """(rank, subtype) of one CAMEO code, or None when it maps to nothing."""
    for rule in _rules():
        if not code.startswith(rule.cameo):
            continue
        if rule.sectors is not None and (source_sector or "") not in rule.sectors:
            continue
        return rule.rank, rule.subtype
    return None


def predict_subtype(record: ArticleRecord) -> str:
    """The snippet's subtype: its most specific factual event's, else OTHER."""
    sectors = {actor.id: actor.sector for actor in record.actors}
    best: tuple[int, str] | None = None
    for event in record.events:
        if event.negated or event.modality not in FACTUAL_MODALITIES:
            continue
        sector = sectors.get(event.source.actor or "")
        mapped = subtype_of_code(event.code, sector)
        if mapped and (best is None or mapped < best):
            best = mapped
    return best[1] if best else OTHER


def score_subtypes(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Macro F1 (over gold subtypes) and micro F1 of single-label predictions."""
    true_pos: Counter[str] = Counter()
    n_gold: Counter[str] = Counter(gold)
    n_pred: Counter[str] = Counter(predicted)
    for gold_label, predicted_label in zip(gold, predicted, strict=True):
        if gold_label == predicted_label:
            true_pos[gold_label] += 1
    per_type: dict[str, float] = {}
    for label in n_gold:
        precision = true_pos[label] / n_pred[label] if n_pred[label] else 0.0
        recall = true_pos[label] / n_gold[label]
        total = precision + recall
        per_type[label] = 2 * precision * recall / total if total else 0.0
    micro = sum(true_pos.values()) / len(gold) if gold else 0.0
    macro = sum(per_type.values()) / len(per_type) if per_type else 0.0
    return {"macro_f1": macro, "micro_f1": micro, "per_type_f1": per_type}


def confusions(gold: Iterable[str], predicted: Iterable[str]) -> list[tuple[str, str, int]]:
    """Most frequent (gold, predicted) disagreements, for --verbose."""
    pairs = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    return [(g, p, n) for (g, p), n in pairs.most_common()]
