"""Claims: the figures an article reports, what they count, and who gives them.

A claim is a definite number tied to something the news domain counts: people
killed, wounded, displaced or detained, a death toll, troops, aircraft, money. For
each one we keep the qualifier ("at least", "up to"), the clause that states it, and
its source: the speaker of the quote it sits in, the X of "according to X", or the
subject of an estimating verb ("other estimates place the death toll at 470,000").

Decisions:
- Vague plurals ("dozens", "hundreds of", "thousands") are skipped: they have no
  value that could be checked against another source. Number words with a definite
  value ("five", "two dozen", "1.5 million") are kept.
- A bare count of people needs an event word ("250,000 people have been killed");
  "5,000 people attended" is not a claim of interest. Troops, aircraft, refugees,
  casualties and money stand on their own.
- A range keeps both ends: ``value`` is the lower, ``value_max`` the upper
  ("between 200 and 300", "200-300", "20 to 30", "one or two"; "3 to 5 million"
  shares the multiplier). "From 30 to 45" is a change, not a range.
- A sum in parentheses right after another sum is a currency conversion of it
  ("3.5 trillion yuan ($503 billion)") and not a claim of its own.
- Time and place are the Time and Place ids mentioned in the claim's own clause (a
  coordinated clause with its own verb dates only its own figure).
- Two claims conflict when they count the same quantity (deaths, injured, troops …)
  with different values from two named, different sources within a few sentences
  of each other: farther apart, they more likely count different things (one
  attack, the whole war); without a source a second figure is as likely an update.
  Sums of money never conflict: they pay for different things; nor do counts of
  different people (soldiers, fighters) or a further count ("five others").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..record import Claim, Quote
from .claims_lexicon import ClaimLexicon, ClaimWord, claim_lexicon
from .claims_numbers import is_number_word, multiplier_of, parse_number
from .context import Context
from .quotes_speaker import speaker_actor, speaker_token, speaker_words

# Entity types whose numbers are not counts.
_NOT_COUNTS = frozenset({"DATE", "TIME", "PERCENT", "ORDINAL"})
# Counted things that are claims only with an event ("people killed"), not alone.
_NEEDS_EVENT = frozenset({"people", "children", "number"})
# How many words a conversion's parenthesis may lie from the sum it converts.
CONVERSION_WINDOW = 4
# Conflicting figures must lie within this many sentences of each other.
CONFLICT_WINDOW_SENTENCES = 3
_CURRENCY_SYMBOLS = "$€£¥"
# Words that make a figure a further count, not another estimate of the same one.
_ADDITIVE_BEFORE = frozenset({"another", "other", "additional", "further"})
_ADDITIVE_AFTER = frozenset({"others", "more", "other", "additional", "further"})
# Counts of anyone: a toll or "people killed" may disagree with a count of civilians.
_ANYONE = frozenset({"people", "death", "toll", "total", "tally", "number", "casualties"})
_MORE = frozenset({"more", "others"})
_RANGE_DASHES = frozenset({"-", "–", "—"})
_CLAUSE_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "aux",
        "auxpass",
        "neg",
        "dobj",
        "attr",
        "dative",
        "agent",
        "acomp",
        "oprd",
        "prt",
        "expl",
    }
)


@dataclass
class _Figure:
    """A claim before ids, sources and conflicts are settled."""

    value: float
    value_max: float | None
    what: str
    quantity: str
    unit: str | None
    qualifier: str | None
    start: int
    end: int
    sentence: int
    number: Token
    additive: bool = False


def extract_claims(doc: Doc, ctx: Context) -> list[Claim]:
    """Figures with what they count, their qualifier and their source, in text order.

    Args:
        doc: the parsed article text.
        ctx: earlier results; ``ctx.quotes`` gives sources, ``ctx.actors`` resolves them.

    Returns:
        Claims with ids C1, C2, …; ``conflicts_with`` links disagreeing figures.
    """
    lexicon = claim_lexicon()
    sentence_of = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
    figures: list[_Figure] = []
    taken: set[int] = set()
    for token in doc:
        if token.i in taken:
            continue
        group = _number_group(doc, token)
        if not group:
            continue
        taken.update(t.i for t in group)
        upper = _range_end(doc, group)
        taken.update(t.i for t in upper)
        figure = _figure(doc, group, upper, lexicon, sentence_of)
        if figure is not None:
            figures.append(figure)
    text = doc.text  # once: spaCy rebuilds it from the tokens on every access
    claims = [_to_claim(doc, text, f, n + 1, ctx, lexicon) for n, f in enumerate(figures)]
    _link_conflicts(claims, figures)
    return claims


# --- numbers ------------------------------------------------------------------------


def _number_group(doc: Doc, token: Token) -> list[Token]:
    """The words of one written number starting at ``token`` ("$", "1.5", "million")."""
    group: list[Token] = []
    i = token.i
    if token.lower_ == "half" and i + 2 < len(doc) and doc[i + 1].lower_ in ("a", "an"):
        group.extend([token, doc[i + 1]])  # "half a million"
        i += 2
    elif token.text in _CURRENCY_SYMBOLS or (
        token.lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ == "dozen"
    ):
        group.append(token)
        i += 1
    while i < len(doc) and (
        is_number_word(doc[i].text) and doc[i].pos_ in ("NUM", "NOUN", "PROPN", "X")
    ):
        group.append(doc[i])
        i += 1
    if not any(is_number_word(t.text) for t in group):
        return []
    return group


def _range_end(doc: Doc, group: list[Token]) -> list[Token]:
    """The upper number of a range starting with ``group``: "200-300", "20 to 30",
    "between 200 and 300". "From 30 to 45" is a change, not a range, and is left alone."""
    i = group[-1].i + 1
    if i + 1 >= len(doc):
        return []
    link = doc[i]
    before = doc[group[0].i - 1].lower_ if group[0].i > 0 else ""
    if (
        link.text in _RANGE_DASHES
        or (link.lower_ == "to" and before != "from")
        or link.lower_ == "or"  # "one or two suspects"
    ):
        pass
    elif not (link.lower_ == "and" and before == "between"):
        return []
    upper = _number_group(doc, doc[i + 1])
    if not upper or any(t.text in _CURRENCY_SYMBOLS for t in group) != any(
        t.text in _CURRENCY_SYMBOLS for t in upper
    ):
        return []
    low = parse_number([t.text for t in group])
    high = parse_number([t.text for t in upper])
    if low is None or high is None or high <= low:
        return []
    return upper


def _share_multiplier(low: float, low_words: list[str], high_words: list[str]) -> float:
    """ "3 to 5 million", "between 2 and 3 billion": the lower end borrows the upper
    end's "million" when it has none of its own."""
    factor = multiplier_of(high_words[-1])
    if factor is None or any(multiplier_of(w) for w in low_words) or low * factor > 1e15:
        return low
    return low * factor


