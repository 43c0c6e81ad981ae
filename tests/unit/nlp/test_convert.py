"""What the model reads: headlines in capitals are read in title case, offsets unchanged."""

from __future__ import annotations

import pytest

from sitrep.nlp.convert import model_text


@pytest.mark.parametrize("text, expected", [
    ("FOUR SOLDIERS KILLED IN MOCIMBOA", "Four Soldiers Killed In Mocimboa"),
    ("Troops foil attack on Auno", "Troops foil attack on Auno"),
    ("UN and AU envoys meet", "UN and AU envoys meet"),
    ("ISTANBUL", "ISTANBUL"),
])
def test_model_text(text, expected):
    assert model_text(text) == expected
    assert len(model_text(text)) == len(text)


def test_capital_headline_gets_its_place(extract):
    events = extract("FOUR SOLDIERS KILLED IN MOCIMBOA DA PRAIA", "2021-03-03")
    assert events and events[0]["location"]["country"] == "MZ"


def test_an_entity_ends_where_its_word_does():
    from types import SimpleNamespace

    from sitrep.models import Sentence
    from sitrep.nlp.convert import doc_to_sentence

    # The tokenizer reads the village "Gonna" as "Gon na" and tags only "Gon".
    text = "JNIM took control of Gonna village."
    doc = SimpleNamespace(ents=[SimpleNamespace(start_char=21, end_char=24, label_="GPE")])
    [entity] = doc_to_sentence(doc, Sentence(index=0, start=100, end=100 + len(text), text=text)).entities
    assert (entity.start, entity.end, entity.text) == (121, 126, "Gonna")
