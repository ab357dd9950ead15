"""Score event coding on PETRARCH2's unit-test records, with their own dictionaries.

``PETR.UnitTest.records.xml`` holds ~280 short sentences (most about fictional
countries: Arnor, Gondor, Mordor …), each with the (source, target, event code)
codings PETRARCH must produce, or ``noevents``. The records are coded with the
validation dictionaries beside them (``PETR.Validate.actors.txt``, ``.agents.txt``,
``.verbs.txt``), whose codes are partly old WEIS codes, so eventwire runs with those
dictionaries only: actors and agents through ``ActorOptions``, verbs and discards
through ``EventOptions(only_user_verbs=True)``, and, as PETRARCH2 does no
coreference, without resolving pronouns.

Two numbers:

- **exact-match rate**: a sentence counts when its set of codings equals the expected
  set (a ``noevents`` sentence counts when nothing is coded);
- **triple P/R/F1** over (source code, target code, event code), micro-averaged.

A missing actor is ``---`` as in the records. The file is not strict XML (attributes
with blanks around ``=``), so it is read with regular expressions.

Run: ``python -m eventwire.eval.petrarch [SHARED] [--limit N] [--errors]``
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

UNIT_TEST_DIR = Path("eval") / "events" / "petrarch2_unittest"
RECORDS = "PETR.UnitTest.records.xml"

Coding = tuple[str, str, str]  # (source, target, code)

_SENTENCE = re.compile(r"<Sentence\s([^>]*)>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
NULL_ACTOR = "---"


@dataclass(frozen=True)
class UnitRecord:
    """One unit-test sentence with its expected codings."""

    id: str
    category: str
    date: dt.date | None
    text: str
    codings: frozenset[Coding]


def load_records(path: str | Path) -> list[UnitRecord]:
    """The unit-test records of ``PETR.UnitTest.records.xml``, in file order."""
    text = _COMMENT.sub("", Path(path).read_text(encoding="utf-8", errors="replace"))
    records: list[UnitRecord] = []
    for attrs_text, body in _SENTENCE.findall(text):
        attrs = dict(_ATTR.findall(attrs_text))
        found = _TEXT.search(body)
        if found is None:
            continue
        codings: set[Coding] = set()
        for coding_text in _CODING.findall(body):
            coding = dict(_ATTR.findall(coding_text))
            if "eventcode" in coding:
                codings.add(
                    (
                        coding.get("sourcecode", NULL_ACTOR).upper(),
                        coding.get("targetcode", NULL_ACTOR).upper(),
                        coding["eventcode"],
                    )
                )
        records.append(
            UnitRecord(
                id=attrs.get("id", f"record-{len(records)}"),
                category=attrs.get("category", ""),
                date=_date(attrs.get("date", "")),
                text=" ".join(found.group(1).split()),
                codings=frozenset(codings),
            )
        )
    return records


def _date(text: str) -> dt.date | None:
    text = text.strip()
    if len(text) == 8 and text.isdigit():
        try:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            return None
    return None


def score(records: list[UnitRecord], predicted: list[set[Coding]]) -> dict[str, Any]:
    """Exact-match rate and triple P/R/F1 of ``predicted`` (one set per record)."""
    exact = hits = n_pred = n_gold = 0
    errors: list[str] = []
    by_category: dict[str, list[int]] = {}
    for record, guess in zip(records, predicted, strict=True):
        same = guess == set(record.codings)
        exact += same
        hits += len(guess & record.codings)
        n_pred += len(guess)
        n_gold += len(record.codings)
        tally = by_category.setdefault(record.category, [0, 0])
        tally[0] += same
        tally[1] += 1
        if not same:
            errors.append(
                f"{record.id}\tgold={sorted(record.codings)}\tpred={sorted(guess)}\t{record.text}"
            )
    precision = hits / n_pred if n_pred else 0.0
    recall = hits / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "sentences": len(records),
        "exact_match": round(exact / len(records), 4) if records else 0.0,
        "triple_precision": round(precision, 4),
        "triple_recall": round(recall, 4),
        "triple_f1": round(f1, 4),
        "by_category": {k: round(v[0] / v[1], 4) for k, v in sorted(by_category.items())},
        "errors": errors,
    }


def predict(records: list[UnitRecord], folder: Path) -> list[set[Coding]]:
    """Code every record with eventwire, using the unit test's own dictionaries.

    The process-wide actor and event options are set for the run and restored after.
    """
    from ..article import Article
    from ..extract import actors as actors_module
    from ..extract import events_verbs
    from ..pipeline import process_many

    previous_actors = actors_module._default_options
    previous_events = events_verbs.get_default_options()
    actors_module.set_default_options(
        actors_module.ActorOptions(
            actor_dictionaries=(folder / "PETR.Validate.actors.txt",),
            agent_dictionaries=(folder / "PETR.Validate.agents.txt",),
        )
    )
    events_verbs.set_default_options(
        events_verbs.EventOptions(
            verb_dictionaries=(folder / "PETR.Validate.verbs.txt",),
            only_user_verbs=True,
            discard_dictionaries=(folder / "PETR.Validate.discards.txt",),
            resolve_pronouns=False,  # PETRARCH2 does no coreference
        )
    )
    try:
        articles = [
            Article(id=r.id, text=r.text, published=r.date, origin=f"petrarch:{r.id}")
            for r in records
        ]
        out: list[set[Coding]] = []
        for record in process_many(articles):
            if isinstance(record, Exception):
                out.append(set())
                continue
            out.append(
                {
                    (
                        (e.source.code or NULL_ACTOR).upper(),
                        (e.target.code or NULL_ACTOR).upper(),
                        e.code,
                    )
                    for e in record.events
                }
            )
        return out
    finally:
        actors_module.set_default_options(previous_actors)
        events_verbs.set_default_options(previous_events)


def evaluate_petrarch(shared: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Run and score the PETRARCH2 unit tests found under ``shared``.

    Args:
        shared: the shared folder (holding ``eval/events/petrarch2_unittest``).
        limit: score only the first ``limit`` records.

    Returns:
        ``exact_match``, ``triple_precision/recall/f1``, ``sentences``, the
        exact-match rate ``by_category`` and an ``errors`` list (one line per
        sentence coded wrong: id, gold, predicted, text).
    """
    folder = Path(shared) / UNIT_TEST_DIR
    records = load_records(folder / RECORDS)[:limit]
    return score(records, predict(records, folder))


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    limit = None
    if "--limit" in argv:
        limit = int(argv[argv.index("--limit") + 1])
        args = [a for a in args if a != str(limit)]
    shared = Path(args[0]) if args else Path("../shared")
    result = evaluate_petrarch(shared, limit=limit)
    errors = result.pop("errors")
    print(json.dumps(result, indent=2))
    if "--errors" in argv:
        for line in errors:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