def _figure(
    doc: Doc,
    group: list[Token],
    upper: list[Token],
    lexicon: ClaimLexicon,
    sentence_of: dict[int, int],
) -> _Figure | None:
    if any(t.ent_type_ in _NOT_COUNTS for t in group + upper):
        return None
    value = parse_number([t.text for t in group])
    if value is None:
        return None
    value_max = parse_number([t.text for t in upper]) if upper else None
    if value_max is not None:
        value = _share_multiplier(value, [t.text for t in group], [t.text for t in upper])
    # The counted noun hangs from whichever end the parser attached it to: the upper
    # one in "200-300 people", the lower one in "between 200 and 300 fighters".
    head = group[-1]
    counted = _what(head, group, lexicon)
    if upper and counted is None:
        head = upper[-1]
        counted = _what(head, upper, lexicon)
    if counted is None:
        return None
    what, quantity, unit = counted
    if quantity == "money" and _is_conversion(doc, group[0], lexicon):
        return None
    start, end = _clause_bounds(doc, head)
    after = doc[head.i + 1].lower_ if head.i + 1 < len(doc) else ""
    before = doc[group[0].i - 1].lower_ if group[0].i > 0 else ""
    return _Figure(
        additive=before in _ADDITIVE_BEFORE or after in _ADDITIVE_AFTER,
        value=value,
        value_max=value_max,
        what=what,
        quantity=quantity,
        unit=unit,
        qualifier=_qualifier(doc, group[0], lexicon),
        start=start,
        end=end,
        sentence=sentence_of.get(head.i, 0),
        number=head,
    )


