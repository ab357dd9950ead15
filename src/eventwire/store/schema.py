"""The store's tables, as numbered migrations recorded in the database.

The tables mirror the article record, one table per list (DESIGN.md "The article
record"). Every child row carries ``article_id`` and ``ord`` (its position in the
record's list) so that reading a record back restores the lists in their order.
Nested spans are flattened into ``*_start``/``*_end``/``*_text`` columns; a nullable
span (``Quote.speaker_span``, ``Quote.cue``) is absent when its ``*_start`` is NULL.
``extra`` holds, as a JSON object, the item's fields that have no column yet (fields
added to the record after this schema), so that every record round-trips exactly;
a later migration may promote such a field to a column of its own. ``record_extra``
does the same for top-level fields of the record beyond its known lists.

A migration is never edited once released: a schema change is a new migration with
the next number, so that a database made by an older eventwire can be brought up to
date in place.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One numbered schema change: statements applied together in one transaction."""

    version: int
    name: str
    statements: tuple[str, ...]


_INITIAL = (
    """
    CREATE SEQUENCE article_seq START 1
    """,
    """
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,
        text_sha256 VARCHAR NOT NULL,
        seq BIGINT NOT NULL DEFAULT nextval('article_seq'),
        ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        schema VARCHAR NOT NULL,
        title VARCHAR,
        published VARCHAR,
        published_from VARCHAR NOT NULL,
        sources VARCHAR[] NOT NULL,
        url VARCHAR,
        language VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        extra VARCHAR,
        record_extra VARCHAR
    )
    """,
    """
    CREATE TABLE actors (
        article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        id VARCHAR NOT NULL, name VARCHAR NOT NULL, code VARCHAR, country VARCHAR,
        sector VARCHAR, kind VARCHAR NOT NULL, wikidata VARCHAR,
        extra VARCHAR
    )
    """,
    """
    CREATE TABLE actor_mentions (
        article_id VARCHAR NOT NULL, actor_ord INTEGER NOT NULL, ord INTEGER NOT NULL,
        actor_id VARCHAR NOT NULL, "start" BIGINT NOT NULL, "end" BIGINT NOT NULL,
        text VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE places (
        article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        id VARCHAR NOT NULL, name VARCHAR NOT NULL, lat DOUBLE, lon DOUBLE,
        country VARCHAR, feature VARCHAR, geonames_id BIGINT,
        extra VARCHAR
    )
    """,
    """
    CREATE TABLE place_mentions (
        article_id VARCHAR NOT NULL, place_ord INTEGER NOT NULL, ord INTEGER NOT NULL,
        place_id VARCHAR NOT NULL, "start" BIGINT NOT NULL, "end" BIGINT NOT NULL,
        text VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE times (
        article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        id VARCHAR NOT NULL, text VARCHAR NOT NULL, "start" BIGINT NOT NULL,
        "end" BIGINT NOT NULL, value VARCHAR NOT NULL, type VARCHAR NOT NULL,
        extra VARCHAR
    )
    """,
    """
    CREATE TABLE quotes (
        article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        id VARCHAR NOT NULL, text VARCHAR NOT NULL, "start" BIGINT NOT NULL,
        "end" BIGINT NOT NULL, speaker VARCHAR, speaker_name VARCHAR,
        speaker_start BIGINT, speaker_end BIGINT, speaker_text VARCHAR,
        cue_start BIGINT, cue_end BIGINT, cue_text VARCHAR, kind VARCHAR NOT NULL,
        extra VARCHAR
    )
    """,
    """
    CREATE TABLE claims (
        article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        id VARCHAR NOT NULL, value DOUBLE NOT NULL, text VARCHAR NOT NULL,
        what VARCHAR NOT NULL, qualifier VARCHAR, source VARCHAR, source_actor VARCHAR,
        "start" BIGINT NOT NULL, "end" BIGINT NOT NULL,
        extra VARCHAR
    )
    """,
    """
    CREATE TABLE events (
        article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
        id VARCHAR NOT NULL, code VARCHAR NOT NULL, root VARCHAR NOT NULL,
        label VARCHAR NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL,
        plover VARCHAR, source_actor VARCHAR, source_code VARCHAR, target_actor VARCHAR,
        target_code VARCHAR, date VARCHAR, time VARCHAR, place VARCHAR,
        negated BOOLEAN NOT NULL, modality VARCHAR NOT NULL, reported_by VARCHAR,
        sentence_start BIGINT NOT NULL, sentence_end BIGINT NOT NULL,
        trigger_start BIGINT NOT NULL, trigger_end BIGINT NOT NULL,
        trigger_text VARCHAR NOT NULL, confidence DOUBLE NOT NULL,
        extra VARCHAR
    )
    """,
    """
    CREATE TABLE rejections (
        origin VARCHAR NOT NULL, code VARCHAR NOT NULL, message VARCHAR NOT NULL,
        "at" TIMESTAMP NOT NULL DEFAULT current_timestamp
    )
    """,
)

MIGRATIONS: tuple[Migration, ...] = (Migration(1, "initial tables", _INITIAL),)

# The tables that hold one article's record, children first (the order to delete in).
RECORD_TABLES: tuple[str, ...] = (
    "actor_mentions",
    "place_mentions",
    "actors",
    "places",
    "times",
    "quotes",
    "claims",
    "events",
    "articles",
)

LATEST_VERSION = MIGRATIONS[-1].version
