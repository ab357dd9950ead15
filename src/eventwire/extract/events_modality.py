"""How an event stands (ordered, pledged, future, denied, reported) and when and where.

An event word (verb or noun) sits under a chain of governing words that do not carry
an event themselves: "Putin *ordered* his military to *start* the *withdrawal*",
"Russia *pledged* to *continue* its *support*", "*carry out* air strikes", "a
*campaign* of air strikes". :func:`climb` finds that chain; the modality, the date and
the place are read off the chain's clause.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..record import Modality
from .events_args import subject_of
from .events_patterns import PatternBook
from .events_verbs import get_default_options

# Nouns whose "of"-object is the real event: "a campaign of air strikes".
LIGHT_NOUNS = frozenset(
    {
        "campaign",
        "wave",
        "series",
        "round",
        "string",
        "spate",
        "number",
        "majority",
        "part",
        "start",
        "resumption",
        "continuation",
        "beginning",
        "barrage",
        "volley",
        "hail",
        "flurry",
        "dozen",
        "hundred",
        "thousand",
        "lot",
        "most",
        "some",
        "many",
        "few",
        "all",
        "one",
        # a span of time filled by the act: "ten days of war games", "weeks of fighting"
        "hour",
        "day",
        "week",
        "month",
        "year",
    }
)
# Nouns an event noun names the kind of when it modifies them: a "mediation mission" is
# a mediation, a "rescue operation" a rescue.
VEHICLE_NOUNS = frozenset(
    {"mission", "effort", "bid", "attempt", "initiative", "process", "operation", "drive"}
)
# Verbs of coming together whose "for"-object is the act they come for: "return to
# Geneva for talks", "converged on the capital for a rally".
GATHERING_VERBS = frozenset(
    {
        "come",
        "go",
        "return",
        "travel",
        "fly",
        "arrive",
        "head",
        "converge",
        "gather",
        "assemble",
        "sit",
        "reconvene",
        "convene",
    }
)
# Verbs an attack noun can be the subject of without a second act:
# "air strikes hit positions", "the attack killed 12 people".
IMPACT_VERBS = frozenset(
    {
        "hit",
        "kill",
        "target",
        "strike",
        "destroy",
        "pound",
        "damage",
        "wound",
        "injure",
        "level",
        "flatten",
        "rock",
        "shake",
        "leave",
        "claim",
    }
)
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "'d"})
_HYPOTHETICAL_AUX = frozenset({"may", "might", "could", "can", "should", "must", "ought"})
_DEONTIC_AUX = frozenset({"must", "should", "ought"})
_CONDITIONAL_MARKS = frozenset({"if", "unless"})
_NEGATIVE_DETS = frozenset({"no", "never"})
_ROLE_MODALITIES: dict[str, Modality] = {
    "ordered": "ordered",
    "intended": "intended",
    "future": "future",
    "hypothetical": "hypothetical",
    "denied": "denied",
}
# How strongly a modality outranks another when several cues meet in one chain.
_RANK = {
    "denied": 8,
    "conditional": 7,
    "hypothetical": 6,
    "future": 5,
    "intended": 4,
    "ordered": 3,
    "reported": 2,
    "asserted": 1,
}


@dataclass
class Chain:
    """An event word and the words governing it up to its clause head."""

    core: Token
    governors: list[Token] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    impact: Token | None = None
    # the demand, accusation or appeal whose content this event is ("demanded that X …")
    content_of: Token | None = None

    @property
    def tokens(self) -> list[Token]:
        return [self.core, *self.governors]

    @property
    def top(self) -> Token:
        return self.governors[-1] if self.governors else self.core

    def clause_verbs(self) -> list[Token]:
        """The verbs of the event's clause: the chain's verbs, else the nearest verb above."""
        verbs = [t for t in self.tokens if t.pos_ in {"VERB", "AUX"}]
        if verbs:
            return verbs
        anchor = anchor_verb(self.top)
        return [anchor] if anchor is not None else []


def anchor_verb(token: Token) -> Token | None:
    """The nearest verb above a token: the clause a nominal event belongs to."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in {"VERB", "AUX"} and current.dep_ != "prep":
            return current  # "following", "according" are prepositions here
    return None


def _governing_role(head: Token, book: PatternBook) -> str | None:
    """The modality role of a governing word; halting is CAMEO's reading of a stopped act,
    so a user's own verb dictionary (PETRARCH's) codes "halted aid" as it is written."""
    role = book.role(head) if head.pos_ in {"VERB", "AUX", "ADJ"} else None
    if role == "halt" and get_default_options().only_user_verbs:
        return None
    return role


