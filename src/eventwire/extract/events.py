"""CAMEO-coded events with source and target actors, read off the dependency parse.

For each sentence: find event words (verbs and event nouns the pattern book knows),
climb from each to the words that govern it ("ordered … to start the withdrawal"),
keep one event per act, and fill its roles from the parse: source (subject, passive
"by"-agent, possessor or actor adjective of an event noun), target (object,
prepositional object, the object of "hit" for an attack noun), modality, date (a time
expression of the event's clause, else the publication date for a past-tense act) and
place (a place in a prepositional phrase of the clause). Actors come from
``ctx.actors``; an event with neither a source nor a target actor is not emitted.

What is not an act of its own is skipped: what an appeal asks for, the aim of a
purpose clause, the toll of an attack ("…, killing four"), a participle describing a
thing, the doings of natural forces. An act named again (the headline, the lead, a
quote) is one event with several ``mentions``. A user's PETRARCH verb dictionary
(``events_verbs.EventOptions``) adds or replaces patterns; with ``only_user_verbs``
the codes are the user's own, so rules that read CAMEO's meaning off a code are off
and, as in PETRARCH, an act needs both parties.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..cameo import get_codebook
from ..record import Actor, Event, EventActor, Modality, Offsets, Place, Time
from ..record import Span as TextSpan
from .context import Context
from .events_args import (
    MESSAGE_NOUNS,
    PRONOUNS,
    phrase_actor,
    phrase_actors,
    subject_of,
    token_actor,
)
from .events_modality import (
    IMPACT_VERBS,
    VEHICLE_NOUNS,
    Chain,
    Standing,
    attaches,
    climb,
    is_past,
    is_present,
    standing,
)
from .events_patterns import (
    Pattern,
    PatternBook,
    get_pattern_book,
    is_military_word,
    lemmas,
    match_noun,
    match_verb,
    singular,
)
from .events_readings import (
    PEACEKEEPING_MOVES,
    Candidate,
    attempted_killing,
    generic,
    home_country,
    insists_on_a_fact,
    joint_exercise,
    judges_a_thing,
    moves_peacekeepers,
    recoded_by,
    to_another,
    traded,
)
from .events_roles import find_roles
from .events_verbs import Discards, get_default_options, load_discards

_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "on"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_TARGETED_CODES = frozenset({"130", "139"})
_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
_UNREAL = frozenset({"intended", "future", "conditional", "hypothetical"})
# Codes that name the expressing of an act (intent, threat), which is made even when
# the act expressed is not: "agreed to reopen its borders" (032)
_EXPRESSING_ROOTS = frozenset({"03", "13"})
# Acts two parties do together: "Israel and the Palestinians agreed" codes both ways.
_RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
_COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
# Consulting and cooperating: acts done with a partner, who is never one's own country.
_PARTNER_ROOTS = frozenset({"04", "05", "06"})
# Words about another's act (praise, appeal, demand, criticism, rejection): their
# target is the act's doer, never a stand-in country.
_REACTION_ROOTS = frozenset({"01", "02", "05", "10", "11", "12"})
# Verbal conflict (demand, disapprove, reject, threaten): agreed to, it is an agreement.
_VERBAL_CONFLICT_ROOTS = frozenset({"10", "11", "12", "13"})
# Appeals and demands: the act they ask for is their content, not an act of its own.
_ASKING_ROOTS = frozenset({"02", "10"})
_DATE_SHAPES = (4, 7, 10)
_BACKDROP_MENTIONS = 3
_ANNOUNCING = frozenset({"announce", "declare", "order", "confirm"})
# Clauses below a verb that are acts of their own, not its arguments.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "parataxis", "xcomp", "relcl", "acl"})


_NOBODY: list[Actor | None] = [None]


def extract_events(doc: Doc, ctx: Context) -> list[Event]:
    """Events of an article, one per act and actor pair, in text order.

    Args:
        doc: the parsed article.
        ctx: what earlier extractors found; actors, times and places are used.

    Returns:
        Events with CAMEO code, PLOVER type, actors, modality, date, place and evidence.
    """
    book = get_pattern_book()
    discards = _discards()
    if discards.drops_story(ctx.article.text):
        return []  # a user's discard list: sports results, weather …
    backdrop = _backdrop_countries(ctx)
    events: list[Event] = []
    # the doer of the latest act named by each event word: "the strikes" refers back
    history: dict[str, Actor] = {}
    by_id = {a.id: a for a in ctx.actors}
    acts: dict[tuple[str | None, ...], int] = {}
    for sent in doc.sents:
        if discards.drops_sentence(sent.text):
            continue
        for candidate in _candidates(sent, ctx, book):
            found = _events_of(candidate, sent, ctx, book, backdrop, history)
            doer = next((by_id[e.source.actor] for e in found if e.source.actor in by_id), None)
            if doer is not None:
                history[candidate.core.lemma_.lower()] = doer
            for event in found:
                key = _act_key(event)
                if key in acts:
                    # the same act named again: one event, one more mention
                    at = acts[key]
                    events[at] = _with_mention(events[at], event)
                    continue
                acts[key] = len(events)
                events.append(
                    event.model_copy(
                        update={"id": f"E{len(events) + 1}", "mentions": [event.trigger]}
                    )
                )
    return events


def _first_actor_after(verb: Token, ctx: Context, sources: list[Actor]) -> list[Actor]:
    """The first actor named after the verb inside its own phrase (not a clause of its
    own): PETRARCH's target, the first noun phrase of the verb phrase."""
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ in {"nsubj", "nsubjpass"}:
            continue
        if any(
            a.dep_ in {"ccomp", "advcl", "relcl", "parataxis"} and a.i > verb.i
            for a in [token, *token.ancestors]
            if a.i != verb.i and verb in a.ancestors
        ):
            continue
        actor = token_actor(ctx, token)
        if actor is not None and all(actor.id != s.id for s in sources):
            return [actor]
    return []


