"""Plain-text articles: one article per file, shaped like wire copy."""

from __future__ import annotations

import datetime as dt

from ..article import Article
from ..clean import clean_text
from ..record import PublishedFrom
from .options import ReadOptions
from .pubdate import find_dateline, infer_published


def article_from_text(
    raw: str,
    *,
    article_id: str,
    origin: str,
    options: ReadOptions,
    title: str | None = None,
    published: dt.date | None = None,
    published_from: PublishedFrom = "none",
    sources: tuple[str, ...] = (),
    url: str | None = None,
    infer_title: bool = True,
) -> Article:
    """Build an Article from decoded text and whatever metadata the input carried.

    The text is cleaned (credit lines and the trailing source line removed); a title or
    date given by the input wins over what the text suggests; sources from the input
    come first, then the trailing source line's, the credits' and the dateline agency.

    Args:
        raw: the decoded article text.
        article_id: the id to carry.
        origin: where it was read from, for error messages.
        options: reader options (``clean`` turns cleaning off).
        title: the input's headline, if any.
        published: the input's publication date, if any.
        published_from: where ``published`` came from.
        sources: outlets named by the input.
        url: the input's URL, if any.
        infer_title: take the first line as headline when the input gives none
            (False for HTML and feeds, whose text starts with the body).

    Returns:
        The article, ready for :func:`eventwire.process`.
    """
    cleaned = clean_text(raw, remove_credits=options.clean)
    if published is None:
        published, published_from = infer_published(cleaned.text)
    dateline = find_dateline(cleaned.text)
    agency = [dateline.agency] if dateline is not None and dateline.agency else []
    all_sources = tuple(dict.fromkeys([*sources, *cleaned.sources, *agency]))
    return Article(
        id=article_id,
        text=cleaned.text,
        title=title if title is not None or not infer_title else cleaned.title,
        published=published,
        published_from=published_from,
        sources=all_sources,
        url=url,
        origin=origin,
    )
