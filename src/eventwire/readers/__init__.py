"""Placeholder: readers are being written (issue 2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def read(*paths: str, **options: Any) -> Iterator[Any]:
    raise NotImplementedError("readers are being written")
