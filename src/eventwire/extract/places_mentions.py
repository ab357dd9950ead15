"""Place mentions: the stretches of an article that name places, and what their words say.

Detection takes spaCy's GPE/LOC/FAC entities, curated names the small model misses, the
shapes English gives place names and the other ways news names places (datelines,
counties, demonyms, names inside other names); see :mod:`eventwire.extract.places`
for what a mention is and how it is resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Candidate, Gazetteer, fold

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# spaCy's small model often calls bases, palaces and small towns ORG or PERSON; such
# entities count as places only when the gazetteer's curated additions know the name.
MAYBE_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART"})

ADMIN_NOUNS = frozenset(
    {
        "province", "governorate", "region", "state", "oblast", "district", "county",
        "krai", "prefecture", "parish", "department", "territory", "canton", "municipality",
        "borough",
    }
)  # fmt: skip
COUNTY_NOUNS = frozenset({"county", "parish", "borough"})
# Entities whose words may embed a place name: "the Ohio Department of Health".
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "NORP"})
# A city inside an organisation's name counts when it is this big, or starts the name
# before a civic noun ("Dublin City Council", "Paris Police Department").
EMBEDDED_CITY_POPULATION = 100_000
CIVIC_WORDS = frozenset(
    {
        "city", "county", "police", "mayor", "council", "school", "schools", "high",
        "public", "fire", "sheriff", "zoo", "community", "chamber", "township", "municipal",
        "area", "regional", "memorial", "library", "state", "university", "college",
        "hospital", "airport", "port", "district",
    }
)  # fmt: skip
# "an Alexandria man": a place name before one of these nouns says where someone is from.
RESIDENT_NOUNS = frozenset(
    {
        "man", "woman", "men", "women", "resident", "residents", "native", "natives",
        "couple", "teen", "teenager", "boy", "girl", "family", "families", "parents",
        "police", "officials", "voters", "area", "mayor", "officer", "officers",
    }
)  # fmt: skip
# Nouns after a town's name that make it the town's: "Torrington firefighters",
# "the Harwinton Senior Center", "Lewisburg Mayor John Manchester".
LOCAL_NOUNS = CIVIC_WORDS | RESIDENT_NOUNS | frozenset(
    {
        "firefighters", "firefighter", "selectmen", "businesses", "senior", "department",
        "township", "board", "parks", "recreation", "courthouse", "volunteer",
        "volunteers", "officials", "church", "hall", "downtown", "chief",
    }
)  # fmt: skip
DATELINE_DASHES = ("—", "–", "-", ":", "(", ",")
BASE_NOUNS = ("air base", "airbase", "airfield", "air field", "airport", "air force base")
PORT_WORDS = frozenset({"port", "harbour", "harbor"})
DIRECTIONS = {
    "northern": "north", "southern": "south", "eastern": "east", "western": "west",
    "north": "north", "south": "south", "east": "east", "west": "west",
    "northeastern": "northeast", "northwestern": "northwest",
    "southeastern": "southeast", "southwestern": "southwest",
    "central": "centre", "northeast": "northeast", "northwest": "northwest",
    "southeast": "southeast", "southwest": "southwest",
}  # fmt: skip
# A lone capitalised word after a comma that names a state is a container only in
# these forms: full names and AP abbreviations ("Ill."), not two-letter codes.
CALENDAR_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
LOCATIVE_CUES = frozenset(
    {
        "in", "near", "outside", "around", "across", "throughout", "of", "from", "to",
        "at", "into", "toward", "towards", "via", "between", "inside", "within", "through",
    }
)  # fmt: skip
# "D-Calif.", "R-Texas": a party letter joined to a US state names the member's state.
PARTY_STATE = re.compile(r"\b[DRI]-([A-Z][A-Za-z]*\.?(?:\s?[A-Z][a-z]*\.)?)")
LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass
class Mention:
    """One stretch of text naming a place, with what its wording says about it."""

    start: int
    end: int
    name: str  # the bare name to look up ("Latakia" in "Syria's Latakia province")
    kind: str | None = None  # "admin", "base", "port" when the words say so
    part: str | None = None  # "north" in "northern Aleppo"
    container: Candidate | None = None  # "Syria" in "Syria's Latakia"; "Ill." in "X, Ill."
    main_only: bool = False  # accept cities only by their main name
    definite: bool = False  # "the Atlantic": seas, regions and sites take an article
    attributive: bool = False  # an adjective or a name inside another name
    fixed: Candidate | None = None  # the place is known from the words ("Russian")


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Place mentions in the text, longest first where they overlap, in text order."""
    found: list[Mention] = []
    taken: set[int] = set()  # token indices already inside a mention

    def add(mention: Mention | None, span: Span) -> None:
        if mention is None or any(i in taken for i in range(span.start, span.end)):
            return
        taken.update(range(span.start, span.end))
        found.append(mention)

    for span in _curated_spans(doc, gazetteer):
        wide = _widen(span, doc)
        add(_mention_from(wide, doc, gazetteer, curated=True), wide)
    for span, inside in _county_spans(doc, gazetteer):
        county = _mention_from(span, doc, gazetteer, curated=True)
        if county is not None:
            county.kind = "county"
            county.attributive = inside
        add(county, span)
    for ent in doc.ents:
        wide = _widen(ent, doc)
        if ent.label_ in PLACE_LABELS:
            add(_mention_from(wide, doc, gazetteer, curated=False, label=ent.label_), wide)
        elif ent.label_ in MAYBE_PLACE_LABELS:
            core = _core_text(ent.text)
            if gazetteer.has_addition(fold(core)) or _base_suffix(ent, doc):
                add(_mention_from(wide, doc, gazetteer, curated=True), wide)
            elif _after_strong_locative(ent) and _known_city(core, gazetteer):
                # "in Lombard": the tagger's person or organisation is a town here.
                add(_mention_from(wide, doc, gazetteer, curated=True), wide)
            elif ent.label_ != "PERSON" and gazetteer.country_named(core) is not None:
                # "DPRK said …": a country named as an organisation is the country.
                add(_mention_from(ent, doc, gazetteer, curated=True), ent)
            elif ent.label_ == "ORG" and _big_city_name(core, gazetteer):
                # "Liverpool won": a club or office named by its city refers to the city.
                named = _mention_from(ent, doc, gazetteer, curated=True)
                if named is not None:
                    named.attributive = True
                add(named, ent)
    for span in _untagged_spans(doc, gazetteer, taken):
        add(_mention_from(span, doc, gazetteer, curated=False), span)
    for span, inside in _region_name_spans(doc, gazetteer, taken):
        region = _mention_from(span, doc, gazetteer, curated=True)
        if region is not None:
            region.attributive = inside
        add(region, span)
    for span, inside in _modifier_spans(doc, gazetteer, taken):
        local = _mention_from(span, doc, gazetteer, curated=True)
        if local is not None:
            local.attributive = inside
        add(local, span)
    for span in _dateline_spans(doc, gazetteer):
        add(_mention_from(span, doc, gazetteer, curated=False), span)
    for span, mention in _demonym_mentions(doc, gazetteer):
        add(mention, span)
    for span in _party_state_spans(doc, gazetteer):
        state = _mention_from(span, doc, gazetteer, curated=True)
        if state is not None:
            state.attributive = True  # the member's state, not where anything happened
        add(state, span)
    for span in _conjoined_spans(doc, gazetteer, found, taken):
        add(_mention_from(span, doc, gazetteer, curated=False), span)
    for span in _embedded_spans(doc, gazetteer, taken):
        inner = _mention_from(span, doc, gazetteer, curated=False)
        if inner is not None:
            inner.attributive = True
        add(inner, span)
    found.sort(key=lambda m: m.start)
    _attach_containers(found, doc, gazetteer)
    return found


