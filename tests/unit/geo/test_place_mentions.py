"""Toponym mentions: the admin words that say what kind of place a name is."""

from sitrep.geo.mentions import place_hint


def test_nepals_sub_metropolitan_city_is_a_city_hint():
    text = "Dhangadhi Sub-Metropolitan City"
    assert place_hint(text, text + " (Kailali)", len(text)) == "city"


def test_a_district_after_the_name_is_an_admin2_hint():
    assert place_hint("Kailali", "Kailali district", len("Kailali")) == "admin2"
