"""Known news agencies and outlets (resources/sources/outlets.tsv), by normalised name."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_NOT_ALNUM = re.compile(r"[\W_]+")
# Separators inside a credit ("Reuters/AP", "TRTWorld, Reuters", "AFP and Getty Images").
_SEPARATORS = re.compile(r"\s*(?:[,/;&|+]|\band\b|\bvia\b)\s*", re.IGNORECASE)


def outlet_key(name: str) -> str:
    """The matching key of a name: lower case, letters and digits only."""
    return _NOT_ALNUM.sub("", name).casefold()


@lru_cache(maxsize=1)
def outlet_table() -> dict[str, str]:
    """Map every spelling's key to the outlet's reported name."""
    table: dict[str, str] = {}
    text = (
        resources.files("eventwire.resources")
        .joinpath("sources/outlets.tsv")
        .read_text(encoding="utf-8")
    )
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, aliases = line.partition("\t")
        for spelling in [name, *aliases.split("|")]:
            if spelling.strip():
                table[outlet_key(spelling)] = name.strip()
    return table


def normalise_outlet(name: str) -> str | None:
    """The reported name of a known outlet ("TRTWorld" → "TRT World"), else None."""
    return outlet_table().get(outlet_key(name.strip(" .()[]-–—")))


def split_credit(credit: str) -> list[str]:
    """Split a credit into its parts: "Reuters/John Smith" → ["Reuters", "John Smith"]."""
    return [part.strip(" .()[]") for part in _SEPARATORS.split(credit) if part.strip(" .()[]")]


def outlets_in(credit: str) -> list[str]:
    """The known outlets named in a credit, in order; people and unknown names are skipped."""
    found = []
    for part in split_credit(credit):
        name = normalise_outlet(part)
        if name and name not in found:
            found.append(name)
    return found


def only_outlets(line: str) -> list[str] | None:
    """The outlets when ``line`` is made only of outlet names, else None."""
    parts = split_credit(line)
    if not parts:
        return None
    names = [normalise_outlet(part) for part in parts]
    if any(name is None for name in names):
        return None
    return list(dict.fromkeys(name for name in names if name))
