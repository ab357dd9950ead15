"""What earlier stages found, handed to later extractors.

Every extractor has the shape ``extract_X(doc, ctx) -> list[X]``. The pipeline runs
them in a fixed order (actors, times, places, quotes, claims, events) and passes each
a new :class:`Context` holding the results so far; no extractor changes another's
results or reaches into its internals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..article import Article
from ..record import Actor, Claim, Place, Quote, Time


@dataclass(frozen=True)
class Context:
    article: Article
    actors: list[Actor] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    @property
    def published(self) -> dt.date | None:
        return self.article.published


def actor_at(ctx: Context, start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping ``[start, end)``, the longest mention first."""
    best: tuple[int, Actor] | None = None
    for actor in ctx.actors:
        for mention in actor.mentions:
            if mention.start < end and start < mention.end:
                size = mention.end - mention.start
                if best is None or size > best[0]:
                    best = (size, actor)
    return best[1] if best else None


def place_at(ctx: Context, start: int, end: int) -> Place | None:
    """The place with a mention overlapping ``[start, end)``."""
    for place in ctx.places:
        for mention in place.mentions:
            if mention.start < end and start < mention.end:
                return place
    return None
