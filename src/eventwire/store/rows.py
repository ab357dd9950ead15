"""Flattening an article record into table rows and building it back, exactly.

Each table's columns are listed once here (:data:`COLUMNS`); :func:`record_to_rows`
and :func:`rows_to_record` are inverse functions over them, which the store's
property test pins (record → rows → record is the identity).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from ..record import (
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

Row = tuple[Any, ...]

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id",
        "text_sha256",
        "schema",
        "title",
        "published",
        "published_from",
        "sources",
        "url",
        "language",
        "text",
        "extra",
        "record_extra",
    ),
    "actors": (
        "article_id",
        "ord",
        "id",
        "name",
        "code",
        "country",
        "sector",
        "kind",
        "wikidata",
        "extra",
    ),
    "actor_mentions": ("article_id", "actor_ord", "ord", "actor_id", "start", "end", "text"),
    "places": (
        "article_id",
        "ord",
        "id",
        "name",
        "lat",
        "lon",
        "country",
        "feature",
        "geonames_id",
        "extra",
    ),
    "place_mentions": ("article_id", "place_ord", "ord", "place_id", "start", "end", "text"),
    "times": ("article_id", "ord", "id", "text", "start", "end", "value", "type", "extra"),
    "quotes": (
        "article_id",
        "ord",
        "id",
        "text",
        "start",
        "end",
        "speaker",
        "speaker_name",
        "speaker_start",
        "speaker_end",
        "speaker_text",
        "cue_start",
        "cue_end",
        "cue_text",
        "kind",
        "extra",
    ),
    "claims": (
        "article_id",
        "ord",
        "id",
        "value",
        "text",
        "what",
        "qualifier",
        "source",
        "source_actor",
        "start",
        "end",
        "extra",
    ),
    "events": (
        "article_id",
        "ord",
        "id",
        "code",
        "root",
        "label",
        "quad_class",
        "goldstein",
        "plover",
        "source_actor",
        "source_code",
        "target_actor",
        "target_code",
        "date",
        "time",
        "place",
        "negated",
        "modality",
        "reported_by",
        "sentence_start",
        "sentence_end",
        "trigger_start",
        "trigger_end",
        "trigger_text",
        "confidence",
        "extra",
    ),
}

# Tables whose rows order the record's lists; mentions are ordered within their parent.
ORDER_BY: dict[str, str] = {
    "actors": "ord",
    "actor_mentions": "actor_ord, ord",
    "places": "ord",
    "place_mentions": "place_ord, ord",
    "times": "ord",
    "quotes": "ord",
    "claims": "ord",
    "events": "ord",
}


# Fields of each item that have columns (nested spans count by their field name).
_COLUMN_FIELDS: dict[str, frozenset[str]] = {
    "record": frozenset(
        ("schema_", "article", "actors", "places", "times", "quotes", "claims", "events")
    ),
    "articles": frozenset(
        ("id", "title", "published", "published_from", "sources", "url", "language", "text")
    ),
    "actors": frozenset(
        ("id", "name", "code", "country", "sector", "kind", "wikidata", "mentions")
    ),
    "places": frozenset(
        ("id", "name", "lat", "lon", "country", "feature", "geonames_id", "mentions")
    ),
    "times": frozenset(("id", "text", "start", "end", "value", "type")),
    "quotes": frozenset(
        ("id", "text", "start", "end", "speaker", "speaker_name", "speaker_span", "cue", "kind")
    ),
    "claims": frozenset(
        ("id", "value", "text", "what", "qualifier", "source", "source_actor", "start", "end")
    ),
    "events": frozenset(
        (
            "id",
            "code",
            "root",
            "label",
            "quad_class",
            "goldstein",
            "plover",
            "source",
            "target",
            "date",
            "time",
            "place",
            "negated",
            "modality",
            "reported_by",
            "sentence",
            "trigger",
            "confidence",
        )
    ),
}


def text_sha256(text: str) -> str:
    """The hash that, with the article id, identifies one version of an article."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def record_to_rows(record: ArticleRecord) -> dict[str, list[Row]]:
    """Flatten a record into rows per table, in :data:`COLUMNS` order."""
    a = record.article
    aid = a.id
    rows: dict[str, list[Row]] = {name: [] for name in COLUMNS}
    rows["articles"].append(
        (
            aid,
            text_sha256(a.text),
            record.schema_,
            a.title,
            a.published,
            a.published_from,
            list(a.sources),
            a.url,
            a.language,
            a.text,
            _extra(a, "articles"),
            _extra(record, "record"),
        )
    )
    for i, actor in enumerate(record.actors):
        rows["actors"].append(
            (
                aid,
                i,
                actor.id,
                actor.name,
                actor.code,
                actor.country,
                actor.sector,
                actor.kind,
                actor.wikidata,
                _extra(actor, "actors"),
            )
        )
        for j, m in enumerate(actor.mentions):
            rows["actor_mentions"].append((aid, i, j, actor.id, m.start, m.end, m.text))
    for i, place in enumerate(record.places):
        rows["places"].append(
            (
                aid,
                i,
                place.id,
                place.name,
                place.lat,
                place.lon,
                place.country,
                place.feature,
                place.geonames_id,
                _extra(place, "places"),
            )
        )
        for j, m in enumerate(place.mentions):
            rows["place_mentions"].append((aid, i, j, place.id, m.start, m.end, m.text))
    for i, t in enumerate(record.times):
        rows["times"].append(
            (aid, i, t.id, t.text, t.start, t.end, t.value, t.type, _extra(t, "times"))
        )
    for i, q in enumerate(record.quotes):
        rows["quotes"].append(
            (
                aid,
                i,
                q.id,
                q.text,
                q.start,
                q.end,
                q.speaker,
                q.speaker_name,
                *_span_columns(q.speaker_span),
                *_span_columns(q.cue),
                q.kind,
                _extra(q, "quotes"),
            )
        )
    for i, c in enumerate(record.claims):
        rows["claims"].append(
            (
                aid,
                i,
                c.id,
                c.value,
                c.text,
                c.what,
                c.qualifier,
                c.source,
                c.source_actor,
                c.start,
                c.end,
                _extra(c, "claims"),
            )
        )
    for i, e in enumerate(record.events):
        rows["events"].append(
            (
                aid,
                i,
                e.id,
                e.code,
                e.root,
                e.label,
                e.quad_class,
                e.goldstein,
                e.plover,
                e.source.actor,
                e.source.code,
                e.target.actor,
                e.target.code,
                e.date,
                e.time,
                e.place,
                e.negated,
                e.modality,
                e.reported_by,
                e.sentence.start,
                e.sentence.end,
                e.trigger.start,
                e.trigger.end,
                e.trigger.text,
                e.confidence,
                _extra(e, "events"),
            )
        )
    return rows


