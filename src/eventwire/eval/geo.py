"""Geoparsing evaluation: gold toponyms with coordinates vs the places a record found.

Loaders read GeoWebNews (Gritta et al. 2019, ``GWN.xml``), LGL (Lieberman et al.
2010, the XML of the Gritta et al. release) and GeoVirus (Gritta et al. 2018, Wikinews
articles on epidemics). The scorer follows "A Pragmatic Guide to
Geoparsing Evaluation" (Gritta, Pilehvar, Collier 2019): a gold toponym counts as
*found* when a predicted place mention overlaps its span; over found toponyms we
report accuracy within 161 km (100 miles), the median error, and the AUC of the
log-error curve (0 is perfect, 1 is every answer at the antipode). Recall says how
many gold toponyms were found at all.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..extract.places import distance_km
from ..record import Place

ACCURACY_KM = 161.0
# Half the Earth's circumference: the largest possible great-circle error.
MAX_ERROR_KM = 20039.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float
    kind: str = ""  # the dataset's toponym type, e.g. GeoWebNews "Literal", "Metonymic"


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass
class GeoScore:
    gold: int = 0
    found: int = 0
    errors_km: list[float] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def accuracy_161(self) -> float:
        if not self.errors_km:
            return 0.0
        return sum(e <= ACCURACY_KM for e in self.errors_km) / len(self.errors_km)

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else math.nan

    @property
    def auc(self) -> float:
        return error_auc(self.errors_km)

    def add(self, other: GeoScore) -> None:
        self.gold += other.gold
        self.found += other.found
        self.errors_km.extend(other.errors_km)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "found": self.found,
            "recall": round(self.recall, 4),
            "accuracy_161km": round(self.accuracy_161, 4),
            "median_km": round(self.median_km, 1) if self.errors_km else None,  # type: ignore[dict-item]
            "auc": round(self.auc, 4),
        }


def error_auc(errors_km: Sequence[float]) -> float:
    """Area under the curve of sorted log errors, scaled to [0, 1] (Gritta et al. 2019).

    Each error contributes ``ln(1 + e) / ln(1 + MAX_ERROR_KM)``; the area under the
    step curve of those values over the unit interval is their mean.
    """
    if not errors_km:
        return 0.0
    top = math.log1p(MAX_ERROR_KM)
    return sum(math.log1p(min(max(e, 0.0), MAX_ERROR_KM)) / top for e in errors_km) / len(errors_km)


def match_toponyms(
    gold: Iterable[GoldToponym], places: Iterable[Place], *, literal_only: bool = False
) -> list[tuple[GoldToponym, Place | None, float | None]]:
    """Each gold toponym with the predicted place whose mention overlaps it most.

    Mentions count both kinds a record carries: places named as locations and
    attributive mentions (demonyms, names inside other names), which the gold sets
    annotate as toponyms too; ``literal_only`` counts the first kind alone.

    Returns:
        ``(toponym, place, error_km)`` per toponym; place and error are None when
        no predicted mention with coordinates overlaps the toponym.
    """
    spans: list[tuple[int, int, Place]] = [
        (m.start, m.end, p)
        for p in places
        if p.lat is not None and p.lon is not None
        for m in (p.mentions if literal_only else [*p.mentions, *p.attributive_mentions])
    ]
    matched: list[tuple[GoldToponym, Place | None, float | None]] = []
    for toponym in gold:
        best: tuple[int, Place] | None = None
        for start, end, place in spans:
            overlap = min(end, toponym.end) - max(start, toponym.start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, place)
        if best is None:
            matched.append((toponym, None, None))
            continue
        place = best[1]
        error = distance_km(place.lat or 0.0, place.lon or 0.0, toponym.lat, toponym.lon)
        matched.append((toponym, place, error))
    return matched


def score_places(gold: Iterable[GoldToponym], places: Iterable[Place]) -> GeoScore:
    """Match gold toponyms to predicted place mentions by span overlap and measure errors.

    Args:
        gold: toponyms of one document, with their true coordinates.
        places: the places found in the same text (offsets into the same string).

    Returns:
        Counts and errors for this document; add scores with :meth:`GeoScore.add`.
    """
    score = GeoScore()
    for _toponym, place, error in match_toponyms(gold, places):
        score.gold += 1
        if place is not None and error is not None:
            score.found += 1
            score.errors_km.append(error)
    return score


def score_places_literal(gold: Iterable[GoldToponym], places: Iterable[Place]) -> GeoScore:
    """Like :func:`score_places`, counting only mentions of places as locations."""
    score = GeoScore()
    for _toponym, place, error in match_toponyms(gold, places, literal_only=True):
        score.gold += 1
        if place is not None and error is not None:
            score.found += 1
            score.errors_km.append(error)
    return score


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def load_geowebnews(path: Path) -> list[GoldDoc]:
    """GeoWebNews ``GWN.xml``: toponyms that carry coordinates (the geocoding gold)."""
    root = ET.parse(path).getroot()
    docs: list[GoldDoc] = []
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        toponyms = []
        for t in article.iter("toponym"):
            lat, lon = _float(t.findtext("latitude")), _float(t.findtext("longitude"))
            if lat is None or lon is None:
                continue
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            toponyms.append(
                GoldToponym(start, end, text[start:end], lat, lon, t.findtext("type") or "")
            )
        docs.append(GoldDoc(article.get("file") or str(len(docs)), text, tuple(toponyms)))
    return docs


def load_lgl(path: Path) -> list[GoldDoc]:
    """LGL in the XML of the Gritta et al. release: toponyms with a GeoNames ``gaztag``."""
    root = ET.parse(path).getroot()
    docs: list[GoldDoc] = []
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        toponyms = []
        for t in article.iter("toponym"):
            gaz = t.find("gaztag")
            if gaz is None:
                continue
            lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
            if lat is None or lon is None:
                continue
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            kind = gaz.findtext("fcode") or ""
            toponyms.append(GoldToponym(start, end, text[start:end], lat, lon, kind))
        docs.append(GoldDoc(article.get("docid") or str(len(docs)), text, tuple(toponyms)))
    return docs


def load_geovirus(path: Path) -> list[GoldDoc]:
    """GeoVirus ``GeoVirus.xml``: Wikinews passages with located toponyms.

    Several passages share one Wikinews source page; each passage is its own
    document here, numbered in file order (ids ``source#n``).
    """
    root = ET.parse(path).getroot()
    docs: list[GoldDoc] = []
    for n, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        toponyms = []
        for t in article.iter("location"):
            lat, lon = _float(t.findtext("lat")), _float(t.findtext("lon"))
            if lat is None or lon is None:
                continue
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            toponyms.append(GoldToponym(start, end, text[start:end], lat, lon))
        source = (article.findtext("source") or "").rsplit("/", 1)[-1]
        docs.append(GoldDoc(f"{source}#{n}", text, tuple(toponyms)))
    return docs


# name → (file under the shared folder, loader)
GEO_SETS: dict[str, tuple[tuple[str, ...], Callable[[Path], list[GoldDoc]]]] = {
    "geowebnews": (("eval", "places", "geowebnews", "data", "GWN.xml"), load_geowebnews),
    "lgl": (("eval", "places", "lgl", "dev.xml"), load_lgl),
    "geovirus": (("eval", "places", "GeoVirus.xml"), load_geovirus),
}


def load_geo_set(name: str, shared: Path) -> list[GoldDoc]:
    """The gold documents of one geoparsing set (``geowebnews``, ``lgl`` or ``geovirus``)."""
    if name not in GEO_SETS:
        raise ValueError(f"unknown geoparsing set {name!r}; known: {', '.join(GEO_SETS)}")
    parts, loader = GEO_SETS[name]
    return loader(shared.joinpath(*parts))


def geoparse(docs: Sequence[GoldDoc]) -> Iterator[list[Place]]:
    """The places eventwire finds in each gold text, in order.

    Runs only the stages places depend on (parse, actors, places), on the gold text
    exactly, so that offsets agree with the gold spans.
    """
    from ..article import Article
    from ..extract.actors import extract_actors
    from ..extract.context import Context
    from ..extract.places import extract_places
    from ..nlp import get_nlp

    nlp = get_nlp()
    for gold, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        ctx = Context(article=Article(id=gold.id, text=gold.text))
        ctx = replace(ctx, actors=extract_actors(doc, ctx))
        yield extract_places(doc, ctx)


def evaluate_geo(name: str, shared: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Score eventwire's places on one geoparsing gold set.

    Args:
        name: ``geowebnews``, ``lgl`` (the dev half) or ``geovirus``.
        shared: the shared folder holding ``eval/places``.
        limit: score only the first ``limit`` documents.

    Returns:
        ``documents``, ``gold``, ``found``, ``recall``, ``acc_161`` (share of found
        toponyms within 161 km), ``recall_locations`` (recall counting only mentions
        of places as locations, not attributive ones), ``median_km``, ``auc`` and
        ``errors``: one line per missed toponym or per answer more than 161 km off.
    """
    docs = load_geo_set(name, shared)
    if limit is not None:
        docs = docs[:limit]
    total = GeoScore()
    literal = GeoScore()  # counting only mentions that name places as locations
    errors: list[str] = []
    for gold, places in zip(docs, geoparse(docs), strict=True):
        literal.add(score_places_literal(gold.toponyms, places))
        for toponym, place, error in match_toponyms(gold.toponyms, places):
            total.gold += 1
            if place is None or error is None:
                errors.append(f"{gold.id}: missed {toponym.text!r} at {toponym.start}")
                continue
            total.found += 1
            total.errors_km.append(error)
            if error > ACCURACY_KM:
                errors.append(
                    f"{gold.id}: {toponym.text!r} at {toponym.start} → {place.name} "
                    f"({place.country or '?'}, {place.feature or '?'}) {error:.0f} km off"
                )
    return {
        "documents": len(docs),
        "gold": total.gold,
        "found": total.found,
        "recall": round(total.recall, 4),
        "acc_161": round(total.accuracy_161, 4),
        "recall_locations": round(literal.recall, 4),
        "median_km": round(total.median_km, 1) if total.errors_km else 0.0,
        "auc": round(total.auc, 4),
        "errors": errors,
    }
