from sitrep.geo.gazetteer import Gazetteer, GazetteerRow
from sitrep.models import Entity
from sitrep.geo.geoparse import geoparse, to_location


def by_text(places):
    return {p.text: p for p in places}


def test_syria_focus(gazetteer, ents):
    text = ("Car bombs exploded in Homs, Syria, on Sunday. Talks were held in Amman. "
            "Turkish artillery shelled Azaz, and jets struck Raqqa.")
    e = ents(text, ("Homs", "GPE"), ("Syria", "GPE"), ("Amman", "GPE"), ("Turkish", "NORP"),
             ("Azaz", "GPE"), ("Raqqa", "GPE"))
    got = by_text(geoparse(text, e, gazetteer))
    assert got["Homs"].geonameid == 101            # the city, not the governorate or Libya's Khums
    assert got["Amman"].geonameid == 104
    assert got["Azaz"].geonameid == 102
    assert got["Raqqa"].geonameid == 103
    assert got["Syria"].feature == "country"
    assert got["Turkish"].country == "TR"
    assert got["Homs"].runner_up is not None and got["Homs"].score is not None


def test_province_word_selects_admin1(gazetteer, ents):
    text = "Fighting spread across Homs province."
    got = geoparse(text, ents(text, ("Homs", "GPE")), gazetteer)
    assert got[0].feature == "admin1" and got[0].geonameid == 11


def test_chain_resolves_inside_last_element(gazetteer, ents):
    text = "Gunmen attacked Kauri, Shiroro district, Niger, Nigeria on Monday."
    e = ents(text, ("Kauri", "GPE"), ("Shiroro", "GPE"), ("Niger", "GPE"), ("Nigeria", "GPE"))
    got = by_text(geoparse(text, e, gazetteer))
    assert got["Niger"].geonameid == 15            # the Nigerian state, not the country Niger
    assert got["Nigeria"].geonameid == 5
    assert got["Kauri"].geonameid == 106
    assert got["Shiroro"].geonameid == 21


def test_abbreviation_chain(gazetteer, ents):
    text = "The storm hit Springfield, Ill., overnight."
    got = by_text(geoparse(text, ents(text, ("Springfield", "GPE")), gazetteer))
    assert got["Springfield"].geonameid == 108
    assert got["Ill."].geonameid == 17


def test_run_matcher_finds_missed_country_but_not_people(gazetteer, ents):
    text = "Officials in Jordan said Jordan Smith left. Mr Paris spoke."
    e = ents(text, ("Jordan Smith", "PERSON"), ("Paris", "PERSON"))
    got = geoparse(text, e, gazetteer)
    assert [p.text for p in got] == ["Jordan"]
    assert got[0].feature == "country"


def test_sentence_start_word_needs_ner(gazetteer, ents):
    text = "Paris was quiet. Nobody came."
    assert geoparse(text, [], gazetteer) == []


def test_to_location_fills_admin1(gazetteer, ents):
    text = "Shelling hit Homs."
    place = geoparse(text, ents(text, ("Homs", "GPE")), gazetteer)[0]
    loc = to_location(place, gazetteer, precision=1)
    assert (loc.country, loc.admin1, loc.geonameid, loc.precision) == ("SY", "Hims", 101, 1)


def test_offsets_index_the_text(gazetteer, ents):
    text = "Protests in the U.S. and in Syria's north."
    e = ents(text, ("the U.S.", "GPE"), ("Syria's", "GPE"))
    for p in geoparse(text, e, gazetteer):
        assert text[p.start:p.end] == p.text


def test_chain_drops_a_namesake_outside_its_division(gazetteer, ents):
    # The only Sango we know is in Kano: the chain says this one is in Niger State, so the
    # village is missing from the gazetteer, and the namesake would be a wrong pin.
    text = "Gunmen attacked Sango, Niger State, on Monday."
    got = by_text(geoparse(text, ents(text, ("Sango", "GPE"), ("Niger State", "GPE")), gazetteer))
    assert "Sango" not in got
    assert got["Niger State"].geonameid == 15


def test_loose_run_does_not_hide_the_country_inside_it(gazetteer, ents):
    text = "At Least 8 Killed in New Congo Raid"
    got = geoparse(text, [], gazetteer)
    assert [(p.text, p.country) for p in got] == [("Congo", "CD")]


def test_surname_is_not_a_village(gazetteer, ents):
    text = "Mehmet Ali Artan drove into a crowd. Artan was arrested. Artan was charged."
    e = ents(text, ("Mehmet Ali Artan", "PERSON"), ("Artan", "GPE"), ("Artan", "GPE"))
    assert geoparse(text, e, gazetteer) == []


