"""English role vocabulary for actor coding: which nouns name a person, which roles
take their sector from the body they serve, and how a CAMEO code is composed."""

from __future__ import annotations

# Roles whose sector comes from the body they speak for or belong to:
# "Kremlin spokesman" is RUSGOV, "army spokesman" RUSMIL, "head of the delegation" GOV.
RELATIONAL_ROLES = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokesmen",
        "spokeswomen",
        "spokespeople",
        "head",
        "chief",
        "member",
        "adviser",
        "advisor",
        "aide",
        "representative",
        "delegate",
        "official",
        "source",
    ]
)

# Person nouns that do not carry a person-like ending (-er, -or, -ist, -man …).
_PERSON_NOUNS = frozenset(
    [
        "president",
        "head",
        "chief",
        "leader",
        "general",
        "official",
        "premier",
        "chancellor",
        "secretary",
        "delegate",
        "envoy",
        "judge",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "sheikh",
        "pope",
        "cleric",
        "monarch",
        "diplomat",
        "militant",
        "insurgent",
        "rebel",
        "sergeant",
        "lieutenant",
        "colonel",
        "captain",
        "major",
        "admiral",
        "marshal",
        "deputy",
        "aide",
        "adviser",
        "advisor",
        "mayor",
        "governor",
        "candidate",
        "representative",
        "spokesperson",
        "activist",
        "dissident",
    ]
)
_PERSON_ENDINGS = ("er", "or", "ist", "man", "woman", "person")
# Nouns ending like persons that are not persons.
_NOT_PERSON = frozenset(
    [
        "government",
        "parliament",
        "regime",
        "army",
        "military",
        "police",
        "opposition",
        "authority",
        "authorities",
        "ministry",
        "council",
        "committee",
        "headquarters",
        "border",
        "order",
        "power",
    ]
)

# Modifiers that may sit inside a title without being roles themselves.
TITLE_MODIFIERS = frozenset(
    [
        "foreign",
        "defence",
        "defense",
        "prime",
        "deputy",
        "vice",
        "former",
        "acting",
        "senior",
        "top",
        "interior",
        "finance",
        "general",
        "secretary",
        "state",
        "national",
        "security",
        "special",
        "supreme",
        "first",
        "regional",
        "chief",
        "assistant",
        "under",
        "opposition",
        "presidential",
        "military",
        "junior",
        "outgoing",
        "incoming",
        "interim",
        "caretaker",
        "new",
        "then",
        "longtime",
        "veteran",
    ]
)

# Roles a leader holds: "the Russian leader" refers back to a president or premier.
LEADER_ROLES = frozenset(
    ["president", "leader", "premier", "chancellor", "king", "queen", "emir", "monarch", "dictator"]
) | {"prime minister"}
DIPLOMAT_ROLES = frozenset(
    ["diplomat", "ambassador", "envoy", "mediator", "negotiator", "minister"]
) | {"foreign minister"}

# Nouns after a person's name that make the phrase a body they lead:
# "the Assad regime", "Putin's government", "Assad forces".
LED_BODIES = frozenset(
    [
        "regime",
        "government",
        "administration",
        "forces",
        "loyalists",
        "supporters",
        "camp",
        "army",
        "troops",
        "militia",
        "militias",
        "cabinet",
    ]
)

# Head nouns of a government's (or army's) own departments: each is an actor of its
# own that shares the government's code ("the defence ministry", "the state
# department"), while "the government", "the regime", "authorities" and the capital
# are one actor, the government itself.
OWN_BODIES = frozenset(
    [
        "ministry",
        "ministries",
        "department",
        "office",
        "agency",
        "service",
        "commission",
        "directorate",
        "bureau",
        "prosecutor",
        "court",
        "parliament",
        "senate",
        "assembly",
    ]
)

# Head nouns of organisation names whose sector the agents table lacks bare:
# "the Nigerian Union of Teachers" is a union (LAB) before it is about teachers.
ORG_HEAD_SECTORS = {"union": "LAB", "unions": "LAB", "party": "PTY"}

# Peoples named by a country's demonym who live as minorities in a neighbouring state:
# "Albanians in Serbia" are a group of Serbia, while "Americans in Iraq" are visitors
# (with "of", "the Albanians of southern Serbia", any people is a group of the place).
MINORITY_PEOPLES = frozenset(
    """albanians serbs serbians croats croatians bosniaks hungarians slovaks armenians
    azeris azerbaijanis uzbeks tajiks turkmens somalis""".split()  # noqa: SIM905
)

# Verbs whose object is the subject's own force: "Russia sent troops to Syria".
FORCE_MOVING_VERBS = frozenset(
    """send deploy dispatch withdraw pull move station mobilize mobilise recall redeploy
    reinforce airlift evacuate""".split()  # noqa: SIM905
)

LOCATIVE_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "from",
        "to",
        "into",
        "across",
        "around",
        "within",
        "throughout",
        "toward",
        "towards",
        "through",
        "over",
        "via",
        "off",
    ]
)


def is_person_noun(word: str, plural: bool) -> bool:
    """True when a role noun names one person ("president", "mediator", "spokesman")."""
    if plural or word in _NOT_PERSON:
        return False
    return word in _PERSON_NOUNS or word.endswith(_PERSON_ENDINGS)


def compose_code(country: str | None, sector: str | None, prefix: bool = False) -> str | None:
    """A CAMEO actor code from its parts; IGO and group codes stand alone."""
    if country and country.startswith("IGO"):
        return country
    if country and sector:
        return f"{sector}{country}" if prefix else f"{country}{sector}"
    return country or None


def split_code(code: str | None, iso3s: frozenset[str] | set[str]) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO code: RUSGOV → (RUS, GOV); IGOUNO → (None, None)."""
    if not code:
        return None, None
    head = code[:3]
    if head in iso3s:
        return head, (code[3:6] or None)
    return None, None
