"""Quotes: who said what, with the words in quotation marks and their attribution.

Three kinds, following news style:

- **direct**: a quotation that stands as speech of its own ("…," Putin said;
  X said: "…"; a quotation paragraph that continues the previous speaker);
- **partial**: quoted words inside a reported sentence whose speech verb governs
  them (Assad said the move was in line with "the continuation of …");
- **indirect**: a reported clause without quotation marks ("X said (that) …",
  "… , according to X").

Quotation marks also enclose things that are not speech; these are dropped: titles
and names ("a document titled "…"", "known as", "dubbed"), and scare quotes (a
short quoted phrase no speech verb governs: class them as "terrorists").

The speaker is the subject of the speech verb in the dependency parse; it resolves
to an actor through :func:`~eventwire.extract.context.actor_at` when the actors
extractor found one there, else ``speaker_name`` is the speaker's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from ..record import Quote, Span
from .context import Context, actor_at
from .quotes_lexicon import SpeechLexicon, speech_lexicon
from .quotes_marks import Quoted, find_paragraphs, find_quoted
from .quotes_speaker import same_paragraph, speaker_token, speaker_words

# A quoted phrase this short with no speech verb governing it is a scare quote.
SCARE_QUOTE_MAX_WORDS = 3
# How far up the parse a speech verb may govern quoted words and still own them.
MAX_GOVERNING_STEPS = 8
# At most this many words between a quotation and its attribution ("," said X).
MAX_ATTRIBUTION_GAP = 8
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
    text = doc.text
    quoted = find_quoted(text)
    inside = _inside_mask(len(text), quoted)
    found: list[_Found] = []
    for q in quoted:
        item = _attribute_quoted(doc, q, inside, lexicon, found)
        if item is not None:
            found.append(item)
    used_cues = {f.cue.i for f in found if f.cue is not None}
    found.extend(_indirect_quotes(doc, inside, lexicon, used_cues))
    found.sort(key=lambda f: f.start)
    return [_to_quote(doc, f, i + 1, ctx, found) for i, f in enumerate(found)]


# --- quotation marks --------------------------------------------------------------


def _inside_mask(size: int, quoted: list[Quoted]) -> list[bool]:
    """For each character: is it inside quotation marks (marks included)?"""
    mask = [False] * size
    for q in quoted:
        for pos in range(q.open_at, min(q.outer_end, size)):
            mask[pos] = True
    return mask


def _attribute_quoted(
    doc: Doc, q: Quoted, inside: list[bool], lexicon: SpeechLexicon, earlier: list[_Found]
) -> _Found | None:
    text = doc.text
    if _is_title(text, q, lexicon):
        return None
    words = len(text[q.start : q.end].split())
    standalone = _is_standalone(text, q)
    # Words inside a clause belong to the verb that governs the clause (Assad said the
    # move was in line with "…", a statement said); a quotation standing on its own
    # belongs to the attribution next to it.
    if standalone:
        cue = _adjacent_cue(doc, q, inside, lexicon) or _governing_cue(doc, q, inside, lexicon)
    else:
        cue = _governing_cue(doc, q, inside, lexicon) or _adjacent_cue(doc, q, inside, lexicon)
    kind: QuoteKind = "direct" if standalone else "partial"
    if cue is not None:
        head = speaker_token(cue)
        speaker = _span(doc, head) if head is not None and not inside[head.idx] else None
        return _Found(q.start, q.end, kind, cue, speaker, q.paragraph, q.outer_end)
    if not standalone or words <= SCARE_QUOTE_MAX_WORDS:
        return None  # scare quotes, nicknames, quoted phrases nobody is said to utter
    previous = _continued_speaker(doc, q, earlier)
    if previous is not None:
        return _Found(
            q.start, q.end, "direct", previous.cue, previous.speaker, q.paragraph, q.outer_end
        )
    return _Found(q.start, q.end, "direct", None, None, q.paragraph, q.outer_end)


def _is_title(text: str, q: Quoted, lexicon: SpeechLexicon) -> bool:
    """Quoted words that are a name or a title: "a document titled "…"", "known as "…"."""
    before = text[max(0, q.open_at - 40) : q.open_at].rstrip(" ,:").lower()
    return any(before.endswith(" " + cue) or before == cue for cue in lexicon.title_cues)


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


def _adjacent_cue(doc: Doc, q: Quoted, inside: list[bool], lexicon: SpeechLexicon) -> Token | None:
    """A speech verb right after the closing mark (…," Putin said) or right before the
    opening one (Putin said: "…"), with nothing but its subject in between."""
    text = doc.text
    if q.close_at is not None:
        after = _tokens_after(doc, q.outer_end, inside)
        for n, token in enumerate(after[: MAX_ATTRIBUTION_GAP + 1]):
            if _is_cue(token, lexicon):
                between = after[:n]
                if all(_attribution_filler(t, token) for t in between):
                    return token
                break
            if (token.is_sent_start and n > 0) or text[token.idx] in ".!?":
                break
    before = _tokens_before(doc, q.open_at, inside)
    for n, token in enumerate(before[: MAX_ATTRIBUTION_GAP + 1]):
        if _is_cue(token, lexicon):
            between = before[:n]
            if all(t.is_punct or t.lower_ == "that" or t.head == token for t in between):
                return token
            break
        if token.text in ".!?" or (token.pos_ == "VERB" and not _is_cue(token, lexicon)):
            break
    return None


