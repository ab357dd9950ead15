"""Places: find the toponyms of an article and resolve each to a point on the map.

Detection takes spaCy's GPE/LOC/FAC entities, curated names the small model misses
("Hmeymim"), and the shapes English gives place names: "Latakia province", "the port
of Tartous", "the Hmeymim airbase", "northern Aleppo", "Springfield, Ill.", "Syria's
Latakia province", datelines ("BEIRUT —"), US counties ("Henry County", "Navarro and
Ellis counties"), town names before local nouns ("Torrington firefighters") and names
the tagger calls persons or organisations after "in"/"near".

A place has two kinds of mention. ``mentions`` name it as a location. ``attributive_mentions``
name it only to describe something else: demonyms and adjectives ("Russian troops"),
names inside other names ("the Ohio Department of Health"), a member's state
("D-Calif."). Both say which place the article refers to; only the first can be where
an event happened (see ``resources/places/README.md``).

Resolution ranks every gazetteer candidate of a name by evidence a reader would use:
how big the place is, what kind of place the words say it is, the countries the
article is about (countries it names, its actors' countries, countries of places
already resolved, weighted by how sure each is), closeness to those places, whether
other names of the article could be places near a candidate (coherence), an explicit
container ("X, Illinois"; "Syria's X") and whether the name is the place's main name.
No name is its own evidence: a group's own vote is left out when it is ranked.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..gazetteer import Candidate, Gazetteer, fold, get_gazetteer
from ..record import Place
from ..record import Span as TextSpan
from .context import Context
from .places_mentions import Mention, find_mentions

# Scoring weights (see _score): sizes of evidence, in "points".
W_POPULATION = 1.0 / 7.0  # per log10 of population: 10 M people → 1 point
W_EXACT = 0.5
W_ARTICLE_COUNTRY = 2.0
W_NEAR = 1.0
W_SAME_ADMIN1 = 1.0
W_CAPITAL = 0.6
W_DEFINITE_FEATURE = 1.5
W_FEATURE = {
    "country": 1.2,
    "admin1": 1.2,
    "continent": 2.0,
    "region": 2.0,
    "water": 2.0,
    "site": 1.5,
    "city": 0.0,
    "airport": 0.0,
    "airbase": 0.5,
}
CONFIDENT_MARGIN = 1.0
VOTE_SCALE = 100
W_COHERENT = 0.3  # per other name (up to two) with a possible place near this candidate
W_BARE_NAME_CITY = 3.0


@dataclass
class Group:
    """Mentions that share a name and kind, resolved together to one place."""

    key: tuple[str, str | None]
    mentions: list[Mention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    best: Candidate | None = None
    margin: float = 0.0


def extract_places(doc: Doc, ctx: Context) -> list[Place]:
    """Every place the article names, resolved to coordinates, in order of first mention.

    Args:
        doc: the parsed article.
        ctx: earlier results; actors' countries hint at the article's countries.

    Returns:
        One :class:`Place` per distinct place, ids ``P1``… by first mention.
    """
    gazetteer = get_gazetteer()
    mentions = find_mentions(doc, gazetteer)
    groups = _group(mentions, gazetteer)
    resolve_groups(groups, gazetteer, actor_countries(ctx))
    return _places(doc, groups)


# ---------------------------------------------------------------- resolution


def actor_countries(ctx: Context) -> Counter[str]:
    """Countries of the article's actors, counted by mentions."""
    counts: Counter[str] = Counter()
    for actor in ctx.actors:
        if actor.country:
            counts[actor.country] += max(1, len(actor.mentions))
    return counts


def _group(mentions: list[Mention], gazetteer: Gazetteer) -> list[Group]:
    groups: dict[tuple[str, str | None], Group] = {}
    for m in mentions:
        key = (fold(m.name), m.kind)
        group = groups.setdefault(key, Group(key=key))
        group.mentions.append(m)
    for group in groups.values():
        group.candidates = _candidates(group, gazetteer)
    return [g for g in groups.values() if g.candidates]


def _candidates(group: Group, gazetteer: Gazetteer) -> list[Candidate]:
    name = group.mentions[0].name
    kind = group.key[1]
    fixed = next((m.fixed for m in group.mentions if m.fixed is not None), None)
    if fixed is not None:
        return [fixed]
    if kind == "county":
        counties = gazetteer.counties_named(name)
        if counties:
            return counties + [c for c in gazetteer.lookup(name) if c.feature == "admin1"]
        kind = "admin"
    if kind == "base":
        found = [
            c for c in gazetteer.additions(name) if c.feature in ("site", "airbase", "airport")
        ]
        found += gazetteer.airports_named(name)
        return found or gazetteer.lookup(name)
    found = gazetteer.lookup(name)
    if all(m.main_only for m in group.mentions):
        found = [c for c in found if c.exact or c.feature != "city"]
    if kind == "admin" and not found:
        # "Aleppo Governorate" is also a full curated name.
        found = gazetteer.lookup(name + " " + "province")
    return found


