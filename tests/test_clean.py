"""Credit lines, trailing source lines and headlines (clean.py)."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_text, credit_holder, find_title, trailing_outlets


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Photo by: Reuters", "Reuters"),
        ("Photo: AP", "AP"),
        ("Photo by Reuters", "Reuters"),
        ("Image credit: AFP/Getty Images", "AFP/Getty Images"),
        ("Picture: Reuters/Kevin Lamarque", "Reuters/Kevin Lamarque"),
        ("(Photo: EPA)", "EPA"),
        ("(Reuters)", "Reuters"),
        ("Photo credit: Jane Doe", "Jane Doe"),
        # Captions and body lines are not credits.
        ("Video: the moment the bomb hit", None),
        ("Photo: Putin meets Lavrov in Moscow on Monday", None),
        ("Peace talks", None),
        ("Reuters reported that talks would resume.", None),
    ],
)
def test_credit_holder(line, holder):
    assert credit_holder(line) == holder


@pytest.mark.parametrize(
    ("line", "outlets"),
    [
        ("TRTWorld, Reuters", ["TRT World", "Reuters"]),
        ("AFP", ["Agence France-Presse"]),
        ("Source: Al Jazeera and agencies", ["Al Jazeera", "Agencies"]),
        ("Reuters/AP", ["Reuters", "Associated Press"]),
        ("Reuters reported the toll", None),
        ("Peace talks", None),
    ],
)
def test_trailing_outlets(line, outlets):
    assert trailing_outlets(line) == outlets


def test_clean_text_removes_credits_keeps_captions_and_body():
    raw = (
        "Gondor recalls envoy\r\n\r\nPhoto by: Reuters\r\nPhoto by: Reuters\r\n\r\n"
        "Faramir in Minas Tirith, April 5, 2022.\r\n\r\nGondor on Tuesday recalled its envoy.\r\n\r\n"
        "(Reporting by Jane Doe; Editing by John Roe)\r\n\r\nTRTWorld, Reuters\r\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.text == (
        "Gondor recalls envoy\n\nFaramir in Minas Tirith, April 5, 2022.\n\n"
        "Gondor on Tuesday recalled its envoy."
    )
    assert cleaned.title == "Gondor recalls envoy"
    assert cleaned.sources == ("TRT World", "Reuters")


def test_single_line_article_keeps_its_last_line():
    # The only line is the article, never a source line, even when it names an outlet.
    assert clean_text("Reuters").text == "Reuters"


def test_clean_off_only_normalises_newlines():
    cleaned = clean_text("Head\r\n\r\nPhoto: AP\r\nBody text here.", remove_credits=False)
    assert cleaned.text == "Head\n\nPhoto: AP\nBody text here."
    assert cleaned.sources == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Putin orders Russian pull out from Syria\n\nRussian President…",
            "Putin orders Russian pull out from Syria",
        ),
        ("One paragraph and nothing else.", None),
        (" ".join(["word"] * 40) + "\n\nBody.", None),
    ],
)
def test_find_title(text, title):
    assert find_title(text) == title
