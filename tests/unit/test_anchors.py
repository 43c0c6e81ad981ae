"""The trigger prefilter: anchors read off a pattern, and the case folding that keeps them exact."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from sitrep.anchors import anchors, fold_for_anchors
from sitrep.ingest.clean import split_sentences
from sitrep.ontology import load_lexicon


@pytest.mark.parametrize("pattern, expected", [
    (r"\bgrenades?\b", {"grenade"}),
    (r"\b(?:attack|ambush)(?:ed)?\b", {"attack", "ambush"}),
    (r"bl(?:ew|ows) up", {"blew up", "blows up"}),
    # (the rarest necessary string: "mortar" over ten spellings of "fired")
    (r"(?:fired|launched) (?:\w+ )?mortars?", {"mortar"}),
    # (no string every match holds: an alternative of two letters, a class, a lookahead)
    (r"(?:ab|attack)", None),
    (r"[A-Z]\w+ (?=village)", None),
    (r"(?:Taliban )?", None),
])
def test_anchors_of_patterns(pattern, expected):
    found = anchors(pattern, re.IGNORECASE)
    assert (set(found) if found is not None else None) == expected


def test_fold_keeps_every_letter_an_ignorecase_pattern_reads():
    # Whatever character an IGNORECASE pattern reads as one of the anchors' letters folds to that
    # letter alone (casefold alone misses the dotless "ı" and spells "İ" with a combining dot).
    lexicon = load_lexicon()
    letters = sorted({c for a in lexicon.anchor_strings for c in a})
    every = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF)
    for letter in letters:
        for ch in set(re.findall(re.escape(letter), every, re.IGNORECASE)):
            assert fold_for_anchors(ch) == letter, (letter, ch)


def test_prefilter_loses_no_trigger():
    # The triggers a sentence fires are the same with and without the prefilter.
    lexicon = load_lexicon()
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "examples").glob("*.txt"))]
    texts += ["On 3 May 2020, Israeli forces fired machine guns at shepherds near Kfarkela (Marjayoun, Nabatiye).",
              "Gunmen opened fire on a bus in Kano, killing three passengers and injuring five.",
              "İSTANBUL: A bomb exploded near a police bus, killing 11 people.",
              "A SUİCİDE BOMBER KİLLED 12 PEOPLE AND İNJURED 30 İN İDLİB.",
              "Protesters took to the streets of Khartoum demanding civilian rule; police fired tear gas."]
    sentences = [s.text for t in texts for s in split_sentences(t)]
    assert sentences
    for text in sentences:
        fired = [t.name for t in lexicon.triggers if t.regex.search(text)]
        assert [t.name for t in lexicon.candidates(text) if t.regex.search(text)] == fired, text
        assert lexicon.fires(text) == bool(fired)


def test_most_triggers_have_anchors():
    lexicon = load_lexicon()
    assert sum(t.anchors is not None for t in lexicon.triggers) >= 0.9 * len(lexicon.triggers)
