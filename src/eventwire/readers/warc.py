"""WARC files (web crawls): each HTML response record is an article page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..article import Article
from ..errors import ArticleError, E
from .html import article_from_html
from .options import ReadOptions


def read_warc(
    stream: BinaryIO, *, stem: str, origin: str, options: ReadOptions
) -> Iterator[Article | ArticleError]:
    """Yield an article or an error per successful HTML response record, in order.

    Requests, metadata, redirects and non-HTML responses (images, robots.txt) are
    skipped. Records are numbered from 1 over the whole file: the id of the third
    record of ``crawl.warc.gz`` is ``crawl:3`` and its origin ``crawl.warc.gz:3``.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.format != "warc":  # warcio falls back to reading ARC (or junk) loosely
                yield ArticleError(E.E014, origin, detail=f"record {number} is not a WARC record")
                return
            if record.rec_type != "response" or not _is_html_ok(record):
                continue
            where = f"{origin}:{number}"
            length = int(record.rec_headers.get_header("Content-Length") or 0)
            if length > options.max_bytes:
                detail = f"record of {length:,} bytes, the limit is {options.max_bytes:,}"
                yield ArticleError(E.E008, where, detail=detail)
                continue
            payload = record.content_stream().read(options.max_bytes + 1)
            if len(payload) > options.max_bytes:
                yield ArticleError(E.E008, where, detail=f"more than {options.max_bytes:,} bytes")
                continue
            yield article_from_html(
                payload,
                article_id=f"{stem}:{number}",
                origin=where,
                options=options,
                url=record.rec_headers.get_header("WARC-Target-URI"),
            )
    except ArchiveLoadFailed as error:
        yield ArticleError(E.E014, origin, detail=str(error).splitlines()[0][:200])
        return
    if number == 0:  # warcio reads a non-WARC file as an empty archive
        yield ArticleError(E.E014, origin, detail="no WARC records found")


def _is_html_ok(record: object) -> bool:
    http = getattr(record, "http_headers", None)
    if http is None:
        return False
    status = http.get_statuscode() or ""
    content_type = (http.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ("html" in content_type or not content_type)
