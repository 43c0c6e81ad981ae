"""The Python API, called as the README shows."""

import importlib

import sitrep


def test_extract_can_be_called_again_after_its_stages_are_imported():
    text = "Gunmen killed five villagers in Gusau, Zamfara State, Nigeria, on Sunday."
    first = sitrep.extract(text, published="2021-04-26")
    importlib.import_module("sitrep.extraction.casualties")  # must not shadow sitrep.extract
    second = sitrep.extract(text, published="2021-04-26")
    assert [e.to_dict() for e in first] == [e.to_dict() for e in second]
    assert first[0].killed.low == 5 and first[0].date.start.isoformat() == "2021-04-25"


def test_places_resolves_toponyms_with_offsets():
    text = "Fighting spread from Homs to Azaz, near the Turkish border, Syria."
    found = {p.text: p for p in sitrep.places(text)}
    assert found["Homs"].country == "SY" and text[found["Homs"].start:found["Homs"].end] == "Homs"
    assert found["Azaz"].country == "SY"


def test_an_event_falls_back_on_a_town_too_weak_to_report(extract):
    text = ("On 6 June 2021, protesters blocked the Zahle roundabout and demanded the resignation "
            "of the government.")
    assert all(p.text != "Zahle" for p in sitrep.places(text))
    events = extract(text)
    assert events and events[0]["location"]["country"] == "LB"
    assert events[0]["location"]["precision"] == 2
