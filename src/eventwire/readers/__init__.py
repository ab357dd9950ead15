"""Read articles from files, directories, globs and standard input.

:func:`read` is the one entry point: it expands the paths, picks a reader by file
extension (or, for standard input, by sniffing the content) and yields an
:class:`~eventwire.article.Article` per article or an
:class:`~eventwire.errors.ArticleError` per bad input, in input order. Bad input never
raises: each error is one line naming the input, with a stable code.
"""

from __future__ import annotations

import datetime as dt
import glob
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from ..article import Article
from ..errors import ArticleError, E
from .decode import decode_text, read_limited, read_stream_limited
from .options import ReadOptions
from .sniff import KINDS, kind_of_name, sniff_kind

__all__ = ["ReadOptions", "read"]

STDIN = "-"


def read(
    paths: Iterable[str | Path],
    *,
    published: dt.date | None = None,
    options: ReadOptions | None = None,
) -> Iterator[Article | ArticleError]:
    """Yield the articles in ``paths``, in order, or an error for each bad input.

    Args:
        paths: files, directories (read recursively, sorted, by known extension),
            glob patterns, or ``"-"`` for standard input.
        published: the publication date of every article; overrides the input's and
            the text's (``published_from="option"``).
        options: size limit, JSONL field names and cleaning switches.

    Returns:
        An iterator of articles and errors; errors are yielded, never raised.
    """
    from ..clean import check_analysable  # clean.py uses readers.language: import late

    options = options or ReadOptions()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for item in _expand(paths):
        if isinstance(item, ArticleError):
            yield item
            continue
        for result in _read_one(item, options):
            if isinstance(result, Article):
                if published is not None:
                    result = replace(result, published=published, published_from="option")
                if options.check:
                    error = check_analysable(result)
                    if error is not None:
                        yield error
                        continue
            yield result


def _expand(paths: Iterable[str | Path]) -> Iterator[str | Path | ArticleError]:
    """Files to read, in order: directories walked and globs matched, sorted."""
    for entry in paths:
        if str(entry) == STDIN:
            yield STDIN
            continue
        path = Path(entry)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and kind_of_name(p.name) is not None
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            yield from found
        elif path.exists():
            yield path
        elif glob.has_magic(str(entry)):
            matches = sorted(glob.glob(str(entry), recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                yield ArticleError(E.E009, str(entry))
            for file in files:
                if kind_of_name(file.name) is not None:
                    yield file
        else:
            yield ArticleError(E.E009, str(entry))


def _read_one(item: str | Path, options: ReadOptions) -> Iterator[Article | ArticleError]:
    if item == STDIN:
        yield from _read_stdin(options)
        return
    path = Path(item)
    origin = str(path)
    kind = kind_of_name(path.name)
    if kind is None:
        yield ArticleError(E.E012, origin, detail=path.suffix or path.name)
        return
    stem = _stem(path)
    if kind in ("jsonl", "warc", "feed"):  # containers: the reader streams the file
        try:
            with path.open("rb") as stream:
                yield from KINDS[kind](stream, stem=stem, origin=origin, options=options)
        except OSError:
            yield ArticleError(E.E009, origin)
        return
    try:
        data = read_limited(path, origin, options.max_bytes)
    except ArticleError as error:
        yield error
        return
    yield _read_single(kind, data, stem=stem, origin=origin, options=options)


def _read_stdin(options: ReadOptions) -> Iterator[Article | ArticleError]:
    origin, stem = "<stdin>", "stdin"
    buffer = getattr(sys.stdin, "buffer", None)  # None when stdin is closed or replaced
    if buffer is None:
        yield ArticleError(E.E009, origin)
        return
    stream: BinaryIO = buffer
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    kind = sniff_kind(head) if head else None
    if kind in ("jsonl", "warc", "feed"):
        yield from KINDS[kind](stream, stem=stem, origin=origin, options=options)
        return
    try:
        data = read_stream_limited(stream, origin, options.max_bytes)
    except ArticleError as error:
        yield error
        return
    kind = kind or sniff_kind(data[:4096])
    if kind in ("jsonl", "warc", "feed"):
        import io

        yield from KINDS[kind](io.BytesIO(data), stem=stem, origin=origin, options=options)
        return
    yield _read_single(kind, data, stem=stem, origin=origin, options=options)


def _read_single(
    kind: str, data: bytes, *, stem: str, origin: str, options: ReadOptions
) -> Article | ArticleError:
    if kind == "html":
        from .html import article_from_html

        return article_from_html(data, article_id=stem, origin=origin, options=options)
    from .text import article_from_text

    try:
        raw = decode_text(data, origin)
    except ArticleError as error:
        return error
    return article_from_text(raw, article_id=stem, origin=origin, options=options)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".warc.gz", ".jsonl", ".ndjson", ".warc", ".html", ".htm", ".txt"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem
