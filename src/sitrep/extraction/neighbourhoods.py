"""Places inside a town that no gazetteer holds: neighbourhoods, quarters, camps, streets.

ACLED keeps them as text after the town's name ("Homs - al-Zahra") at the town's coordinates,
with precision 1: the event is in the town. This module finds such a part of the town named
next to the town in the event's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .around_name import before_name, first_after

# A part's name: capitalised words, with the Arabic article and its assimilated forms in front
# ("al-Zahra", "ash-Shaar") and small particles inside ("Bab al Hawa").
_PART = (r"(?P<part>(?:(?:al|el|ad|ash|as|at|az|an|ar)[-\s])?[A-Z][\w'’\-]*"
         r"(?:\s+(?:(?:al|el|ad|ash|as|at|az|an|ar|de|del|la|los|las|of|bin)[-\s])?[A-Z][\w'’\-]*){0,3})")
# Kinds of part; a street's, a camp's or a market's kind is part of its name ("Cross Street").
_KIND = r"(?P<kind>neighbou?rhood|district|quarter|suburb|camp|area|market|square|street|road|avenue)"
_NAMED_KIND = frozenset({"camp", "market", "square", "street", "road", "avenue"})


# "the al-Zahra neighbourhood of [Homs]", "[Homs]'s al-Zahra district", "the Hodan district in [Mogadishu]"
_PART_OF = re.compile(rf"\b{_PART}\s+{_KIND}\s+(?:of|in)\s+(?:the\s+(?:city|town|capital)\s+of\s+)?\Z")
_TOWNS_PART = re.compile(rf"['’]s?\s+{_PART}\s+{_KIND}\b")
_KIND_OF_PART = re.compile(rf"\b{_KIND}\s+of\s+{_PART},?\s+(?:in\s+)?\Z")


def _matches(text: str, town: str) -> Iterator[re.Match[str] | None]:
    yield before_name(text, town, _PART_OF, word_end=True)
    yield first_after(text, town, _TOWNS_PART, word_start=True)
    yield before_name(text, town, _KIND_OF_PART, word_end=True)


def part_of_town(text: str, town: str) -> str | None:
    """The named part of ``town`` that ``text`` places something in, or None: "the al-Zahra
    neighbourhood of Homs", "Homs's al-Zahra district", "the Hodan district in Mogadishu"."""
    for m in _matches(text, town):
        if m and m.group("part").casefold() != town.casefold():
            kind = m.group("kind")
            return f"{m.group('part')} {kind.title()}" if kind.casefold() in _NAMED_KIND else m.group("part")
    return None
