"""The embedded store: article records in a DuckDB file, one table per list.

An article is identified by its id and the sha256 of its text:

- the same id with the same text is skipped (re-ingesting a corpus adds nothing);
- the same id with *different* text replaces the stored version (a corrected or
  updated article supersedes the old one, as wire services re-issue stories under
  the same id); the replacement is atomic, like every write.

Each article is written inside one transaction, so an ingest interrupted at any point
leaves either the whole article or none of it. DuckDB allows one read-write process
per file: one writer appends; readers (``eventwire events``, the API) open the file
with ``read_only=True``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb

from ..errors import ArticleError, E, EventwireError, Rejection
from ..record import FACTUAL_MODALITIES, ArticleRecord
from .rows import COLUMNS, ORDER_BY, Row, record_to_rows, rows_to_record, text_sha256
from .schema import LATEST_VERSION, MIGRATIONS, RECORD_TABLES

log = logging.getLogger(__name__)

# How many articles :meth:`Store.records` fetches per round of queries.
_RECORDS_CHUNK = 256


class StoreError(EventwireError):
    """The database cannot be used as asked; the message says why and what to do."""

    def __init__(self, code: E, origin: str, **details: object) -> None:
        self.code = code
        self.origin = origin
        super().__init__(code.format(origin=origin, **details))


class Store:
    """Article records in one DuckDB file. Use :func:`open_store` to get one."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str, *, read_only: bool):
        self._con = connection
        self.path = path
        self.read_only = read_only

    # -- life cycle -------------------------------------------------------------------

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return _schema_version(self._con)

    # -- writing ----------------------------------------------------------------------

    def add(self, record: ArticleRecord) -> bool:
        """Store one article record, atomically.

        Returns:
            False when the same article (same id, same text) is already stored and
            nothing was written; True when it was added or replaced an older version.
        """
        article_id = record.article.id
        digest = text_sha256(record.article.text)
        stored = self._con.execute(
            "SELECT text_sha256 FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if stored is not None and stored[0] == digest:
            return False
        rows = record_to_rows(record)
        self._con.execute("BEGIN TRANSACTION")
        try:
            if stored is not None:
                log.info("replacing article %r: its text changed", article_id)
                self._delete_article(article_id)
            for table in RECORD_TABLES[::-1]:  # parents first
                self._insert(table, rows[table])
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        return True

    def add_rejection(
        self, rejection: Rejection | ArticleError, *, at: dt.datetime | None = None
    ) -> bool:
        """Record an input that could not be analysed, once.

        Returns:
            False when the same rejection (origin, code, message) is already stored.
        """
        if isinstance(rejection, ArticleError):
            rejection = Rejection.from_error(rejection)
        key = [rejection.origin, rejection.code, rejection.message]
        exists = self._con.execute(
            "SELECT 1 FROM rejections WHERE origin = ? AND code = ? AND message = ?", key
        ).fetchone()
        if exists:
            return False
        self._con.execute(
            'INSERT INTO rejections (origin, code, message, "at") VALUES (?, ?, ?, ?)',
            [*key, at or dt.datetime.now()],
        )
        return True

    def _insert(self, table: str, rows: Sequence[Row]) -> None:
        if not rows:
            return
        columns = COLUMNS[table]
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        self._con.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)

    def _delete_article(self, article_id: str) -> None:
        for table in RECORD_TABLES:
            column = "id" if table == "articles" else "article_id"
            self._con.execute(f"DELETE FROM {table} WHERE {column} = ?", [article_id])

    # -- reading ----------------------------------------------------------------------

    def count(self, table: str = "articles") -> int:
        """Number of rows in one of the store's tables."""
        if table not in (*RECORD_TABLES, "rejections"):
            raise ValueError(f"no table {table!r} in the store")
        row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def has(self, article_id: str) -> bool:
        return bool(
            self._con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        )

    def rejections(self) -> list[dict[str, Any]]:
        """Stored rejections, oldest first."""
        return self._dicts(
            'SELECT origin, code, message, "at" FROM rejections ORDER BY "at", origin'
        )

    def records(self) -> Iterator[ArticleRecord]:
        """Every stored article record, in the order they were first ingested."""
        ids = [r[0] for r in self._con.execute("SELECT id FROM articles ORDER BY seq").fetchall()]
        for start in range(0, len(ids), _RECORDS_CHUNK):
            yield from self._records_for(ids[start : start + _RECORDS_CHUNK])

    def record(self, article_id: str) -> ArticleRecord | None:
        """The stored record of one article, or None."""
        found = list(self._records_for([article_id]))
        return found[0] if found else None

    def _records_for(self, ids: list[str]) -> Iterator[ArticleRecord]:
        marks = ", ".join("?" for _ in ids)
        articles = self._dicts(
            f"SELECT {_select_list('articles')} FROM articles WHERE id IN ({marks}) ORDER BY seq",
            ids,
        )
        children: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for table, order in ORDER_BY.items():
            rows = self._dicts(
                f"SELECT {_select_list(table)} FROM {table} "
                f"WHERE article_id IN ({marks}) ORDER BY article_id, {order}",
                ids,
            )
            for row in rows:
                children.setdefault(row["article_id"], {}).setdefault(table, []).append(row)
        for article in articles:
            yield rows_to_record(article, children.get(article["id"], {}))

    def events(
        self,
        actor: str | None = None,
        code: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        place: str | None = None,
        *,
        include_unfactual: bool = False,
    ) -> list[dict[str, Any]]:
        """Coded events with their evidence, oldest first.

        Args:
            actor: CAMEO actor code prefix matched against source or target
                ("RUS" matches RUS, RUSGOV, RUSMIL).
            code: CAMEO event code prefix ("19" matches every fight event, "190" …).
            since: first event date to include (ISO date); an event without its own
                date is dated by its article's publication date.
            until: last event date to include.
            place: place name, matched case-insensitively against the place's name,
                any of its mentions, or its ISO 3166-1 alpha-3 country code.
            include_unfactual: also return negated events and events whose modality
                says they did not (yet) happen (intended, future, hypothetical, …).

        Returns:
            One dict per event: date, code, label, root, quad_class, goldstein,
            plover, source/target codes and names, place name/lat/lon/country,
            modality, negated, confidence, trigger, the evidence sentence, and the
            article's id, title and publication date.
        """
        where: list[str] = []
        params: list[Any] = []
        if actor:
            where.append("(e.source_code LIKE ? OR e.target_code LIKE ?)")
            params += [_prefix(actor.upper()), _prefix(actor.upper())]
        if code:
            where.append("e.code LIKE ?")
            params.append(_prefix(code))
        if since:
            where.append("coalesce(e.date, a.published) >= ?")
            params.append(str(since))
        if until:
            # Dates may be partial (TIMEX "2024-03"): compare on the same prefix.
            where.append("left(coalesce(e.date, a.published), length(?)) <= ?")
            params += [str(until), str(until)]
        if place:
            where.append(
                "(lower(p.name) = lower(?) OR upper(p.country) = upper(?) OR EXISTS ("
                "SELECT 1 FROM place_mentions pm WHERE pm.article_id = e.article_id "
                "AND pm.place_id = e.place AND lower(pm.text) = lower(?)))"
            )
            params += [place, place, place]
        if not include_unfactual:
            marks = ", ".join("?" for _ in FACTUAL_MODALITIES)
            where.append(f"NOT e.negated AND e.modality IN ({marks})")
            params += sorted(FACTUAL_MODALITIES)
        sql = _EVENTS_SQL + (" WHERE " + " AND ".join(where) if where else "") + _EVENTS_ORDER
        return self._dicts(sql, params)

    def export(self, path: str | Path, format: str) -> Path:
        """Write the store's contents to ``path`` as jsonl, csv or parquet.

        See :mod:`eventwire.store.export` for what each format holds.
        """
        from .export import export_store

        return export_store(self, Path(path), format)

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self._con.execute(sql, list(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for ad-hoc SQL and exports (do not write through it)."""
        return self._con


_EVENTS_SQL = """
SELECT
    coalesce(e.date, a.published) AS date,
    e.code, e.label, e.root, e.quad_class, e.goldstein, e.plover,
    e.source_code, src.name AS source_name,
    e.target_code, tgt.name AS target_name,
    p.name AS place, p.lat, p.lon, p.country AS place_country,
    e.modality, e.negated, e.confidence,
    e.trigger_text AS trigger,
    substring(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,
    e.article_id, e.id AS event_id, a.title, a.published
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN actors src ON src.article_id = e.article_id AND src.id = e.source_actor
LEFT JOIN actors tgt ON tgt.article_id = e.article_id AND tgt.id = e.target_actor
LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place
"""
_EVENTS_ORDER = " ORDER BY date NULLS LAST, a.seq, e.ord"


def _prefix(value: str) -> str:
    """A LIKE pattern matching values that start with ``value`` taken literally."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _select_list(table: str) -> str:
    return ", ".join(f'"{c}"' for c in COLUMNS[table])


def _schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return 0
    row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Apply the migrations the database has not seen, each in its own transaction."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
        "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
    )
    current = _schema_version(con)
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in migration.statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                [migration.version, migration.name],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def open_store(path: str | Path = "eventwire.duckdb", *, read_only: bool = False) -> Store:
    """Open (and, for writing, create and migrate) the store in a DuckDB file.

    Args:
        path: the database file; ``":memory:"`` for a throwaway store.
        read_only: open for reading only, as every process but the one writer must.

    Raises:
        StoreError: the file is missing (read-only), locked by a writer, or its schema
            is not the one this eventwire uses.
    """
    where = str(path)
    if read_only and where != ":memory:" and not Path(where).exists():
        raise StoreError(E.E030, where)
    try:
        con = duckdb.connect(where, read_only=read_only)
    except duckdb.Error as error:
        raise StoreError(E.E031, where, detail=str(error).splitlines()[0]) from error
    try:
        if read_only:
            version = _schema_version(con)
            if version != LATEST_VERSION:
                raise StoreError(E.E032, where, detail=version)
        else:
            _migrate(con)
            version = _schema_version(con)
            if version > LATEST_VERSION:
                raise StoreError(E.E032, where, detail=version)
    except BaseException:
        con.close()
        raise
    return Store(con, where, read_only=read_only)
