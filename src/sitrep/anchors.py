"""Words a regex cannot match without: a cheap prefilter for the trigger lexicon.

Most sentences fire none of the hundred-odd trigger patterns, yet scanning them with each pattern
is most of the cost of reading a document. Every match of a pattern contains at least one of its
*anchors* (fixed strings read off its parse tree: "took to the", or one of "holding", "held",
"carrying" ...), so a sentence that holds none of them, case folded, cannot match and is skipped.
The analysis is conservative: a pattern whose every match cannot be pinned to a fixed string of
a few letters gets no anchors and is always searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the parser behind re.compile (private, but stable within the Python versions we support)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - another Python: no prefilter, same results
    _sre = _sre_parse = None

MIN_ANCHOR = 3  # shorter fixed strings ("on", "at") are in every sentence: no filter at all
MAX_SPELT = 8  # how many spellings of a run with small branches inside are spelt out
_REPEATS = () if _sre is None else (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def anchors(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Case-folded strings one of which every match of ``pattern`` contains, or None when no such
    set of strings of at least ``MIN_ANCHOR`` characters can be read off the pattern."""
    if _sre_parse is None:
        return None
    try:
        tree = _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    best = _best(_options(list(tree)))
    return frozenset(best) if best else None


def fold_for_anchors(text: str) -> str:
    """``text`` case folded as the anchors are, so that whatever an IGNORECASE pattern matches in it
    holds the pattern's anchor: "ı" and "İ" are the letters that such a pattern reads as "i" and
    ``casefold`` leaves alone or spells with a combining dot (tests/unit/test_anchors.py checks
    every code point)."""
    return text.replace("İ", "i").casefold().replace("ı", "i")


def _options(items: Iterable) -> list[set[str]]:
    """The anchor sets of a sequence of parse items: every match of the sequence holds a string of
    each (a literal run, with the small fixed branches inside it spelt out: "bl(?:ew|ows) up" holds
    "blew up" or "blows up"; a group that must match; one anchor of each alternative of a branch)."""
    options: list[set[str]] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if run != {""}:
            options.append({r.casefold() for r in run})
        run = {""}

    for item in items:
        spelt = _spelt((item,))
        if spelt is not None and len(run) * len(spelt) <= MAX_SPELT:
            run = {r + t for r in run for t in spelt}
            continue
        flush()
        op, av = item
        if op is _sre.SUBPATTERN:
            options.extend(_options(av[3]))
        elif op is _sre.ATOMIC_GROUP:
            options.extend(_options(av))
        elif op in _REPEATS and av[0] >= 1:
            options.extend(_options(av[2]))
        elif op is _sre.BRANCH:
            alternatives = [_best(_options(alt)) for alt in av[1]]
            if all(alternatives):
                options.append(set().union(*alternatives))
        # (lookarounds, classes, "any", word boundaries and back-references pin no string)
    flush()
    # (a string holding another of its set adds nothing: "grenade" finds "grenades" too)
    options = [{a for a in o if not any(b != a and b in a for b in o)} for o in options]
    return [o for o in options if min(len(a.strip(" ,'-")) for a in o) >= MIN_ANCHOR]


def _spelt(items: Iterable) -> set[str] | None:
    """Every string a run of parse items can match, when they are only letters, branches of such
    and optional ones ("bombs?", "(?:ew|ow)"), and there are few; else None."""
    out = {""}
    for op, av in items:
        if op is _sre.LITERAL:
            add = {chr(av)}
        elif op is _sre.SUBPATTERN:
            add = _spelt(av[3])
        elif op is _sre.BRANCH:
            parts = [_spelt(alt) for alt in av[1]]
            add = None if any(p is None for p in parts) else set().union(*parts)
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            inner = _spelt(av[2])
            add = None if inner is None else inner | {""}
        else:
            return None
        if add is None or len(out) * len(add) > MAX_SPELT:
            return None
        out = {o + a for o in out for a in add}
    return out


def _best(options: list[set[str]]) -> set[str] | None:
    """The cheapest telling one of a sequence's anchor sets: the fewest strings, of four letters or
    more where there are such ("grenade" rather than "ied" or one of forty ways to say "attack")."""
    return min(options, key=lambda o: (min(len(a.strip(" ,'-")) for a in o) < 4, len(o))) if options else None
