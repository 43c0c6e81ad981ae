"""Document context: leave-one-out focus, town-county pairs, chain holders, NER span parts."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer, GazetteerRow
from sitrep.geo.geoparse import geoparse
from sitrep.geo.mentions import Mention, part_mentions

R = GazetteerRow


@pytest.fixture(scope="module")
def local() -> Gazetteer:
    """A famous Paris, two small US namesakes and the county that holds one of them."""
    return Gazetteer.from_rows([
        R(1, "France", "FR", "country", 46.0, 2.0, 67_000_000),
        R(2, "United States", "US", "country", 39.8, -98.6, 327_000_000),
        R(10, "Tennessee", "US", "admin1", 35.8, -86.3, 6_000_000, admin1_code="US.TN",
          admin1="Tennessee"),
        R(11, "Kentucky", "US", "admin1", 37.5, -85.3, 4_000_000, admin1_code="US.KY",
          admin1="Kentucky"),
        R(12, "Quebec", "CA", "admin1", 52.0, -72.0, 8_000_000, admin1_code="CA.10",
          admin1="Quebec"),
        R(20, "Henry County", "US", "admin2", 36.3, -88.3, 30_000, admin1_code="US.TN",
          admin1="Tennessee", names=("Henry County",), weak_names=("Henry",)),
        R(100, "Paris", "FR", "city", 48.85, 2.35, 2_100_000, admin1_code="FR.11", capital=True),
        R(101, "Paris", "US", "city", 36.30, -88.33, 10_000, admin1_code="US.TN",
          admin1="Tennessee", admin2_id=20),
        R(102, "Paris", "US", "city", 38.21, -84.25, 9_800, admin1_code="US.KY",
          admin1="Kentucky"),
        R(103, "Québec", "CA", "city", 46.8, -71.2, 530_000, admin1_code="CA.10", admin1="Quebec"),
        R(104, "Montréal", "CA", "city", 45.5, -73.6, 1_600_000, admin1_code="CA.10",
          admin1="Quebec", names=("Montreal",)),
        R(105, "Laval", "CA", "city", 45.6, -73.7, 400_000, admin1_code="CA.10", admin1="Quebec"),
        R(106, "Tacoma", "US", "city", 47.25, -122.44, 200_000, admin1_code="US.WA"),
        R(13, "Washington", "US", "admin1", 47.5, -120.5, 7_000_000, admin1_code="US.WA",
          admin1="Washington"),
        R(107, "Washington", "US", "city", 38.9, -77.0, 600_000, admin1_code="US.DC"),
    ])


def by_text(places):
    return {p.text: p for p in places}


def test_town_and_its_county_pull_each_other(local, ents):
    text = "Paris and Henry County are rich in history. Paris hosts a fair; Paris is small."
    e = ents(text, ("Paris", "GPE"), ("Henry County", "GPE"), ("Paris", "GPE"), ("Paris", "GPE"))
    got = geoparse(text, e, local)
    assert {p.geonameid for p in got if p.text == "Paris"} == {101}
    assert by_text(got)["Henry County"].geonameid == 20


def test_a_name_is_no_evidence_for_itself(local, ents):
    # Repeating "Paris" must not lock in the first-round guess; without other context the
    # famous city stays the answer.
    text = "Paris is busy. Paris is big. Paris is old."
    got = geoparse(text, ents(text, ("Paris", "GPE"), ("Paris", "GPE"), ("Paris", "GPE")), local)
    assert {p.geonameid for p in got} == {100}


def test_province_in_a_story_about_its_cities(local, ents):
    text = "Mayors of Montreal and Laval asked the Quebec government to allow it, as in Quebec."
    e = ents(text, ("Montreal", "GPE"), ("Laval", "GPE"), ("Quebec", "GPE"), ("Quebec", "GPE"))
    got = geoparse(text, e, local)
    assert {p.geonameid for p in got if p.text == "Quebec"} == {12}


def test_chain_holder_is_the_area(local, ents):
    text = "A bakery in Tacoma, Washington shares tips."
    got = by_text(geoparse(text, ents(text, ("Tacoma", "GPE"), ("Washington", "GPE")), local))
    assert got["Washington"].geonameid == 13
    assert got["Tacoma"].geonameid == 106


def test_ner_span_with_trailing_words(gazetteer, ents):
    # A place NER tags as GPE is not a person's name because NER also put it in "Amman Police".
    text = "Homs Governorate Council met in Amman. Amman Police said so."
    e = ents(text, ("Homs Governorate Council", "ORG"), ("Amman", "GPE"), ("Amman Police", "PERSON"))
    got = geoparse(text, e, gazetteer)
    assert by_text(got)["Homs Governorate"].geonameid == 11
    assert [p.geonameid for p in got if p.text == "Amman"] == [104, 104]


def test_part_mentions_rules():
    text = "He walked down Main Street to the Lamar County Commissioners office."
    street = Mention(15, 26, "Main Street", "Main Street", "ner")
    assert part_mentions(text, street, facility=True) == []
    board = Mention(34, 60, "Lamar County Commissioners", "Lamar County Commissioners", "ner")
    parts = part_mentions(text, board)
    assert parts[0].text == "Lamar County" and parts[0].hint == "admin2"
    far = "Far North Queensland"
    assert part_mentions(far, Mention(0, len(far), far, far, "ner"))[0].text == "Queensland"
    market = "near the Grand Market"
    assert part_mentions(market, Mention(9, 21, "Grand Market", "Grand Market", "ner")) == []
    arena = Mention(0, 16, "Manchester Arena", "Manchester Arena", "ner")
    assert part_mentions("Manchester Arena", arena, facility=True)[0].text == "Manchester"
    from sitrep.geo.mentions import inside_site_name
    church = "inside St. Peter and St. Paul's Church in Cairo"
    assert inside_site_name(church, Mention(7, 16, "St. Peter", "St. Peter", "ner"))
    shared = "Market Districts in Shadyside and Bethel Park"
    assert not inside_site_name(shared, Mention(20, 29, "Shadyside", "Shadyside", "ner"))
    person = Mention(0, 12, "Graham Smith", "Graham Smith", "ner-person")
    assert part_mentions("Graham Smith said", person) == []
