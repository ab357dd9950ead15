"""Actors: who an article names or refers to, with CAMEO codes and every mention.

One left-to-right pass over the article's candidate mentions (person names with
their titles, role and group noun phrases, country names and adjectives, named
organisations, metonyms, pronouns). Processing them in text order lets each mention
resolve against what came before: "the Russian leader" finds the last Russian
president, "regime forces" the regime named earlier, "he" the last person subject.

A person's code comes from an explicit title or apposition in the text, else from
the Phoenix dictionary on the publication date, else nothing.

One actor per canonical entity: every name of one dictionary entry ("AFP", "Agence
France-Presse"), spelling variants of one surname ("Dzhagaryan"/"Dzhagarian"), and a
government's metonyms (the capital, "the Kremlin", "the Russian government") are one
actor each; a government's own departments ("the defence ministry") are actors of
their own that share its code. ``wikidata`` stays null: no table of Wikidata ids ships
with the package or its dependencies, and ids are not made up.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..record import Actor, Span
from .actors_base import (
    ABSTRACT_SINGULAR,
    ABSTRACT_UNLESS_DEFINITE,
    CONTEXT_SECTORS,
    DETERMINERS,
    DIRECTIONS,
    GENDER,
    GENERIC_BODIES,
    NON_STATE_SECTORS,
    POSSESSIVES,
    Candidate,
    Entity,
)
from .actors_candidates import CandidateFinder
from .actors_coding import Coder, best_code, head_word
from .actors_lexicon import ActorOptions, Hit, get_lexicon
from .actors_roles import (
    FORCE_MOVING_VERBS,
    LED_BODIES,
    MINORITY_PEOPLES,
    OWN_BODIES,
    RELATIONAL_ROLES,
    compose_code,
    is_person_noun,
    split_code,
)
from .context import Context
from .events_verbs import get_default_options as event_options

__all__ = ["ActorOptions", "extract_actors", "set_default_options"]

_default_options = ActorOptions()


def set_default_options(options: ActorOptions) -> None:
    """Options for every later two-argument ``extract_actors`` call in this process.

    The pipeline calls ``extract_actors(doc, ctx)``; a command's ``--actors FILE``
    sets the user's dictionaries here once (in each worker process, before its first
    article), rather than threading them through every call.
    """
    global _default_options
    _default_options = options


def extract_actors(doc: Doc, ctx: Context, options: ActorOptions | None = None) -> list[Actor]:
    """Find the article's actors, code them and collect every mention.

    Args:
        doc: the parsed article.
        ctx: pipeline context; ``ctx.published`` dates the roles of named leaders.
        options: extra PETRARCH dictionaries; default: those given to
            :func:`set_default_options`, else the shipped ones only.

    Returns:
        Actors with ids A1, A2 … in order of first mention.
    """
    lexicon = get_lexicon(options or _default_options)
    return _Extraction(doc, ctx, lexicon).run()


# Nouns naming a news medium, not a person ("newspaper" ends like "reporter")
MEDIA_NOUNS = frozenset(
    """newspaper paper daily weekly magazine agency television tv radio broadcaster
    channel station website outlet media""".split()  # noqa: SIM905
)


class _Extraction(CandidateFinder, Coder):
    def run(self) -> list[Actor]:
        candidates = self._candidates()
        self.dominant, self.dominant_clearly = self._dominant_country(candidates)
        for cand in candidates:
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

    def _person(self, cand: Candidate) -> None:
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
        title_sector = self.last_sector if cand.title else None
        of_country = self._of_country(cand.end) if cand.title else None
        if of_country and (title_code is None or title_code.startswith(of_country)):
            # "King Hassan of Morocco", "President Bush of the United States"
            title_code = compose_code(of_country, title_sector or "GOV")
        dictionary_code = self._dictionary_person_code(cand.start, cand.end)
        code = best_code(title_code, title_sector, dictionary_code, self.iso3s)
        if code is None and title_sector in CONTEXT_SECTORS and self.dominant_clearly:
            # "President Trump" in an American story: the story's country
            code = compose_code(self.dominant, title_sector)
        if entity is None and self._titled_as_medium(roles):
            # "the Croatian newspaper Jutarnji List": a paper, whatever the tagger says
            entity = self._same_org(name) or self._entity(
                f"org:{code}:{name.lower()}", "organisation", name, code, True
            )
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

    def _titled_as_medium(self, roles: set[str]) -> bool:
        """True when a name's title is a news medium ("newspaper", "news agency",
        "television"), not a person's role ("journalist")."""
        for role in roles:
            agent = self.lex.agents.get(tuple(role.split()))
            if agent and agent.code.startswith("MED") and role.split()[-1] in MEDIA_NOUNS:
                return True
        return False

    def _agent_phrase(self, cand: Candidate) -> None:
        head = self.doc[cand.head]
        word = head_word(cand.agent_key)
        agent = self.lex.agents.get(cand.agent_key)
        plural = bool(agent and agent.plural) or head.tag_ in {"NNS", "NNPS"}
        if word in ABSTRACT_SINGULAR and not plural and not head.text[:1].isupper():
            return  # "his authority as president": power, not a body
        person_like = is_person_noun(word, plural)
        # a named body inside the phrase: "YPG militants" is the YPG
        for i in range(cand.start, cand.end if not person_like else cand.start):
            hit = self.hit_at.get(i)
            if (
                hit
                and hit[2].what == "actor"
                and hit[2].actor
                and hit[2].actor.kind != "person"
                and hit[2].actor.code_on(self.ctx.published) not in self.iso3s
            ):
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
        if code is None and word not in RELATIONAL_ROLES:
            after = self._country_after(cand.head)
            sector = self.last_sector or (agent.code[:3] if agent else None)
            if after and sector:
                # "the president of Armenia", "police in Australia"
                code, explicit = compose_code(after, sector), True
                self.explicit_country = True
        text = self._strip_det(cand.start, cand.end)
        if is_person_noun(word, plural):
            person = self._person_description(cand, code, roles)
            if person is not None:
                self._remember(person, cand.start, cand.end, cand.head)
            return
        first = self.words[cand.start]
        if not explicit and first in {"a", "an", "no", "any", "every", "each"}:
            return  # "a military presence", "no court": not a particular actor
        if word in RELATIONAL_ROLES or word.rstrip("s") in RELATIONAL_ROLES:
            # "representatives from the Assad regime": members of the body they serve
            body = self._governed_body(cand.head)
            body_code = None
            if body is not None:
                body_code, _ = self._code_of_span(body[0], body[1], relational=False)
            if body_code is None and not explicit:
                return
            # "Palestinian officials", "Chilean government officials": the phrase's own
            code = body_code or code
            if code is None:
                return
            if body_code is None and self._split_coordinated(cand, code, text):
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
        unknown_name = any(
            self.doc[i].pos_ == "PROPN" and i not in self.hit_at
            for i in range(cand.start, cand.head)
        )
        if code is None and unknown_name:
            # "the Houston Police": a place we cannot place; a named body without a code
            entity = self._entity(f"group:{text.lower()}", "group", text, None, True)
            self._remember(entity, cand.start, cand.end, cand.head)
            return
        if code is None and sector in CONTEXT_SECTORS:
            if word in ABSTRACT_UNLESS_DEFINITE and first not in {"the"} | POSSESSIVES:
                return  # "vehement opposition": a stance, not a body
            if first in POSSESSIVES and not event_options().resolve_pronouns:
                return  # PETRARCH mode: "its embassy" is nobody's without coreference
            # evidence, best first: "rebels in Syria", the same body or sector before, a
            # country the sentence happens in; a state body ("the army") may also take
            # the story's country, a non-state group ("rebels") may not
            country = (
                self._country_after(cand.head)
                or self._sender_country(cand.head, sector)
                or self._context_country(sector, {word})
                or self._sentence_country(cand.start)
                or (self.dominant if sector not in NON_STATE_SECTORS else None)
            )
            code = compose_code(country, sector)
        if code is None:
            return
        if self._split_coordinated(cand, code, text):
            return
        # "the defence ministry" is a body of the Russian government, not the government
        key = f"group:{code}:{' '.join(cand.agent_key)}" if word in OWN_BODIES else f"group:{code}"
        entity = self._entity(key, "group", text, code, False)
        if (
            explicit
            and (not entity.named or len(text) > len(entity.name))
            and first not in POSSESSIVES
        ):
            entity.name, entity.named = text, True
        self._remember(entity, cand.start, cand.end, cand.head)

    def _split_coordinated(self, cand: Candidate, code: str, text: str) -> bool:
        """ "Hungarian and Romanian officials", "U.S. and Russian negotiators": countries
        coordinated over one plural head are one group per country, sharing the sector.
        Each country's mention runs from its name to the next (the last one to the
        head), so every mention is contiguous text. True when the phrase was split."""
        countries: list[tuple[int, int, str]] = []
        i = cand.start
        while i < cand.head:
            hit = self.hit_at.get(i)
            if hit is not None and hit[0] == i and hit[2].iso3 and hit[1] <= cand.head:
                if countries:
                    between = self.words[countries[-1][1] : i]
                    if not between or any(w not in {"and", "or", ",", "&"} for w in between):
                        return False  # "U.S.-Soviet", "Russian Jewish": not a coordination
                countries.append((i, hit[1], hit[2].iso3))
                i = hit[1]
                continue
            i += 1
        if len({c for _s, _e, c in countries}) < 2:
            return False
        agent = self.lex.agents.get(cand.agent_key)
        plural = self.doc[cand.head].tag_ in {"NNS", "NNPS"} or bool(agent and agent.plural)
        if not plural and self.words[cand.head] not in {"police", "military", "forces"}:
            return False  # "a US and British-backed plan": one thing, not two groups
        _, sector = split_code(code, self.iso3s)
        head_words = self.doc[countries[-1][1] : cand.end].text
        for n, (start, end, country) in enumerate(countries):
            own = compose_code(country, sector)
            assert own is not None
            last = n == len(countries) - 1
            stop = cand.end if last else end
            if n == 0:
                start = cand.start  # "Senior Hungarian": the phrase's own modifiers
                while start < end - 1 and self.words[start] in DETERMINERS:
                    start += 1
            name = f"{self.doc[countries[n][0] : end].text} {head_words}".strip()
            entity = self._entity(f"group:{own}", "group", name, own, True)
            if not entity.named or len(name) > len(entity.name):
                entity.name, entity.named = name, True
            entity.composed_name = entity.composed_name or entity.name == name
            self._remember(entity, start, stop, cand.head if last else end - 1)
        return True

    def _named_body(
        self, start: int, end: int, hit: Hit, *, mention: tuple[int, int], head: int
    ) -> None:
        assert hit.actor is not None
        code = hit.actor.code_on(self.ctx.published)
        text = self._strip_det(start, end)
        # every name of one dictionary entry ("AFP", "Agence France-Presse") is one actor
        entity = self._same_org(text) or self._entity(
            f"org:{code}:{id(hit.actor)}", "organisation", text, code, True
        )
        self._remember(entity, mention[0], mention[1], head)

    def _sender_country(self, head: int, sector: str) -> str | None:
        """ "Russia sent troops to Syria": forces a country sends, deploys or withdraws
        are its own, whatever place the sentence names."""
        token = self.doc[head]
        verb = token.head
        if sector in NON_STATE_SECTORS or token.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        if verb.lemma_.lower() not in FORCE_MOVING_VERBS:
            return None
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            found = self.hit_at.get(subject.i)
            if found is not None and found[2].iso3:
                return found[2].iso3
            entity = next((e for i, e in reversed(self.history) if i == subject.i), None)
            if entity is not None and entity.code:
                country, _ = split_code(entity.code, self.iso3s)
                return country
        return None

    def _of_country(self, end: int) -> str | None:
        """The country in "of COUNTRY" right after a titled name."""
        if self.words[end : end + 1] != ["of"]:
            return None
        j = end + 1 + (self.words[end + 1 : end + 2] == ["the"])
        hit = self.hit_at.get(j)
        return hit[2].iso3 if hit and hit[0] == j and hit[2].what == "country" else None

    def _dateline(self, start: int) -> bool:
        """ "MOSCOW, February 7. /TASS/.": where the story was filed, not an actor."""
        token = self.doc[start]
        at_line_start = start == 0 or "\n" in self.doc[start - 1].text
        return at_line_start and token.is_upper and self.words[start + 1 : start + 2] == [","]

    def _country_after(self, head: int) -> str | None:
        """ "soldiers from Gondor", "police in Australia": a country in the noun's own
        prepositional phrase."""
        for child in self.doc[head].rights:
            if child.dep_ != "prep" or child.lower_ not in {"from", "of", "in"}:
                continue
            for obj in child.children:
                found = self.hit_at.get(obj.i)
                if obj.dep_ == "pobj" and found is not None:
                    if found[2].iso3:
                        return found[2].iso3
                    if found[2].actor:
                        country, _ = split_code(
                            found[2].actor.code_on(self.ctx.published), self.iso3s
                        )
                        return country
        return None

    def _hit(self, cand: Candidate) -> None:
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
                if self._locative(start) and not hit.actor.user:
                    return  # "in the Kremlin" is a place; a user's entry is an actor as written
                if led:
                    entity = self._entity(
                        f"group:{code}", "group", self._strip_det(start, end), code, False
                    )
                    self._remember(entity, start, end, end - 1)
                    return
            if code in self.iso3s:  # a user dictionary's country ("ARNOR_ [ARN]")
                text = self.doc[start:end].text
                entity = self._entity(f"country:{code}", "country", text, code, True)
                self._remember(entity, start, end, start)
                return
            state, sector = split_code(code, self.iso3s)
            own_body = any(w in OWN_BODIES for w in self.words[start:end])
            if state and sector == "GOV" and code == f"{state}GOV" and not own_body:
                # "the Kremlin", "the White House": the government itself, one actor
                # with "Moscow" and "the Russian government"
                text = self._strip_det(start, end)
                entity = self._entity(f"group:{code}", "group", text, code, False)
                self._remember(entity, start, end, end - 1)
                return
            self._named_body(start, end, hit, mention=(start, end), head=end - 1)
            return
        assert hit.iso3 is not None
        place = self._people_of_place(start, end, hit)
        if place is not None:
            # "the Albanians of southern Serbia": a people where they live (ICEWS codes
            # them so: "Ethnic Albanians (Serbia)"), not the citizens of Albania
            where, place_end = place
            name = self.doc[start:place_end].text
            key = f"group:{where}:{' '.join(self.words[start:end])}"
            entity = self._entity(key, "group", name, where, True)
            entity.composed_name = True
            self._remember(entity, start, end, end - 1)
            return
        before = self.hit_at.get(start - 1) if start > 0 else None
        if (
            before is not None
            and before[1] == start
            and before[2].what == "adjective"
            and before[2].iso3 not in {None, hit.iso3}
            and self.doc[start].tag_ in {"NNS", "NNPS"}
        ):
            return  # "Bosnian Serbs": a people coded by the country they live in, not theirs
        if hit.what == "capital":
            if self._locative(start) or self._dateline(start):
                return
            code = compose_code(hit.iso3, "GOV")
            entity = self._entity(f"group:{code}", "group", self.doc[start:end].text, code, False)
        elif start > 0 and self.words[start - 1] == "ethnic" and hit.what == "adjective":
            # "ethnic Albanians in Serbia": a people where they live, not a state's citizens
            home = self._sentence_country(start)
            if home is None or home == hit.iso3:
                return
            text = self.doc[start - 1 : end].text
            entity = self._entity(f"group:{home}:{text.lower()}", "group", text, home, True)
            self._remember(entity, start - 1, end, end - 1)
            return
        else:
            country = self.lex.countries[hit.iso3]
            entity = self._entity(f"country:{hit.iso3}", "country", country.name, hit.iso3, True)
        if end < len(self.doc) and self.words[end] == "'s":
            end += 1
        self._remember(entity, start, end, start)

    def _people_of_place(self, start: int, end: int, hit: Hit) -> tuple[str, int] | None:
        """(country, end of its name) of a plural demonym's "of"/"in" place: "the Kurds
        of Iraq", "Albanians in Serbia" ("in" only for minority peoples). None when
        there is no such place or it is their own country."""
        if hit.what != "adjective" or self.doc[end - 1].tag_ not in {"NNS", "NNPS"}:
            return None
        if end >= len(self.doc) or self.doc[end].head.i != end - 1:
            return None  # "Albanians fled in Serbia": the place belongs to the verb
        preposition = self.words[end]
        people = " ".join(self.words[start:end])
        if preposition != "of" and not (preposition == "in" and people in MINORITY_PEOPLES):
            return None
        k = end + 1
        while k < len(self.doc) and (self.words[k] == "the" or self.words[k] in DIRECTIONS):
            k += 1
        found = self.hit_at.get(k)
        if found is None or found[0] != k or found[2].what not in {"country", "capital"}:
            return None
        home = found[2].iso3
        return (home, found[1]) if home and home != hit.iso3 else None

    def _org(self, cand: Candidate) -> None:
        """A named organisation the dictionaries lack: coded by what the text says of it
        ("the opposition High Negotiations Committee" → the opposition's country + OPP)."""
        apposed = self._apposed_to(cand.head)
        if apposed is not None:
            # "the Nigerian Union of Teachers, the umbrella union for …": one body
            self._remember(apposed, cand.start, cand.end, cand.head)
            return
        if cand.code is not None:
            text = self.doc[cand.start : cand.end].text
            entity = self._same_org(text) or self._entity(
                f"org:{text.lower()}", "organisation", text, cand.code, True
            )
            self._remember(entity, cand.start, cand.end, cand.head)
            return
        left = min(self.doc[cand.head].left_edge.i, cand.start)
        inner = {
            i
            for i in range(cand.start + 1, cand.end)
            if i in self.hit_at and self.hit_at[i][2].what in {"country", "capital"}
        }  # "New England Patriots" is not English
        code, _ = self._code_of_span(left, cand.end, relational=False, skip=inner)
        outside = left < cand.start and any(
            self._role_at(i) is not None for i in range(left, cand.start)
        )
        if code is None and outside and self.last_sector in CONTEXT_SECTORS:
            country = self._context_country(self.last_sector, set()) or self.dominant
            code = compose_code(country, self.last_sector)
        text = self.doc[cand.start : cand.end].text
        person = self._find_person(self.words[cand.end - 1], text)
        if person is not None:  # "Mistura" tagged ORG after "Staffan de Mistura"
            self._remember(person, cand.start, cand.end, cand.head)
            return
        entity = self._same_org(text) or self._entity(
            f"org:{text.lower()}", "organisation", text, code, True
        )
        self._remember(entity, cand.start, cand.end, cand.head)

    def _apposed_to(self, head: int) -> Entity | None:
        """The organisation a description stands in apposition to ("the NUT, the
        umbrella union for teachers"): the body whose mention holds the apposition's
        head; the description's head is a common noun, written in lower case."""
        token = self.doc[head]
        if token.dep_ != "appos" or token.head.i >= token.i or not token.text.islower():
            return (
                None  # a name ("the IAEA, the OPEC …") is a list's next member, not a description
            )
        target = token.head.i
        for entity in self.entities.values():
            if entity.kind == "organisation" and any(s <= target < e for s, e in entity.mentions):
                return entity
        return None

    def _same_org(self, text: str) -> Entity | None:
        """ "Labour" after "the Labour Party": a name that is another's first words
        (or the reverse), the rest being a generic noun for a body."""
        words = text.lower().split()
        for entity in self.entities.values():
            if entity.kind != "organisation":
                continue
            if _acronym_of(text, entity.name) or _acronym_of(entity.name, text):
                return entity  # "IAEA" after "International Atomic Energy Agency"
            other = entity.name.lower().split()
            short, long_ = (words, other) if len(words) < len(other) else (other, words)
            extends = short and long_[: len(short)] == short and len(long_) == len(short) + 1
            if extends and long_[-1] in GENERIC_BODIES:
                return entity
        return None

    def _pronoun(self, cand: Candidate) -> None:
        token = self.doc[cand.start]
        antecedent = self._antecedent(token)
        if antecedent is not None:
            if token.lower_ in GENDER and antecedent.gender is None:
                antecedent.gender = GENDER[token.lower_]
            self._remember(antecedent, cand.start, cand.end, cand.start)

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
            grouped = entity.kind == "group" and not entity.composed_name
            name = self._group_name(spans) if grouped else entity.name
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
                self.words[start] in DETERMINERS
                or self.doc[start].like_num
                or self.doc[start].pos_ in {"ADV", "DET", "PUNCT"}
            ):
                start += 1
            named = any(i in self.hit_at for i in range(start, end))
            text = self.doc[start:end].text
            score = (int(named), len(text), text)
            if best is None or score > best:
                best = score
        return best[2] if best else self.doc[spans[0][0] : spans[0][1]].text


def _acronym_of(short: str, long_: str) -> bool:
    """ "IAEA" is the acronym of "International Atomic Energy Agency"."""
    if not (short.isupper() and short.isalpha() and len(short) >= 2) or " " not in long_:
        return False
    initials = "".join(w[0] for w in long_.replace("-", " ").split() if w[:1].isupper())
    return initials == short
