"""Convert PETRARCH2's CAMEO.2.0.txt verb dictionary into petrarch_verbs.tsv.

Run by hand when the source dictionary changes (it is not imported at run time):

    python convert_petrarch.py CAMEO.2.0.txt > petrarch_verbs.tsv

Keeps what a dependency-parse matcher can use: each verb of a synset with the
synset's default code, and each pattern whose words all follow the verb (``- * …``)
as (particle, preposition, object words). Synonym sets (``&MILITARY``) are expanded
into their members; patterns with words before the verb, or with source/target
markers inside, are dropped.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PARTICLES = {"out", "off", "up", "down", "back", "away", "in", "on", "over", "forth", "aside"}


def _word(raw: str) -> str:
    return raw.strip("_+%$").replace("_", " ").lower()


def _read_sets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    name = None
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            name = line.strip().rstrip("_")
            sets[name] = []
        elif line.startswith("+") and name:
            sets[name].append(_word(line.split()[0]))
        elif not line.strip():
            continue
        elif line.startswith("---"):
            name = None
    return sets


def _pattern(post: str, sets: dict[str, list[str]]) -> list[tuple[str, str, str]] | None:
    """(particle, prep, object words) for the words after ``*``; None when unusable."""
    if "$" in post or "%" in post or "^" in post:
        return None
    preps = re.findall(r"\(([^)]*)\)", post)
    rest = re.sub(r"\([^)]*\)", " ", post)
    rest = rest.replace("{", " ").replace("}", " ").replace("+", " ")
    words = rest.split()
    prep = ""
    if preps:
        inner = preps[0].replace("{", " ").replace("}", " ").replace("+", " ").split()
        if not inner:
            return None
        prep = inner[0].lower()
        words += inner[1:]
    particle = ""
    if words and words[0].lower() in PARTICLES and not prep:
        particle = words.pop(0).lower()
    if words and words[0].lower() in {"from", "to", "with", "against", "on", "for"} and not prep:
        prep = words.pop(0).lower()
    options: list[str] = []
    for w in words:
        if w.startswith("&"):
            if w.rstrip("_") not in sets:
                return None
            options.append(w.rstrip("_"))
        else:
            options.append(_word(w))
    if len(options) > 2:
        return None
    # object words, the head last; a synonym set stays as its &NAME (see petrarch_sets.tsv)
    return [(particle, prep, " ".join(options))]


def convert(path: str) -> list[str]:
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    end = next(i for i, ln in enumerate(lines) if ln.startswith("######## TRANSFORMATIONS"))
    sets = _read_sets(lines[:start])
    rows: list[str] = []
    default = ""
    synset = ""
    verbs: list[tuple[str, str]] = []
    for line in lines[start:end]:
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if head:
            synset = head.group(1)
            default = head.group(2).split(":")[0]
            verbs = []
            continue
        if line.startswith("-"):
            m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$", line)
            if not m:
                continue
            body, code = m.group(1), m.group(2).split(":")[0]
            if not code.isdigit() or "*" not in body:
                continue
            pre, post = body.split("*", 1)
            if pre.strip():
                continue
            pats = _pattern(post, sets)
            if not pats:
                continue
            for lemma, lparticle in verbs:
                for particle, prep, obj in pats:
                    rows.append("\t".join([lemma, particle or lparticle, prep, obj, code, synset]))
            continue
        parts = line.split()
        token = parts[0]
        own = re.search(r"\[([0-9]+)(?::[0-9]+)?\]", line)
        words = _word(token).split()
        lemma, lparticle = words[0], " ".join(words[1:])
        verbs.append((lemma, lparticle))
        code = own.group(1) if own else default
        if code.isdigit():
            rows.append("\t".join([lemma, lparticle, "", "", code, synset]))
    return rows


def write_sets(path: str, out: str) -> None:
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Synonym sets of PETRARCH2 CAMEO.2.0.txt (openeventdata/petrarch2, MIT).\n")
        f.write("set\tword\n")
        for name, members in _read_sets(lines[:start]).items():
            for word in dict.fromkeys(members):
                f.write(f"{name}\t{word}\n")


if __name__ == "__main__":
    if len(sys.argv) > 2:
        write_sets(sys.argv[1], sys.argv[2])
    print("# Converted from PETRARCH2 dictionaries/CAMEO.2.0.txt (openeventdata/petrarch2, MIT).")
    print("lemma\tparticle\tprep\tobject\tcode\tsynset")
    seen: set[str] = set()
    for row in convert(sys.argv[1]):
        if row not in seen:
            seen.add(row)
            print(row)
