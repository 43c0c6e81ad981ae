"""ACLED's protest sub-events once the response to a protest is read with it (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sub_event", [
    ("On 9 May 2020, demonstrators took the streets in Aden to criticize the authorities. Security "
     "forces reacted by arresting the protesters and by opening fire on the protesters who "
     "attempted to gather.", "Excessive force against protesters"),
    ("On 8 May 2020, Israeli forces suppressed the weekly march in Kafr Qaddum by firing rubber "
     "bullets and tear gas at protesters. Hundreds took part in the march. Israeli soldiers also "
     "fired live bullets at Palestinians on rooftops. 4 protesters were injured by rubber bullets.",
     "Excessive force against protesters"),
    # Forces stepping in, told without a word for violence or arrest.
    ("On 2 May 2020, a group of local consumers staged a protest in Siliguri town against a ration "
     "dealer. Police reached the spot and controlled the situation.", "Protest with intervention"),
    ("On 30 April 2020, protesters blocked the Zahle roundabout and Military forces are working to "
     "re-open the road.", "Protest with intervention"),
    # Force used on rioters, even live fire, leaves the event a violent demonstration.
    ("On 28 April 2020, rioters hurled Molotov cocktails at police vehicles in Tripoli. Military "
     "forces intervened and used live fire and tear gas to disperse the rioters.", "Violent demonstration"),
])
def test_protest_response(extract, text, sub_event):
    events = extract(text)
    assert [e["acled_sub_event_type"] for e in events] == [sub_event]


def test_a_currency_names_no_armed_actor(extract):
    text = ("On 28 April 2020, rioters protesting the high US dollar exchange rate clashed with the "
            "army in Tripoli. They also hurled stones at soldiers and clashed with them.")
    events = extract(text)
    assert events and all(a["country"] != "US" for e in events for a in (*e["actors"], *e["recipients"]))


def test_warning_shots_are_a_show_of_force_not_an_attack(extract):
    [event] = extract("On 1 May 2020, Kyrgyz border guards fired warning shots in the air near Apkan "
                      "village in Batken district.")
    assert (event["event"], event["acled_sub_event_type"]) == ("THREATEN", "Other")


def test_forces_without_a_country_take_the_events_country(extract):
    [event] = extract("On 30 April 2020, protesters blocked the Zahle roundabout and Military forces are "
                      "working to re-open the road.")
    assert [a["name"] for a in event["recipients"]] == ["Military Forces of Lebanon"]


def test_a_closing_toll_note_belongs_to_the_event_before_it(extract):
    events = extract("On 30 April 2020, in Picsi, 4,000 prisoners of Picsi prison staged a prison riot. "
                     "Police forces took control of the riot, but 6 prisoners were killed by other "
                     "prisoners. 6 fatalities. [size=4,000]")
    assert [(e["acled_sub_event_type"], e["killed"]["low"]) for e in events] == [("Violent demonstration", 6)]
