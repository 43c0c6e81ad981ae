"""Name folding: the key under which a place name is indexed and looked up.

Two levels. ``fold`` is the exact key: case, accents, apostrophes/ayn marks, hyphens, dots and the
Arabic article are spelling noise in English news, never a different place. ``loose`` is a second,
coarser key for transliteration variants (Hims/Homs, Tartous/Tartus, Raqqah/Raqqa, Deir/Dayr) that
the gazetteer only consults when the exact key finds nothing, because it also merges real
different names.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Apostrophe-like marks: ʿayn/hamza transliterations and typographic quotes. "I‘zāz" = "Izaz".
# A vowel + ayn/hamza mark opening a word transliterates one Arabic sound: A'zaz = I'zaz = E'zaz.
_AYN_VOWEL = re.compile(r"(?:(?<=\s)|^)[aeiou][ʿʾʼʻ‘’'`´](?=\w)")
_MARKS = "ʿʾʼʻ‘’'`´ˈ′"
_DROP_MARKS = dict.fromkeys(map(ord, _MARKS), None)
_MARK = re.compile(f"[{_MARKS}]")
# Characters that NFKD does not decompose to ASCII but that have a conventional Latin spelling.
_LETTERS = str.maketrans({"ø": "o", "đ": "d", "ð": "d", "ł": "l", "ı": "i", "þ": "th", "ß": "ss",
                          "æ": "ae", "œ": "oe", "ħ": "h"})
# "al-Raqqa", "Ar Raqqah", "ad-Dawhah": the article varies with the sun letter that follows it and
# is written joined or spaced, so it carries no information for matching.
_ARTICLE = re.compile(r"(?:(?<=\s)|^)(?:al|el|ar|as|az|aj|ad|an|at|ash|adh|ath|ad|ed|ez|es|er)[-\s]+(?=\w{2})")
# English abbreviations that GeoNames spells out: St. Louis = Saint Louis, Ft. Worth = Fort Worth.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}
_NON_WORD = re.compile(r"[^\w\s]+")
_EZAFE = frozenset(("i", "e", "ye", "yi"))


# (memoised: building the index folds each GeoNames name several times over, one row at a time,
# and the 1.2 million alternate names would thrash a small cache; the builder clears it after)
@functools.lru_cache(maxsize=1 << 21)
def fold(name: str) -> str:
    """The exact lookup key: 'Ḩimş' -> 'hims', "A'zaz" -> 'azaz', 'al-Raqqah' -> 'raqqah'."""
    text = name.casefold()
    if not text.isascii():  # (ASCII has nothing to decompose, no combining mark, no letter to map)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    if _MARK.search(text):
        text = _AYN_VOWEL.sub("a", text).translate(_DROP_MARKS)
    if not text.isascii():
        text = text.translate(_LETTERS)
    # Hyphens become spaces before the article rule so "al-Zahra" and "al Zahra" fold alike (runs
    # of spaces are left to the split below).
    text = text.replace(".", "").replace("-", " ").replace("‐", " ").replace("–", " ")
    text = _ARTICLE.sub("", text)
    if not text.replace(" ", "").isalnum():  # (isalnum is what the regex's \w is)
        text = _NON_WORD.sub(" ", text)
    words = text.split()
    if len(words) > 2:
        # The Persian ezafe between two words is written -i-, -e- or not at all: "Mahmud-i-Raqi",
        # "Maḩmūd-e Rāqī", "Mahmud Raqi"; "Mazar-i-Sharif" and "Mazar-e Sharif"; after a vowel,
        # -ye- or -yi-: "Nāwah-ye Bārakzaī", "Nawa-i-Barakzayi".
        words = [w for k, w in enumerate(words) if not (w in _EZAFE and 0 < k < len(words) - 1)]
    return " ".join([_ABBREVIATIONS.get(word, word) for word in words])


# Ordered rewrites over an already folded key. Each merges spellings that English-language
# transliterations of Arabic, Persian, Pashto, Hausa, etc. use interchangeably.
_LOOSE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(\w)\1+"), r"\1"),          # Raqqa/Raqa, Hamma/Hama: doubling is not written consistently
    (re.compile(r"ou|oo|w(?=[^aeiou]|$)"), "u"),  # Tartous/Tartus, Idlib-style French "ou"
    (re.compile(r"ee|ie(?=[^aeiou]|$)"), "i"),    # Sheikh/Shiekh, Deerfield/Dirfield
    (re.compile(r"ei|ey|ai"), "ay"),          # Deir/Dayr, Beirut/Bayrut, Sheikh/Shaykh
    (re.compile(r"(?<=[aeiou])h\b"), ""),      # ta marbuta: Raqqah/Raqqa, Hamah/Hama
    (re.compile(r"q"), "k"),                   # Qamishli/Kamishli
    (re.compile(r"ch"), "sh"),                 # Chebaa/Shebaa, Kfarchouba/Kfar Shouba: French "ch" for English "sh"
    (re.compile(r"dh|z"), "z"),                # Dhamar/Zamar is rarer; keeps z stable
    (re.compile(r"(?<=\w)[aeiou]+"), ""),      # vowels inside words: Hims/Homs/Hums, I'zaz/A'zaz/Azaz
    (re.compile(r"\b[aeiou]+(?=\w)"), "a"),    # any leading vowel: Izaz/Azaz/Ezaz
    (re.compile(r"\bkfr "), "kfr"),  # Kfarkela/Kfar Kila: the Levant's "village of" joined to its name
    (re.compile(r"(\w)\1+"), r"\1"),          # doubles made by dropping vowels
)


@functools.lru_cache(maxsize=1 << 20)
def loose(key: str) -> str:
    """A coarser key over ``fold`` output: the consonant skeleton plus a few merged spellings.

    'hims' and 'homs' -> 'hms'; 'izaz' and 'azaz' -> 'az'. Only used as a fallback, and only for
    keys long enough to keep some consonant information (see ``loose_ok``).
    """
    for pattern, repl in _LOOSE_RULES:
        key = pattern.sub(repl, key)
    return key


def loose_ok(key: str) -> bool:
    """Short skeletons match too many unrelated places to be worth a fallback."""
    return len(key.replace(" ", "")) >= 3
