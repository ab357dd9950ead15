"""Hypothesis strategies for arbitrary valid article records, derived from the models.

The strategy walks the pydantic models' fields, so a field added to the record later
is generated too and the store's round-trip property covers it without edits here.
"""

from __future__ import annotations

import types
import typing
from typing import Any

import annotated_types
from hypothesis import strategies as st
from pydantic import BaseModel

from eventwire.record import ArticleRecord

# Any text DuckDB can hold as UTF-8: everything but lone surrogates.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
INT64 = (-(2**63), 2**63 - 1)


def _for_annotation(annotation: Any, metadata: list[Any]) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(_for_annotation(a, metadata) for a in args))
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin is list:
        return st.lists(_for_annotation(args[0], []), max_size=3)
    if annotation is type(None):
        return st.none()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return model_strategy(annotation)
    bounds = {"ge": None, "le": None}
    for item in metadata:
        if isinstance(item, annotated_types.Ge):
            bounds["ge"] = item.ge
        if isinstance(item, annotated_types.Le):
            bounds["le"] = item.le
    if annotation is bool:
        return st.booleans()
    if annotation is int:
        low = INT64[0] if bounds["ge"] is None else bounds["ge"]
        high = INT64[1] if bounds["le"] is None else bounds["le"]
        return st.integers(low, high)
    if annotation is float:
        return st.floats(bounds["ge"], bounds["le"], allow_nan=False)
    if annotation is str:
        return TEXT
    raise NotImplementedError(f"no strategy for {annotation!r}: extend tests/store/strategies.py")


def model_strategy(model: type[BaseModel]) -> st.SearchStrategy[BaseModel]:
    fields = {
        name: _for_annotation(info.annotation, list(info.metadata))
        for name, info in model.model_fields.items()
    }
    return st.fixed_dictionaries(fields).map(lambda values: model(**values))


records = model_strategy(ArticleRecord)
