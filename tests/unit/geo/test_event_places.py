"""Event-style place notes: whole country names, "Town (District, Province)", address chains."""

from __future__ import annotations

import csv

import pytest

from sitrep.geo.gazetteer import Gazetteer, GazetteerRow
from sitrep.geo.geoparse import geoparse, to_location
from sitrep.geo.mentions import long_name_mentions, parenthesis_mentions
from sitrep.geo.sources import _compass_variants, data_file, english_name

R = GazetteerRow
ROWS = [
    R(201, "Congo, The Democratic Republic of the", "CD", "country", -2.5, 23.5, 90_000_000,
      names=("Democratic Republic of the Congo", "DR Congo")),
    R(202, "Congo", "CG", "country", -1.0, 15.0, 5_000_000, names=("Republic of the Congo",)),
    R(203, "Kenya", "KE", "country", 1.0, 38.0, 50_000_000),
    R(204, "Mozambique", "MZ", "country", -18.0, 35.0, 30_000_000),
    R(205, "Spain", "ES", "country", 40.0, -4.0, 47_000_000),
    R(206, "Japan", "JP", "country", 35.0, 136.0, 126_000_000),
    R(211, "Ituri", "CD", "admin1", 1.6, 29.4, 5_000_000, admin1_code="CD.17", admin1="Ituri"),
    R(212, "Cabo Delgado", "MZ", "admin1", -12.3, 39.3, 2_000_000, admin1_code="MZ.01",
      admin1="Cabo Delgado"),
    R(213, "Illes Balears", "ES", "admin1", 39.6, 2.9, 1_100_000, admin1_code="ES.07",
      admin1="Illes Balears"),
    R(214, "Mandera", "KE", "admin1", 3.6, 40.7, 860_000, admin1_code="KE.33", admin1="Mandera"),
    R(221, "Djugu", "CD", "admin2", 1.9, 30.5, admin1_code="CD.17", admin1="Ituri",
      names=("Djugu Territory",), weak_names=("Djugu",)),
    R(301, "Mongbwalu", "CD", "city", 1.95, 30.03, 8_000, admin1_code="CD.17", admin1="Ituri"),
    R(302, "Mandera", "KE", "city", 3.94, 41.86, 87_000, admin1_code="KE.33", admin1="Mandera"),
    R(303, "Sango", "JP", "city", 34.6, 135.7, 30_000, admin1_code="JP.29"),
    R(304, "Sango", "KE", "city", 3.7, 41.2, 1_000, admin1_code="KE.33", admin1="Mandera"),
    R(305, "Palma", "ES", "city", 39.57, 2.65, 400_000, admin1_code="ES.07",
      admin1="Illes Balears"),
    R(306, "Palma", "MZ", "city", -10.77, 40.47, 50_000, admin1_code="MZ.01",
      admin1="Cabo Delgado"),
]


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.from_rows(ROWS)


def test_long_country_name_beats_embedded_congo(gz, ents):
    text = "Assailants attacked civilians in Boga, Ituri, Democratic Republic of the Congo."
    e = ents(text, ("Ituri", "GPE"), ("Democratic Republic", "GPE"), ("Congo", "GPE"))
    got = {p.text: p for p in geoparse(text, e, gz)}
    assert got["Democratic Republic of the Congo"].country == "CD"
    assert "Congo" not in got and all(p.country != "CG" for p in got.values())


def test_long_name_inside_a_longer_name_is_not_a_mention():
    names = frozenset({"north west", "democratic republic of the congo"})
    assert long_name_mentions("The Calgary-North West MLA said", names, []) == []
    assert long_name_mentions("at the North West Regional Jail", names, []) == []
    assert [m.text for m in long_name_mentions("in the North West region", names, [])] == ["North West"]


def test_parenthesised_divisions_hold_the_town_and_give_the_country(gz, ents):
    text = "Women were raped by CODECO militiamen in Mongbwalu locality (Djugu, Ituri)."
    e = ents(text, ("CODECO", "ORG"), ("Djugu", "ORG"), ("Ituri", "NORP"))
    got = {p.text: p for p in geoparse(text, e, gz)}
    assert got["Mongbwalu"].geonameid == 301
    assert got["Ituri"].feature == "admin1" and got["Ituri"].country == "CD"
    loc = to_location(got["Mongbwalu"], gz)
    assert (loc.country, loc.admin1) == ("CD", "Ituri")


