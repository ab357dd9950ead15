"""Reading numbers as written in news: "250,000", "1.5 million", "$3bn", "five", "two dozen".

Vague plurals ("dozens", "hundreds", "thousands of") have no value to record, so they
read as None and the claims extractor skips them: a claim is a definite figure that
can be checked against another source's figure.
"""

from __future__ import annotations

import re

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
_MULTIPLIERS = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
}  # fmt: skip
_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([a-z]*)$")


def is_number_word(word: str) -> bool:
    """Is this one word part of a written number ("250,000", "million", "twenty-five")?"""
    lowered = word.lower()
    if _DIGITS.match(lowered):
        return True
    parts = lowered.split("-")
    return all(p in _UNITS or p in _MULTIPLIERS for p in parts) and lowered not in ("a", "an")


def parse_number(words: list[str]) -> float | None:
    """The value of a number written as one or more words, or None when it is not one.

    Args:
        words: the number's words in order, e.g. ``["1.5", "million"]``, ``["$3bn"]``.

    Returns:
        The value, or None for vague or unreadable quantities ("dozens", "hundreds").
    """
    total = 0.0
    current: float | None = None
    if len(words) > 2 and words[0].lower() == "half" and words[1].lower() in ("a", "an"):
        rest = parse_number(words[2:])
        return rest / 2 if rest is not None else None
    for raw in words:
        word = raw.lower().lstrip("$€£¥")
        if not word:
            continue
        digits = _DIGITS.match(word)
        if digits:
            value = float(digits.group(1).replace(",", ""))
            suffix = digits.group(2)
            if suffix:
                if suffix not in _MULTIPLIERS:
                    return None
                value *= _MULTIPLIERS[suffix]
            current = (current or 0) + value
            continue
        for part in word.split("-"):
            if part in _UNITS:
                current = (current or 0) + _UNITS[part]
            elif part in _MULTIPLIERS:
                factor = _MULTIPLIERS[part]
                base = current if current is not None else 1
                if factor >= 1_000:
                    total += base * factor
                    current = None
                else:
                    current = base * factor
            else:
                return None
    if current is None and total == 0:
        return None
    return total + (current or 0)


def multiplier_of(word: str) -> int | None:
    """The factor a word multiplies by ("million" -> 1,000,000; "3bn" -> 10**9), or None."""
    lowered = word.lower().lstrip("$€£¥")
    digits = _DIGITS.match(lowered)
    if digits:
        return _MULTIPLIERS.get(digits.group(2)) if digits.group(2) else None
    return _MULTIPLIERS.get(lowered) if _MULTIPLIERS.get(lowered, 0) >= 1_000 else None
