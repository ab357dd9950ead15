"""Score an article record against a facts file shaped like ``shared/seed/expected.json``.

The matching rules are those of ``shared/seed/README.md``: lenient on form, strict on
facts. Any article annotated in the same shape can be scored the same way, so the
scorer takes the facts as data and knows nothing about the seed itself.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Fact = dict[str, Any]
Record = dict[str, Any]

CATEGORIES = (
    "article",
    "actors",
    "events",
    "not_events",
    "quotes",
    "not_quotes",
    "times",
    "places",
    "claims",
)


@dataclass
class CategoryScore:
    found: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.found / self.total if self.total else 1.0


@dataclass
class FactsScore:
    categories: dict[str, CategoryScore]

    @property
    def found(self) -> int:
        return sum(c.found for c in self.categories.values())

    @property
    def total(self) -> int:
        return sum(c.total for c in self.categories.values())

    @property
    def rate(self) -> float:
        return self.found / self.total if self.total else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "found": self.found,
            "total": self.total,
            "rate": round(self.rate, 4),
            "categories": {
                name: {
                    "found": c.found,
                    "total": c.total,
                    "rate": round(c.rate, 4),
                    "misses": c.misses,
                }
                for name, c in self.categories.items()
            },
        }


def load_facts(path: str | Path) -> dict[str, Any]:
    """Read a facts file (JSON shaped like ``shared/seed/expected.json``)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def score_record(record: Record, facts: dict[str, Any]) -> FactsScore:
    """Check each expected fact against one article record (as a JSON-like dict)."""
    checks: dict[str, Callable[[Record, Fact], bool]] = {
        "actors": _has_actor,
        "events": _has_event,
        "not_events": _lacks_event,
        "quotes": _has_quote,
        "not_quotes": _lacks_quote,
        "times": _has_time,
        "places": _has_place,
        "claims": _has_claim,
    }
    categories = {"article": _score_article(record, facts.get("article", {}))}
    for name, check in checks.items():
        score = CategoryScore()
        for fact in facts.get(name, []):
            score.total += 1
            if check(record, fact):
                score.found += 1
            else:
                score.misses.append(_describe(fact))
        categories[name] = score
    return FactsScore(categories)


def _describe(fact: Fact) -> str:
    return json.dumps({k: v for k, v in fact.items() if k != "note"}, ensure_ascii=False)


def _score_article(record: Record, expected: Fact) -> CategoryScore:
    article = record["article"]
    score = CategoryScore()

    def check(ok: bool, what: str) -> None:
        score.total += 1
        if ok:
            score.found += 1
        else:
            score.misses.append(what)

    if "title" in expected:
        check(article.get("title") == expected["title"], f"title {expected['title']!r}")
    if "published" in expected:
        check(
            article.get("published") == expected["published"],
            f"published {expected['published']} (got {article.get('published')})",
        )
    if "sources" in expected:
        check(
            set(expected["sources"]) <= set(article.get("sources") or []),
            f"sources {expected['sources']} (got {article.get('sources')})",
        )
    for line in expected.get("not_body", []):
        check(line not in article["text"], f"not in body: {line!r}")
    return score


def fold(text: str) -> str:
    """Case and punctuation folded, spaces collapsed: how quote texts are compared."""
    text = unicodedata.normalize("NFKD", text).casefold()
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


def _has_actor(record: Record, fact: Fact) -> bool:
    needle = fact["mention"]
    for actor in record.get("actors", []):
        names = [actor.get("name") or ""] + [m.get("text", "") for m in actor.get("mentions", [])]
        if not any(needle in name for name in names):
            continue
        code = actor.get("code") or ""
        if "code" in fact and code == fact["code"]:
            return True
        if "code_prefix" in fact and code.startswith(fact["code_prefix"]):
            return True
    return False


def _event_matches(event: Fact, fact: Fact) -> bool:
    source = (event.get("source") or {}).get("code") or ""
    target = (event.get("target") or {}).get("code") or ""
    if not source.startswith(fact.get("source", "")) or not target.startswith(
        fact.get("target", "")
    ):
        return False
    if "code" in fact and event.get("code") != fact["code"]:
        return False
    if "root" in fact and event.get("root") != fact["root"]:
        return False
    return "date" not in fact or event.get("date") == fact["date"]


def _has_event(record: Record, fact: Fact) -> bool:
    return any(_event_matches(event, fact) for event in record.get("events", []))


def _phrase_spans(text: str, phrase: str) -> Iterable[tuple[int, int]]:
    for match in re.finditer(re.escape(phrase), text):
        yield match.start(), match.end()


def _lacks_event(record: Record, fact: Fact) -> bool:
    """No event triggered inside the phrase (its clause is where the act would be coded)."""
    text = record["article"]["text"]
    spans = list(_phrase_spans(text, fact["trigger"]))
    for event in record.get("events", []):
        trigger = event.get("trigger") or {}
        for start, end in spans:
            if trigger.get("start", -1) < end and start < trigger.get("end", -1):
                return False
    return True


def _surname(name: str) -> str:
    return name.split()[-1]


def _has_quote(record: Record, fact: Fact) -> bool:
    starts = fold(fact["starts"])
    surname = _surname(fact["speaker"]).casefold()
    for quote in record.get("quotes", []):
        if not fold(quote.get("text", "")).startswith(starts):
            continue
        speaker = (quote.get("speaker_name") or "").casefold()
        if surname in speaker:
            return True
    return False


def _lacks_quote(record: Record, fact: Fact) -> bool:
    unwanted = fold(fact["text"])
    return all(fold(q.get("text", "")) != unwanted for q in record.get("quotes", []))


def _has_time(record: Record, fact: Fact) -> bool:
    times = sorted(record.get("times", []), key=lambda t: t.get("start", 0))
    for time in times:
        if fact["text"] in time.get("text", ""):
            return bool(time.get("value") == fact["value"])
    return False


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _has_place(record: Record, fact: Fact) -> bool:
    for place in record.get("places", []):
        if not any(fact["mention"] in m.get("text", "") for m in place.get("mentions", [])):
            continue
        if "country" in fact:
            if place.get("country") == fact["country"]:
                return True
            continue
        lat, lon = place.get("lat"), place.get("lon")
        if lat is None or lon is None:
            continue
        if distance_km(lat, lon, fact["lat"], fact["lon"]) <= fact["km"]:
            return True
    return False


def _has_claim(record: Record, fact: Fact) -> bool:
    for claim in record.get("claims", []):
        if claim.get("value") != fact["value"]:
            continue
        if fact.get("source", "").casefold() in (claim.get("source") or "").casefold():
            return True
    return False
