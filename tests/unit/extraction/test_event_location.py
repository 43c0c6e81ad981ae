"""Where an event happened, through the real pipeline: headlines and their habits."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("headline, country", [
    ("Niger: 137 dead in village attacks near Mali", "NE"),          # the dateline wins
    ("Burkina Faso. Murdering raid in the North, a dozen deaths", "BF"),  # not Lebanon's North
    ("Fighting in NE Yemen continues with over 82 killed in 2 days", "YE"),
    ("At Least 10 Dead in New Congo Attack", "CD"),                   # Congo alone is the DRC
    ("SIX TERRORISTS KILLED IN NANGADE", "MZ"),
    # NER calls the nationality a person; before its noun it is an adjective, and a country.
    ("Spate of eastern Burkinabé raids suggests jihadists exploiting security vacuum", "BF"),
    # Forces act abroad; the people they act on mostly live where it happens.
    ("Israeli Soldiers Kill Palestinian Driver in Alleged Car Ramming", "PS"),
    ("US troops killed three Afghan civilians in a night raid", "AF"),
    ("Nigerian troops killed 10 militants", "NG"),
    # A force named by its own name, a nationality inside a name NER made of it.
    ("10 ANA troops killed in bomb, gun attacks", "AF"),
    ("Suicide Bomber Kills 5 At Mogadishu Checkpoint", "SO"),
    ("1st LD Writethru: Nigerien gov't says at least 137 people killed in Sunday's attacks", "NE"),
])
def test_headline_country(extract, headline, country):
    events = extract(headline, "2021-03-23")
    assert events and events[0]["location"] and events[0]["location"]["country"] == country


def test_a_place_after_a_possessive_is_introduced_with_it(extract):
    events = extract("Saudi 'thwarts Houthi attacks' as fighting in Yemen's Marib continues", "2021-02-27")
    assert events[0]["location"]["name"] == "Ma'rib"


def test_a_district_is_precision_2_and_an_org_tagged_province_still_places(extract):
    events = extract("On 30 April 2020, around 260 people from Barangay Camudlas, Bindoy, Negros Oriental, "
                     "were displaced following a clash between the NPA and the military.")
    assert events[0]["location"]["name"] == "Negros Oriental"
    assert events[0]["location"]["precision"] == 2


def test_a_loose_spelling_must_lie_in_the_province_the_text_names(extract):
    [event] = extract("On 7 May 2020, the military forces repelled an attack of Boko Haram in the Ndaba "
                      "neighbourhood of Kolofata town (Mayo-Sava, Extreme-Nord).")
    assert event["location"]["country"] == "CM"
    assert event["location"]["admin1"] == "Far North"


def test_title_case_preposition_is_no_possessor(extract):
    [event] = extract("Car Bomb Kills 9 In Syria's Azaz", "2021-05-01")
    assert event["location"]["name"] == "I'zaz"
