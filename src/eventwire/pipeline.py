"""`process(article) -> ArticleRecord`: the unit of work, pure and deterministic.

Batching, multiprocessing and Dask all distribute this one function; the spaCy
pipeline is loaded once per process (:func:`eventwire.nlp.get_nlp`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from .article import Article
from .clean import ensure_analysable
from .errors import ArticleError, E
from .extract.actors import extract_actors
from .extract.claims import extract_claims
from .extract.context import Context
from .extract.events import extract_events
from .extract.places import extract_places
from .extract.quotes import extract_quotes
from .extract.times import extract_times
from .nlp import get_nlp
from .record import ArticleInfo, ArticleRecord

if TYPE_CHECKING:
    from spacy.language import Language


def process(article: Article, *, nlp: Language | None = None) -> ArticleRecord:
    """Analyse one article into its record.

    Raises:
        ArticleError: the article cannot be analysed (empty, not English, …).
    """
    ensure_analysable(article)
    doc = (nlp or get_nlp())(article.text)
    return build_record(article, doc)


def process_many(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[ArticleRecord | ArticleError]:
    """Analyse articles in order, parsing them in batches; failures are yielded, not raised."""
    nlp = nlp or get_nlp()
    pending: list[Article] = []
    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from _process_batch(pending, nlp)
            pending = []
    if pending:
        yield from _process_batch(pending, nlp)


def _process_batch(
    articles: list[Article], nlp: Language
) -> Iterator[ArticleRecord | ArticleError]:
    good: list[Article] = []
    failures: dict[int, ArticleError] = {}
    for i, article in enumerate(articles):
        try:
            ensure_analysable(article)
            good.append(article)
        except ArticleError as error:
            failures[i] = error
    docs = iter(nlp.pipe([a.text for a in good]))
    for i, article in enumerate(articles):
        if i in failures:
            yield failures[i]
            continue
        doc = next(docs)
        try:
            yield build_record(article, doc)
        except Exception as error:  # a bug must not sink the batch; report it per article
            yield ArticleError(E.E013, article.origin, detail=f"{type(error).__name__}: {error}")


def build_record(
    article: Article, doc: Doc, *, timings: dict[str, float] | None = None
) -> ArticleRecord:
    """Run every extractor over a parsed article, each seeing what the earlier ones found.

    Args:
        article: the article that ``doc`` parses.
        doc: ``article.text`` parsed by the spaCy pipeline.
        timings: when given, seconds spent in each stage are added to it (for bench).
    """
    ctx = Context(article=article)
    found: dict[str, list[Any]] = {}
    for name, extract in STAGES:
        started = time.perf_counter()
        found[name] = extract(doc, ctx)
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
        if name != "events":
            update: dict[str, Any] = {name: found[name]}
            ctx = replace(ctx, **update)
    return ArticleRecord(
        article=ArticleInfo(
            id=article.id,
            title=article.title,
            published=article.published.isoformat() if article.published else None,
            published_from=article.published_from,
            sources=list(article.sources),
            url=article.url,
            language=article.language,
            text=article.text,
        ),
        actors=found["actors"],
        places=found["places"],
        times=found["times"],
        quotes=found["quotes"],
        claims=found["claims"],
        events=found["events"],
    )


# The order matters: each stage sees what the stages before it found.
STAGES: tuple[tuple[str, Callable[[Doc, Context], list[Any]]], ...] = (
    ("actors", extract_actors),
    ("times", extract_times),
    ("places", extract_places),
    ("quotes", extract_quotes),
    ("claims", extract_claims),
    ("events", extract_events),
)