def _agreed_to(chain: Chain) -> bool:
    return any(g.lemma_.lower() == "agree" for g in chain.governors)


def _headline_end(text: str) -> int:
    """Where the headline block ends: the start of the first line that ends like a
    sentence. Headlines, deks and captions before it carry no final full stop."""
    at = 0
    for line in text.split("\n"):
        stripped = line.rstrip()
        if stripped.endswith((".", "!", "?", '"', "\u201d", ":")):
            return at
        at += len(line) + 1
    return 0


def _discards() -> Discards:
    return _load_discards(get_default_options().discard_dictionaries)


@lru_cache(maxsize=4)
def _load_discards(paths: tuple[Path, ...]) -> Discards:
    return load_discards(paths)


def _act_key(event: Event) -> tuple[str | None, ...]:
    """What makes two mentions one act: the code, both parties and the date."""
    return (
        event.code,
        event.source.actor or event.source.code,
        event.target.actor or event.target.code,
        event.date,
        str(event.negated),
    )


def _with_mention(event: Event, again: Event) -> Event:
    """``event`` with ``again``'s trigger as one more mention; the surer confidence."""
    mentions = list(event.mentions)
    if all(m.start != again.trigger.start for m in mentions):
        mentions.append(again.trigger)
    confidence = max(event.confidence, again.confidence)
    return event.model_copy(update={"mentions": mentions, "confidence": confidence})


def _military(token: Token, ctx: Context, chain: Chain) -> bool:
    """True when the act is done by or to armed forces (decides 0874 vs 080, 190 vs 143)."""
    words: list[Token] = []
    for child in token.children:
        if child.dep_ not in _CLAUSE_DEPS:
            words += list(child.subtree)
    subject = subject_of(token) if token.pos_ in {"VERB", "AUX"} else None
    if subject is not None:
        words += list(subject.subtree)
    for governor in chain.governors:
        words += [t for c in governor.children if c.dep_ in {"nsubj", "dobj"} for t in c.subtree]
    for word in words:
        if word.i == token.i:
            continue
        if is_military_word(word):
            return True
        actor = token_actor(ctx, word)
        if actor is not None and actor.sector in {"MIL", "REB", "INS"}:
            return True
    return False


def _lazy_military(token: Token, ctx: Context, chain: Chain) -> Callable[[], bool]:
    return lambda: _military(token, ctx, chain)


