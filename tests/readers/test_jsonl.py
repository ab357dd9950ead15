"""JSONL corpora: fields, field mapping, bad lines (readers/jsonl.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import DATA
from eventwire.article import Article
from eventwire.errors import ArticleError, E
from eventwire.readers import ReadOptions, read


def test_jsonl_fields_ids_and_dates():
    results = list(read([DATA / "readers" / "articles.jsonl"]))
    assert [type(r) for r in results] == [Article, Article, Article]
    first, second, third = results
    assert (first.id, first.title, first.url) == (
        "a1",
        "Gondor recalls envoy",
        "https://example.org/a1",
    )
    assert (first.published, first.published_from) == (dt.date(2022, 4, 5), "input")
    assert first.sources == ("Reuters",)
    assert first.origin.endswith("articles.jsonl:1")
    assert second.id == "articles:2"  # no id field: <stem>:<line number>
    assert second.published == dt.date(2022, 4, 6)
    assert second.sources == ("Associated Press", "TRT World")
    assert third.id == "7"
    assert (third.published, third.published_from) == (None, "none")


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ('{"id": "x", "text": "unterminated', E.E006),
        ("[1, 2, 3]", E.E006),
        ('{"id": "x", "body": "Gondor recalled its ambassador from Mordor."}', E.E007),
        ('{"id": "x", "text": 42}', E.E007),
        ('{"id": "x", "text": "Gondor recalled its envoy.", "published": "last week"}', E.E011),
    ],
)
def test_bad_lines_are_reported_and_the_others_still_yield(tmp_path, line, code):
    good = json.dumps(
        {"id": "ok", "text": "Gondor recalled its ambassador from Mordor on Tuesday."}
    )
    path = tmp_path / "corpus.jsonl"
    path.write_text(f"{good}\n{line}\n{good}\n", encoding="utf-8")
    results = list(read([path]))
    assert isinstance(results[0], Article) and isinstance(results[2], Article)
    error = results[1]
    assert isinstance(error, ArticleError)
    assert error.code is code
    assert error.origin == f"{path}:2"
    assert "\n" not in str(error) and str(error).startswith(code.name)


def test_field_mapping(tmp_path):
    path = tmp_path / "mapped.ndjson"
    row = {"doc": "d9", "body": "Rohan said on Wednesday that its riders would hold exercises.",
           "headline": "Rohan exercises", "date": "2022-04-06"}  # fmt: skip
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    options = ReadOptions(
        id_field="doc", text_field="body", title_field="headline", published_field="date"
    )
    (article,) = read([path], options=options)
    assert isinstance(article, Article)
    assert (article.id, article.title, article.published) == (
        "d9",
        "Rohan exercises",
        dt.date(2022, 4, 6),
    )


def test_overlong_line_is_rejected_alone(tmp_path):
    path = tmp_path / "big.jsonl"
    small = json.dumps({"text": "Gondor recalled its ambassador from Mordor on Tuesday."})
    big = json.dumps({"text": "word " * 400})
    path.write_text(f"{small}\n{big}\n{small}\n", encoding="utf-8")
    results = list(read([path], options=ReadOptions(max_bytes=1000)))
    assert [type(r) for r in results] == [Article, ArticleError, Article]
    assert results[1].code is E.E008
    assert results[2].id == "big:3"
