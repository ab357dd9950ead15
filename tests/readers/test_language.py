"""The English check (readers/language.py) and ensure_analysable (clean.py)."""

from __future__ import annotations

import glob

import pytest

from conftest import DATA, shared_path
from eventwire.article import Article
from eventwire.clean import ensure_analysable
from eventwire.errors import ArticleError, E
from eventwire.readers import read
from eventwire.readers.language import MIN_ENGLISH_SHARE, guess_language

NON_ENGLISH = DATA / "readers" / "non_english"


@pytest.mark.parametrize(
    ("language", "looks_like"),
    [("de", "German"), ("fr", "French"), ("es", "Spanish"), ("it", "Italian"),
     ("pt", "Portuguese"), ("nl", "Dutch"), ("ru", "Cyrillic script")],
)  # fmt: skip
def test_non_english_is_named(language, looks_like):
    guess = guess_language((NON_ENGLISH / f"{language}.txt").read_text(encoding="utf-8"))
    assert not guess.is_english
    assert guess.looks_like == looks_like
    assert guess.english_share < MIN_ENGLISH_SHARE


@pytest.mark.parametrize(
    "text",
    [
        "Gondor's president met the Arnor foreign minister in Minas Tirith on Monday.",
        "Putin orders Russian pull out from Syria",
        "Shares in Acme rose 5% after it beat forecasts.",
    ],
)
def test_short_english_passes(text):
    assert guess_language(text).is_english


@pytest.mark.parametrize(
    ("text", "code"),
    [("", E.E001), ("   \n", E.E001), ("Hello", E.E010),
     ((NON_ENGLISH / "fr.txt").read_text(encoding="utf-8"), E.E005)],
)  # fmt: skip
def test_ensure_analysable_rejects(text, code):
    with pytest.raises(ArticleError) as caught:
        ensure_analysable(Article(id="t", text=text))
    assert caught.value.code is code
    assert str(caught.value).startswith(f"{code.name} <memory>")


def test_bbc_articles_read_as_english():
    folder = shared_path("corpora", "bbc")
    paths = sorted(glob.glob(str(folder / "*" / "*.txt")))[::40][:50]
    assert len(paths) == 50
    results = list(read(paths))
    errors = [str(r) for r in results if isinstance(r, ArticleError)]
    assert errors == []
    assert all(r.title for r in results)
