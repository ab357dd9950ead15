"""The verb and noun pattern book: which CAMEO code a verb or event noun carries.

Read once per process from ``resources/cameo`` (curated ``patterns.tsv`` first, then
the converted PETRARCH2 dictionary ``petrarch_verbs.tsv``), keyed by lemma so that a
lookup costs one dict access plus a scan of that lemma's few patterns.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from ..cameo import read_tsv

# Dependents that hold what a verb acts on.
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "nsubjpass", "xcomp", "ccomp"})
_PREP_DEPS = frozenset({"prep", "agent", "dative"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})

# Heads of military actors and objects: what makes a withdrawal a retreat (0874) and a
# strike an attack rather than a walk-out.
MILITARY_WORDS = frozenset(
    {
        "military",
        "army",
        "force",
        "troop",
        "soldier",
        "contingent",
        "navy",
        "jet",
        "warplane",
        "aircraft",
        "plane",
        "tank",
        "artillery",
        "missile",
        "rocket",
        "militant",
        "rebel",
        "fighter",
        "insurgent",
        "drone",
        "helicopter",
        "gunman",
        "militia",
        "air",
        "marine",
        "paratrooper",
        "unit",
        "battalion",
        "brigade",
        "base",
        "position",
        "target",
        "bomb",
        "airstrike",
        "strike",
        "raid",
        "offensive",
        "shell",
    }
)


@dataclass(frozen=True)
class Pattern:
    """One way a lemma carries a code: the dependents it needs, and the code."""

    code: str | None
    particle: str = ""
    prep: str = ""
    words: tuple[frozenset[str], ...] = ()
    condition: str = ""
    curated: bool = False

    @property
    def specificity(self) -> int:
        return (
            bool(self.particle) * 3
            + bool(self.prep) * 2
            + 3 * len(self.words)
            + bool(self.condition)
        )


@dataclass
class PatternBook:
    """Patterns by lemma, modality roles of governing verbs and the intent codes."""

    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)
    roles: dict[str, dict[str, str]] = field(default_factory=dict)
    intent: dict[str, dict[str, str]] = field(default_factory=dict)

    def role(self, token: Token) -> str | None:
        """The modality role of a governing verb ("ordered", "aspect", "light", …)."""
        by_particle = self.roles.get(token.lemma_.lower())
        if not by_particle:
            return None
        for particle, role in by_particle.items():
            if particle and particle in _particles(token):
                return role
        return by_particle.get("")

    def recode(self, code: str, kind: str) -> str | None:
        """The ``kind`` code ("intent", "threat", "reject") for an act not simply done:
        pledged (03x), threatened (13x) or refused (12x)."""
        for size in range(len(code), 1, -1):
            row = self.intent.get(code[:size])
            if row and row.get(kind):
                return row[kind]
        return None


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _word_options(word: str, sets: dict[str, frozenset[str]]) -> frozenset[str]:
    if word.startswith("&"):
        return sets.get(word, frozenset())
    return frozenset({word, _singular(word)})


@lru_cache(maxsize=1)
def get_pattern_book() -> PatternBook:
    """The pattern book, read once per process."""
    sets: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv("petrarch_sets.tsv"):
        sets[row["set"]].add(row["word"])
        sets[row["set"]].add(_singular(row["word"]))
    frozen = {name: frozenset(words) for name, words in sets.items()}
    book = PatternBook()
    verbs: dict[str, list[Pattern]] = defaultdict(list)
    nouns: dict[str, list[Pattern]] = defaultdict(list)
    for row in read_tsv("patterns.tsv"):
        pattern = Pattern(
            code=None if row["code"] == "none" else row["code"],
            particle=row["particle"],
            prep=row["prep"],
            words=tuple(_word_options(w, frozen) for w in row["object"].split()),
            condition=row["condition"],
            curated=True,
        )
        (verbs if row["kind"] == "verb" else nouns)[row["lemma"]].append(pattern)
    for row in read_tsv("petrarch_verbs.tsv"):
        words = tuple(_word_options(w, frozen) for w in row["object"].split())
        # "make statement" (010) says nothing about who did what to whom: not coded
        if row["code"] == "010" or any(not options for options in words):
            continue
        verbs[row["lemma"]].append(
            Pattern(code=row["code"], particle=row["particle"], prep=row["prep"], words=words)
        )
    book.verbs = dict(verbs)
    book.nouns = dict(nouns)
    roles: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_tsv("modality.tsv"):
        roles[row["lemma"]][row["particle"]] = row["role"]
    book.roles = dict(roles)
    book.intent = {r["prefix"]: r for r in read_tsv("intent.tsv")}
    return book


def _particles(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in {"prt", "acomp", "advmod"}}


def _words_of(token: Token) -> set[str]:
    out = {token.lemma_.lower(), token.lower_, _singular(token.lower_)}
    for child in token.children:
        if child.dep_ in _MODIFIER_DEPS:
            out.update({child.lemma_.lower(), child.lower_})
    return out


@dataclass(frozen=True)
class VerbFeatures:
    """What a verb's dependents offer to its patterns."""

    particles: frozenset[str]
    preps: frozenset[str]
    objects: tuple[frozenset[str], ...]
    prep_objects: dict[str, tuple[frozenset[str], ...]]