def _is_conversion(doc: Doc, first: Token, lexicon: ClaimLexicon) -> bool:
    """A sum in parentheses right after another sum is the same money in another
    currency: "3.5 trillion yuan ($503 billion; 478 billion euros)", "an $800,000 deal
    (766,000 euros)". Wire copy adds these conversions; they are not claims of their own."""
    i = first.i - 1
    while i >= max(0, first.i - CONVERSION_WINDOW) and doc[i].text != "(":
        if doc[i].text == ")" or doc[i].is_sent_start:
            return False
        i -= 1
    if i < 0 or doc[i].text != "(":
        return False
    before = doc[max(0, i - CONVERSION_WINDOW) : i]
    return any(
        t.text in _CURRENCY_SYMBOLS
        or t.text[:1] in _CURRENCY_SYMBOLS
        or lexicon.get(t.lemma_, "currency") is not None
        for t in before
    )


def _qualifier(doc: Doc, first: Token, lexicon: ClaimLexicon) -> str | None:
    """The qualifying words right before the number ("at least", "nearly", "up to")."""
    window = doc[max(0, first.i - 3) : first.i]
    before = " ".join(t.lower_ for t in window if not t.is_space)
    for qualifier in lexicon.qualifiers:
        if before == qualifier or before.endswith(" " + qualifier):
            return qualifier
    return None


# --- what is counted ----------------------------------------------------------------


def _what(
    head: Token, group: list[Token], lexicon: ClaimLexicon
) -> tuple[str, str, str | None] | None:
    """(what, quantity, unit) for the number whose last word is ``head``, or None."""
    symbol = next((t.text for t in group if t.text in _CURRENCY_SYMBOLS), None)
    if symbol is not None:
        entry = lexicon.get(symbol, "currency")
        return ("money", "money", entry.label if entry else None)
    # "four more died", "killing 20 others": "more"/"others" stands for the counted thing.
    more = head.head
    if more.lower_ in _MORE and more.i != head.i and more.head.i != more.i:
        event = lexicon.get(more.head.lemma_, "event")
        if event is not None and more.dep_ in ("nsubj", "nsubjpass", "dobj", "advmod"):
            return (event.label, event.quantity, None)
    noun = head.head if head.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") else None
    if noun is not None and noun.pos_ in ("NOUN", "PROPN", "ADJ"):
        currency = lexicon.get(noun.lemma_, "currency")
        if currency is not None:
            return ("money", "money", currency.label)
        counted = (
            lexicon.get(noun.lemma_, "noun")
            or lexicon.get(noun.lower_, "noun")
            or _people_by_nationality(noun)
        )
        if counted is not None:
            event = _event_of(noun, lexicon)
            if event is not None:
                return (f"{counted.label} {event.label}", event.quantity, None)
            if counted.quantity in _NEEDS_EVENT:
                return None
            return (counted.label, counted.quantity, None)
        measure = lexicon.get(noun.lemma_, "measure")
        if measure is not None:
            return _measure_phrase(noun, measure, lexicon)
        return None
    # The number stands for the counted thing: "more than 100 wounded", "killing 30",
    # "the death toll rose to 30", "place the death toll at 470,000".
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.i != head.i:
        event = lexicon.get(head.head.lemma_, "event")
        if event is not None:
            return (event.label, event.quantity, None)
    if head.dep_ == "pobj":
        governor = head.head.head
        measure_noun = _measure_near(governor, lexicon)
        if measure_noun is not None:
            entry = lexicon.get(measure_noun.lemma_, "measure")
            if entry is not None:
                return _measure_phrase(measure_noun, entry, lexicon)
    return None


def _people_by_nationality(noun: Token) -> ClaimWord | None:
    """ "58 Palestinians", "three Americans": a plural demonym counts people (and, like
    "people", is a claim only with an event)."""
    if noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS") and noun.text[:1].isupper():
        return ClaimWord(role="noun", label=noun.text, quantity="people")
    return None


