"""Which reader handles an input: by file extension, or by content for standard input."""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Iterator
from typing import Any

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
_HTML = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)


def kind_of_name(name: str) -> str | None:
    """The reader kind for a file name ("text", "html", "jsonl", "warc", "feed"), or None.

    A name without an extension is plain text.
    """
    lower = name.lower()
    for suffix, kind in EXTENSIONS.items():
        if lower.endswith(suffix) and (suffix != ".warc" or not lower.endswith(".gz")):
            return kind
    if "." not in name.lstrip("."):
        return "text"
    return None


def sniff_kind(head: bytes) -> str:
    """Guess the kind of input from its first bytes (standard input has no name)."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = gzip.decompress(head)
        except (OSError, EOFError):
            head = _partial_gunzip(head)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    if _HTML.match(stripped):
        return "html"
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<"):
        if _FEED.search(stripped[:2048]):
            return "feed"
        return "html"
    return "text"


def _partial_gunzip(data: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data)
    except zlib.error:
        return b""


def _jsonl(stream: Any, **kwargs: Any) -> Iterator[Any]:
    from .jsonl import read_jsonl

    return read_jsonl(stream, **kwargs)


def _warc(stream: Any, **kwargs: Any) -> Iterator[Any]:
    from .warc import read_warc

    return read_warc(stream, **kwargs)


def _feed(stream: Any, **kwargs: Any) -> Iterator[Any]:
    from .feeds import read_feed

    return read_feed(stream, **kwargs)


# Readers of container formats, which stream their file and yield many articles.
KINDS: dict[str, Callable[..., Iterator[Any]]] = {"jsonl": _jsonl, "warc": _warc, "feed": _feed}
