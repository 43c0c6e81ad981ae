"""ACLED wordings for strategic developments and protests, and context that is not the event.

The notes are written for these tests in the shape of ACLED notes, not taken from any
evaluation record."""

from __future__ import annotations

import pytest


def first_sub_event(extract, text: str, published: str | None = None) -> str | None:
    """ACLED sub-event type of the first event the text reports as news."""
    events = [e for e in extract(text, published) if not e["background"]]
    return events[0]["acled_sub_event_type"] if events else None


@pytest.mark.parametrize("note, event, sub_event", [
    ("On 3 May 2022, a new PDF battalion was formed in Kani township (Kani, Sagaing).",
     "MOBILIZE", "Change to group/activity"),
    ("On 2 June 2023, MINUSMA handed over its base in Ber (Timbuktu, Tombouctou) to the FAMa.",
     "RETREAT", "Non-violent transfer of territory"),
    ("On 4 April 2020, hundreds of teachers formed a human chain in Khulna city (Khulna) "
     "demanding unpaid wages. [size=hundreds]", "PROTEST", "Peaceful protest"),
    ("On 6 May 2021, dozens of residents marched in Larissa (Larissa, Thessaly) to commemorate the "
     "victims of a fire and to demand an inquiry. [size=dozens]", "PROTEST", "Peaceful protest"),
    ("On 9 March 2022, traders marched in Kassala (Kassala, Kassala) against new taxes. Police "
     "fired tear gas to disperse them. [size=dozens]", "PROTEST", "Protest with intervention"),
    ("On 2 July 2021, Russian forces launched Kh-22 missiles at Kremenchuk (Kremenchutskyi, "
     "Poltava), killing 3 civilians.", "ASSAULT", "Shelling/artillery/missile attack"),
    ("Around 4 June 2022 (as reported), JNIM militants imposed a blockade on the town of Djibo "
     "(Soum, Sahel), cutting the roads to Ouagadougou.", "COERCE", "Other"),
    # The militants arrested are who the raid was for, not attackers.
    ("On 9 May 2020, police arrested 4 suspected militants during a raid on a house in Yala "
     "(Mueang Yala, Yala).", "COERCE", "Arrests"),
    # Security measures and a group's levies: a change to its activity.
    ("On 4 May 2021, al-Shabaab militants circulated leaflets imposing a night curfew on Jalalaqsi "
     "(Jalalaqsi, Hiraan).", "COERCE", "Change to group/activity"),
    ("On 8 July 2022, ISWAP fighters began levying a tax on fishermen in Baga (Kukawa, Borno).",
     "COERCE", "Change to group/activity"),
])
def test_acled_wordings(extract, note, event, sub_event):
    events = [e for e in extract(note) if not e["background"]]
    assert events and (events[0]["event"], events[0]["acled_sub_event_type"]) == (event, sub_event)


def test_a_motive_clause_names_no_second_side(extract):
    # The military is what the victim was accused of helping, not a side in a clash.
    [event] = extract("On 3 May 2019, separatists killed a village chief in Bali (Mezam, Nord-Ouest) "
                      "after accusing him of collaborating with the military.")
    assert event["acled_sub_event_type"] == "Attack"
    assert all("Military" not in a["name"] for a in event["actors"])


def test_a_purpose_clause_is_no_clash(extract):
    events = extract("On 6 May 2021, the army established a new post in Torodi (Say, Tillaberi) to "
                     "secure the road against attacks by bandits.")
    assert [e["acled_sub_event_type"] for e in events] == ["Headquarters or base established"]


def test_a_funeral_still_recalls_the_attack(extract):
    [event] = extract("Funeral held for victims of Jalalabad wedding bombing", "2021-03-23")
    assert event["background"]


@pytest.mark.parametrize("headline, event, sub_event", [
    # A driver who turns on a march attacks it; the march is not the news.
    ("Driver rams marchers at climate rally in Leeds; two hurt", "ASSAULT", "Attack"),
    # Crew seized by gunmen are abducted.
    ("Pirates seize seven crew members from tanker off Bonny", "ASSAULT", "Abduction/forced disappearance"),
    # Vandalism with no crowd is property destruction, not a riot.
    ("Synagogue in Halle vandalized overnight", "ASSAULT", "Looting/property destruction"),
    ("Students vandalized the dean's office in Kumasi", "PROTEST", "Violent demonstration"),
])
def test_headline_wordings(extract, headline, event, sub_event):
    events = extract(headline, "2021-05-19")
    assert events and (events[0]["event"], events[0]["acled_sub_event_type"]) == (event, sub_event)


