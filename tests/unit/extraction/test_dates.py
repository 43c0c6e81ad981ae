import datetime as dt

import pytest

from sitrep.extraction.dates import document_anchor, event_date, find_dates

SUNDAY = dt.date(2016, 2, 21)


@pytest.mark.parametrize("text, start, end, precision", [
    ("killed in Homs on Sunday after", "2016-02-21", "2016-02-21", "day"),
    ("Assad said Saturday that", "2016-02-20", "2016-02-20", "day"),
    ("less than a month ago", "2016-01-21", "2016-02-20", "month"),
    ("two days ago", "2016-02-19", "2016-02-19", "day"),
    ("yesterday", "2016-02-20", "2016-02-20", "day"),
    ("last week", "2016-02-08", "2016-02-14", "week"),
    ("on 7 May 2020", "2020-05-07", "2020-05-07", "day"),
    ("on May 7, 2020", "2020-05-07", "2020-05-07", "day"),
    ("04/25/2021: Assailants attacked", "2021-04-25", "2021-04-25", "day"),
    ("in March 2015", "2015-03-01", "2015-03-31", "month"),
    # A day with no year is the nearest one, a past one preferred; a month alone, the last.
    ("the attack of October 7", "2015-10-07", "2015-10-07", "day"),
    ("In January, gunmen raided", "2016-01-01", "2016-01-31", "month"),
    ("In March, gunmen raided", "2015-03-01", "2015-03-31", "month"),
    ("on February 3", "2016-02-03", "2016-02-03", "day"),
    ("on March 3", "2016-03-03", "2016-03-03", "day"),
    ("on December 30", "2015-12-30", "2015-12-30", "day"),
    ("in 2014", "2014-01-01", "2014-12-31", "year"),
])
def test_phrases_resolve_against_publication(text, start, end, precision):
    [hit] = find_dates(text, SUNDAY)
    assert (hit.info.start.isoformat(), hit.info.end.isoformat(), hit.info.precision) == (start, end, precision)


def test_weekday_on_publication_day_is_that_day():
    [hit] = find_dates("on Sunday", SUNDAY)
    assert hit.info.start == SUNDAY


def test_relative_phrases_need_a_base():
    assert find_dates("on Sunday", None) == []


def test_document_anchor_reads_gtd_and_acled_openings():
    assert document_anchor("04/25/2021: Assailants attacked").start == dt.date(2021, 4, 25)
    assert document_anchor("On 7 May 2020, unknown gunmen").start == dt.date(2020, 5, 7)
    assert document_anchor("Gunmen attacked a village on 7 May 2020.") is None
    assert document_anchor("Looting: On 9 May 2020, residents").start == dt.date(2020, 5, 9)


def test_event_date_falls_back_to_anchor_then_publication():
    anchor = document_anchor("04/25/2021: x")
    assert event_date([("Gunmen attacked.", 0)], None, anchor)[0] == anchor
    info, relative = event_date([("Gunmen attacked.", 0)], SUNDAY, None)
    assert (info.start, info.text, info.precision, relative) == (SUNDAY, None, "week", True)


def test_a_wire_dateline_is_the_filing_day_not_the_event_day():
    from sitrep.extraction.dates import dateline_date

    text = "BAMAKO, Feb. 23 (Reuters) - Gunmen killed 31 people in central Mali on Sunday."
    assert document_anchor(text) is None
    assert dateline_date(text, SUNDAY + dt.timedelta(days=2)) == dt.date(2016, 2, 23)
    info, _ = event_date([(text, 0)], dt.date(2016, 2, 23), None)
    assert info.start == SUNDAY
