"""eventwire: news articles in, evidence-linked event data out.

Public API: :func:`process` (one article to its record), :func:`read` (files to
articles) and :func:`open_store` (the DuckDB store). Imports are lazy so that
``import eventwire`` loads neither spaCy nor any data.
"""

from __future__ import annotations

import logging
from typing import Any

__version__ = "0.1.0"
__all__ = ["Article", "ArticleRecord", "open_store", "process", "read"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    if name == "process":
        from .pipeline import process

        return process
    if name == "read":
        from .readers import read

        return read
    if name == "open_store":
        from .store import open_store

        return open_store
    if name == "Article":
        from .article import Article

        return Article
    if name == "ArticleRecord":
        from .record import ArticleRecord

        return ArticleRecord
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
