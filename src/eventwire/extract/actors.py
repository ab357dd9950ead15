"""Actors: who an article names or refers to, with CAMEO codes and every mention.

One left-to-right pass over the article's candidate mentions (person names with
their titles, role and group noun phrases, country names and adjectives, named
organisations, metonyms, pronouns). Processing them in text order lets each mention
resolve against what came before: "the Russian leader" finds the last Russian
president, "regime forces" the regime named earlier, "he" the last person subject.

A person's code comes from an explicit title or apposition in the text, else from
the Phoenix dictionary on the publication date, else nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..record import Actor, Span
from .actors_lexicon import ActorOptions, Hit, Lexicon, get_lexicon
from .actors_roles import (
    DIPLOMAT_ROLES,
    LEADER_ROLES,
    LED_BODIES,
    LOCATIVE_PREPOSITIONS,
    RELATIONAL_ROLES,
    TITLE_MODIFIERS,
    compose_code,
    is_person_noun,
    split_code,
)
from .context import Context

__all__ = ["ActorOptions", "extract_actors"]

_PERSON_PRONOUNS = {"he": "subj", "she": "subj", "him": "obj", "her": "obj", "his": "poss"}
_THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NO_HIT = Hit("none")
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_CONTEXT_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "SPY", "INS"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "all", "some"})


@dataclass
class _Entity:
    key: str
    kind: str
    name: str
    code: str | None = None
    roles: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans
    named: bool = False
    heads: set[str] = field(default_factory=set)  # head words of its mentions


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str  # person | agent | hit | pronoun
    head: int
    hit: Hit | None = None
    agent_key: tuple[str, ...] = ()
    title: tuple[int, int] | None = None
    appositions: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, head


def extract_actors(doc: Doc, ctx: Context, options: ActorOptions | None = None) -> list[Actor]:
    """Find the article's actors, code them and collect every mention.

    Args:
        doc: the parsed article.
        ctx: pipeline context; ``ctx.published`` dates the roles of named leaders.
        options: extra PETRARCH dictionaries (defaults: the shipped ones only).

    Returns:
        Actors with ids A1, A2 … in order of first mention.
    """
    lexicon = get_lexicon(options or ActorOptions())
    return _Extraction(doc, ctx, lexicon).run()


class _Extraction:
    def __init__(self, doc: Doc, ctx: Context, lexicon: Lexicon) -> None:
        self.doc = doc
        self.ctx = ctx
        self.lex = lexicon
        self.iso3s = set(lexicon.countries)
        self.words = [t.lower_ for t in doc]
        self.entities: dict[str, _Entity] = {}
        self.history: list[tuple[int, _Entity]] = []  # (token index, entity) in text order
        self.role_cache: dict[int, tuple[int, str] | None] = {}
        self.explicit_country = False  # set by _code_of_span: the phrase names a country
        self.last_sector: str | None = None  # set by _code_of_span: the phrase's sector
        self.hits = self._match_hits()
        self.hit_at = {i: h for h in self.hits for i in range(h[0], h[1])}
        self.in_quote = self._quote_mask()
        self.dominant = self._dominant_country()

    # ------------------------------------------------------------------ matching

    def _match_hits(self) -> list[tuple[int, int, Hit]]:
        """Dictionary phrases on capitalised words, longest first, left to right."""
        hits = []
        i, n = 0, len(self.doc)
        while i < n:
            token = self.doc[i]
            if (token.is_alpha and not token.is_lower) or token.text[:1].isupper():
                found = self.lex.match_phrase(self.words, i)
                if found is not None:
                    key, hit = found
                    if self._plausible(i, len(key), hit):
                        hits.append((i, i + len(key), hit))
                        i += len(key)
                        continue
            i += 1
        return hits

    def _plausible(self, i: int, n: int, hit: Hit) -> bool:
        tokens = self.doc[i : i + n]
        if hit.what == "actor" and n == 1 and tokens[0].pos_ != "PROPN" and not tokens[0].ent_type_:
            return False  # one common word that happens to be a dictionary name
        return not any(t.is_space for t in tokens)

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

    def _dominant_country(self) -> str | None:
        counts: dict[str, int] = {}
        for _s, _e, hit in self.hits:
            if hit.iso3:
                counts[hit.iso3] = counts.get(hit.iso3, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    # ---------------------------------------------------------------- candidates

    def _candidates(self) -> list[_Candidate]:
        persons = self._person_candidates()
        taken: set[int] = set()
        out: list[_Candidate] = []
        for cand in persons:
            span = range(cand.title[0] if cand.title else cand.start, cand.end)
            if taken.intersection(span):
                continue
            taken.update(span)
            for a_start, a_end, _h in cand.appositions:
                taken.update(range(a_start, a_end))
            out.append(cand)
        for cand in self._agent_candidates():
            if taken.intersection(range(cand.start, cand.end)):
                continue
            taken.update(range(cand.start, cand.end))
            out.append(cand)
        for start, end, hit in self.hits:
            if taken.intersection(range(start, end)):
                continue
            if hit.what == "actor" and hit.actor and hit.actor.kind == "person":
                continue  # persons were collected above
            taken.update(range(start, end))
            out.append(_Candidate(start, end, "hit", end - 1, hit=hit))
        for ent in self.doc.ents:
            if (
                ent.label_ != "ORG"
                or "\n" in ent.text
                or taken.intersection(range(ent.start, ent.end))
            ):
                continue
            start = ent.start + (self.words[ent.start] in _DETERMINERS)
            if start < ent.end and ent.root.pos_ == "PROPN":
                taken.update(range(ent.start, ent.end))
                out.append(_Candidate(start, ent.end, "org", ent.end - 1))
        for token in self.doc:
            if token.i in taken or self.in_quote[token.i]:
                continue
            pronoun = token.lower_ in _PERSON_PRONOUNS or token.lower_ in _THING_PRONOUNS
            if pronoun and (token.pos_ == "PRON" or token.tag_ in {"PRP", "PRP$"}):
                out.append(_Candidate(token.i, token.i + 1, "pronoun", token.i))
        out.sort(key=lambda c: c.title[0] if c.title else c.start)
        return out

    def _person_candidates(self) -> list[_Candidate]:
        spans: dict[int, int] = {}
        for ent in self.doc.ents:
            if "\n" in ent.text:
                continue
            start, end = ent.start, ent.end
            while start < end and self.words[start] in _DETERMINERS:
                start += 1
            if ent.label_ == "PERSON":
                # "President Putin" tagged whole: the title is not the name
                while start < end - 1 and self._role_at(start) is not None:
                    start += 1
            if end - start and self.words[end - 1] == "'s":
                end -= 1
            if start >= end:
                continue
            titled_org = ent.label_ in {"ORG", "GPE", "NORP"} and (
                start == ent.start or self.words[ent.start] in _DETERMINERS
            )
            if ent.label_ == "PERSON" or (titled_org and self._title_run(start) is not None):
                if self._hit_covers(start, end, "country", "adjective", "capital", "actor"):
                    hit = self.hit_at[start][2]
                    if not (hit.actor and hit.actor.kind == "person"):
                        continue
                spans[start] = max(spans.get(start, end), end)
        for start, end, hit in self.hits:
            if hit.what == "actor" and hit.actor and hit.actor.kind == "person":
                while start < end - 1 and (
                    self._role_at(start) is not None
                    or self.words[start] in TITLE_MODIFIERS
                    or self.lex.phrases.get((self.words[start],), _NO_HIT).iso3
                ):
                    start += 1
                if not any(s <= start < e or start <= s < end for s, e in spans.items()):
                    spans[start] = end
        out = []
        for start, end in sorted(spans.items()):
            if end < len(self.doc) and self.words[end] in LED_BODIES:
                continue  # "the Assad regime": a body the person leads, coded as a group
            if (
                self.doc[end - 1].pos_ not in {"PROPN", "NOUN", "X"}
                and not self.doc[end - 1].is_title
            ):
                continue
            cand = _Candidate(start, end, "person", end - 1)
            cand.title = self._title_run(start)
            cand.appositions = self._appositions(start, end)
            out.append(cand)
        return out

    def _hit_covers(self, start: int, end: int, *whats: str) -> bool:
        hit = self.hit_at.get(start)
        return hit is not None and hit[0] <= start and hit[1] >= end and hit[2].what in whats

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

    def _title_run(self, start: int) -> tuple[int, int] | None:
        """Tokens before a name that form its title: "Russian President", "UN mediator for
        Syria", "Kremlin spokesman". None when there is no role noun among them."""
        j, has_role = start - 1, False
        while j >= 0:
            token = self.doc[j]
            if token.is_space and "\n" not in token.text:
                j -= 1
                continue
            if token.is_space or (token.is_punct and token.text not in {"-", "'s"}):
                break
            role = self._role_at(j)
            if role is not None and not self.doc[j].is_digit:
                has_role = True
                j = role[0] - 1
                continue
            hit = self.hit_at.get(j)
            if hit is not None:
                j = hit[0] - 1
                continue
            if self.words[j] in TITLE_MODIFIERS or self.words[j] == "'s":
                j -= 1
                continue
            # "mediator for Syria Staffan de Mistura": a role then a short PP
            if self.words[j] in {"for", "of"} and j > 0 and self._role_at(j - 1) is not None:
                j -= 1
                continue
            break
        if not has_role:
            return None
        return j + 1, start

    def _appositions(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Role appositions: "NAME, spokesman for X" (after) and "the ROLE, NAME" (before,
        used only when none follows: a following apposition describes the name)."""
        out = []
        n = len(self.doc)
        if end + 1 < n and self.words[end] == ",":
            j = end + 1
            while j < n and self.words[j] in _DETERMINERS | TITLE_MODIFIERS:
                j += 1
            k = j
            while k < n and self.doc[k].is_alpha and self.doc[k].pos_ in {"NOUN", "PROPN", "ADJ"}:
                role = self._role_at(k)
                if role is not None and self.doc[k].ent_type_ != "PERSON":
                    out.append((end + 1, k + 1, k))
                    break
                k += 1
        if not out and start >= 2 and self.words[start - 1] == ",":
            k = start - 2
            if self._role_at(k) is not None and self.doc[k].pos_ == "NOUN":
                left = self.doc[k].left_edge.i
                out.append((left, k + 1, k))
        return out

    def _misparsed_plural(self, token: Token) -> bool:
        """ "YPG militants to gain ground": a plural agent noun tagged as a verb after a
        name or adjective."""
        if token.pos_ != "VERB" or token.i == 0 or token.tag_ != "VBZ":
            return False
        agent = self.lex.agents.get((self.words[token.i],))
        return bool(agent and agent.plural) and self.doc[token.i - 1].pos_ in {"PROPN", "ADJ"}

    def _agent_candidates(self) -> list[_Candidate]:
        out = []
        for token in self.doc:
            if not token.is_alpha:
                continue
            misparsed = self._misparsed_plural(token)
            if token.pos_ not in {"NOUN", "PROPN"} and not misparsed:
                continue
            if token.dep_ == "compound" and token.head.i > token.i:
                continue  # not the head of its phrase
            role = self._role_at(token.i)
            if role is None:
                continue
            role_start, role_key = role
            start = min(token.left_edge.i, role_start) if not misparsed else token.i - 1
            while start < token.i and self.doc[start].is_punct:
                start += 1
            out.append(
                _Candidate(start, token.i + 1, "agent", token.i, agent_key=tuple(role_key.split()))
            )
        # "Egypt's military-backed government": "military" modifies the head noun
        return [
            c
            for c in out
            if not any(o is not c and o.start <= c.start and c.end < o.end for o in out)
        ]

    # ------------------------------------------------------------------- the walk

    def run(self) -> list[Actor]:
        for cand in self._candidates():
            if cand.kind == "person":
                self._person(cand)
            elif cand.kind == "agent":
                self._agent_phrase(cand)
            elif cand.kind == "hit":
                self._hit(cand)
            elif cand.kind == "org":
                self._org(cand)
            else:
                self._pronoun(cand)
        return self._records()

    def _remember(self, entity: _Entity, start: int, end: int, head: int) -> None:
        entity.mentions.append((start, end))
        entity.heads.add(self.words[head])
        self.history.append((head, entity))

    def _entity(self, key: str, kind: str, name: str, code: str | None, named: bool) -> _Entity:
        entity = self.entities.get(key)
        if entity is None:
            entity = _Entity(key=key, kind=kind, name=name, code=code, named=named)
            self.entities[key] = entity
        else:
            if len(name) > len(entity.name) and (named or not entity.named):
                entity.name = name
            if entity.code is None and code is not None:
                entity.code = code
        return entity

    def _person(self, cand: _Candidate) -> None:
        name = self.doc[cand.start : cand.end].text
        surname = self.words[cand.end - 1]
        entity = self._find_person(surname, name)
        title_code: str | None = None
        roles: set[str] = set()
        if cand.title:
            title_code, roles = self._code_of_span(cand.title[0], cand.title[1], relational=True)
        for a_start, a_end, a_head in cand.appositions:
            code, a_roles = self._apposition_code(a_start, a_end, a_head)
            roles |= a_roles
            if title_code is None or (code and len(code) > len(title_code)):
                title_code = code or title_code
        dictionary_code = self._dictionary_person_code(cand.start, cand.end)
        title_sector = self.last_sector if cand.title else None
        code = _best_code(title_code, title_sector, dictionary_code, self.iso3s)
        if entity is None:
            entity = self._entity(f"person:{surname}:{name}", "person", name, code, True)
        elif code and (entity.code is None or (title_code and len(code) >= len(entity.code))):
            entity.code = code if entity.code is None or title_code else entity.code
        if len(name) > len(entity.name):
            entity.name = name
        entity.roles |= roles
        start = cand.title[0] if cand.title else cand.start
        self._remember(entity, start, cand.end, cand.head)
        for a_start, _a_end, a_head in cand.appositions:
            self._remember(entity, a_start, a_head + 1, a_head)

    def _find_person(self, surname: str, name: str) -> _Entity | None:
        for entity in self.entities.values():
            if entity.kind != "person" or not entity.named:
                continue
            words = entity.name.lower().replace("-", " ").split()
            if words and (words[-1] == surname or name.lower() in entity.name.lower()):
                return entity
        return None

    def _dictionary_person_code(self, start: int, end: int) -> str | None:
        for s, e, hit in self.hits:
            if s <= end - 1 and start < e and hit.what == "actor" and hit.actor:
                return hit.actor.code_on(self.ctx.published)
        found = self.lex.match_phrase(self.words, start) if start < len(self.doc) else None
        if found and found[1].actor:
            return found[1].actor.code_on(self.ctx.published)
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

    def _governed_body(self, head: int) -> tuple[int, int] | None:
        """The body a role belongs to: "spokesman for X", "head of X"."""
        for child in self.doc[head].rights:
            if child.dep_ == "prep" and child.lower_ in {"for", "of", "from", "at"}:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    obj = objects[0]
                    return obj.left_edge.i, obj.i + 1
        return None

    def _code_of_span(
        self, start: int, end: int, *, relational: bool
    ) -> tuple[str | None, set[str]]:
        """The code a phrase implies: its country (name, adjective, possessive, capital,
        coded body) and its sector (role or body noun), resolved against context."""
        country: str | None = None
        igo: str | None = None
        body_sector: str | None = None
        role_sector: str | None = None
        roles: set[str] = set()
        prefix = False
        self.explicit_country = False
        i = start
        while i < end:
            hit = self.hit_at.get(i)
            if hit is not None and hit[0] == i:
                h = hit[2]
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
            if self.words[i] in {"his", "her", "its", "their"}:
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
            if role is None:
                i -= 1
                continue
            key = tuple(role[1].split())
            agent = self.lex.agents.get(key)
            word = key[-1]
            roles.add(role[1])
            if word in RELATIONAL_ROLES and relational:
                pass  # sector from the body it serves
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
        self.last_sector = body_sector or role_sector
        if country is None:
            return None, roles
        return compose_code(country, body_sector or role_sector, prefix), roles

    def _sentence_country(self, i: int) -> str | None:
        """The country named nearest to token ``i`` in its sentence."""
        sent = self.doc[i].sent
        best: tuple[int, str] | None = None
        for start, _end, hit in self.hits:
            if sent.start <= start < sent.end and hit.iso3:
                distance = abs(start - i)
                if best is None or distance < best[0]:
                    best = (distance, hit.iso3)
        return best[1] if best else None

    def _last_person(self) -> _Entity | None:
        for _i, entity in reversed(self.history):
            if entity.kind == "person" and entity.code:
                return entity
        return None

    def _body_of_leader(self, word: str, sector: str | None) -> _Entity | None:
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

    def _same_body(self, words: set[str]) -> _Entity | None:
        """The last body referred to by the same noun ("the regime" → "the Assad regime")."""
        for _i, entity in reversed(self.history):
            if entity.kind != "person" and entity.heads & words:
                return entity
        return None

    def _context_country(self, sector: str, words: set[str]) -> str | None:
        """The country of the last body named by one of these words ("regime forces" →
        the regime named before), else of the last body with this sector."""
        same = self._same_body(words)
        if same is not None and same.code:
            country, _ = split_code(same.code, self.iso3s)
            if country:
                return country
        if sector not in _CONTEXT_SECTORS:
            return None
        for _i, entity in reversed(self.history):
            if entity.kind == "person" or not entity.code:
                continue
            country, ent_sector = split_code(entity.code, self.iso3s)
            if country and ent_sector == sector:
                return country
        return None

    def _agent_phrase(self, cand: _Candidate) -> None:
        head = self.doc[cand.head]
        word = cand.agent_key[-1]
        agent = self.lex.agents.get(cand.agent_key)
        plural = bool(agent and agent.plural) or head.tag_ in {"NNS", "NNPS"}
        person_like = is_person_noun(word, plural)
        # a named body inside the phrase: "YPG militants" is the YPG
        for i in range(cand.start, cand.end if not person_like else cand.start):
            hit = self.hit_at.get(i)
            if hit and hit[2].what == "actor" and hit[2].actor and hit[2].actor.kind != "person":
                if word in LED_BODIES:
                    # "the Assad regime" is the Syrian government, whatever it is called
                    code = hit[2].actor.code_on(self.ctx.published)
                    text = self._strip_det(cand.start, cand.end)
                    entity = self._entity(f"group:{code}", "group", text, code, False)
                    if not entity.named:
                        entity.name, entity.named = text, True
                    self._remember(entity, cand.start, cand.end, cand.head)
                    return
                self._named_body(
                    hit[0], hit[1], hit[2], mention=(cand.start, cand.end), head=cand.head
                )
                return
        code, roles = self._code_of_span(cand.start, cand.end, relational=True)
        explicit = self.explicit_country
        text = self._strip_det(cand.start, cand.end)
        if is_person_noun(word, plural):
            person = self._person_description(cand, code, roles)
            if person is not None:
                self._remember(person, cand.start, cand.end, cand.head)
            return
        first = self.words[cand.start]
        if not explicit and first in {"a", "an"}:
            return  # "a military presence": not a particular actor
        if word in RELATIONAL_ROLES or word.rstrip("s") in RELATIONAL_ROLES:
            # "representatives from the Assad regime": members of the body they serve
            body = self._governed_body(cand.head)
            code = None
            if body is not None:
                code, _ = self._code_of_span(body[0], body[1], relational=False)
            if code is None:
                return
            entity = self._entity(f"group:{code}", "group", text, code, False)
            self._remember(entity, cand.start, cand.end, cand.head)
            return
        if not explicit and first == "the":
            same = self._same_body({word})
            if same is None:
                same = self._body_of_leader(word, agent.code[:3] if agent else None)
            if same is not None:
                self._remember(same, cand.start, cand.end, cand.head)
                return
        sector = agent.code[:3] if agent else None
        if code is None and sector in _CONTEXT_SECTORS:
            country = (
                self._context_country(sector, {word})
                or self._sentence_country(cand.start)
                or self.dominant
            )
            code = compose_code(country, sector)
        if code is None:
            return
        entity = self._entity(f"group:{code}", "group", text, code, False)
        if (
            explicit
            and (not entity.named or len(text) > len(entity.name))
            and first not in _POSSESSIVES
        ):
            entity.name, entity.named = text, True
        self._remember(entity, cand.start, cand.end, cand.head)

    def _person_description(
        self, cand: _Candidate, code: str | None, roles: set[str]
    ) -> _Entity | None:
        """ "the Russian leader", "the diplomat", "the UN mediator": the last person who
        holds that role (and country, when given)."""
        want_country, _ = split_code(code, self.iso3s)
        role = " ".join(cand.agent_key)
        for _i, entity in reversed(self.history):
            if entity.kind != "person" or not entity.named:
                continue
            ent_country, _ = split_code(entity.code, self.iso3s)
            if want_country and ent_country != want_country:
                continue
            if code and code.startswith("IGO") and entity.code != code:
                continue
            if role in entity.roles or _role_class_match(role, entity.roles):
                return entity
        if code is None or self.doc[cand.start].lower_ != "the":
            return None
        text = self._strip_det(cand.start, cand.end)
        entity = self._entity(f"role:{code}:{role}", "person", text, code, False)
        entity.roles.add(role)
        return entity

    def _named_body(
        self, start: int, end: int, hit: Hit, *, mention: tuple[int, int], head: int
    ) -> None:
        assert hit.actor is not None
        code = hit.actor.code_on(self.ctx.published)
        text = self.doc[start:end].text
        entity = self._entity(f"org:{code}:{text.lower()}", "organisation", text, code, True)
        self._remember(entity, mention[0], mention[1], head)

    def _hit(self, cand: _Candidate) -> None:
        hit = cand.hit
        assert hit is not None
        start, end = cand.start, cand.end
        if hit.what == "actor" and hit.actor:
            words = self.words[start:end]
            led = [w for w in words if w in LED_BODIES]
            code = hit.actor.code_on(self.ctx.published)
            if led or (code and len(code) > 3 and not code.startswith("IGO")):
                # "the Assad regime", "the Kremlin": a body, merged by code
                if start > 0 and self.words[start - 1] == "the":
                    start -= 1
                if self._locative(start):
                    return
                if led:
                    entity = self._entity(
                        f"group:{code}", "group", self._strip_det(start, end), code, False
                    )
                    self._remember(entity, start, end, end - 1)
                    return
            self._named_body(start, end, hit, mention=(start, end), head=end - 1)
            return
        assert hit.iso3 is not None
        if hit.what == "capital":
            if self._locative(start):
                return
            code = compose_code(hit.iso3, "GOV")
            entity = self._entity(f"group:{code}", "group", self.doc[start:end].text, code, False)
        else:
            country = self.lex.countries[hit.iso3]
            entity = self._entity(f"country:{hit.iso3}", "country", country.name, hit.iso3, True)
        if end < len(self.doc) and self.words[end] == "'s":
            end += 1
        self._remember(entity, start, end, start)

    def _org(self, cand: _Candidate) -> None:
        """A named organisation the dictionaries lack: coded by what the text says of it
        ("the opposition High Negotiations Committee" → the opposition's country + OPP)."""
        left = min(self.doc[cand.head].left_edge.i, cand.start)
        code, _ = self._code_of_span(left, cand.end, relational=False)
        if code is None and self.last_sector in _CONTEXT_SECTORS:
            country = self._context_country(self.last_sector, set()) or self.dominant
            code = compose_code(country, self.last_sector)
        text = self.doc[cand.start : cand.end].text
        person = self._find_person(self.words[cand.end - 1], text)
        if person is not None:  # "Mistura" tagged ORG after "Staffan de Mistura"
            self._remember(person, cand.start, cand.end, cand.head)
            return
        entity = self._entity(f"org:{text.lower()}", "organisation", text, code, True)
        self._remember(entity, cand.start, cand.end, cand.head)

    def _locative(self, start: int) -> bool:
        """True when the phrase is a place: the object of "in", "at", "near" …"""
        j = start - 1
        if j >= 0 and self.words[j] == "the":
            j -= 1
        return j >= 0 and self.words[j] in LOCATIVE_PREPOSITIONS

    def _pronoun(self, cand: _Candidate) -> None:
        token = self.doc[cand.start]
        antecedent = self._antecedent(token)
        if antecedent is not None:
            self._remember(antecedent, cand.start, cand.end, cand.start)

    def _antecedent(self, token: Token) -> _Entity | None:
        """Rule-based coreference: he/she → the last person subject (else the last
        person); it/they → the last body or country in this or the previous sentence,
        subjects of this sentence first."""
        word = token.lower_
        sent_start = token.sent.start
        prev_start = _previous_sentence_start(self.doc, sent_start)
        if word in _PERSON_PRONOUNS:
            people = [(i, e) for i, e in self.history if e.kind == "person" and i < token.i]
            if not people:
                return None
            if _PERSON_PRONOUNS[word] != "obj":
                for i, entity in reversed(people):
                    if i < prev_start:
                        break
                    if self.doc[i].dep_ in _SUBJECT_DEPS or self.doc[i].head.dep_ in _SUBJECT_DEPS:
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
            if i >= sent_start and self.doc[i].dep_ in _SUBJECT_DEPS:
                return entity
        return things[-1][1]

    def _strip_det(self, start: int, end: int) -> str:
        while start < end - 1 and self.words[start] in _DETERMINERS:
            start += 1
        return self.doc[start:end].text

    # ------------------------------------------------------------------ output

    def _records(self) -> list[Actor]:
        entities = [e for e in self.entities.values() if e.mentions]
        entities.sort(key=lambda e: min(s for s, _ in e.mentions))
        text = self.doc.text  # Doc.text is rebuilt on every access
        actors = []
        for n, entity in enumerate(entities, 1):
            spans = sorted(set(entity.mentions))
            mentions = []
            for s, e in spans:
                start_char = self.doc[s].idx
                end_char = self.doc[e - 1].idx + len(self.doc[e - 1].text)
                mentions.append(
                    Span(start=start_char, end=end_char, text=text[start_char:end_char])
                )
            country, sector = split_code(entity.code, self.iso3s)
            name = self._group_name(spans) if entity.kind == "group" else entity.name
            actors.append(
                Actor(
                    id=f"A{n}",
                    name=" ".join(name.split()),
                    code=entity.code,
                    country=country,
                    sector=sector,
                    kind=entity.kind,
                    mentions=mentions,
                )
            )
        return actors

    def _group_name(self, spans: list[tuple[int, int]]) -> str:
        """The fullest description of a group: one that names its country or body
        ("Russian armed forces"), never a pronoun ("his military")."""
        best: tuple[int, int, str] | None = None
        for start, end in spans:
            if self.doc[start].tag_ in {"PRP", "PRP$"}:
                continue
            while start < end - 1 and (
                self.words[start] in _DETERMINERS
                or self.doc[start].like_num
                or self.doc[start].pos_ in {"ADV", "DET"}
            ):
                start += 1
            named = any(i in self.hit_at for i in range(start, end))
            text = self.doc[start:end].text
            score = (int(named), len(text), text)
            if best is None or score > best:
                best = score
        return best[2] if best else self.doc[spans[0][0] : spans[0][1]].text


def _role_class_match(role: str, held: set[str]) -> bool:
    """ "the leader" matches a president; "the minister" a foreign minister, but "the
    defence minister" only a defence minister."""
    if role in {"leader", "head of state"}:
        return bool(held & LEADER_ROLES)
    if role == "diplomat":
        return bool(held & DIPLOMAT_ROLES)
    if " " in role:
        return False
    return any(h.split()[-1] == role for h in held)


def _previous_sentence_start(doc: Doc, sent_start: int) -> int:
    if sent_start == 0:
        return 0
    return doc[sent_start - 1].sent.start


def _best_code(
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