def test_a_pipeline_named_after_its_towns_is_blown_up(extract):
    [event] = extract("ELN rebels blow up Cano Limon-Covenas oil pipeline", "2021-02-13")
    assert event["acled_sub_event_type"] == "Remote explosive/landmine/IED"


def test_words_quoted_are_no_person(extract):
    [event] = extract("A man shouting 'Allahu Akbar' slashed two policewomen with a machete outside the "
                      "police headquarters in Charleroi.", "2018-08-07")
    assert all("Akbar" not in a["name"] for a in event["actors"])


def test_the_state_seizing_people_arrests_them(extract):
    [event] = extract("The Sri Lankan Navy seized 12 Indian fishermen off Jaffna for poaching.", "2024-03-05")
    assert (event["event"], event["acled_sub_event_type"]) == ("COERCE", "Arrests")


def test_mourners_do_not_take_the_toll_they_mourn(extract):
    [event] = extract("Hundreds of people marched through Kabul on Sunday to commemorate the victims of "
                      "last week's suicide bombing that killed 18.", "2024-03-05")
    assert event["event"] == "PROTEST" and event["killed"] is None


@pytest.mark.parametrize("note, sub_event", [
    # A crowd of any trade that vandalizes to protest riots.
    ("On 3 March 2024, traders vandalized council offices in Kano to protest against new levies.",
     "Violent demonstration"),
])
def test_crowds_vandalizing_riot(extract, note, sub_event):
    [event] = extract(note)
    assert event["acled_sub_event_type"] == sub_event


def test_a_new_company_is_no_armed_group(extract):
    assert extract("On 2 March 2024, a new company was formed in Kinshasa to manage the mining concession.") == []


def test_a_purpose_clause_keeps_the_enemy(extract):
    [event] = extract("On 4 March 2024, troops repelled an attack on their base in Marte (Marte, Borno) to "
                      "defend the town against ISWAP fighters, killing 20.")
    names = [a["name"] for a in event["actors"]] + [r["name"] for r in event.get("recipients", [])]
    assert "Islamic State West Africa Province" in names


@pytest.mark.parametrize("note, sub_event", [
    ("On 3 March 2024, Ukrainian forces hit a command post in Tokmak (Polohivskyi, Zaporizhia) with a "
     "HIMARS, killing 5 soldiers.", "Shelling/artillery/missile attack"),
    ("On 3 March 2024, Russian forces dropped 4 guided aerial bombs on Kupiansk (Kupianskyi, Kharkiv), "
     "injuring 3 civilians.", "Air/drone strike"),
    # DRC notes call mortar rounds "bombs".
    ("On 3 March 2024, M23 rebels fired bombs at FARDC positions in Kibirizi (Rutshuru, Nord-Kivu).",
     "Shelling/artillery/missile attack"),
    # Kidnappers arrested are arrested; hostages to be released by an accord are no abduction.
    ("On 3 March 2024, police arrested 4 suspected kidnappers in Lokoja (Lokoja, Kogi).", "Arrests"),
    ("On 3 March 2024, bandit leaders signed a peace accord with the state government in Anka (Anka, "
     "Zamfara), agreeing to release 9 hostages.", "Agreement"),
    # A blockade of roads by a crowd is a protest; tear gas shells are no shelling; a crowd that
    # disperses by itself met no intervention.
    ("On 3 March 2024, hundreds of students blocked the main bridges in Kragujevac (Kragujevac, "
     "Sumadija) demanding accountability for a fatal accident. [size=hundreds]", "Peaceful protest"),
    ("On 3 March 2024, farmers marched in Rajpura (Patiala, Punjab). Police fired tear gas shells to "
     "disperse them. [size=thousands]", "Protest with intervention"),
    ("On 3 March 2024, students staged a flash mob protest in Monywa (Monywa, Sagaing), marching "
     "for several minutes before dispersing. [size=around 30]", "Peaceful protest"),
    # Farmers burning hay to protest riot.
    ("On 3 March 2024, farmers sprayed manure on the prefecture building in Auch (Gers, Occitanie), "
     "set fire to hay bales and tyres, to protest against falling incomes. [size=around 200]",
     "Violent demonstration"),
])
def test_round_twelve_wordings(extract, note, sub_event):
    assert first_sub_event(extract, note) == sub_event


