"""Shared state of one actors extraction: the document, its dictionary matches, the
entities found so far and the history of their mentions in text order."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .actors_lexicon import Hit, Lexicon, NamedActor
from .actors_roles import (
    LOCATIVE_PREPOSITIONS,
    RELATIONAL_ROLES,
    split_code,
)
from .context import Context

PERSON_PRONOUNS = {"he": "subj", "she": "subj", "him": "obj", "her": "obj", "his": "poss"}
GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
ABSTRACT_UNLESS_DEFINITE = frozenset({"opposition", "government"})
ABSTRACT_SINGULAR = frozenset({"authority", "power"})
GENERIC_BODIES = frozenset(
    [
        "party",
        "group",
        "movement",
        "front",
        "organisation",
        "organization",
        "union",
        "council",
        "committee",
        "coalition",
        "alliance",
        "association",
        "company",
        "corporation",
        "corp",
        "co",
        "inc",
        "ltd",
        "plc",
        "holdings",
        "bank",
    ]
)
THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NO_HIT = Hit("none")
NAME_PARTICLES = frozenset(
    {
        "al",
        "el",
        "de",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ibn",
        "ben",
        "la",
        "le",
        "abu",
    }
)
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
CONTEXT_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "SPY", "INS"})
NON_STATE_SECTORS = frozenset({"REB", "OPP", "INS"})
DIRECTIONS = frozenset(
    f"{d}ern"
    for d in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
) | {"central", "eastern", "western", "northern", "southern"}
# "anti-Syria", "pro-Moscow", "pan-Arab": a stance toward a country (or a people), not
# the country itself; the word so prefixed gives nobody its country
STANCE_PREFIXES = frozenset({"anti", "pro", "pan"})
# Particles inside Arabic, Dutch, German, French … surnames ("al-Maliki", "van Gogh").
NAME_PARTICLES = frozenset(
    [
        "-",
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "abd",
        "de",
        "da",
        "van",
        "von",
        "der",
        "di",
        "le",
        "la",
        "du",
    ]
)
# Agreements and gatherings a city's name labels: "the Treaty of Rome", "the Minsk
# agreements", "the Paris climate accord" name no government.
DOCUMENTS = frozenset(
    """treaty treaties agreement agreements accord accords protocol protocols convention
    conventions declaration statute charter memorandum consensus format process club
    communique peace""".split()  # noqa: SIM905
)
# CAMEO region codes (Phoenix dictionaries code groups of no one state by them:
# Palestinian Islamic Jihad is MEAREB); a demonym in the name says which state
REGION_CODES = frozenset(
    """AFR ASA BLK CAS CAU CEU CFR CRB EAF EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM
    SAS SCN SEA WAF WEU WST""".split()  # noqa: SIM905
)
DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "all", "some", "both", "either", "neither"}
)


@dataclass
class Entity:
    key: str
    kind: str
    name: str
    code: str | None = None
    roles: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans
    named: bool = False
    heads: set[str] = field(default_factory=set)  # head words of its mentions
    gender: str | None = None  # learnt from the pronouns resolved to it
    composed_name: bool = False  # a name built from parts of the text ("Hungarian officials")


@dataclass
class Candidate:
    start: int
    end: int
    kind: str  # person | agent | hit | pronoun
    head: int
    hit: Hit | None = None
    agent_key: tuple[str, ...] = ()
    title: tuple[int, int] | None = None
    appositions: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, head
    code: str | None = None  # an organisation's code, when its name alone gives it


class ActorsBase:
    """What every stage of the extraction reads: the parsed article, the lexicon and
    the entities and mentions found so far (``history``, in text order)."""

    def __init__(self, doc: Doc, ctx: Context, lexicon: Lexicon) -> None:
        self.doc = doc
        self.ctx = ctx
        self.lex = lexicon
        self.iso3s = lexicon.country_codes
        self.words = [t.lower_ for t in doc]
        self.ents = doc.ents  # Doc.ents builds new spans on every access
        self.entities: dict[str, Entity] = {}
        self.history: list[tuple[int, Entity]] = []  # (token index, entity) in text order
        self.role_cache: dict[int, tuple[int, str] | None] = {}
        self.explicit_country = False  # set by _code_of_span: the phrase names a country
        self.last_sector: str | None = None  # set by _code_of_span: the phrase's sector
        self.hits = self._match_hits()
        self.hit_at = {i: h for h in self.hits for i in range(h[0], h[1])}
        self.in_quote = self._quote_mask()
        self.dominant: str | None = None  # set by run(), from the candidates
        self.dominant_clearly: str | None = None

    def _match_hits(self) -> list[tuple[int, int, Hit]]:
        """Dictionary phrases on capitalised words, longest first, left to right."""
        hits: list[tuple[int, int, Hit]] = []
        i, n = 0, len(self.doc)
        while i < n:
            token = self.doc[i]
            if (token.is_alpha and not token.is_lower) or token.text[:1].isupper():
                found = self.lex.match_phrase(self.words, i)
                if found is not None:
                    key, hit = found
                    if self._plausible(i, len(key), hit):
                        before = hits[-1][2] if hits and hits[-1][1] == i else None
                        hit = self._in_country(hit, i, i + len(key), before)
                        hits.append((i, i + len(key), hit))
                        i += len(key)
                        continue
            i += 1
        return hits

    def _in_country(self, hit: Hit, start: int, end: int, before: Hit | None) -> Hit:
        """A group the dictionary codes by region, refined by a demonym or country
        name in its name or right before it: "Palestinian Islamic Jihad" is MEAREB in
        Phoenix, PSEREB here. A country code is never overridden."""
        actor = hit.actor
        if actor is None or not any(c.code[:3] in REGION_CODES for c in actor.codes):
            return hit
        country = self._country_within(start, end)
        if country is None and before is not None and before.what in {"country", "adjective"}:
            country = before.iso3  # "the Palestinian Hamas"
        if country is None:
            return hit
        parts = [
            country + part[3:] if part[:3] in REGION_CODES else part
            for part in actor.codes_text.split(";")
        ]
        return Hit("actor", actor=NamedActor(";".join(parts), actor.kind, actor.user))

    def _country_within(self, start: int, end: int) -> str | None:
        """The first country name or demonym among the words of a name."""
        for i in range(start, end):
            if self._after_stance_prefix(i):
                continue  # "Pan-Turkish Organization": a stance, not a state
            for key in self.lex.by_first.get(self.words[i], ()):
                found = self.lex.phrases[key]
                fits = tuple(self.words[i : i + len(key)]) == key and i + len(key) <= end
                if fits and found.what in {"country", "adjective"}:
                    return found.iso3
        return None

    def _plausible(self, i: int, n: int, hit: Hit) -> bool:
        tokens = self.doc[i : i + n]
        if (
            hit.what == "actor"
            and n == 1
            and tokens[0].pos_ != "PROPN"
            and not tokens[0].ent_type_
            and not (hit.actor and hit.actor.user)
        ):
            return False  # one common word that happens to be a dictionary name
        if hit.iso3 and self._after_stance_prefix(i):
            return False  # "an anti-Syria journalist" is not Syrian
        if hit.actor and hit.actor.kind == "person" and self._other_first_name(i, hit.actor):
            return False  # "Adnan al-Maliki" is not the listed Nouri al-Maliki
        if hit.what == "capital" and self._names_a_document(i, i + n):
            return False  # "the Treaty of Rome", "the Minsk agreements": a name, no actor
        return not any(t.is_space for t in tokens)

    def _other_first_name(self, start: int, actor: NamedActor) -> bool:
        """True when the name matched is a surname the dictionary lists, preceded by a
        given name none of the person's listed names has: a namesake."""
        j = start - 1
        while j >= 0 and self.words[j] in NAME_PARTICLES:
            j -= 1  # "Adnan al-Maliki" matched from "Maliki"
        if j < 0 or self.doc[j].pos_ != "PROPN" or not self.doc[j].is_alpha:
            return False
        word = self.words[j]
        if not self.doc[j].text[:1].isupper() or self._role_at(j) is not None:
            return False  # "President Assad": a title, not a given name
        if self.lex.match_phrase(self.words, j) is not None:
            return False  # "Iraqi Maliki", "Hamas Haniyeh": a name of its own
        return word not in self.lex.name_words(actor)

    def _names_a_document(self, start: int, end: int) -> bool:
        """True when a city names an agreement or meeting held there rather than its
        government: "the Treaty of Rome", "the Paris climate accord", "Oslo Accords"."""
        if start >= 2 and self.words[start - 1] == "of" and self.words[start - 2] in DOCUMENTS:
            return True
        for j in range(end, min(end + 3, len(self.words))):
            word = self.words[j]
            if word in DOCUMENTS:
                return True
            if not self.doc[j].is_alpha or self.doc[j].pos_ not in {"NOUN", "ADJ", "PROPN"}:
                return False
        return False

    def _after_stance_prefix(self, i: int) -> bool:
        """True when word ``i`` follows "anti-", "pro-" or "pan-" ("pro-Iranian")."""
        return i >= 2 and self.words[i - 1] == "-" and self.words[i - 2] in STANCE_PREFIXES

    def _quote_mask(self) -> list[bool]:
        mask, inside = [], False
        for token in self.doc:
            if "\n" in token.text:
                inside = False
            if token.text in {'"', "“", "”"}:
                inside = not inside if token.text == '"' else token.text == "“"
                mask.append(False)
                continue
            mask.append(inside)
        return mask

    def _dominant_country(self, candidates: list[Candidate]) -> tuple[str | None, str | None]:
        """The country the story is about: the most named, by name, adjective, capital
        or coded body (names inside other names, "New England Patriots", do not count)."""
        counts: dict[str, int] = {}
        inside_names = {i for c in candidates if c.kind == "org" for i in range(c.start, c.end)}
        # "Hassan" inside "Omar Hassan al-Bashir" is not the listed Hassan
        inside_names |= {
            i for c in candidates if c.kind == "person" for i in range(c.start, c.end - 1)
        }
        # "South African leader F.W. de Klerk": a country in one person's title says
        # nothing of where another, untitled-by-country, person is from
        inside_names |= {
            i for c in candidates if c.kind == "person" and c.title for i in range(*c.title)
        }
        for start, _end, hit in self.hits:
            if start in inside_names:
                continue
            country = hit.iso3
            if country is None and hit.actor is not None:
                country, _ = split_code(hit.actor.code_on(self.ctx.published), self.iso3s)
            if country:
                counts[country] = counts.get(country, 0) + 1
        if not counts:
            return None, None
        top = max(counts, key=lambda k: counts[k])
        # clearly the story's country: (nearly) the only one it names
        clearly = top if counts[top] >= 0.9 * sum(counts.values()) else None
        return top, clearly

    def _role_at(self, i: int) -> tuple[int, str] | None:
        """(start, role) of a role noun phrase ending at token ``i``, typos corrected."""
        if i not in self.role_cache:
            self.role_cache[i] = self._find_role(i)
        return self.role_cache[i]

    def _find_role(self, i: int) -> tuple[int, str] | None:
        token = self.doc[i]
        if not token.is_alpha:
            return None
        found = self.lex.match_agent(self.words, i)
        if found is not None:
            key, _agent = found
            return i - len(key) + 1, " ".join(key)
        if self.words[i] in RELATIONAL_ROLES and token.pos_ == "NOUN":
            return i, self.words[i]
        corrected = self.lex.correct_role(self.words[i]) if token.pos_ == "NOUN" else None
        # (agent phrases above match whatever the tagger said; typos only on nouns)
        if corrected is not None:
            return i, corrected
        return None

    def _remember(self, entity: Entity, start: int, end: int, head: int) -> None:
        entity.mentions.append((start, end))
        entity.heads.add(self.words[head])
        self.history.append((head, entity))

    def _entity(self, key: str, kind: str, name: str, code: str | None, named: bool) -> Entity:
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(key=key, kind=kind, name=name, code=code, named=named)
            self.entities[key] = entity
        else:
            if len(name) > len(entity.name) and (named or not entity.named):
                entity.name = name
            if entity.code is None and code is not None:
                entity.code = code
        return entity

    def _strip_det(self, start: int, end: int) -> str:
        while start < end - 1 and self.words[start] in DETERMINERS:
            start += 1
        return self.doc[start:end].text

    def _sentence_country(self, i: int) -> str | None:
        """The country a sentence happens in: the one named nearest to token ``i`` after
        a locative preposition ("in Syria"), not any country it mentions ("Russian aid")."""
        sent = self.doc[i].sent
        best: tuple[int, str] | None = None
        for start, _end, hit in self.hits:
            if sent.start <= start < sent.end and hit.iso3 and self._locative(start):
                distance = abs(start - i)
                if best is None or distance < best[0]:
                    best = (distance, hit.iso3)
        return best[1] if best else None

    def _last_person(self) -> Entity | None:
        for _i, entity in reversed(self.history):
            if entity.kind == "person" and entity.code:
                return entity
        return None

    def _locative(self, start: int) -> bool:
        """True when the phrase is a place: the object of "in", "at", "near" …"""
        j = start - 1
        if j >= 0 and self.words[j] in DIRECTIONS:
            j -= 1  # "in southeastern Serbia"
        if j >= 0 and self.words[j] == "the":
            j -= 1
        return j >= 0 and self.words[j] in LOCATIVE_PREPOSITIONS

    def _hit_covers(self, start: int, end: int, *whats: str) -> bool:
        hit = self.hit_at.get(start)
        return hit is not None and hit[0] <= start and hit[1] >= end and hit[2].what in whats

    def _looks_like_name(self, start: int, end: int) -> bool:
        """Capitalised words (name particles such as "al", "de", "bin" aside)."""
        words = [t for t in self.doc[start:end] if t.text[:1].isalpha()]
        return (
            bool(words)
            and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in words)
            and words[-1].text[:1].isupper()
        )
