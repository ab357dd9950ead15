"""PETRARCH-format verb dictionaries, imported at run time, and the events options.

A user migrating from PETRARCH brings verb files (``CAMEO.2.0.txt``,
``PETR.Validate.verbs.txt``): synonym sets (``&NAME`` then ``+WORD`` lines), verb
blocks headed ``--- NAME [code] ---`` whose verb lines (``BREAK {BROKE BROKEN}``,
``+BREAK_DOWN``) share the block's default code, and pattern lines
``- [WORDS BEFORE] * [WORDS AFTER] [code]``. Each pattern becomes a :class:`Pattern`
our matcher can check on the dependency parse: a particle, a preposition and object
words after the verb, and words that must come before it in its clause ("NOT *",
"HEAVILY *"). Patterns that place the source or target inside the phrase (``$``,
``+``, ``%``, ``^``) rely on PETRARCH's phrase-structure matcher and are skipped.

:func:`set_default_options` installs the dictionaries for every later
``extract_events`` call in the process, as ``extract/actors.py`` does for actors.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Discards",
    "EventOptions",
    "VerbRow",
    "get_default_options",
    "load_verb_dictionary",
    "set_default_options",
]

_HEADER = re.compile(r"^---\s+(.+?)\s+\[([^\]]*)\]")
_PATTERN = re.compile(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$")
_CODE = re.compile(r"\[([^\]]*)\]")
_FORMS = re.compile(r"\{([^}]*)\}")
_PARTICLES = frozenset(
    {"out", "off", "up", "down", "back", "away", "in", "on", "over", "forth", "aside"}
)
_PREPOSITIONS = frozenset(
    {"from", "to", "with", "against", "on", "for", "over", "into", "at", "about", "upon", "in"}
)
_MARKERS = frozenset("$+%^")


@dataclass(frozen=True, kw_only=True)
class EventOptions:
    """Options of the events extractor.

    Attributes:
        verb_dictionaries: PETRARCH-format verb files whose patterns are loaded on top
            of the shipped ones (a lemma they name uses their patterns first).
        only_user_verbs: code only with the user's verb dictionaries: no shipped verb
            or event-noun patterns (as PETRARCH runs with its own files alone).
        discard_dictionaries: PETRARCH discard files: a phrase marked ``+`` drops the
            whole story (sports, weather), any other phrase the sentence it is in.
        resolve_pronouns: read pronouns as the actors they refer to; PETRARCH2 does
            not, and its unit tests expect it not to.
    """

    verb_dictionaries: tuple[Path, ...] = ()
    only_user_verbs: bool = False
    discard_dictionaries: tuple[Path, ...] = ()
    resolve_pronouns: bool = True


_default_options = EventOptions()


def set_default_options(options: EventOptions) -> None:
    """Options for every later two-argument ``extract_events`` call in this process."""
    global _default_options
    _default_options = options


def get_default_options() -> EventOptions:
    return _default_options


@dataclass(frozen=True)
class VerbRow:
    """One verb pattern: the verb lemma and what must surround it, with its code.

    ``obj`` holds object words (the head last; ``&NAME`` names a synonym set);
    ``before`` words that must precede the verb in its clause, in order.
    """

    lemma: str
    particle: str
    prep: str
    obj: str
    code: str
    before: tuple[str, ...] = ()
    # ``[032:033]``: the code of the act the other way, target to source
    reverse: str = ""
    # ``%``: the pattern needs a compound subject (before ``*``) or object (after)
    compound: str = ""


def load_verb_dictionary(path: str | Path) -> tuple[list[VerbRow], dict[str, set[str]]]:
    """Read a PETRARCH verb dictionary.

    Args:
        path: the verb file (UTF-8; undecodable bytes are replaced).

    Returns:
        The verb rows (every verb of a block with the block's default code, then one
        row per verb and usable pattern) and the synonym sets by ``&NAME``, members
        lower-cased with ``_`` as a blank; sets nested in sets are expanded.
    """
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return parse_verb_lines(text.splitlines())


def parse_verb_lines(lines: list[str]) -> tuple[list[VerbRow], dict[str, set[str]]]:
    """Parse verb dictionary lines (see :func:`load_verb_dictionary`)."""
    raw_sets: dict[str, list[str]] = defaultdict(list)
    rows: list[VerbRow] = []
    set_name: str | None = None
    default = ""
    verbs: list[tuple[str, str]] = []
    patterns: list[tuple[str, str]] = []

    def flush() -> None:
        for body, code in patterns:
            for lemma, particle in verbs:
                row = _pattern_row(lemma, particle, body, code)
                if row is not None:
                    rows.append(row)
        patterns.clear()

    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        stripped = line.strip()
        header = _HEADER.match(stripped)
        if header:
            flush()
            set_name = None
            default = header.group(2)
            verbs = []
            continue
        if stripped.startswith("&"):
            flush()
            set_name = stripped.split()[0].rstrip("_").upper()
            raw_sets.setdefault(set_name, [])
            verbs = []
            continue
        if set_name is not None and stripped.startswith("+"):
            raw_sets[set_name].append(stripped[1:].split("#")[0].strip())
            continue
        if stripped.startswith("-"):
            match = _PATTERN.match(stripped)
            if match:
                patterns.append((match.group(1), match.group(2)))
            continue
        # a verb line: "BREAK {BROKE BROKEN}", "+BREAK_DOWN {...}", "DOWNPLAY [014]"
        own = _CODE.search(stripped)
        body = _FORMS.sub(" ", _CODE.sub(" ", stripped)).strip().lstrip("+")
        words = [w for w in body.replace("_", " ").lower().split() if w and w != "+"]
        words = [w.strip("+") for w in words]
        if not words:
            continue
        lemma, particle = words[0], " ".join(words[1:])
        verbs.append((lemma, particle))
        code = own.group(1) if own else default
        if _usable(_first_code(code)):
            rows.append(VerbRow(lemma, particle, "", "", _first_code(code), (), _second(code)))
    flush()
    return rows, _expand_sets(raw_sets)


def _first_code(text: str) -> str:
    """``013:012`` (a code for each direction) → ``013``; blanks dropped."""
    return text.split(":")[0].strip()


def _second(text: str) -> str:
    """``032:033`` → ``033``; ``""`` when there is no second code."""
    parts = text.split(":")
    return parts[1].strip() if len(parts) > 1 and _usable(parts[1].strip()) else ""


def _usable(code: str) -> bool:
    """``---`` blocks a verb (no event); ``+++`` and empty codes are not codes."""
    return bool(code) and code not in {"---", "+++"}


def _pattern_row(lemma: str, particle: str, body: str, codes: str) -> VerbRow | None:
    code = _first_code(codes)
    if "*" not in body or not _usable(code):
        return None
    pre, post = body.split("*", 1)
    if "%" in pre and "%" in post:
        return None
    compound = "subject" if "%" in pre else "object" if "%" in post else ""
    pre, post = pre.replace("%", " "), post.replace("%", " ")
    if any(m in pre or m in post for m in _MARKERS):
        return None
    # words before the verb; a synonym set keeps its &NAME (its members may be phrases)
    before = tuple(
        w.rstrip("_").upper() if w.startswith("&") else w.lower()
        for w in pre.replace("_", " ").split()
    )
    words = [
        w.lower() if not w.startswith("&") else w.upper() for w in post.replace("_", " ").split()
    ]
    words = [w.rstrip("_") for w in words if w]
    prep = ""
    extra = particle
    if words and words[0] in _PARTICLES and not extra:
        extra = words.pop(0)
    if words and words[0] in _PREPOSITIONS:
        prep = words.pop(0)
    if len(words) > 2:
        words = words[-2:]  # the head and its modifier are what the parse can check
    return VerbRow(lemma, extra, prep, " ".join(words), code, before, _second(codes), compound)


def _expand_sets(raw: dict[str, list[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}

    def expand(name: str, seen: frozenset[str]) -> set[str]:
        if name in out:
            return out[name]
        members: set[str] = set()
        for item in raw.get(name, ()):
            if item.startswith("&"):
                inner = item.split()[0].rstrip("_").upper()
                if inner not in seen:
                    members |= expand(inner, seen | {inner})
            else:
                members.add(" ".join(item.replace("_", " ").lower().split()))
        return members

    for name in raw:
        out[name] = expand(name, frozenset({name}))
    return out


@dataclass(frozen=True)
class Discards:
    """Phrases whose presence drops a story or a sentence (PETRARCH discard files)."""

    story: tuple[str, ...] = ()
    sentence: tuple[str, ...] = ()

    def drops_story(self, text: str) -> bool:
        return _has_phrase(text, self.story)

    def drops_sentence(self, text: str) -> bool:
        return _has_phrase(text, self.sentence)


def load_discards(paths: tuple[Path, ...]) -> Discards:
    """Read PETRARCH discard files: one phrase a line, ``+`` first for a story discard."""
    story: list[str] = []
    sentence: list[str] = []
    for path in paths:
        for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line or line.startswith("<"):
                continue
            phrase = " ".join(line.lstrip("+").replace("_", " ").lower().split())
            if phrase:
                (story if line.startswith("+") else sentence).append(phrase)
    return Discards(tuple(story), tuple(sentence))


def _has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    if not phrases:
        return False
    words = " " + " ".join(re.findall(r"[\w'-]+", text.lower())) + " "
    return any(f" {phrase} " in words for phrase in phrases)
