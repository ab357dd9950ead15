"""Who did it to whom: source and target actors of an event from the dependency parse.

Actors themselves come from the actors extractor (``ctx.actors``); this module only
finds which of them fill an event's roles: the agent (subject, passive "by"-agent,
possessor or actor adjective of an event noun) and the patient (object, prepositional
object, the object of "hit" for an attack noun).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from ..record import Actor
from .context import Context
from .events_verbs import get_default_options

PRONOUNS = frozenset(
    {"he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "we", "our"}
)
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Dependents an actor may hide behind in a noun phrase: "Syria's opposition",
# "Russian air strikes", "representatives from the regime", "positions held by X".
_DESCEND_DEPS = frozenset(
    {"poss", "compound", "amod", "nmod", "appos", "prep", "pobj", "acl", "agent", "relcl"}
)
_DESCEND_PREPS = frozenset({"of", "from", "by", "for"})
_LOCATIVE_PREPS = frozenset({"in", "throughout", "across", "inside"})


class ActorIndex:
    """Actor mentions by character offset, for fast lookups token by token.

    Same answer as :func:`actor_at` (the longest overlapping mention wins), in
    logarithmic time: events look up every word of every clause.
    """

    def __init__(self, actors: list[Actor]) -> None:
        spans = sorted(
            (m.start, m.end, actor) for actor in actors for m in actor.mentions if m.end > m.start
        )
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        self._longest = max((e - s for s, e, _ in spans), default=0)

    def at(self, start: int, end: int) -> Actor | None:
        best: tuple[int, Actor] | None = None
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        for m_start, m_end, actor in self._spans[lo:hi]:
            if m_start < end and start < m_end:
                size = m_end - m_start
                if best is None or size > best[0]:
                    best = (size, actor)
        return best[1] if best else None


# The last article's index; holding its actor list keeps the identity check sound.
_INDEX: list[tuple[list[Actor], ActorIndex]] = []


def actor_index(ctx: Context) -> ActorIndex:
    """The index of ``ctx.actors``, built once per article."""
    if not _INDEX or _INDEX[0][0] is not ctx.actors:
        _INDEX[:] = [(ctx.actors, ActorIndex(ctx.actors))]
    return _INDEX[0][1]


def token_actor(ctx: Context, token: Token) -> Actor | None:
    """The actor one of whose mentions overlaps the token."""
    start = token.idx
    return actor_index(ctx).at(start, start + len(token))


def phrase_actors(ctx: Context, head: Token, *, descend: bool = True) -> list[Actor]:
    """One actor per conjunct of the phrase headed by ``head`` ("Russia and Iran")."""
    out: list[Actor] = []
    conjuncts = [head, *head.conjuncts]
    for child in head.children:
        # "Fornost and the evil awful Gondor": the parser hangs the first conjunct on
        # the last as a modifier carrying the "and"
        if child.dep_ in {"nmod", "compound"} and (
            child.conjuncts or any(g.dep_ == "cc" for g in child.children)
        ):
            conjuncts += [child, *child.conjuncts]
        elif child.dep_ == "amod" and child.conjuncts:
            # "Hungarian and Romanian officials": one group per coordinated adjective
            conjuncts += [child, *child.conjuncts]
        elif child.dep_ == "appos" and head.conjuncts and _other_country(ctx, head, child):
            # "Russia, the awful Iran, and Syria": a list item parsed as an apposition
            conjuncts.append(child)
    for conjunct in conjuncts:
        actor = phrase_actor(ctx, conjunct, descend=descend)
        for each in _per_country(ctx, conjunct, actor) if actor else []:
            if all((a.id, a.code) != (each.id, each.code) for a in out):
                out.append(each)
    return out


def _other_country(ctx: Context, head: Token, appos: Token) -> bool:
    """True when an apposition names a country other than its head's."""
    first, other = token_actor(ctx, head), token_actor(ctx, appos)
    return (
        first is not None
        and other is not None
        and other.kind == "country"
        and bool(other.country)
        and other.country != first.country
    )


def _per_country(ctx: Context, head: Token, actor: Actor) -> list[Actor]:
    """ "The ambassadors of Britain, France and Germany": one actor of the head's sector
    per country of its "of"-list, each pointing at that country's own mention."""
    if not actor.sector:
        return [actor]
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or not pobj.conjuncts:
                continue
            countries = [token_actor(ctx, t) for t in [pobj, *pobj.conjuncts]]
            if not all(c is not None and c.kind == "country" and c.country for c in countries):
                return [actor]
            return [
                c.model_copy(update={"code": f"{c.country}{actor.sector}", "sector": actor.sector})
                for c in countries
                if c is not None
            ]
    return [actor]


def _is_pronoun(token: Token, words: frozenset[str]) -> bool:
    """One of ``words`` as a pronoun: "us", but not "the US" (a capitalised name)."""
    return token.lower_ in words and not (token.is_upper and token.pos_ == "PROPN")


