"""Words of conflict reporting in their everyday senses are no events (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "After two wins, Novak goes into the final as the man to beat.",
    # Accidents, plans, and remains that are no one's.
    "A bus slammed into a crowd of pedestrians in Nairobi after its brakes failed, killing four.",
    "The remains of a Roman villa were discovered near Leicester.",
    "Travellers who like to get off the beaten path will love the valley.",
    "Critics say the new schedule will hurt small businesses.",
    "The captured rainwater irrigates the community garden.",
    "The swimmer captured three gold medals at the national championships.",
    "The chef demonstrated three soup recipes to the audience.",
    "The parachute did not deploy until the last second.",
    "Teachers in Dayton agreed to a wage freeze to avoid job cuts.",
    "He took a shot at acting before turning to law.",
    "A red pickup travelling north struck a parked trailer on the highway.",
    "The fungus spreads through contact with rocks and water.",
    "She began her career singing in the jazz clubs of Chicago.",
    "Such a strain could kill thousands of people in a bad year.",
    "Salmonella makes thousands ill every year and can kill the frail.",
    "Two people are killed every year at that junction, the mayor said.",
    "A hiker was killed when a tree fell on his tent during the night.",
    "The store is recalling shelled peanuts sold in a 12-ounce bag.",
    "Lead exposure can cause learning problems and birth defects.",
    "Forecasters warned of heavy rain and strong winds on Sunday.",
    "The airline warned that there would be knock-on delays after the strike.",
    "The clinic has joined the battle against opioid addiction.",
    "The currency regained the 1.10 level against the dollar.",
    "The ministry signed a contract to buy 40 howitzers and 200 mortars.",
    "Tropical storm Hanna killed 4 people in Texas.",
    "Runners carried the Olympic torch through Accra on Friday.",
    "The retiring general passed the torch to his deputy in Kaduna.",
    "The merger talks blew up on Friday in Lagos.",
    "The old barn burned down after lightning struck it near Jos.",
    "A 10-month-old bulldog died in the cargo hold of a flight to Denver.",
    "A landslide blocked the road near Bamenda on Monday.",
    "Police blocked the road to the stadium in Bamenda.",
])
def test_everyday_sense_is_no_event(extract, text):
    assert extract(text, "2018-03-02") == []


@pytest.mark.parametrize("text, sub_event", [
    ("Gunmen struck a village in Zamfara State, killing 12 people.", "Attack"),
    ("Soldiers captured five militants near Maiduguri on Monday.", "Arrests"),
    ("Police beat protesters who demonstrated in Harare on Monday.", "Protest with intervention"),
    ("The army deployed troops to Tillaberi after the attacks.", "Change to group/activity"),
    ("On 8 May 2020, ADF rebels attacked Kalau village, killing 12 civilians with machetes.", "Attack"),
    ("On 4 June 2021, a group of angry young men beat a policeman after a quarrel in Bangui.",
     "Mob violence"),
    ("Militants Storm Army Post In Afghanistan's Kunar", "Armed clash"),
    ("Arsonists Torch Church In Jos", "Looting/property destruction"),
    ("Incendiary balloons from Gaza spark fires in fields near Sderot", "Looting/property destruction"),
    ("Assailants burned down a village council office in Mindat, Chin, Myanmar.", "Looting/property destruction"),
    ("Militants blew up a power pylon near Kirkuk, Iraq.", "Remote explosive/landmine/IED"),
    ("On 4 May 2022, a drone fired a missile at a car near Marib, killing 2.", "Air/drone strike"),
    ("On 4 May 2022, a mortar shell landed on a house in Hays, killing a child.",
     "Shelling/artillery/missile attack"),
    # The violence an agreement is to end is not an event of the sentence.
    ("On 4 May 2022, two militias agreed a ceasefire to end clashes around Gao.", "Agreement"),
    # A car bomb is a suicide attack only when a bomber is said to have driven it.
    ("A vehicle-borne improvised explosive device exploded near a checkpoint in Baidoa, killing 3.",
     "Remote explosive/landmine/IED"),
    ("A suicide bomber drove an explosives-laden truck into a base in Baidoa, killing 3.", "Suicide bomb"),
    # Road blockades are protests; fire set by the crowd makes them violent.
    ("On 3 March 2020, residents blocked the main road in Bamenda to demand water.", "Peaceful protest"),
    ("On 3 March 2020, youths blocked the road and set fire to a police car in Bamenda.", "Violent demonstration"),
    ("On 15 August 2021, the rebels entered Kismayo (Kismayo, Lower Juba) without resistance.",
     "Non-violent transfer of territory"),
    ("Rockets strike air base near Baghdad", "Shelling/artillery/missile attack"),
    ("Mortar shells land near Mogadishu airport", "Shelling/artillery/missile attack"),
    # Notes in ACLED's style, invented.
    ("On 5 May 2021, army helicopters fired on militant positions near Diafarabe (Tenenkou, Mopti).",
     "Air/drone strike"),
    ("On 5 May 2021, air force jets bombed hideouts near Gubio (Gubio, Borno).", "Air/drone strike"),
    ("On 5 May 2021, JNIM militants attacked a gendarmerie post in Diafarabe (Tenenkou, Mopti).", "Armed clash"),
    ("On 5 May 2021, the two armies exchanged artillery fire near Ijevan (Ijevan, Tavush).", "Armed clash"),
    ("On 5 May 2021, party supporters held a sit-in in Ndola (Ndola, Copperbelt) against the arrest of "
     "their leaders.", "Peaceful protest"),
    ("On 5 May 2021, police detained 15 people during a demonstration in Gomel (Gomel, Gomel) and dispersed "
     "the rest.", "Protest with intervention"),
    ("On 5 May 2021, armed men barricaded themselves in a school in Leposavic (Leposavic, Mitrovica) and "
     "police clashed with them.", "Armed clash"),
    ("On 11 November 2022, Ukrainian forces entered Snihurivka (Bashtanskyi, Mykolaiv) after Russian forces "
     "withdrew.", "Non-violent transfer of territory"),
    # Force used on rioters leaves a violent demonstration; protesters killed make excessive force.
    ("On 5 May 2021, rioters set fire to a police station in Eldoret; police fired live rounds, killing 2.",
     "Violent demonstration"),
    ("On 5 May 2021, hundreds of youths tried to storm the airport in Bunia, throwing stones at soldiers; "
     "soldiers fired on them, killing 3.", "Violent demonstration"),
    ("On 5 May 2021, security forces opened fire on opposition supporters marching in Kankan. Dozens of "
     "protesters were killed.", "Excessive force against protesters"),
    # Crowds fighting the police riot; armed youths raiding cattle attack; drones and poison.
    ("On 5 May 2021, opposition supporters clashed with police in Khulna, throwing stones.",
     "Violent demonstration"),
    ("On 5 May 2021, armed youths attacked herders near Kapoeta, killing 4 and raiding cattle.", "Attack"),
    ("On 5 May 2021, rebels attacked an army base near Saravena with explosive-laden drones.", "Air/drone strike"),
    ("05/02/2021: Assailants released a toxic gas into a school in Charikar, Parwan, Afghanistan.",
     "Chemical weapon"),
    ("05/02/2021: Assailants burned a bulldozer at a construction site in Segovia, Antioquia, Colombia.",
     "Looting/property destruction"),
    ("On 5 May 2021, the rebels took control of Mrauk-U without fighting.", "Non-violent transfer of territory"),
    ("On 5 May 2022, the two sides exchanged 100 prisoners of war near Sumy.", "Agreement"),
    # A gun named beside a knife says how too (the modes are checked elsewhere).
    ("03/02/2017: An assailant armed with knives and a pistol attacked worshippers in Nantes, France.", "Attack"),
    # Crowds fighting each other are mob violence; a vigil is a protest; "taken away" an abduction.
    ("On 3 May 2020, villagers clashed with sticks and stones over a land dispute in Jaunpur, injuring 6.",
     "Mob violence"),
    ("On 3 May 2020, students held a candlelight vigil in Sylhet demanding justice for a murdered classmate.",
     "Peaceful protest"),
    ("On 3 May 2020, unidentified men took away a journalist in Quetta; his whereabouts remain unknown.",
     "Abduction/forced disappearance"),
    # Petrol bombs thrown by armed men are an attack; by rioters, a riot.
    ("Attackers threw petrol bombs at a bus in Chittagong, burning seven passengers to death.", "Attack"),
    ("Rioters threw petrol bombs at police in Belfast.", "Violent demonstration"),
    # A closing toll names no type of its own.
    ("On 5 May 2021, ISWAP militants ambushed an army patrol near Kukawa (Kukawa, Borno). 5 fatalities.",
     "Armed clash"),
])
def test_the_conflict_sense_still_is(extract, text, sub_event):
    events = extract(text, "2020-05-11")
    assert events and events[0]["acled_sub_event_type"] == sub_event


@pytest.mark.parametrize("text", [
    "Prosecutors charge man over plot to attack synagogue in Vienna",
    "Police foil bomb plot in Kano",
])
def test_a_plotted_attack_has_not_happened(extract, text):
    assert all(e["status"] == "future" for e in extract(text, "2021-03-23"))


@pytest.mark.parametrize("text, background", [
    ("Trial Opens for Suspects in Brussels Metro Bombing", True),
    ("Funeral Held for Victims of Nairobi Hotel Attack", True),
    ("Court Sentences Man Over 2019 Kano Market Attack", True),
    ("Suicide bomber attacks funeral in Jalalabad, killing 18", False),
    ("12 people were killed when a bomb exploded at a funeral for two elders in Baquba", False),
])
def test_headlines_about_courts_and_funerals_tell_of_an_attack_told_before(extract, text, background):
    events = extract(text, "2021-03-23")
    assert events and events[0]["background"] is background


def test_a_later_toll_belongs_to_the_event_and_keeps_its_date(extract):
    [event] = extract("03/02/2021: A bomb exploded in a market in Jowhar, Middle Shabelle, Somalia. Five traders "
                      "were killed and 12 others were injured. On 03/06/2021, two of the injured died in hospital, "
                      "bringing the death toll to seven.")
    assert (event["date"]["start"], event["killed"]["low"], event["modes"]) == ("2021-03-02", 7, ["explosives"])


def test_a_separate_operation_in_an_incident_report_is_context(extract):
    events = extract("03/14/2021: Assailants attacked a village in Bukkuyum, Zamfara, Nigeria. Nine villagers were "
                     "killed. Troops killed 30 bandits in a separate operation on 03/15/2021.")
    current = [e for e in events if not e["background"]]
    assert [e["killed"]["low"] for e in current] == [9]


@pytest.mark.parametrize("text, modes", [
    # People killed in a raid told only by what was burnt: shot, as most such reports are.
    ("06/03/2021: Assailants set fire to a bus in Pikit, Cotabato, Philippines. Three passengers were killed.",
     {"destroy", "firearms"}),
    # ...unless the fire killed them.
    ("06/03/2021: Assailants set fire to a house in Pikit, Cotabato, Philippines. Two children were burned to "
     "death.", {"destroy"}),
    ("06/03/2021: A drone dropped explosives on a checkpoint in Hama, Syria.", {"drone", "aerial", "explosives"}),
])
def test_modes_when_no_weapon_is_named(extract, text, modes):
    [event] = extract(text)
    assert set(event["modes"]) == modes


def test_the_closing_figure_is_the_coded_figure(extract):
    [event] = extract("On 5 May 2021, gunmen attacked Mayimoya (Beni, Nord-Kivu), killing around 20 civilians. "
                      "18 fatalities.")
    assert event["killed"]["low"] == 18


def test_deaths_of_years_ago_uncovered_now_are_background(extract):
    events = extract("On 5 May 2021, a mass grave holding the remains of 14 villagers killed by IS in 2015 "
                     "was uncovered near Tal Afar (Tal Afar, Ninewa).")
    told = [e for e in events if not e["background"]]
    assert events[0]["background"] and events[0]["killed"]["low"] == 14
    # (the grave uncovered today is the note's news: one development, with no toll of its own)
    assert [(e["acled_sub_event_type"], e["killed"]) for e in told] == [("Other", None)]


def test_one_event_per_protest_with_its_arrests(extract):
    events = extract("On 5 May 2021, police detained 15 people during a demonstration in Gomel (Gomel, Gomel).")
    assert [e["acled_sub_event_type"] for e in events] == ["Protest with intervention"]


def test_a_body_found_later_is_the_toll_of_the_abduction(extract):
    [event] = extract("03/02/2021: Assailants abducted a teacher in Zaria, Kaduna, Nigeria. His body was found "
                      "on 03/06/2021.")
    assert (event["date"]["start"], event["killed"]["low"]) == ("2021-03-02", 1)


def test_events_the_report_recalls_from_years_before_are_background(extract):
    events = extract("A man who stabbed a neighbour to death has been found guilty of murder. He admitted "
                     "stabbing the man at a house in Mackay in November 2014.", "2016-06-27")
    assert events and all(e["background"] for e in events)
    events = extract("On 15 June 2021, a mass grave was uncovered near Sinjar (Sinjar, Ninewa). Fatalities not "
                     "coded as the killings occurred in 2014.")
    # (the killings recalled; the grave uncovered today is the note's one development, with no toll)
    assert [(e["acled_sub_event_type"], e["killed"]) for e in events if not e["background"] and e["status"] == "occurred"] \
        == [("Other", None)]


def test_a_story_restating_its_toll_and_the_war_s_is_one_event(extract):
    text = ("Missile strike kills 7 in Dnipro\n\n"
            "DNIPRO, Ukraine, May 25 (Reuters) - A missile struck a shopping centre in Dnipro on Saturday, killing "
            "seven people and injuring 40, the regional governor said. Earlier he had put the toll at five dead and "
            "38 injured. The mayor said the attack was an act of terror. The war has killed more than 10,000 "
            "civilians, the UN says.")
    events = extract(text, "2024-05-27")
    current = [e for e in events if not e["background"]]
    assert len(current) == 1
    assert (current[0]["date"]["start"], current[0]["killed"]["low"]) == ("2024-05-25", 7)


def test_a_toll_after_a_riot_is_the_riot_s_and_a_protested_killing_kills_nobody(extract):
    [event] = extract("On 3 May 2020, inmates rioted at the prison in Choloma (Choloma, Cortes). 2 inmates were killed.")
    assert (event["acled_sub_event_type"], event["killed"]["low"]) == ("Violent demonstration", 2)
    [event] = extract("On 3 May 2020, residents protested in Ballia against the killing of a local activist.")
    assert event["killed"] is None


def test_the_towns_of_a_road_yield_to_the_place_near_it(extract):
    [event] = extract("On 3 May 2020, gunmen ambushed a convoy on the Kabul-Kandahar highway near Sayedabad "
                      "(Sayedabad, Wardak), killing 3.")
    assert event["location"]["admin1"] == "Wardak"


def test_a_gun_beside_a_knife_is_a_firearm_too(extract):
    [event] = extract("03/02/2017: An assailant armed with knives and a pistol attacked worshippers in Nantes, France.")
    assert set(event["modes"]) == {"primitive", "firearms"}
