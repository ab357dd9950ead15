"""Source and target of an event: who did it to whom, read off the parse.

Verb events take the subject (or the passive "by"-agent) as source and the object or
a prepositional object as target; noun events take the possessor, an actor adjective
("Russian air strikes") or a "by"-phrase as source and "against/on/with/to" phrases as
target (the object of "hit" for an attack noun). Orders take the one who orders as
source; a missing source comes from the governing verbs ("Russia began its campaign").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..record import Actor
from .context import Context
from .events_args import (
    PRONOUNS,
    noun_preps,
    objects_of,
    passive_agent,
    passive_subject,
    phrase_actor,
    phrase_actors,
    subject_of,
    token_actor,
)
from .events_modality import Chain

# Verbs that undo or break the act their object names: who "left the Paris agreement"
# or "violated the truce" is not the one who made it.
UNDOING_VERBS = frozenset(
    """leave quit exit abandon violate breach break ignore scrap renounce repudiate
    denounce oppose flout""".split()  # noqa: SIM905
)

# Prepositions whose object is the target of an event verb or noun.
VERB_TARGET_PREPS = frozenset(
    {"against", "with", "on", "to", "at", "into", "from", "toward", "towards", "upon", "over"}
)

NOUN_TARGET_PREPS = frozenset(
    {"against", "with", "on", "to", "at", "into", "from", "for", "in", "toward", "towards"}
)

# Sectors that carry arms: their force is their own act.
_ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "COP", "SPY"})

# Prepositions that order an act before or after the clause's: "after an attack".
_SEQUENCE_PREPS = frozenset({"after", "following", "before"})

# Prepositions that put a participant's own act beside the clause: "at a meeting".
_ADJUNCT_PREPS = frozenset({"at", "during", "after", "following", "before", "in"})

# Prepositions of a verb's object noun that name the target ("sanctions on Iran").
_LIGHT_VERB_TARGET_PREPS = frozenset({"to", "with", "against", "on"})
_OBJECT_NOUN_PREPS = frozenset({"on", "against", "with", "to", "for"})

# Prepositions the parser may attach to a nominal's "of"-object instead of the nominal.
_LATE_PREPS = frozenset({"from", "against", "into", "to"})

# Prepositions of a noun's "in"-phrase only count when their object is itself an actor.
_DIRECT_ONLY_PREPS = frozenset({"in", "at", "on"})

# Roots whose nominal "of"-object is the agent ("the withdrawal of Russian forces",
# "a visit of the minister", "protests of students"); elsewhere it is the patient
# ("the arrest of the leader").
_OF_AGENT_ROOTS = frozenset({"03", "04", "05", "08", "14", "15"})

# Roots whose nominal "from"-object is the agent: what comes from someone ("a demand
# from Washington", "aid from Japan", "a visit from the Pope", "criticism from China");
# elsewhere it is what is left ("a withdrawal from Syria").
_FROM_AGENT_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13"})

# Force and deployment act on the country they happen in ("deploy troops in Iraq").
_FORCE_LIKE_ROOTS = frozenset({"15", "18", "19", "20"})

_LOCATIVE_TARGET_PREPS = frozenset({"in", "inside", "across", "throughout"})

# Prepositions naming the parties an act stands between: "mediation between A and B".
_BETWEEN_PREPS = frozenset({"between", "among"})


def find_roles(
    core: Token, *, is_noun: bool, code: str, chain: Chain, ctx: Context, prep: str = ""
) -> tuple[list[Actor], list[Actor]]:
    """Source and target actors of the event word ``core`` (see the module docstring).

    ``prep`` is the preposition the matched pattern names ("arrive IN", "appeal FOR"):
    its object is a target too.
    """
    sources: list[Actor] = []
    targets: list[Actor] = []
    deferred_possessive = False
    if not is_noun:
        patient = passive_subject(core)
        if patient is not None:
            targets = phrase_actors(ctx, patient)
            agent = passive_agent(core)
            if agent is not None:
                sources = phrase_actors(ctx, agent)
        else:
            subject = subject_of(core)
            if subject is not None:
                sources = phrase_actors(ctx, subject)
            for obj in objects_of(core, VERB_TARGET_PREPS | ({prep} if prep else set())):
                targets += _new(targets, phrase_actors(ctx, obj))
            if not targets and code[:2] in _FORCE_LIKE_ROOTS:
                # "deploy peacekeepers in Iraq", "fired shells into Lebanon"
                for obj in objects_of(core, _LOCATIVE_TARGET_PREPS):
                    actor = token_actor(ctx, obj)
                    if actor is not None and actor.kind == "country":
                        targets += _new(targets, [actor])
            if not targets and code[:2] in {"12", "13"}:
                # "threatened to resume attacks in Israel": whom the threat is against;
                # "refused to respond to the American demand": whom the refusal answers
                for clause in core.children:
                    if clause.dep_ == "xcomp":
                        targets += _new(targets, _clause_targets(clause, ctx))
            if not targets:  # "demanded that the United States match …"
                for clause in core.children:
                    embedded = subject_of(clause) if clause.dep_ in {"ccomp", "xcomp"} else None
                    if embedded is not None:
                        targets += _new(targets, phrase_actors(ctx, embedded))
            for purpose in objects_of(core, frozenset({"for"})):
                # "mobilized reservists for a war against Iraq": whom the purpose is against
                for _, inner in noun_preps(purpose, frozenset({"against"})):
                    targets += _new(targets, phrase_actors(ctx, inner))
            for obj in core.children:
                if obj.dep_ == "dobj":  # "imposed sanctions on Iran", "ties with Qatar"
                    for inner in _object_noun_targets(obj):
                        targets += _new(targets, phrase_actors(ctx, inner))
    else:
        root = code[:2]
        for child in core.children:
            if child.dep_ == "poss":
                if child.lower_ in PRONOUNS:
                    deferred_possessive = True
                else:
                    sources += _new(sources, phrase_actors(ctx, child))
            elif child.dep_ in {"amod", "compound", "nmod"}:
                actor = token_actor(ctx, child)
                if actor is not None:
                    sources += _new(sources, [actor])
        between: list[Actor] = []
        for prep, obj in _noun_arguments(core) + _vehicle_arguments(chain):
            found = phrase_actors(ctx, obj, descend=prep not in _DIRECT_ONLY_PREPS)
            if (
                prep == "by"
                or (prep == "of" and root in _OF_AGENT_ROOTS)
                or (prep == "from" and root in _FROM_AGENT_ROOTS and not sources)
            ):
                sources += _new(sources, found)
            else:
                targets += _new(targets, found)
                between += found if prep in _BETWEEN_PREPS else []
        if chain.impact is not None:
            for obj in objects_of(chain.impact, VERB_TARGET_PREPS):
                targets += _new(targets, phrase_actors(ctx, obj))
        if not targets and core.dep_ == "dobj" and core.head.pos_ == "VERB":
            # "gave a warm welcome to de Klerk": the light verb's dative or
            # prepositional object is the target of the act its object names
            for obj in objects_of(core.head, _LIGHT_VERB_TARGET_PREPS):
                if obj is not core:
                    targets += _new(targets, phrase_actors(ctx, obj))
    carrier = chain.top if chain.top.pos_ in {"NOUN", "PROPN"} else core  # "mediation efforts"
    if (
        is_noun
        and not sources
        and carrier.dep_ == "dobj"
        and carrier.head.pos_ == "VERB"
        and carrier.head.lemma_.lower() not in UNDOING_VERBS
    ):
        # "NATO would tighten the blockade": who acts on an act named as an object
        # (a verb with no code of its own) is the one doing it
        subject = subject_of(carrier.head)
        if subject is not None:
            sources = [a for a in phrase_actors(ctx, subject) if all(a.id != t.id for t in targets)]
    orderer = _orderer(chain, ctx)
    if orderer:
        sources = orderer  # "Putin ordered … the withdrawal": the one who orders acts
    if not sources:
        sources = _governing_subject(chain, ctx, deferred_possessive, core, code)
    if is_noun and not sources and len(between) > 1:
        # "talks between Israel and Syria": the parties act on each other
        sources = targets = between
    sources = [s for s in sources if all(s.id != t.id for t in targets)] or sources
    return sources, _others_first(sources, targets)


def _others_first(sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """Targets without the source's own people when someone else is also named:
    "Britain mobilized its reservists for a war against Iraq" is aimed at Iraq."""
    own = {s.country for s in sources if s.country}
    others = [t for t in targets if not t.country or t.country not in own]
    return others or targets


def _object_noun_targets(obj: Token) -> list[Token]:
    """Targets named inside a verb's object noun: "sanctions on Iran", and through its
    "of"-phrases, "welcomed a resumption of ties with Osgiliath", "ties between A and B"."""
    found: list[Token] = []
    frontier = [obj]
    for _ in range(3):
        deeper = []
        for noun in frontier:
            found += [
                inner for _, inner in noun_preps(noun, _OBJECT_NOUN_PREPS | {"between", "among"})
            ]
            deeper += [inner for _, inner in noun_preps(noun, frozenset({"of"}))]
        if found or not deeper:
            break
        frontier = deeper
    return found


def _clause_targets(verb: Token, ctx: Context) -> list[Actor]:
    """Actors an infinitive clause acts on, including its object's "in/against" phrase."""
    found: list[Actor] = []
    for obj in objects_of(verb, VERB_TARGET_PREPS | {"in"}):
        found += _new(found, phrase_actors(ctx, obj, descend=obj.head.lower_ != "in"))
        for _, inner in noun_preps(obj, frozenset({"in", "against", "on"})):
            found += _new(found, phrase_actors(ctx, inner, descend=False))
    for clause in verb.children:
        if clause.dep_ == "xcomp" and not found:
            found = _clause_targets(clause, ctx)
    return found


