"""Hypothesis strategies that generate arbitrary valid article records."""

from __future__ import annotations

import typing

from hypothesis import strategies as st

from eventwire.record import (
    Actor,
    ArticleInfo,
    ArticleRecord,
    Claim,
    Event,
    EventActor,
    Offsets,
    Place,
    Quote,
    Span,
    Time,
)

# Any text DuckDB can hold as UTF-8: everything but lone surrogates.
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
opt_texts = st.none() | texts
offsets = st.integers(min_value=0, max_value=2**62)
floats = st.floats(allow_nan=False)
ids = st.text("AEPTQC0123456789", min_size=1, max_size=4)


def _literal(model: type, field: str) -> st.SearchStrategy[str]:
    return st.sampled_from(typing.get_args(model.model_fields[field].annotation))


spans = st.builds(Span, start=offsets, end=offsets, text=texts)

actors = st.builds(
    Actor,
    id=ids,
    name=texts,
    code=opt_texts,
    country=opt_texts,
    sector=opt_texts,
    kind=_literal(Actor, "kind"),
    wikidata=opt_texts,
    mentions=st.lists(spans, max_size=3),
)
places = st.builds(
    Place,
    id=ids,
    name=texts,
    lat=st.none() | floats,
    lon=st.none() | floats,
    country=opt_texts,
    feature=opt_texts,
    geonames_id=st.none() | st.integers(min_value=-(2**63), max_value=2**63 - 1),
    mentions=st.lists(spans, max_size=3),
)
times = st.builds(
    Time, id=ids, text=texts, start=offsets, end=offsets, value=texts, type=_literal(Time, "type")
)
quotes = st.builds(
    Quote,
    id=ids,
    text=texts,
    start=offsets,
    end=offsets,
    speaker=opt_texts,
    speaker_name=opt_texts,
    speaker_span=st.none() | spans,
    cue=st.none() | spans,
    kind=_literal(Quote, "kind"),
)
claims = st.builds(
    Claim,
    id=ids,
    value=floats,
    text=texts,
    what=texts,
    qualifier=opt_texts,
    source=opt_texts,
    source_actor=opt_texts,
    start=offsets,
    end=offsets,
)
event_actors = st.builds(EventActor, actor=opt_texts, code=opt_texts)
events = st.builds(
    Event,
    id=ids,
    code=texts,
    root=texts,
    label=texts,
    quad_class=st.integers(1, 4),
    goldstein=floats,
    plover=opt_texts,
    source=event_actors,
    target=event_actors,
    date=opt_texts,
    time=opt_texts,
    place=opt_texts,
    negated=st.booleans(),
    modality=_literal(Event, "modality"),
    reported_by=opt_texts,
    sentence=st.builds(Offsets, start=offsets, end=offsets),
    trigger=spans,
    confidence=st.floats(0.0, 1.0),
)
articles = st.builds(
    ArticleInfo,
    id=texts.filter(bool),
    title=opt_texts,
    published=opt_texts,
    published_from=_literal(ArticleInfo, "published_from"),
    sources=st.lists(texts, max_size=3),
    url=opt_texts,
    language=texts,
    text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
)
records = st.builds(
    ArticleRecord,
    schema=texts,
    article=articles,
    actors=st.lists(actors, max_size=3),
    places=st.lists(places, max_size=3),
    times=st.lists(times, max_size=3),
    quotes=st.lists(quotes, max_size=3),
    claims=st.lists(claims, max_size=3),
    events=st.lists(events, max_size=3),
)
