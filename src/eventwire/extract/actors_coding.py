"""Coding phrases and resolving references: the CAMEO code a title or noun phrase
implies, and which earlier actor a pronoun or description refers to."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .actors_base import (
    CONTEXT_SECTORS,
    GENDER,
    PERSON_PRONOUNS,
    SUBJECT_DEPS,
    ActorsBase,
    Candidate,
    Entity,
)
from .actors_roles import (
    DIPLOMAT_ROLES,
    LEADER_ROLES,
    RELATIONAL_ROLES,
    compose_code,
    is_person_noun,
    split_code,
)
from .events_verbs import get_default_options as event_options


class Coder(ActorsBase):
    """Codes from titles, appositions and context; rule-based coreference."""

    def _code_of_span(
        self, start: int, end: int, *, relational: bool, skip: set[int] | None = None
    ) -> tuple[str | None, set[str]]:
        """The code a phrase implies: its country (name, adjective, possessive, capital,
        coded body) and its sector (role or body noun), resolved against context."""
        country: str | None = None
        igo: str | None = None
        body_sector: str | None = None
        role_sector: str | None = None
        serving_sector: str | None = None  # "officials": GOV unless a body says otherwise
        roles: set[str] = set()
        prefix = False
        self.explicit_country = False
        user_named: set[int] = set()  # tokens a user dictionary codes: its code wins
        i = start
        while i < end:
            hit = self.hit_at.get(i)
            if hit is not None and hit[0] == i and not (skip and i in skip):
                h = hit[2]
                if h.actor and h.actor.user:
                    user_named.update(range(i, min(hit[1], end)))
                if h.actor and h.actor.kind == "person" and hit[1] > end:
                    i += 1  # "President Boris Yeltsin" listed whole: the title is ours
                    continue
                if h.iso3:
                    country = country or h.iso3
                    self.explicit_country = True
                    if h.what == "capital":
                        body_sector = body_sector or "GOV"
                elif h.actor:
                    c = h.actor.code_on(self.ctx.published)
                    if c and c.startswith("IGO"):
                        igo = igo or c
                    else:
                        cc, cs = split_code(c, self.iso3s)
                        country = country or cc
                        body_sector = body_sector or cs
                        self.explicit_country = cc is not None
                i = hit[1]
                continue
            i += 1
        for i in range(start, end):
            if self.doc[i].tag_ != "PRP$":
                continue
            if not event_options().resolve_pronouns:
                antecedent = None  # PETRARCH mode: "its embassy" belongs to nobody
            elif self.words[i] in {"his", "her", "its", "their"}:
                antecedent = self._antecedent(self.doc[i])
            elif self.words[i] in {"our", "my"} and self.in_quote[i]:
                antecedent = self._last_person()
            else:
                antecedent = None
            if antecedent and antecedent.code:
                cc, _ = split_code(antecedent.code, self.iso3s)
                if cc:
                    country = country or cc
                    self.explicit_country = True
        i = end - 1
        while i >= start:
            role = self._role_at(i)
            if role is None or i in user_named:
                i -= 1  # "The Hermit Kingdom [PRK]": the user's code, not kingdom's GOV
                continue
            key = tuple(role[1].split())
            agent = self.lex.agents.get(key)
            word = key[-1]
            roles.add(role[1])
            if word in RELATIONAL_ROLES and relational:
                # sector from the body it serves; a country's officials are its government
                if agent is not None:
                    serving_sector = serving_sector or agent.code[:3]
            elif agent is not None:
                sector = agent.code[:3]
                if is_person_noun(word, agent.plural) and relational:
                    role_sector = role_sector or sector
                else:
                    body_sector = body_sector or sector
                    prefix = prefix or agent.prefix
                    if country is None and igo is None:
                        modifiers = set(self.words[start:end])
                        country = self._context_country(sector, modifiers)
            i = role[0] - 1
        if igo:
            return igo, roles
        final = body_sector or role_sector or serving_sector
        if final and "former" in self.words[start:end]:
            final = "ELI"  # CAMEO: former officials are elites, not the government
        self.last_sector = final
        if country is None:
            return None, roles
        return compose_code(country, final, prefix), roles

    def _context_country(self, sector: str, words: set[str]) -> str | None:
        """The country of the last body named by one of these words ("regime forces" →
        the regime named before), else of the last body with this sector."""
        same = self._same_body(words)
        if same is not None and same.code:
            country, _ = split_code(same.code, self.iso3s)
            if country:
                return country
        if sector not in CONTEXT_SECTORS:
            return None
        for _i, entity in reversed(self.history):
            if entity.kind == "person" or not entity.code:
                continue
            country, ent_sector = split_code(entity.code, self.iso3s)
            if country and ent_sector == sector:
                return country
        return None

    def _same_body(self, words: set[str]) -> Entity | None:
        """The last body referred to by the same noun ("the regime" → "the Assad regime")."""
        for _i, entity in reversed(self.history):
            if entity.kind != "person" and entity.heads & words:
                return entity
        return None

    def _body_of_leader(self, word: str, sector: str | None) -> Entity | None:
        """ "the regime" after "Syrian regime leader Bashar al-Assad": the body that a
        person named earlier was said to lead."""
        if sector is None:
            return None
        for _i, entity in reversed(self.history):
            if entity.kind == "person" and word in entity.roles and entity.code:
                country, _ = split_code(entity.code, self.iso3s)
                code = compose_code(country, sector)
                if code:
                    return self._entity(f"group:{code}", "group", f"{word}", code, False)
        return None

    def _governed_body(self, head: int) -> tuple[int, int] | None:
        """The body a role belongs to: "spokesman for X", "head of X"."""
        for child in self.doc[head].rights:
            if child.dep_ == "prep" and child.lower_ in {"for", "of", "from", "at"}:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    obj = objects[0]
                    return obj.left_edge.i, obj.i + 1
        return None

    def _apposition_code(self, start: int, end: int, head: int) -> tuple[str | None, set[str]]:
        code, roles = self._code_of_span(start, end, relational=True)
        role = self._role_at(head)
        role_word = role[1] if role else self.words[head]
        if role_word.split()[-1] in RELATIONAL_ROLES or code is None:
            body = self._governed_body(head)
            if body is not None:
                body_code, _ = self._code_of_span(body[0], body[1], relational=False)
                if body_code:
                    code = body_code
        return code, roles

    def _antecedent(self, token: Token) -> Entity | None:
        """Rule-based coreference: he/she → the last person subject (else the last
        person); it/they → the last body or country in this or the previous sentence,
        subjects of this sentence first."""
        word = token.lower_
        sent_start = token.sent.start
        prev_start = _previous_sentence_start(self.doc, sent_start)
        if word in PERSON_PRONOUNS:
            gender = GENDER[word]
            people = [
                (i, e)
                for i, e in self.history
                if e.kind == "person" and i < token.i and e.gender in {None, gender}
            ]
            if not people:
                return None
            if PERSON_PRONOUNS[word] != "obj":
                for i, entity in reversed(people):
                    if i < prev_start:
                        break
                    if self.doc[i].dep_ in SUBJECT_DEPS or self.doc[i].head.dep_ in SUBJECT_DEPS:
                        return entity
            i, entity = people[-1]
            return entity if i >= _previous_sentence_start(self.doc, prev_start) else None
        if word in {"it", "its"} and token.head.lemma_ == "be" and token.dep_ != "poss":
            return None  # expletive: "it is likely that …"
        things = [
            (i, e) for i, e in self.history if e.kind != "person" and prev_start <= i < token.i
        ]
        if not things:
            return None
        for i, entity in reversed(things):
            if i >= sent_start and self.doc[i].dep_ in SUBJECT_DEPS:
                return entity
        return things[-1][1]

    def _person_description(
        self, cand: Candidate, code: str | None, roles: set[str]
    ) -> Entity | None:
        """ "the Russian leader", "the diplomat", "the UN mediator": the last person who
        holds that role (and country, when given). An indefinite one with a known
        country ("an Israeli soldier", "Arnor cleric") is someone new."""
        want_country, _ = split_code(code, self.iso3s)
        role = " ".join(cand.agent_key)
        head = self.doc[cand.head]
        if head.dep_ in {"attr", "appos", "npadvmod"}:
            return None  # "as president of …", "X is the leader": a predicate, not a reference
        definite = self.words[cand.start] in {"the", "this", "that"} or (
            self.doc[cand.start].tag_ == "PRP$"
        )
        if not definite:
            if code is None or not self.explicit_country:
                return None  # "a vice president": nobody in particular
            text = self._strip_det(cand.start, cand.end)
            entity = self._entity(f"role:{code}:{role}:{cand.start}", "person", text, code, False)
            entity.roles.add(role)
            return entity
        found = self._role_holder(role, code, want_country)
        if found is not None:
            ent_country, _ = split_code(found.code, self.iso3s)
            if code and not ent_country and not (found.code or "").startswith("IGO"):
                # "President Donald Trump … the American leader": now we know
                found.code = code
            return found
        if code is None or self.doc[cand.start].lower_ != "the":
            return None
        text = self._strip_det(cand.start, cand.end)
        entity = self._entity(f"role:{code}:{role}", "person", text, code, False)
        entity.roles.add(role)
        return entity

    def _role_holder(self, role: str, code: str | None, want_country: str | None) -> Entity | None:
        """The person "the president" refers to: the latest named holder of the role
        (and country); among holders named in that same sentence, its subject ("Putin
        telephoned President Assad. The president said …" is Putin)."""
        latest: tuple[int, Entity] | None = None
        latest_sentence = 0
        for i, entity in reversed(self.history):
            if entity.kind != "person" or not entity.named:
                continue
            if latest is not None and i < latest_sentence:
                break
            ent_country, _ = split_code(entity.code, self.iso3s)
            if want_country and ent_country not in {None, want_country}:
                continue
            if code and code.startswith("IGO") and entity.code not in {None, code}:
                continue
            if role in entity.roles or _role_class_match(role, entity.roles):
                token = self.doc[i]
                if token.dep_ in SUBJECT_DEPS or token.head.dep_ in SUBJECT_DEPS:
                    return entity
                if latest is None:
                    latest, latest_sentence = (i, entity), self.doc[i].sent.start
        return latest[1] if latest else None

    def _find_person(self, surname: str, name: str) -> Entity | None:
        variant: Entity | None = None
        for entity in self.entities.values():
            if entity.kind != "person" or not entity.named:
                continue
            words = entity.name.lower().replace("-", " ").split()
            if words and words[-1] == surname and _other_given_name(name, words):
                continue  # "Rifaat al-Assad" is not "Bashar Assad"
            if words and (words[-1] == surname or name.lower() in entity.name.lower()):
                return entity
            if variant is None and words and spelling_variants(words[-1], surname):
                first = name.lower().split()
                # "Alexander Dzhagaryan" / "Dzhagarian"; not "Anna Lavrova" / "Sergei Lavrov"
                if len(first) < 2 or len(words) < 2 or first[0] == words[0]:
                    variant = entity
        return variant

    def _dictionary_person_code(self, start: int, end: int) -> str | None:
        for s, e, hit in self.hits:
            # the listed name must end where this one does: "Hassan" inside "Omar Hassan
            # al-Bashir" is someone else
            if s <= end - 1 < e and start < e and hit.what == "actor" and hit.actor:
                return hit.actor.code_on(self.ctx.published)
        found = self.lex.match_phrase(self.words, start) if start < len(self.doc) else None
        if found and found[1].actor:
            return found[1].actor.code_on(self.ctx.published)
        return None


def _other_given_name(name: str, known: list[str]) -> bool:
    """True when two names with one surname begin with different given names."""
    first = name.lower().replace("-", " ").split()
    if len(first) < 2 or len(known) < 2:
        return False
    a, b = first[0].rstrip("."), known[0].rstrip(".")
    # an initial ("B. Assad") may be either; "Nuri" and "Nouri" are one name spelt twice
    return len(a) > 1 and len(b) > 1 and a[0] != b[0]


_VOWELS = frozenset("aeiouy")


def _skeleton(word: str) -> str:
    """A surname with its vowel letters made alike and doubled letters single:
    transliterations differ there ("Dzhagaryan"/"Dzhagarian", "Mohammed"/"Muhammad",
    "Zelensky"/"Zelenskyy"), while their consonants agree."""
    out: list[str] = []
    for ch in word:
        c = "a" if ch in _VOWELS else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def spelling_variants(a: str, b: str) -> bool:
    """Two spellings of one surname: same first letter, same consonants in the same
    order, differing only in vowels or doubled letters; five letters or more, so short
    names ("Ali"/"Ala") and inflected forms ("Lavrov"/"Lavrova") stay apart."""
    if a == b or min(len(a), len(b)) < 5 or a[0] != b[0] or not (a.isalpha() and b.isalpha()):
        return False
    return _skeleton(a) == _skeleton(b)


def head_word(key: tuple[str, ...]) -> str:
    """The head noun of an agent phrase: "secretary of education" → secretary."""
    for preposition in ("of", "for"):
        if preposition in key[1:]:
            return key[key.index(preposition, 1) - 1]
    return key[-1]


def _role_class_match(role: str, held: set[str]) -> bool:
    """ "the leader" matches a president; "the minister" a foreign minister, but "the
    defence minister" only a defence minister."""
    if role in {"leader", "head of state"}:
        return bool(held & LEADER_ROLES)
    if role == "diplomat":
        return bool(held & DIPLOMAT_ROLES)
    if " " in role:
        return False
    # "the secretary" is the secretary of state; "the minister" a foreign minister
    return any(h.split()[-1] == role or head_word(tuple(h.split())) == role for h in held)


def _previous_sentence_start(doc: Doc, sent_start: int) -> int:
    if sent_start == 0:
        return 0
    return doc[sent_start - 1].sent.start


def best_code(
    title: str | None, title_sector: str | None, dictionary: str | None, iso3s: set[str]
) -> str | None:
    """An explicit, complete title code wins; a title without a country takes the
    dictionary's ("Prime Minister Theresa May": GOV from the title, GBR from the
    dictionary); else the dictionary's own code; else a partial title."""
    if title and (title.startswith("IGO") or len(title) >= 6):
        return title
    if dictionary:
        country, _ = split_code(dictionary, iso3s)
        if country and title_sector and not title:
            return compose_code(country, title_sector)
        return dictionary
    return title