def _noun_arguments(noun: Token) -> list[tuple[str, Token]]:
    """Prepositional arguments of an event noun, including those the parser hung on its
    "of"-object ("the withdrawal of Russia's forces from Syria")."""
    found = noun_preps(noun, NOUN_TARGET_PREPS | _BETWEEN_PREPS | {"by", "of"})
    frontier = [obj for prep, obj in found if prep == "of"]
    for _ in range(2):
        deeper = []
        for obj in frontier:
            for prep, inner in noun_preps(obj, _LATE_PREPS | {"of"}):
                if prep == "of":
                    deeper.append(inner)
                else:
                    found.append((prep, inner))
        frontier = deeper
    return found


def _vehicle_arguments(chain: Chain) -> list[tuple[str, Token]]:
    """Prepositional arguments of the noun an event noun names the kind of ("a mediation
    mission between Syria and the PLO"): they belong to the event."""
    found: list[tuple[str, Token]] = []
    for governor, role in zip(chain.governors, chain.roles, strict=False):
        if role != "aspect" or governor.pos_ not in {"NOUN", "PROPN"}:
            break
        found += noun_preps(governor, NOUN_TARGET_PREPS | _BETWEEN_PREPS)
    return found


def _orderer(chain: Chain, ctx: Context) -> list[Actor]:
    for governor, role in zip(chain.governors, chain.roles, strict=False):
        if role == "ordered":
            subject = subject_of(governor)
            if subject is not None:
                return phrase_actors(ctx, subject)
    return []