def test_where_marchers_were_heading_is_not_where_they_were(extract):
    [event] = extract("On 3 March 2024, farmers marching towards Delhi were stopped at the border in "
                      "Ambala (Ambala, Haryana). [size=thousands]")
    assert event["location"]["admin1"] != "Delhi"


@pytest.mark.parametrize("note, sub_event", [
    # Vigilantes fighting bandits are a militia in a battle; a crowd with no demand, or set upon
    # people, is a mob.
    ("On 3 March 2024, vigilantes repelled bandits who attacked Kankara (Kankara, Katsina). 3 vigilantes "
     "and 6 bandits were killed.", "Armed clash"),
    ("On 3 March 2024, vigilantes lynched a suspected thief in Kano (Kano Municipal, Kano).", "Mob violence"),
    ("On 3 March 2024, a mob set fire to 40 houses in Moreh (Tengnoupal, Manipur).", "Mob violence"),
    ("On 3 March 2024, residents beat and set fire to 2 men accused of theft in Tlapa (Tlapa, Guerrero).",
     "Mob violence"),
    ("On 3 March 2024, rioters set fire to the town hall in Ziguinchor (Ziguinchor, Ziguinchor) to "
     "protest the arrest of an opposition leader.", "Violent demonstration"),
    # Families driven out by threats.
    ("Around 3 March 2024 (as reported), 80 families were displaced from rural Remedios (Remedios, "
     "Antioquia) after threats by the ELN.", "Other"),
    # Who appointed the victim is no side of the killing.
    ("On 3 March 2024, members of a local PDF shot and killed a village administrator appointed by the "
     "military council in Kani (Kani, Sagaing), accusing him of being a military informant.", "Attack"),
])
def test_crowds_militias_and_threats(extract, note, sub_event):
    assert first_sub_event(extract, note) == sub_event


@pytest.mark.parametrize("text, expected", [
    # Who reports is no crowd, and no state seizing.
    ("Workers said armed men stormed the mine in Shiroro and abducted 10 Chinese nationals.",
     "Abduction/forced disappearance"),
    ("Kidnappers seized 12 passengers on the Kaduna-Abuja road, police said.",
     "Abduction/forced disappearance"),
    ("Houthi forces seized 25 crew members of a cargo ship in the Red Sea, the Israeli military said.",
     "Abduction/forced disappearance"),
    # Kidnappers who take people abduct them; kidnappers arrested are arrested.
    ("Kidnappers invaded Kuriga and carried off 287 pupils.", "Abduction/forced disappearance"),
    ("Police arrested 4 suspected kidnappers and rescued 2 kidnap victims in Lokoja.", "Arrests"),
    # A mob burning a police post rises against the state; vigilantes lynching bandits are a mob.
    ("A mob set fire to a police post in Kasese after a man died in police custody.", "Violent demonstration"),
    ("Vigilantes lynched two suspected bandits in Funtua.", "Mob violence"),
    ("A mob stormed a police station in Jos demanding the release of a suspect.", "Violent demonstration"),
    # A context clause recalled in full: its toll and actors stay out of the event.
    ("Police arrested 6 suspects in Jos on Monday in connection with the attack in which 12 villagers "
     "were killed.", "Arrests"),
    # Air-dropped guided bombs.
    ("A Russian KAB glide bomb struck a residential building in Kharkiv, injuring 5.", "Air/drone strike"),
    # A mob burning a petrol station, or kidnappers demanding ransom, is no protest.
    ("A mob set fire to a petrol station in Kano after a motorcyclist was killed.", "Mob violence"),
    # What a crowd does after "over the killing of ..." is its own protest's.
    ("Hundreds protested in Nairobi on Monday over the killing of a teacher and clashed with police.",
     "Violent demonstration"),
    # A mob at a party's or an electoral commission's offices rises against the state.
    ("A mob torched the offices of the ruling party in Kisumu on Monday.", "Violent demonstration"),
    ("Villagers armed with machetes torched the house of the chief in Kasai on Monday.", "Violent demonstration"),
])
def test_review_wordings(extract, text, expected):
    assert first_sub_event(extract, text, "2024-03-05") == expected


