import pytest

from sitrep.extraction.classify import classify, find_triggers


def _typing(lexicon, text, **context):
    hits = find_triggers(lexicon, text)
    defaults = dict(has_state_actor=False, has_armed_actor=False, killed=False, injured=False)
    defaults.update(context)
    return classify(hits, text, **defaults)


@pytest.mark.parametrize("text, context, event, sub", [
    ("At least one of the blasts was triggered by a suicide bomber driving a car.", {}, "ASSAULT", "Suicide bomb"),
    ("Two car bombs hit the city center.", {}, "ASSAULT", "Remote explosive/landmine/IED"),
    ("Turkish artillery shelled Azaz.", {"has_state_actor": True}, "ASSAULT", "Shelling/artillery/missile attack"),
    ("An air strike hit the market.", {}, "ASSAULT", "Air/drone strike"),
    # The drone carried the grenade: a drone strike, not a thrown grenade.
    ("A drone flew over a police post in Suchiate and dropped a grenade.", {}, "ASSAULT", "Air/drone strike"),
    ("Rebels clashed with the army near the town.", {"has_armed_actor": True}, "ASSAULT", "Armed clash"),
    ("Gunmen abducted ten villagers.", {}, "ASSAULT", "Abduction/forced disappearance"),
    ("Gunmen abducted ten villagers and killed two.", {"killed": True}, "ASSAULT", "Attack"),
    ("Police defused an explosive device near the school.", {}, "ASSAULT", "Disrupted weapons use"),
    ("The army retook the town from the rebels.", {"has_state_actor": True}, "ASSAULT", "Government regains territory"),
    ("Militants took control of the village and raised a flag.", {}, "ASSAULT", "Non-violent transfer of territory"),
    ("Hundreds protested peacefully outside parliament.", {}, "PROTEST", "Peaceful protest"),
    ("Police fired tear gas to disperse the protesters.", {}, "PROTEST", "Protest with intervention"),
    ("Protesters threw stones and burned tyres.", {}, "PROTEST", "Violent demonstration"),
    ("Police opened fire on the protesters, killing two.", {"killed": True}, "ASSAULT", "Excessive force against protesters"),
    ("A mob lynched a man accused of theft.", {"killed": True}, "ASSAULT", "Mob violence"),
    ("Police arrested 55 people for participating in protests.", {}, "COERCE", "Arrests"),
    ("The two sides signed a ceasefire agreement.", {}, "AGREE", "Agreement"),
])
def test_event_and_acled_sub_event(lexicon, text, context, event, sub):
    [typing] = _typing(lexicon, text, **context)[:1]
    assert (typing.event, typing.acled_sub_event_type) == (event, sub)


def test_weak_words_alone_are_weak(lexicon):
    [typing] = _typing(lexicon, "Efforts to curtail the fighting are off to a slow start.")
    assert not typing.strong


def test_a_threat_and_a_deployment_are_two_events(lexicon):
    types = _typing(lexicon, "Ankara may send ground troops, and Assad said we are going to deal with them.")
    assert {t.event for t in types} == {"MOBILIZE", "THREATEN"}


def test_modes_from_weapons_and_victims(lexicon):
    [typing] = _typing(lexicon, "Gunmen shot dead the mayor of the town.", killed=True)
    assert {"firearms", "targeted"} <= set(typing.modes)


@pytest.mark.parametrize("text, modes", [
    # "the assault" is the attack itself, not a beating; "assaulted" still is one.
    ("Twelve villagers were killed in the assault on the market.", set()),
    ("Police assaulted a reporter outside the court.", {"beat"}),
    # Explosives dropped from drones are bombs from the air (ACLED's drone strikes).
    ("Militants dropped explosives from drones on the base.", {"drone", "aerial", "explosives"}),
])
def test_the_words_for_an_attack_say_how(lexicon, text, modes):
    [typing] = _typing(lexicon, text, killed="killed" in text)
    assert {m for m in typing.modes if m != "targeted"} == modes


@pytest.mark.parametrize("text", [
    "Henan province has registered seven dead children and 4,761 HFMD cases.",
    "Some 35 wild birds were found dead near the lake.",
    "Spain is hoping to kill off its famed siesta.",
    "Described as a short-term shot of cash, the money will be sent out over three years.",
    "The United States approved a contract to sell Saudi Arabia 180 self-propelled artillery systems.",
])
def test_ordinary_news_reports_no_attack(lexicon, text):
    types = _typing(lexicon, text)
    assert not [t for t in types if t.event == "ASSAULT" and t.strong]


def test_deaths_in_an_incident_report_count_whatever_caused_them(lexicon):
    text = "Sixty people were killed and 101 were injured when the building caught fire."
    assert _typing(lexicon, text, killed=True, injured=True) == []
    [typing] = _typing(lexicon, text, killed=True, injured=True, incident_report=True)
    assert typing.event == "ASSAULT"
