"""The actor lexicon: countries, named actors and agent nouns, indexed by token.

Loaded lazily and once per process from ``resources/actors`` (pre-tokenised TSV
built by :mod:`eventwire.dictionaries.build_actor_resources`), optionally extended by
user PETRARCH dictionaries. Matching walks the document once and looks phrases up by
their first (or, for agent nouns, last) token, so its cost does not grow with the
size of the dictionaries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..dictionaries.build_actor_resources import format_codes
from ..dictionaries.petrarch import (
    DatedCode,
    load_actor_dictionary,
    load_agent_dictionary,
    resolve_code,
)
from ..resources import resource_path
from .actors_roles import is_person_noun

Key = tuple[str, ...]


@dataclass(frozen=True)
class ActorOptions:
    """Options of the actors extractor.

    Attributes:
        actor_dictionaries: PETRARCH actor dictionaries loaded on top of the shipped
            ones (their codes win for the same phrase).
        agent_dictionaries: PETRARCH agent dictionaries loaded on top of the shipped ones.
    """

    actor_dictionaries: tuple[Path, ...] = ()
    agent_dictionaries: tuple[Path, ...] = ()


@dataclass(frozen=True)
class NamedActor:
    """A dictionary actor (person or organisation) with its dated codes."""

    codes_text: str  # ``RUSGOV>20080508;RUSELI``, parsed on first use
    kind: str
    user: bool = False  # from a dictionary the user passed: trusted as written

    @property
    def codes(self) -> tuple[DatedCode, ...]:
        return _parse_codes(self.codes_text)

    def code_on(self, when: dt.date | None) -> str | None:
        return resolve_code(self.codes, when)


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str


@dataclass(frozen=True)
class Hit:
    """What a proper-noun phrase denotes: a named actor, a country (by name,
    adjective or capital)."""

    what: str  # "actor" | "country" | "adjective" | "capital"
    actor: NamedActor | None = None
    iso3: str | None = None


@dataclass(frozen=True)
class Agent:
    code: str
    prefix: bool
    plural: bool


@dataclass
class Lexicon:
    countries: dict[str, Country] = field(default_factory=dict)
    phrases: dict[Key, Hit] = field(default_factory=dict)
    by_first: dict[str, list[Key]] = field(default_factory=dict)
    agents: dict[Key, Agent] = field(default_factory=dict)
    agents_by_last: dict[str, list[Key]] = field(default_factory=dict)
    fuzzy_index: dict[str, set[str]] = field(default_factory=dict)
    _corrections: dict[str, str | None] = field(default_factory=dict)
    # ISO3 codes, plus the bare three-letter codes of user dictionaries ("[ARN]"),
    # which compose with agents as countries do
    country_codes: set[str] = field(default_factory=set)
    # the words of all names of each dictionary actor (by object), built on first use
    _name_words: dict[int, frozenset[str]] = field(default_factory=dict)

    def name_words(self, actor: NamedActor) -> frozenset[str]:
        """Every word of every name the dictionary lists for ``actor``: "nouri", "al",
        "maliki" … for Nouri al-Maliki."""
        if not self._name_words:
            words: dict[int, set[str]] = {}
            for key, hit in self.phrases.items():
                if hit.actor is not None:
                    words.setdefault(id(hit.actor), set()).update(key)
            self._name_words = {k: frozenset(v) for k, v in words.items()}
        return self._name_words.get(id(actor), frozenset())

    def add_phrase(self, key: Key, hit: Hit) -> None:
        if not key:
            return
        if key not in self.phrases:
            self.by_first.setdefault(key[0], []).append(key)
        self.phrases[key] = hit

    def add_agent(self, key: Key, agent: Agent) -> None:
        if not key:
            return
        if key not in self.agents:
            self.agents_by_last.setdefault(key[-1], []).append(key)
        self.agents[key] = agent

    def finish(self) -> None:
        """Sort candidate lists longest first and build the fuzzy role index."""
        for keys in self.by_first.values():
            keys.sort(key=len, reverse=True)
        for keys in self.agents_by_last.values():
            keys.sort(key=len, reverse=True)
        self.fuzzy_index = {}
        for key in self.agents:
            # only person roles: a typo hides who someone is ("meditator"), while
            # other near-misses are real words ("policies" is not "polities")
            if (
                len(key) == 1
                and len(key[0]) >= 8
                and key[0].isalpha()
                and is_person_noun(key[0].removesuffix("s"), plural=False)
            ):
                for variant in _deletions(key[0]):
                    self.fuzzy_index.setdefault(variant, set()).add(key[0])

    def match_phrase(self, words: list[str], i: int) -> tuple[Key, Hit] | None:
        """The longest phrase starting at word ``i``."""
        for key in self.by_first.get(words[i], ()):
            n = len(key)
            if tuple(words[i : i + n]) == key:
                return key, self.phrases[key]
        return None

    def match_agent(self, words: list[str], end: int) -> tuple[Key, Agent] | None:
        """The longest agent phrase ending at word ``end`` (inclusive)."""
        for key in self.agents_by_last.get(words[end], ()):
            n = len(key)
            if end - n + 1 >= 0 and tuple(words[end - n + 1 : end + 1]) == key:
                return key, self.agents[key]
        return None

    def correct_role(self, word: str) -> str | None:
        """A known role noun within edit distance ~2 of ``word`` (typos such as
        "meditator" for "mediator"); only for words of 8 letters or more."""
        if len(word) < 8 or (word,) in self.agents or not word.isalpha():
            return None
        if word not in self._corrections:
            if len(self._corrections) > 50_000:
                self._corrections.clear()
            self._corrections[word] = _correct(self, word)
        return self._corrections[word]


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _correct(lexicon: Lexicon, word: str) -> str | None:
    candidates: set[str] = set()
    for variant in _deletions(word):
        candidates |= lexicon.fuzzy_index.get(variant, set())
    if not candidates:
        return None
    return min(candidates, key=lambda c: (_edit_distance(c, word), c))


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@lru_cache(maxsize=4096)
def _parse_codes(text: str) -> tuple[DatedCode, ...]:
    codes = []
    for part in text.split(";"):
        if ":" in part:
            code, _, span = part.partition(":")
            start, _, end = span.partition("-")
            codes.append(DatedCode(code, _ymd(start), _ymd(end)))
        elif ">" in part:
            code, _, start = part.partition(">")
            codes.append(DatedCode(code, start=_ymd(start)))
        elif "<" in part:
            code, _, end = part.partition("<")
            codes.append(DatedCode(code, end=_ymd(end)))
        elif part:
            codes.append(DatedCode(part))
    return tuple(codes)


def _ymd(text: str) -> dt.date:
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _rows(name: str) -> list[list[str]]:
    text = resource_path("actors", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _load_shipped() -> Lexicon:
    lexicon = Lexicon()
    short_forms: list[tuple[Key, NamedActor]] = []
    for codes, kind, keys in _rows("actors.tsv"):
        actor = NamedActor(codes, kind)
        for key in keys.split("|"):
            words = tuple(key.split(" "))
            lexicon.add_phrase(words, Hit("actor", actor=actor))
            if kind == "person" and len(words) == 3 and all(w.isalpha() for w in words):
                # "Carlos Menem" for the listed "Carlos Saul Menem": a middle name left out
                short_forms.append(((words[0], words[2]), actor))
    for short, person in short_forms:
        if short not in lexicon.phrases:
            lexicon.add_phrase(short, Hit("actor", actor=person))
    countries = _rows("countries.tsv")
    # Later additions win on equal phrases: capitals < adjectives < names.
    for iso3, name, _names, _adjectives, capital in countries:
        lexicon.countries[iso3] = Country(iso3, name)
        lexicon.country_codes.add(iso3)
        if capital:
            lexicon.add_phrase(tuple(capital.split(" ")), Hit("capital", iso3=iso3))
    for iso3, _name, _names, adjectives, _capital in countries:
        for key in filter(None, adjectives.split("|")):
            lexicon.add_phrase(tuple(key.split(" ")), Hit("adjective", iso3=iso3))
    for iso3, _name, names, _adjectives, _capital in countries:
        for key in filter(None, names.split("|")):
            lexicon.add_phrase(tuple(key.split(" ")), Hit("country", iso3=iso3))
    own = resource_path("actors", "own_actors.txt")
    _add_actor_dictionary(lexicon, own, _own_tokenizer())
    _add_media(lexicon, _own_tokenizer())
    for key, code, prefix, plural in _rows("agents.tsv"):
        lexicon.add_agent(tuple(key.split(" ")), Agent(code, prefix == "1", plural == "1"))
    return lexicon


def _add_media(lexicon: Lexicon, tokenize: Callable[[str], list[str]]) -> None:
    """News organisations (``media.tsv``): sources of reports, coded in the MED sector
    with their home country ("state-run Tass news agency" is RUSMED)."""
    for row in _rows("media.tsv"):
        name, code = row[0], row[1]
        others = row[2].split("|") if len(row) > 2 and row[2] else []
        actor = NamedActor(code, "organisation")
        for phrase in [name, *others]:
            tokens = tokenize(phrase)
            if tokens[:1] == ["the"] and len(tokens) > 2:
                tokens = tokens[1:]  # "the New York Times"; "The Guardian" keeps its article
            lexicon.add_phrase(tuple(tokens), Hit("actor", actor=actor))


def _own_tokenizer() -> Callable[[str], list[str]]:
    """A light tokenizer for shipped own phrases: words, with hyphens and 's split off
    as spaCy does."""

    def tokenize(text: str) -> list[str]:
        out: list[str] = []
        for word in text.lower().split():
            tail = []
            if word.endswith("'s"):
                word, tail = word[:-2], ["'s"]
            parts = word.split("-")
            for j, part in enumerate(parts):
                if j:
                    out.append("-")
                if part:
                    out.append(part)
            out.extend(tail)
        return out

    return tokenize


def _add_actor_dictionary(
    lexicon: Lexicon, path: Path, tokenize: Callable[[str], list[str]], *, user: bool = False
) -> set[str]:
    """Add a PETRARCH actor dictionary's phrases; returns the codes it uses."""
    used: set[str] = set()
    for entry in load_actor_dictionary(path):
        codes = [c for c in entry.codes if c.code[:1].isalpha()]
        if not codes:
            continue
        kind = "person" if any(c.dated for c in codes) else "organisation"
        actor = NamedActor(format_codes(codes), kind, user)
        for name in entry.names:
            tokens = tokenize(name)
            if tokens and tokens[0] == "the" and len(tokens) > 1:
                tokens = tokens[1:]
            lexicon.add_phrase(tuple(tokens), Hit("actor", actor=actor))
        used.update(c.code for c in codes)
    return used


@lru_cache(maxsize=1)
def _spacy_tokenizer() -> Callable[[str], list[str]]:
    from ..dictionaries.build_actor_resources import make_tokenizer

    return make_tokenizer()


@lru_cache(maxsize=8)
def get_lexicon(options: ActorOptions = ActorOptions()) -> Lexicon:
    """The lexicon for these options, built once per process."""
    lexicon = _load_shipped()
    sectors = {agent.code[:3] for agent in lexicon.agents.values()}
    for path in options.actor_dictionaries:
        for code in _add_actor_dictionary(lexicon, Path(path), _spacy_tokenizer(), user=True):
            if len(code) == 3 and code.isalpha() and code not in sectors:
                lexicon.country_codes.add(code)
    for path in options.agent_dictionaries:
        tokenize = _spacy_tokenizer()
        for entry in load_agent_dictionary(path):
            forms = [(entry.phrase, False)] + [(p, True) for p in entry.plurals]
            for phrase, plural in forms:
                lexicon.add_agent(tuple(tokenize(phrase)), Agent(entry.code, entry.prefix, plural))
    lexicon.finish()
    return lexicon