@pytest.mark.parametrize("text", [
    "Thousands of residents fled after M23 rebels blocked the road to Goma.",
    "Washington will supply Ukraine with HIMARS, the Pentagon said.",
])
def test_no_protest_or_strike_in_these(extract, text):
    assert all(e["event"] not in ("PROTEST",) and e["acled_sub_event_type"] != "Shelling/artillery/missile attack"
               for e in extract(text, "2024-03-05"))


def test_a_context_clause_ends_at_the_main_verb(extract):
    [event] = extract("Protesters demanding accountability for the killing of 3 students by police clashed "
                      "with security forces in Nairobi.", "2024-03-05")
    assert event["acled_sub_event_type"] == "Violent demonstration"


def test_hostages_freed_are_not_counted_dead(extract):
    [event] = extract("The militants kidnapped 12 workers from a construction site in Kidal on Sunday; 10 were "
                      "later released. The hostages' bodies were found on Tuesday.", "2024-03-05")
    assert event["killed"]["low"] == 2


def test_where_a_rocket_was_fired_towards_is_where_it_struck(extract):
    [event] = extract("On 3 March 2024, Hamas fighters fired a rocket from the Gaza Strip towards Kissufim "
                      "(HaDarom), causing no casualties.")
    assert event["location"]["country"] == "IL"


def test_a_cacerolazo_is_a_protest(extract):
    [event] = extract("On 3 March 2024, residents of Maracaibo (Maracaibo, Zulia) held a cacerolazo to demand "
                      "electricity; police dispersed them with tear gas. [size=hundreds]")
    assert event["acled_sub_event_type"] == "Protest with intervention"


@pytest.mark.parametrize("text", [
    # Who is told of is no crowd; whoever blocked a road is no protester.
    "Villagers alleged soldiers torched 40 houses near the camp.",
    "Travellers have been stranded since jihadists blocked the road to Djibo.",
])
def test_no_riot_or_protest_in_reports_of_others(extract, text):
    assert all(e["event"] != "PROTEST" for e in extract(text, "2024-03-05"))


def test_tear_gas_fired_at_protesters_is_an_intervention(extract):
    [event] = extract("On 3 March 2024, students protested in Multan (Multan, Punjab). Tear gas shells were fired "
                      "at the protesters. [size=hundreds]")
    assert event["acled_sub_event_type"] == "Protest with intervention"


@pytest.mark.parametrize("note, sub_event", [
    ("On 3 March 2024, Turkish forces established a new observation point near Atarib (Jebel Saman, Aleppo).",
     "Headquarters or base established"),
    # Grenade launchers fired in a battle are no grenade attack; arms seized are disrupted use;
    # a locality taken "after driving out" soldiers was fought for.
    ("On 3 March 2024, DPR forces fired from small arms and grenade launchers at Ukrainian positions near "
     "Avdiivka (Pokrovskyi, Donetsk). 1 Ukrainian soldier was injured.", "Armed clash"),
    ("On 3 March 2024, Mai-Mai militiamen seized the locality of Lulingu (Shabunda, Sud-Kivu) after driving "
     "out FARDC soldiers.", "Non-state actor overtakes territory"),
])
def test_round_fourteen_wordings(extract, note, sub_event):
    [event] = extract(note)
    assert event["acled_sub_event_type"] == sub_event


