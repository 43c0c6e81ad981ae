"""Fusion rules on hand-built reports: no model, no store."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.fuse import FusionSettings, fuse, merge, reconcile
from sitrep.models import Actor, Attribution, Count, DateInfo, Event, Location, Report, Source

D = dt.date
MOGADISHU = Location("Mogadishu", "Mogadishu", "SO", 2.0371, 45.3438, "Banaadir", geonameid=53654, precision=1)
AFGOYE = Location("Afgooye", "Afgooye", "SO", 2.1381, 45.1212, "Lower Shabeelle", geonameid=57000, precision=1)
KISMAYO = Location("Kismayo", "Kismayo", "SO", -0.3582, 42.5454, "Lower Juba", geonameid=55671, precision=1)
SOMALIA = Location("Somalia", "Somalia", "SO", 6.0, 47.0, None, geonameid=51537, precision=3)
SHABAAB = Actor("al-Shabaab", "Al Shabaab", "Rebel group", "SO")
ISS = Actor("IS Somalia", "Islamic State Somalia Province", "Rebel group", "SO")


def report(doc, *, day=D(2017, 10, 14), precision="day", text="on Saturday", location=MOGADISHU,
           killed=None, event="ASSAULT", actors=(), published=D(2017, 10, 15), status="occurred"):
    e = Event(document_id=doc, event=event, status=status,
              date=DateInfo(day, day, precision, text), location=location, actors=tuple(actors),
              killed=Count(*killed, "x") if killed else None, confidence=0.6,
              attribution=Attribution())
    return Report(e, Source(doc, f"m-{doc}", f"https://example.org/{doc}", doc, published))


def groups(fused):
    return sorted(sorted(s.document_id for s in f.sources) for f in fused)


def test_fuse_joins_reports_of_one_event_across_documents():
    fused = fuse([report("a", killed=(20, 20)), report("b", killed=(25, 30)),
                  report("c", location=SOMALIA, precision="week", text=None, day=D(2017, 10, 15))])
    assert groups(fused) == [["a", "b", "c"]]


@pytest.mark.parametrize("other, why", [
    (dict(location=KISMAYO), "places 400 km apart"),
    (dict(day=D(2017, 10, 20)), "six days apart at day precision"),
    (dict(event="PROTEST"), "different type family"),
    (dict(status="future"), "different status"),
])
def test_fuse_keeps_different_events_apart(other, why):
    assert groups(fuse([report("a"), report("b", **other)])) == [["a"], ["b"]], why


def test_fuse_respects_location_precision():
    # Afgooye is 27 km from Mogadishu: within the default 30 km for precise places, not within 10.
    assert groups(fuse([report("a"), report("b", location=AFGOYE)])) == [["a", "b"]]
    tight = FusionSettings(max_km={1: 10.0, 2: 60.0, 3: 250.0})
    assert groups(fuse([report("a"), report("b", location=AFGOYE)], settings=tight)) == [["a"], ["b"]]
    # A country-level report fits any place in the country.
    assert groups(fuse([report("a"), report("b", location=SOMALIA)])) == [["a", "b"]]


def test_fuse_keeps_provinces_apart():
    # Province-level reports name their province: Mogadishu, 130 km from the middle of Lower
    # Shabelle but in another province, is another event, though within the province-level distance.
    lower_shabelle = Location("Lower Shabelle", "Lower Shabeelle", "SO", 1.88, 44.25, "Lower Shabeelle", precision=3)
    assert groups(fuse([report("a", location=lower_shabelle), report("b", location=AFGOYE)])) == [["a", "b"]]
    assert groups(fuse([report("a", location=lower_shabelle), report("c")])) == [["a"], ["c"]]


def test_fuse_reads_province_spellings_alike():
    # "Idleb" as a report writes it is the gazetteer's Idlib.
    idleb = Location("Idleb province", "Idlib", "SY", 35.8, 36.6, "Idleb", precision=3)
    saraqib = Location("Saraqib", "Saraqib", "SY", 35.86, 36.8, "Idlib", geonameid=163345, precision=1)
    assert groups(fuse([report("a", location=idleb), report("b", location=saraqib)])) == [["a", "b"]]


def test_fuse_respects_date_precision():
    # "in October 2017" (month) fits a day in that month; a publication-date fallback reaches back a week.
    month = report("b", day=D(2017, 10, 1), precision="month", text="in October")
    undated = report("c", day=D(2017, 10, 19), precision="week", text=None, published=D(2017, 10, 19))
    assert groups(fuse([report("a"), month, undated])) == [["a", "b", "c"]]


def test_fuse_never_merges_two_events_of_one_document():
    first, second = report("a"), report("a", killed=(3, 3))
    second = Report(second.event, Source("a", "m-a2", None, None, D(2017, 10, 15)))
    assert groups(fuse([first, second])) == [["a"], ["a"]]


def test_fuse_conflicting_armed_groups_stay_apart():
    a, b = report("a", actors=[SHABAAB]), report("b", actors=[ISS])
    assert groups(fuse([a, b])) == [["a"], ["b"]]
    assert groups(fuse([a, report("c")])) == [["a", "c"]]  # an unnamed perpetrator fits


def test_fuse_placeless_report_needs_a_shared_armed_group():
    placeless = report("b", location=None, actors=[SHABAAB])
    assert groups(fuse([report("a", actors=[SHABAAB]), placeless])) == [["a", "b"]]
    assert groups(fuse([report("a"), report("c", location=None)])) == [["a"], ["c"]]


def test_fuse_is_incremental_and_order_free():
    first = fuse([report("a", killed=(20, 20))])
    [event] = first
    later = fuse([report("b", killed=(30, 30))], existing={event.id: [report("a", killed=(20, 20))]})
    assert [f.id for f in later] == [event.id] and len(later[0].sources) == 2
    one = fuse([report("a"), report("b"), report("c", location=SOMALIA)])
    two = fuse([report("c", location=SOMALIA), report("b"), report("a")])
    assert groups(one) == groups(two) and [f.id for f in one] == [f.id for f in two]


@pytest.mark.parametrize("counts, expected", [
    ([(D(2017, 10, 15), Count(20, 20, "20 killed"))], (20, 20, 20)),
    # Rising toll: the latest report is best; the first stays the low.
    ([(D(2017, 10, 15), Count(20, 20, "a")), (D(2017, 10, 16), Count(230, 230, "b")),
      (D(2017, 10, 18), Count(276, 276, "c"))], (20, 276, 276)),
    # "at least 40" is open-ended unless a closed figure is as large.
    ([(D(2017, 10, 15), Count(40, None, "at least 40")), (D(2017, 10, 15), Count(30, 30, "30"))], (30, None, 40)),
    ([(D(2017, 10, 15), Count(40, None, "at least 40")), (D(2017, 10, 16), Count(45, 45, "45"))], (40, 45, 45)),
    ([(D(2017, 10, 15), Count(10, 15, "10 to 15"))], (10, 15, 10)),
])
def test_reconcile_follows_ucdp_low_best_high(counts, expected):
    got = reconcile(counts)
    assert (got.low, got.high, got.best) == expected
    assert got.low <= got.best and (got.high is None or got.best <= got.high)


def test_merge_takes_the_most_specific_place_and_date_and_all_sources():
    fused = merge("fe:1", [report("a", location=SOMALIA, precision="week", text=None, killed=(5, 5)),
                           report("b", published=D(2017, 10, 16), killed=(7, 7), actors=[SHABAAB])])
    assert fused.event.location == MOGADISHU and fused.event.date.precision == "day"
    assert [s.document_id for s in fused.sources] == ["a", "b"]
    assert fused.first_reported == D(2017, 10, 15) and fused.last_reported == D(2017, 10, 16)
    out = fused.to_dict()
    assert out["killed"] == {"low": 5, "high": 7, "best": 7, "text": "x"}
    assert out["sources"][1] == {"document_id": "b", "url": "https://example.org/b", "title": "b",
                                 "published": "2017-10-16", "mention_id": "m-b"}
    assert out["actors"][0]["name"] == "Al Shabaab"


def test_fuse_placeless_report_with_the_same_toll_joins():
    located = report("a", killed=(6, 6))
    placeless = report("b", location=None, killed=(6, 6))
    assert groups(fuse([located, placeless])) == [["a", "b"]]
    late = report("c", location=None, killed=(6, 6), published=D(2017, 10, 25), day=D(2017, 10, 24))
    assert groups(fuse([located, late])) == [["a"], ["c"]]


def test_fuse_placeless_report_of_another_country_stays_apart():
    # "Kenyan gunmen kill 6": no place, but unidentified groups act at home, so not Mogadishu's 6;
    # an army abroad ("Kenyan troops") says nothing of where it was.
    located = report("a", killed=(6, 6))
    gunmen = Actor("Kenyan gunmen", "Unidentified Armed Group (Kenya)", "Political militia", "KE")
    troops = Actor("Kenyan troops", "Military Forces of Kenya", "State forces", "KE")
    assert groups(fuse([located, report("b", location=None, killed=(6, 6), actors=[gunmen])])) == [["a"], ["b"]]
    assert groups(fuse([located, report("c", location=None, killed=(6, 6), actors=[troops])])) == [["a", "c"]]


def test_fuse_a_rising_toll_is_one_event():
    # Early reports undercount: 20 dead at noon, 230 by evening is one bombing (UCDP low/high).
    assert groups(fuse([report("a", killed=(20, 20)), report("b", killed=(230, 230))])) == [["a", "b"]]


def test_fuse_a_falling_toll_in_one_town_is_another_event():
    # "Blast kills 18" on Saturday and "suicide bomber kills 6" days later in the same city: tolls
    # rise as bodies are counted, they do not fall to a third.
    first = report("a", killed=(18, 18), published=D(2017, 10, 14))
    later = report("b", killed=(6, 6), published=D(2017, 10, 17), day=D(2017, 10, 17))
    assert groups(fuse([first, later])) == [["a"], ["b"]]
    # Reports of one day count at different hours.
    same_day = report("e", killed=(6, 6), published=D(2017, 10, 14))
    assert groups(fuse([first, same_day])) == [["a", "e"]]
    # Over a whole country outlets count different dead ("50 insurgents", "20 soldiers").
    first = report("c", killed=(50, 50), location=SOMALIA, actors=[SHABAAB])
    later = report("d", killed=(20, 20), location=SOMALIA, actors=[SHABAAB], published=D(2017, 10, 16))
    assert groups(fuse([first, later])) == [["c", "d"]]


def test_fuse_a_riot_joins_the_violence_reported_about_it():
    riot = Event(document_id="r", event="PROTEST", modes=("riot",), acled_event_type="Riots",
                 acled_sub_event_type="Violent demonstration", date=DateInfo(D(2017, 10, 14), D(2017, 10, 14), "day", "Saturday"),
                 location=MOGADISHU, confidence=0.6, attribution=Attribution())
    riot_report = Report(riot, Source("r", "m-r", None, "r", D(2017, 10, 15)))
    assert groups(fuse([report("a"), riot_report])) == [["a", "r"]]


def test_fuse_placeless_report_sharing_the_particulars_joins():
    a = Report(report("a").event, report("a").source, "Gunmen kill six park rangers in Virunga gorilla sanctuary")
    b_event = report("b", location=None).event
    b = Report(b_event, report("b").source, "Six park rangers killed at gorilla national park")
    c = Report(report("c", location=None).event, report("c").source, "Six soldiers killed in attack")
    assert groups(fuse([a, b, c])) == [["a", "b"], ["c"]]


def test_fuse_two_country_level_reports_need_corroboration():
    # "Six park rangers killed in Congo" and "ADF rebels kill 46 in DR Congo" in one week: a
    # country is too vague to make them one event.
    a = report("a", location=SOMALIA, killed=(6, 6), precision="week", text=None)
    b = report("b", location=SOMALIA, killed=(46, 46), precision="week", text=None, day=D(2017, 10, 16))
    assert groups(fuse([a, b])) == [["a"], ["b"]]
    # A close toll ("at least 9" and "10 soldiers") or a shared armed group corroborates.
    c = report("c", location=SOMALIA, killed=(7, 7), precision="week", text=None)
    assert groups(fuse([a, c])) == [["a", "c"]]
    d = report("d", location=SOMALIA, actors=[SHABAAB], precision="week", text=None)
    e = report("e", location=SOMALIA, actors=[SHABAAB], precision="week", text=None)
    assert groups(fuse([d, e])) == [["d", "e"]]


def test_fuse_reads_the_whole_headline_its_evidence_is_in():
    # The evidence sentence "Murdering raid in the North" leaves out the headline's "Burkina Faso.";
    # the headline is about the raid, so its words are the raid's particulars too.
    def told(doc, headline, evidence, killed):
        r = report(doc, location=SOMALIA, killed=killed, precision="week", text=None)
        return Report(r.event, Source(doc, f"m-{doc}", None, headline, r.source.published), evidence)

    a = told("a", "Twenty killed in Burkina Faso village attacks", "Twenty killed in Burkina Faso village attacks",
             (20, 20))
    b = told("b", "Burkina Faso. Murdering raid in the North, a dozen deaths",
             "Murdering raid in the North, a dozen deaths", (12, 12))
    assert groups(fuse([a, b])) == [["a", "b"]]
    # Evidence from an article's body does not borrow the article's headline.
    c = told("c", "Burkina Faso. Murdering raid in the North, a dozen deaths",
             "A dozen died in the North", (12, 12))
    assert groups(fuse([a, c])) == [["a"], ["c"]]


def test_distinctive_words_meet_across_inflections():
    from sitrep.fuse.rules import distinctive_words

    a = distinctive_words("Man punched pregnant woman after covering her head")
    b = distinctive_words("Search for man who covered pregnant woman’s face")
    assert {"pregnant", "woman", "cover"} <= a & b
    assert not distinctive_words("Gunmen kill three people") & distinctive_words("killed people")


def test_a_province_written_with_its_kind_is_the_same_province():
    from sitrep.fuse.rules import FusionSettings, places_match
    from sitrep.models import Location

    province = Location(text="Eastern Province", name="Eastern Province", admin1="Eastern", country="SA",
                        lat=24.9, lon=49.6, precision=3)
    town = Location(text="Awamiya", name="Al 'Awwamiyah", admin1="Eastern Province", country="SA",
                    lat=26.59, lon=49.98, precision=1)
    assert places_match(province, town, FusionSettings())