def _candidates(sent: Span, ctx: Context, book: PatternBook) -> list[Candidate]:
    found: list[Candidate] = []
    verbs_known, noun_heads = book.verbs, book.noun_heads
    for token in sent:
        if token.pos_ == "VERB":
            if not any(lemma in verbs_known for lemma in lemmas(token)):
                continue
            if book.role(token) == "report" or token.dep_ in {"prep", "amod"}:
                continue
            chain = climb(token, book)
            pattern = match_verb(token, military=_lazy_military(token, ctx, chain))
            if pattern and pattern.code:
                found.append(Candidate(token, pattern, token, is_noun=False, chain=chain))
        elif token.pos_ in {"NOUN", "PROPN"} and (
            token.dep_ != "compound" or token.head.lemma_.lower() in VEHICLE_NOUNS
        ):
            if token.lemma_.lower() not in noun_heads and singular(token.lower_) not in noun_heads:
                continue
            if _is_adverbial_idiom(token):
                continue
            chain = climb(token, book)
            match = match_noun(token, military=_lazy_military(token, ctx, chain))
            if match and match[0].code:
                found.append(Candidate(token, match[0], match[1], is_noun=True, chain=chain))
    governing = {g.i for c in found if c.chain for g in c.chain.governors}
    verbs = {c.core.i: c.pattern for c in found if not c.is_noun and c.core.i not in governing}
    nouns = {c.core.i for c in found if c.is_noun}
    coded_verbs = {c.core.i for c in found if not c.is_noun}
    kept = []
    for candidate in found:
        core = candidate.core
        content_of = candidate.chain.content_of if candidate.chain else None
        if content_of is not None and content_of.i in coded_verbs:
            continue  # "demanded that Israel ease restrictions": the demand is the act
        if core.i in governing:
            continue  # "ordered", "pledged", "hit": the governed act is the event
        carrier = core.head if core.dep_ == "compound" else core  # "mediation efforts"
        if candidate.is_noun and _is_argument(carrier, verbs, nouns):
            continue  # "welcomed the announcement": the noun is what the verb acts on
        if not candidate.is_noun and core.dep_ == "acl" and _is_argument(core.head, verbs, nouns):
            continue  # "rejected a request to interrogate": what was requested, not done
        if not candidate.is_noun and core.dep_ in {"xcomp", "ccomp"}:
            asked = verbs.get(core.head.i)
            if asked is not None and (asked.code or "")[:2] in _ASKING_ROOTS:
                continue  # "called on the Council to intervene": asked for, not done
        if not candidate.is_noun and _shows_something(core):
            continue  # "must demonstrate they are healthy": showing, not protesting
        if not candidate.is_noun and _asked_for(core):
            continue  # "an appeal for deploying troops": what was asked for, not done
        if not candidate.is_noun and _consequence_of(core, found):
            continue  # "exchanged fire …, killing four civilians": the attack's toll
        if not candidate.is_noun and _purpose_of(core, found):
            continue  # "staged protests to demand reforms": the demand is the protest's aim
        if not candidate.is_noun and _describes_thing(core, ctx):
            continue  # "a package targeting shipping companies": what the package does
        kept.append(candidate)
    return kept


# Natural forces and accidents: what they "strike", "hit" or "kill" is no act of anyone.
NATURAL_FORCES = frozenset(
    {
        "typhoon",
        "hurricane",
        "cyclone",
        "storm",
        "tornado",
        "earthquake",
        "quake",
        "tremor",
        "aftershock",
        "tsunami",
        "flood",
        "flooding",
        "landslide",
        "mudslide",
        "avalanche",
        "drought",
        "wildfire",
        "blaze",
        "eruption",
        "volcano",
        "lightning",
        "heatwave",
        "epidemic",
        "pandemic",
        "outbreak",
        "virus",
        "disease",
        "cholera",
        "accident",
        "crash",
    }
)


def _forced_by_nature(core: Token, is_noun: bool) -> bool:
    """True when the doer of the act is a natural force ("Typhoon Kalmaegi struck",
    "an earthquake hit", "the storm's destruction")."""
    if is_noun:
        agents = [c for c in core.children if c.dep_ in {"poss", "compound"}]
    else:
        agents = [c for c in core.children if c.dep_ in {"nsubj", "agent"}]
        agents += [g for a in agents if a.dep_ == "agent" for g in a.children]
    for agent in agents:
        words = [agent, *(c for c in agent.children if c.dep_ == "compound")]
        if any(w.lemma_.lower() in NATURAL_FORCES for w in words):
            return True
    return False