def rows_to_record(
    article: Mapping[str, Any], children: Mapping[str, Sequence[Mapping[str, Any]]]
) -> ArticleRecord:
    """Build a record back from its article row and its child rows (each list in order)."""
    actor_mentions = _group(children.get("actor_mentions", ()), "actor_ord")
    place_mentions = _group(children.get("place_mentions", ()), "place_ord")
    return ArticleRecord(
        **_unpack(article, "record_extra"),
        schema_=article["schema"],
        article=ArticleInfo(
            id=article["id"],
            title=article["title"],
            published=article["published"],
            published_from=article["published_from"],
            sources=list(article["sources"]),
            url=article["url"],
            language=article["language"],
            text=article["text"],
            **_unpack(article),
        ),
        actors=[
            Actor(
                id=r["id"],
                name=r["name"],
                code=r["code"],
                country=r["country"],
                sector=r["sector"],
                kind=r["kind"],
                wikidata=r["wikidata"],
                **_unpack(r),
                mentions=[_span(m, "") for m in actor_mentions.get(r["ord"], ())],
            )
            for r in children.get("actors", ())
        ],
        places=[
            Place(
                id=r["id"],
                name=r["name"],
                lat=r["lat"],
                lon=r["lon"],
                country=r["country"],
                feature=r["feature"],
                geonames_id=r["geonames_id"],
                **_unpack(r),
                mentions=[_span(m, "") for m in place_mentions.get(r["ord"], ())],
            )
            for r in children.get("places", ())
        ],
        times=[
            Time(
                id=r["id"],
                text=r["text"],
                start=r["start"],
                end=r["end"],
                value=r["value"],
                type=r["type"],
                **_unpack(r),
            )
            for r in children.get("times", ())
        ],
        quotes=[
            Quote(
                id=r["id"],
                text=r["text"],
                start=r["start"],
                end=r["end"],
                speaker=r["speaker"],
                speaker_name=r["speaker_name"],
                speaker_span=_optional_span(r, "speaker_"),
                cue=_optional_span(r, "cue_"),
                kind=r["kind"],
                **_unpack(r),
            )
            for r in children.get("quotes", ())
        ],
        claims=[
            Claim(
                id=r["id"],
                value=r["value"],
                text=r["text"],
                what=r["what"],
                qualifier=r["qualifier"],
                source=r["source"],
                source_actor=r["source_actor"],
                start=r["start"],
                end=r["end"],
                **_unpack(r),
            )
            for r in children.get("claims", ())
        ],
        events=[
            Event(
                id=r["id"],
                code=r["code"],
                root=r["root"],
                label=r["label"],
                quad_class=r["quad_class"],
                goldstein=r["goldstein"],
                plover=r["plover"],
                source=EventActor(actor=r["source_actor"], code=r["source_code"]),
                target=EventActor(actor=r["target_actor"], code=r["target_code"]),
                date=r["date"],
                time=r["time"],
                place=r["place"],
                negated=r["negated"],
                modality=r["modality"],
                reported_by=r["reported_by"],
                sentence=Offsets(start=r["sentence_start"], end=r["sentence_end"]),
                trigger=_span(r, "trigger_"),
                confidence=r["confidence"],
                **_unpack(r),
            )
            for r in children.get("events", ())
        ],
    )


def _extra(item: BaseModel, table: str) -> str | None:
    """The item's fields that have no column of their own, as a JSON object (or NULL)."""
    names = set(type(item).model_fields) - _COLUMN_FIELDS[table]
    if not names:
        return None
    # Python-mode dump + json keeps floats exact (inf included); pydantic validates it back.
    return json.dumps(item.model_dump(include=names), ensure_ascii=False, sort_keys=True)


def _unpack(row: Mapping[str, Any], column: str = "extra") -> dict[str, Any]:
    extra = row.get(column)
    return json.loads(extra) if extra else {}


def _span_columns(span: Span | None) -> tuple[int | None, int | None, str | None]:
    if span is None:
        return (None, None, None)
    return (span.start, span.end, span.text)


def _span(row: Mapping[str, Any], prefix: str) -> Span:
    return Span(start=row[f"{prefix}start"], end=row[f"{prefix}end"], text=row[f"{prefix}text"])


def _optional_span(row: Mapping[str, Any], prefix: str) -> Span | None:
    return None if row[f"{prefix}start"] is None else _span(row, prefix)


def _group(rows: Sequence[Mapping[str, Any]], key: str) -> dict[int, list[Mapping[str, Any]]]:
    groups: dict[int, list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    return groups