def test_alternate_spelling_of_a_small_town_abroad_is_a_stray(gazetteer, ents):
    text = "Troops foil attack on Artan"
    assert geoparse(text, ents(text, ("Artan", "GPE")), gazetteer) == []
    # Where the text names the country too, the town may be meant.
    text = "Troops foil attack on Artan, Turkey"
    got = by_text(geoparse(text, ents(text, ("Artan", "GPE"), ("Turkey", "GPE")), gazetteer))
    assert got["Artan"].geonameid == 115


def test_a_province_tagged_as_a_nationality_is_kept_in_its_country(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Israel", "IL", "country", 31.5, 34.9, 9_000_000),
        R(2, "Al Janubi", "IL", "admin1", 30.7, 34.9, 1_100_000, admin1_code="IL.01",
          admin1="Al Janubi", names=("Southern",)),
    ])
    text = "A man stabbed a guard near Nir Oz, Southern, Israel."
    got = by_text(geoparse(text, ents(text, ("Southern", "NORP"), ("Israel", "GPE")), g))
    assert got["Southern"].geonameid == 2
    text = "Southern hospitality was on show."
    assert geoparse(text, ents(text, ("Southern", "NORP")), g) == []


def test_display_names_drop_romanisation_marks_only():
    from sitrep.geo.geoparse import display_name

    assert display_name("Nangarhār") == "Nangarhar"
    assert display_name("Al Ḩudaydah") == "Al Hudaydah"
    assert display_name("Ḩimş") == "Hims"
    assert display_name("Ma‘arrat an Nu‘mān") == "Ma'arrat an Nu'man"
    # Letters of Latin-script languages stay.
    assert display_name("São Paulo") == "São Paulo"
    assert display_name("Timişoara") == "Timişoara"
    assert display_name("Çanakkale") == "Çanakkale"


def test_province_town_is_a_town_of_the_province(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Nigeria", "NG", "country", 10.0, 8.0, 190_000_000),
        R(2, "Borno", "NG", "admin1", 11.5, 13.0, 4_000_000, admin1_code="NG.02", admin1="Borno"),
        R(3, "Borno", "IT", "city", 46.0, 10.1, 2_600, admin1_code="IT.09"),
    ])
    text = "Gunmen raid a market in Borno town, killing four traders."
    [place] = geoparse(text, ents(text, ("Borno", "GPE")), g)
    assert place.geonameid == 2


def test_address_chains_rule_out_namesakes_and_the_name_stays_unknown(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Canada", "CA", "country", 56.0, -96.0, 38_000_000),
        R(2, "Ontario", "CA", "admin1", 50.0, -85.0, 14_000_000, admin1_code="CA.08", admin1="Ontario"),
        R(3, "Ukraine", "UA", "country", 49.0, 32.0, 41_000_000),
        R(4, "Donetsk", "UA", "admin1", 48.0, 37.8, 4_100_000, admin1_code="UA.05", admin1="Donetsk"),
        R(10, "Toronto", "CA", "city", 43.7, -79.4, 2_700_000, admin1_code="CA.08", admin1="Ontario"),
        R(11, "Greektown", "CA", "city", 49.1, -122.3, 600, admin1_code="CA.02"),
        R(13, "Greektown", "CA", "admin2", 49.2, -122.4, 900, admin1_code="CA.02"),  # a district too
        R(12, "Krasne", "UA", "city", 47.2, 35.6, 511, admin1_code="UA.26", admin1="Zaporizhzhia"),
    ])
    text = "Shots were fired in Greektown, Toronto, Canada."
    got = by_text(geoparse(text, ents(text, ("Greektown", "GPE"), ("Toronto", "GPE"), ("Canada", "GPE")), g))
    assert "Greektown" not in got and got["Toronto"].geonameid == 10
    text = "Shells fell on Krasne, Donetsk. Monitors heard blasts near Krasne."
    got = geoparse(text, ents(text, ("Krasne", "GPE"), ("Donetsk", "GPE"), ("Krasne", "GPE")), g)
    assert [p.text for p in got] == ["Donetsk"]
    # "near Boston, Wagner said" is no address: a town after a comma does not hold the name.
    text = "Tolls rose near Toronto, Greektown said."
    got = by_text(geoparse(text, ents(text, ("Toronto", "GPE"), ("Greektown", "GPE")), g))
    assert got["Toronto"].geonameid == 10


