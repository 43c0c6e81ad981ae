"""Words of conflict reporting in their everyday senses are no events (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "This year, Sutton goes into the season as the driver to beat.",
    "Want to go off the beaten path and try something unconventional?",
    "School officials say absent teachers hurt student learning.",
    "The captured heat could warm a dozen municipal buildings.",
    "She also captured four medals at the world championships.",
    "Chefs in the Market District kitchen demonstrated Passover recipes.",
    "His airbags did deploy when he lost control of the car.",
    "In Columbus, city firefighters agreed to a pay freeze to avoid layoffs.",
    "After a brief shot at a career in minor league baseball, he pursued a law degree.",
    "A brown Cadillac was traveling westbound and struck the pickup truck.",
    "The virus can be transmitted by touch, including contact with rocks and water.",
    "His early days were spent singing in the clubs of the Sixties.",
    "Such a mutation could kill millions of people around the globe.",
    "E. coli affects more than 75,000 people a year and can kill as many as 60.",
    "One person a year is killed, each and every year, on that highway, Baine said.",
    "A woman was killed when a large eucalyptus tree fell on a wedding party.",
    "Kroger Co. is recalling shelled pistachios sold in a 10-ounce container.",
    "Mercury exposure can result in brain damage and birth defects.",
    "The Met Office warned of cloudy weather throughout Saturday evening in London.",
    "BA warned that there would be knock-on delays due to disruption at Heathrow.",
    "They have been assisting in the battle against the latest drug craze, fentanyl.",
    "The equity regained the 1.76 level across 14 deals.",
    "The United States approved a contract to sell Saudi Arabia 180 self-propelled artillery systems.",
    "Tropical storm Eta killed 10 people in Honduras.",
])
def test_everyday_sense_is_no_event(extract, text):
    assert extract(text, "2018-03-02") == []


@pytest.mark.parametrize("text, sub_event", [
    ("Gunmen struck a village in Zamfara State, killing 12 people.", "Attack"),
    ("Soldiers captured five militants near Maiduguri on Monday.", "Arrests"),
    ("Police beat protesters who demonstrated in Harare on Monday.", "Protest with intervention"),
    ("The army deployed troops to Tillaberi after the attacks.", "Change to group/activity"),
    ("On 8 May 2020, ADF rebels attacked Kalau village, killing 12 civilians with machetes.", "Attack"),
    ("On 2 May 2020, a group of local young men severely beat up a soldier following a dispute in Bozoum.",
     "Mob violence"),
    ("Militants Storm Police Station In Pakistan's Khyber Pakhtunkhwa", "Armed clash"),
])
def test_the_conflict_sense_still_is(extract, text, sub_event):
    events = extract(text, "2020-05-11")
    assert events and events[0]["acled_sub_event_type"] == sub_event
