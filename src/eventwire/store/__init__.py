"""The store: article records in an embedded DuckDB file, and exports from it.

``open_store(path)`` opens one for writing (one writer per file);
``open_store(path, read_only=True)`` for reading.
"""

from __future__ import annotations

from .duckdb import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