@dataclass
class ArticleContext:
    """Where the article is: its countries and first-level regions, weighted by evidence."""

    countries: Counter[str]
    regions: Counter[tuple[str, str]] = field(default_factory=Counter)  # (ISO3, admin1 code)
    anchors: list[Candidate] = field(default_factory=list)
    # Per group (by id): the map cells near any of its candidates, for coherence.
    cells: dict[int, set[tuple[int, int]]] = field(default_factory=dict)


def resolve_groups(groups: list[Group], gazetteer: Gazetteer, actors: Counter[str]) -> None:
    """Pick each group's best candidate: first on names alone, then in the article's context.

    Each pass feeds the next: places resolved with a clear margin tell which countries
    and regions the article is about and serve as anchors for proximity.
    """
    base: Counter[str] = Counter(actors)
    for group in groups:
        for m in group.mentions:
            if m.container is not None and m.container.country:
                base[m.container.country] += 2
        # A country's name is evidence of that country, unless it is also a
        # first-level region's ("Georgia").
        countries = [c for c in group.candidates if c.feature == "country"]
        if countries and not any(c.feature == "admin1" for c in group.candidates):
            base[countries[0].country or ""] += 2 * len(group.mentions)
        elif _one_country(group.candidates):
            # Every place of this name lies in one country ("Henry County"): evidence
            # of that country before anything is resolved.
            base[group.candidates[0].country or ""] += len(group.mentions)
    cells = {id(group): _cells(group.candidates) for group in groups}
    # Votes are integers in hundredths, so that uncertain answers can count in part.
    base = Counter({country: n * VOTE_SCALE for country, n in base.items()})
    context = ArticleContext(countries=Counter(base), cells=cells)
    # What each group added to the context, so that no name is its own evidence
    # ("Paris" resolved to France must not make the article French for "Paris").
    own: dict[int, tuple[str, tuple[str, str] | None, int]] = {}
    for _ in range(3):
        for group in groups:
            _rank(group, _without(context, own.get(id(group))))
        context = ArticleContext(countries=Counter(base), cells=cells)
        own = {}
        for group in groups:
            best = group.best
            if best is None:
                continue
            # An uncertain answer counts in proportion to its margin: a few weak
            # votes for Texas still outweigh none.
            weight = min(1.0, group.margin / CONFIDENT_MARGIN)
            if weight >= 1.0:
                context.anchors.append(best)
            if best.country and weight > 0:
                n = round(len(group.mentions) * weight * VOTE_SCALE)
                context.countries[best.country] += n
                region = None
                if best.admin1 and best.feature in ("admin1", "admin2", "city"):
                    region = (best.country, best.admin1)
                    context.regions[region] += n
                own[id(group)] = (best.country, region, n)


def _without(
    context: ArticleContext, own: tuple[str, tuple[str, str] | None, int] | None
) -> ArticleContext:
    if own is None:
        return context
    country, region, n = own
    countries = Counter(context.countries)
    countries[country] -= n
    regions = Counter(context.regions)
    if region is not None:
        regions[region] -= n
    return ArticleContext(+countries, +regions, context.anchors, context.cells)


LOCAL_FEATURES = frozenset({"city", "admin2", "site", "airbase", "airport"})


def _one_country(candidates: list[Candidate]) -> bool:
    countries = {c.country for c in candidates}
    if len(countries) != 1 or None in countries:
        return False
    return len(candidates) > 1 or candidates[0].feature != "city"


def _cell(c: Candidate) -> tuple[int, int]:
    return (math.floor(c.lat), math.floor(c.lon))


def _cells(candidates: list[Candidate]) -> set[tuple[int, int]]:
    """The 1° cells around a name's local candidates (its own cell and the 8 around it)."""
    cells: set[tuple[int, int]] = set()
    for c in candidates:
        if c.feature in LOCAL_FEATURES:
            lat, lon = _cell(c)
            cells.update((lat + i, lon + j) for i in (-1, 0, 1) for j in (-1, 0, 1))
    return cells


def _support(c: Candidate, group: Group, context: ArticleContext) -> int:
    """How many other names of the article could be places near this candidate."""
    if c.feature not in LOCAL_FEATURES or not context.cells:
        return 0
    cell = _cell(c)
    return sum(1 for gid, cells in context.cells.items() if gid != id(group) and cell in cells)


def _rank(group: Group, context: ArticleContext) -> None:
    anchors = [a for a in context.anchors if a is not group.best]
    scored = sorted(
        ((_score(c, group, context, anchors), i, c) for i, c in enumerate(group.candidates)),
        key=lambda t: (-t[0], t[1]),
    )
    group.best = scored[0][2]
    group.margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 10.0


