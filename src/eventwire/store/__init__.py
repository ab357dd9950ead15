"""Placeholder: the DuckDB store is being written (issue 2)."""

from __future__ import annotations

from typing import Any


def open_store(path: str = "eventwire.duckdb", **options: Any) -> Any:
    raise NotImplementedError("the store is being written")
