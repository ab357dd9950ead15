"""WikiEvents (KAIROS ontology): event types and their attacker, target/victim and place.

eventwire codes CAMEO, so a documented mapping turns CAMEO roots into KAIROS types,
compared at the ``Type.Subtype`` level (``Conflict.Attack``), not the third level. A
predicted event matches a gold one when their triggers overlap and the types agree.
CAMEO codes an attack that killed or wounded people as the attack, where KAIROS splits
the same words into the attack and its outcome, so a CAMEO assault or fight also
matches a ``Life.Die`` or ``Life.Injure`` mention on the same trigger.
For matched events, each predicted argument (source → Attacker, target → Target or
Victim, place → Place) is right when its mention overlaps a gold argument of that role.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article
from ..record import ArticleRecord, Event, Span

# CAMEO code prefix → KAIROS Type.Subtype; the longest prefix wins.
CAMEO_TO_KAIROS: dict[str, str] = {
    "01": "Contact.Contact",
    "02": "Contact.RequestCommand",
    "04": "Contact.Contact",
    "10": "Contact.RequestCommand",
    "13": "Contact.ThreatenCoerce",
    "14": "Conflict.Demonstrate",
    "171": "ArtifactExistence.DamageDestroyDisableDismantle",
    "173": "Justice.ArrestJailDetain",
    "18": "Conflict.Attack",
    "19": "Conflict.Attack",
    "20": "Conflict.Attack",
}
# KAIROS types that describe an attack's outcome on the same words ("killed").
ATTACK_OUTCOMES = frozenset({"Life.Die", "Life.Injure"})
# Our roles → the KAIROS roles they fill.
ROLE_MAP: dict[str, frozenset[str]] = {
    "source": frozenset(
        {"Attacker", "Killer", "Injurer", "Communicator", "Participant", "Demonstrator", "Jailer"}
    ),
    "target": frozenset({"Target", "Victim", "Recipient", "Participant", "Detainee"}),
    "place": frozenset({"Place"}),
}


@dataclass(frozen=True)
class GoldArgument:
    role: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldEvent:
    kind: str  # Type.Subtype
    start: int
    end: int
    arguments: tuple[GoldArgument, ...]


@dataclass(frozen=True)
class WikiDocument:
    article: Article
    events: tuple[GoldEvent, ...]


def kairos_type(code: str) -> str | None:
    """The KAIROS ``Type.Subtype`` of a CAMEO code, or None when it has none."""
    for size in (4, 3, 2):
        kind = CAMEO_TO_KAIROS.get(code[:size])
        if kind:
            return kind
    return None


def load_wikievents(path: str | Path) -> Iterator[WikiDocument]:
    """Documents of a WikiEvents JSONL file, re-joined one sentence per line.

    The files' ``text`` runs sentences together ("in SyriaThe desert"), so the text is
    rebuilt from the sentences and every token offset is moved accordingly.
    """
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        pieces: list[str] = []
        # Token indices in the annotations count over the whole document; the tokens'
        # own character offsets do not fit ``text``, so each sentence is rebuilt from its
        # tokens, with a space wherever the offsets leave a gap.
        token_spans: list[tuple[int, int]] = []
        base = 0
        for tokens, _ in doc["sentences"]:
            sentence = ""
            previous_end: int | None = None
            for word, start, end in tokens:
                if previous_end is not None and start > previous_end:
                    sentence += " "
                token_spans.append((base + len(sentence), base + len(sentence) + len(word)))
                sentence += word
                previous_end = end
            pieces.append(sentence)
            base += len(sentence) + 1
        text = "\n".join(pieces)

        def char_span(start: int, end: int) -> tuple[int, int]:
            return token_spans[start][0], token_spans[end - 1][1]  # noqa: B023 - this doc only

        entities = {e["id"]: char_span(e["start"], e["end"]) for e in doc["entity_mentions"]}
        events = []
        for mention in doc["event_mentions"]:
            trigger = mention["trigger"]
            start, end = char_span(trigger["start"], trigger["end"])
            arguments = tuple(
                GoldArgument(a["role"], *entities[a["entity_id"]])
                for a in mention["arguments"]
                if a["entity_id"] in entities
            )
            kind = ".".join(mention["event_type"].split(".")[:2])
            events.append(GoldEvent(kind, start, end, arguments))
        article = Article(id=doc["doc_id"], text=text, origin=f"{path}:{doc['doc_id']}")
        yield WikiDocument(article, tuple(events))


@dataclass
class Counts:
    """True positives, predictions and gold items, summed over documents."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0
    errors: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _same_kind(gold: str, predicted: str) -> bool:
    return gold == predicted or (predicted == "Conflict.Attack" and gold in ATTACK_OUTCOMES)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _argument_spans(record: ArticleRecord, event: Event) -> list[tuple[str, Span]]:
    """The mention of each of the event's actors and place inside its sentence."""
    lo, hi = event.sentence.start, event.sentence.end
    found: list[tuple[str, Span]] = []
    actors = {a.id: a for a in record.actors}
    places = {p.id: p for p in record.places}
    for role, ref in (("source", event.source.actor), ("target", event.target.actor)):
        actor = actors.get(ref or "")
        if actor:
            inside = [m for m in actor.mentions if lo <= m.start and m.end <= hi]
            if inside:
                nearest = min(inside, key=lambda m: abs(m.start - event.trigger.start))
                found.append((role, nearest))
    place = places.get(event.place or "")
    if place:
        found.extend(("place", m) for m in place.mentions if lo <= m.start and m.end <= hi)
    return found


def score_document(
    document: WikiDocument, record: ArticleRecord, types: Counts, arguments: Counts
) -> None:
    """Add one document's event-type and argument counts."""
    predicted = [(e, k) for e in record.events if (k := kairos_type(e.code))]
    types.predicted += len(predicted)
    types.gold += len(document.events)
    arguments.gold += sum(len(g.arguments) for g in document.events)
    used: set[int] = set()
    text = document.article.text
    for event, kind in predicted:
        match = next(
            (
                i
                for i, g in enumerate(document.events)
                if i not in used
                and _same_kind(g.kind, kind)
                and _overlaps(g.start, g.end, event.trigger.start, event.trigger.end)
            ),
            None,
        )
        spans = _argument_spans(record, event)
        arguments.predicted += len(spans)
        if match is None:
            types.errors.append(f"{document.article.id}: extra {kind} {event.trigger.text!r}")
            continue
        used.add(match)
        types.correct += 1
        gold = document.events[match]
        for role, span in spans:
            if any(
                a.role in ROLE_MAP[role] and _overlaps(a.start, a.end, span.start, span.end)
                for a in gold.arguments
            ):
                arguments.correct += 1
            else:
                arguments.errors.append(
                    f"{document.article.id}: {kind} {role} {span.text!r} not gold"
                )
    for i, gold_event in enumerate(document.events):
        if i not in used:
            types.errors.append(
                f"{document.article.id}: missed {gold_event.kind} "
                f"{text[gold_event.start : gold_event.end]!r}"
            )


def summarise(types: Counts, arguments: Counts) -> dict[str, Any]:
    return {"event_type": types.scores(), "arguments": arguments.scores()}
