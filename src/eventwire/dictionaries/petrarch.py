"""Reading PETRARCH/TABARI actor and agent dictionaries into plain data.

The format (PETRARCH docs, "Dictionary Formats"): an actor record is a primary
phrase (words joined by ``_`` or blanks), synonyms on lines starting with ``+``, and
codes in brackets, either inline or on tab-indented lines: ``[RUSGOV]`` (default),
``[RUSGOV >080508]`` (on or after), ``[RUSELI <991231]`` (on or before) or
``[SYRGOV 000717-110315]`` (between). Dates are YYMMDD or YYYYMMDD. ``#`` starts a
comment; lines starting with ``<`` are XML-style comments. Agent records are
``PHRASE {plural} [~CODE]`` with substitution sets ``!NAME! = A, B``.

Real files bend these rules (primary lines without ``+`` that continue a record,
several codes on one line, spaces inside brackets); the reader accepts them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "ActorEntry",
    "AgentEntry",
    "DatedCode",
    "load_actor_dictionary",
    "load_agent_dictionary",
    "normalise_phrase",
    "resolve_code",
]

_BRACKET = re.compile(r"\[([^\]]*)\]")
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_MARKER = re.compile(r"![A-Z]+!")
_PLURAL = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True)
class DatedCode:
    """A code valid from ``start`` to ``end`` (both inclusive; None = unbounded)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass
class ActorEntry:
    """One actor record: its phrases (primary first, as written, ``_`` → space) and codes."""

    names: list[str]
    codes: list[DatedCode] = field(default_factory=list)

    def code_on(self, when: dt.date | None) -> str | None:
        return resolve_code(self.codes, when)


@dataclass(frozen=True)
class AgentEntry:
    """One agent phrase and its code; ``prefix`` is True for ``[CODE~]`` (code goes first)."""

    phrase: str
    code: str
    prefix: bool = False
    plurals: tuple[str, ...] = ()


def normalise_phrase(raw: str) -> str:
    """``VLADIMIR_PUTIN_`` → ``VLADIMIR PUTIN``: underscores to spaces, blanks collapsed."""
    return " ".join(raw.replace("_", " ").split())


def resolve_code(codes: Sequence[DatedCode], when: dt.date | None) -> str | None:
    """The code in force on ``when``.

    The first dated restriction covering the date wins (file order, as PETRARCH
    does); otherwise the undated default. Without a date, an open-ended restriction
    (``>date``: the actor's current role) is preferred over the default.
    """
    defaults = [c for c in codes if not c.dated]
    if when is not None:
        for code in codes:
            if code.dated and code.covers(when):
                return code.code
        return defaults[0].code if defaults else None
    for code in codes:
        if code.start is not None and code.end is None:
            return code.code
    if defaults:
        return defaults[0].code
    return codes[-1].code if codes else None


def load_actor_dictionary(path: str | Path) -> list[ActorEntry]:
    """Read a PETRARCH actor dictionary.

    Args:
        path: the ``.actors.txt`` file (UTF-8; undecodable bytes are replaced).

    Returns:
        The records in file order. Primary lines that appear before any code of the
        current record are taken as its synonyms, as the Phoenix files use them.
    """
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return parse_actor_lines(text.splitlines())