def _unattributed_act(verb: Token, ctx: Context, book: PatternBook) -> str | None:
    """The lemma of an event noun the verb acts on when the noun names no actor
    ("condemned the strikes", "welcomed the talks"), else None."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.pos_ not in {"NOUN", "PROPN"}:
            continue
        lemma = obj.lemma_.lower()
        if lemma not in book.noun_heads and singular(obj.lower_) not in book.noun_heads:
            continue
        if not any(token_actor(ctx, t) is not None for t in obj.subtree):
            return lemma
    return None


# Nouns of asking and proposing: the act they name is wanted, not done.
_ASKING_NOUNS = frozenset(
    {
        "demand",
        "appeal",
        "call",
        "request",
        "plea",
        "ultimatum",
        "proposal",
        "invitation",
        "petition",
    }
)


def _asked_for(verb: Token) -> bool:
    """True for the act a demand, appeal or proposal asks for ("demands that the
    government grant more rights", "an appeal for deploying troops")."""
    noun = verb.head
    if verb.dep_ == "pcomp" and noun.dep_ == "prep":
        noun = noun.head
    elif verb.dep_ not in {"acl", "ccomp"}:
        return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _ASKING_NOUNS


def _shows_something(verb: Token) -> bool:
    """True for "demonstrate" with something shown ("demonstrate that they are well",
    "demonstrated its resolve"): to protest is to demonstrate without an object."""
    return verb.lemma_.lower() == "demonstrate" and any(
        c.dep_ in {"ccomp", "dobj"} for c in verb.children
    )


def _consequence_of(verb: Token, found: list[Candidate]) -> bool:
    """True for a participle of harm hanging on a coded act ("carried out an air strike,
    killing four militants"): it tells what the act did, not a second act."""
    if verb.dep_ not in {"advcl", "conj"} or verb.tag_ != "VBG":
        return False
    if not any(lemma in IMPACT_VERBS for lemma in lemmas(verb)):
        return False
    head = verb.head
    anchors = {head.i} | {c.i for c in head.children if c.dep_ in {"dobj", "nsubj"}}
    return any(c.core.i in anchors or (c.chain and head in c.chain.governors) for c in found)


def _purpose_of(verb: Token, found: list[Candidate]) -> bool:
    """True for an infinitive of purpose hanging on a coded act ("staged protests to
    demand reforms", "began a hunger strike to demand the return of property"): it
    says why the act was done, and the act is what happened."""
    if verb.dep_ not in {"advcl", "relcl", "acl"}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    anchors = {head.i} | {c.i for c in head.children if c.dep_ in {"dobj", "pobj"}}
    return any(c.core.i in anchors or (c.chain and head in c.chain.governors) for c in found)


def _describes_thing(verb: Token, ctx: Context) -> bool:
    """True for a participle describing a thing that is no actor ("a package targeting
    shipping companies", "a law banning protests"): it says what the thing is for, and
    the act, if any, is the thing's own (the sanctions package)."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBG", "VBN"}:
        return False
    head = verb.head
    if head.pos_ not in {"NOUN", "PROPN"} or head.lower_ in PRONOUNS:
        return False
    if head.lemma_.lower() in MESSAGE_NOUNS:
        return False  # "a statement demanding …": what the message says is said by its author
    return not any(token_actor(ctx, t) is not None for t in head.subtree if t.i < verb.i)


def _is_adverbial_idiom(noun: Token) -> bool:
    """ "in support of", "in response to", "in protest": a manner adjunct, not an act."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ in {"in", "as"}
        and not any(c.dep_ in {"det", "poss", "amod"} for c in noun.children)
    )


