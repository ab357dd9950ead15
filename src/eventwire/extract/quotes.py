"""Quotes: who said what, with the words in quotation marks and their attribution.

Three kinds, following news style:

- **direct**: a quotation that stands as speech of its own ("…," Putin said;
  X said: "…"; a quotation paragraph that continues the previous speaker);
- **partial**: quoted words inside a reported sentence whose speech verb governs
  them (Assad said the move was in line with "the continuation of …"), or whose verb
  of judging in words owns them directly or through "as"/"to"/"of" ("pounding Trump
  as a "con artist"", "likened the plan to "a train wreck"", "criticized the law as
  a "crazy system""): the words are the subject's own judgement, so they are
  attributed speech. Verbs of classifying ("class", "list", "designate") are not:
  "class all opposition groups as "terrorists"" stays a scare quote;
- **indirect**: a reported clause without quotation marks ("X said (that) …",
  "… , according to X", "critics worry that …", "Trump's claim that …", "called the
  charges unsubstantiated").

A quotation left open at the end of its paragraph continues into the next one; the
whole run takes the attribution the last paragraph gives ("…," said X).

Quotation marks also enclose things that are not speech; these are dropped: titles
and names ("a document titled "…"", "known as", "dubbed", Title Case phrases, a
quoted name modifying a noun: the "Amaq" news agency), and scare quotes (a short
quoted phrase no speech verb governs: class them as "terrorists").

The speaker is the subject of the speech verb in the dependency parse (institutions
too: "the army said in a statement" gives "the army"); it resolves to an actor through
:func:`~eventwire.extract.context.actor_at` at the head word of the speaker's words
(so "Residents of Yakla" do not become Yakla, and "a statement from the regime"
speaks for the regime) when the actors extractor found one there, else
``speaker_name`` is the speaker's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from ..record import Quote, Span
from .context import Context
from .quotes_lexicon import SpeechLexicon, speech_lexicon
from .quotes_marks import MARKS, Quoted, find_paragraphs, find_quoted
from .quotes_speaker import same_paragraph, speaker_actor, speaker_token, speaker_words

# A quoted phrase this short with no speech verb governing it is a scare quote.
SCARE_QUOTE_MAX_WORDS = 3
# How far up the parse a speech verb may govern quoted words and still own them.
MAX_GOVERNING_STEPS = 8
# Title Case quotations up to this long are names of shows, books, laws, slogans.
TITLE_MAX_WORDS = 8
_TITLE_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "as",
        "but",
        "nor",
        "vs",
        "vs.",
    }
)
# At most this many words between a quotation and its attribution ("," said X).
MAX_ATTRIBUTION_GAP = 8
# Past forms of "say" and "tell", speech verbs whatever the tagger calls them.
_SAID_FORMS = frozenset({"said", "says", "told", "tells"})
# Parts of speech that make up a speaker's name when the parse lost the subject.
_NAME_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "PART"})
# Punctuation inside a speaker's name or its apposition: "Rep. Cummings (D-Md.)".
_NAME_PUNCT = frozenset({",", ".", "-", "'", "’", "(", ")"})
# "WALLACE: …": a transcript's speaker label opening the quoted words.
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")
# "…” ― Pamela Padilla": a name after a dash, closing the quotation's line.
_DASH_ATTRIBUTION = re.compile(
    r"[ \t\xa0]*[―—–][ \t\xa0]*([^\s―—–.,][^\n―—–,]{0,50}?)[ \t\xa0.]*(?:\n|$)"
)
# Prepositions through which a verb of judging owns quoted words: "as", "to", "of".
_CHARACTERIZING_PREPS = frozenset({"as", "to", "of"})
QuoteKind = Literal["direct", "partial", "indirect"]
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
# Pronouns that stand for the last named person speaker ("…," he said). "It" and
# "they" more often stand for an organisation or a document, so they stay as written.
_PERSON_PRONOUNS = frozenset({"he", "she"})


@dataclass
class _Found:
    """A quote before ids are assigned."""

    start: int
    end: int
    kind: QuoteKind
    cue: Token | None
    speaker: Span | None
    paragraph: int
    outer_end: int


def extract_quotes(doc: Doc, ctx: Context) -> list[Quote]:
    """Direct, partial and indirect quotes in the article, in text order.

    Args:
        doc: the parsed article text.
        ctx: what earlier extractors found; ``ctx.actors`` resolves speakers.

    Returns:
        Quotes with ids Q1, Q2, … in order of their content's start.
    """
    lexicon = speech_lexicon()
    text = doc.text  # once: spaCy rebuilds doc.text from the tokens on every access
    quoted = find_quoted(text)
    inside = _inside_mask(len(text), quoted)
    found: list[_Found] = []
    for q in quoted:
        item = _attribute_quoted(doc, text, q, inside, lexicon, found)
        if item is not None:
            found.append(item)
    _attribute_from_next_paragraph(text, found)
    used_cues = {f.cue.i for f in found if f.cue is not None}
    found.extend(_indirect_quotes(doc, text, inside, lexicon, used_cues))
    found.sort(key=lambda f: f.start)
    return [_to_quote(doc, text, f, i + 1, ctx, found) for i, f in enumerate(found)]


# --- quotation marks --------------------------------------------------------------


def _inside_mask(size: int, quoted: list[Quoted]) -> list[bool]:
    """For each character: is it inside quotation marks (marks included)?"""
    mask = [False] * size
    for q in quoted:
        for pos in range(q.open_at, min(q.outer_end, size)):
            mask[pos] = True
    return mask


def _attribute_quoted(
    doc: Doc,
    text: str,
    q: Quoted,
    inside: list[bool],
    lexicon: SpeechLexicon,
    earlier: list[_Found],
) -> _Found | None:
    if _is_title(text, q, lexicon) or _modifies_a_noun(doc, q):
        return None
    words = len(text[q.start : q.end].split())
    standalone = _is_standalone(text, q)
    kind: QuoteKind = "direct" if standalone else "partial"
    # Words inside a clause belong to the verb that governs the clause (Assad said the
    # move was in line with "…", a statement said); a quotation standing on its own
    # belongs to the attribution next to it.
    if standalone:
        label = _transcript_label(doc, text, q)
        if label is not None:
            return _Found(q.start, q.end, kind, None, label, q.paragraph, q.outer_end)
        found = _attribution_after(doc, text, q, inside, lexicon) or _attribution_before(
            doc, text, q, inside, lexicon
        )
        cue = found[0] if found else _governing_cue(doc, q, inside, lexicon)
        speaker = found[1] if found else None
    else:
        cue = _governing_cue(doc, q, inside, lexicon)
        speaker = None
        if cue is None:
            found = _attribution_after(doc, text, q, inside, lexicon) or _attribution_before(
                doc, text, q, inside, lexicon
            )
            cue, speaker = found if found else (None, None)
    if cue is not None:
        speaker = speaker or _speaker_of(doc, text, cue, inside)
        return _Found(q.start, q.end, kind, cue, speaker, q.paragraph, q.outer_end)
    if speaker is not None:
        return _Found(q.start, q.end, kind, None, speaker, q.paragraph, q.outer_end)
    if not standalone or words <= SCARE_QUOTE_MAX_WORDS:
        return None  # scare quotes, nicknames, quoted phrases nobody is said to utter
    introduced = _colon_introduction(doc, text, q, inside, lexicon)
    if introduced is not None:
        cue, speaker = introduced
        return _Found(q.start, q.end, "direct", cue, speaker, q.paragraph, q.outer_end)
    previous = _continued_speaker(doc, text, q, earlier)
    if previous is not None:
        return _Found(
            q.start, q.end, "direct", previous.cue, previous.speaker, q.paragraph, q.outer_end
        )
    return _Found(q.start, q.end, "direct", None, None, q.paragraph, q.outer_end)


def _speaker_of(doc: Doc, text: str, cue: Token, inside: list[bool]) -> Span | None:
    """The speaker of a speech verb: its subject, else the name right beside it.

    The fallback matters when the parser joins a quotation paragraph to its neighbour
    and loses the subject ("…," Rep. Elijah E. Cummings (D-Md.) said).
    """
    head = speaker_token(cue)
    if head is not None and (not inside[head.idx] or _inside_a_name(text, head.idx)):
        return _span(doc, head)
    if cue.lower_ == "according":
        return None
    for side in (_name_run(doc, text, cue, -1, inside), _name_run(doc, text, cue, +1, inside)):
        if side:
            return Span(
                start=side[0].idx,
                end=side[-1].idx + len(side[-1].text),
                text=text[side[0].idx : side[-1].idx + len(side[-1].text)],
            )
    return None


def _inside_a_name(text: str, pos: int) -> bool:
    """Is ``pos`` inside a short quoted name ("the so-called "Islamic State" said")
    rather than inside quoted speech? Names are a few words without sentence marks."""
    left = max(text.rfind(m, 0, pos) for m in MARKS)
    rights = [r for r in (text.find(m, pos) for m in MARKS) if r >= 0]
    if left < 0 or not rights:
        return False
    inner = text[left + 1 : min(rights)]
    return len(inner.split()) <= SCARE_QUOTE_MAX_WORDS and not any(c in inner for c in ".,!?:;")


def _name_run(doc: Doc, text: str, cue: Token, step: int, inside: list[bool]) -> list[Token]:
    """The nominal words directly before (step -1) or after (+1) the cue.

    Commas may separate a name from its apposition ("Flynn, a top Trump surrogate,
    said"); of the comma-separated parts the one opening with a proper noun is the
    name, else the part nearest the cue ("In an interview, the minister said").
    """
    words: list[Token] = []
    i = cue.i + step
    while 0 <= i < len(doc) and len(words) < 16:
        token = doc[i]
        if inside[token.idx] or not same_paragraph(token, cue):
            break
        if not token.is_space:
            if token.pos_ not in _NAME_POS and token.text not in _NAME_PUNCT:
                break
            words.append(token)
        i += step
    if step < 0:
        words.reverse()
    parts: list[list[Token]] = [[]]
    for token in words:
        if token.text == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    parts = [_trim_run(p) for p in parts]
    parts = [p for p in parts if any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in p)]
    if not parts:
        return []
    named = [p for p in parts if p[0].pos_ == "PROPN"]
    if named:
        return named[-1] if step < 0 else named[0]
    return parts[-1] if step < 0 else parts[0]


def _trim_run(run: list[Token]) -> list[Token]:
    while run and (run[0].is_punct or run[0].pos_ == "ADP"):
        run = run[1:]
    while run and ((run[-1].is_punct and run[-1].text != ")") or run[-1].pos_ == "ADP"):
        run = run[:-1]
    return run


def _transcript_label(doc: Doc, text: str, q: Quoted) -> Span | None:
    """A speaker label opening the quoted words: "WALLACE: Let's start …"."""
    match = _TRANSCRIPT_LABEL.match(text, q.start, q.end)
    if match is None:
        return None
    return Span(start=match.start(1), end=match.end(1), text=match.group(1))


def _attribution_after(
    doc: Doc, text: str, q: Quoted, inside: list[bool], lexicon: SpeechLexicon
) -> tuple[Token | None, Span | None] | None:
    """The attribution right after the closing mark: "…," Putin said; "…" ― Name."""
    if q.close_at is None:
        return None
    after = _tokens_after(doc, text, q.outer_end, inside)
    for n, token in enumerate(after[: MAX_ATTRIBUTION_GAP + 1]):
        if _is_cue(token, lexicon):
            if all(_attribution_filler(t, token) for t in after[:n]):
                return token, None
            break
        if (token.is_sent_start and n > 0) or text[token.idx] in ".!?":
            break
    dash = _DASH_ATTRIBUTION.match(text, q.outer_end)
    if dash is not None and all(w[:1].isupper() for w in dash.group(1).split()):
        return None, Span(start=dash.start(1), end=dash.end(1), text=dash.group(1))
    return None


def _attribution_before(
    doc: Doc, text: str, q: Quoted, inside: list[bool], lexicon: SpeechLexicon
) -> tuple[Token | None, Span | None] | None:
    """The attribution right before the opening mark: Putin said: "…"; According to X,
    "…"; and a quotation that opens the sentence after its attribution ("…," she
    said. "…")."""
    before = _tokens_before(doc, q.open_at, inside)
    for n, token in enumerate(before[: MAX_ATTRIBUTION_GAP + 1]):
        if _is_cue(token, lexicon):
            between = [t for t in before[:n] if not (t.text in ".!?" and t is before[0])]
            if all(t.lower_ == "that" or _attribution_filler(t, token) for t in between):
                return token, None
            break
        if token.text in ".!?" and n > 0:
            break
        if token.pos_ == "VERB":
            break
    return None


def _colon_introduction(
    doc: Doc, text: str, q: Quoted, inside: list[bool], lexicon: SpeechLexicon
) -> tuple[Token, Span | None] | None:
    """A quotation paragraph introduced by the paragraph before ending in a colon:
    "He said:" / "The New York Times reports:"."""
    if q.paragraph == 0 or not _opens_paragraph(text, q):
        return None
    para = find_paragraphs(text)[q.paragraph - 1]
    intro = text[para.start : para.end].rstrip()
    if not intro.endswith(":"):
        return None
    span = doc.char_span(para.start, para.start + len(intro), alignment_mode="expand")
    if span is None:
        return None
    cues = [t for t in span if _is_cue(t, lexicon) and not inside[t.idx]]
    if cues:
        return cues[-1], _speaker_of(doc, text, cues[-1], inside)
    # "Sanders made the following comment:": the subject of a clause naming speech.
    for token in reversed(span):
        if token.lemma_.lower() in lexicon.speech_nouns and token.dep_ in ("dobj", "attr"):
            verb = token.head
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects and not inside[subjects[0].idx]:
                return verb, _span(doc, subjects[0])
    return None


def _opens_paragraph(text: str, q: Quoted) -> bool:
    before = text[: q.open_at].rstrip(" \t\xa0")
    return not before or before.endswith("\n")


def _is_title(text: str, q: Quoted, lexicon: SpeechLexicon) -> bool:
    """Quoted words that are a name or a title: "a document titled "…"", "known as "…",
    and Title Case phrases ("Fox News Sunday", "Face the Nation", "Lyin' Ted")."""
    before = text[max(0, q.open_at - 40) : q.open_at].rstrip(" ,:").lower()
    if any(before.endswith(" " + cue) or before == cue for cue in lexicon.title_cues):
        return True
    return _is_title_case(text[q.start : q.end])


def _modifies_a_noun(doc: Doc, q: Quoted) -> bool:
    """Quoted words naming the noun right after them: the "Amaq" news agency, the
    "Wall Street Journal" editorial board. A name used as a modifier is not speech."""
    tokens = _tokens_between(doc, q.start, q.end)
    roots = [t for t in tokens if not (q.start <= t.head.idx < q.end)]
    if len(roots) != 1 or len(tokens) > TITLE_MAX_WORDS:
        return False
    root = roots[0]
    return root.dep_ in ("compound", "nmod", "amod") and root.head.idx >= q.outer_end


def _is_title_case(content: str) -> bool:
    """Every content word capitalised, as in names of shows, books and laws.

    Speech is written in sentence case, so a quotation of two to eight words whose
    every content word starts with a capital is a name, not something said.
    """
    words = content.strip(" .,!?;:").split()
    if not 2 <= len(words) <= TITLE_MAX_WORDS:
        return False
    content_words = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    if not content_words or any(w.isupper() and len(w) > 1 for w in content_words):
        return False  # all-capitals words are shouting or acronyms, not title case
    return all(w[:1].isupper() or not w[:1].isalpha() for w in content_words)


def _is_standalone(text: str, q: Quoted) -> bool:
    """A quotation that is a statement of its own rather than words inside a clause.

    It opens a paragraph, follows a colon or comma (X said, "…"), or is a sentence:
    starts with a capital and ends with sentence punctuation or a comma.
    """
    before = text[: q.open_at].rstrip(" \t")
    if not before or before.endswith("\n") or before[-1] in ":,":
        return True
    content = text[q.start : q.end]
    ends = text[q.end : q.outer_end].lstrip()
    return content[:1].isupper() and (content[-1:] in ".!?" or ends[:1] == ",")


# --- finding the speech verb ---------------------------------------------------------


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return list(span) if span is not None else []


def _tokens_after(doc: Doc, text: str, start: int, inside: list[bool]) -> list[Token]:
    """Tokens after ``start`` up to the next quotation mark or end of the paragraph."""
    tokens: list[Token] = []
    span = doc.char_span(start, len(text), alignment_mode="expand")
    if span is None:
        return tokens
    for token in span:
        if "\n" in token.text or inside[token.idx]:
            break
        if token.is_space:
            continue
        tokens.append(token)
    return tokens


def _tokens_before(doc: Doc, end: int, inside: list[bool]) -> list[Token]:
    """Tokens before ``end``, nearest first, back to a quotation mark or paragraph start."""
    tokens: list[Token] = []
    span = doc.char_span(0, end, alignment_mode="contract")
    if span is None:
        return tokens
    for token in reversed(span):
        if "\n" in token.text or inside[token.idx]:
            break
        if token.is_space:
            continue
        tokens.append(token)
    return tokens


def _attribution_filler(token: Token, cue: Token) -> bool:
    """Words allowed between a quotation and its speech verb: punctuation, the speaker."""
    if token.is_punct:
        return True
    if token.pos_ in ("VERB",) and token.dep_ not in ("aux", "auxpass"):
        return False
    if token.pos_ in _NAME_POS or token.dep_ in ("aux", "advmod", "npadvmod"):
        return True  # the speaker's name, even when the parse attached it elsewhere
    return cue in token.ancestors or token in cue.ancestors


def _is_cue(token: Token, lexicon: SpeechLexicon, *, quoted: bool = True) -> bool:
    """Does ``token`` attribute speech? With ``quoted``, of quoted words: verbs of
    stance ("believe") report only clauses."""
    if token.pos_ in ("VERB", "AUX") and lexicon.is_speech_verb(token.lemma_):
        return not (quoted and lexicon.is_stance_verb(token.lemma_))
    if token.lower_ in _SAID_FORMS:
        return True  # "Said Ellis: …" — the tagger reads a sentence-initial "Said" as a name
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


def _governing_cue(doc: Doc, q: Quoted, inside: list[bool], lexicon: SpeechLexicon) -> Token | None:
    """The nearest speech verb above the quoted words in the parse, outside any quote.

    A weak speech verb ("call", "describe") owns the quotation only when it governs it
    directly; a verb of saying proper may govern it from further up.
    """
    tokens = _tokens_between(doc, q.start, q.end)
    roots = [t for t in tokens if not (q.start <= t.head.idx < q.end) or t.head.i == t.i]
    best: tuple[int, Token] | None = None
    for root in roots:
        node, steps = root, 0
        while node.head.i != node.i and steps < MAX_GOVERNING_STEPS:
            node, steps = node.head, steps + 1
            if inside[node.idx]:
                continue
            if (
                _is_cue(node, lexicon)
                and (steps == 1 or lexicon.is_speech_verb(node.lemma_, strong_only=True))
            ) or _characterizes(node, root, steps, lexicon):
                if best is None or steps < best[0]:
                    best = (steps, node)
                break
    return best[1] if best else None


def _characterizes(verb: Token, root: Token, steps: int, lexicon: SpeechLexicon) -> bool:
    """A verb of judging in words that owns the quoted words: directly ("denounced
    "…"") or through "as"/"to"/"of" ("pounding Trump as a "con artist"", "likened it
    to "…""). Attributed speech, since the words are the subject's own judgement."""
    if verb.pos_ != "VERB" or not lexicon.is_characterizing_verb(verb.lemma_):
        return False
    if steps == 1:
        return True
    link = root.head
    return steps == 2 and link.dep_ == "prep" and link.lower_ in _CHARACTERIZING_PREPS


def _continued_speaker(doc: Doc, text: str, q: Quoted, earlier: list[_Found]) -> _Found | None:
    """The speaker a quotation paragraph continues: the previous paragraph must end with
    a quotation by a known speaker (news style: a new speaker is always named)."""
    if not earlier:
        return None
    last = earlier[-1]
    if last.paragraph != q.paragraph - 1 or last.kind != "direct" or last.speaker is None:
        return None
    paragraphs = find_paragraphs(text)
    para = paragraphs[last.paragraph]
    tail = text[last.outer_end : para.end]
    # After the quotation only its attribution may follow ("," Putin said.).
    if any(ch in tail for ch in '"“”') or len(tail.split()) > MAX_ATTRIBUTION_GAP + 2:
        return None
    return last


def _attribute_from_next_paragraph(text: str, found: list[_Found]) -> None:
    """A quotation left open at the end of its paragraph continues in the next one, and
    news style names the speaker only once, often in the last paragraph ("… <newline>
    "…," said X): an unattributed open quotation takes the attribution of the quotation
    opening the next paragraph. Walking backwards carries it over several paragraphs."""
    for n in range(len(found) - 2, -1, -1):
        f, after = found[n], found[n + 1]
        if f.kind != "direct" or f.speaker is not None or f.cue is not None:
            continue
        if f.outer_end != f.end:
            continue  # closed in its own paragraph: a quotation of its own
        opening = text[text.rfind("\n", 0, after.start) + 1 : after.start].strip()
        if after.paragraph != f.paragraph + 1 or len(opening) != 1 or opening not in MARKS:
            continue
        if after.speaker is not None or after.cue is not None:
            f.cue, f.speaker = after.cue, after.speaker


# --- indirect speech -------------------------------------------------------------------


def _indirect_quotes(
    doc: Doc, text: str, inside: list[bool], lexicon: SpeechLexicon, used_cues: set[int]
) -> list[_Found]:
    """Reported clauses: "X said (that) …" and "…, according to X"."""
    paragraphs = find_paragraphs(text)
    found: list[_Found] = []
    for token in doc:
        if token.i in used_cues or inside[token.idx]:
            continue
        if not _is_cue(token, lexicon, quoted=False):
            claim = _claimed_clause(token, lexicon)
            if claim is not None:
                owner, claimed = claim
                claimed = [t for t in claimed if not t.is_punct and t.dep_ != "mark"]
                if len(claimed) >= 3 and not any(inside[t.idx] for t in claimed):
                    start, end = claimed[0].idx, claimed[-1].idx + len(claimed[-1].text)
                    paragraph = next(
                        (n for n, p in enumerate(paragraphs) if p.start <= token.idx < p.end), 0
                    )
                    found.append(
                        _Found(start, end, "indirect", token, _span(doc, owner), paragraph, end)
                    )
            continue
        if token.lower_ == "according" or token.dep_ == "parataxis":
            # "…, according to X"; "The plan, he said, will fail."
            if token.head.i == token.i:
                continue
            own = set(token.subtree)
            clause = [t for t in token.head.subtree if t not in own]
        else:
            clause = _reported_content(token)
            if not clause:
                continue
        clause = [
            t for t in clause if not t.is_punct and not (t.dep_ == "mark" and t.lower_ == "that")
        ]
        while clause and clause[0].dep_ == "cc":
            clause.pop(0)  # "But …": the conjunction links to the story, not the speech
        if len(clause) < 3 or any(inside[t.idx] for t in clause):
            continue
        if any(_is_cue(t, lexicon) and t.i in used_cues for t in clause):
            continue  # a report of a report already recorded
        start, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
        head = speaker_token(token)
        speaker = _span(doc, head) if head is not None else None
        paragraph = next((n for n, p in enumerate(paragraphs) if p.start <= token.idx < p.end), 0)
        found.append(_Found(start, end, "indirect", token, speaker, paragraph, end))
    return found


def _claimed_clause(noun: Token, lexicon: SpeechLexicon) -> tuple[Token, list[Token]] | None:
    """A speech noun with its owner and a that-clause: "Trump's claim that there have
    been thousands of shootings", "the ministry's statement that …"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.speech_nouns:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    clauses = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "ccomp")
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
    ]
    if not owners or not clauses:
        return None
    return owners[0], list(clauses[0].subtree)


def _reported_content(cue: Token) -> list[Token]:
    """What a speech verb reports: its clause ("said (that) …"), or what it asks of
    someone ("urged supporters to monitor polling places", "called for a ban")."""
    complements = [c for c in cue.children if c.dep_ == "ccomp"]
    if complements:
        return list(complements[0].subtree)
    requests = [
        c for c in cue.children if c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
    ]
    if requests:
        addressees = [c for c in cue.children if c.dep_ == "dobj" and c.i < requests[0].i]
        tokens = [t for a in addressees for t in a.subtree] + list(requests[0].subtree)
        return sorted(tokens, key=lambda t: t.i)
    if cue.lemma_ == "call":
        # "called the charges unsubstantiated": a judgement of something named (a bare
        # "a group called Hamas" has no object and is a name, not speech).
        judged = [c for c in cue.children if c.dep_ == "dobj"]
        verdict = [c for c in cue.children if c.dep_ == "oprd"]
        if judged and verdict and judged[0].i < verdict[0].i:
            tokens = list(judged[0].subtree) + list(verdict[0].subtree)
            return sorted(tokens, key=lambda t: t.i)
        for child in cue.children:
            if child.dep_ in ("prep", "prt") and child.lower_ in ("for", "on"):
                return [t for t in child.subtree if t.i != child.i]
    return []


# --- records ------------------------------------------------------------------------


def _span(doc: Doc, head: Token) -> Span:
    words = speaker_words(head)
    return Span(start=words.start_char, end=words.end_char, text=words.text)


def _to_quote(
    doc: Doc, text: str, f: _Found, number: int, ctx: Context, found: list[_Found]
) -> Quote:
    speaker_id: str | None = None
    name: str | None = None
    if f.speaker is not None:
        actor = speaker_actor(doc, f.speaker.start, f.speaker.end, ctx)
        if actor is not None:
            speaker_id, name = actor.id, actor.name
        elif f.speaker.text.lower() in _PERSON_PRONOUNS:
            name = _antecedent_name(doc, f, found, ctx) or f.speaker.text
        else:
            name = f.speaker.text
    cue = None
    if f.cue is not None:
        cue = Span(start=f.cue.idx, end=f.cue.idx + len(f.cue.text), text=f.cue.text)
        if f.cue.lower_ == "according":
            end = f.cue.idx + len("according to")
            cue = Span(start=f.cue.idx, end=end, text=text[f.cue.idx : end])
    return Quote(
        id=f"Q{number}",
        text=text[f.start : f.end],
        start=f.start,
        end=f.end,
        speaker=speaker_id,
        speaker_name=name,
        speaker_span=f.speaker,
        cue=cue,
        kind=f.kind,
    )


def _antecedent_name(doc: Doc, f: _Found, found: list[_Found], ctx: Context) -> str | None:
    """A pronoun speaker ("he said") names the nearest earlier named speaker."""
    for other in reversed(found[: found.index(f)]):
        if other.speaker is None or other.speaker.text.lower() in _PRONOUNS:
            continue
        if f.paragraph - other.paragraph > 2:
            return None
        actor = speaker_actor(doc, other.speaker.start, other.speaker.end, ctx)
        return actor.name if actor is not None else other.speaker.text
    return None
