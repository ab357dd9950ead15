"""Readings of CAMEO's conventions that adjust an event's code or its parties.

Each rule reads one convention of the codebook or of event data off the parse: joint
exercises are military cooperation, peacekeepers deployed are peacekeeping, an attempt
on a life is coded as the attempt, exchanged acts go both ways, aid and cut relations
are always with another party, and a verb coded only by its PETRARCH synonym set needs
both parties named.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..record import Actor
from .actors_base import REGION_CODES
from .context import Context
from .events_args import token_actor
from .events_modality import Chain
from .events_patterns import Pattern
from .events_verbs import get_default_options


@dataclass
class Candidate:
    """An event word, the pattern that codes it, and the words governing it."""

    core: Token
    pattern: Pattern
    first: Token
    is_noun: bool
    chain: Chain | None = None


# Deploying, sending and arriving: with peacekeepers, CAMEO's peacekeeping (074).
PEACEKEEPING_MOVES = frozenset({"150", "154", "042", "061", "070"})


def moves_peacekeepers(candidate: Candidate) -> bool:
    """True when what is deployed, sent or arrives is a peacekeeping force."""
    core = candidate.core
    if candidate.is_noun:
        phrases = [core]
    else:
        phrases = [c for c in core.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return any(
        t.lower_.startswith("peacekeep") or t.lower_ == "helmets"
        for phrase in phrases
        for t in phrase.subtree
    )


# Military exercises: a show of force (150) alone, military cooperation (062) together.
_EXERCISE_NOUNS = frozenset({"exercise", "drill", "game", "manoeuvre", "maneuver"})


def joint_exercise(candidate: Candidate, sources: list[Actor], targets: list[Actor]) -> bool:
    """True for an exercise held by forces of two countries or more, or with another
    country: CAMEO codes joint exercises as military cooperation (062)."""
    if not candidate.is_noun or candidate.core.lemma_.lower() not in _EXERCISE_NOUNS:
        return False
    own = {home_country(s) for s in sources} - {None}
    partners = {home_country(t) for t in targets} - own - {None}
    joint = any(c.lower_ in {"joint", "combined", "with"} for c in candidate.core.children)
    return len(own) > 1 or (joint and bool(own or partners))


_ATTEMPT_VERBS = frozenset({"attempt", "try"})


def attempted_killing(candidate: Candidate, chain: Chain) -> Chain | None:
    """The chain of an assassination someone tried ("attempted to assassinate the prime
    minister"), its "attempt" no longer a hypothesis: CAMEO codes the attempt (185)."""
    if candidate.pattern.code != "186" or get_default_options().only_user_verbs:
        return None
    roles = [
        "aspect" if g.lemma_.lower() in _ATTEMPT_VERBS else role
        for g, role in zip(chain.governors, chain.roles, strict=False)
    ]
    return replace(chain, roles=roles) if roles != chain.roles else None


def insists_on_a_fact(candidate: Candidate) -> bool:
    """True for "insist" with an indicative that-clause ("insisted the unrest reflected
    old tensions"): it asserts; "insisted that Iraq withdraw" (subjunctive) demands."""
    core = candidate.core
    if candidate.is_noun or core.lemma_.lower() != "insist":
        return False
    for clause in core.children:
        if clause.dep_ == "ccomp" and clause.tag_ in {"VBD", "VBZ", "VBP"}:
            return not any(c.lower_ in {"should", "must"} for c in clause.children)
    return False


# Verbs of give and take: "traded accusations", "exchanged fire" go both ways.
_EXCHANGE_VERBS = frozenset({"trade", "exchange", "swap"})


def traded(candidate: Candidate) -> bool:
    """True for an act two parties exchange ("Armenia and Azerbaijan traded
    accusations"): each does it to the other."""
    core = candidate.core
    if not candidate.is_noun:
        return core.lemma_.lower() in _EXCHANGE_VERBS  # "exchanged fire"
    return core.dep_ == "dobj" and core.head.lemma_.lower() in _EXCHANGE_VERBS


# Acts always done to another party: giving aid (07) and cutting relations (16).
_TO_ANOTHER_ROOTS = frozenset({"07", "16"})


def to_another(root: str, candidate: Candidate) -> bool:
    """True for aid or a cut in relations, pledged or done."""
    return root in _TO_ANOTHER_ROOTS or (candidate.pattern.code or "")[:2] in _TO_ANOTHER_ROOTS


def judges_a_thing(verb: Token, ctx: Context) -> bool:
    """True when a verb of praise, blame or rejection has an object that names no
    actor ("condemned the launches", "rejected the decision"): its target is whoever
    did that, not the speaker's own country."""
    return any(
        obj.dep_ == "dobj"
        and obj.pos_ == "NOUN"
        and not any(token_actor(ctx, t) is not None for t in obj.subtree)
        for obj in verb.children
    )


def generic(candidate: Candidate) -> bool:
    """True for a verb coded by a dictionary entry with no pattern of its own: the
    code of its whole synonym set, kept by PETRARCH only when both parties are named."""
    pattern = candidate.pattern
    return not candidate.is_noun and not pattern.curated and not pattern.specificity


# CAMEO actor prefixes that are no country: transnational actors and world regions.
_STATELESS_PREFIXES = REGION_CODES | {"IGO", "NGO", "IMG", "MNC", "UIS", "UNK", "INT", "NAM"}


def home_country(actor: Actor) -> str | None:
    """The actor's country: its own field, else the country part of its CAMEO code."""
    if actor.country:
        return actor.country
    code = actor.code or ""
    if len(code) >= 3 and code[:3].isalpha() and code[:3].isupper():
        if code[:3] in _STATELESS_PREFIXES:
            return None
        return code[:3] if len(code) == 3 or actor.sector else None
    return None


# Governing roles that turn an act into another CAMEO act: a pledge, an order, a threat,
# a refusal or a halt of it.
_RECODING_ROLES = frozenset({"intended", "ordered", "threat", "negated", "halt", "future"})


def recoded_by(chain: Chain) -> bool:
    """True when a governing word makes the act a pledge, order, threat, refusal or
    halt ("promised to establish …"); "had to head for Dresden" is still the heading."""
    return any(role in _RECODING_ROLES for role in chain.roles)
