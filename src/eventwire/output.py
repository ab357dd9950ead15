"""Rendering records and event rows for people and programs: json, jsonl, csv, table.

Machine formats are exact (a record prints as ``ArticleRecord.to_json``); the table
is for reading in a terminal, so it shortens evidence sentences around the trigger.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .record import ArticleRecord

RECORD_FORMATS = ("json", "jsonl", "table")
EVENT_FORMATS = ("table", "json", "jsonl", "csv")

# Evidence longer than this is cut to a window around the trigger in tables.
EVIDENCE_WIDTH = 110
# Width of tables written to a file or pipe, where the terminal width is unknown.
PIPE_WIDTH = 180


class RecordWriter:
    """Writes records one at a time, in a format chosen once.

    ``jsonl`` and ``table`` print each record as it arrives; ``json`` prints one
    pretty object for a single record, or a JSON array when there are several, so it
    holds the records until :meth:`close`.
    """

    def __init__(self, out: TextIO, format: str) -> None:
        if format not in RECORD_FORMATS:
            raise ValueError(f"unknown record format {format!r}; use one of {RECORD_FORMATS}")
        self.out = out
        self.format = format
        self._held: list[ArticleRecord] = []
        self._console: Console | None = None

    def write(self, record: ArticleRecord) -> None:
        if self.format == "jsonl":
            self.out.write(record.to_json() + "\n")
            self.out.flush()
        elif self.format == "json":
            self._held.append(record)
        else:
            self._table_console().print(record_table(record))

    def close(self) -> None:
        if self.format != "json" or not self._held:
            return
        if len(self._held) == 1:
            self.out.write(self._held[0].to_json(indent=2) + "\n")
        else:
            items = [record.to_dict() for record in self._held]
            self.out.write(json.dumps(items, indent=2, ensure_ascii=False) + "\n")
        self._held = []

    def _table_console(self) -> Console:
        if self._console is None:
            self._console = make_console(self.out)
        return self._console


def make_console(out: TextIO) -> Console:
    """A rich console on ``out``: the terminal's width, or a wide one for pipes."""
    console = Console(file=out, highlight=False, soft_wrap=False)
    if not console.is_terminal:
        console = Console(file=out, highlight=False, width=PIPE_WIDTH)
    return console


def record_table(record: ArticleRecord) -> Table:
    """One article's events as a table titled with the article's id and headline."""
    names = {actor.id: actor.name for actor in record.actors}
    places = {place.id: place.name for place in record.places}
    text = record.article.text
    rows = [
        {
            "date": event.date or record.article.published,
            "source_code": event.source.code,
            "source_name": names.get(event.source.actor or ""),
            "code": event.code,
            "label": event.label,
            "target_code": event.target.code,
            "target_name": names.get(event.target.actor or ""),
            "place": places.get(event.place or ""),
            "sentence": text[event.sentence.start : event.sentence.end],
            "trigger": event.trigger.text,
            "modality": event.modality,
            "negated": event.negated,
        }
        for event in record.events
    ]
    title = record.article.id + (f" · {record.article.title}" if record.article.title else "")
    table = events_table(rows, title=title)
    table.caption = (
        f"{len(record.actors)} actors · {len(record.places)} places · {len(record.times)} times"
        f" · {len(record.quotes)} quotes · {len(record.claims)} claims"
    )
    return table


def events_table(rows: Sequence[Mapping[str, Any]], *, title: str | None = None) -> Table:
    """Event rows (as :meth:`Store.events` returns them) as a rich table."""
    table = Table(title=title, show_lines=False, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("source", max_width=24)
    table.add_column("CAMEO", max_width=30)
    table.add_column("target", max_width=24)
    table.add_column("place", max_width=16)
    table.add_column("evidence", ratio=1, min_width=30)
    for row in rows:
        cameo = Text(str(row.get("code") or ""), style="bold")
        if row.get("label"):
            cameo.append(f" {row['label']}")
        if row.get("negated") or row.get("modality") not in (None, "asserted", "reported"):
            cameo.append(f" [{_modality(row)}]", style="italic")
        table.add_row(
            str(row.get("date") or ""),
            _actor_cell(row.get("source_code"), row.get("source_name")),
            cameo,
            _actor_cell(row.get("target_code"), row.get("target_name")),
            str(row.get("place") or ""),
            shorten_evidence(str(row.get("sentence") or ""), row.get("trigger")),
        )
    return table


def write_events(rows: Sequence[Mapping[str, Any]], format: str, out: TextIO) -> None:
    """Write event rows in one of :data:`EVENT_FORMATS`."""
    if format == "table":
        make_console(out).print(events_table(rows, title=f"{len(rows)} events"))
    elif format == "json":
        out.write(json.dumps(list(rows), indent=2, ensure_ascii=False, default=str) + "\n")
    elif format == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif format == "csv":
        from .store.export import CSV_COLUMNS

        writer = csv.DictWriter(
            out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)
    else:
        raise ValueError(f"unknown events format {format!r}; use one of {EVENT_FORMATS}")


def shorten_evidence(sentence: str, trigger: str | None, width: int = EVIDENCE_WIDTH) -> str:
    """The sentence on one line, cut to ``width`` at word boundaries, keeping the trigger."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= width:
        return sentence
    at = sentence.find(trigger) if trigger else -1
    start = 0
    if at > width * 2 // 3:  # the trigger would be cut off: centre the window on it
        start = max(0, min(at - width // 3, len(sentence) - width))
    window = sentence[start : start + width]
    if start > 0:
        window = "…" + window[window.find(" ") + 1 :] if " " in window else "…" + window
    if start + width < len(sentence):
        cut = window.rfind(" ")
        window = (window[:cut] if cut > width // 2 else window) + " …"
    return window


def _actor_cell(code: object, name: object) -> Text:
    text = Text(str(code or "—"), style="bold")
    if name and name != code:
        text.append(f"\n{name}", style="dim")
    return text


def _modality(row: Mapping[str, Any]) -> str:
    return "negated" if row.get("negated") else str(row.get("modality"))