@pytest.mark.parametrize("note, sub_event", [
    # Killing with blades, whatever lies between the verb and "to death".
    ("On 8 June 2022, CODECO militiamen hacked an elderly cattle herder to death near Djugu (Djugu, Ituri).",
     "Attack"),
    ("On 8 June 2022, the AA built a new outpost on a ridge near Paletwa (Paletwa, Chin).",
     "Headquarters or base established"),
    ("On 8 June 2022, bandits seized about 150 head of cattle near Maru (Maru, Zamfara).",
     "Looting/property destruction"),
    ("On 8 June 2022, militants burned granaries in Djibasso (Kossi, Boucle du Mouhoun).",
     "Looting/property destruction"),
    ("On 8 June 2022, three farmers were taken from their homes by armed men in Tlapa (Tlapa, Guerrero).",
     "Abduction/forced disappearance"),
    ("On 8 June 2022, Syrian regime jets carried out several raids on Kansafra (Ariha, Idleb).",
     "Air/drone strike"),
    ("On 8 June 2022, ELN dissidents announced the creation of a new front in Saravena (Saravena, Arauca).",
     "Change to group/activity"),
    # Control taken with nobody fighting for it is a transfer; after fighting it is overtaken.
    ("On 8 June 2022, Wagner forces entered Soledar (Bakhmutskyi, Donetsk) and established control over "
     "the town; Ukrainian units had withdrawn beforehand.", "Non-violent transfer of territory"),
    ("On 8 June 2022, Russian forces established control over Lyman (Kramatorskyi, Donetsk) after heavy "
     "fighting; 6 soldiers were killed.", "Non-state actor overtakes territory"),
    # A crowd that lynches or stones someone to death riots.
    ("On 8 June 2022, villagers lynched a suspected motorbike thief in Kakamega (Kakamega, Kakamega).",
     "Mob violence"),
    ("On 8 June 2022, a crowd of youths stoned to death a man accused of witchcraft in Kisumu (Kisumu, Kisumu).",
     "Mob violence"),
    ("On 8 June 2022, militants lynched a village chief in Menaka (Menaka, Menaka).", "Attack"),
    ("On 8 June 2022, local people of Kutupalong (Ukhia, Chittagong) lynched a man accused of theft.",
     "Mob violence"),
    ("On 8 June 2022, Saudi artillery targeted villages of Shada district (Sadah), injuring 2 civilians.",
     "Shelling/artillery/missile attack"),
    # Flight from a threat is the event; the attack was only threatened.
    ("On 8 June 2022, dozens of families fled Mansila (Yagha, Sahel) after armed men threatened to attack the "
     "village.", "Other"),
    # A place named with ACLED's brackets after "seized" is territory taken.
    ("On 8 June 2022, the AA seized Kyauktaw (Kyauktaw, Rakhine) after heavy fighting. 4 fatalities.",
     "Non-state actor overtakes territory"),
])
def test_round_fifteen_wordings(extract, note, sub_event):
    assert first_sub_event(extract, note) == sub_event


@pytest.mark.parametrize("text", [
    "The coalition took control of the budget process after the vote.",
    "The minister established control over the state broadcaster.",
])
def test_control_of_no_place_is_no_takeover(extract, text):
    assert first_sub_event(extract, text, "2022-06-08") is None


def test_spoils_and_captives_belong_to_the_attack(extract):
    text = ("06/08/2022: Assailants attacked an army post in Tillia, Tahoua, Niger. Seven soldiers died and "
            "three were captured. The Islamic State claimed responsibility and said it had seized weapons.")
    [event] = [e for e in extract(text) if not e["background"]]
    assert event["acled_sub_event_type"] == "Armed clash" and event["killed"]["low"] == 7
    assert "firearms" in event["modes"]


def test_residents_who_tell_of_gunmen_are_no_mob(extract):
    assert first_sub_event(extract, "Residents said gunmen beat two farmers to death near Jos.", "2022-06-08") == "Attack"


def test_a_place_with_acleds_brackets_is_no_person(extract):
    [event] = extract("On 8 June 2022, hundreds of families fled Mansila (Yagha, Sahel) after armed men threatened "
                      "to attack the village.")
    assert all(a["name"] != "Mansila" for a in event["actors"])


@pytest.mark.parametrize("text", [
    "The government imposed a new tax on fuel imports on Monday.",
    "The county council began levying a new tax on landlords in Nakuru on Monday.",
])
def test_a_civil_tax_is_no_armed_levy(extract, text):
    assert extract(text, published="2023-03-02") == []


@pytest.mark.parametrize("text, sub_events", [
    # (round 118) arms handed over into a peace process are an agreement; a robber's are not
    ("On 12 February 2020, about 40 Mayi Mayi militiamen handed over their weapons and signed a commitment to the "
     "peace process with the territorial administrator in Malemba-Nkulu (Malemba-Nkulu, Haut-Lomami).", ["Agreement"]),
    ("On 12 February 2020, police arrested two robbers in Kano who handed over their weapons.", ["Arrests"]),
])
def test_arms_handed_over_into_a_peace_process(extract, text, sub_events):
    assert [e["acled_sub_event_type"] for e in extract(text)] == sub_events
