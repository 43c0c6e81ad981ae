"""The name-anchored helpers find what a pattern compiled around the name would."""

import re

import pytest

from sitrep.extraction.around_name import after_name, before_name, first_after

TEXTS = [
    "Gunmen attacked Indanan, Sulu, Philippines. Troops in Sulu province, Philippines responded.",
    "Clashes in the al-Zahra neighbourhood of Homs and in Homs's Bab Amr district; Homs, Syria.",
    "Sulu Sulu, Sulu, Philippines (Sulu, Bangsamoro) and Jolo town (Jolo, Sulu).",
    "Mogadishu: the Hodan district in Mogadishu, the Wadajir district of the city of Mogadishu.",
    "",
]
NAMES = ["Sulu", "Homs", "Mogadishu", "Jolo", "Bab"]
TAIL = r",\s+(?P<x>[A-Z]\w+)"
HEAD = r"(?P<h>[A-Z]\w+)\s+(?:district|neighbourhood)\s+(?:of|in)\s+(?:the\s+city\s+of\s+)?"


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", NAMES)
def test_the_same_matches_as_a_pattern_around_the_name(text, name):
    around = [m.group("x") for m in re.finditer(re.escape(name) + TAIL, text)]
    assert [m.group("x") for m in after_name(text, name, re.compile(TAIL))] == around

    searched = re.search(r"\(" + re.escape(name) + TAIL, text)
    found = first_after(text, name, re.compile(TAIL), head=re.compile(r"\(\Z"))
    assert (found and found.group("x")) == (searched and searched.group("x"))

    searched = re.search(r"\b" + re.escape(name) + TAIL, text)
    found = first_after(text, name, re.compile(TAIL), word_start=True)
    assert (found and found.group("x")) == (searched and searched.group("x"))

    searched = re.search(HEAD + re.escape(name) + r"\b", text)
    found = before_name(text, name, re.compile(HEAD + r"\Z"), word_end=True)
    assert (found and (found.start(), found.group("h"))) == (searched and (searched.start(), searched.group("h")))
