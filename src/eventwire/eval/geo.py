"""Geoparsing evaluation: gold toponyms with coordinates vs the places a record found.

Loaders read GeoWebNews (Gritta et al. 2019, ``GWN.xml``) and LGL (Lieberman et al.
2010, the XML of the Gritta et al. release). The scorer follows "A Pragmatic Guide to
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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

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


def score_places(gold: Iterable[GoldToponym], places: Iterable[Place]) -> GeoScore:
    """Match gold toponyms to predicted place mentions by span overlap and measure errors.

    Args:
        gold: toponyms of one document, with their true coordinates.
        places: the places found in the same text (offsets into the same string).

    Returns:
        Counts and errors for this document; add scores with :meth:`GeoScore.add`.
    """
    spans: list[tuple[int, int, Place]] = [
        (m.start, m.end, p)
        for p in places
        if p.lat is not None and p.lon is not None
        for m in p.mentions
    ]
    score = GeoScore()
    for toponym in gold:
        score.gold += 1
        best: tuple[int, Place] | None = None
        for start, end, place in spans:
            overlap = min(end, toponym.end) - max(start, toponym.start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, place)
        if best is None:
            continue
        place = best[1]
        score.found += 1
        score.errors_km.append(
            distance_km(place.lat or 0.0, place.lon or 0.0, toponym.lat, toponym.lon)
        )
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
