"""`eventwire eval`: score eventwire on every gold set in ``../shared/eval``.

Each set has a loader and its own standard metric (see ``shared/eval/README.md``);
this module only knows which sets exist, where their files are, and how to run them
with a common set of options. Every set returns a flat dict of metric → number plus
an optional list of errors that ``--verbose`` prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_SHARED = Path("../shared")


@dataclass(frozen=True, kw_only=True)
class EvalOptions:
    shared: Path = DEFAULT_SHARED
    limit: int | None = None
    facts: tuple[tuple[Path, Path], ...] = ()


@dataclass
class SetResult:
    name: str
    metrics: dict[str, float]
    errors: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)


Runner = Callable[[EvalOptions], SetResult]


@dataclass(frozen=True)
class EvalSet:
    name: str
    path: str  # relative to the shared folder
    run: Runner
    fast: bool  # fast sets run in `make test`; the rest in `make eval`


def _records(articles: list[Any]) -> list[Any]:
    from ..pipeline import process_many

    return list(process_many(articles))


def run_seed(options: EvalOptions) -> SetResult:
    """The seed article (and any ``--facts FILE ARTICLE`` pairs) against their facts."""
    from ..article import Article
    from ..readers import read
    from .seed import load_facts, score_record

    pairs = [(options.shared / "seed" / "expected.json", options.shared / "seed" / SEED_FILE)]
    pairs += list(options.facts)
    metrics: dict[str, float] = {}
    errors: list[str] = []
    details: dict[str, Any] = {}
    for facts_path, article_path in pairs:
        items = list(read([article_path]))
        article = items[0] if items else None
        if not isinstance(article, Article):
            errors.append(f"{article_path}: {article}")
            continue
        record = _records([article])[0]
        score = score_record(record.to_dict(), load_facts(facts_path))
        prefix = "" if facts_path == pairs[0][0] else f"{article_path.stem}."
        metrics[f"{prefix}facts"] = score.rate
        for name, category in score.categories.items():
            metrics[f"{prefix}{name}"] = category.rate
            errors.extend(f"{article_path.name} {name}: missed {m}" for m in category.misses)
        details[str(article_path)] = score.to_dict()
    return SetResult("seed", metrics, errors, details)


SEED_FILE = "000_1f957a2ce860c3e2.txt"


def run_conll(options: EvalOptions) -> SetResult:
    """spaCy's recogniser alone, and with eventwire's actor layer laid over it."""
    from ..nlp import get_nlp
    from .actors_conll import evaluate_actor_layer

    path = options.shared / "eval" / "ner" / "conll2003" / "eng.testa"
    scores = evaluate_actor_layer(path, get_nlp(), limit=options.limit)
    metrics = {k: scores[k] for k in ("spacy_f1", "precision", "recall", "f1")}
    metrics.update({f"{t}.f1": s["f1"] for t, s in scores["per_type"].items()})
    return SetResult("conll2003", metrics)


def run_case2021(options: EvalOptions) -> SetResult:
    from ..article import Article
    from .case2021 import confusions, load_case2021, predict_subtype, score_subtypes

    snippets = load_case2021(options.shared / "eval" / "events" / "case2021" / "dev.tsv")
    snippets = snippets[: options.limit]
    articles = [Article(id=s.id, text=s.text, origin=f"case2021:{s.id}") for s in snippets]
    predicted = [
        predict_subtype(r) if not isinstance(r, Exception) else "OTHER" for r in _records(articles)
    ]
    gold = [s.subtype for s in snippets]
    scores = score_subtypes(gold, predicted)
    errors = [f"gold {g} predicted {p}: {n}" for g, p, n in confusions(gold, predicted)]
    return SetResult(
        "case2021",
        {"macro_f1": scores["macro_f1"], "micro_f1": scores["micro_f1"]},
        errors,
        {"per_type_f1": scores["per_type_f1"]},
    )


def run_wikievents(options: EvalOptions) -> SetResult:
    from .wikievents import Counts, load_wikievents, score_document

    documents = list(
        load_wikievents(options.shared / "eval" / "events" / "wikievents" / "dev.jsonl")
    )[: options.limit]
    types, arguments = Counts(), Counts()
    for document, record in zip(documents, _records([d.article for d in documents]), strict=True):
        if isinstance(record, Exception):
            types.errors.append(str(record))
            continue
        score_document(document, record, types, arguments)
    metrics = {f"type.{k}": v for k, v in types.scores().items()}
    metrics.update({f"argument.{k}": v for k, v in arguments.scores().items()})
    return SetResult("wikievents", metrics, types.errors + arguments.errors)


def _from_dict(name: str, result: dict[str, Any]) -> SetResult:
    """A scorer's flat dict (numbers plus an ``errors`` list) as a SetResult."""
    metrics = {
        k: float(v)
        for k, v in result.items()
        if isinstance(v, int | float) and not isinstance(v, bool)
    }
    details = {k: v for k, v in result.items() if k != "errors" and k not in metrics}
    return SetResult(name, metrics, [str(e) for e in result.get("errors", [])], details)


