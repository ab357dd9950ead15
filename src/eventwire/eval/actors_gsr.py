"""Actor recall and code accuracy on the PLOVER gold standard records (GSR).

Each GSR sentence names its gold source and target actors by their words in the
sentence (``actorText``) with a CAMEO country (``code``; ``IGO`` for international
bodies) and sometimes a sector. For each gold actor we ask what the actors extractor
made of those words:

- **covered**: some actor mention overlaps the gold words;
- **country**: the actor that overlaps them most has the gold country (``IGO`` gold:
  an ``IGO…`` code);
- **sector**: where the gold gives one of the sectors we code (GOV, MIL, REB …) for a
  national actor, the actor's sector is that sector.

Recall counts against every gold actor whose words are found in the sentence;
code accuracy counts against the covered ones. Only the actors extractor runs (no
events), so this measures actors alone.

Run: ``python -m eventwire.eval.actors_gsr ../shared/eval/events/plover_gsr/dev.json [-v]``
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

    from ..record import Actor

# Sectors our coder produces; GSR sectors outside this set (REF, CVL, UAF, "***" …)
# are too loosely used in the GSR to check.
CHECKED_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "BUS", "MED"})


@dataclass(frozen=True)
class GoldActor:
    record: str
    text: str  # the sentence
    actor_text: str
    country: str
    sector: str | None
    start: int
    end: int


@dataclass
class ActorScore:
    gold: int = 0
    located: int = 0
    covered: int = 0
    country_correct: int = 0
    sector_checked: int = 0
    sector_correct: int = 0
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, float | int]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {
            "gold": self.gold,
            "located": self.located,
            "recall_covered": ratio(self.covered, self.located),
            "recall_country": ratio(self.country_correct, self.located),
            "country_accuracy": ratio(self.country_correct, self.covered),
            "sector_checked": self.sector_checked,
            "sector_accuracy": ratio(self.sector_correct, self.sector_checked),
        }


def _locate(text: str, actor_text: str) -> tuple[int, int] | None:
    """Where the gold words are in the sentence (runs of spaces in the gold collapse)."""
    words = actor_text.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.search(rf"(?<!\w){pattern}(?!\w)", text) or re.search(pattern, text)
    return (found.start(), found.end()) if found else None


def load_gold(path: str | Path) -> list[tuple[dict[str, Any], list[GoldActor]]]:
    """GSR records with their gold actors located in the sentence (unlocated: start -1)."""
    out = []
    for record in json.loads(Path(path).read_text(encoding="utf-8")):
        actors = []
        for role in ("source", "target"):
            value = record.get(role) or []
            for gold in [value] if isinstance(value, dict) else value:
                actor_text = (gold.get("actorText") or "").strip()
                code = (gold.get("code") or "").strip().upper()
                if not actor_text or not code:
                    continue
                where = _locate(record["text"], actor_text) or (-1, -1)
                sector = (gold.get("sector") or "").strip().upper() or None
                actors.append(
                    GoldActor(record["id"], record["text"], actor_text, code[:3], sector, *where)
                )
        out.append((record, actors))
    return out


def _country_of(actor: Actor) -> str | None:
    if actor.code and actor.code.startswith("IGO"):
        return "IGO"
    return actor.country


def best_actor(actors: list[Actor], start: int, end: int) -> Actor | None:
    """The actor whose mention overlaps ``[start, end)`` most (then the shortest)."""
    best: tuple[int, int, Actor] | None = None
    for actor in actors:
        for m in actor.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0:
                continue
            key = (overlap, -(m.end - m.start))
            if best is None or key > best[:2]:
                best = (*key, actor)
    return best[2] if best else None


def score_actors(
    path: str | Path, nlp: Language, *, verbose: bool = False
) -> tuple[ActorScore, dict[str, list[Actor]]]:
    """Score the actors extractor on one GSR file; also returns each record's actors."""
    from ..article import Article
    from ..extract.actors import extract_actors
    from ..extract.context import Context

    score = ActorScore()
    found: dict[str, list[Actor]] = {}
    records = load_gold(path)
    texts = [r["text"] for r, _ in records]
    for (record, golds), doc in zip(records, nlp.pipe(texts), strict=True):
        published = _date(record.get("date"))
        ctx = Context(article=Article(id=record["id"], text=record["text"], published=published))
        actors = extract_actors(doc, ctx)
        found[record["id"]] = actors
        for gold in golds:
            score.gold += 1
            if gold.start < 0:
                continue
            score.located += 1
            actor = best_actor(actors, gold.start, gold.end)
            if actor is None:
                score.misses.append(f"MISS   {gold.actor_text!r} {gold.country}  | {gold.text}")
                continue
            score.covered += 1
            country = _country_of(actor)
            if country == gold.country:
                score.country_correct += 1
            else:
                score.misses.append(
                    f"CODE   {gold.actor_text!r} {gold.country} got {actor.code} "
                    f"({actor.name!r})  | {gold.text}"
                )
            if gold.sector in CHECKED_SECTORS and gold.country != "IGO":
                score.sector_checked += 1
                if actor.sector == gold.sector and country == gold.country:
                    score.sector_correct += 1
                elif country == gold.country:
                    score.misses.append(
                        f"SECTOR {gold.actor_text!r} {gold.country}{gold.sector} got "
                        f"{actor.code}  | {gold.text}"
                    )
    return score, found


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def main(argv: list[str]) -> int:
    from ..nlp import get_nlp

    args = [a for a in argv if not a.startswith("-")]
    path = args[0] if args else "../shared/eval/events/plover_gsr/dev.json"
    score, _ = score_actors(path, get_nlp())
    if "-v" in argv:
        for line in score.misses:
            print(line)
    print(json.dumps(score.as_dict(), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
