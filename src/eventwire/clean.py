"""Clean article text and check that an article can be analysed.

Cleaning follows the shape of wire copy: a headline on the first line, credit lines
("Photo by: Reuters", "Image credit: AFP/Getty Images", "(Reuters)") between the
paragraphs and an optional last line naming the outlets ("TRTWorld, Reuters"). Credit
lines and that last line are removed from the analysed text and their outlets go to
``Article.sources``; everything else (headline, dek, captions, body) stays, so spans
index into what the reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article
from .errors import ArticleError, E
from .readers.language import guess_language
from .readers.outlets import only_outlets, outlets_in

MIN_WORDS = 3
# A credit names its kind ("Photo", "Image credit", "Cover photo"), then the holder.
_CREDIT = re.compile(
    r"""^\s*[(\[]?\s*
    (?:(?:top|main|cover|file|header|lead|featured)\s+)?
    (?:photo(?:graph)?s?|pictures?|pics?|images?|video|graphics?|illustrations?|credits?|footage)
    (?:\s+(?:credits?|courtesy|source))?
    (?:\s+(?:by|of|from|courtesy\s+of))?
    \s*[:\-–—|]\s*
    (?P<holder>[^\n]{1,80}?)\s*[)\]]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_CREDIT_BY = re.compile(
    r"^\s*[(\[]?\s*(?:photo(?:graph)?|picture|image|video)s?\s+(?:by|courtesy\s+of)\s+(?P<holder>[^\n:]{1,80}?)\s*[)\]]?\s*$",
    re.IGNORECASE,
)
# Reuters-style trailer: "(Reporting by …; Editing by …)".
_STAFF_CREDIT = re.compile(
    r"^\s*\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b[^\n]{0,300}\)?\s*$",
    re.IGNORECASE,
)
_LONGEST_SOURCE_LINE = 80
_LONGEST_TITLE_WORDS = 30
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CleanText:
    """The analysed text and what cleaning took from it."""

    text: str
    title: str | None
    sources: tuple[str, ...]


def normalise_newlines(text: str) -> str:
    """Line endings to ``\\n``, without a byte-order mark."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def clean_text(raw: str, *, remove_credits: bool = True) -> CleanText:
    """Normalise line endings, remove credit lines and the trailing source line.

    Args:
        raw: the article as read.
        remove_credits: when False, only line endings are normalised.

    Returns:
        The analysed text, the headline (the first line when it reads like one) and
        the outlets credited, the trailing source line's first.
    """
    text = normalise_newlines(raw)
    if not remove_credits:
        return CleanText(text.strip(), find_title(text), ())
    lines = text.split("\n")
    keep = [True] * len(lines)
    credited: list[str] = []
    for i, line in enumerate(lines):
        holder = credit_holder(line)
        if holder is not None:
            keep[i] = False
            credited.extend(outlets_in(holder))
        elif _STAFF_CREDIT.match(line):
            keep[i] = False
    trailing: list[str] = []
    last = _last_content_line(lines, keep)
    if last is not None and last > 0:
        outlets = trailing_outlets(lines[last])
        if outlets:
            keep[last] = False
            trailing = outlets
    kept = "\n".join(line for line, k in zip(lines, keep, strict=True) if k)
    kept = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", kept).strip()
    sources = tuple(dict.fromkeys([*trailing, *credited]))
    return CleanText(kept, find_title(kept), sources)


def credit_holder(line: str) -> str | None:
    """Who a credit line credits ("Photo by: Reuters" → "Reuters"), or None for other lines.

    A line made only of one outlet in brackets ("(Reuters)") is a credit too.
    """
    if len(line) > 120:
        return None
    match = _CREDIT.match(line) or _CREDIT_BY.match(line)
    if match and _names_holder(match.group("holder")):
        return match.group("holder")
    stripped = line.strip()
    if stripped[:1] in "([" and stripped[-1:] in ")]" and only_outlets(stripped[1:-1]):
        return stripped[1:-1]
    return None


def _names_holder(holder: str) -> bool:
    """A credit's holder is an outlet or a short run of names ("Kevin Lamarque/Reuters").

    This keeps captions such as "Video: the moment the bomb hit" in the text.
    """
    if outlets_in(holder):
        return True
    words = [w for w in re.split(r"[\s/,&;]+", holder) if w]
    lowercase_ok = {"and", "of", "for", "the", "via", "de", "al", "van", "von"}
    return 0 < len(words) <= 6 and all(w[0].isupper() or w in lowercase_ok for w in words)


def trailing_outlets(line: str) -> list[str] | None:
    """The outlets when the last line of an article names only outlets ("TRTWorld, Reuters")."""
    stripped = line.strip().lstrip("-–—").strip()
    if not stripped or len(stripped) > _LONGEST_SOURCE_LINE:
        return None
    stripped = re.sub(r"^(?:source|sources|via)\s*:\s*", "", stripped, flags=re.IGNORECASE)
    return only_outlets(stripped)


def find_title(text: str) -> str | None:
    """The first line when it reads like a headline: short, followed by more text."""
    head, sep, rest = text.strip().partition("\n")
    head = head.strip()
    if not sep or not rest.strip() or not head:
        return None
    words = _WORD.findall(head)
    if not words or len(words) > _LONGEST_TITLE_WORDS:
        return None
    return head


def _last_content_line(lines: list[str], keep: list[bool]) -> int | None:
    for i in range(len(lines) - 1, -1, -1):
        if keep[i] and lines[i].strip():
            return i
    return None


def check_analysable(article: Article) -> ArticleError | None:
    """The reason ``article`` cannot be analysed, or None when it can."""
    if not article.text.strip():
        return ArticleError(E.E001, article.origin)
    words = len(_WORD.findall(article.text))
    if words < MIN_WORDS:
        return ArticleError(E.E010, article.origin, detail=f"{words} words")
    guess = guess_language(article.text)
    if not guess.is_english:
        return ArticleError(E.E005, article.origin, detail=guess.looks_like)
    return None


def ensure_analysable(article: Article) -> None:
    """Raise ArticleError when the article cannot be analysed (empty, too short, not English).

    Raises:
        ArticleError: E001 empty text, E010 too few words, E005 not English.
    """
    error = check_analysable(article)
    if error is not None:
        raise error
