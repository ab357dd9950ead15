"""The Article: what every reader yields and what `process` consumes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .record import PublishedFrom


@dataclass(frozen=True)
class Article:
    """One news article, ready for analysis.

    ``text`` is exactly the text that is analysed and that every span points into:
    line endings normalised to ``\\n``, credit lines ("Photo by: Reuters") and the
    trailing source line removed (their content goes to ``sources``).

    Attributes:
        id: stable identifier; carried over from the input when it has one.
        text: the analysed text.
        title: headline, when known.
        published: publication date, when known.
        published_from: where ``published`` came from (input, option, dateline, caption).
        sources: agencies and outlets credited ("TRT World", "Reuters").
        url: where the article was published, when known.
        origin: where it was read from (file path, ``path:line``), for error messages.
    """

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_from: PublishedFrom = "none"
    sources: tuple[str, ...] = field(default_factory=tuple)
    url: str | None = None
    language: str = "en"
    origin: str = "<memory>"
