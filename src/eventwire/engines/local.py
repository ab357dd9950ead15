"""Run the pipeline over many articles on this machine, in one or several processes.

Each worker process loads the spaCy pipeline once (in its initializer) and then runs
the same pure ``process`` function as a single-process run, so results are identical
whatever the number of processes; output keeps input order.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from itertools import islice

from ..article import Article
from ..errors import ArticleError, Rejection
from ..record import ArticleRecord

Outcome = ArticleRecord | Rejection


def run_local(
    articles: Iterable[Article], *, processes: int = 1, batch_size: int = 16
) -> Iterator[Outcome]:
    """Records (or rejections) for ``articles``, in input order.

    Args:
        articles: the articles to analyse.
        processes: worker processes; 1 runs in this process.
        batch_size: articles a worker parses in one ``nlp.pipe`` call.
    """
    if processes <= 1:
        from ..pipeline import process_many

        for outcome in process_many(articles, batch_size=batch_size):
            yield _as_outcome(outcome)
        return
    context = mp.get_context("spawn")
    with context.Pool(processes, initializer=_load_worker) as pool:
        for outcomes in pool.imap(_process_chunk, _chunks(articles, batch_size)):
            yield from outcomes


def _as_outcome(outcome: ArticleRecord | ArticleError) -> Outcome:
    # Errors cross process boundaries as plain rows: exceptions with custom
    # constructors do not pickle back faithfully.
    if isinstance(outcome, ArticleError):
        return Rejection.from_error(outcome)
    return outcome


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _load_worker() -> None:
    from ..nlp import get_nlp

    get_nlp()


def _process_chunk(chunk: list[Article]) -> list[Outcome]:
    from ..pipeline import process_many

    return [_as_outcome(o) for o in process_many(chunk, batch_size=len(chunk))]
