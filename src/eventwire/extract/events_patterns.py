"""The verb and noun pattern book: which CAMEO code a verb or event noun carries.

Read once per process from ``resources/cameo`` (curated ``patterns.tsv`` first, then
the converted PETRARCH2 dictionary ``petrarch_verbs.tsv``), keyed by lemma so that a
lookup costs one dict access plus a scan of that lemma's few patterns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Token

from ..cameo import RESOURCE_DIR, read_tsv
from .events_verbs import EventOptions, VerbRow, get_default_options, load_verb_dictionary

# Dependents that hold what a verb acts on.
# Units and batches that only measure what they hold ("tons of food", "a shipment of arms").
_MEASURE_NOUNS = frozenset(
    {
        "kg",
        "kilogram",
        "ton",
        "tonne",
        "pound",
        "litre",
        "liter",
        "shipment",
        "consignment",
        "batch",
        "load",
        "truckload",
        "package",
        "supply",
    }
)
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


Sets = dict[str, frozenset[str]]


@dataclass(frozen=True)
class Pattern:
    """One way a lemma carries a code: the dependents it needs, and the code."""

    code: str | None
    particle: str = ""
    prep: str = ""
    words: tuple[frozenset[str], ...] = ()
    condition: str = ""
    curated: bool = False
    # what must come before the verb in its sentence, in order: each item a set of
    # word sequences ("not"; "did n't" or "will not" from a user's &NEGATVAUXVRB)
    before: tuple[frozenset[tuple[str, ...]], ...] = ()
    # a user dictionary's code for the same act seen from the target ("[032:033]")
    reverse: str = ""
    # "subject" or "object": the pattern needs coordinated actors there ("A and B agree")
    compound: str = ""

    @property
    def specificity(self) -> int:
        return (
            2 * len(self.before)
            + 2 * bool(self.compound)
            + bool(self.particle) * 3
            + bool(self.prep) * 2
            + 3 * len(self.words)
            + bool(self.condition)
        )

    @property
    def rank(self) -> tuple[bool, int, bool]:
        """Curated patterns first (they know the news sense), then the most specific."""
        return (self.curated and self.code is not None, self.specificity, self.curated)


class VerbPatterns:
    """Verb patterns by lemma, compiled on first use of each lemma and kept ranked.

    The PETRARCH2 dictionary holds ~42,000 patterns; compiling only the lemmas an
    article uses keeps start-up short.
    """

    def __init__(
        self, curated: dict[str, list[Pattern]], raw: dict[str, list[list[str]]], sets: Sets
    ) -> None:
        self._curated = curated
        self._raw = raw
        self._sets = sets
        self._compiled: dict[str, list[Pattern]] = {}

    def __contains__(self, lemma: object) -> bool:
        return lemma in self._curated or lemma in self._raw

    def get(self, lemma: str) -> list[Pattern]:
        found = self._compiled.get(lemma)
        if found is None:
            found = list(self._curated.get(lemma, ()))
            for particle, prep, obj, code in self._raw.get(lemma, ()):
                words = tuple(_word_options(w, self._sets) for w in obj.split())
                if all(words):
                    found.append(Pattern(code=code, particle=particle, prep=prep, words=words))
            found.sort(key=lambda p: p.rank, reverse=True)
            self._compiled[lemma] = found
        return found


@dataclass
class PatternBook:
    """Patterns by lemma, modality roles of governing verbs and the intent codes."""

    verbs: VerbPatterns = field(default_factory=lambda: VerbPatterns({}, {}, {}))
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)
    roles: dict[str, dict[str, str]] = field(default_factory=dict)
    # the head word of every noun key ("strike" of "air strike"): a quick first filter
    noun_heads: frozenset[str] = frozenset()
    intent: dict[str, dict[str, str]] = field(default_factory=dict)
    # verb forms a user dictionary lists itself ("LEFT", "MET"): matched before lemmas
    user_forms: frozenset[str] = frozenset()

    def role(self, token: Token) -> str | None:
        """The modality role of a governing verb ("ordered", "aspect", "light", …)."""
        by_particle = None
        for lemma in lemmas(token):
            by_particle = self.roles.get(lemma)
            if by_particle:
                break
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


def lemmas(token: Token) -> list[str]:
    """The token's lemma, then base forms guessed from its spelling.

    The tagger's lemmatizer sometimes strips too much ("staged" → "stag"); guessing
    "stage" from the suffix recovers the verb the pattern book knows.
    """
    lemma = token.lemma_.lower()
    word = token.lower_
    out = [lemma]
    if token.pos_ in {"VERB", "AUX", "ADJ"}:
        if word.endswith("ed"):
            out += [word[:-1], word[:-2]]
        elif word.endswith("ing"):
            out += [word[:-3] + "e", word[:-3]]
        elif word.endswith("s"):
            out += [word[:-1]]
        out.append(word)  # PETRARCH dictionaries list irregular forms ("held", "fought")
    return out


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _word_options(word: str, sets: dict[str, frozenset[str]]) -> frozenset[str]:
    if word.startswith("&"):
        return sets.get(word, frozenset())
    return frozenset({word, singular(word)})


def get_pattern_book() -> PatternBook:
    """The pattern book for the current events options, read once per process and options."""
    return _pattern_book(get_default_options())


@lru_cache(maxsize=4)
def _pattern_book(options: EventOptions) -> PatternBook:
    sets: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv("petrarch_sets.tsv"):
        sets[row["set"]].add(row["word"])
        sets[row["set"]].add(singular(row["word"]))
    user_rows: list[VerbRow] = []
    user_phrases: dict[str, set[str]] = {}
    for path in options.verb_dictionaries:
        rows, user_sets = load_verb_dictionary(path)
        user_rows += rows
        user_phrases.update(user_sets)
        for name, members in user_sets.items():
            # a multi-word member ("economic sanctions") is matched by its head word
            sets[name] = {m.split()[-1] for m in members} | {
                singular(m.split()[-1]) for m in members
            }
    frozen = {name: frozenset(words) for name, words in sets.items()}
    book = PatternBook()
    verbs: dict[str, list[Pattern]] = defaultdict(list)
    nouns: dict[str, list[Pattern]] = defaultdict(list)
    raw: dict[str, list[list[str]]] = defaultdict(list)
    if not options.only_user_verbs:
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
        with (RESOURCE_DIR / "petrarch_verbs.tsv").open(encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("lemma\t"):
                    continue
                lemma, particle, prep, obj, code, _ = line.rstrip("\n").split("\t")
                # "make statement" (010) says nothing about who did what to whom: not coded
                if code != "010":
                    raw[lemma].append([particle, prep, obj, code])
    user: dict[str, list[Pattern]] = defaultdict(list)
    for vrow in _expand_preposition_sets(user_rows, frozen):
        words = tuple(_word_options(w, frozen) for w in vrow.obj.split())
        if all(words):
            user[vrow.lemma].append(
                Pattern(
                    code=vrow.code,
                    particle=vrow.particle,
                    prep=vrow.prep,
                    words=words,
                    curated=True,
                    before=tuple(_phrase_options(w, user_phrases) for w in vrow.before),
                    reverse=vrow.reverse,
                    compound=vrow.compound,
                )
            )
    for lemma, patterns in user.items():
        # the user's dictionary names the lemma: its patterns replace ours
        verbs[lemma] = patterns
        raw.pop(lemma, None)
    book.verbs = VerbPatterns(dict(verbs), dict(raw), frozen)
    book.user_forms = frozenset(user)
    book.nouns = dict(nouns)
    book.noun_heads = frozenset(key.split()[-1] for key in nouns)
    roles: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_tsv("modality.tsv"):
        roles[row["lemma"]][row["particle"]] = row["role"]
    book.roles = dict(roles)
    book.intent = {r["prefix"]: r for r in read_tsv("intent.tsv")}
    return book


_PREPOSITIONS = frozenset(
    {"against", "in", "on", "by", "near", "at", "with", "to", "from", "for", "over", "into"}
)


def _expand_preposition_sets(rows: list[VerbRow], sets: Sets) -> list[VerbRow]:
    """``- * &PREPOSIT1 RESOLUTION``: a set of prepositions first is one row per
    preposition, so the parse's preposition can be checked."""
    out: list[VerbRow] = []
    for row in rows:
        words = row.obj.split()
        members = sets.get(words[0], frozenset()) if words and not row.prep else frozenset()
        if members and members <= _PREPOSITIONS:
            rest = " ".join(words[1:])
            out += [replace(row, prep=prep, obj=rest) for prep in sorted(members)]
        else:
            out.append(row)
    return out