def _is_argument(noun: Token, verbs: dict[int, Pattern], nouns: set[int]) -> bool:
    """True when an event noun is what a coded verb acts on: its object ("welcomed the
    announcement") or the object of the preposition its pattern names ("called for a
    ceasefire"), or a prepositional object of another event noun."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass", "attr", "dative"} and head.i in verbs:
        return True
    if noun.dep_ == "pobj" and head.dep_ in {"prep", "agent"}:
        owner = head.head
        if owner.i in nouns:
            return True
        pattern = verbs.get(owner.i)
        if pattern is not None and pattern.prep == head.lower_:
            return True
    return False


def _events_of(
    candidate: Candidate,
    sent: Span,
    ctx: Context,
    book: PatternBook,
    backdrop: list[str],
    history: dict[str, Actor],
) -> list[Event]:
    chain = candidate.chain or Chain(candidate.core)
    sources, targets = find_roles(
        candidate.core,
        is_noun=candidate.is_noun,
        code=candidate.pattern.code or "",
        chain=chain,
        ctx=ctx,
        prep=candidate.pattern.prep,
    )
    if not sources and not targets:
        return []
    if _forced_by_nature(candidate.core, candidate.is_noun):
        return []  # "Typhoon Kalmaegi struck Luzon": a natural force is no actor
    # "Fabius and a group of deputies held talks": a party we cannot code beside one we
    # can adds no event of its own
    sources = [a for a in sources if a.code or a.country] or sources
    targets = [a for a in targets if a.code or a.country] or targets
    attempted = attempted_killing(candidate, chain)
    if attempted is not None:
        chain = attempted  # "tried to assassinate the premier": CAMEO's 185, which happened
    stand = standing(chain, book)
    # rules that read CAMEO's meaning off a code's root; a user's own verb dictionary
    # (PETRARCH's old WEIS codes) gives codes we cannot read, so it gets them as written
    cameo_rules = not get_default_options().only_user_verbs
    code = "185" if attempted is not None else candidate.pattern.code or ""
    if cameo_rules and insists_on_a_fact(candidate):
        code = "010"  # "insisted that the YPG was an ally": a statement, not a demand
    if cameo_rules:
        if stand.halted and not book.recode(code, "halt"):
            stand = replace(stand, negated=True)  # "stopped praising": no code for that
        plain = (book.recode(code, "halt") if stand.halted else None) or code
        code = _recode(code, stand, book)
        if code[:2] in _VERBAL_CONFLICT_ROOTS and _agreed_to(chain):
            code = "030"  # "agreed to postpone the demonstration": the agreement is the act
        expressed = code != plain or (code[:2] in _EXPRESSING_ROOTS and bool(chain.governors))
        if expressed and stand.modality in _UNREAL and not stand.protasis:
            # the code now names the pledge, threat or refusal, and that was made: "Iran
            # threatened to attack" happened, though the attack did not (yet)
            made: Modality = "reported" if stand.reporter is not None else "asserted"
            stand = replace(stand, modality=made)
    if cameo_rules and stand.deontic and stand.reporter is not None and not stand.negated:
        # "X said Iraq must cooperate": X demands it of Iraq (CAMEO 10x)
        demander = phrase_actors(ctx, stand.reporter)
        if demander and sources:
            code = book.recode(candidate.pattern.code or "", "demand") or "100"
            sources, targets = demander, sources
            stand = replace(stand, modality="asserted", reporter=None)  # the demand was made
    if cameo_rules and code in PEACEKEEPING_MOVES and moves_peacekeepers(candidate):
        code = "074"  # "NATO peacekeepers arrived in Bosnia": providing peacekeeping
    if cameo_rules and code == "150" and joint_exercise(candidate, sources, targets):
        code = "062"  # "French and Egyptian warships launched war games": they cooperate
    if not cameo_rules and not targets and not candidate.is_noun:
        # PETRARCH reads the target off the verb phrase: the first actor after the verb
        # ("arrived in Gondor", "cordoned off the roads leading into Mordor")
        targets = _first_actor_after(candidate.core, ctx, sources)
    if not cameo_rules and not targets and len(sources) > 1:
        targets = list(sources)  # "Gondor and Osgiliath delayed their meeting": each other
    if cameo_rules and stand.negated and code == "010":
        # "did not comment": CAMEO's "decline comment" (011), which did happen
        code, stand = "011", replace(stand, negated=False)
    codebook = get_codebook()
    info = codebook.info(code, strict=cameo_rules)
    place = _place_of(chain, sent, ctx.places)
    fallback = False
    retreat = cameo_rules and info.plover == "RETREAT"
    if retreat:
        # "withdrew from the Bosnian town of Gorazde" (Bosnian Serbs): a de-escalation is
        # toward an opponent, and leaving a place of one's own country is toward nobody
        own = {home_country(s) for s in sources}
        targets = [t for t in targets if t.kind != "country" or home_country(t) not in own]
    doerless = not any(s.code or s.country for s in sources) and info.root not in _FORCE_ROOTS
    if cameo_rules and doerless and generic(candidate) and not recoded_by(chain):
        return []  # "people coming to the UK": a synonym-set code needs its doer named
    exchanged = len(sources) > 1 and traded(candidate)
    if cameo_rules and not targets and info.root in _FORCE_ROOTS and not exchanged:
        country = (place.country if place else None) or next(
            (c for c in backdrop if all(s.country != c for s in sources)), None
        )
        if country and all(s.country != country for s in sources):
            targets = [_country_actor(ctx, country)]
            fallback = True
    if cameo_rules and not sources and targets and info.root in _FORCE_ROOTS:
        # "US servicemen were killed by a bomb outside the city of Basra": an unclaimed
        # attack is coded on the country it happens in, when that is not the victim's own
        victims = {home_country(t) for t in targets}
        scene = next((c for c in _scene_countries(sent, ctx.places) if c not in victims), None)
        if scene:
            sources = [_country_actor(ctx, scene, avoid={t.id for t in targets})]
            fallback = True
    if not targets and info.code in _TARGETED_CODES and info.code == candidate.pattern.code:
        return []  # a threat or ultimatum with nobody to receive it is not one
    reacted_to = None
    if not candidate.is_noun and info.root in _REACTION_ROOTS:
        reacted_to = _unattributed_act(candidate.core, ctx, book)
    if not targets and reacted_to is not None:
        # "condemned the strikes": the target is whoever carried the strikes out
        earlier = history.get(reacted_to)
        targets = [earlier] if earlier is not None and earlier not in sources else []
    reciprocal = exchanged or (len(sources) > 1 and info.root in _RECIPROCAL_ROOTS)
    if cameo_rules and targets and all(not (t.code or t.country) for t in targets):
        targets = []  # "accepted demands from Shona rebels": nobody we can code; as untargeted
    if (
        cameo_rules
        and not targets
        and reacted_to is None
        and sources
        and not reciprocal
        and not stand.negated
    ):
        # event data code an act with no named target on the country it happens in,
        # else the actor's own country ("the parliament approved a law": SRB → SRB)
        inner = _inner_party(chain, ctx, sources)
        country = (place.country if place else None) or home_country(sources[0])
        if inner is not None:
            # "a suspension of air links with Serbia", "an offensive in its war with Iraq"
            targets = [inner]
            fallback = True
        elif generic(candidate) and not recoded_by(chain) and info.root not in _FORCE_ROOTS:
            # "China is improving its transplant system", "28 parties are competing for
            # seats": a verb that carries a code only through its synonym set
            # ("improve", "handle", "compete") is no act unless it names whom it acts
            # on, as PETRARCH codes it only with both parties
            return []
        elif info.root in _PARTNER_ROOTS:
            pass  # "held talks": consulting and cooperating are with someone else, never
            # with one's own country; nobody named is nobody coded
        elif (
            info.root in _REACTION_ROOTS - {"10"}
            and place is None
            and judges_a_thing(candidate.core, ctx)
        ):
            pass  # "Tokyo condemned the launches": whoever launched, not Japan
        elif to_another(info.root, candidate) and country == home_country(sources[0]):
            # "Algeria withdrew its ambassador", "Germany would contribute 200 million
            # euros": relations are cut, and aid given, with someone else
            pass
        elif country and not retreat:
            # "students throughout Indonesia demonstrated": Indonesia acts on itself; the
            # target is the country, not the source's own mention again
            targets = [_country_actor(ctx, country, avoid={s.id for s in sources})]
            fallback = True
    time = _time_of(chain, sent, ctx.times)
    date = time.value if time is not None and _is_date(time.value) else None
    factual = stand.modality in {"asserted", "reported", "ordered"} and not stand.negated
    # "Putin orders …" in a headline is the historical present: news of the day
    headline = sent.start_char < _headline_end(ctx.article.text) and is_present(chain)
    if date is None and factual and ctx.published and (is_past(chain) or headline):
        date = ctx.published.isoformat()
    reporter = phrase_actor(ctx, stand.reporter) if stand.reporter is not None else None
    trigger = _trigger(candidate)
    text = ctx.article.text
    events = []
    pairs: list[tuple[Actor | None, Actor | None]] = [
        (s, t) for s in (sources or _NOBODY) for t in (targets or _NOBODY)
    ]
    if (cameo_rules and reciprocal and not targets) or (targets == sources and len(sources) > 1):
        pairs = [(s, t) for s in sources for t in sources if s.id != t.id]
    for source, target in pairs:
        if source is not None and target is not None and source.id == target.id:
            target = None
        if source is None and target is None:
            continue
        if not cameo_rules and not (source and source.code and target and target.code):
            continue  # PETRARCH codes an act only with both parties (its require_dyad)
        events.append(
            Event(
                id="E0",
                code=info.code,
                root=info.root,
                label=info.label,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                plover=info.plover,
                plover_mode=info.plover_mode,
                plover_context=info.plover_context,
                source=_event_actor(source),
                target=_event_actor(target),
                date=date,
                time=time.id if time is not None and date == time.value else None,
                place=place.id if place is not None else None,
                negated=stand.negated,
                modality=stand.modality,
                reported_by=reporter.id if reporter is not None else None,
                sentence=Offsets(start=sent.start_char, end=sent.end_char),
                trigger=TextSpan(
                    start=trigger[0], end=trigger[1], text=text[trigger[0] : trigger[1]]
                ),
                confidence=_confidence(candidate, source, target, fallback, stand.modality),
            )
        )
    reverse = candidate.pattern.reverse
    if reverse and targets:
        # "[032:033]" in a user dictionary: the target does the converse act
        converse = codebook.info(reverse, strict=cameo_rules)
        for event in list(events):
            if event.source.code and event.target.code:
                events.append(
                    event.model_copy(
                        update={
                            "code": converse.code,
                            "root": converse.root,
                            "label": converse.label,
                            "quad_class": converse.quad_class,
                            "goldstein": converse.goldstein,
                            "plover": converse.plover,
                            "plover_mode": converse.plover_mode,
                            "plover_context": converse.plover_context,
                            "source": event.target,
                            "target": event.source,
                        }
                    )
                )
    return events


def _recode(code: str, stand: Standing, book: PatternBook) -> str:
    """Acts halted take the code of their halting ("suspended aid": 162); acts pledged,
    threatened or refused rather than done take CAMEO's intent (03x),
    threat (13x) or reject (12x) codes; a conflictive act announced for the future or
    under a condition is a threat ("would blockade Paris", "may halt mediation if …")."""
    if stand.halted:
        code = book.recode(code, "halt") or code  # then pledged, threatened … as any act
    root = code[:2]
    if stand.refused:
        return book.recode(code, "reject") or "120"
    if stand.threat:
        return book.recode(code, "threat") or "130"
    if stand.modality in {"intended", "future"} and root in _COOPERATIVE_ROOTS:
        return book.recode(code, "intent") or code
    speculated = stand.modality == "hypothetical" and stand.reporter is None
    if stand.modality in _UNREAL and root in _CONFLICT_ROOTS and not stand.protasis:
        # "Judges can jail parents", "Russia may attack" in the writer's own words is a
        # possibility, not anyone's threat; said by someone, or under a condition, it is
        return code if speculated else book.recode(code, "threat") or code
    return code


def _event_actor(actor: Actor | None) -> EventActor:
    if actor is None:
        return EventActor()
    return EventActor(actor=actor.id or None, code=actor.code or actor.country)


def _country_actor(
    ctx: Context, country: str, avoid: frozenset[str] | set[str] = frozenset()
) -> Actor:
    """The article's actor for ``country``, else the bare country (no mention of its
    own); never one of the actors in ``avoid``."""
    for actor in ctx.actors:
        if actor.code == country and actor.id not in avoid:
            return actor
    return Actor(id="", name=country, code=country, country=country, kind="country")


def _backdrop_countries(ctx: Context) -> list[str]:
    """Countries the article's places lie in, most mentioned first: where its fighting is.

    Only a country the article keeps coming back to (three mentions or more) is a
    backdrop; a passing mention is not.
    """
    counts: Counter[str] = Counter()
    for place in ctx.places:
        if place.country:
            counts[place.country] += max(1, len(place.mentions))
    return [country for country, n in counts.most_common() if n >= _BACKDROP_MENTIONS]


def _in_sentence(sent: Span, start: int, end: int) -> Token | None:
    """The root token of the text ``[start, end)`` when it lies in the sentence."""
    if not (sent.start_char <= start and end <= sent.end_char):
        return None
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _time_of(chain: Chain, sent: Span, times: list[Time]) -> Time | None:
    best: tuple[int, Time] | None = None
    for time in times:
        if time.type not in {"date", "time"}:
            continue
        token = _in_sentence(sent, time.start, time.end)
        if token is None or not attaches(token, chain):
            continue
        distance = abs(token.i - chain.core.i)
        if best is None or distance < best[0]:
            best = (distance, time)
    return best[1] if best else None


def _place_of(chain: Chain, sent: Span, places: list[Place]) -> Place | None:
    for place in places:
        for mention in place.mentions:
            token = _in_sentence(sent, mention.start, mention.end)
            if token is None or token.dep_ != "pobj" or token.head.lower_ not in _PLACE_PREPS:
                continue
            if attaches(token, chain):
                return place
    return None


_PARTY_PREPS = frozenset({"with", "against"})


def _inner_party(chain: Chain, ctx: Context, sources: list[Actor]) -> Actor | None:
    """The other party named deep in the event's own phrase ("a suspension of air links
    with Serbia", "mobilized reservists for a war against Iraq", "launch an offensive in
    its war with Iraq"): a coded actor of another country, the object of "with" or
    "against", not inside another clause."""
    own = {home_country(s) for s in sources}
    anchors = [chain.core] + [
        g for g, role in zip(chain.governors, chain.roles, strict=False) if role == "light"
    ]
    for anchor in anchors:
        for token in anchor.subtree:
            if token.dep_ != "pobj" or token.head.lower_ not in _PARTY_PREPS:
                continue
            step, crosses = token.head, False
            while step.i != anchor.i and step.head.i != step.i:
                step = step.head
                if step.i != anchor.i and step.pos_ in {"VERB", "AUX"}:
                    crosses = True
                    break
            if crosses or step.i != anchor.i:
                continue
            actor = token_actor(ctx, token)
            if actor is not None and actor.code and home_country(actor) not in own:
                return actor
    return None


def _scene_countries(sent: Span, places: list[Place]) -> list[str]:
    """Countries of the places a sentence names as locations (objects of a preposition:
    "in Basra", "the city of Basra"), not as modifiers ("US servicemen")."""
    found: list[str] = []
    for place in places:
        for mention in place.mentions:
            token = _in_sentence(sent, mention.start, mention.end)
            if token is not None and token.dep_ == "pobj" and place.country:
                found.append(place.country)
    return found


def _is_date(value: str) -> bool:
    return len(value) in _DATE_SHAPES and value[:4].isdigit()


def _trigger(candidate: Candidate) -> tuple[int, int]:
    core = candidate.core
    start = min(candidate.first, core, key=lambda t: t.i).idx
    end = core.idx + len(core)
    if not candidate.is_noun:
        for child in core.children:
            if child.dep_ == "prt" and child.i == core.i + 1:
                end = child.idx + len(child)
    return start, end


def _subordinate(candidate: Candidate) -> bool:
    top = candidate.chain.top if candidate.chain else candidate.core
    return top.dep_ in {"advcl", "xcomp", "acl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in top.children
    )


def _confidence(
    candidate: Candidate,
    source: Actor | None,
    target: Actor | None,
    fallback: bool,
    modality: str,
) -> float:
    score = 0.35
    light = candidate.chain is not None and "light" in candidate.chain.roles
    announced = candidate.core.dep_ == "dobj" and candidate.core.head.lemma_ in _ANNOUNCING
    light = light or announced  # "announced a suspension of air links" is the act itself
    score += 0.1 if not candidate.is_noun or light else 0.0  # "staged protests" is direct
    score += 0.1 if candidate.pattern.curated or candidate.pattern.specificity else 0.0
    score += 0.2 if source is not None and source.code else 0.0
    score += 0.2 if target is not None and target.code else 0.0
    score -= 0.1 if fallback else 0.0
    # an act that did not (yet) happen, or a purpose clause ("staged protests to demand
    # reforms"), says less than the main act of its sentence
    score -= 0.1 if modality in {"conditional", "hypothetical", "future"} else 0.0
    score -= 0.15 if _subordinate(candidate) else 0.0
    return round(max(0.05, min(0.95, score)), 2)
