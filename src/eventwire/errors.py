"""Every error eventwire reports to users, with a stable code to search for.

A rejected input becomes an :class:`ArticleError` (or a :class:`Rejection` in batch
runs) whose message names the input and says what to do; no traceback reaches the
user for bad input.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class E(str, Enum):
    """Message templates. Format with ``E.E001.format(origin=..., ...)``."""

    E001 = "E001 {origin}: the file is empty; nothing to analyse"
    E002 = "E002 {origin}: binary data, not text (found NUL bytes); pass a text, HTML or JSONL file"
    E003 = "E003 {origin}: not valid UTF-8 text ({detail}); convert it with iconv -t UTF-8"
    E004 = "E004 {origin}: HTML page with no article text; check that the page holds an article"
    E005 = "E005 {origin}: the article is not in English (looks like {detail}); eventwire analyses English only"
    E006 = "E006 {origin}: malformed JSON line ({detail}); fix or remove that line"
    E007 = "E007 {origin}: JSON line has no 'text' field; add one or map a field with --text-field"
    E008 = "E008 {origin}: too large ({detail}); split it or raise --max-bytes"
    E009 = "E009 {origin}: no such file or directory"
    E010 = "E010 {origin}: too little text to be an article ({detail}); pass news article text"
    E011 = "E011 {origin}: unreadable publication date {detail!r}; use ISO format YYYY-MM-DD"
    E012 = "E012 {origin}: unsupported file type {detail!r}; pass .txt, .html, .jsonl, .warc or .xml (RSS/Atom)"
    E013 = "E013 {origin}: processing failed ({detail}); please report this with the input"
    E014 = "E014 {origin}: malformed feed or WARC ({detail})"
    E015 = "E015 {origin}: no such dictionary file; pass a PETRARCH-format dictionary"
    # E030–E039: the store (DuckDB file); origin is the database path.
    E030 = "E030 {origin}: no such database; create one with: eventwire ingest PATH --db {origin}"
    E031 = "E031 {origin}: cannot open the database ({detail}); one process may write a DuckDB file at a time, so wait for it or open the file read-only"
    E032 = "E032 {origin}: database schema version {detail} is not the one this eventwire uses; open it once for writing (eventwire ingest) to migrate, or upgrade eventwire"
    E033 = "E033 {origin}: unknown export format {detail!r}; use jsonl, csv or parquet"

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return self.value.format(**kwargs)


class EventwireError(Exception):
    """Base class of errors meant for users: the message is the whole story."""


class ArticleError(EventwireError):
    """An input that cannot be analysed; ``origin`` names it."""

    def __init__(self, code: E, origin: str, **details: object) -> None:
        self.code = code
        self.origin = origin
        super().__init__(code.format(origin=origin, **details))


@dataclass(frozen=True)
class Rejection:
    """A failed input in a batch run: stored as a row, printed as one line."""

    origin: str
    code: str
    message: str

    @classmethod
    def from_error(cls, error: ArticleError) -> Rejection:
        return cls(origin=error.origin, code=error.code.name, message=str(error))
