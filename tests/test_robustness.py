"""The whole pipeline over a few hundred real, varied texts: every span is true evidence.

Real snippets (CASE 2021: short, often verbless or headline-like) and full articles
(NewsArticles) exercise paths that hand-made sentences miss; a record whose spans do
not quote ``article.text`` exactly, or a pipeline that fails on real text, fails here.
"""

from __future__ import annotations

import pytest

from conftest import shared_path
from eventwire.article import Article
from eventwire.eval.bench import load_bench_articles
from eventwire.eval.case2021 import load_case2021
from eventwire.pipeline import process_many
from eventwire.record import ArticleRecord


def _spans(record: ArticleRecord):
    for actor in record.actors:
        yield from ((m.start, m.end, m.text) for m in actor.mentions)
    for place in record.places:
        yield from ((m.start, m.end, m.text) for m in place.mentions)
    for time in record.times:
        yield time.start, time.end, time.text
    for quote in record.quotes:
        yield quote.start, quote.end, quote.text
        for span in (quote.speaker_span, quote.cue):
            if span is not None:
                yield span.start, span.end, span.text
    for event in record.events:
        yield event.trigger.start, event.trigger.end, event.trigger.text


@pytest.mark.slow
def test_every_span_quotes_the_text_on_real_articles(nlp):
    snippets = load_case2021(shared_path("eval", "events", "case2021", "dev.tsv"))[:200]
    articles = [Article(id=s.id, text=s.text) for s in snippets]
    articles += load_bench_articles(
        shared_path("corpora", "newsarticles", "NewsArticles.csv"), limit=30
    )
    records = list(process_many(articles, nlp=nlp))
    failures = [r for r in records if not isinstance(r, ArticleRecord)]
    assert not failures, failures[:3]
    for record in records:
        text = record.article.text
        ids = {a.id for a in record.actors}
        for start, end, quoted in _spans(record):
            assert text[start:end] == quoted, (record.article.id, start, end, quoted)
        for event in record.events:
            assert event.source.actor in ids | {None}
            assert event.target.actor in ids | {None}
            assert event.sentence.start <= event.trigger.start < event.sentence.end