def _particles(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in {"prt", "acomp", "advmod"}}


def _words_of(token: Token) -> set[str]:
    out = {token.lemma_.lower(), token.lower_, singular(token.lower_)}
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
            if child.lemma_.lower() in _MEASURE_NOUNS:
                # "handed over 700 kg of medicine": what is measured is the object
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        objects += [
                            frozenset(_words_of(g)) for g in prep.children if g.dep_ == "pobj"
                        ]
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


def match_verb(verb: Token, *, military: Callable[[], bool]) -> Pattern | None:
    """The best pattern of the verb's lemma that its dependents satisfy.

    Curated patterns come first, then the most specific. ``military`` is asked only
    when a pattern depends on it (it walks the clause).
    """
    book = get_pattern_book()
    forms = lemmas(verb)
    if verb.lower_ in book.user_forms:
        forms = [verb.lower_, *forms]  # PETRARCH lists some inflected forms on their own
    patterns = next((book.verbs.get(lemma) for lemma in forms if lemma in book.verbs), None)
    if not patterns:
        return None
    features = verb_features(verb)
    words = features.particles | _child_lemmas(verb)
    is_military: bool | None = None
    for pattern in patterns:  # ranked: the first that fits is the best
        if pattern.particle and not set(pattern.particle.split()) <= words:
            continue
        if pattern.prep and pattern.prep not in features.preps:
            continue
        if pattern.before and not _precedes(pattern.before, verb):
            continue
        if pattern.compound and not _has_compound(verb, pattern):
            continue
        if pattern.condition:
            if is_military is None:
                is_military = military()
            if is_military != (pattern.condition == "mil"):
                continue
        if _object_matches(pattern, features):
            return pattern
    return None


