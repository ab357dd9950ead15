"""`eventwire bench`: the whole pipeline against spaCy's parse alone, in one run.

Absolute speed depends on the machine; the ratio of the pipeline's throughput to the
parse alone, measured on the same texts with the same model and batching in the same
run, does not much. Each measurement runs in a fresh process so that its peak memory
is its own.
"""

from __future__ import annotations

import csv
import datetime as dt
import multiprocessing as mp
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..article import Article

DEFAULT_CORPUS = Path("../shared/corpora/newsarticles/NewsArticles.csv")


@dataclass(frozen=True, kw_only=True)
class BenchOptions:
    corpus: Path = DEFAULT_CORPUS
    limit: int = 200
    processes: int = 2
    batch_size: int = 16


def load_bench_articles(path: Path, limit: int) -> list[Article]:
    """Articles for benchmarking: the NewsArticles CSV, or anything `read` accepts."""
    if path.suffix.lower() == ".csv":
        return list(_read_news_csv(path, limit))
    from ..readers import read

    articles = [item for item in read([path]) if isinstance(item, Article)]
    return articles[:limit]


def _read_news_csv(path: Path, limit: int) -> Iterator[Article]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        count = 0
        for row in csv.DictReader(handle):
            text = (row.get("text") or "").strip()
            if len(text.split()) < 50:
                continue
            yield Article(
                id=f"newsarticles:{row.get('article_id')}",
                text=text,
                title=row.get("title") or None,
                published=_parse_slashed_date(row.get("publish_date") or ""),
                published_from="input",
                url=row.get("article_source_link") or None,
                origin=f"{path}:{row.get('article_id')}",
            )
            count += 1
            if count >= limit:
                return


def _parse_slashed_date(value: str) -> dt.date | None:
    try:
        year, month, day = (int(part) for part in value.split("/"))
        return dt.date(year, month, day)
    except ValueError:
        return None


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _measure_parse(texts: list[str], batch_size: int) -> dict[str, float]:
    from ..nlp import get_nlp

    started = time.perf_counter()
    nlp = get_nlp()
    loaded = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return {
        "load_s": loaded - started,
        "seconds": time.perf_counter() - loaded,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _measure_pipeline(articles: list[Article], batch_size: int) -> dict[str, Any]:
    from ..nlp import get_nlp
    from ..pipeline import build_record

    started = time.perf_counter()
    nlp = get_nlp()
    loaded = time.perf_counter()
    # The first record loads every lazy resource (dictionaries, gazetteer): start-up cost.
    warm = Article(id="warm-up", text="Russia said on Monday it would talk to Syria.")
    build_record(warm, nlp(warm.text))
    warmed = time.perf_counter()
    timings: dict[str, float] = {}
    run_started = time.perf_counter()
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    failed = 0
    for article, doc in zip(articles, docs, strict=True):
        try:
            build_record(article, doc, timings=timings)
        except Exception:  # counted and reported, as process_many reports it per article
            failed += 1
    seconds = time.perf_counter() - run_started
    timings["parse"] = seconds - sum(timings.values())
    return {
        "load_s": loaded - started,
        "resources_s": warmed - loaded,
        "seconds": seconds,
        "stages_s": timings,
        "failed": failed,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _measure_engine(articles: list[Article], processes: int, batch_size: int) -> dict[str, float]:
    from ..engines.local import run_local

    started = time.perf_counter()
    count = sum(1 for _ in run_local(articles, processes=processes, batch_size=batch_size))
    return {"seconds": time.perf_counter() - started, "articles": count}


def _measure_gazetteer() -> dict[str, float | bool]:
    from ..gazetteer import gazetteer_startup

    return gazetteer_startup()


def _in_fresh_process(function: Callable[..., Any], *args: Any) -> Any:
    """Run ``function(*args)`` in a new (non-daemonic) process and return its result.

    Not a Pool worker: those are daemonic and may not start the engine's own workers.
    """
    context = mp.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_send_result, args=(sender, function, args))
    process.start()
    sender.close()
    try:
        ok, value = receiver.recv()
    except EOFError:
        ok, value = False, f"the measuring process died (exit code {process.exitcode})"
    process.join()
    if not ok:
        raise RuntimeError(f"bench measurement {function.__name__} failed: {value}")
    return value


def _send_result(sender: Any, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        sender.send((True, function(*args)))
    except Exception as error:  # reported to the parent, which raises it
        sender.send((False, f"{type(error).__name__}: {error}"))
    finally:
        sender.close()


def run_bench(options: BenchOptions) -> dict[str, Any]:
    """Measure and return the figures ``eventwire bench`` prints (JSON-ready)."""
    articles = load_bench_articles(options.corpus, options.limit)
    if not articles:
        raise ValueError(f"no articles to benchmark in {options.corpus}")
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    n = len(articles)

    gazetteer = _in_fresh_process(_measure_gazetteer)
    parse = _in_fresh_process(_measure_parse, texts, options.batch_size)
    pipeline = _in_fresh_process(_measure_pipeline, articles, options.batch_size)
    # Each engine run starts its own workers, which load the model in parallel: one
    # model load is taken off its wall time so that the figures compare steady states.
    scaling = {
        str(p): _in_fresh_process(_measure_engine, articles, p, options.batch_size)
        for p in sorted({1, options.processes})
    }
    for measured in scaling.values():
        measured["seconds"] = max(1e-9, measured["seconds"] - pipeline["load_s"])

    def rates(seconds: float) -> dict[str, float]:
        return {"articles_per_s": n / seconds, "words_per_s": words / seconds}

    one = scaling["1"]["seconds"]
    return {
        "corpus": str(options.corpus),
        "articles": n,
        "words": words,
        "batch_size": options.batch_size,
        "spacy_parse": {**parse, **rates(parse["seconds"])},
        "pipeline": {**pipeline, **rates(pipeline["seconds"])},
        "ratio_pipeline_to_parse": parse["seconds"] / pipeline["seconds"],
        "startup_s": {
            "spacy_load": pipeline["load_s"],
            "resources": pipeline["resources_s"],
        },
        "gazetteer": gazetteer,
        "scaling": {
            p: {**m, **rates(m["seconds"]), "speedup": one / m["seconds"]}
            for p, m in scaling.items()
        },
    }