def _score(c: Candidate, group: Group, context: ArticleContext, anchors: list[Candidate]) -> float:
    kind = group.key[1]
    countries = context.countries
    score = W_POPULATION * math.log10(c.population + 1)
    score += W_FEATURE.get(c.feature, 0.0)
    if c.exact:
        score += W_EXACT
    if c.population >= 50_000 and get_gazetteer().is_capital(c):
        score += W_CAPITAL
    if kind == "admin" and c.feature == "admin1":
        score += 3.0
    elif kind == "admin" and c.feature == "city":
        score -= 1.0
    if kind == "base" and c.feature in ("site", "airbase", "airport"):
        score += 3.0
    if kind == "port" and c.feature in ("city", "site"):
        score += 0.5
    if c.feature in ("water", "region", "site") and all(m.definite for m in group.mentions):
        score += W_DEFINITE_FEATURE
    if c.feature == "country" and not any(o.feature == "admin1" for o in group.candidates):
        # English names a country by its name: "Mexico" is Mexico before it is a
        # town in Missouri, whatever else the article is about. A name that is also
        # a state's ("Georgia") is the one the article's countries favour.
        score += W_ARTICLE_COUNTRY
    elif c.country and countries:
        share = countries[c.country] / sum(countries.values())
        if share > 0:
            score += W_ARTICLE_COUNTRY * (0.5 + 0.5 * share)
    if c.feature == "admin1" and kind is None and _city_takes_the_name(c, group):
        score -= W_BARE_NAME_CITY
    if kind == "county" and c.feature == "admin2":
        score += 3.0
    if c.feature in ("city", "admin2") and c.admin1 and c.country and context.regions:
        weight = context.regions[(c.country, c.admin1)]
        if weight:
            score += W_SAME_ADMIN1 * (0.5 + 0.5 * weight / sum(context.regions.values()))
    container = next((m.container for m in group.mentions if m.container is not None), None)
    if container is not None:
        if container.country and c.country != container.country:
            score -= 5.0
        elif container.feature == "admin1" and c.feature == "city":
            if container.admin1 and c.admin1 == container.admin1:
                score += 2.0
            elif distance_km(c.lat, c.lon, container.lat, container.lon) < 400:
                score += 1.0
        elif container.feature == "admin1" and c.feature == "admin2":
            score += 2.0 if container.admin1 and c.admin1 == container.admin1 else -2.0
    support = _support(c, group, context)
    if support:
        score += W_COHERENT * min(support, 2)
    if anchors and c.feature not in ("country", "continent"):
        nearest = min(distance_km(c.lat, c.lon, a.lat, a.lon) for a in anchors)
        if nearest < 150:
            score += W_NEAR
        elif nearest < 600:
            score += W_NEAR / 2
    return score


def _city_takes_the_name(region: Candidate, group: Group) -> bool:
    """Does a bare name mean the big city rather than its region ("New York", "Washington")?

    News names the state "New York state" or "Washington state"; the bare name is
    the city when a same-named city of the country is a capital or a metropolis.
    """
    gazetteer = get_gazetteer()
    return any(
        o.feature == "city"
        and o.exact
        and o.country == region.country
        and (o.population >= 1_000_000 or (o.population >= 100_000 and gazetteer.is_capital(o)))
        for o in group.candidates
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


# ---------------------------------------------------------------- records


def _display_name(c: Candidate) -> str:
    # GeoNames main names carry diacritics ("Ţarţūs"); English copy uses the ASCII form.
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", c.name)
    ascii_name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return ascii_name if ascii_name.isascii() else c.name


def _identity(c: Candidate) -> tuple:
    return (c.geonames_id, c.feature, round(c.lat, 3), round(c.lon, 3), c.name)


def _places(doc: Doc, groups: list[Group]) -> list[Place]:
    text = doc.text  # built anew on every access: read it once
    by_identity: dict[tuple, tuple[Candidate, list[Mention]]] = {}
    for group in groups:
        if group.best is None:
            continue
        entry = by_identity.setdefault(_identity(group.best), (group.best, []))
        entry[1].extend(group.mentions)
    ordered = sorted(by_identity.values(), key=lambda e: min(m.start for m in e[1]))
    places: list[Place] = []
    for n, (cand, mentions) in enumerate(ordered, start=1):
        mentions.sort(key=lambda m: m.start)
        parts = sorted({m.part for m in mentions if m.part})
        precision = _precision(cand)
        places.append(
            Place(
                id=f"P{n}",
                name=_display_name(cand),
                lat=round(cand.lat, 4),
                lon=round(cand.lon, 4),
                country=cand.country,
                feature=cand.feature,
                geonames_id=cand.geonames_id,
                precision=precision,
                parts=parts,
                mentions=[
                    TextSpan(start=m.start, end=m.end, text=text[m.start : m.end])
                    for m in mentions
                    if not m.attributive
                ],
                attributive_mentions=[
                    TextSpan(start=m.start, end=m.end, text=text[m.start : m.end])
                    for m in mentions
                    if m.attributive
                ],
                centroid=precision in CENTROID_PRECISIONS,
            )
        )
    return places


# Precisions whose point stands for a whole area rather than a located spot.
CENTROID_PRECISIONS = frozenset({"country", "admin1", "admin2", "region"})


def _precision(c: Candidate) -> str:
    if c.feature in ("country", "admin1", "admin2", "city"):
        return c.feature
    if c.feature in ("region", "water", "continent"):
        return "region"
    return "site"
