"""Parts of a town named beside it: ACLED's "Town - Part"."""

from __future__ import annotations

import pytest

from sitrep.extraction.neighbourhoods import part_of_town


@pytest.mark.parametrize("text, town, part", [
    ("two car bombs exploded in the al-Zahra neighbourhood of Homs", "Homs", "al-Zahra"),
    ("Gunmen attacked the Hodan district of Mogadishu on Monday.", "Mogadishu", "Hodan"),
    ("A bomb exploded in Kabul's Dasht-e-Barchi area.", "Kabul", "Dasht-e-Barchi"),
    ("a shooting at the corner of Elm street and Maple street in Quincy", "Quincy", "Maple Street"),
    ("Shelling hit the city of Homs.", "Homs", None),
    ("Gunmen attacked a bus in Takum district, Taraba.", "Taraba", None),
])
def test_part_of_town(text, town, part):
    assert part_of_town(text, town) == part


def test_the_event_keeps_the_town_and_names_the_part(extract):
    [event] = extract("On 21 February 2016, a car bomb exploded in the al-Zahra neighbourhood of Homs, "
                      "killing 20 people.")
    loc = event["location"]
    assert (loc["name"], loc["precision"], loc["country"]) == ("Homs - al-Zahra", 1, "SY")