def _governing_subject(
    chain: Chain, ctx: Context, possessive: bool, core: Token, code: str
) -> list[Actor]:
    """The source from the verbs above: "Russia began its campaign", "Putin ordered …"."""
    verbs = [g for g in chain.governors if g.pos_ in {"VERB", "AUX", "ADJ"}]
    armed_only = False
    if not verbs and (possessive or _in_adjunct(chain.top)):
        # "his meeting with …", "Putin, at a meeting with …, said": the clause's subject;
        # force before or after the clause is the subject's only when it is armed
        # ("troops captured the town after days of fighting", not "after a terror
        # attack, Berlin approved measures")
        verbs = chain.clause_verbs()
        armed_only = code[:2] in _FORCE_LIKE_ROOTS and chain.top.head.lower_ in _SEQUENCE_PREPS
    for verb in verbs:
        subject = subject_of(verb)
        if subject is not None:
            found = phrase_actors(ctx, subject)
            if armed_only:
                found = [a for a in found if a.sector in _ARMED_SECTORS]
            if found:
                return found
    if possessive:
        for child in core.children:
            if child.dep_ == "poss":
                actor = phrase_actor(ctx, child)
                if actor is not None:
                    return [actor]
    return []


def _in_adjunct(noun: Token) -> bool:
    """True for a noun in a prepositional phrase on a verb ("at a meeting", "after talks")."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in _ADJUNCT_PREPS
        and head.head.pos_ in {"VERB", "AUX"}
    )


def _new(have: list[Actor], found: list[Actor]) -> list[Actor]:
    return [a for a in found if all(a.id != h.id for h in have)]