def test_parentheses_without_places_do_not_make_a_place():
    found = parenthesis_mentions("7 on Musir (Mike de Kock), won by the favourite.")
    assert {m.source for m in found if m.text == "Musir"} == {"paren-head"}
    assert parenthesis_mentions("attacked by the Allied Democratic Forces (ADF) in") == []
    assert [m.text for m in parenthesis_mentions("Inalabag [Tin Elebag] (Anchawadi, Gao).")] == \
        ["Inalabag", "Tin Elebag", "Anchawadi", "Gao"]


def test_chain_through_a_town_keeps_the_country(gz, ents):
    text = "Assailants attacked a cell phone mast in Sango, Mandera, Kenya."
    e = ents(text, ("Sango", "GPE"), ("Mandera", "GPE"), ("Kenya", "GPE"))
    got = {p.text: p for p in geoparse(text, e, gz)}
    assert got["Sango"].country == "KE"


def test_one_sense_per_document_from_the_chain(gz, ents):
    text = ("Assailants attacked the town of Palma from the airfield in Palma, Cabo Delgado, "
            "Mozambique. The raids on Palma went on.")
    e = ents(text, ("Palma", "GPE"), ("Palma", "GPE"), ("Cabo Delgado", "GPE"),
             ("Mozambique", "GPE"), ("Palma", "GPE"))
    got = [p for p in geoparse(text, e, gz) if p.text == "Palma"]
    assert len(got) == 3 and {p.country for p in got} == {"MZ"}


def test_compass_names_in_english_and_french():
    assert set(_compass_variants("Extrême-Nord")) == {"Extreme-North", "Far-North"}
    assert _compass_variants("North-West") == ["Nord-Ouest"]
    assert _compass_variants("Est") == []


def test_english_name_from_alias_pairs():
    assert english_name("Ḩimş", ("Homs", "Homs Governorate")) == "Homs"
    assert english_name("Zhytomyrska oblast", ("Zhytomyr", "Zhytomyr Oblast")) == "Zhytomyr"
    assert english_name("Shabeellaha Dhexe", ("Middle Shabeelle", "Shabeele Dhexe Region")) is None


def test_english_admin1_file_is_well_formed():
    with open(data_file("geo_admin1_english.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["code"].startswith(r["country"] + ".") and r["name"] and r["source"]
                        for r in rows)
    assert len({r["code"] for r in rows}) == len(rows)


def test_a_place_cue_outranks_ners_guess():
    from sitrep.geo.mentions import run_mentions

    text = "Israeli forces stormed the town of Kafr Qaddum from several directions."
    cued = [m for m in run_mentions(text, [(35, 39)], []) if m.source == "cue"]
    assert any(m.text == "Kafr Qaddum" and m.strong for m in cued)


def test_inverted_country_names_read_naturally():
    from sitrep.geo.geoparse import display_name

    assert display_name("Congo, The Democratic Republic of the") == "Democratic Republic of the Congo"
    assert display_name("Korea, Republic of") == "Republic of Korea"
    assert display_name("Bonaire, Sint Eustatius and Saba") == "Bonaire, Sint Eustatius and Saba"


def test_weak_places_are_marked_and_only_on_request(gz, ents):
    # A small town named bare, untagged by NER, in a story about nowhere: too thin to report as
    # a toponym, but an event with no other place may use it.
    text = "Insurgents raided the Mongbwalu market at dawn."
    assert geoparse(text, [], gz) == []
    weak = geoparse(text, [], gz, weak=True)
    assert [(p.text, p.weak) for p in weak] == [("Mongbwalu", True)]


def test_place_word_inside_a_person_span_makes_it_a_place(gz, ents):
    text = "Two militants were killed near Mongbwalu town on Monday."
    got = geoparse(text, ents(text, ("Mongbwalu town", "PERSON")), gz)
    assert [p.geonameid for p in got] == [301]