def run_plover(options: EvalOptions) -> SetResult:
    from .plover import load_gsr, pipeline_predictor, score

    records = load_gsr(options.shared / "eval" / "events" / "plover_gsr" / "dev.json")
    result = score(records[: options.limit], pipeline_predictor())
    return _from_dict("plover_gsr", {**result.as_dict(), "errors": result.errors})


def run_petrarch(options: EvalOptions) -> SetResult:
    from .petrarch import evaluate_petrarch

    return _from_dict("petrarch2_unittest", evaluate_petrarch(options.shared, limit=options.limit))


def _timex_runner(name: str) -> Runner:
    def run(options: EvalOptions) -> SetResult:
        from .timex import evaluate_timex

        folder = options.shared / "eval" / "times" / name
        return _from_dict(name, evaluate_timex(folder, limit=options.limit))

    return run


def _geo_runner(name: str) -> Runner:
    def run(options: EvalOptions) -> SetResult:
        from .geo import evaluate_geo

        return _from_dict(name, evaluate_geo(name, options.shared, limit=options.limit))

    return run


def _polnear_runner(split: str) -> Runner:
    def run(options: EvalOptions) -> SetResult:
        from .polnear import evaluate_polnear

        root = options.shared / "eval" / "quotes" / "polnear"
        summary: dict[str, Any] = evaluate_polnear(root, split, limit=options.limit).summary()
        metrics = {
            f"{kind}.{metric}": float(value)
            for kind in ("direct", "indirect")
            for metric, value in dict(summary[kind]).items()
            if metric in {"recall", "precision", "f1", "source_accuracy", "recall_any_kind"}
        }
        return SetResult(f"polnear_{split}", metrics, details=summary)

    return run


EVAL_SETS: dict[str, EvalSet] = {
    s.name: s
    for s in (
        EvalSet("seed", "seed", run_seed, fast=True),
        EvalSet("plover_gsr", "eval/events/plover_gsr", run_plover, fast=True),
        EvalSet("petrarch2_unittest", "eval/events/petrarch2_unittest", run_petrarch, fast=True),
        EvalSet("case2021", "eval/events/case2021", run_case2021, fast=False),
        EvalSet("wikievents", "eval/events/wikievents", run_wikievents, fast=True),
        EvalSet("tbaq", "eval/times/tbaq", _timex_runner("tbaq"), fast=False),
        EvalSet("meantime", "eval/times/meantime", _timex_runner("meantime"), fast=False),
        EvalSet("geowebnews", "eval/places/geowebnews", _geo_runner("geowebnews"), fast=False),
        EvalSet("lgl", "eval/places/lgl", _geo_runner("lgl"), fast=False),
        EvalSet("geovirus", "eval/places/GeoVirus.xml", _geo_runner("geovirus"), fast=False),
        EvalSet("polnear_dev", "eval/quotes/polnear/dev", _polnear_runner("dev"), fast=False),
        EvalSet("polnear_train", "eval/quotes/polnear/train", _polnear_runner("train"), fast=False),
        EvalSet("conll2003", "eval/ner/conll2003", run_conll, fast=False),
    )
}


def run_eval(names: list[str] | None, options: EvalOptions) -> dict[str, Any]:
    """Run the named sets (all when None) and return a JSON-ready report."""
    chosen = names or list(EVAL_SETS)
    unknown = [n for n in chosen if n not in EVAL_SETS]
    if unknown:
        known = ", ".join(EVAL_SETS)
        raise ValueError(f"unknown eval set {', '.join(unknown)}; choose from {known}")
    results: dict[str, Any] = {}
    for name in chosen:
        eval_set = EVAL_SETS[name]
        if not (options.shared / eval_set.path).exists():
            results[name] = {"skipped": f"{options.shared / eval_set.path} is absent"}
            continue
        result = eval_set.run(options)
        results[name] = {
            "metrics": result.metrics,
            "errors": result.errors,
            "details": result.details,
        }
    return {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "limit": options.limit,
        "sets": results,
    }


def below_floors(report: dict[str, Any], floors: dict[str, dict[str, float]]) -> list[str]:
    """Each metric of the report that fell below its pinned floor, as a sentence.

    Sets that were not run, or were skipped for want of data, are not judged; a
    floored metric that a set no longer reports is a failure (it cannot be checked).
    """
    failures = []
    for name, metrics in floors.items():
        result = report["sets"].get(name)
        if result is None or "skipped" in result:
            continue
        for metric, floor in metrics.items():
            value = result["metrics"].get(metric)
            if value is None:
                failures.append(f"{name} {metric}: no longer reported (floor {floor})")
            elif value < floor - 1e-9:
                failures.append(f"{name} {metric}: {value:.4f} is below its floor {floor}")
    return failures


def fast_sets() -> list[str]:
    """The sets quick enough to run in `make test`."""
    return [name for name, eval_set in EVAL_SETS.items() if eval_set.fast]
