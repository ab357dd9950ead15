"""Finding quotation-mark stretches and paragraphs in article text.

This is the character-level half of quote extraction: where the quotation marks are
and what they enclose, before any parse is consulted. News copy mixes straight and
curly marks, and a quotation that runs over several paragraphs opens each paragraph
with a mark but closes only the last one, so pairing is done per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“„‟«"
CLOSING = "”»"
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT

# Punctuation that separates a quotation from its attribution ("…push," said X) and
# so does not belong to the quoted words themselves.
_TRAILING_SEPARATORS = ",:;"


@dataclass(frozen=True)
class Quoted:
    """The words between a pair of quotation marks.

    Attributes:
        start: offset of the first quoted character (after the opening mark and spaces).
        end: offset after the last quoted character (trailing comma removed).
        open_at: offset of the opening mark.
        close_at: offset of the closing mark, or None when the paragraph ended first
            (a quotation continued in the next paragraph).
        paragraph: index of the paragraph the quotation lies in.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    paragraph: int

    @property
    def outer_end(self) -> int:
        """Offset after the closing mark (or after the content when unclosed)."""
        return self.close_at + 1 if self.close_at is not None else self.end


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int


def find_paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines of the text: in plain-text news each line is a paragraph."""
    return [
        Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()
    ]


def find_quoted(text: str) -> list[Quoted]:
    """Every stretch of text between quotation marks, paragraph by paragraph.

    Straight marks toggle; a curly opening mark always opens and a curly closing mark
    closes. A mark left open at the end of a paragraph encloses the rest of it.
    """
    found: list[Quoted] = []
    for index, para in enumerate(find_paragraphs(text)):
        open_at: int | None = None
        for pos in range(para.start, para.end):
            ch = text[pos]
            if ch not in MARKS:
                continue
            if open_at is None:
                if ch in CLOSING and not _looks_like_opening(text, pos, para.end):
                    continue
                open_at = pos
            elif ch in OPENING:
                # A new opening mark before any close: the earlier one was never closed.
                _add(found, text, open_at, None, pos, index)
                open_at = pos
            else:
                _add(found, text, open_at, pos, pos, index)
                open_at = None
        if open_at is not None:
            _add(found, text, open_at, None, para.end, index)
    return found


def _looks_like_opening(text: str, pos: int, limit: int) -> bool:
    """A closing-shaped mark used as an opening one: followed directly by a word."""
    return pos + 1 < limit and text[pos + 1].isalnum() and (pos == 0 or not text[pos - 1].isalnum())


def _add(
    found: list[Quoted], text: str, open_at: int, close_at: int | None, stop: int, paragraph: int
) -> None:
    start = open_at + 1
    end = stop
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING_SEPARATORS):
        end -= 1
    if end > start:
        found.append(Quoted(start, end, open_at, close_at, paragraph))
