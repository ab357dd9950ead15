"""The article record: the JSON contract shared by the CLI, the store and the API.

Every extracted item carries its evidence as ``[start, end)`` character offsets into
``article.text``, the exact text that was analysed. The JSON schema printed by
``eventwire schema`` is generated from these models, so they are the single source of
truth for the record's shape.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "eventwire/1"

Modality = Literal[
    "asserted",
    "reported",
    "ordered",
    "intended",
    "future",
    "conditional",
    "hypothetical",
    "denied",
]
# Only these modalities describe an act that took place.
FACTUAL_MODALITIES: frozenset[str] = frozenset({"asserted", "reported", "ordered"})

PublishedFrom = Literal["input", "option", "dateline", "caption", "none"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of ``article.text``; ``text`` equals ``article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = ""


class Offsets(_Model):
    """A stretch of ``article.text`` given by offsets only (sentences)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ArticleInfo(_Model):
    id: str
    title: str | None = None
    published: str | None = Field(None, description="ISO date (YYYY-MM-DD) of publication")
    published_from: PublishedFrom = Field(
        "none", description="where the publication date came from"
    )
    sources: list[str] = Field(default_factory=list)
    url: str | None = None
    language: str = "en"
    text: str


class Actor(_Model):
    id: str
    name: str
    code: str | None = Field(None, description="CAMEO actor code, e.g. RUSGOV, IGOUNO")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    sector: str | None = Field(None, description="CAMEO sector, e.g. GOV, MIL, OPP")
    kind: Literal["person", "organisation", "country", "group", "other"] = "other"
    wikidata: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Place(_Model):
    id: str
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    feature: str | None = Field(None, description="country, admin1, city, site, region …")
    geonames_id: int | None = None
    precision: str | None = Field(
        None, description="how exact the point is: country, admin1, city, site or region"
    )
    parts: list[str] = Field(
        default_factory=list, description="parts named, e.g. 'north' for 'northern Aleppo'"
    )
    mentions: list[Span] = Field(default_factory=list)
    attributive_mentions: list[Span] = Field(
        default_factory=list,
        description="the place named only to describe something else, not as a location:"
        " adjectives and demonyms ('Russian troops') and names inside other names"
        " ('the Ohio Department of Health')",
    )
    centroid: bool = Field(
        False, description="the point is the centre of a country or region, not a located spot"
    )


class Time(_Model):
    id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: str = Field(description="TIMEX3 value: 2016-03-14, 2016-02, 2011, P2W …")
    type: Literal["date", "time", "duration", "set"] = "date"
    mod: str | None = Field(
        None, description="TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN …"
    )


class Quote(_Model):
    id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str | None = Field(None, description="id of the actor the speaker resolves to")
    speaker_name: str | None = None
    speaker_span: Span | None = None
    cue: Span | None = None
    kind: Literal["direct", "partial", "indirect"] = "direct"


class Claim(_Model):
    id: str
    value: float
    value_max: float | None = Field(
        None,
        description="upper end of a range ('between 200 and 300', '200-300'); value is the lower",
    )
    text: str
    what: str
    qualifier: str | None = None
    source: str | None = None
    source_actor: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    unit: str | None = Field(None, description="currency code (USD, EUR …) for money")
    quantity: str | None = Field(
        None, description="what kind of quantity (deaths, injured, troops, money …)"
    )
    time: str | None = Field(None, description="id of a time expression in the same sentence")
    place: str | None = Field(None, description="id of a place mentioned in the same sentence")
    conflicts_with: list[str] = Field(
        default_factory=list, description="ids of claims giving another value for this quantity"
    )


class EventActor(_Model):
    actor: str | None = Field(None, description="id of an actor in this record")
    code: str | None = None


class Event(_Model):
    id: str
    code: str = Field(description="CAMEO event code, 2 to 4 digits")
    root: str
    label: str
    quad_class: int = Field(ge=1, le=4)
    goldstein: float
    plover: str | None = None
    plover_mode: str | None = Field(None, description="PLOVER mode of the type, e.g. phone")
    plover_context: str | None = Field(None, description="PLOVER context, e.g. military")
    source: EventActor
    target: EventActor
    date: str | None = None
    time: str | None = Field(None, description="id of the time expression dating the event")
    place: str | None = Field(None, description="id of the place where the event happened")
    negated: bool = False
    modality: Modality = "asserted"
    reported_by: str | None = Field(None, description="id of the actor reporting the event")
    sentence: Offsets
    trigger: Span
    confidence: float = Field(ge=0.0, le=1.0)
    mentions: list[Span] = Field(
        default_factory=list,
        description="every place the text names this act (the trigger first); an act "
        "repeated in a sentence or reported again later is one event",
    )


class ArticleRecord(_Model):
    schema_: str = Field(SCHEMA_VERSION, alias="schema")
    article: ArticleInfo
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialise with the public field names (``schema``, not ``schema_``)."""
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")


def record_json_schema() -> dict:
    """The JSON schema of the article record, as ``eventwire schema`` prints it."""
    return ArticleRecord.model_json_schema(by_alias=True)
