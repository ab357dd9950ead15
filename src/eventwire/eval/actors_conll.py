"""Does the actor layer keep spaCy's named entities as good as they were? (CoNLL-2003)

The actors extractor reads spaCy's entities and adds its own names on top: dictionary
organisations ("Reuters", "OSCE"), persons found from titles, countries by name or
adjective, capitals. :func:`actor_entity_spans` turns an article's actors into
CoNLL-style entity spans (PER, ORG, LOC, MISC) — only the proper names, never role
descriptions or pronouns — and :func:`evaluate_actor_layer` scores spaCy's entities
with those spans laid over them (an actor span replaces the spaCy entities it
overlaps) against the same gold data as :func:`eventwire.eval.conll.evaluate_conll`.
Issue 6 asks that this layered F1 is not below spaCy's own.

Run: ``python -m eventwire.eval.actors_conll ../shared/eval/ner/conll2003/eng.testa``
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .conll import SPACY_TO_CONLL, Chunk, load_conll, score_chunks

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..record import Actor

_KIND_TYPES = {"person": "PER", "organisation": "ORG"}


def actor_entity_spans(doc: Doc, actors: Sequence[Actor]) -> list[Chunk]:
    """Token spans ``(start, end, type)`` of the proper names the actors are mentioned by.

    A person's mention loses its title ("Russian President Vladimir Putin" → "Vladimir
    Putin", PER); an organisation's loses its article (ORG); a country's name is LOC,
    its adjective ("Israeli") MISC; a capital standing for a government is LOC, as
    CoNLL tags it. Lower-case descriptions ("the ambassador") and pronouns give nothing.
    """
    from ..extract.actors_lexicon import ActorOptions, get_lexicon

    lexicon = get_lexicon(ActorOptions())
    words = [t.lower_ for t in doc]
    by_char = {t.idx: t.i for t in doc}
    ends = {t.idx + len(t.text): t.i + 1 for t in doc}
    out: list[Chunk] = []
    for actor in actors:
        for mention in actor.mentions:
            start, end = by_char.get(mention.start), ends.get(mention.end)
            if start is None or end is None:
                continue
            if words[end - 1] == "'s":
                end -= 1
            while start < end and not doc[start].text[:1].isupper():
                start += 1  # "the", "senior"
            if start >= end:
                continue
            if actor.kind == "person":
                span = _name_part(doc, start, end, actor.name)
                if span is not None:
                    out.append((*span, "PER"))
                continue
            if actor.kind == "organisation":
                # the capitalised name at the end: "Croatian newspaper Jutarnji List"
                first = end
                while first > start and (
                    doc[first - 1].text[:1].isupper() or not doc[first - 1].is_alpha
                ):
                    first -= 1
                if first < end:
                    out.append((first, end, "ORG"))
                continue
            # countries and groups: the dictionary names inside the mention
            i = start
            while i < end:
                found = lexicon.match_phrase(words, i) if doc[i].text[:1].isupper() else None
                if found is None or i + len(found[0]) > end:
                    i += 1
                    continue
                key, hit = found
                label = {"country": "LOC", "capital": "LOC", "adjective": "MISC"}.get(hit.what)
                if label is None and hit.what == "actor" and actor.kind == "group":
                    label = "ORG"
                if label:
                    out.append((i, i + len(key), label))
                i += len(key)
    return out


def _name_part(doc: Doc, start: int, end: int, name: str) -> tuple[int, int] | None:
    """The tokens of a person mention that are the name (its last words)."""
    name_words = {w.lower() for w in name.replace("-", " - ").split()}
    i = end
    while i > start and (doc[i - 1].lower_ in name_words):
        i -= 1
    if i == end or not doc[end - 1].text[:1].isupper():
        return None
    return i, end


def layered_tags(doc: Doc, actors: Sequence[Actor]) -> list[str]:
    """IOB2 tags: spaCy's entities, with the actor layer's spans laid over them."""
    chunks: list[Chunk] = [
        (e.start, e.end, SPACY_TO_CONLL[e.label_]) for e in doc.ents if e.label_ in SPACY_TO_CONLL
    ]
    for start, end, label in actor_entity_spans(doc, actors):
        chunks = [c for c in chunks if c[1] <= start or end <= c[0]]
        chunks.append((start, end, label))
    tags = ["O"] * len(doc)
    for start, end, label in chunks:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def evaluate_actor_layer(
    path: str | Path, nlp: Language, *, limit: int | None = None
) -> dict[str, Any]:
    """Entity-level scores of spaCy's entities with the actor layer laid over them, on
    one CoNLL-2003 file (gold tokenisation, one sentence at a time), beside spaCy's own."""
    from spacy.tokens import Doc

    from ..article import Article
    from ..extract.actors import extract_actors
    from ..extract.context import Context

    sentences = load_conll(path)[:limit]
    spacy_tags: list[list[str]] = []
    layer_tags: list[list[str]] = []
    docs = (Doc(nlp.vocab, words=list(s.words)) for s in sentences)
    for n, doc in enumerate(nlp.pipe(docs, batch_size=256)):
        spacy_tags.append(layered_tags(doc, []))
        ctx = Context(article=Article(id=str(n), text=doc.text or " "))
        layer_tags.append(layered_tags(doc, extract_actors(doc, ctx)))
    gold = [s.tags for s in sentences]
    base = score_chunks(gold, spacy_tags)
    layer = score_chunks(gold, layer_tags)
    return {
        "sentences": len(sentences),
        "spacy_f1": base.f1,
        "precision": layer.precision,
        "recall": layer.recall,
        "f1": layer.f1,
        "per_type": layer.per_type,
    }


def main(argv: list[str]) -> int:
    from ..nlp import get_nlp

    path = argv[0] if argv else "../shared/eval/ner/conll2003/eng.testa"
    print(json.dumps(evaluate_actor_layer(path, get_nlp()), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