def test_a_nationality_opening_a_name_ner_made_is_a_demonym(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([R(1, "Mali", "ML", "country", 17.0, -4.0, 20_000_000, demonyms=("Malian",))])
    text = "Update: Malian gov't says 30 soldiers were killed."
    [place] = geoparse(text, ents(text, ("Malian gov't", "PERSON")), g)
    assert (place.text, place.country, place.demonym) == ("Malian", "ML", True)


def test_a_division_in_brackets_is_an_area_not_a_town_abroad(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Burkina Faso", "BF", "country", 12.3, -1.7, 21_000_000),
        R(2, "Sahel", "BF", "admin1", 14.1, -0.5, 1_300_000, admin1_code="BF.78", admin1="Sahel"),
        R(3, "Yagha", "BF", "admin2", 13.5, 0.6, 160_000, admin1_code="BF.78", admin1="Sahel",
          weak_names=("Yagha",)),
        R(10, "Yagha", "GH", "city", 9.4, -0.8, 20_000, admin1_code="GH.06"),
    ])
    # The village is unknown; the province in brackets gives the country.
    text = "On 3 May 2022, militants attacked Tankougounadie (Tankougounadie, Yagha), killing 5 people."
    got = by_text(geoparse(text, ents(text, ("Tankougounadie", "GPE"), ("Yagha", "GPE")), g))
    assert got["Yagha"].geonameid == 3


def test_a_district_word_does_not_break_a_chain_and_only_a_province_holds_a_district(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Yemen", "YE", "country", 15.0, 48.0, 28_000_000),
        R(2, "Ibb", "YE", "admin1", 14.0, 44.2, 1_000_000, admin1_code="YE.23", admin1="Ibb"),
        R(3, "Far Al Udayn", "YE", "admin2", 14.1, 44.0, 90_000, admin1_code="YE.23", admin1="Ibb",
          weak_names=("Far Al Udayn",)),
        R(10, "Ibb", "YE", "city", 13.97, 44.18, 950_000, admin1_code="YE.23", admin1="Ibb"),
    ])
    text = "Assailants shelled villages in Far Al Udayn district, Ibb, Yemen."
    got = by_text(geoparse(text, ents(text, ("Far Al Udayn", "GPE"), ("Ibb", "GPE"), ("Yemen", "GPE")), g))
    assert got["Far Al Udayn"].geonameid == 3
    assert got["Ibb"].geonameid == 2  # the governorate, not its namesake city


def test_a_small_town_ner_missed_is_kept_inside_the_province_after_it(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Mexico", "MX", "country", 23.0, -102.0, 126_000_000),
        R(2, "Oaxaca", "MX", "admin1", 17.0, -96.5, 4_000_000, admin1_code="MX.20", admin1="Oaxaca"),
        R(10, "San Pedro Totolapam", "MX", "city", 16.67, -96.3, 1_800, admin1_code="MX.20", admin1="Oaxaca"),
    ])
    text = "Gunmen killed a candidate in San Pedro Totolapam, Oaxaca, Mexico."
    got = by_text(geoparse(text, ents(text, ("Oaxaca", "GPE"), ("Mexico", "GPE")), g))
    assert got["San Pedro Totolapam"].geonameid == 10
    # NER calling it a person does not change that.
    got = by_text(geoparse(text, ents(text, ("San Pedro Totolapam", "PERSON"), ("Oaxaca", "GPE"),
                                      ("Mexico", "GPE")), g))
    assert got["San Pedro Totolapam"].geonameid == 10
    # Without the province after it, a small town found only by the capitalised-run matcher is
    # not enough evidence.
    text = "Gunmen killed a candidate from San Pedro Totolapam yesterday."
    assert geoparse(text, ents(text), g) == []


def test_a_place_ner_cut_short_is_read_whole(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Paraguay", "PY", "country", -23.0, -58.0, 7_000_000),
        R(10, "Ciudad del Este", "PY", "city", -25.5, -54.6, 300_000, admin1_code="PY.11"),
        R(11, "Ciudad", "MX", "city", 23.3, -105.0, 900, admin1_code="MX.10"),
    ])
    text = "Two men were shot in Ciudad del Este on Monday."
    [place] = geoparse(text, ents(text, ("Ciudad", "GPE")), g)
    assert (place.text, place.geonameid) == ("Ciudad del Este", 10)
    # A name that continues into no known place stays as NER cut it.
    text = "Fans of Ciudad Juarez Bravos met in the square."
    got = geoparse(text, ents(text, ("Ciudad", "GPE")), g)
    assert [p.text for p in got] in ([], ["Ciudad"])


def test_the_middle_of_an_address_that_holds_an_unknown_name_is_an_area(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Nigeria", "NG", "country", 10.0, 8.0, 190_000_000),
        R(2, "Kaduna", "NG", "admin1", 10.3, 7.7, 2_000_000, admin1_code="NG.23", admin1="Kaduna"),
        R(10, "Kaduna", "NG", "city", 10.52, 7.44, 1_600_000, admin1_code="NG.23", admin1="Kaduna"),
    ])
    text = "Gunmen attacked a church in Gidan Waya, Kaduna, Nigeria."
    got = by_text(geoparse(text, ents(text, ("Gidan Waya", "GPE"), ("Kaduna", "GPE"), ("Nigeria", "GPE")), g))
    assert got["Kaduna"].geonameid == 2
    text = "Gunmen attacked a church in Kaduna, Nigeria."
    got = by_text(geoparse(text, ents(text, ("Kaduna", "GPE"), ("Nigeria", "GPE")), g))
    assert got["Kaduna"].geonameid == 10


