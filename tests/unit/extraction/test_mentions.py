from sitrep.extraction.mentions import is_demonym, is_modifier
from sitrep.models import Place


def _country(text, name):
    return Place(0, len(text), text, name, "US", 0.0, 0.0, 1, feature="country")


def test_demonyms_are_not_places():
    assert is_demonym(_country("Turkish", "Türkiye"))
    assert is_demonym(_country("Afghans", "Afghanistan"))
    assert not is_demonym(_country("Syria", "Syria"))


def test_a_country_before_a_noun_qualifies_it():
    us = _country("US", "United States")
    assert is_modifier(us, " dollar exchange rate")
    assert is_modifier(us, " service members, and")
    assert not is_modifier(us, " after six hours of talks")
    assert not is_modifier(us, ", officials said")
    assert not is_modifier(us, " and Russia agreed")


def test_a_country_after_in_and_a_compass_point_is_where():
    yemen = _country("Yemen", "Yemen")
    assert not is_modifier(yemen, " go on with 40 dead", "Clashes in NE ")
    assert not is_modifier(yemen, " go on with 40 dead", "Clashes in northern ")
