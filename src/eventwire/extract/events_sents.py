"""Sentences that do not run across paragraph breaks.

The parser sometimes joins a headline, a caption or a paragraph's last sentence with
the next paragraph into one "sentence" whose tree mixes both ("… as "terrorists."
⏎⏎ Syria's main opposition welcomed …" makes "the Assad regime" the subject of
"welcomed"). Events read roles off the tree, so such a sentence is split at its line
breaks and each piece parsed on its own. A piece's tokens live in a small Doc of their
own; ``char_start`` maps their offsets back into the article text.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

BASE = "eventwire_base"
ORIGINAL = "eventwire_doc"
_MIN_TOKENS = 3


def char_start(token: Token) -> int:
    """The token's offset in the article text (pieces carry their base offset)."""
    return token.idx + int(token.doc.user_data.get(BASE, 0))


def original_token(token: Token) -> Token | None:
    """The token at the same place in the article's own Doc."""
    doc = token.doc.user_data.get(ORIGINAL)
    if doc is None:
        return token
    span = doc.char_span(char_start(token), char_start(token) + len(token), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def span_start(span: Span) -> int:
    return span.start_char + int(span.doc.user_data.get(BASE, 0))


def span_end(span: Span) -> int:
    return span.end_char + int(span.doc.user_data.get(BASE, 0))


def sentences(doc: Doc) -> Iterator[Span]:
    """The article's sentences, re-parsed piecewise where one spans a line break."""
    for sent in doc.sents:
        breaks = [t.i for t in sent if t.is_space and "\n" in t.text and t.i < sent.end - 1]
        if not breaks:
            yield sent
            continue
        start = sent.start
        for cut in [*breaks, sent.end]:
            piece = doc[start:cut]
            start = cut + 1
            words = [t for t in piece if not t.is_space]
            if len(words) < _MIN_TOKENS:
                continue
            yield from _reparse(piece)


def _reparse(piece: Span) -> Iterator[Span]:
    from ..nlp import get_nlp

    nlp = get_nlp()
    tokens = list(piece)
    while tokens and tokens[-1].is_space:
        tokens.pop()
    words = [t.text for t in tokens]
    spaces = [bool(t.whitespace_) for t in tokens]
    if spaces:
        spaces[-1] = False
    sub = Doc(nlp.vocab, words=words, spaces=spaces)
    sub.user_data[BASE] = piece.start_char
    parsed = nlp(sub)
    parsed.user_data[BASE] = piece.start_char
    parsed.user_data[ORIGINAL] = piece.doc
    yield from parsed.sents
