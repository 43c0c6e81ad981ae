"""Numbers as news writes them: digits, words, and the vague words ACLED gives fixed values."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# ACLED's conservative values for vague quantities (codebook, "Fatality coding rules").
VAGUE = {
    "dozens": 12, "a dozen": 12, "dozen": 12, "tens": 10, "hundreds": 100, "scores": 20,
    "several": 3, "a few": 3, "few": 3, "a couple of": 2, "a couple": 2, "a handful of": 3,
    "a number of": 3, "thousands": 1000, "half a dozen": 6, "half-dozen": 6, "a half-dozen": 6, "a half dozen": 6, "half dozen": 6,
}
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
_WORD_NUMBER = (
    rf"(?:(?:{_TEN_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|(?:{_UNIT_WORDS}))"
    rf"(?:\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TEN_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|(?:{_UNIT_WORDS})))?)?"
)
WORD_NUMBER = _WORD_NUMBER  # a number in words, never a vague one ("several")
_VAGUE_WORDS = "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True))
# "a"/"an" count as one, but never in "an unknown number" or "a number of".
_ARTICLE_ONE = r"(?:an?(?!\s+(?:unknown|undisclosed|undetermined|unspecified|number|total|further|few|couple|handful|dozen)\b))"
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|an?\s+(?:hundred|thousand)|(?:{_UNIT_WORDS})\s+dozen(?!s)|{_WORD_NUMBER}|"
          rf"{_VAGUE_WORDS}|{_ARTICLE_ONE}|both)")
_NUMBER_RE = re.compile(rf"^{NUMBER}$", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """'46' -> 46, 'Forty-six' -> 46, 'dozens' -> 12, 'a' -> 1, 'both' -> 2; None for anything else."""
    word = " ".join(text.lower().replace("-", " ").split())
    if not word or not _NUMBER_RE.match(text.strip()):
        return None
    if word.replace(",", "").isdigit():
        return int(word.replace(",", ""))
    if word in ("a", "an"):
        return 1
    if word in ("a hundred", "a thousand"):
        return 100 if word == "a hundred" else 1000
    if word == "both":
        return 2
    if word in VAGUE:
        return VAGUE[word]
    if word.endswith(" dozen") and word[:-6] in _UNITS:
        return _UNITS[word[:-6]] * 12  # "two dozen" is 24
    total, current = 0, 0
    for part in word.split():
        if part == "and":
            continue
        if part in _UNITS:
            current += _UNITS[part]
        elif part in _TENS:
            current += _TENS[part]
        elif part == "hundred":
            current = max(current, 1) * 100
        else:
            return None
    return total + current
