"""JSONL corpora: one article per line, read line by line so the file may be huge."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import BinaryIO

from ..article import Article
from ..errors import ArticleError, E
from .options import ReadOptions
from .outlets import normalise_outlet
from .text import article_from_text

_CHUNK = 1 << 16


def read_jsonl(
    stream: BinaryIO, *, stem: str, origin: str, options: ReadOptions
) -> Iterator[Article | ArticleError]:
    """Yield an article or an error per non-blank line, in order.

    A bad line (malformed JSON, no text, too long, bad date) becomes an error naming
    ``origin:line``; the other lines still yield.
    """
    for number, line, too_long in _lines(stream, options.max_bytes):
        where = f"{origin}:{number}"
        if too_long:
            detail = f"line longer than {options.max_bytes:,} bytes"
            yield ArticleError(E.E008, where, detail=detail)
            continue
        if not line.strip():
            continue
        yield parse_jsonl_line(line, stem=stem, number=number, where=where, options=options)


def parse_jsonl_line(
    line: bytes, *, stem: str, number: int, where: str, options: ReadOptions
) -> Article | ArticleError:
    """One JSONL line to an article, or the error that names what is wrong with it."""
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        return ArticleError(E.E003, where, detail=f"byte at offset {error.start} is not UTF-8")
    except json.JSONDecodeError as error:
        return ArticleError(E.E006, where, detail=f"{error.msg} at column {error.colno}")
    if not isinstance(record, dict):
        return ArticleError(E.E006, where, detail=f"a JSON {type(record).__name__}, not an object")
    text = record.get(options.text_field)
    if not isinstance(text, str):
        return ArticleError(E.E007, where)
    if not text.strip():
        return ArticleError(E.E010, where, detail="the text is empty")
    raw_id = record.get(options.id_field)
    article_id = (
        str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id) else f"{stem}:{number}"
    )
    published = None
    raw_published = record.get(options.published_field)
    if raw_published not in (None, ""):
        published = parse_published(raw_published)
        if published is None:
            return ArticleError(E.E011, where, detail=raw_published)
    return article_from_text(
        text,
        article_id=article_id,
        origin=where,
        options=options,
        title=_string(record.get(options.title_field)),
        published=published,
        published_from="input" if published else "none",
        sources=_sources(record.get(options.source_field)),
        url=_string(record.get(options.url_field)),
    )


def parse_published(value: object) -> dt.date | None:
    """An ISO date or datetime ("2016-03-14", "2016-03-14T09:30:00Z") as a date, else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 else None
    except ValueError:
        return None


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _sources(value: object) -> tuple[str, ...]:
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    found = []
    for name in names:
        if isinstance(name, str) and name.strip():
            found.append(normalise_outlet(name) or name.strip())
    return tuple(dict.fromkeys(found))


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes, bool]]:
    """Lines as ``(number, bytes, too_long)``; a too-long line is skipped, never held whole."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drain the rest of the long line in chunks
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, b"", True
            continue
        yield number, line, False