def climb(core: Token, book: PatternBook) -> Chain:
    """The chain of governing words above an event word (see the module docstring)."""
    chain = Chain(core)
    current = core
    for _ in range(8):
        head, dep = current.head, current.dep_
        if head.i == current.i:
            break
        if current.pos_ in {"NOUN", "PROPN"}:
            if dep == "compound" and head.lemma_.lower() in VEHICLE_NOUNS:
                chain.governors.append(head)
                chain.roles.append("aspect")
                current = head
                continue
            if (
                dep == "pobj"
                and head.lower_ == "for"
                and head.head.pos_ == "VERB"
                and head.head.lemma_.lower() in GATHERING_VERBS
            ):
                chain.governors.append(head.head)
                chain.roles.append("light")
                current = head.head
                continue
            if (
                dep == "pobj"
                and head.lower_ == "of"
                and head.head.lemma_.lower() in LIGHT_NOUNS
                and head.head.pos_ in {"NOUN", "PRON", "NUM", "ADJ", "DET"}
            ):
                chain.governors.append(head.head)
                chain.roles.append("aspect")
                current = head.head
                continue
            if dep in {"nsubj"} and head.lemma_.lower() in IMPACT_VERBS and chain.impact is None:
                chain.governors.append(head)
                chain.roles.append("impact")
                chain.impact = head
                current = head
                continue
            role = _governing_role(head, book)
            # a content verb acts on the noun ("condemned the strikes"): the verb is
            # the speaker's act and the noun is not theirs, so it is not climbed
            if (
                role
                and role not in {"report", "content"}
                and dep in {"dobj", "nsubjpass", "attr", "nsubj"}
            ):
                if dep == "nsubj" and role not in {"aspect"}:
                    break
                chain.governors.append(head)
                chain.roles.append(role)
                current = head
                continue
            break
        if current.pos_ in {"VERB", "AUX"}:
            first = current
            if dep == "conj" and head.pos_ in {"VERB", "AUX"} and head.dep_ in {"xcomp", "ccomp"}:
                # "promised to democratize Serbia and establish the rule of law": a later
                # conjunct stands where the first one does
                first = head
                head, dep = first.head, first.dep_
            role = _governing_role(head, book)
            if role == "content" and dep in {"ccomp", "xcomp"}:
                chain.content_of = head
                break
            if dep == "xcomp" and role and role != "report":
                chain.governors.append(head)
                chain.roles.append(role)
                current = head
                continue
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
            if dep == "advcl" and infinitive and role in {"ordered", "intended", "future"}:
                # "ordering the minister, from tomorrow, to start …" parsed as an adverbial
                chain.governors.append(head)
                chain.roles.append(role)
                current = head
                continue
            if dep == "ccomp" and role in {"ordered", "denied", "intended"}:
                chain.governors.append(head)
                chain.roles.append(role)
                current = head
                continue
            break
        break
    return chain


@dataclass(frozen=True)
class Standing:
    """The modality of an event and who reports it."""

    modality: Modality
    negated: bool
    reporter: Token | None
    threat: bool = False
    refused: bool = False
    # the event is the condition itself ("if Hezbollah attacks"), not what depends on it
    protasis: bool = False
    # "Iraq must cooperate": what someone says another must do
    deontic: bool = False
    # "stopped supporting Hezbollah", "halted the attacks": the act was stopped
    halted: bool = False