def match_noun(noun: Token, *, military: Callable[[], bool]) -> tuple[Pattern, Token] | None:
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
    candidates += [(lemma, noun), (noun.lower_, noun), (singular(noun.lower_), noun)]
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    is_military: bool | None = None
    for key, first in candidates:
        for pattern in nouns.get(key, ()):
            if pattern.condition:
                if is_military is None:
                    is_military = military()
                if is_military != (pattern.condition == "mil"):
                    continue
            if pattern.prep and pattern.prep not in preps:
                continue
            return pattern, first
    return None


def _has_compound(verb: Token, pattern: Pattern) -> bool:
    """True when the verb's subject (or its object, or the object of the pattern's
    preposition) is coordinated: "the Philippines and France agree"."""
    if pattern.compound == "subject":
        heads = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    else:
        heads = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        for prep in verb.children:
            if prep.dep_ == "prep" and (not pattern.prep or prep.lower_ == pattern.prep):
                heads += [g for g in prep.children if g.dep_ == "pobj"]
    return any(
        h.conjuncts
        or any(
            c.dep_ in {"nmod", "compound"} and any(g.dep_ == "cc" for g in c.children)
            for c in h.children
        )
        for h in heads
    )


def _phrase_options(word: str, sets: dict[str, set[str]]) -> frozenset[tuple[str, ...]]:
    if word.startswith("&"):
        return frozenset(tuple(m.split()) for m in sets.get(word, ()))
    return frozenset({(word,)})


def _precedes(items: tuple[frozenset[tuple[str, ...]], ...], verb: Token) -> bool:
    """True when each item (one of its word sequences) occurs, in order, among the
    few words before the verb."""
    start = max(verb.sent.start, verb.i - 8)
    window = [t.lower_ for t in verb.doc[start : verb.i]]
    at = 0
    for options in items:
        found = None
        for i in range(at, len(window)):
            for phrase in options:
                if tuple(window[i : i + len(phrase)]) == phrase:
                    found = i + len(phrase)
                    break
            if found is not None:
                break
        if found is None:
            return False
        at = found
    return True


def _child_lemmas(token: Token) -> set[str]:
    """Words that can stand as a verb's particle: its dependents, but a preposition only
    right after the verb ("fired on", not "wanted coordination … on sharing")."""
    children = [c for c in token.children if c.dep_ not in _PREP_DEPS or c.i == token.i + 1]
    return {c.lemma_.lower() for c in children} | {c.lower_ for c in children}


def is_military_word(token: Token) -> bool:
    """True for heads like "troops", "forces", "warplanes" and their modifiers."""
    words = {token.lemma_.lower(), singular(token.lower_)}
    return bool(words & MILITARY_WORDS)