def test_a_feature_named_after_a_town_is_that_town_only_at_home(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "United States", "US", "country", 39.8, -98.6, 327_000_000),
        R(2, "California", "US", "admin1", 37.0, -120.0, 39_000_000, admin1_code="US.CA", admin1="California"),
        R(3, "Iraq", "IQ", "country", 33.0, 44.0, 40_000_000),
        R(10, "Salinas", "US", "city", 36.68, -121.66, 160_000, admin1_code="US.CA", admin1="California"),
        R(11, "Green", "US", "city", 40.9, -81.5, 25_000, admin1_code="US.OH"),
        R(12, "Baghdad", "IQ", "city", 33.34, 44.4, 7_000_000, admin1_code="IQ.07", capital=True),
    ])
    text = "The spinach was traced to the Salinas Valley region of California."
    got = by_text(geoparse(text, ents(text, ("Salinas Valley", "LOC"), ("California", "GPE")), g))
    assert got["Salinas"].geonameid == 10
    text = "Rockets hit the Green Zone in Baghdad, Iraq."
    got = by_text(geoparse(text, ents(text, ("the Green Zone", "LOC"), ("Baghdad", "GPE"), ("Iraq", "GPE")), g))
    assert "Green" not in got and got["Baghdad"].geonameid == 12


def test_a_province_guessed_from_its_spelling_needs_its_country_around(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Russia", "RU", "country", 60.0, 100.0, 144_000_000),
        R(2, "Botswana", "BW", "country", -22.0, 24.0, 2_300_000),
        R(3, "North East", "BW", "admin1", -21.0, 27.5, 60_000, admin1_code="BW.08", admin1="North East"),
        R(10, "Beslan", "RU", "city", 43.19, 44.54, 36_000, admin1_code="RU.68"),
    ])
    text = "The siege in Beslan, North Ossetia, left 334 dead."
    got = by_text(geoparse(text, ents(text, ("Beslan", "GPE"), ("North Ossetia", "GPE")), g))
    assert "North Ossetia" not in got and got["Beslan"].geonameid == 10


def test_a_district_on_its_province_point_claims_only_the_province():
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R
    from sitrep.geo.geoparse import to_location
    from sitrep.models import Place

    g = Gazetteer.from_rows([
        R(2, "Banaadir", "SO", "admin1", 2.05, 45.33, 2_500_000, admin1_code="SO.02", admin1="Banaadir"),
        R(3, "Hodan", "SO", "admin2", 2.05, 45.33, 0, admin1_code="SO.02", admin1="Banaadir"),
        R(4, "Baidoa", "SO", "admin2", 3.11, 43.65, 0, admin1_code="SO.02", admin1="Banaadir"),
    ])
    on_province = Place(0, 5, "Hodan", "Hodan", "SO", 2.05, 45.33, 3, "Banaadir", "admin2")
    own_point = Place(0, 6, "Baidoa", "Baidoa", "SO", 3.11, 43.65, 4, "Banaadir", "admin2")
    assert to_location(on_province, g, 2).precision == 3
    assert to_location(own_point, g, 2).precision == 2


def test_a_list_of_countries_is_no_address(gazetteer, ents):
    text = "Ministers from Syria, Jordan and France met."
    got = by_text(geoparse(text, ents(text, ("Syria", "GPE"), ("Jordan", "GPE"), ("France", "GPE")), gazetteer))
    assert [got[n].country for n in ("Syria", "Jordan", "France")] == ["SY", "JO", "FR"]


def test_a_small_province_names_no_namesake_city_against_a_big_one(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Florida", "US", "admin1", 28.0, -81.7, 21_000_000, admin1_code="US.FL", admin1="Florida"),
        R(2, "Florida", "UY", "admin1", -33.9, -56.0, 67_000, admin1_code="UY.07", admin1="Florida"),
        R(10, "Florida", "UY", "city", -34.1, -56.2, 33_000, admin1_code="UY.07", admin1="Florida"),
        R(11, "Miami", "US", "city", 25.8, -80.2, 440_000, admin1_code="US.FL", admin1="Florida"),
    ])
    text = "Health officials in Florida said cases rose in Miami."
    got = by_text(geoparse(text, ents(text, ("Florida", "GPE"), ("Miami", "GPE")), g))
    assert got["Florida"].geonameid == 1


