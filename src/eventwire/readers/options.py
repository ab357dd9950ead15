"""How the readers behave: size limits and JSONL field names."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True, kw_only=True)
class ReadOptions:
    """Options shared by every reader.

    Attributes:
        max_bytes: largest article (a text or HTML file, a JSONL line, a WARC record,
            a feed item) accepted; larger ones are rejected with E008 before they
            are read into memory. Container files (JSONL, WARC, feeds) may be larger.
        id_field: JSONL field holding the article id.
        text_field: JSONL field holding the article text (required).
        title_field: JSONL field holding the headline.
        published_field: JSONL field holding the publication date (ISO date or datetime).
        url_field: JSONL field holding the article URL.
        source_field: JSONL field holding the outlet or agency (a string or a list).
        clean: remove credit lines and the trailing source line from the text.
        check: reject articles that are too short or not English while reading
            (the same check :func:`eventwire.clean.ensure_analysable` applies later).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    id_field: str = "id"
    text_field: str = "text"
    title_field: str = "title"
    published_field: str = "published"
    url_field: str = "url"
    source_field: str = "source"
    clean: bool = True
    check: bool = True
