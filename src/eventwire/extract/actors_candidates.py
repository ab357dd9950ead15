"""Finding candidate actor mentions: person names with their titles and appositions,
role and group noun phrases, named organisations, dictionary phrases and pronouns."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .actors_base import DETERMINERS, NO_HIT, PERSON_PRONOUNS, THING_PRONOUNS, ActorsBase, Candidate
from .actors_lexicon import Hit
from .actors_roles import (
    LED_BODIES,
    ORG_HEAD_SECTORS,
    TITLE_MODIFIERS,
    compose_code,
)

# Lower-case words inside an organisation's name: "Union of Teachers"
ORG_NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "&"})


class CandidateFinder(ActorsBase):
    """The mentions to resolve, in text order, with no two claiming the same token."""

    def _candidates(self) -> list[Candidate]:
        persons = self._person_candidates()
        taken: set[int] = set()
        out: list[Candidate] = []
        for cand in persons:
            span = range(cand.title[0] if cand.title else cand.start, cand.end)
            if taken.intersection(span):
                continue
            taken.update(span)
            for a_start, a_end, _h in cand.appositions:
                taken.update(range(a_start, a_end))
            out.append(cand)
        for cand in self._national_orgs():
            if not taken.intersection(range(cand.start, cand.end)):
                taken.update(range(cand.start, cand.end))
                out.append(cand)
        for cand in self._agent_candidates():
            if taken.intersection(range(cand.start, cand.end)):
                continue
            taken.update(range(cand.start, cand.end))
            out.append(cand)
        orgs = [
            ent
            for ent in self.ents
            if ent.label_ == "ORG" and "\n" not in ent.text and ent.root.pos_ == "PROPN"
        ]
        # "New England Patriots" is a team, not England; but an ORG the dictionary
        # knows whole ("the Kremlin") is coded from the dictionary.
        for ent in orgs:
            if taken.intersection(range(ent.start, ent.end)) or self._dictionary_knows(ent):
                continue
            if any(ent.start <= i < ent.end for i in self.hit_at):
                self._add_org(ent, taken, out)
        for start, end, hit in self.hits:
            if taken.intersection(range(start, end)):
                continue
            if self._person_hit(start, end, hit):
                continue  # persons were collected above
            taken.update(range(start, end))
            out.append(Candidate(start, end, "hit", end - 1, hit=hit))
        for ent in orgs:
            if not taken.intersection(range(ent.start, ent.end)):
                self._add_org(ent, taken, out)
        for token in self.doc:
            if token.i in taken or self.in_quote[token.i]:
                continue
            pronoun = token.lower_ in PERSON_PRONOUNS or token.lower_ in THING_PRONOUNS
            if pronoun and (token.pos_ == "PRON" or token.tag_ in {"PRP", "PRP$"}):
                out.append(Candidate(token.i, token.i + 1, "pronoun", token.i))
        out.sort(key=lambda c: c.title[0] if c.title else c.start)
        return out

    def _national_orgs(self) -> list[Candidate]:
        """Organisations named after their country: "the Nigerian Union of Teachers",
        "the Zimbabwe Congress of Trade Unions". The leading demonym or country name
        gives the country and the name's head noun the sector; the name is claimed
        whole, before its inner words ("Teachers", "Congress") can be read as actors
        of their own. A name the agent nouns code whole ("the Russian Defence
        Ministry", "the Afghan National Army") is left to them."""
        out = []
        for ent in self.ents:
            if ent.label_ != "ORG" or "\n" in ent.text or ent.root.pos_ != "PROPN":
                continue
            start = ent.start + (self.words[ent.start] in DETERMINERS)
            lead = self.hit_at.get(start)
            if lead is None or lead[0] != start:
                lead = self.hit_at.get(start - 1) if start > 0 else None  # [Nigerian] [Union …]
                if lead is None or lead[1] != start or start != ent.start:
                    continue
            if lead[2].what not in {"country", "adjective"} or lead[1] >= ent.end:
                continue
            rest = range(lead[1], ent.end)
            if not self._org_name_words(rest):
                continue
            inner_actor = any(self.hit_at.get(i, (0, 0, NO_HIT))[2].what == "actor" for i in rest)
            linked = any(self.words[i] in ORG_NAME_LINKS for i in rest)
            if not (inner_actor or linked) and self._role_at(ent.end - 1) is not None:
                continue  # "the Russian Defence Ministry": an agent phrase codes it
            code = compose_code(lead[2].iso3, *self._org_sector(ent.root.i, ent.end - 1))
            out.append(Candidate(lead[0], ent.end, "org", ent.root.i, code=code))
        return out

    def _org_name_words(self, rest: range) -> bool:
        """Capitalised words, joined by "of", "for", "and", "the" ("Union of Teachers")."""
        words = [self.doc[i] for i in rest]
        return (
            bool(words)
            and words[-1].text[:1].isupper()
            and all(
                t.text[:1].isupper() or t.lower_ in ORG_NAME_LINKS or t.text in {"-", "'s"}
                for t in words
            )
        )

    def _org_sector(self, root: int, last: int) -> tuple[str | None, bool]:
        """(sector, prefix) of an organisation's name: its head noun's ("Union" → LAB),
        else the agent phrase it ends with ("… of Trade Unions" → LAB)."""
        sector = ORG_HEAD_SECTORS.get(self.words[root])
        if sector is not None:
            return sector, False
        for i in (last, root):
            found = self.lex.match_agent(self.words, i)
            if found is not None:
                return found[1].code[:3], found[1].prefix
        return None, False

    def _dictionary_knows(self, ent: SpacySpan) -> bool:
        start = ent.start + (self.words[ent.start] in DETERMINERS)
        hit = self.hit_at.get(start)
        return hit is not None and hit[0] == start and hit[1] >= ent.end

    def _add_org(self, ent: SpacySpan, taken: set[int], out: list[Candidate]) -> None:
        start = ent.start + (self.words[ent.start] in DETERMINERS)
        if start < ent.end:
            taken.update(range(ent.start, ent.end))
            out.append(Candidate(start, ent.end, "org", ent.end - 1))

    def _person_candidates(self) -> list[Candidate]:
        places = {e.text.lower() for e in self.ents if e.label_ in {"GPE", "LOC", "FAC"}}
        spans: dict[int, int] = {}
        for ent in self.ents:
            if "\n" in ent.text:
                continue
            start, end = ent.start, ent.end
            while start < end and self.words[start] in DETERMINERS:
                start += 1
            if ent.label_ == "PERSON":
                # "President Putin", "Briton Tom Jackson" tagged whole: the title is not the name
                while start < end - 1 and (
                    self._role_at(start) is not None
                    or self.lex.phrases.get((self.words[start],), NO_HIT).what == "adjective"
                ):
                    start += 1
            if end - start and self.words[end - 1] == "'s":
                end -= 1
            leading = self.hit_at.get(start)
            if ent.label_ != "PERSON" and leading and leading[2].iso3 and leading[1] < end:
                start = leading[1]  # "Syria Staffan de Mistura" tagged whole after "mediator for"
            if start >= end or not self._looks_like_name(start, end):
                continue
            if ent.label_ == "PERSON" and self.doc[start:end].text.lower() in places:
                continue  # "Manchester" is a place elsewhere in the article
            titled_org = (
                ent.label_ in {"ORG", "GPE", "NORP"}
                and (start == ent.start or self.words[ent.start] in DETERMINERS or leading)
                and self.doc[end - 1].tag_ != "NNPS"
            )
            if ent.label_ == "PERSON" or (titled_org and self._title_run(start) is not None):
                # a capital named like a person ("Douglas") is the person when tagged so
                whats: tuple[str, ...] = ("country", "adjective", "actor")
                if ent.label_ != "PERSON":
                    whats = (*whats, "capital")
                if self._hit_covers(start, end, *whats):
                    covering = self.hit_at[start][2]
                    code = covering.actor.code_on(self.ctx.published) if covering.actor else None
                    # an organisation's name, not a person; but a person a user
                    # dictionary codes by country alone ("ROMENDACIL [BRE]") stays one
                    if not (covering.actor and covering.actor.kind == "person") and (
                        ent.label_ != "PERSON" or code not in self.iso3s
                    ):
                        continue
                spans[start] = max(spans.get(start, end), end)
        for start, end, hit in self.hits:
            if self._person_hit(start, end, hit):
                while start < end - 1 and (
                    self._role_at(start) is not None
                    or self.words[start] in TITLE_MODIFIERS
                    or self.lex.phrases.get((self.words[start],), NO_HIT).iso3
                ):
                    start += 1
                # "UN Secretary-General Ban Ki-moon" listed whole: the tagger's name is the name
                person = next((e for e in self.ents if e.label_ == "PERSON" and e.end == end), None)
                if person is not None and start < person.start:
                    start = person.start
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
            cand = Candidate(start, end, "person", end - 1)
            cand.title = self._title_run(start, demonym=True)
            cand.appositions = self._appositions(start, end)
            out.append(cand)
        return out

    def _person_hit(self, start: int, end: int, hit: Hit) -> bool:
        """A dictionary person, unless the tagger reads the words as a body or place
        ("United Nations" is listed under a person in Phoenix); a listed title before
        the name ("UN Secretary-General Ban Ki-moon") does not make it a body."""
        return (
            hit.what == "actor"
            and hit.actor is not None
            and hit.actor.kind == "person"
            and (
                self.doc[start].ent_type_ not in {"ORG", "GPE", "NORP", "LOC", "FAC"}
                or self.doc[end - 1].ent_type_ == "PERSON"
            )
        )

    def _title_run(self, start: int, *, demonym: bool = False) -> tuple[int, int] | None:
        """Tokens before a name that form its title: "Russian President", "UN mediator for
        Syria", "Kremlin spokesman". None when there is no role noun among them (or, with
        ``demonym``, no nationality either: "fellow Briton Tom Jackson")."""
        j, has_role = start - 1, False
        if j >= 0 and self.words[j] in {"of", "for"}:
            return None  # "attorney general of Minnesota": a place, not a name with a title
        if demonym and j >= 0:
            hit = self.hit_at.get(j)
            if hit is not None and hit[2].what == "adjective" and self._role_at(j) is None:
                before = self._title_run(hit[0])
                return before if before is not None else (hit[0], start)
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
            while j < n and self.words[j] in DETERMINERS | TITLE_MODIFIERS:
                j += 1
            k = j
            while k < n and (
                (
                    self.doc[k].is_alpha
                    and (self.doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} or self.doc[k].tag_ == "VBG")
                )
                or (self.words[k] == "'s" and k > j)  # "Algeria's leading activist"
            ):
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

    def _agent_candidates(self) -> list[Candidate]:
        out = []
        for token in self.doc:
            if not token.is_alpha:
                continue
            misparsed = self._misparsed_plural(token)
            if token.pos_ not in {"NOUN", "PROPN"} and not misparsed:
                continue
            role = self._role_at(token.i)
            start_at: int | None = None
            if token.dep_ == "compound" and token.head.i > token.i:
                # "Israeli army bulldozers": a body modifying a thing is the body acting,
                # when the phrase names its country; otherwise not the head of its phrase
                left = token.head.left_edge.i
                if (
                    role is None
                    or self._role_at(token.head.i) is not None
                    or token.head.pos_ != "NOUN"
                    or not any(
                        self.hit_at.get(i, (0, 0, NO_HIT))[2].iso3 for i in range(left, token.i)
                    )
                ):
                    continue
                start_at = left
            inside = self.hit_at.get(token.i)
            if role is None or (inside and inside[2].iso3 and inside[0] < token.i):
                continue  # not a role, or part of a country's name ("United Kingdom")
            role_start, role_key = role
            start = min(token.left_edge.i, role_start) if not misparsed else token.i - 1
            if start_at is not None:
                start = start_at
            while start < token.i and self.doc[start].is_punct:
                start += 1
            out.append(
                Candidate(start, token.i + 1, "agent", token.i, agent_key=tuple(role_key.split()))
            )
        # "Egypt's military-backed government": "military" modifies the head noun; drop
        # every candidate inside another (one that starts no later and ends later)
        furthest: dict[int, int] = {}
        for c in out:
            furthest[c.start] = max(furthest.get(c.start, 0), c.end)
        reach, reach_by_start = 0, {}
        for start in sorted(furthest):
            reach = max(reach, furthest[start])
            reach_by_start[start] = reach
        return [c for c in out if reach_by_start[c.start] <= c.end]