def test_a_nationality_before_city_of_holds_the_place(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Lebanon", "LB", "country", 33.9, 35.9, 6_800_000, demonyms=("Lebanese",)),
        R(2, "Libya", "LY", "country", 25.0, 17.0, 6_000_000, demonyms=("Libyan",)),
        R(10, "Tripoli", "LY", "city", 32.9, 13.2, 1_150_000, capital=True),
        R(11, "Tripoli", "LB", "city", 34.4, 35.8, 230_000),
    ])
    text = "Clashes broke out in the Lebanese city of Tripoli."
    got = by_text(geoparse(text, ents(text, ("Lebanese", "NORP"), ("Tripoli", "GPE")), g))
    assert got["Tripoli"].geonameid == 11


def test_a_county_is_not_the_state_of_its_name_and_an_address_beats_a_namesake_person(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Washington", "US", "admin1", 47.4, -120.5, 7_700_000, admin1_code="US.WA", admin1="Washington"),
        R(2, "Oregon", "US", "admin1", 44.0, -120.5, 4_200_000, admin1_code="US.OR", admin1="Oregon"),
        R(3, "Washington County", "US", "admin2", 45.5, -123.1, 600_000, admin1_code="US.OR", admin1="Oregon",
          weak_names=("Washington",)),
        R(4, "Minnesota", "US", "admin1", 46.0, -94.0, 5_700_000, admin1_code="US.MN", admin1="Minnesota",
          abbreviations=("Minn.",)),
        R(10, "Jordan", "US", "city", 44.67, -93.63, 6_000, admin1_code="US.MN", admin1="Minnesota"),
    ])
    text = "Deputies in Washington County, Oregon, arrested two men."
    got = by_text(geoparse(text, ents(text, ("Washington County", "GPE"), ("Oregon", "GPE")), g))
    assert got["Washington County"].geonameid == 3
    text = "JORDAN, Minn. - The council met. Council member Jordan Weiss voted no."
    got = by_text(geoparse(text, ents(text, ("JORDAN", "GPE"), ("Jordan Weiss", "PERSON")), g))
    assert got["JORDAN"].geonameid == 10


def test_a_word_said_once_for_several_counties(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Illinois", "US", "admin1", 40.0, -89.2, 12_000_000, admin1_code="US.IL", admin1="Illinois"),
        R(2, "Sangamon County", "US", "admin2", 39.76, -89.66, 195_000, admin1_code="US.IL", admin1="Illinois",
          weak_names=("Sangamon",)),
        R(3, "Menard County", "US", "admin2", 40.03, -89.8, 12_000, admin1_code="US.IL", admin1="Illinois",
          weak_names=("Menard",)),
    ])
    text = "Flooding hit Sangamon and Menard counties in Illinois on Monday."
    got = by_text(geoparse(text, ents(text, ("Illinois", "GPE")), g))
    assert (got["Sangamon"].geonameid, got["Menard"].geonameid) == (2, 3)


def test_a_province_named_a_few_words_away_picks_the_namesake(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Vermont", "US", "admin1", 44.0, -72.7, 640_000, admin1_code="US.VT", admin1="Vermont"),
        R(10, "Burlington", "US", "city", 42.5, -71.2, 26_000, admin1_code="US.MA"),
        R(11, "Burlington", "US", "city", 44.48, -73.21, 42_000, admin1_code="US.VT", admin1="Vermont"),
        R(12, "Burlington", "CA", "city", 43.3, -79.8, 180_000, admin1_code="CA.08"),
    ])
    text = "In Burlington, the largest city in Vermont, cases doubled."
    got = by_text(geoparse(text, ents(text, ("Burlington", "GPE"), ("Vermont", "GPE")), g))
    assert got["Burlington"].geonameid == 11


def test_a_big_city_outshines_a_small_countrys_namesake_province(gazetteer, ents):
    text = "A bomb went off at a concert in Manchester."
    (got,) = geoparse(text, ents(text, ("Manchester", "GPE")), gazetteer)
    assert got.geonameid == 116                    # the English city, not Jamaica's parish
    text = "Police in Mandeville, Manchester, said two men were shot."
    got = by_text(geoparse(text, ents(text, ("Mandeville", "GPE"), ("Manchester", "GPE")), gazetteer))
    assert got["Manchester"].geonameid == 32       # the parish that holds the town