def standing(chain: Chain, book: PatternBook) -> Standing:
    """Modality, negation and reporter of the event in ``chain``."""
    modality: Modality = "asserted"
    negated = False
    threat = False
    refused = False
    deontic = False
    halted = False

    def lift(candidate: Modality) -> None:
        nonlocal modality
        if _RANK[candidate] > _RANK[modality]:
            modality = candidate

    for role in chain.roles:
        if role in _ROLE_MODALITIES:
            lift(_ROLE_MODALITIES[role])
        elif role == "negated":
            refused = True  # "refused to meet": CAMEO codes the refusal (12x), which happened
        elif role == "threat":
            threat = True
            lift("intended")
        elif role == "halt":
            halted = True
    for token in chain.tokens:
        for child in token.children:
            if child.dep_ == "neg" or (
                child.dep_ == "det" and child.lower_ in _NEGATIVE_DETS and token is chain.core
            ):
                negated = True
            elif child.dep_ == "aux" and child.lower_ in _FUTURE_AUX:
                lift("future")
            elif child.dep_ == "aux" and child.lower_ in _HYPOTHETICAL_AUX:
                if "intended" in chain.roles and token is not chain.top:
                    # "agreed that their countries should cooperate", "promised it would
                    # withdraw": the modal voices the pledge, not a hypothesis
                    lift("intended")
                    continue
                lift("hypothetical")
                deontic = deontic or child.lower_ in _DEONTIC_AUX
            elif child.dep_ == "mark" and child.lower_ in _CONDITIONAL_MARKS:
                lift("conditional")
    protasis = False
    for token in chain.tokens:
        protasis = protasis or any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in token.children
        )
    for verb in chain.clause_verbs()[-1:]:
        for child in verb.children:
            if child.dep_ == "mark" and child.lower_ in _CONDITIONAL_MARKS:
                lift("conditional")
                protasis = True
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in _CONDITIONAL_MARKS for g in child.children
            ):
                lift("conditional")  # "… will halt mediation if cooperation founders"
            if child.dep_ == "aux" and child.lower_ in _FUTURE_AUX and chain.core.pos_ == "NOUN":
                lift("future")
        if _headline_infinitive(verb):
            lift("future")  # "Russia to withdraw troops from Syria": a headline's future
    reporter = None
    top = chain.clause_verbs()[-1] if chain.clause_verbs() else chain.top
    cursor = top
    for _ in range(3):
        if cursor.dep_ in {"ccomp", "parataxis", "conj"} and cursor.head.i != cursor.i:
            head = cursor.head
            head_role = book.role(head)
            if head_role == "report":
                reporter = subject_of(head)
                lift("reported")
                break
            if head_role == "denied" and cursor.dep_ != "conj":
                # "denied the claims and insisted …": a second act, not a denied one
                lift("denied")
                break
            if cursor.dep_ != "conj":
                break
            cursor = head
        elif cursor.dep_ == "ROOT":
            # "X attacked Y, officials said": the speech verb hangs under the event verb
            for child in cursor.children:
                if child.dep_ in {"parataxis", "ccomp"} and book.role(child) == "report":
                    reporter = subject_of(child)
                    lift("reported")
            break
        else:
            break
    if reporter is None and deontic:
        reporter = _demander(top)
    return Standing(modality, negated, reporter, threat, refused, protasis, deontic, halted)


def _headline_infinitive(verb: Token) -> bool:
    """True for a clause of a subject and a "to"-infinitive with no finite verb ("Syrian
    MPs to visit Moscow"): the headline form of what is going to happen."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    # "Kenyan ministers to visit Uganda", parsed as a noun with a relative infinitive
    head = verb.head
    return verb.dep_ in {"acl", "relcl"} and head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"}


def _demander(verb: Token) -> Token | None:
    """Who says it must be done: "Chirac issued a reminder to Iraq that it must cooperate"."""
    head = verb.head
    if verb.dep_ in {"ccomp", "acl"} and head.pos_ in {"NOUN"} and head.head.i != head.i:
        governor = head.head
        if governor.pos_ in {"VERB", "AUX"}:
            return subject_of(governor)
    return None


def attaches(token: Token, chain: Chain) -> bool:
    """True when ``token`` (a time or place word) belongs to the event's clause.

    Walks up from the token; it belongs when it reaches a word of the chain (or the
    clause verb of a nominal event) before leaving through another clause.
    """
    anchors = {t.i for t in chain.tokens} | {t.i for t in chain.clause_verbs()}
    if chain.impact is not None:
        anchors.add(chain.impact.i)
    current = token
    for _ in range(12):
        if current.i in anchors:
            return True
        if current.head.i == current.i:
            return False
        if current.pos_ in {"VERB", "AUX"} and current.dep_ in {
            "ccomp",
            "advcl",
            "conj",
            "parataxis",
            "xcomp",
        }:
            return False
        current = current.head
    return False


def is_past(chain: Chain) -> bool:
    """True when the event's clause is in the past tense ("ordered", "had telephoned")."""
    for verb in chain.clause_verbs():
        if verb.tag_ == "VBD":
            return True
        if verb.tag_ == "VBN" and any(
            c.dep_ in {"aux", "auxpass"} and c.lemma_ in {"have", "be"} for c in verb.children
        ):
            return not any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children)
    return False


def is_present(chain: Chain) -> bool:
    """True when the event's clause is in the simple present ("Putin orders …")."""
    for verb in chain.clause_verbs():
        if verb.tag_ in {"VBZ", "VBP"} and verb.lemma_ not in {"be", "have"}:
            return not any(c.dep_ == "aux" for c in verb.children)
    return False
