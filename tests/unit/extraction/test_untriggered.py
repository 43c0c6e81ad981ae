"""An ACLED note that no trigger reads still tells one event (extraction.untriggered)."""

from __future__ import annotations

import pytest

from sitrep.extraction.untriggered import is_note, note_event
from sitrep.models import Actor, DateInfo


@pytest.mark.parametrize("text, note", [
    ("On 9 March 2021, cadres announced that they would end underground activities.", True),
    ("Around 19 March 2021 (as reported), the KIA moved into an outpost near Hpakant.", True),
    ("Headquarters or base established: On 27 April 2020, troops built a post near Houla.", True),
    ("03/07/2017: Assailants attacked a checkpoint in Achin district, Nangarhar, Afghanistan.", False),
    ("The ministry announced on Monday that it would end the curfew.", False),
])
def test_is_note(text, note):
    assert is_note(text) is note


@pytest.mark.parametrize("sentence, sub", [
    ("On 9 March 2021, cadres of the party announced at a public meeting in Hetauda that they would end "
     "underground activities.", "Change to group/activity"),
    ("Around 19 March 2021 (as reported), the KIA moved into an outpost near Hpakant abandoned by Myanmar "
     "military troops.", "Non-violent transfer of territory"),
    ("On 15 June 2020, the army inaugurated a new counter-terrorism base in Pichari.", "Headquarters or base established"),
    ("On 2 March 2021, the two communities reached a peace agreement in Kadugli.", "Agreement"),
    # ("signed by" a group is no agreement; threatening pamphlets are ACLED's "Other")
    ("On 25 August 2020, pamphlets signed by the AGC threatening social leaders were distributed in Valledupar.",
     "Other"),
    ("On 4 May 2020, the army announced the discovery of a mass grave near Gwoza.", "Other"),
    ("On 10 November 2021, suspected party supporters stoned and damaged vehicles of opposition officials in Gokwe.",
     "Looting/property destruction"),
    ("On 6 March 2021, Maoists put up posters near Dhamtari.", "Other"),
    # (not looting where a strike did the damage; not a release of people where a statement is released)
    ("On 12 September 2021, houses were damaged in a strike by drones in Kobo.", "Other"),
    ("On 1 December 2021, the Taliban released a statement rejecting the report in Kabul.", "Other"),
    ("On 4 August 2020, kidnappers released 5 hostages near Garoua.", "Other"),
])
def test_the_notes_words_pick_the_likeliest_type(sentence, sub):
    doer = Actor("the KIA", "KIA: Kachin Independence Army", "Rebel group", "MM")
    date = DateInfo(None, None, "day", "9 March 2021")
    event = note_event("doc", sentence + " More follows.", len(sentence), (doer,), None, date)
    assert event.acled_sub_event_type == sub
    assert event.status == "occurred" and not event.background and event.confidence < 0.5
    assert event.actors == (doer,) and event.date == date
    assert (event.evidence[0].start, event.evidence[0].end) == (0, len(sentence))


@pytest.mark.parametrize("sentence", [
    "On 13 May 2021, a cholera outbreak was declared in Maroua.",
    "On 9 March 2021, the central bank announced new interest rates in Abuja.",
    "On 14 April 2021, the football club opened a new training facility in Kumasi.",
])
def test_a_note_that_names_no_conflict_tells_none(sentence):
    date = DateInfo(None, None, "day", "9 March 2021")
    assert note_event("doc", sentence, len(sentence), (), None, date) is None


def test_a_sentence_that_recalls_an_event_leaves_a_development_only_for_a_grave_found_today():
    date = DateInfo(None, None, "day", "21 July 2021")
    army = Actor("the Myanmar military", "Military Forces of Myanmar", "State forces", "MM")
    told = "On 21 July 2021, the Myanmar military announced that it had killed 10 PDF members in Mindat."
    assert note_event("doc", told, len(told), (army,), None, date, recalled=True) is None
    grave = "On 5 May 2021, a mass grave of villagers killed by IS in 2015 was uncovered near Tal Afar."
    assert note_event("doc", grave, len(grave), (), None, date, recalled=True).acled_sub_event_type == "Other"


def test_a_note_keeps_its_closing_figure_and_a_military_aircraft_is_of_conflict():
    """ACLED codes the note's closing fatalities whatever the event; a military aircraft lost in a
    training flight is a development of the war, not an attack."""
    date = DateInfo(None, None, "day", "9 June 2022")
    first = "On 9 June 2022, a Ukrainian Su-25 aircraft crashed near Pavlohrad during a training flight."
    text = first + " The pilot was killed. 1 fatality."
    event = note_event("doc", text, len(first), (), None, date)
    assert event.acled_sub_event_type == "Other" and event.killed.low == event.killed.high == 1
    assert text[event.evidence[-1].start:event.evidence[-1].end] == "1 fatality"
    plain = "On 9 June 2022, Maoists put up posters near Dhamtari. No fatalities and/or injuries reported."
    assert note_event("doc", plain, plain.index(" No"), (), None, date).killed is None