def test_a_province_named_only_without_its_article_yields_to_a_big_city_abroad(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Bolivia", "BO", "country", -17.0, -65.0, 11_000_000),
        R(2, "El Beni", "BO", "admin1", -12.9, -66.1, 294_757, admin1_code="BO.03", admin1="El Beni"),
        R(10, "Beni", "CD", "city", 0.49, 29.47, 140_731, admin1_code="CD.11", admin1="Nord-Kivu"),
    ])
    text = "Rebels kill 10 in Beni"
    (got,) = geoparse(text, ents(text, ("Beni", "GPE")), g)
    assert got.geonameid == 10                     # the Congolese city, as written
    text = "Protesters marched in Beni, Bolivia."
    got = by_text(geoparse(text, ents(text, ("Beni", "GPE"), ("Bolivia", "GPE")), g))
    assert got["Beni"].geonameid == 2              # the country named still decides


def test_a_list_of_towns_is_no_address(gazetteer, ents):
    text = "Talks were held in Amman, Aleppo and Paris."
    got = by_text(geoparse(text, ents(text, ("Amman", "GPE"), ("Aleppo", "GPE"), ("Paris", "GPE")), gazetteer))
    assert got["Amman"].geonameid == 104 and got["Aleppo"].geonameid == 111


def test_a_nationality_before_village_names_the_country(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([R(1, "Burkina Faso", "BF", "country", 12.0, -1.7, 19_751_535,
                               demonyms=("Burkinabe",))])
    text = "Gunmen kill 5 in attack on Burkinabe village"
    (got,) = geoparse(text, ents(text), g)         # NER saw nothing: the word before "village"
    assert got.geonameid == 1 and got.demonym


def test_a_district_spelt_with_a_doubled_letter_inside_its_province(ents):
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "India", "IN", "country", 22.0, 79.0, 1_300_000_000),
        R(2, "Jammu and Kashmīr", "IN", "admin1", 33.5, 74.9, 12_000_000, admin1_code="IN.12",
          admin1="Jammu and Kashmīr", names=("Kashmir",)),
        R(3, "Bāramūla", "IN", "admin2", 34.2, 74.34, 214_309, admin1_code="IN.12",
          admin1="Jammu and Kashmīr", weak_names=("Baramulla",)),
        R(4, "Baramulla", "IT", "city", 45.0, 9.0, 600),
    ])
    text = "Two policemen shot dead in Kashmir's Baramulla"
    got = by_text(geoparse(text, ents(text, ("Kashmir", "GPE")), g))
    assert got["Baramulla"].geonameid == 3
    text = "Two policemen shot dead in Baramulla"
    assert "Baramulla" not in by_text(geoparse(text, ents(text), g))  # no province: nothing to go on


def test_what_is_left_of_a_compass_name_in_brackets_does_not_take_a_town_abroad(ents):
    """"Coventry (West Midlands)": GeoNames has no West Midlands, and Zimbabwe's Midlands holds
    no Coventry."""
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "United Kingdom", "GB", "country", 54.0, -2.0, 66_000_000),
        R(2, "Zimbabwe", "ZW", "country", -19.0, 29.8, 15_000_000),
        R(3, "Midlands", "ZW", "admin1", -19.0, 29.7, 1_600_000, admin1_code="ZW.08", admin1="Midlands"),
        R(10, "Coventry", "GB", "city", 52.4, -1.5, 360_000, admin1_code="GB.ENG", admin1="England"),
    ])
    text = "Police arrested two men in Coventry (West Midlands)."
    got = by_text(geoparse(text, ents(text, ("Coventry", "GPE"), ("West Midlands", "GPE")), g))
    assert got["Coventry"].geonameid == 10 and "Midlands" not in got


def test_a_town_under_a_province_code_geonames_dropped_is_in_the_province_named(ents):
    """GeoNames files Chagni under Ethiopia's old code ET.28: it is still in the Amhara after it."""
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Ethiopia", "ET", "country", 8.0, 38.0, 110_000_000),
        R(2, "Amhara", "ET", "admin1", 11.7, 38.1, 21_000_000, admin1_code="ET.46", admin1="Amhara"),
        R(10, "Chagni", "ET", "city", 10.96, 36.50, 52_300, admin1_code="ET.28"),
    ])
    text = "Assailants attacked residents of Chagni, Amhara, Ethiopia."
    got = by_text(geoparse(text, ents(text, ("Chagni", "GPE"), ("Amhara", "PERSON"), ("Ethiopia", "GPE")), g))
    assert got["Chagni"].geonameid == 10


def test_no_country_abroad_heads_a_bracketed_address(ents):
    """"overran Tonga (Panyikang, Upper Nile)": a village of Upper Nile, not the Pacific kingdom."""
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Tonga", "TO", "country", -20.0, -175.0, 100_000),
        R(2, "South Sudan", "SS", "country", 7.5, 30.0, 11_000_000),
        R(3, "Upper Nile", "SS", "admin1", 9.7, 31.9, 1_000_000, admin1_code="SS.07", admin1="Upper Nile"),
    ])
    text = "On 4 June 2022, Agwelek forces overran Tonga (Panyikang, Upper Nile) after clashes."
    got = by_text(geoparse(text, ents(text, ("Tonga", "GPE"), ("Panyikang", "GPE"), ("Upper Nile", "GPE")), g))
    assert "Tonga" not in got and got["Upper Nile"].geonameid == 3


