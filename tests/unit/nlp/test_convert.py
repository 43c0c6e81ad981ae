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