def _curated_spans(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Capitalised word sequences that name a curated site, base, sea or region."""
    spans: list[Span] = []
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        if not (token.is_title or token.is_upper) or token.is_punct:
            i += 1
            continue
        match = None
        for length in range(min(5, n - i), 0, -1):
            span = doc[i : i + length]
            if not span[-1].text[:1].isalpha():
                continue
            for cand in gazetteer.additions(span.text):
                if cand.feature in ("site", "water", "region", "continent") or (
                    cand.feature == "admin1" and length > 1
                ):
                    match = span
                    break
            if match is not None:
                break
        if match is not None and not _inside_longer_place(match):
            spans.append(match)
            i = match.end
        else:
            i += 1
    return spans


def _untagged_spans(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Span]:
    """Proper names the tagger missed where English makes them places.

    "in northern Aleppo", "near Kunduz": a capitalised proper noun after a direction
    adjective or a locative preposition, which the gazetteer knows as a place.
    """
    spans: list[Span] = []
    for token in doc:
        if token.i in taken or token.tag_ != "NNP" or not token.is_title or token.ent_type_:
            continue
        if token.lower_ in CALENDAR_WORDS:
            continue
        if token.i > 0 and doc[token.i - 1].tag_ == "NNP":
            continue  # only the start of a name
        end = token.i + 1
        while end < len(doc) and doc[end].tag_ == "NNP" and doc[end].is_title and end not in taken:
            end += 1
        prev = doc[token.i - 1].lower_ if token.i > 0 else ""
        after = doc[end].lower_ if end < len(doc) else ""
        cued_after = after in RESIDENT_NOUNS or after in CIVIC_WORDS
        if prev not in LOCATIVE_CUES and prev not in DIRECTIONS and not cued_after:
            continue
        span = _widen(doc[token.i : end], doc)
        if any(t.ent_type_ in ("PERSON", "ORG") for t in span):
            continue
        if gazetteer.lookup(span.text) or gazetteer.lookup(doc[token.i : end].text):
            spans.append(span)
    return spans


def _region_name_spans(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[tuple[Span, bool]]:
    """Countries and first-level regions by name wherever they stand: "11 billion US
    dollars", "Cyprus, Greece Italy or Spain", "the Western Cape spokesperson".

    Returns spans with whether each lies inside a longer name of another kind or
    modifies a word it is hyphenated to ("US-based").
    """
    found: list[tuple[Span, bool]] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in taken or not (token.is_title or token.is_upper) or token.ent_type_ == "PERSON":
            i += 1
            continue
        hit = None
        for length in (4, 3, 2, 1):
            span = doc[i : i + length]
            if len(span) < length or any(t.i in taken for t in span):
                continue
            if not all(t.is_title or t.is_upper or t.lower_ in ("of", "and") for t in span):
                continue
            text = span.text
            if gazetteer.country_named(text) is not None or any(
                c.feature == "admin1" and length > 1 for c in gazetteer.additions(text)
            ):
                hit = span
                break
        if hit is None:
            i += 1
            continue
        ent = _entity_of(hit[0])
        inside = (
            ent is not None
            and ent.label_ not in ("GPE", "LOC", "FAC")
            and (ent.start < hit.start or ent.end > hit.end or ent.label_ in ("MONEY", "ORG"))
        )
        hyphened = hit.end < len(doc) and doc[hit.end].text == "-"
        found.append((hit, inside or hyphened))
        i = hit.end
    return found


def _modifier_spans(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[tuple[Span, bool]]:
    """Town names that modify a local noun: "Torrington firefighters", "Lewisburg Mayor".

    Returns spans with whether each lies inside a longer name of another kind.
    """
    found: list[tuple[Span, bool]] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        prev = doc[i - 1] if i else None
        if (
            i in taken
            or not token.is_title
            or (token.tag_ not in ("NNP", "NNPS") and not token.ent_type_)
            or (prev is not None and prev.is_title and prev.lower_ not in ("the", "a", "an"))
        ):
            i += 1
            continue
        hit = None
        for length in (3, 2, 1):
            span = doc[i : i + length]
            if len(span) < length or span.end >= len(doc) or any(t.i in taken for t in span):
                continue
            if not all(t.is_title for t in span) or doc[span.end].lower_ not in LOCAL_NOUNS:
                continue
            if _known_city(span.text, gazetteer):
                hit = span
                break
        if hit is None:
            i += 1
            continue
        ent = _entity_of(hit[0])
        inside = ent is not None and ent.label_ not in ("GPE", "LOC") and len(ent) > len(hit)
        found.append((hit, inside))
        i = hit.end
    return found


def _county_spans(doc: Doc, gazetteer: Gazetteer) -> list[tuple[Span, bool]]:
    """US counties wherever they are named: "Anderson County Sheriff …", "Navarro,
    Henderson and Ellis counties".

    Returns spans with whether each lies inside a longer name (an office, a court).
    """
    found: list[tuple[Span, bool]] = []
    for token in doc:
        noun = token.lower_
        if noun in COUNTY_NOUNS and token.is_title and token.i > 0:
            start = token.i
            while start > 0 and token.i - start < 3 and doc[start - 1].is_title:
                start -= 1
            for first in range(start, token.i):  # the longest known name first
                span = doc[first : token.i + 1]
                if gazetteer.counties_named(span.text):
                    ent = _entity_of(token)
                    inside = ent is not None and (ent.start < first or ent.end > span.end)
                    found.append((span, inside and ent is not None and ent.label_ != "GPE"))
                    break
        elif noun in ("counties", "parishes"):
            # Walk back over "A, B and C counties".
            i = token.i - 1
            while i >= 0:
                if doc[i].is_title and gazetteer.counties_named(doc[i].text):
                    found.append((doc[i : i + 1], False))
                    i -= 1
                elif doc[i].text in (",", "and", "or", "&"):
                    i -= 1
                else:
                    break
    return found


def _dateline_spans(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Upper-case place names opening a paragraph before a dash: "CORSICANA —", "BEIRUT:"."""
    spans: list[Span] = []
    for token in doc:
        prev = doc[token.i - 1] if token.i else None
        starts = prev is None or "\n" in prev.text_with_ws or prev.text in (".", "?", "!")
        if not starts or not token.is_alpha or len(token) < 3:
            continue
        if not token.is_upper:
            # "Muscat: The 10th …": a title-case dateline needs a colon and a known city.
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            colon = token.is_title and nxt is not None and nxt.text == ":"
            if colon and _big_city_name(token.text, gazetteer):
                spans.append(doc[token.i : token.i + 1])
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].is_upper and doc[end].is_alpha and end - token.i < 4:
            end += 1
        if end >= len(doc) or not doc[end].text.startswith(DATELINE_DASHES):
            continue
        span = doc[token.i : end]
        if gazetteer.is_known(span.text):
            spans.append(span)
    return spans


