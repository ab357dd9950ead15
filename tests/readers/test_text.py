"""Plain-text articles: title, credit lines, trailing source line, dates (readers/text.py)."""

from __future__ import annotations

import datetime as dt

from conftest import DATA, shared_path
from eventwire.article import Article
from eventwire.readers import read

SEED = ("seed", "000_1f957a2ce860c3e2.txt")


def read_one(path, **kwargs) -> Article:
    results = list(read([path], **kwargs))
    assert len(results) == 1
    assert isinstance(results[0], Article), str(results[0])
    return results[0]


def test_seed_title_sources_text_and_caption_date():
    article = read_one(shared_path(*SEED))
    assert article.id == "000_1f957a2ce860c3e2"
    assert article.title == "Putin orders Russian pull out from Syria"
    assert list(article.sources) == ["TRT World", "Reuters"]
    assert "Photo by: Reuters" not in article.text
    assert "TRTWorld, Reuters" not in article.text
    assert "\r" not in article.text
    assert article.text.startswith("Putin orders Russian pull out from Syria\n\n")
    assert "Moscow, Russia, March 14, 2016." in article.text  # the caption stays
    assert article.text.endswith("place the death toll at 470,000.")
    assert article.published == dt.date(2016, 3, 14)
    assert article.published_from == "caption"


def test_seed_published_option_overrides_caption():
    article = read_one(shared_path(*SEED), published=dt.date(2016, 3, 15))
    assert article.published == dt.date(2016, 3, 15)
    assert article.published_from == "option"


def test_wire_story_cleaning_and_sources():
    article = read_one(DATA / "readers" / "wire_story.txt")
    assert article.id == "wire_story"
    assert article.title == "Gondor recalls envoy from Mordor after border clash"
    assert article.sources == (
        "Al Jazeera",
        "Associated Press",
        "Agence France-Presse",
        "Getty Images",
    )
    for removed in ("Photo: AP", "Image credit", "AlJazeera, Associated Press"):
        assert removed not in article.text
    assert "\n\n\n" not in article.text
    # The caption's date is a Tuesday, as is the lead's "on Tuesday".
    assert article.published == dt.date(2022, 4, 5)
    assert article.published_from == "caption"


def test_crlf_line_endings_are_normalised():
    article = read_one(DATA / "readers" / "crlf_story.txt")
    assert "\r" not in article.text
    assert article.text.startswith("Gondor recalls envoy\n\nGondor on Monday")
    assert article.sources == ("Reuters",)
    assert article.published is None
    assert article.published_from == "none"


def test_file_without_headline_has_no_title(tmp_path):
    path = tmp_path / "one_paragraph"
    path.write_text("Gondor recalled its ambassador from Mordor after shelling near the border.")
    article = read_one(path)
    assert article.id == "one_paragraph"
    assert article.title is None