def _event_of(noun: Token, lexicon: ClaimLexicon) -> ClaimWord | None:
    """What happened to the counted thing: "people (were) killed", "killed 30 people"."""
    for candidate in (noun, noun.head if noun.dep_ == "conj" else None):
        if candidate is None:
            continue
        verb = candidate.head
        if candidate.dep_ == "pobj" and verb.lower_ in ("to", "of"):
            # "arrested up to 40 protesters", "killed as many as 30 people"
            while verb.dep_ in ("prep", "prt", "advmod") and verb.head.i != verb.i:
                verb = verb.head
        if candidate.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and verb.i != candidate.i:
            if any(c.lower_ == "dead" for c in verb.children):
                return lexicon.get("kill", "event")  # "shot dead", "beaten dead": killed
            event = lexicon.get(verb.lemma_, "event")
            if event is not None:
                return event
        for child in candidate.children:
            if child.dep_ in ("amod", "acl", "relcl", "appos"):
                event = lexicon.get(child.lemma_, "event")
                if event is not None:
                    return event
    return None


def _measure_near(governor: Token, lexicon: ClaimLexicon) -> Token | None:
    """The measure noun the number is the value of: "toll" in "the toll rose to 30"."""
    if lexicon.get(governor.lemma_, "measure") is not None:
        return governor
    for child in governor.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and lexicon.get(child.lemma_, "measure"):
            return child
    return None


def _measure_phrase(
    noun: Token, entry: ClaimWord, lexicon: ClaimLexicon
) -> tuple[str, str, str | None] | None:
    """ "death toll", "number of refugees": the measure with what it measures."""
    modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and not c.like_num]
    if modifiers and entry.quantity != "number":  # "the total number" counts nothing yet
        return (" ".join([*(m.lower_ for m in modifiers), noun.lower_]), entry.quantity, None)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                counted = lexicon.get(obj.lemma_, "noun") or lexicon.get(obj.lemma_, "event")
                if counted is not None:
                    return (f"{noun.lower_} of {obj.lower_}", counted.quantity, None)
    if entry.quantity == "number":
        return None  # "the number rose to 30": of what, the text does not say here
    return (noun.lower_, entry.quantity, None)


# --- the clause and the source --------------------------------------------------------


def _governing_verb(head: Token) -> tuple[Token | None, Token]:
    """The verb of the clause stating the number, and its child on the way down."""
    node = head
    while node.head.i != node.i:
        parent = node.head
        if parent.pos_ in ("VERB", "AUX"):
            return parent, node
        node = parent
    return None, node


