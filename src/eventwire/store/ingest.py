"""Reading, analysing and storing a batch: the library side of ``eventwire ingest``.

:func:`analyse` turns what the readers yield (articles and errors, in input order)
into records and errors in the same order, parsing articles in batches.
:func:`ingest` stores each outcome: a record as an article (skipped when already
stored), an error as a rejection row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..article import Article
from ..errors import ArticleError, Rejection
from ..record import ArticleRecord

if TYPE_CHECKING:
    from spacy.language import Language

    from .duckdb import Store

Outcome = ArticleRecord | ArticleError | Rejection


def analyse(
    items: Iterable[Article | ArticleError],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
) -> Iterator[ArticleRecord | ArticleError]:
    """Records for the articles among ``items``; errors pass through; input order kept.

    Args:
        items: what :func:`eventwire.readers.read` yields.
        nlp: the spaCy pipeline (loaded once, lazily, when omitted).
        batch_size: articles parsed in one ``nlp.pipe`` call.
    """
    from ..pipeline import process_many

    pending: list[Article | ArticleError] = []
    n_articles = 0
    for item in items:
        pending.append(item)
        if isinstance(item, Article):
            n_articles += 1
        if n_articles >= batch_size:
            yield from _analyse_batch(pending, nlp, process_many)
            pending, n_articles = [], 0
    if pending:
        yield from _analyse_batch(pending, nlp, process_many)


def _analyse_batch(
    items: list[Article | ArticleError],
    nlp: Language | None,
    process_many: Callable[..., Iterator[ArticleRecord | ArticleError]],
) -> Iterator[ArticleRecord | ArticleError]:
    articles = [item for item in items if isinstance(item, Article)]
    outcomes = (
        iter(process_many(articles, nlp=nlp, batch_size=len(articles))) if articles else iter(())
    )
    for item in items:
        yield next(outcomes) if isinstance(item, Article) else item


@dataclass
class IngestSummary:
    """What an ingest did: articles added, already stored (skipped), and failed inputs."""

    ingested: int = 0
    skipped: int = 0
    failed: int = 0

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def __str__(self) -> str:
        return f"ingested {self.ingested}, skipped {self.skipped}, failed {self.failed}"


def ingest(
    store: Store,
    outcomes: Iterable[Outcome],
    *,
    on_outcome: Callable[[Outcome, IngestSummary], None] | None = None,
) -> IngestSummary:
    """Store records and rejections, one article per transaction.

    Args:
        store: a store opened for writing.
        outcomes: records and errors, e.g. ``analyse(read(paths))``.
        on_outcome: called after each outcome is stored (progress, error lines).

    Returns:
        The counts of ingested, skipped and failed inputs.
    """
    summary = IngestSummary()
    for outcome in outcomes:
        if isinstance(outcome, ArticleRecord):
            if store.add(outcome):
                summary.ingested += 1
            else:
                summary.skipped += 1
        else:
            store.add_rejection(outcome)
            summary.failed += 1
        if on_outcome is not None:
            on_outcome(outcome, summary)
    return summary
