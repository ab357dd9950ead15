"""TempEval-3 scoring of time expressions, and readers for TimeML and MEANTIME gold.

TempEval-3 (UzZaman et al. 2013) scores TIMEX3 extraction three ways, all as
precision, recall and F1 over expressions:

- strict span: a system expression counts when its span equals a gold one;
- relaxed span: when it overlaps a gold one (each gold matched at most once);
- value: when it overlaps a gold one and has the same ``value``; precision is over all
  system expressions and recall over all gold ones, so value F1 ≤ relaxed F1.

Gold documents are read into plain text with character offsets, so that any
extractor can be scored on them; each carries its document creation time (DCT), the
anchor of its relative expressions.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Timex:
    """A time expression: its span in a document's text and its TIMEX3 value and type."""

    start: int
    end: int
    value: str
    type: str = "date"


@dataclass(frozen=True)
class TimexDoc:
    """A gold document: text, creation date and annotated expressions."""

    id: str
    text: str
    dct: dt.date | None
    timexes: tuple[Timex, ...]


@dataclass
class PRF:
    """Counts behind precision, recall and F1."""

    correct_system: int = 0
    correct_gold: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct_system / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.correct_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.correct_system += other.correct_system
        self.correct_gold += other.correct_gold
        self.system += other.system
        self.gold += other.gold


@dataclass
class TimexScores:
    """Strict span, relaxed span and value scores, summed over documents."""

    strict: PRF = field(default_factory=PRF)
    relaxed: PRF = field(default_factory=PRF)
    value: PRF = field(default_factory=PRF)

    def add(self, other: TimexScores) -> None:
        self.strict.add(other.strict)
        self.relaxed.add(other.relaxed)
        self.value.add(other.value)

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {
            name: {"precision": prf.precision, "recall": prf.recall, "f1": prf.f1}
            for name, prf in (
                ("strict", self.strict),
                ("relaxed", self.relaxed),
                ("value", self.value),
            )
        }


