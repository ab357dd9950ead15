"""HTML pages: main text and metadata (title, date, URL) by trafilatura."""

from __future__ import annotations

import datetime as dt

from ..article import Article
from ..errors import ArticleError, E
from .decode import looks_binary
from .options import ReadOptions
from .outlets import normalise_outlet
from .text import article_from_text

# Only the page's own metadata: htmldate's extensive search guesses from any date in
# the text, which is what our caption rule does more carefully.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# On a page without an article trafilatura falls back to menu text ("Home World");
# less than a sentence's worth of words is no article.
MIN_ARTICLE_WORDS = 8


def article_from_html(
    data: bytes | str,
    *,
    article_id: str,
    origin: str,
    options: ReadOptions,
    url: str | None = None,
) -> Article | ArticleError:
    """Extract the article of an HTML page, or the error saying why there is none.

    Args:
        data: the page, as bytes (trafilatura detects the encoding) or text.
        article_id: the id to carry.
        origin: where it was read from, for error messages.
        options: reader options.
        url: the page's address when known from outside (a WARC record).

    Returns:
        The article, with ``published_from="input"`` when the page's metadata dates it.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not raw.strip():
        return ArticleError(E.E001, origin)
    if looks_binary(raw):
        return ArticleError(E.E002, origin)
    import trafilatura  # slow to import; only HTML input needs it

    document = trafilatura.bare_extraction(
        raw,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(text.split()) < MIN_ARTICLE_WORDS:
        return ArticleError(E.E004, origin)
    published = _iso_date(getattr(document, "date", None))
    sitename = getattr(document, "sitename", None)
    outlet = normalise_outlet(sitename) if sitename else None
    return article_from_text(
        text,
        article_id=article_id,
        origin=origin,
        options=options,
        title=getattr(document, "title", None) or None,
        published=published,
        published_from="input" if published else "none",
        sources=(outlet,) if outlet else (),
        url=getattr(document, "url", None) or url,
        infer_title=False,
    )


def _iso_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