def test_a_province_named_exactly_stands_for_its_seat_spelt_by_its_name_abroad(ents):
    """"Indonesian hostage freed in Sulu": GeoNames spells Jolo "Sulu"; a town's other spelling in a
    country the text does not name is a stray, but the province of that exact name is Sulu."""
    from sitrep.geo.gazetteer import Gazetteer, GazetteerRow as R

    g = Gazetteer.from_rows([
        R(1, "Indonesia", "ID", "country", -5.0, 120.0, 270_000_000, demonyms=("Indonesian",)),
        R(2, "Philippines", "PH", "country", 13.0, 122.0, 110_000_000),
        R(3, "Sulu", "PH", "admin2", 5.9, 121.2, 800_000, admin1_code="PH.14", admin1="Bangsamoro"),
        R(10, "Jolo", "PH", "city", 6.05, 121.0, 101_000, admin1_code="PH.14", admin1="Bangsamoro",
          weak_names=("Sulu",), admin2_id=3),
    ])
    text = "Indonesian hostage freed in Sulu"
    got = by_text(geoparse(text, ents(text, ("Indonesian", "NORP"), ("Sulu", "GPE")), g))
    assert got["Sulu"].geonameid == 3


def test_a_country_misspelt_keeps_its_ends_and_vowels():
    rows = [GazetteerRow(1, "Malta", "MT", "country", 35.9, 14.5, 500_000),
            GazetteerRow(2, "Israel", "IL", "country", 31.5, 34.8, 9_000_000)]
    small = Gazetteer.from_rows(rows)
    # "Ma'alot" shares Malta's consonants, not its spelling: no country at all.
    assert geoparse("Gunmen took over a school in Ma'alot.", [Entity(29, 36, "GPE", "Ma'alot")], small) == []
    # "Isreal" is Israel misspelt.
    text = "Three soldiers were killed in Isreal."
    [place] = geoparse(text, [Entity(30, 36, "GPE", "Isreal")], small)
    assert place.country == "IL"


def test_words_of_a_site_name_are_no_places():
    rows = [GazetteerRow(1, "At Taj", "LY", "city", 24.2, 23.3, 46_000),
            GazetteerRow(2, "Kabul", "AF", "city", 34.5, 69.2, 3_000_000),
            GazetteerRow(3, "Centre", "CM", "admin1", 4.4, 11.8, 4_000_000, admin1_code="CM.11", admin1="Centre")]
    small = Gazetteer.from_rows(rows)
    assert geoparse("Gunmen attacked the Taj Mahal Palace hotel.", [], small) == []
    assert geoparse("A gunman opened fire at the Islamic Cultural Centre of Quebec.", [], small) == []
    # ... but a big city that opens the site's name is where it is.
    [place] = geoparse("A suicide bomber struck the Kabul Serena Hotel.", [], small)
    assert place.text == "Kabul"


def test_a_site_named_after_a_district_or_another_spelling_is_no_place():
    # (round 101) "the Krishna Dhaba eatery" is no Krishna district; "the Amara Cultural Centre" is
    # neither Amhara (another spelling of a province) nor Al-Amarah (a city under its article).
    rows = [GazetteerRow(1, "Krishna", "IN", "admin2", 16.2, 81.1, 4_500_000),
            GazetteerRow(2, "Amhara", "ET", "admin1", 11.7, 38.1, 20_000_000, admin1_code="ET.46", admin1="Amhara",
                         names=("Amara",)),
            GazetteerRow(3, "Al ‘Amārah", "IQ", "city", 31.8, 47.1, 323_000, names=("Amara",)),
            GazetteerRow(4, "Quetta", "PK", "city", 30.2, 67.0, 730_000),
            GazetteerRow(5, "Quetta", "PK", "admin2", 30.3, 67.1, 2_300_000)]
    small = Gazetteer.from_rows(rows)
    assert geoparse("Gunmen fired at the son of the owner of the Krishna Dhaba eatery.", [], small) == []
    text = "A bomber attacked a meeting at the Amara Cultural Centre."
    assert geoparse(text, [Entity(text.index("the Amara"), text.index(" Centre") + 7, "ORG", "the Amara Cultural Centre")],
                    small) == []
    # (the town a site is named after, not the district of its name)
    [place] = geoparse("Gunmen stormed the Quetta Press Club.", [], small)
    assert place.geonameid == 4