def _clause_bounds(doc: Doc, head: Token) -> tuple[int, int]:
    """Offsets of the clause that states the number: its verb, subject, objects and the
    phrase holding the number, without adjuncts such as "according to X"."""
    verb, path = _governing_verb(head)
    if verb is None:
        tokens = list(path.subtree)
    else:
        tokens = [verb, *path.subtree]
        for child in verb.children:
            if child.dep_ in _CLAUSE_DEPS:
                tokens.extend(child.subtree)
    tokens = [t for t in tokens if not t.is_space]
    tokens.sort(key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    first, last = tokens[0], tokens[-1]
    opened = sum(t.text == "(" for t in tokens) - sum(t.text == ")" for t in tokens)
    if opened > 0 and last.i + 1 < len(doc) and doc[last.i + 1].text == ")":
        last = doc[last.i + 1]  # close the parenthesis the clause opened: "(478 billion euros)"
    return first.idx, last.idx + len(last.text)


def _clause_offsets(number: Token) -> dict[int, int]:
    """Start -> end offsets of the tokens of the clause a number is stated in.

    The clause is its verb's subtree without coordinated clauses of their own ("12 were
    killed on Monday, and on Tuesday four more died": Tuesday dates only the four). A
    conjunct that drops its auxiliary ("35 were killed and 120 [were] wounded when …")
    is one clause with the verb it is coordinated with, sharing its adjuncts.
    """
    verb, path = _governing_verb(number)
    if verb is None:
        tokens = list(path.subtree)
    else:
        while verb.dep_ == "conj" and _is_gapped(verb) and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        own = set(number.ancestors) | {number}
        skipped = {
            t.i
            for child in verb.children
            if child.dep_ == "conj" and child not in own and not _is_gapped(child)
            for t in child.subtree
        }
        tokens = [t for t in verb.subtree if t.i not in skipped]
    return {t.idx: t.idx + len(t.text) for t in tokens}


def _is_gapped(verb: Token) -> bool:
    """A past participle standing without its auxiliary: "and 120 [were] wounded"."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _source(
    doc: Doc, figure: _Figure, ctx: Context, lexicon: ClaimLexicon
) -> tuple[str | None, str | None]:
    """(source text, actor id) of a figure: quote speaker, estimator, "according to X"."""
    position = figure.number.idx
    quote = _enclosing_quote(ctx.quotes, position)
    if quote is not None:
        return quote.speaker_name, quote.speaker
    verb, _ = _governing_verb(figure.number)
    if verb is not None and _states_source(verb, lexicon):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].i != figure.number.i:
            words = speaker_words(subjects[0])
            actor = speaker_actor(doc, words.start_char, words.end_char, ctx)
            return words.text, actor.id if actor else None
    for token in figure.number.sent:
        if token.lower_ == "according":
            head = speaker_token(token)
            if head is not None:
                words = speaker_words(head)
                actor = speaker_actor(doc, words.start_char, words.end_char, ctx)
                return words.text, actor.id if actor else None
    return None, None


def _states_source(verb: Token, lexicon: ClaimLexicon) -> bool:
    """Does the verb's subject give the figure ("estimates place the toll at …")?"""
    when = lexicon.source_verbs.get(verb.lemma_.lower())
    if when == "measure":
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return any(lexicon.get(o.lemma_, "measure") for o in objects)
    return when is not None


def _enclosing_quote(quotes: list[Quote], position: int) -> Quote | None:
    """The narrowest quote with a speaker whose content holds ``position``."""
    holding = [q for q in quotes if q.start <= position < q.end and (q.speaker_name or q.speaker)]
    return min(holding, key=lambda q: q.end - q.start) if holding else None


def _to_claim(
    doc: Doc, text: str, f: _Figure, number: int, ctx: Context, lexicon: ClaimLexicon
) -> Claim:
    source, source_actor = _source(doc, f, ctx, lexicon)
    clause = _clause_offsets(f.number)
    time = next((t.id for t in ctx.times if t.start in clause), None)
    place = next(
        (
            p
            for p in ctx.places
            for m in p.mentions
            if m.start in clause and m.end <= clause[m.start]
        ),
        None,
    )
    return Claim(
        id=f"C{number}",
        value=f.value,
        value_max=f.value_max,
        text=text[f.start : f.end],
        what=f.what,
        qualifier=f.qualifier,
        source=source,
        source_actor=source_actor,
        start=f.start,
        end=f.end,
        unit=f.unit,
        quantity=f.quantity,
        time=time,
        place=place.id if place else None,
    )


def _population(what: str) -> str | None:
    """Who a count is of ("soldiers" in "soldiers killed"), or None for a count of
    anyone ("death toll", "people killed", "wounded"), which may disagree with any."""
    first = what.split()[0].lower()
    return None if first in _ANYONE or len(what.split()) == 1 else first


def _link_conflicts(claims: list[Claim], figures: list[_Figure]) -> None:
    """Mark claims that give different values for one quantity from different sources."""
    for i, (a, fa) in enumerate(zip(claims, figures, strict=True)):
        for b, fb in zip(claims[i + 1 :], figures[i + 1 :], strict=True):
            if a.quantity != b.quantity or a.unit != b.unit or a.quantity == "money":
                continue  # sums of money differ because they pay for different things
            if not (a.source and b.source):
                continue  # a conflict is between sources; unsourced figures may be updates
            if (
                abs(fa.sentence - fb.sentence) > CONFLICT_WINDOW_SENTENCES
                or fa.sentence == fb.sentence
            ):
                continue
            if a.value == b.value or (a.source or "").lower() == (b.source or "").lower():
                continue
            if fa.additive or fb.additive:
                continue  # "five others were wounded", "another 10": a further count
            pa, pb = _population(a.what), _population(b.what)
            if pa and pb and pa != pb:
                continue  # two Afghan soldiers and ten fighters are different people
            a.conflicts_with.append(b.id)
            b.conflicts_with.append(a.id)
