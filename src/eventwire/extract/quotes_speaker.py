"""Who says it: the speaker of a speech verb, read from the dependency parse.

Shared by the quotes and claims extractors: both need "the subject of *said*" and
"the X of *according to X*".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..record import Actor
from .context import Context, actor_at
from .quotes_lexicon import speech_lexicon

# Children that extend a speaker's noun phrase beyond the words that name the speaker:
# "Salim al-Muslat, spokesman for …" keeps "Salim al-Muslat".
_TRIM_DEPS = frozenset(
    {"appos", "relcl", "acl", "punct", "advcl", "parataxis", "cc", "conj", "case"}
)
# Verb relations through which a participle or conjunct inherits its head's subject:
# "Putin ordered …, saying that …"; "He smiled and said …".
_INHERIT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
# Prepositions that say where, when or how something was said, not who said it:
# "said the army in a statement", "the minister on Monday". "of", "for", "from" and
# "to" stay: "the head of …", "spokesman for …", "a statement from …", "envoy to …".
_SETTING_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "via", "through"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_RELATIVE = frozenset({"who", "which", "that"})
_NOMINATIVE = frozenset({"he", "she", "they", "we", "i"})


def same_paragraph(a: Token, b: Token) -> bool:
    """No line break between the two tokens.

    Needed only where tokens are walked in text order: parse trees never cross a line
    break, since :func:`eventwire.nlp.get_nlp` starts a sentence after every one.
    """
    lo, hi = sorted((a.i, b.i))
    doc = a.doc  # token by token: doc.text would rebuild the whole text on every call
    return not any("\n" in doc[i].text_with_ws for i in range(lo, hi))


def speaker_token(cue: Token) -> Token | None:
    """The head word of whoever utters ``cue`` (a speech verb or "according")."""
    return _speaker_token(cue)


def _speaker_token(cue: Token) -> Token | None:
    if cue.lower_ == "according" or cue.lemma_ == "accord":
        for child in cue.children:
            if child.lower_ == "to":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                return objects[0] if objects else None
        return None
    verb = cue
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            if subjects[0].lower_ in _RELATIVE and verb.dep_ in ("relcl", "acl"):
                return verb.head  # "a letter … that says"; "the man who said"
            return subjects[0]
        if verb.head.i == verb.i:
            break
        if verb.dep_ in _INHERIT_DEPS or (verb.dep_ == "prep" and verb.pos_ == "ADP"):
            verb = verb.head  # "… before asking her", "…, saying that …"
            continue
        if verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # "claimed responsibility for the attack, saying …": a participle set off by
            # a comma speaks for the clause's subject, not the noun before it.
            clause = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if clause is None:
                break
            verb = clause
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head  # "the minister, who said …"; "footage of Clinton asking, …"
        break
    # "… ," said the minister: spaCy sometimes leaves the post-verbal subject as dobj/attr.
    for child in cue.rights:
        if (
            child.dep_ in ("dobj", "attr")
            and child.ent_type_ not in ("DATE", "TIME")
            and (child.pos_ in ("PROPN", "NOUN") or child.lower_ in _NOMINATIVE)
        ):
            return child
    return None


def speaker_words(head: Token) -> SpacySpan:
    """The words naming the speaker: the head's phrase without appositions or clauses."""
    kept = [head]
    stack = [
        c
        for c in head.children
        if c.dep_ not in _TRIM_DEPS and not (c.dep_ == "prep" and c.lower_ in _SETTING_PREPS)
    ]
    while stack:
        token = stack.pop()
        kept.append(token)
        # Punctuation goes too: the comma opening an apposition would drag it back in
        # ("Residents of Yakla, an impoverished town," keeps "Residents of Yakla").
        stack.extend(c for c in token.children if c.dep_ not in ("appos", "relcl", "acl", "punct"))
    left = min(t.i for t in kept)
    right = max(t.i for t in kept)
    # Keep the phrase contiguous and free of trailing punctuation.
    doc = head.doc
    while right > left and doc[right].is_punct:
        right -= 1
    while left < right and doc[left].is_punct:
        left += 1
    marks = sum(doc[i].text in _QUOTE_MARKS for i in range(left, right + 1))
    if marks % 2 and right + 1 < len(doc) and doc[right + 1].text in _QUOTE_MARKS:
        right += 1  # close a quoted name: the so-called "Islamic State"
    return doc[left : right + 1]


def speaker_actor(doc: Doc, start: int, end: int, ctx: Context) -> Actor | None:
    """The actor the speaker's words ``[start, end)`` stand for, found at their head word.

    Looking at the head, not anywhere in the words, keeps a place or a group named in a
    modifier from speaking: "Residents of Yakla" are not Yakla, "Putin's spokesman" is not
    Putin. A speech noun speaks for whoever issued it: "a statement from the regime".
    """
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return actor_at(ctx, start, end)
    head = words.root
    if head.lemma_.lower() in speech_lexicon().speech_nouns:
        issuer = next(
            (
                g
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        head = issuer or head
    return actor_at(ctx, head.idx, head.idx + len(head.text))