def test_a_feature_word_closing_a_name_is_no_town():
    # "the Sambisa Forest": not the Guernsey parish called Forest.
    small = Gazetteer.from_rows([GazetteerRow(1, "Forest", "GG", "admin1", 49.4, -2.6, 1_500, admin1_code="GG.X",
                                              admin1="Forest")])
    assert geoparse("The militants drove the girls into the Sambisa Forest.", [], small) == []


def test_a_country_possessive_keeps_the_name_in_that_country(ents):
    # "northern Iraq's Gara region": no Gara of Morocco.
    small = Gazetteer.from_rows([GazetteerRow(1, "Iraq", "IQ", "country", 33.0, 44.0, 40_000_000),
                                 GazetteerRow(2, "El Gara", "MA", "city", 33.3, -7.2, 15_000, names=("Gara",))])
    text = "The group executed 13 captives in northern Iraq's Gara region."
    places = geoparse(text, ents(text, ("Iraq", "GPE"), ("Gara", "GPE")), small)
    assert [p.country for p in places] == ["IQ"]


def test_a_bracketed_state_ner_took_for_a_person():
    # "in Minbya township (Rakhine State)": the state, whatever NER made of it.
    small = Gazetteer.from_rows([GazetteerRow(1, "Rakhine", "MM", "admin1", 19.2, 93.5, 3_000_000,
                                              admin1_code="MM.01", admin1="Rakhine")])
    text = "A car came under fire in Minbya township (Rakhine State)."
    s = text.index("Rakhine")
    places = geoparse(text, [Entity(s, s + len("Rakhine State"), "PERSON", "Rakhine State")], small)
    assert [p.geonameid for p in places] == [1]


def test_a_possessive_keeps_a_province_abroad_and_reads_either_congo(ents):
    # (review 98) "Russia's Crimea" names a claim: Crimea stays where it is.
    small = Gazetteer.from_rows([GazetteerRow(1, "Russia", "RU", "country", 55.7, 37.6, 140_000_000),
                                 GazetteerRow(2, "Crimea", "UA", "admin1", 45.0, 34.0, 2_000_000, admin1_code="UA.11",
                                              admin1="Crimea")])
    text = "Protesters rallied in Russia's Crimea."
    places = geoparse(text, ents(text, ("Russia", "GPE"), ("Crimea", "GPE")), small)
    assert [p.country for p in places] == ["RU", "UA"]


def test_a_headline_filed_under_a_small_town_of_one_country():
    # (round 102) "Kagara:" opening a headline is the town, however small, when no other country has one.
    small = Gazetteer.from_rows([GazetteerRow(1, "Kagara", "NG", "city", 10.19, 6.25, 0, admin1_code="NG.31",
                                              admin1="Niger")])
    [place] = geoparse("Kagara: Student killed as gunmen abduct pupils", [], small, weak=True)
    assert place.geonameid == 1


def test_a_name_reported_once_is_the_same_place_where_ner_doubted_it():
    # One sense per document: the island reported after "in" is the island again where NER called
    # the name a person ("Samos's economy") or the name opens a sentence; not where the name only
    # opens a longer one ("Samos Fresh LLC").
    small = Gazetteer.from_rows([GazetteerRow(1, "Samos", "GR", "city", 37.75, 26.98, 1_900),
                                 GazetteerRow(2, "Greece", "GR", "country", 39.0, 22.0, 10_000_000)])
    text = ("Some 1,700 asylum seekers were stranded in Samos, Greece. With Samos's economy in ruins, few "
            "shops are open. Samos Fresh LLC closed its doors.")
    first, second, third = (text.index("Samos"), text.index("With Samos") + 5, text.index("Samos Fresh"))
    e = [Entity(first, first + 5, "GPE", "Samos"), Entity(second, second + 5, "PERSON", "Samos"),
         Entity(third, third + 15, "ORG", "Samos Fresh LLC")]
    places = geoparse(text, e, small)
    assert [(p.start, p.geonameid) for p in places if p.geonameid == 1] == [(first, 1), (second, 1)]


def test_a_state_abbreviation_spelt_with_a_space():
    # "Wood County, W. Va.": the AP form "W.Va." written with a space after its first period.
    small = Gazetteer.from_rows([GazetteerRow(1, "West Virginia", "US", "admin1", 38.5, -80.5, 1_800_000,
                                              admin1_code="US.WV", admin1="West Virginia", abbreviations=("W.Va.",)),
                                 GazetteerRow(2, "Wood County", "US", "admin2", 39.2, -81.5, 84_000,
                                              admin1_code="US.WV", admin1="West Virginia")])
    text = "He was arrested in Wood County, W. Va., on Monday."
    places = geoparse(text, [Entity(19, 30, "GPE", "Wood County")], small)
    assert [(p.text, p.geonameid) for p in places] == [("Wood County", 2), ("W. Va.", 1)]