def phrase_actor(ctx: Context, head: Token, *, descend: bool = True) -> Actor | None:
    """The actor a noun phrase names: its head, else a modifier or an "of/from/by" object."""
    if _is_pronoun(head, PRONOUNS):
        return resolve_pronoun(ctx, head) if get_default_options().resolve_pronouns else None
    if _is_pronoun(head, FIRST_PERSON):
        return quote_speaker(ctx, head)
    actor = token_actor(ctx, head)
    if (actor and actor.code) or not descend:
        return actor
    uncoded = actor  # "Sidhoum, Algeria's leading activist": look on for a coded actor
    located: Actor | None = None
    frontier = [(head, 0)]
    while frontier:
        token, depth = frontier.pop(0)
        for child in token.children:
            if child.dep_ not in _DESCEND_DEPS or child.dep_ == "conj":
                continue
            if child.dep_ == "prep" and child.lower_ not in _DESCEND_PREPS:
                # "students throughout Indonesia", "opposition groups in Zimbabwe": a group
                # is coded by the country it is in when nothing else names it
                if child.lower_ in _LOCATIVE_PREPS and located is None:
                    for pobj in child.children:
                        found = token_actor(ctx, pobj) if pobj.dep_ == "pobj" else None
                        if found is not None and found.kind == "country":
                            located = found
                continue
            if child.dep_ in {"acl", "relcl"} and not any(
                g.dep_ == "agent" for g in child.children
            ):
                continue
            if child.dep_ not in {"prep", "acl", "relcl", "agent"}:
                if child.lower_ in PRONOUNS | FIRST_PERSON and child.dep_ == "poss":
                    continue
                found = token_actor(ctx, child)
                if found and found.code:
                    return found
                uncoded = uncoded or found
            if depth < 4:
                frontier.append((child, depth + 1))
    return located if located is not None and uncoded is None else uncoded


def resolve_pronoun(ctx: Context, pronoun: Token) -> Actor | None:
    """The actor a pronoun most likely refers to: the latest fitting mention before it.

    A subject mention of the same or the previous sentence wins over other mentions
    ("Putin … He did not give a deadline").
    """
    own = pronoun
    doc = own.doc
    sent_start = own.sent.start
    window_start = doc[sent_start - 1].sent.start if sent_start > 0 else 0
    lo, hi = doc[window_start].idx, own.idx
    want_person = pronoun.lower_ in _PERSON_PRONOUNS
    best: tuple[tuple[int, int, int], Actor] | None = None
    for actor in ctx.actors:
        if want_person and actor.kind not in {"person", "other"}:
            continue
        if not want_person and actor.kind == "person":
            continue
        for mention in actor.mentions:
            if not lo <= mention.start < hi:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            is_subject = span is not None and span.root.dep_ in SUBJECT_DEPS
            # "it"/"they" are countries and organisations before anything unknown
            fits = want_person or actor.kind in {"country", "organisation", "group"}
            key = (int(fits), int(is_subject), mention.start)
            if best is None or key > best[0]:
                best = (key, actor)
    return best[1] if best else None


def quote_speaker(ctx: Context, pronoun: Token) -> Actor | None:
    """The speaker of the quotation a first-person pronoun stands in ("I am ordering …")."""
    at = pronoun.idx
    for quote in ctx.quotes:
        if quote.start <= at < quote.end and quote.speaker:
            return next((a for a in ctx.actors if a.id == quote.speaker), None)
    return None


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a verb, looking through conjoined and relative clauses."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.tag_ in {"VBZ", "VBD", "VBP"}:
        # headlines confuse the parser: "Russia attacks Ukraine" leaves "Russia" a
        # compound of the finite verb; the noun before a finite verb is its subject
        for child in verb.children:
            if child.dep_ in {"compound", "npadvmod"} and child.i < verb.i:
                return child
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head)
    if verb.dep_ == "acomp":  # "Syria is willing to withdraw": the subject of "is"
        return subject_of(verb.head)
    head = verb.head
    if head.i != verb.i and head.pos_ in {"VERB", "AUX", "ADJ"}:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if verb.dep_ == "xcomp":
            # control: "urged Eriador to respond" (the object acts), "Arnor is about
            # to restore ties" and "vowed to wage war" (the subject acts)
            for child in head.children:
                if child.dep_ == "dobj" and child.i < verb.i:
                    return child
            return subject_of(head)
        if verb.dep_ == "advcl" and infinitive:  # "staged protests to demand reforms"
            return subject_of(head)
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ != "ADJ" and not passive:
            # "Kurds demonstrated in Kirkuk, calling for independence": a participle with
            # no subject of its own is the main clause subject's act (not a passive's)
            return subject_of(head)
    if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        message = verb.head
        if (
            verb.dep_ == "acl"
            and message.lemma_.lower() in MESSAGE_NOUNS
            and message.dep_ == "dobj"
            and message.head.pos_ == "VERB"
        ):
            # "issued a declaration demanding that …": who issues the message says it
            return subject_of(message.head) or message
        return message
    return None


# Nouns naming a written or spoken message; a participle on one ("a statement
# condemning …") is said by whoever issues the message.
MESSAGE_NOUNS = frozenset(
    {"declaration", "statement", "communique", "letter", "resolution", "message", "note"}
)


def passive_agent(verb: Token) -> Token | None:
    """The "by"-object of a passive verb ("was attacked by rebels")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def passive_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    return None


def objects_of(verb: Token, preps: frozenset[str]) -> list[Token]:
    """Direct, indirect and prepositional objects of a verb, in that order."""
    direct = [c for c in verb.children if c.dep_ in {"dobj", "dative", "iobj"}]
    out = [c for c in direct if c.dep_ != "dative" or c.pos_ != "ADP"]
    for child in verb.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in preps:
            out += [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "prt":
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in preps:
                    out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def noun_preps(noun: Token, preps: frozenset[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs attached to an event noun."""
    out: list[tuple[str, Token]] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            out += [(child.lower_, g) for g in child.children if g.dep_ == "pobj"]
    return out
