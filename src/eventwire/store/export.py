"""Exports from the store: JSONL records, a flat CSV of events, Parquet tables.

- ``jsonl``: one article record per line, exactly as ``eventwire extract`` prints it,
  in ingestion order; reading it back gives the stored records.
- ``csv``: one row per event (every event, with its modality and negation, so that
  analysts can filter), the columns in :data:`CSV_COLUMNS`.
- ``parquet``: a directory with one ``TABLE.parquet`` file per store table, written
  by DuckDB's ``COPY``; the columns are the store's (see :mod:`.schema`).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..errors import E
from .schema import RECORD_TABLES

if TYPE_CHECKING:
    from .duckdb import Store

FORMATS = ("jsonl", "csv", "parquet")

CSV_COLUMNS: tuple[str, ...] = (
    "date",
    "source_code",
    "source_name",
    "code",
    "label",
    "target_code",
    "target_name",
    "place",
    "lat",
    "lon",
    "goldstein",
    "quad_class",
    "plover",
    "modality",
    "negated",
    "confidence",
    "sentence",
    "article_id",
    "event_id",
)


def write_jsonl(store: Store, out: TextIO) -> int:
    """Write every stored record as one JSON line; returns the number written."""
    n = 0
    for record in store.records():
        out.write(record.to_json())
        out.write("\n")
        n += 1
    return n


def write_events_csv(store: Store, out: TextIO) -> int:
    """Write every stored event as one CSV row; returns the number of events."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    rows = store.events(include_unfactual=True)
    for row in rows:
        writer.writerow(row)
    return len(rows)


def write_parquet(store: Store, directory: Path) -> int:
    """Write each table of the store to ``directory/TABLE.parquet``; returns the table count."""
    directory.mkdir(parents=True, exist_ok=True)
    tables = (*RECORD_TABLES, "rejections")
    for table in tables:
        target = str(directory / f"{table}.parquet").replace("'", "''")
        store.connection.execute(f"COPY {table} TO '{target}' (FORMAT parquet)")
    return len(tables)


def export_store(store: Store, path: Path, format: str) -> Path:
    """Export the store to ``path`` (a file; a directory for parquet).

    Raises:
        StoreError: ``format`` is not one of :data:`FORMATS`.
    """
    from .duckdb import StoreError

    if format == "parquet":
        write_parquet(store, path)
    elif format in ("jsonl", "csv"):
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as out:
            if format == "jsonl":
                write_jsonl(store, out)
            else:
                write_events_csv(store, out)
    else:
        raise StoreError(E.E033, store.path, detail=format)
    return path