def _tokens_after(doc: Doc, start: int, inside: list[bool]) -> list[Token]:
    """Tokens after ``start`` up to the next quotation mark or end of the paragraph."""
    tokens: list[Token] = []
    span = doc.char_span(start, len(doc.text), alignment_mode="expand")
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
    return cue in token.ancestors or token.head == cue or token.dep_ in ("aux", "advmod")


def _is_cue(token: Token, lexicon: SpeechLexicon) -> bool:
    if token.pos_ in ("VERB", "AUX") and lexicon.is_speech_verb(token.lemma_):
        return True
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


def _governing_cue(doc: Doc, q: Quoted, inside: list[bool], lexicon: SpeechLexicon) -> Token | None:
    """The nearest speech verb above the quoted words in the parse, outside any quote.

    A weak speech verb ("call", "describe") owns the quotation only when it governs it
    directly; a verb of saying proper may govern it from further up.
    """
    tokens = _tokens_between(doc, q.start, q.end)
    roots = [t for t in tokens if not (q.start <= t.head.idx < q.end) or t.head is t]
    best: tuple[int, Token] | None = None
    for root in roots:
        node, steps = root, 0
        while node.head is not node and steps < MAX_GOVERNING_STEPS:
            node, steps = node.head, steps + 1
            if not same_paragraph(node, root):
                break
            if inside[node.idx]:
                continue
            if _is_cue(node, lexicon) and (
                steps == 1 or lexicon.is_speech_verb(node.lemma_, strong_only=True)
            ):
                if best is None or steps < best[0]:
                    best = (steps, node)
                break
    return best[1] if best else None


def _continued_speaker(doc: Doc, q: Quoted, earlier: list[_Found]) -> _Found | None:
    """The speaker a quotation paragraph continues: the previous paragraph must end with
    a quotation by a known speaker (news style: a new speaker is always named)."""
    if not earlier:
        return None
    last = earlier[-1]
    if last.paragraph != q.paragraph - 1 or last.kind != "direct" or last.speaker is None:
        return None
    paragraphs = find_paragraphs(doc.text)
    para = paragraphs[last.paragraph]
    tail = doc.text[last.outer_end : para.end]
    # After the quotation only its attribution may follow ("," Putin said.).
    if any(ch in tail for ch in '"“”') or len(tail.split()) > MAX_ATTRIBUTION_GAP + 2:
        return None
    return last


# --- indirect speech -------------------------------------------------------------------


def _indirect_quotes(
    doc: Doc, inside: list[bool], lexicon: SpeechLexicon, used_cues: set[int]
) -> list[_Found]:
    """Reported clauses: "X said (that) …" and "…, according to X"."""
    paragraphs = find_paragraphs(doc.text)
    found: list[_Found] = []
    for token in doc:
        if token.i in used_cues or inside[token.idx] or not _is_cue(token, lexicon):
            continue
        if token.lower_ == "according":
            clause = [t for t in token.head.subtree if t not in set(token.subtree)]
            if token.head is token:
                continue
        else:
            complements = [c for c in token.children if c.dep_ == "ccomp"]
            if not complements:
                continue
            clause = list(complements[0].subtree)
        clause = [t for t in clause if same_paragraph(t, token)]
        clause = [
            t for t in clause if not t.is_punct and not (t.dep_ == "mark" and t.lower_ == "that")
        ]
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


# --- records ------------------------------------------------------------------------


def _span(doc: Doc, head: Token) -> Span:
    words = speaker_words(head)
    return Span(start=words.start_char, end=words.end_char, text=words.text)


def _to_quote(doc: Doc, f: _Found, number: int, ctx: Context, found: list[_Found]) -> Quote:
    speaker_id: str | None = None
    name: str | None = None
    if f.speaker is not None:
        actor = actor_at(ctx, f.speaker.start, f.speaker.end)
        if actor is not None:
            speaker_id, name = actor.id, actor.name
        elif f.speaker.text.lower() in _PERSON_PRONOUNS:
            name = _antecedent_name(f, found, ctx) or f.speaker.text
        else:
            name = f.speaker.text
    cue = None
    if f.cue is not None:
        cue = Span(start=f.cue.idx, end=f.cue.idx + len(f.cue.text), text=f.cue.text)
        if f.cue.lower_ == "according":
            end = f.cue.idx + len("according to")
            cue = Span(start=f.cue.idx, end=end, text=doc.text[f.cue.idx : end])
    return Quote(
        id=f"Q{number}",
        text=doc.text[f.start : f.end],
        start=f.start,
        end=f.end,
        speaker=speaker_id,
        speaker_name=name,
        speaker_span=f.speaker,
        cue=cue,
        kind=f.kind,
    )


def _antecedent_name(f: _Found, found: list[_Found], ctx: Context) -> str | None:
    """A pronoun speaker ("he said") names the nearest earlier named speaker."""
    for other in reversed(found[: found.index(f)]):
        if other.speaker is None or other.speaker.text.lower() in _PRONOUNS:
            continue
        if f.paragraph - other.paragraph > 2:
            return None
        actor = actor_at(ctx, other.speaker.start, other.speaker.end)
        return actor.name if actor is not None else other.speaker.text
    return None