def _party_state_spans(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """The state of "Nancy Pelosi, D-Calif." and "R-Texas"."""
    spans: list[Span] = []
    for match in PARTY_STATE.finditer(doc.text):
        name = match.group(1)
        if not any(c.feature == "admin1" and c.country == "USA" for c in gazetteer.additions(name)):
            name = name.rstrip(".")
            if not any(
                c.feature == "admin1" and c.country == "USA" for c in gazetteer.additions(name)
            ):
                continue
        span = doc.char_span(match.start(1), match.start(1) + len(name), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def _conjoined_spans(
    doc: Doc, gazetteer: Gazetteer, found: list[Mention], taken: set[int]
) -> list[Span]:
    """Names listed with a place: "Harwinton, Bantam, Litchfield and Winsted".

    A proper noun conjoined with a place mention, which the gazetteer knows as a
    populated place, is a place of the same list.
    """
    starts = {m.start for m in found}
    place_tokens = {t.i for t in doc if t.idx in starts}
    spans: list[Span] = []
    for token in doc:
        if token.i in taken or token.tag_ != "NNP" or not token.is_title:
            continue
        if token.ent_type_ in ("PERSON", "ORG", "DATE", "TIME", "NORP"):
            continue
        linked = (token.dep_ == "conj" and token.head.i in place_tokens) or any(
            c.dep_ == "conj" and c.i in place_tokens for c in token.children
        )
        if not linked:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].tag_ == "NNP":
            start -= 1
        span = doc[start : token.i + 1]
        if any(t.i in taken for t in span):
            continue
        if any(c.feature == "city" for c in gazetteer.cities_named(span.text)):
            spans.append(span)
    return spans


def _demonym_mentions(doc: Doc, gazetteer: Gazetteer) -> list[tuple[Span, Mention]]:
    """Adjectives and demonyms of countries and regions: "Russian", "Palestinians"."""
    found: list[tuple[Span, Mention]] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if not token.is_title or (
            token.ent_type_ in ("PERSON", "ORG", "FAC")
            and (token.ent_iob_ == "B" and len(_entity_of(token) or ()) > 1)
        ):
            i += 1
            continue
        hit = None
        for length in (2, 1):
            span = doc[i : i + length]
            if len(span) < length or not all(t.is_title for t in span):
                continue
            words = span.text
            cand = gazetteer.demonym(words) or (
                gazetteer.demonym(words[:-1]) if words.endswith("s") else None
            )
            if cand is not None:
                hit = (span, cand)
                break
        if hit is None:
            i += 1
            continue
        span, cand = hit
        mention = Mention(
            span.start_char, span.end_char, cand.name, kind="demonym", attributive=True, fixed=cand
        )
        found.append((span, mention))
        i = span.end
    return found


def _entity_of(token: Token) -> Span | None:
    """The named entity a token is part of (read from its IOB tags: ``doc.ents`` is
    rebuilt on every access)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type)


def _embedded_spans(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Span]:
    """Place names inside the names of organisations, events and works.

    "the Ohio Department of Health", "Kidney Foundation of Canada", "Dublin City
    Council": countries, first-level regions and named regions count anywhere in the
    name; a city counts when it is large or starts the name before a civic word.
    """
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in EMBEDDING_LABELS or len(ent) < 2:
            continue
        i = ent.start
        while i < ent.end:
            if i in taken or not (doc[i].is_title or doc[i].is_upper) or not doc[i].is_alpha:
                i += 1
                continue
            hit = None
            for length in range(min(4, ent.end - i), 0, -1):
                span = doc[i : i + length]
                if any(t.i in taken for t in span) or (span.end == ent.end and i == ent.start):
                    continue
                if not all(t.is_title or t.is_upper or t.lower_ in ("of", "and") for t in span):
                    continue
                if span[-1].lower_ in ("of", "and"):
                    continue
                if _embedded_place(span, ent, gazetteer):
                    hit = span
                    break
            if hit is None:
                i += 1
                continue
            spans.append(hit)
            i = hit.end
    return spans


def _embedded_place(span: Span, ent: Span, gazetteer: Gazetteer) -> bool:
    text = _core_text(span.text)
    if gazetteer.country_named(text) is not None:
        return True
    if any(
        c.feature in ("admin1", "region", "continent", "water") for c in gazetteer.additions(text)
    ):
        return True
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in COUNTY_NOUNS:
        return False  # "Edgar" of "Edgar County …": the county is the longer span
    if span[-1].lower_ in COUNTY_NOUNS and len(span) > 1:
        return bool(gazetteer.counties_named(text))
    cities = gazetteer.cities_named(text)
    if not cities:
        return False
    biggest = max(c.population for c in cities if c.exact) if any(c.exact for c in cities) else 0
    if biggest >= EMBEDDED_CITY_POPULATION:
        return True
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    at_start = span.start == ent.start or (
        span.start == ent.start + 1 and doc[ent.start].lower_ == "the"
    )
    return at_start and biggest >= 1000 and after in CIVIC_WORDS


STRONG_LOCATIVES = frozenset({"in", "near", "outside", "around", "throughout", "across"})


def _after_strong_locative(ent: Span) -> bool:
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        return False  # "in the Smith case"
    return i >= 0 and doc[i].lower_ in STRONG_LOCATIVES and len(ent) <= 3


GENERIC_WORDS = frozenset({"centre", "center", "industry", "city", "town", "village", "union"})


def _name_like(name: str) -> bool:
    """Does the text read as a proper name, not an acronym or a capitalised common word?"""
    words = name.split()
    return bool(words) and all(
        w.istitle()
        and w.lower() not in LOCAL_NOUNS
        and w.lower() not in DIRECTIONS
        and w.lower() not in GENERIC_WORDS
        for w in words
    )


def _known_city(name: str, gazetteer: Gazetteer) -> bool:
    if not _name_like(name):
        return False
    return any(c.exact and c.population >= 1000 for c in gazetteer.cities_named(name))


def _big_city_name(name: str, gazetteer: Gazetteer) -> bool:
    if not _name_like(name):
        return False
    return any(
        c.exact and c.population >= EMBEDDED_CITY_POPULATION for c in gazetteer.cities_named(name)
    )


def _inside_longer_place(span: Span) -> bool:
    """Is the span part of a longer place entity ("Africa" in "South Africa")?"""
    for token in span:
        ent = _entity_of(token)
        if ent is not None and ent.label_ in PLACE_LABELS and len(ent) > len(span):
            return True
    return False


def _core_text(text: str) -> str:
    text = LEADING_ARTICLE.sub("", text.strip())
    return POSSESSIVE.sub("", text).strip()


def _widen(span: Span, doc: Doc) -> Span:
    """The span plus a following admin/base noun ("Latakia province", "Hmeymim airbase")."""
    end = span.end
    if end < len(doc) and doc[end].lower_ in ADMIN_NOUNS:
        end += 1
    else:
        for noun in BASE_NOUNS:
            words = noun.split()
            if [t.lower_ for t in doc[end : end + len(words)]] == words:
                end += len(words)
                break
    return doc[span.start : end]


def _base_suffix(span: Span, doc: Doc) -> str | None:
    widened = _widen(span, doc)
    if widened.end == span.end:
        return None
    tail = doc[span.end : widened.end].text.lower()
    return None if tail in ADMIN_NOUNS else tail


def _mention_from(
    span: Span, doc: Doc, gazetteer: Gazetteer, *, curated: bool, label: str = ""
) -> Mention | None:
    tokens = list(span)
    # Drop a leading article and direction adjective: "the", "northern".
    part = None
    definite = span.start > 0 and doc[span.start - 1].lower_ == "the"
    while tokens and tokens[0].lower_ in ("the", "a"):
        tokens = tokens[1:]
        definite = True
    if len(tokens) > 1 and tokens[0].lower_ in DIRECTIONS:
        bare = doc[tokens[1].i : span.end]
        if gazetteer.is_known(_core_text(bare.text)) and not gazetteer.is_known(
            _core_text(doc[tokens[0].i : span.end].text)
        ):
            part = DIRECTIONS[tokens[0].lower_]
            tokens = tokens[1:]
    if not tokens:
        return None
    # A direction adjective just before the entity: "in northern Aleppo".
    first = tokens[0]
    if part is None and first.i > 0 and doc[first.i - 1].lower_ in DIRECTIONS:
        prev = doc[first.i - 1]
        if prev.lower_.endswith("ern") or prev.lower_ == "central":
            part = DIRECTIONS[prev.lower_]
    kind = None
    end_token = span.end
    name_end = end_token
    last = doc[end_token - 1]
    if last.lower_ in ADMIN_NOUNS and end_token - 1 > first.i:
        kind = "county" if last.lower_ in COUNTY_NOUNS else "admin"
        name_end = end_token - 1
    else:
        tail_text = doc[first.i : end_token].text.lower()
        for noun in BASE_NOUNS:
            if tail_text.endswith(" " + noun) and len(tail_text) > len(noun) + 1:
                kind = "base"
                name_end = end_token - len(noun.split())
                break
    if kind is None and _after_port_of(doc, first.i):
        kind = "port"
    name = _core_text(doc[first.i : name_end].text)
    if not name or not any(c.isalpha() for c in name):
        return None
    # Demonyms and other adjectives are not places: "Russian", "Syrian".
    name_tokens = doc[first.i : name_end]
    adjective = len(name_tokens) == 1 and name_tokens[0].tag_ in ("JJ", "NNPS")
    if adjective and not curated and gazetteer.country_named(name) is None:
        return None
    if not name[0].isupper():
        return None
    start = doc[first.i].idx
    end = doc[end_token - 1].idx + len(doc[end_token - 1].text)
    text = doc[first.i : end_token].text
    stripped = POSSESSIVE.sub("", text)
    end -= len(text) - len(stripped)
    # Facilities and natural features are named by their main names; an alternate
    # name of some village that happens to read "Peace" is not enough.
    main_only = label in ("FAC", "LOC") and kind is None
    return Mention(start, end, name, kind=kind, part=part, main_only=main_only, definite=definite)


def _after_port_of(doc: Doc, i: int) -> bool:
    """Is token ``i`` the X of "the port of X" / "port city of X"?"""
    if i >= 2 and doc[i - 1].lower_ == "of":
        return doc[i - 2].lower_ in PORT_WORDS or (
            i >= 3 and doc[i - 2].lower_ == "city" and doc[i - 3].lower_ in PORT_WORDS
        )
    return False


def _attach_containers(mentions: list[Mention], doc: Doc, gazetteer: Gazetteer) -> None:
    """Mark "X, Y" and "Y's X" where Y is a country or first-level region."""
    text = doc.text
    by_start = {m.start: m for m in mentions}
    for i, m in enumerate(mentions):
        # "Y's X": a possessive country right before this mention.
        before = text[max(0, m.start - 40) : m.start]
        poss = re.search(r"([A-Z][\w.\- ]*?)(?:'s|’s)\s+(?:\w+\s+)?$", before)
        if poss:
            owner = gazetteer.country_named(_core_text(poss.group(1)))
            if owner is not None and fold(owner.name) != fold(m.name):
                m.container = owner.candidate()
        # "X, Y": the next mention starts right after a comma.
        if i + 1 < len(mentions):
            nxt = mentions[i + 1]
            between = text[m.end : nxt.start]
            if between.strip() == ",":
                container = _container_named(nxt.name, gazetteer)
                if container is not None and container.country is not None:
                    m.container = container
        else:
            container = None
        # "X, Ill." where the abbreviation is no entity at all.
        tail = re.match(r",\s+([A-Z][A-Za-z.]{1,7}\.)", text[m.end : m.end + 12])
        if m.container is None and tail and tail.group(1):
            container = _container_named(tail.group(1), gazetteer)
            if container is not None and container.feature == "admin1":
                m.container = container
    del by_start


def _container_named(name: str, gazetteer: Gazetteer) -> Candidate | None:
    country = gazetteer.country_named(name)
    if country is not None:
        return country.candidate()
    for cand in gazetteer.additions(name):
        if cand.feature == "admin1":
            return cand
    return None