def parse_actor_lines(lines: Iterable[str]) -> list[ActorEntry]:
    """Parse actor dictionary lines (see :func:`load_actor_dictionary`)."""
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None
    for raw in lines:
        line = _strip_comment(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("["):
            if current is None:
                continue  # codes with no phrase: nothing to attach them to
            current.codes.extend(_parse_codes(stripped))
            continue
        phrase_part, codes = _split_codes(stripped)
        if stripped.startswith("+"):
            name = normalise_phrase(phrase_part[1:])
            if current is None:
                current = ActorEntry(names=[])
                entries.append(current)
            if name:
                current.names.append(name)
            current.codes.extend(codes)
            continue
        name = normalise_phrase(phrase_part)
        if not name:
            continue
        if current is None or current.codes:
            current = ActorEntry(names=[name], codes=list(codes))
            entries.append(current)
        else:
            current.names.append(name)
            current.codes.extend(codes)
    return [e for e in entries if e.names]


def load_agent_dictionary(path: str | Path) -> list[AgentEntry]:
    """Read a PETRARCH agent dictionary.

    Args:
        path: the ``.agents.txt`` file.

    Returns:
        One entry per phrase after substitution sets are expanded, each with its
        plural forms: the ``{…}`` forms when given (``{}`` = none), else the
        regular English plural of the last word.
    """
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return parse_agent_lines(text.splitlines())


def parse_agent_lines(lines: Iterable[str]) -> list[AgentEntry]:
    """Parse agent dictionary lines (see :func:`load_agent_dictionary`)."""
    substitutions: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for raw in lines:
        line = _strip_comment(raw).strip()
        if not line:
            continue
        sub = _SUBSTITUTION.match(line)
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        brackets = _BRACKET.findall(line)
        if not brackets:
            continue
        code_text = brackets[0].replace(" ", "")
        prefix = code_text.endswith("~") and not code_text.startswith("~")
        code = code_text.strip("~")
        if not code:
            continue
        body = _BRACKET.sub(" ", line)
        plural_match = _PLURAL.search(body)
        explicit = None if plural_match is None else plural_match.group(1)
        phrase_raw = _PLURAL.sub(" ", body)
        for variant in _expand_markers(phrase_raw, substitutions):
            phrase = normalise_phrase(variant)
            if not phrase:
                continue
            if explicit is None:
                plurals: tuple[str, ...] = () if "!" in phrase_raw else (regular_plural(phrase),)
            else:
                plurals = tuple(normalise_phrase(p) for p in explicit.split(",") if p.strip())
            entries.append(AgentEntry(phrase=phrase, code=code, prefix=prefix, plurals=plurals))
    return entries


def regular_plural(phrase: str) -> str:
    """The regular plural of a phrase's last word, as PETRARCH forms it (plus -es after s/x/ch/sh)."""
    head, _, last = phrase.rpartition(" ")
    upper = last.upper()
    if upper.endswith("Y") and len(upper) > 1 and upper[-2] not in "AEIOU":
        plural = last[:-1] + ("IES" if last.isupper() else "ies")
    elif upper.endswith(("SS", "X", "CH", "SH")):
        plural = last + ("ES" if last.isupper() else "es")
    elif upper.endswith("S"):
        plural = last
    else:
        plural = last + ("S" if last.isupper() else "s")
    return f"{head} {plural}" if head else plural


def _expand_markers(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    marker = _MARKER.search(phrase)
    if marker is None:
        return [phrase]
    words = substitutions.get(marker.group(0))
    if not words:
        return []  # an undefined marker: the phrase cannot be formed
    out: list[str] = []
    for word in words:
        out.extend(
            _expand_markers(phrase[: marker.start()] + word + phrase[marker.end() :], substitutions)
        )
    return out


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("<"):
        return ""
    return line.split("#", 1)[0]


def _split_codes(line: str) -> tuple[str, list[DatedCode]]:
    codes: list[DatedCode] = []
    for inner in _BRACKET.findall(line):
        codes.extend(_parse_code(inner))
    return _BRACKET.sub(" ", line).strip(), codes


def _parse_codes(line: str) -> list[DatedCode]:
    codes: list[DatedCode] = []
    for inner in _BRACKET.findall(line):
        codes.extend(_parse_code(inner))
    return codes


def _parse_code(inner: str) -> list[DatedCode]:
    parts = inner.split(None, 1)
    if not parts:
        return []
    code = parts[0].strip().upper()
    if len(parts) == 1:
        return [DatedCode(code)]
    restriction = parts[1].replace(" ", "")
    try:
        if restriction.startswith(">"):
            return [DatedCode(code, start=_parse_date(restriction[1:]))]
        if restriction.startswith("<"):
            return [DatedCode(code, end=_parse_date(restriction[1:]))]
        first, sep, second = restriction.partition("-")
        if sep:
            return [DatedCode(code, start=_parse_date(first), end=_parse_date(second))]
    except ValueError:
        return []  # a malformed date (e.g. 7 digits): drop the restriction, not the file
    return [DatedCode(code)]


def _parse_date(text: str) -> dt.date:
    """YYYYMMDD or YYMMDD; two-digit years up to 30 are 20xx, as in PETRARCH's files."""
    if not text.isdigit():
        raise ValueError(text)
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        return dt.date(year, int(text[2:4]), int(text[4:]))
    raise ValueError(text)
