import pytest

from sitrep.extraction.status import trigger_status


def _status(text, trigger, event="ASSAULT"):
    start = text.index(trigger)
    return trigger_status(text, start, start + len(trigger), event)


@pytest.mark.parametrize("text, trigger, event, expected", [
    ("46 people were killed in Homs on Sunday.", "killed", "ASSAULT", "occurred"),
    ("The bomb did not explode.", "explode", "ASSAULT", "negated"),
    ("We have reached a provisional agreement on a cessation of hostilities that could begin in the coming days.",
     "reached a provisional agreement", "AGREE", "occurred"),
    ("a cessation of hostilities that could begin in the coming days", "cessation of hostilities", "AGREE", "future"),
    ("Assad said he's prepared to halt military operations on the condition that", "halt military operations",
     "CONCEDE", "future"),
    ("He said a ceasefire was impossible unless the Turks stop sending fighters.", "ceasefire", "AGREE",
     "hypothetical"),
    ("The truce is set to take effect at midnight.", "truce", "AGREE", "occurred"),
    ("Ankara may send ground troops.", "send ground troops", "MOBILIZE", "hypothetical"),
    ("Talks will resume next week.", "resume", "CONSULT", "future"),
    # The cue of a relative clause that ended before the main verb is not the main verb's.
    ("Three villagers who could not flee were killed.", "killed", "ASSAULT", "occurred"),
    ("Two guards who did not escape were shot dead.", "shot dead", "ASSAULT", "occurred"),
    ("The soldiers were not killed.", "killed", "ASSAULT", "negated"),
    ("The bomb, which did not explode, was defused.", "explode", "ASSAULT", "negated"),
    # ("that" opens what was said, not a relative clause)
    ("Police said that no civilians were killed.", "killed", "ASSAULT", "negated"),
])
def test_status(text, trigger, event, expected):
    assert _status(text, trigger, event) == expected


@pytest.mark.parametrize("text", [
    # Courts, pleas and remembrance of an attack are news of the attack's aftermath.
    "Dhaka court sentences five militants to death for 2015 publisher murder",
    "Nairobi court jails two over Westgate mall attack",
    "Christchurch gunman's sentencing: families confront killer",
    "Hanau shooting: nine victims remembered one year on",
    "El Paso Walmart shooter pleads guilty to federal hate crimes",
])
def test_aftermath_headlines_are_background(extract, text):
    assert all(e["background"] for e in extract(text, published="2021-02-19"))