def _overlaps(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def match_relaxed(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one overlap matches, each system expression taking the first free gold one.

    An exact span match is preferred, so that a strict match is never lost to a
    neighbour that merely overlaps.
    """
    pairs: list[tuple[Timex, Timex]] = []
    used: set[int] = set()
    pending: list[Timex] = []
    for sys in system:
        exact = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in used and (g.start, g.end) == (sys.start, sys.end)
            ),
            None,
        )
        if exact is None:
            pending.append(sys)
            continue
        used.add(exact)
        pairs.append((gold[exact], sys))
    for sys in pending:
        index = next((i for i, g in enumerate(gold) if i not in used and _overlaps(g, sys)), None)
        if index is not None:
            used.add(index)
            pairs.append((gold[index], sys))
    return pairs


def score_document(gold: Sequence[Timex], system: Sequence[Timex]) -> TimexScores:
    """TempEval-3 counts for one document."""
    pairs = match_relaxed(gold, system)
    strict = sum(1 for g, s in pairs if (g.start, g.end) == (s.start, s.end))
    correct_value = sum(1 for g, s in pairs if g.value == s.value)
    scores = TimexScores()
    for prf, hits in (
        (scores.strict, strict),
        (scores.relaxed, len(pairs)),
        (scores.value, correct_value),
    ):
        prf.correct_system = prf.correct_gold = hits
        prf.system, prf.gold = len(system), len(gold)
    return scores


# ---------------------------------------------------------------------------
# Readers

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([\w:]+)="([^"]*)"')


def _dct_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    day_first = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value[:10])  # a few MEANTIME DCTs
    if day_first:
        day, month, year = (int(g) for g in day_first.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def read_timeml(path: Path) -> TimexDoc:
    """A TimeML (.tml) file: the text inside ``<TEXT>`` with its TIMEX3 spans."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<DCT>\s*<TIMEX3[^>]*value="([^"]*)"', raw)
    body_match = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    body = body_match.group(1) if body_match else ""
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[Timex] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            if length > start:
                timexes.append(
                    Timex(start, length, attrs.get("value", ""), attrs.get("type", "DATE").lower())
                )
            open_timex = None
    parts.append(html.unescape(body[position:]))
    return TimexDoc(
        id=path.stem,
        text="".join(parts),
        dct=_dct_date(dct_match.group(1) if dct_match else None),
        timexes=tuple(timexes),
    )


_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'", "n't", "''", "’s"}
)
_NO_SPACE_AFTER = frozenset({"(", "[", "$", "``", "#"})


def read_meantime(path: Path) -> TimexDoc:
    """A MEANTIME (NewsReader CAT XML) file, its tokens joined back into plain text.

    Tokens are joined with single spaces (none before closing punctuation, none after
    opening brackets and currency signs) and sentences with newlines, so the text reads
    like the article it was cut from.
    """
    root = ET.parse(path).getroot()
    markables = root.find("Markables")
    # Only the title, date line and first sentences are annotated: keep the text to
    # the last sentence holding any markable, or the rest would count as false alarms.
    sentence_of = {t.get("t_id", ""): int(t.get("sentence", "0")) for t in root.iter("token")}
    anchored = [
        sentence_of.get(a.get("t_id", ""), 0)
        for a in (markables.iter("token_anchor") if markables is not None else ())
    ]
    last_sentence = max(anchored, default=max(sentence_of.values(), default=0))
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length = 0
    previous: tuple[str, str] | None = None  # (sentence, token text)
    for token in root.iter("token"):
        word = token.text or ""
        sentence = token.get("sentence", "")
        if int(sentence or 0) > last_sentence:
            break
        if previous is not None:
            if previous[0] != sentence:
                separator = "\n"
            elif word in _NO_SPACE_BEFORE or previous[1] in _NO_SPACE_AFTER:
                separator = ""
            else:
                separator = " "
            parts.append(separator)
            length += len(separator)
        offsets[token.get("t_id", "")] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        previous = (sentence, word)
    dct: dt.date | None = None
    timexes: list[Timex] = []
    for node in markables.iter("TIMEX3") if markables is not None else ():
        if node.get("functionInDocument") == "CREATION_TIME":
            dct = _dct_date(node.get("value"))
        anchors = [
            offsets[a.get("t_id", "")]
            for a in node.iter("token_anchor")
            if a.get("t_id") in offsets
        ]
        if not anchors:
            continue
        timexes.append(
            Timex(
                min(a[0] for a in anchors),
                max(a[1] for a in anchors),
                node.get("value", ""),
                node.get("type", "DATE").lower(),
            )
        )
    if dct is None:
        # a few documents do not mark their creation time: it is the dateline's date
        dateline = next((t for t in timexes if re.fullmatch(r"\d{4}-\d\d-\d\d.*", t.value)), None)
        dct = _dct_date(dateline.value) if dateline else None
    timexes.sort(key=lambda t: (t.start, t.end))
    return TimexDoc(id=path.stem, text="".join(parts), dct=dct, timexes=tuple(timexes))


def read_gold(folder: Path) -> list[TimexDoc]:
    """Every gold document under ``folder`` (``.tml`` as TimeML, ``.xml`` as MEANTIME), once each."""
    docs: dict[str, TimexDoc] = {}
    for path in sorted(folder.rglob("*.tml")) + sorted(folder.rglob("*.xml")):
        if path.stem not in docs:  # corpora ship some documents twice (sample, cross-doc copy)
            docs[path.stem] = read_timeml(path) if path.suffix == ".tml" else read_meantime(path)
    return list(docs.values())


Extractor = Callable[[TimexDoc], Iterable[Timex]]


@dataclass
class Evaluation:
    """Scores over a corpus, and the disagreements to learn from."""

    scores: TimexScores
    documents: int
    errors: list[tuple[str, str, str, str]]  # (doc id, kind, text, detail)


def evaluate(docs: Iterable[TimexDoc], extract: Extractor) -> Evaluation:
    """Score ``extract`` on gold documents; errors list misses, false alarms and wrong values."""
    total = TimexScores()
    errors: list[tuple[str, str, str, str]] = []
    count = 0
    for doc in docs:
        count += 1
        system = list(extract(doc))
        total.add(score_document(doc.timexes, system))
        pairs = match_relaxed(doc.timexes, system)
        matched_gold = {id(g) for g, _ in pairs}
        matched_sys = {id(s) for _, s in pairs}
        for g, s in pairs:
            if g.value != s.value or (g.start, g.end) != (s.start, s.end):
                errors.append(
                    (
                        doc.id,
                        "value" if g.value != s.value else "span",
                        doc.text[s.start : s.end],
                        f"gold {doc.text[g.start : g.end]!r}={g.value} system={s.value} dct={doc.dct}",
                    )
                )
        errors += [
            (doc.id, "missed", doc.text[g.start : g.end], f"{g.value} ({g.type})")
            for g in doc.timexes
            if id(g) not in matched_gold
        ]
        errors += [
            (doc.id, "spurious", doc.text[s.start : s.end], s.value)
            for s in system
            if id(s) not in matched_sys
        ]
    return Evaluation(scores=total, documents=count, errors=errors)


def eventwire_extractor() -> Extractor:
    """Score eventwire's own times extractor: parse each gold text, anchor it on its DCT."""
    from ..article import Article
    from ..extract.context import Context
    from ..extract.times import extract_times
    from ..nlp import get_nlp

    nlp = get_nlp()

    def extract(doc: TimexDoc) -> list[Timex]:
        article = Article(id=doc.id, text=doc.text, published=doc.dct)
        times = extract_times(nlp(doc.text), Context(article=article))
        return [Timex(t.start, t.end, t.value, t.type) for t in times]

    return extract


def evaluate_timex(folder: Path, *, limit: int | None = None) -> dict[str, Any]:
    """TempEval-3 scores of eventwire's times extractor on one gold folder, for ``eventwire eval``.

    Args:
        folder: a TimeML (``.tml``) or MEANTIME (``.xml``) gold folder, such as
            ``shared/eval/times/tbaq``.
        limit: score only the first ``limit`` documents (in file-name order).

    Returns:
        Flat metrics (``strict_precision`` … ``value_f1`` and the counts behind them)
        and an ``errors`` list of ``doc, kind, text, detail`` strings: misses, false
        alarms, wrong spans and wrong values.
    """
    docs = read_gold(folder)
    if limit is not None:
        docs = docs[:limit]
    result = evaluate(docs, eventwire_extractor())
    scores = result.scores
    metrics: dict[str, Any] = {
        "documents": result.documents,
        "gold": scores.relaxed.gold,
        "system": scores.relaxed.system,
    }
    for name, prf in (
        ("strict", scores.strict),
        ("relaxed", scores.relaxed),
        ("value", scores.value),
    ):
        metrics[f"{name}_precision"] = round(prf.precision, 4)
        metrics[f"{name}_recall"] = round(prf.recall, 4)
        metrics[f"{name}_f1"] = round(prf.f1, 4)
    metrics["errors"] = ["\t".join(error) for error in result.errors]
    return metrics


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m eventwire.eval.timex FOLDER…``: print TempEval-3 scores per folder."""
    import sys

    args = list(argv if argv is not None else sys.argv[1:])
    show_errors = "--errors" in args
    folders = [Path(a) for a in args if not a.startswith("--")]
    extract = eventwire_extractor()
    for folder in folders:
        result = evaluate(read_gold(folder), extract)
        s = result.scores
        print(
            f"{folder}: {result.documents} docs, gold {s.relaxed.gold}, system {s.relaxed.system} | "
            f"strict P/R/F1 {s.strict.precision:.3f}/{s.strict.recall:.3f}/{s.strict.f1:.3f} | "
            f"relaxed {s.relaxed.precision:.3f}/{s.relaxed.recall:.3f}/{s.relaxed.f1:.3f} | "
            f"value {s.value.precision:.3f}/{s.value.recall:.3f}/{s.value.f1:.3f}"
        )
        if show_errors:
            for error in result.errors:
                print("\t".join(error))


if __name__ == "__main__":
    main()