def verb_features(verb: Token) -> VerbFeatures:
    """Particles, prepositions and object words of a verb, from its dependents."""
    particles = _particles(verb)
    preps: set[str] = set()
    objects: list[frozenset[str]] = []
    prep_objects: dict[str, list[frozenset[str]]] = defaultdict(list)
    for child in verb.children:
        if child.dep_ in _PREP_DEPS:
            if any(g.ent_type_ in {"DATE", "TIME"} for g in child.children):
                continue  # "on Monday" says when, not what the verb does
            preps.add(child.lower_)
            for pobj in child.children:
                if pobj.dep_ in {"pobj", "pcomp"}:
                    prep_objects[child.lower_].append(frozenset(_words_of(pobj)))
                    # "pull out of talks": the particle's own preposition
                    for grand in pobj.children:
                        if grand.dep_ == "prep":
                            preps.add(grand.lower_)
        elif child.dep_ in _OBJECT_DEPS:
            objects.append(frozenset(_words_of(child)))
            if child.dep_ == "xcomp":
                for grand in child.children:
                    if grand.dep_ == "dobj":
                        objects.append(frozenset(_words_of(grand)))
        elif child.dep_ == "prt":
            for grand in child.children:
                if grand.dep_ == "prep":
                    preps.add(grand.lower_)
    return VerbFeatures(
        frozenset(particles),
        frozenset(preps),
        tuple(objects),
        {k: tuple(v) for k, v in prep_objects.items()},
    )


def _object_matches(pattern: Pattern, features: VerbFeatures) -> bool:
    if not pattern.words:
        return True
    pools = (features.prep_objects.get(pattern.prep, ()) if pattern.prep else ()) + features.objects
    return any(all(options & pool for options in pattern.words) for pool in pools)


def match_verb(verb: Token, *, military: bool) -> Pattern | None:
    """The most specific pattern of the verb's lemma that its dependents satisfy."""
    patterns = get_pattern_book().verbs.get(verb.lemma_.lower())
    if not patterns:
        return None
    features = verb_features(verb)
    best: Pattern | None = None
    best_key: tuple[bool, int, bool] = (False, -1, False)
    for pattern in patterns:
        if pattern.particle and not set(pattern.particle.split()) <= (
            features.particles | _child_lemmas(verb)
        ):
            continue
        if pattern.prep and pattern.prep not in features.preps:
            continue
        if pattern.condition == "mil" and not military:
            continue
        if pattern.condition == "nonmil" and military:
            continue
        if not _object_matches(pattern, features):
            continue
        # curated patterns first (they know the news sense), then the most specific
        key = (pattern.curated and pattern.code is not None, pattern.specificity, pattern.curated)
        if key > best_key:
            best, best_key = pattern, key
    return best


def match_noun(noun: Token, *, military: bool) -> tuple[Pattern, Token] | None:
    """The pattern of an event noun, with the first token of the phrase that names it.

    A two-word key ("air strike", "peace talk") wins over the head alone ("strike").
    """
    nouns = get_pattern_book().nouns
    lemma = noun.lemma_.lower()
    candidates: list[tuple[str, Token]] = []
    for child in noun.children:
        if child.dep_ in _MODIFIER_DEPS and child.i < noun.i:
            candidates.append((f"{child.lemma_.lower()} {lemma}", child))
            candidates.append((f"{child.lower_} {lemma}", child))
    candidates += [(lemma, noun), (noun.lower_, noun), (_singular(noun.lower_), noun)]
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    for key, first in candidates:
        for pattern in nouns.get(key, ()):
            if pattern.condition == "mil" and not military:
                continue
            if pattern.condition == "nonmil" and military:
                continue
            if pattern.prep and pattern.prep not in preps:
                continue
            return pattern, first
    return None


def _child_lemmas(token: Token) -> set[str]:
    return {c.lemma_.lower() for c in token.children} | {c.lower_ for c in token.children}


def is_military_word(token: Token) -> bool:
    """True for heads like "troops", "forces", "warplanes" and their modifiers."""
    words = {token.lemma_.lower(), _singular(token.lower_)}
    return bool(words & MILITARY_WORDS)
