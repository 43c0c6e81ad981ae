"""Wordings that a held-out set of invented reports (round 17) found unread, as rules.

Each text was written for these tests; none is taken from an evaluation record."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extraction.untriggered import NOTE_CONFIDENCE


def _summary(extract, text: str) -> list[tuple]:
    return [(e["event"], e["acled_sub_event_type"], (e["killed"] or {}).get("low"), (e["injured"] or {}).get("low"))
            for e in extract(text, published="2024-03-05") if not e["background"]]


def _read(events: list[dict]) -> list[dict]:
    """The events that words of the text were read as: an ACLED-style note that no trigger reads
    still gets its one low-confidence development (extraction.untriggered, tested there), which
    these tests of what words mean leave aside."""
    return [e for e in events if e["confidence"] > NOTE_CONFIDENCE]


def _attack(extract, text: str) -> dict:
    """The one attack a text tells (not background)."""
    [event] = [e for e in _read(extract(text)) if e["event"] == "ASSAULT" and not e["background"]]
    return event


def _told(extract, text: str, published: str | None = None) -> list[str]:
    """The sub-event types of the events a text tells as news (occurred, not background)."""
    return [e["acled_sub_event_type"] for e in _read(extract(text, published=published))
            if not e["background"] and e["status"] == "occurred"]


@pytest.mark.parametrize("text, expected", [
    # A named victim after ", killing", and a name with a lower-case particle.
    ("05/02/2021: An explosive device detonated in Nawa, Daraa, Syria, killing Abu Bakr al-Zoubi, a former "
     "commander.", ("ASSAULT", "Remote explosive/landmine/IED", 1, None)),
    ("05/02/2021: Assailants shot and killed Omar al-Hariri, a local official, in Nawa, Daraa, Syria.",
     ("ASSAULT", "Attack", 1, None)),
    # Every group of a list that ends in the attacker.
    ("05/02/2021: A suicide bomber struck a checkpoint in Kabul, Afghanistan. Four police officers, three "
     "civilians and the bomber were killed.", ("ASSAULT", "Suicide bomb", 8, None)),
    ("Gunmen stormed a church in Ikire on Sunday, shooting dead the pastor and four worshippers.",
     ("ASSAULT", "Attack", 5, None)),
    # One person who "suffered burns".
    ("A petrol bomb was thrown into a shelter for asylum seekers in Motala on Monday. A 16-year-old resident "
     "suffered burns to his hands.", ("ASSAULT", "Attack", None, 1)),
    # ACLED's coded figure wins over the claims it weighed.
    ("On 11 July 2021, Taliban militants attacked ANA positions near Aybak (Aybak, Samangan). The MoD claimed "
     "25 Taliban killed; fatalities coded conservatively as 10.", ("ASSAULT", "Armed clash", 10, None)),
    # A mine by the road is an explosive, not a clash.
    ("On 2 February 2020, a roadside mine hit a police vehicle in Andkhoy (Andkhoy, Faryab), killing two "
     "policemen. 2 fatalities.", ("ASSAULT", "Remote explosive/landmine/IED", 2, None)),
    # ACLED counts security personnel off duty as civilians.
    ("On 30 January 2024, armed men shot dead an off-duty police officer in Ciudad Madero (Ciudad Madero, "
     "Tamaulipas). 1 fatality.", ("ASSAULT", "Attack", 1, None)),
    # Residents who catch a thief and burn him alive are a mob; witnesses who speak are not.
    ("On 26 August 2020, residents caught a suspected thief in Kindu (Kindu, Maniema) and burned him alive.",
     ("ASSAULT", "Mob violence", 1, None)),
    ("Residents said three farmers were killed near Kindu on Monday.", ("ASSAULT", "Attack", 3, None)),
    ("Militants burned 12 villagers alive in Beni on Monday.", ("ASSAULT", "Attack", 12, None)),
    # "Hoodlums" are attackers; "set X ablaze" with its object inside.
    ("Hoodlums set INEC office ablaze in Orlu", ("ASSAULT", "Looting/property destruction", None, None)),
    # A lockdown or "ghost town" imposed by an armed group; people who flee rumours of attack.
    ("On 15 April 2023, Ambazonian separatists declared a 'lockdown' in Ndop (Ngo-Ketunjia, Nord-Ouest).",
     ("COERCE", "Change to group/activity", None, None)),
    ("Around 28 February 2023 (as reported), some 2,000 residents fled Dekoa (Dekoa, Kemo) after rumours "
     "that rebels were advancing on the town.", ("COERCE", "Other", None, None)),
    # Found by a review of the rules above: initials match only in capitals; kin, "former" and
    # witnesses elsewhere in the sentence do not make soldiers civilians.
    ("Gunmen shot dead Ana Lopez, a human rights activist, in Tegucigalpa on Monday.", ("ASSAULT", "Attack", 1, None)),
    ("ISWAP fighters attacked a military base in Marte, killing 12 soldiers, a relative of one of the victims "
     "told reporters.", ("ASSAULT", "Armed clash", 12, None)),
    ("Gunmen attacked a police station in Nnewi, killing three officers, a former police commissioner said.",
     ("ASSAULT", "Armed clash", 3, None)),
    # Fear of an attack after the attack is no displacement event; witnesses may name the crowd.
    ("On 5 June 2022, civilians fled Seytenga amid fears of a new attack after JNIM militants killed 86 people "
     "there. 86 fatalities.", ("ASSAULT", "Attack", 86, None)),
    ("Residents of Kasese told reporters that a crowd had burned a suspected thief alive on Monday.",
     ("ASSAULT", "Mob violence", 1, None)),
    ("Militants burned alive three Christian farmers in Bassa on Monday.", ("ASSAULT", "Attack", 3, None)),
    # A subset is no further group; "a child" is one; digits before the match still count.
    ("A bomber detonated his vest in Konduga; 10 civilians, two of them children, and the bomber were killed.",
     ("ASSAULT", "Remote explosive/landmine/IED", 10, None)),
    ("05/02/2021: A suicide bomber struck a market in Gwoza, Borno, Nigeria. Twelve soldiers, 4 civilians, and "
     "the bomber were killed.", ("ASSAULT", "Suicide bomb", 17, None)),
    ("An IED exploded in Tal Tamr, Hasakah, Syria, killing Hassan el-Sayed and injuring his brother.",
     ("ASSAULT", "Remote explosive/landmine/IED", 1, 1)),
    ("Bandits imposed a levy of 5 million naira on villagers in Zurmi.", ("COERCE", "Change to group/activity", None, None)),
    # Round 18: a later death after an appositive; a named hostage found dead; a list cut by
    # "before"; "mourners" are victims, not the mourned; "survived with serious injuries".
    ("05/02/2021: A bomb exploded in a market in Jalalabad, Nangarhar, Afghanistan. Two people were killed and "
     "eight others were injured; one of the injured, a teenage vendor, died in hospital two days later.",
     ("ASSAULT", "Remote explosive/landmine/IED", 3, 7)),
    ("05/02/2021: Assailants abducted a village chief and his son in Kajuru, Kaduna, Nigeria. The son was found "
     "dead two days later.", ("ASSAULT", "Attack", 1, None)),
    ("Gunmen shot dead the pastor and three worshippers before setting the church alight in Ikire.",
     ("ASSAULT", "Attack", 4, None)),
    ("A suicide bomber struck a funeral in Jalalabad, killing fourteen mourners and injuring 30 others.",
     ("ASSAULT", "Suicide bomb", 14, 30)),
    ("Two men were shot in Lyon on Monday; one died and the other survived with serious injuries.",
     ("ASSAULT", "Attack", 1, 1)),
    # "Taliban storm" is no weather; "taken by armed men" is an abduction.
    ("Kabul (Pajhwok): Taliban storm security posts in Ghor, 7 soldiers killed", ("ASSAULT", "Armed clash", 7, None)),
    ("On 2 December 2022, two young men were taken from a car wash on the federal highway by armed men in "
     "Salvatierra (Salvatierra, Guanajuato) and have not been seen since.",
     ("ASSAULT", "Abduction/forced disappearance", None, None)),
    # The fighting before an agreement is its context; a state clause is no earlier event.
    ("On 18 May 2022, elders of two clans signed a peace agreement in Banissa (Banissa, Mandera), agreeing to "
     "return stolen livestock after weeks of clashes.", ("AGREE", "Agreement", None, None)),
    ("On 21 October 2023, a military jet bombed a ward in Indaw town (Indaw, Katha, Sagaing) that had been under "
     "the control of the KIA since earlier in the month. Nine civilians were killed. 9 fatalities.",
     ("ASSAULT", "Air/drone strike", 9, None)),
    # Shells that fall during fighting are shelling; leaflets are an order to leave, not a strike.
    ("On 29 June 2024, M23 bombs fell on a camp for displaced people in Kanyabayonga (Lubero, Nord-Kivu) during "
     "fighting with the FARDC, killing two civilians.", ("ASSAULT", "Shelling/artillery/missile attack", 2, None)),
    ("On 23 September 2024, an Israeli drone dropped leaflets over Khiam (Marjayoun, Nabatiye) ordering residents "
     "to evacuate.", ("COERCE", "Other", None, None)),
    # Crowds: a commemoration fired on; villagers stoning the police; a road blocked by residents.
    ("On 26 October 2022, thousands of people gathered in Saqqez (Saqqez, Kordestan) to mark 40 days since the "
     "death of a young woman. Security forces fired live ammunition at the crowd; one protester was killed.",
     ("ASSAULT", "Excessive force against protesters", 1, None)),
    ("On 18 February 2022, villagers in Auraiya (Auraiya, UP) pelted stones at police and set a police jeep on "
     "fire. [size=no report]", ("PROTEST", "Violent demonstration", None, None)),
    # Found by a thirteenth review: an attack after a ceasefire agreed in another clause is an attack;
    # a vehicle used as the weapon kills; "but survived" belongs to its own clause.
    ("On 4 May 2022, after the parties agreed to a ceasefire, unidentified gunmen shot dead 3 civilians in "
     "Nyala (Nyala, South Darfur). 3 fatalities.", ("ASSAULT", "Attack", 3, None)),
    ("A truck killed 86 people in Nice when an attacker drove it into a crowd.", ("ASSAULT", "Attack", 86, None)),
    ("Gunmen gunned down three traders in Gusau; a fourth was shot but survived.", ("ASSAULT", "Attack", 3, None)),
    # Fear of an attack is no attack; refusing to suspend hostilities concedes nothing.
    ("Residents fled Kasala village amid fears of an attack by bandits.", ("COERCE", "Other", None, None)),
    ("Rebels refuse to suspend hostilities in Myanmar's Shan state", None),
    # Storms named or plural are weather; an honouring gathering is no protest.
    ("Storm Daniel killed thousands in Derna after dams burst.", None),
    ("Storms killed 5 people in Kinshasa on Monday.", None),
    # Settlers who pelt stones attack; evacuations from a gas leak are civil protection.
    ("Israeli settlers pelted stones at Palestinian cars near Huwara, injuring two.", ("ASSAULT", "Attack", None, 2)),
    ("Police ordered residents to evacuate after a gas leak in Lagos.", None),
    ("Five suspects were taken by armed police to the station in Eldoret.", None),
])
def test_thirteenth_review(extract, text, expected):
    news = [e for e in extract(text, published="2024-03-05") if not e["background"] and e["status"] == "occurred"]
    assert (_summary(extract, text)[0] if news else None) == expected


def test_a_route_taken_earlier_is_not_the_place(extract):
    [event] = extract("The bus, which had passed through Mardan earlier, was attacked near Peshawar, killing 3.",
                      published="2024-03-05")
    assert event["location"]["name"] == "Peshawar"


@pytest.mark.parametrize("text, expected", [
    # Round 19: a strike that landed beside others shot down; a base set up "to respond to attacks";
    # the leader of a protest arrested; a pact; irritant gas dropped by drones; stoning by residents;
    # crowds throwing stones at each other.
    ("On 5 May 2024, Russian forces launched Shahed-136 drones at Dobroslav (Odeskyi, Odesa); one drone hit an "
     "infrastructure facility, while air defence shot down several others.", ("ASSAULT", "Air/drone strike", None, None)),
    ("On 3 March 2023, Nigerien military forces established a new forward operating base in Abalak (Abalak, "
     "Tahoua) to respond to attacks by armed men against herders.",
     ("MOBILIZE", "Headquarters or base established", None, None)),
    ("On 12 March 2022, police arrested the local union leader who had organised a teachers' strike and protest "
     "in Rusape (Makoni, Manicaland).", ("COERCE", "Arrests", None, None)),
    ("On 12 March 2022, teachers organised a protest in Rusape (Makoni, Manicaland) over pay.",
     ("PROTEST", "Peaceful protest", None, None)),
    ("On 7 June 2023, community leaders signed a non-aggression pact in Ndu (Donga-Mantung, Nord-Ouest).",
     ("AGREE", "Agreement", None, None)),
    ("On 2 March 2024, Russian drones dropped grenades containing irritant gas on Ukrainian positions near "
     "Robotyne (Polohivskyi, Zaporizhia).", ("ASSAULT", "Chemical weapon", None, None)),
    ("On 14 April 2021, residents of Watsa (Watsa, Haut-Uele) caught two men suspected of theft and stoned one "
     "of them to death before police intervened. 1 fatality.", ("ASSAULT", "Mob violence", 1, None)),
    ("On 10 May 2022, residents of two villages near Batken (Batken, Batken) threw stones at each other in a "
     "dispute over water.", ("ASSAULT", "Mob violence", None, None)),
    # Round 19, GTD and Wikipedia: a titled victim with an acronym and a name; "escaped with minor
    # injuries".
    ("10/03/2021: Assailants shot and killed a Special Police Officer (SPO), Fayaz Ahmad, and his wife at their "
     "home in Bunjwah, Kishtwar, Jammu and Kashmir, India.", ("ASSAULT", "Armed clash", 2, None)),
    ("A pipe bomb exploded under the car of an off-duty police officer outside his home in Newtownhamilton. The "
     "officer escaped with minor injuries.", ("ASSAULT", "Remote explosive/landmine/IED", None, 1)),
    # Found by a fourteenth review: police who state what the attackers were not are no suspects;
    # interceptions without a strike that landed stay disrupted; youths and police stoning each
    # other riot; police tear gas from drones is crowd control; a law on stoning is no event;
    # "fears of bandits who killed" is no fear of a future attack.
    ("05/02/2021: Assailants stabbed a man in Malmo, Skane, Sweden. Police stated that the assailants were not "
     "identified.", ("ASSAULT", "Attack", None, 1)),
    ("Israeli air defences intercepted three rockets fired from Gaza; the rest landed in open areas.",
     ("ASSAULT", "Disrupted weapons use", None, None)),
    ("Youths and police hurled stones at each other in Srinagar on Friday.", ("PROTEST", "Violent demonstration", None, None)),
    ("Pakistani police deployed drones to fire tear gas at PTI supporters marching on Islamabad.",
     ("PROTEST", "Protest with intervention", None, None)),
    ("Soldiers stoned to death a protester in Khartoum on Monday.", ("ASSAULT", "Attack", 1, None)),
    ("A bomb exploded near a bus in Quetta. A guard escaped with minor injuries.",
     ("ASSAULT", "Remote explosive/landmine/IED", None, 1)),
    # Round 20: a vigilante leader among the villagers killed is a victim; a toll "the next day" is
    # not one group with the wounded.
    ("05/27/2021: Assailants attacked Kadisau, Faskari, Katsina, Nigeria. Twenty-one villagers, including a local "
     "vigilante leader, were killed.", ("ASSAULT", "Attack", 21, None)),
    ("Gunmen opened fire at a market in Kano. The death toll rose to 17 the next day, and around 40 others were "
     "wounded.", ("ASSAULT", "Attack", 17, 40)),
    # Found by a fifteenth review: fled "amid fears of a bandit attack" (the flight, not the attack);
    # a battlefield tear-gas drop is a chemical weapon; "police said" is not a side of "at each
    # other"; troops sent "to stop militants who attacked" leave the attack told; stoning named as
    # a noun; "day labourers" are no time; a vigilante among the residents who attacked.
    ("On 2 March 2022, villagers fled Gidan Bawa (Zurmi, Zamfara) amid fears of a bandit attack.",
     ("COERCE", "Other", None, None)),
    ("On 3 March 2023, Russian drones dropped tear gas on Ukrainian trenches near Avdiivka (Pokrovskyi, Donetsk). "
     "2 injuries.", ("ASSAULT", "Chemical weapon", None, 2)),
    ("On 12 March 2022, police said residents of two villages threw stones at each other near Batken (Batken, "
     "Batken). 3 injuries.", ("ASSAULT", "Mob violence", None, 3)),
    ("Troops were deployed to stop militants who attacked a checkpoint and killed 4 police officers in Lamu "
     "(Lamu, Lamu).", ("ASSAULT", "Armed clash", 4, None)),
    ("The stoning to death of a couple in Ghor province by Taliban fighters on Tuesday drew condemnation.",
     ("ASSAULT", "Attack", 2, None)),
    ("05/02/2021: Gunmen attacked Kaiama, Kwara, Nigeria, killing 12 day labourers and 3 children.",
     ("ASSAULT", "Attack", 15, None)),
    ("On 3 May 2022, residents, including a vigilante leader, attacked and burned a suspected kidnapper in Okene "
     "(Okene, Kogi). 1 fatality.", ("ASSAULT", "Mob violence", 1, None)),
    # Round 21: a bare age ("a 50 year old priest") is no figure; attackers killed "of the
    # attackers" add to a summary's toll.
    ("A 50 year old Hindu priest was hacked to death in Panchagarh on Monday.", ("ASSAULT", "Attack", 1, None)),
    ("05/02/2021: Assailants attacked a gendarmerie post in Tera, Tillaberi, Niger. Six gendarmes were killed and "
     "two others were wounded, while security forces killed eleven of the attackers.", ("ASSAULT", "Armed clash", 17, 2)),
    # Round 22: weapons recovered or found in a cache are disrupted weapons use, not an attack.
    ("On 19 May 2022, police recovered two hand grenades, a 9mm pistol and 23 live rounds from a hideout near "
     "Nambol (Bishnupur district, Manipur).", ("ASSAULT", "Disrupted weapons use", None, None)),
    ("On 19 May 2022, troops discovered an arms cache containing 12 rifles near Nambol (Bishnupur district, "
     "Manipur).", ("ASSAULT", "Disrupted weapons use", None, None)),
    # A pledge to demobilise is an agreement; positions taken over from those who held them, a
    # transfer; people who flee when armed men are sighted, ACLED's Other.
    ("On 23 February 2023, 80 militiamen handed over machetes and hunting rifles and signed a commitment to "
     "demobilise in Bulungu (Bulungu, Kwilu).", ("AGREE", "Agreement", None, None)),
    ("On 1 March 2024, Rwandan troops arrived in Namialo (Meconta, Nampula) and took over the positions "
     "previously held by the FADM.", ("RETREAT", "Non-violent transfer of territory", None, None)),
    ("On 1 March 2024, about 1,200 residents of villages around Kakuma (Turkana West, Turkana) fled to the camp "
     "after armed herders from South Sudan were sighted near the border.", ("COERCE", "Other", None, None)),
    # A detained person the march is about is no arrest at the march.
    ("On 1 March 2024, coffee growers held a peaceful march in Condega, Esteli, demanding better prices and "
     "the release of a detained producer.", ("PROTEST", "Peaceful protest", None, None)),
    # Live fire at a crowd that gathered, and the protesters it hurt told next.
    ("On 1 March 2024, Israeli forces fired live bullets and tear gas at dozens of Palestinians who gathered near "
     "the fence east of Khan Younis. Three protesters were injured.",
     ("ASSAULT", "Excessive force against protesters", None, 3)),
    # Round 22 tolls: prose counts the victims of a toll that includes its attackers (a coded
    # incident counts the attackers too); an attacker who "then killed himself" is no victim.
    ("A suicide car bomb exploded near a busy intersection in El Hermel, killing three people including the "
     "bomber and injuring 28 others.", ("ASSAULT", "Suicide bomb", 2, 28)),
    ("05/02/2021: A suicide car bomb exploded near a busy intersection in El Hermel, Lebanon, killing three "
     "people including the bomber and injuring 28 others.", ("ASSAULT", "Suicide bomb", 3, 28)),
    ("A gunman opened fire at a temple in Yuba City, killing four worshippers and wounding six others, then "
     "killed himself as police arrived.", ("ASSAULT", "Attack", 4, 6)),
    # A figure in quotes; the dead "neutralized"; the hurt officer who died moves to the dead.
    ("05/02/2021: Bandits attacked Bermo, Maradi, Niger, killing six herders and wounding 'around ten' others.",
     ("ASSAULT", "Attack", 6, 10)),
    ("05/02/2021: Assailants ambushed a VDP unit near Barogo, Burkina Faso. Six VDP members were killed, while "
     "the army said fifteen assailants were neutralized.", ("ASSAULT", "Armed clash", 21, None)),
    ("05/02/2021: Assailants shot and injured a police officer and a civilian in Kunzar, Jammu and Kashmir, "
     "India. The officer died of his injuries the next morning.", ("ASSAULT", "Attack", 1, 1)),
    # A second site's toll adds to the first.
    ("A motorcycle bomb outside a hotel in Hat Yai killed 2 and injured 15; forty minutes later a second device "
     "at the central market killed 1 and injured 9.", ("ASSAULT", "Remote explosive/landmine/IED", 3, 24)),
    ("Car bombs struck the bus station and the hospital in Jablah. At least 53 people were killed at the bus "
     "station and 20 at the hospital.", ("ASSAULT", "Remote explosive/landmine/IED", 73, None)),
    # A toll split between events in ACLED's words after a comma.
    ("On 1 March 2024, ENDF forces clashed with TPLF forces around Humera (Western, Tigray). 28 fatalities across "
     "the period, split between 2 events.", ("ASSAULT", "Armed clash", 14, None)),
])
def test_held_out_wordings(extract, text, expected):
    assert _summary(extract, text)[0] == expected


def test_a_lockdown_against_an_epidemic_is_no_event(extract):
    assert extract("The government announced a two-week lockdown in Lagos to curb the virus.",
                   published="2020-03-30") == []


@pytest.mark.parametrize("text", [
    "Five people were burned alive when a tanker overturned and caught fire in Onitsha on Monday.",
    "A family of four was burned alive in a house fire in Kano on Tuesday, fire service officials said.",
    "Thousands of families fled Kalehe amid fears of flooding after heavy rains.",
    "The sunset set the sky ablaze over Lake Chad as fishermen returned to Baga.",
    "The school announced a lockdown after a student brought a gun to class in Ohio on Tuesday.",
    "The county government collected taxes from traders at the market as police patrolled the area.",
    "Deminers removed 300 anti-personnel mines from fields near Izium on Tuesday.",
    "The child sustained severe burns from boiling water at home in Nairobi.",
    "Three people were killed when a storm hit Dhaka on Monday.",
    "Officials urged residents to evacuate ahead of the cyclone in Chittagong.",
    "Hundreds of worshippers gathered at the mosque in Kano to mark Eid.",
])
def test_held_out_non_events(extract, text):
    assert [e for e in extract(text, published="2024-03-05") if not e["background"]] == []


@pytest.mark.parametrize("text, name", [
    ("Police fired tear gas at protesters in Kampung Baru, Kuala Lumpur.", "Kampung Baru"),
    ("A gunman killed four at the gates of Marseille's Saint-Charles station.", "Marseille"),
])
def test_reviewed_places(extract, text, name):
    [event] = extract(text, published="2024-03-05")
    assert event["location"]["name"] == name


def test_a_road_named_after_towns_yields_to_the_place_named(extract):
    [event] = extract("On 9 January 2023, residents blocking the Puno-Desaguadero highway at Ilave (El Collao, Puno) "
                      "were cleared by police using tear gas. [size=hundreds]", published="2023-01-10")
    assert event["location"]["name"] == "Ilave"


def test_an_acled_village_named_before_its_brackets_is_the_place(extract):
    [event] = extract("On 10 May 2022, residents of Kyzyl-Bulak village (Batken district, Batken) threw stones "
                      "at each other.", published="2022-05-11")
    assert event["location"]["name"] == "Kyzyl-Bulak"


def test_the_province_in_brackets_after_a_second_town(extract):
    [event] = extract("On 9 May 2021, Iraqi army engineers defused two IEDs on the road between Tallkayf and "
                      "Batnaya (Tilkaif, Ninewa).", published="2021-05-10")
    assert event["location"]["admin1"] == "Ninewa"


def test_an_accusation_in_posters_is_no_attribution(extract):
    [event] = extract("02/26/2017: Assailants set fire to three trucks near Sunabeda, Koraput, Odisha, India. Posters "
                      "left at the scene accused the contractor of working with the police. No group claimed "
                      "responsibility for the incident; however, sources attributed the attack to the Communist "
                      "Party of India - Maoist (CPI-Maoist).", published="2017-02-27")
    assert event["attribution"]["actor"].startswith("CPI (Maoist)")


@pytest.mark.parametrize("text, name, country", [
    # A village before a district we do not know is in the province after it.
    ("01/17/2021: Assailants attacked Sarkin Pawa, Munya, Niger, Nigeria. Eleven civilians were killed.",
     "Sarkin Pawa", "NG"),
    # A country is spelt as itself: Öland is no Åland.
    ("An arson attack destroyed the prayer room of a mosque in Färjestaden on the island of Öland.",
     "Färjestaden", "SE"),
])
def test_round_nineteen_places(extract, text, name, country):
    [event] = extract(text, published="2021-01-18")
    assert (event["location"]["name"], event["location"]["country"]) == (name, country)


def test_fourteenth_review_statuses_and_actors(extract):
    assert extract("Brunei's new penal code, which prescribes stoning to death for adultery, took effect on "
                   "Wednesday.", published="2019-04-04") == []
    [event] = extract("Villagers described their fears of bandits who killed 12 people in Tsafe on Sunday.",
                      published="2024-03-05")
    assert event["status"] == "occurred"
    [event] = extract("On 3 May 2022, soldiers of the Force de Défense Nationale du Burundi (FDNB) clashed with "
                      "RED-Tabara rebels in Gatumba (Mutimbuzi, Bujumbura Rural).", published="2022-05-04")
    assert "Military Forces of Burundi" in [a["name"] for a in event["actors"]]


def test_a_town_before_its_market_raid_places_the_headline(extract):
    [event] = extract("Bandits kill 11 in Kwatarkwashi market raid", published="2021-02-10")
    assert event["location"]["country"] == "NG"


def test_last_checks_of_the_round(extract):
    # Found re-scoring every held-out set at the end: an accusation of planting the device names
    # the suspects; guards who separate two crowds do not make them armed; a village whose brackets
    # hold an abbreviation we read abroad ("UP") keeps its place.
    [event] = extract("12/14/2018: A minibus struck a landmine outside Zabid, Al Hudaydah, Yemen. Six people were "
                      "killed. No group claimed responsibility for the incident; however, government officials "
                      "accused Houthi extremists (Ansar Allah) of planting the device.", published="2018-12-15")
    assert "Houthi Movement" in [a["name"] for a in event["actors"]]
    [event] = extract("On 14 April 2021, residents of two villages near Batken (Batken, Batken) threw stones at each "
                      "other. Three people were injured before border guards separated the two groups.",
                      published="2021-04-15")
    assert event["acled_sub_event_type"] == "Mob violence"
    [event] = extract("On 18 February 2022, villagers in Auraiya (Auraiya, UP) pelted stones at police. "
                      "[size=no report]", published="2022-02-19")
    assert event["location"]["name"] == "Auraiya"


def test_fifteenth_review_attributions(extract):
    [event] = extract("05/02/2021: Assailants shot a man in Etapalli, Gadchiroli district, Maharashtra, India. The "
                      "victim was accused of being a police informer. Sources attributed the attack to the Communist "
                      "Party of India - Maoist (CPI-Maoist).", published="2021-05-03")
    assert event["attribution"]["actor"].startswith("CPI (Maoist)")
    [event] = extract("05/02/2021: A bomb exploded in Maiduguri, Borno, Nigeria. No group claimed responsibility; "
                      "however, authorities accused the Islamic State in West Africa Province (ISWAP) of planting "
                      "the device.", published="2021-05-03")
    assert event["attribution"]["status"] == "suspected"


def test_an_acled_report_date_is_not_the_event_date(extract):
    [event] = extract("As reported on 9 February 2021, on 7 February 2021, Mai-Mai militiamen attacked Kalehe (Kalehe, "
                      "Sud-Kivu), killing two civilians. 2 fatalities.", published=None)
    assert event["date"]["start"] == "2021-02-07"


@pytest.mark.parametrize("text, name, precision", [
    # "between X and Y": near the first town; a place named with "near" beside it is surer.
    ("02/27/2021: Assailants abducted 11 passengers travelling between Guidan Roumdji and Tibiri, Maradi, Niger.",
     "Guidan Roumdji", 2),
    ("05/20/2021: Assailants set fire to a cable duct along the railway line between Berlin and Hamburg near "
     "Wittenberge, Brandenburg, Germany.", "Wittenberge", 2),
    # A Persian particle inside a town's name.
    ("05/20/2021: Assailants attacked a checkpoint in Jabal os Saraj, Parwan, Afghanistan.", "Jabal os Saraj", 1),
])
def test_places_of_round_twenty_one(extract, text, name, precision):
    [event] = extract(text, published="2021-05-21")
    assert (event["location"]["name"], event["location"]["precision"]) == (name, precision)


def test_round_twenty_two_dates_and_places(extract):
    # The day after ACLED's report day takes the report's year.
    [event] = extract("As reported on 13 February 2022, on 11 February the Myanmar military carried out two "
                      "airstrikes on a PDF camp near Hman Pin village (Homalin Township, Sagaing Region).")
    assert event["date"]["start"] == "2022-02-11"
    # The other spelling in square brackets is the same, introduced, place.
    [event] = extract("Around 4 November 2020, ENDF forces clashed with TPLF forces around May Kadra [May Cadera] "
                      "(Western, Tigray).", published="2020-11-10")
    assert event["location"]["name"] == "May Cadera"
    # Initials that are also a word name a country only in capitals, in a line that is not shouted.
    [event] = extract("Gunmen kill aid worker in CAR", published="2021-03-03")
    assert event["location"]["country"] == "CF"
    [event] = extract("CAR BOMB KILLS 5 IN KABUL", published="2021-03-03")
    assert event["location"]["country"] == "AF"


def test_a_kidnapping_summary_keeps_the_fate_of_its_hostages(extract):
    # The bodies found days later and the rescue are the kidnapping's outcome, not new events;
    # the gendarmes who freed the hostages are not its perpetrators.
    [event] = extract("03/11/2022: Assailants abducted three customs officers at a checkpoint near Toubakoura, "
                      "Koulikoro, Mali. The bodies of two of the officers were found on March 15, 2022.")
    assert (event["date"]["start"], event["killed"]["low"], "abduct" in event["modes"]) == ("2022-03-11", 2, True)
    [event] = extract("04/19/2022: Assailants abducted a businessman and his wife in Figuil, North, Cameroon. The "
                      "couple was freed by gendarmes on April 25, 2022; one kidnapper was killed and two gendarmes "
                      "were wounded in the rescue operation.")
    assert (event["date"]["start"], event["killed"]["low"], event["injured"]["low"]) == ("2022-04-19", 1, 2)
    assert all(a["type"] != "State forces" for a in event["actors"])


def test_a_number_opening_a_sentence_is_no_place(extract):
    [event] = extract("Militants attacked an army camp in Koutiala. Ten soldiers were killed.", published="2017-06-01")
    assert event["location"]["name"] == "Koutiala"


@pytest.mark.parametrize("text, expected", [
    # Near misses of the round-22 rules (sixteenth review): a crowd that gathered is no protest
    # by itself; a total restates the sites; another time, place or "of them" adds nothing.
    ("Hundreds of worshippers who gathered for Friday prayers at a mosque in Kano were killed in a bombing.",
     ("ASSAULT", "Remote explosive/landmine/IED", 100, None)),
    ("A bomb killed 10 people at a market in Kabul on Monday; a second blast minutes later killed 5 more, "
     "bringing the death toll to 15.", ("ASSAULT", "Remote explosive/landmine/IED", 15, None)),
    ("A bomb killed 6 soldiers in Mali on Monday and wounded 9, and a second attack in Niger killed 4 civilians.",
     ("ASSAULT", "Remote explosive/landmine/IED", 6, 9)),
    ("53 people were killed in Kabul and 20 in Kandahar in separate bombings on Tuesday.",
     ("ASSAULT", "Remote explosive/landmine/IED", 53, None)),
    ("The blast killed 14 people at the market, a second bomb killed 6 of them as they fled.",
     ("ASSAULT", "Remote explosive/landmine/IED", 14, None)),
    # Only a munition joins "fired live ammunition and ...".
    ("Soldiers fired live ammunition and wounded three protesters on Friday in Nablus.",
     ("ASSAULT", "Excessive force against protesters", None, 3)),
    # Weapons recovered after a killing are its spoils.
    ("Bandits attacked a village in Katsina on Monday, killing 6 people; troops later recovered 4 rifles and 60 "
     "live rounds in the area.", ("ASSAULT", "Attack", 6, None)),
    # A possessive, or attackers of no number, take nothing from the toll; a device neutralized is no death.
    ("A bomb at a wedding in Kunduz on Friday, killing 11 people including the bomber's own cousin, was claimed "
     "by ISIS.", ("ASSAULT", "Remote explosive/landmine/IED", 11, None)),
    ("A landmine was neutralized and 2 soldiers were wounded in Gao on Monday.",
     ("ASSAULT", "Remote explosive/landmine/IED", None, 2)),
    # Passive stabbings hurt; "and another injured" is one more hurt.
    ("Two police officers were stabbed outside the railway station in Tubize. Both officers survived.",
     ("ASSAULT", "Armed clash", None, 2)),
    # (a National Guard patrol is state forces: ACLED's armed clash)
    ("Three men attacked a National Guard patrol near Akouda. One guardsman was killed and another injured.",
     ("ASSAULT", "Armed clash", 1, 1)),
])
def test_sixteenth_review(extract, text, expected):
    assert _summary(extract, text)[0] == expected


@pytest.mark.parametrize("text", [
    "Residents fled after militants were seen attacking a checkpoint in Menaka on Monday.",
    "The UN urged armed groups to honour their commitment to demobilise in Bunia on Monday.",
])
def test_sixteenth_review_types(extract, text):
    assert all(e["acled_sub_event_type"] not in ("Other", "Agreement") for e in extract(text, published="2024-03-05"))


def test_sixteenth_review_places(extract):
    [event] = extract("Gunmen killed 5 herders from Kauru in Kaduna State on Monday.", published="2024-03-05")
    assert event["location"]["name"] == "Kauru"
    [event] = extract("A car rammed into a group of soldiers at a junction near Yehud. Five soldiers were wounded. "
                      "The driver, a resident of the West Bank, was shot and killed at the scene.", published="2019-01-01")
    assert event["location"]["name"] == "Yehud"
    events = extract("Militants attacked a checkpoint in Kabul on Monday with rifles traced by Conflict Armament "
                     "Research (CAR), killing 3.", published="2024-03-05")
    assert events and all(e["location"]["country"] != "CF" for e in events)


@pytest.mark.parametrize("text, expected", [
    # Round 23: people named by who they were, with what follows the noun ("of ...", "guarding
    # her"), are one each; a whole party name is one appositive.
    ("05/02/2016: Assailants shot and killed a traditional ruler and his driver in Kagoro, Kaduna, Nigeria.",
     ("ASSAULT", "Attack", 2, None)),
    ("05/02/2016: Assailants shot and killed a polio vaccination worker and the police officer guarding her in "
     "Karachi, Sindh, Pakistan.", ("ASSAULT", "Attack", 2, None)),
    ("05/02/2016: Assailants shot and killed the chief of Mofako Balue and his son in Ndian, Cameroon.",
     ("ASSAULT", "Attack", 2, None)),
    ("06/21/2021: Assailants shot and killed Khin Maung Myint, a member of the Union Solidarity and Development "
     "Party (USDP), in front of his home in Lawksawk, Shan, Myanmar.", ("ASSAULT", "Attack", 1, None)),
    # GTD counts the bomber who killed himself with his victims, and a second bomber shot dead.
    ("05/02/2016: A suicide bomber detonated a vest at a mosque in Maiduguri, Borno, Nigeria, killing himself "
     "and four worshippers.", ("ASSAULT", "Suicide bomb", 5, None)),
    ("05/02/2016: A suicide bomber detonated a vest at a mosque in Maiduguri, Borno, Nigeria, killing four "
     "worshippers. A second bomber was shot dead by vigilantes.", ("ASSAULT", "Suicide bomb", 5, None)),
    # A claim beside a reported toll; a car deliberately driven onto a pavement.
    ("At least 12 soldiers were killed in the attack on the base, although the militants claimed to have "
     "killed 30.", ("ASSAULT", "Armed clash", 12, None)),
    ("A car was deliberately driven onto the pavement outside a cafe in Litri, killing a woman and injuring "
     "five.", ("ASSAULT", "Attack", 1, 5)),
    # A later sentence about "one of the victims" is no new count of the hurt.
    ("A man stabbed three people at a bus stop in Ofaqim. One of the victims was seriously hurt.",
     ("ASSAULT", "Attack", None, 3)),
])
def test_round_twenty_three_tolls(extract, text, expected):
    assert _summary(extract, text)[0] == expected


def test_round_twenty_three_context(extract):
    # What "came a week after" recalls is background in an incident report.
    events = extract("05/09/2021: Assailants attacked Anchau, Kubau district, Kaduna, Nigeria, killing seven "
                     "villagers. The attack came a week after assailants killed 18 people in Kwoi.")
    news = [e for e in events if not e["background"]]
    assert len(news) == 1 and news[0]["killed"]["low"] == 7 and news[0]["location"]["name"] == "Anchau"
    # Where attackers crossed from is no actor; where a man is from is no place of the event.
    [event] = extract("05/09/2021: Assailants who crossed from Nigeria attacked a village near Mora, Far North, "
                      "Cameroon, killing four civilians.")
    assert all("Nigeria" not in a["name"] for a in event["actors"])
    [event] = extract("A Palestinian man from the southern West Bank stabbed two people at a bus stop in Ofaqim.",
                      published="2019-01-01")
    assert event["location"]["country"] == "IL"


@pytest.mark.parametrize("text, expected", [
    # Round 23 ACLED notes: a figure "from each side" counts both; "Fatalities unknown; coded as
    # 10" is the coded figure; a closing "4 fatalities (incl. the bomber)" is the note's toll.
    ("On 29 April 2020, clashes broke out between Hawazma and Kenana militias near Talodi (Talodi, South "
     "Kordofan). At least three people from each side were killed.", ("ASSAULT", "Armed clash", 6, None)),
    ("On 3 June 2020, GNA-affiliated forces took control of Tarhuna (Tarhunah, Al Marqab) after heavy fighting, "
     "as LNA forces retreated. Fatalities unknown; coded as 10.", ("ASSAULT", "Government regains territory", 10, None)),
    ("On 29 April 2020, a suicide bomber detonated his explosives near a checkpoint in Paghman district (Kabul), "
     "killing three civilians. IS claimed the attack. 4 fatalities (incl. the bomber).",
     ("ASSAULT", "Suicide bomb", 4, None)),
    # Soldiers of a side named "servicemen" make a fight a clash, whoever fired the shot.
    ("On 6 May 2020, Ukrainian forces and DPR forces exchanged small arms and heavy machine gun fire near "
     "Yasynuvata (Yasynuvata, Donetsk). A Ukrainian serviceman was killed by sniper fire.",
     ("ASSAULT", "Armed clash", 1, None)),
    # Villagers who beat a man to death, told in the passive; villagers' clash "under" a police station.
    ("On 1 May 2020, a man was beaten to death by villagers on suspicion of cattle theft in Etawah (Etawah, Uttar "
     "Pradesh).", ("ASSAULT", "Mob violence", 1, None)),
    ("On 7 May 2020, two groups of villagers clashed with sticks over a land dispute in a village under Dhubri "
     "(Dhubri, Assam) police station. One person was killed.", ("ASSAULT", "Mob violence", 1, None)),
    # An arrest over a riot of the previous week is the news; the riot is its cause.
    ("On 29 April 2020, police arrested 12 youths in Kenema (Kenema, Eastern) over a riot in which a police post "
     "was burnt the previous week.", ("COERCE", "Arrests", None, None)),
])
def test_round_twenty_three_notes(extract, text, expected):
    assert _summary(extract, text)[0] == expected


def test_round_twenty_three_note_dates_and_places(extract):
    [event] = extract("Between 1 and 3 May 2020 (coded on 2 May), at least 4 women were raped by NDC-R "
                      "militiamen near Kitchanga (Masisi, Nord-Kivu).")
    assert event["date"]["start"] == "2020-05-02"
    [event] = extract("As reported on 4 May 2020, Ukrainian sappers defused an anti-tank mine planted on a road "
                      "near Talakivka (Mariupol, Donetsk).")
    assert event["date"]["start"] == "2020-05-04"
    # The address after "between A and B" holds A too.
    [event] = extract("On 8 May 2020, suspected JNIM militants stopped a vehicle on the road between Manni and "
                      "Piela (Gnagna, Est) and executed five passengers.")
    assert event["location"]["country"] == "BF" and event["location"]["precision"] <= 2
    assert all(a["name"] != "Manni" for a in event["actors"])
    # A country before a policy verb opens a headline about it.
    [event] = extract("Pakistan extends ban on TLP after deadly protests", published="2021-04-20")
    assert event["location"]["country"] == "PK"


def test_seventeenth_review(extract):
    # A headline's attacking country is no place of the attack; "exchanged accusations" is no fire;
    # initials shared by several armies name one only in its country; a resident's home after an
    # ACLED date is still the place when nothing else is; a protest's tractors are no ramming; a
    # coded injury figure is no toll; "three others were shot" are hurt; an attempted suicide is
    # no death.
    [event] = extract("Russia shells Kharkiv, killing 3 civilians", published="2022-05-01")
    assert event["location"]["name"] == "Kharkiv"
    assert not _read(extract("On 5 June 2020, the two sides exchanged accusations over who opened the fire near "
                             "Avdiivka, Donetsk, Ukraine."))
    events = extract("On 5 June 2020, FDS repelled an attack by JNIM in Boulkessi, Mopti, Mali.")
    assert events and all(a["name"] != "Military Forces of Niger" for e in events for a in e["actors"])
    [event] = extract("On 5 June 2020, a resident of Kaduna was abducted by bandits.")
    assert event["location"]["name"] == "Kaduna"
    events = extract("Protesters deliberately drove tractors into the market square in Brussels, Belgium, on "
                     "Monday to block traffic.", published="2021-03-30")
    assert events and all(e["event"] == "PROTEST" for e in events)
    [event] = extract("On 3 May 2020, JNIM militants attacked a FAMa post in Boulkessi, Mopti, Mali. Fatalities "
                      "unknown; injuries coded as 3.")
    assert event["killed"] is None
    [event] = extract("Two police officers were shot dead outside a mosque in Kano, Nigeria, and three others were "
                      "shot.", published="2021-03-30")
    assert (event["killed"]["low"], event["injured"]["low"]) == (2, 3)
    [event] = extract("01/05/2015: A man stabbed his wife, killing her, and then tried killing himself and his son "
                      "in Kano, Nigeria.")
    assert event["killed"]["low"] == 1
    [event] = extract("Herders from Niger attacked farmers in Kebbi, Nigeria, killing 4.", published="2021-03-30")
    assert event["location"]["name"] == "Kebbi"


@pytest.mark.parametrize("text, expected", [
    # Round 24: the hurt who died later join the dead (unless a total is told); "raising the toll
    # to eighteen" updates it; people stabbed "to death" in a list; "shot and wounded".
    ("05/20/2021: Assailants attacked Bauchi, Nigeria. Seven villagers and a vigilante were killed and four "
     "vigilantes were injured. Two vigilantes who were injured died on May 23, 2021.", ("ASSAULT", "Attack", 10, 2)),
    ("Gunmen attacked a mine in Kano, killing nine miners. Three others died of their wounds in hospital.",
     ("ASSAULT", "Attack", 12, None)),
    ("06/14/2020: Gunmen opened fire on customers at a bar in Salvatierra, Guanajuato, Mexico. Seven people were "
     "killed at the scene and two others died later in hospital, bringing the death toll to nine; four more people "
     "were wounded.", ("ASSAULT", "Attack", 9, 4)),
    ("Gunmen attacked a village in Kano, killing 14. The bodies of four more villagers were found the next day, "
     "raising the toll to eighteen.", ("ASSAULT", "Attack", 18, None)),
    ("An attacker stabbed a police commander and his partner to death at their home in Magnanville.",
     ("ASSAULT", "Armed clash", 2, None)),
    ("03/11/2021: Assailants abducted an engineer in Kano, Nigeria. The engineer's driver was shot and wounded "
     "during the abduction.", ("ASSAULT", "Abduction/forced disappearance", None, 1)),
    # An ACLED note's closing figure is coded for this event already.
    ("On 2 May 2020, troops clashed with BH near Alagarno (Biu, Borno). Fatalities split between 2 events. "
     "3 fatalities.", ("ASSAULT", "Armed clash", 3, None)),
    # What the targets had done before is no background for the strike.
    ("On 11 April 2022, a US air strike targeted Al Shabaab fighters who had attacked an SNA base east of Garbaharey "
     "(Garbahaarey, Gedo). 4 fatalities.", ("ASSAULT", "Air/drone strike", 4, None)),
    # An explosive device recovered; a new position set up; a town captured, "the capital of" its province.
    ("On 6 April 2021, soldiers recovered an improvised explosive device hidden near a bridge in Pagadian "
     "(Pagadian City, Zamboanga del Sur).", ("ASSAULT", "Disrupted weapons use", None, None)),
    ("On 15 June 2021, FARDC deployed a company and set up a new position in Kamanyola (Walungu, Sud-Kivu).",
     ("MOBILIZE", "Headquarters or base established", None, None)),
    ("On 11 August 2021, Taliban fighters captured Fayzabad, the capital of Badakhshan province (Fayzabad, "
     "Badakhshan), after two days of clashes. 9 fatalities.", ("ASSAULT", "Non-state actor overtakes territory", 9, None)),
])
def test_round_twenty_four(extract, text, expected):
    assert _summary(extract, text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # Near misses of the round-24 rules (eighteenth review): "Two of the 15 people who were
    # injured" died, not 15; the hurt who only "nearly died", parts of a toll already told, a
    # capture of people, a shot that missed, a recovery from wounds.
    ("Two of the 15 people who were injured in the market bombing in Maiduguri on Sunday died in hospital on "
     "Tuesday.", ("ASSAULT", "Remote explosive/landmine/IED", None, 15)),
    ("Gunmen killed four people in Kauru on Monday. Two people who were injured were in stable condition and no "
     "one else died, police said.", ("ASSAULT", "Attack", 4, 2)),
    ("Seven people were killed in the attack on the church in Owo. Five died at the scene and two others died in "
     "hospital.", ("ASSAULT", "Attack", 7, None)),
    ("Kidnappers captured Abubakar, the district head of Bakura, in Zamfara on Friday.",
     ("ASSAULT", "Abduction/forced disappearance", None, None)),
    ("Gunmen shot dead two men in Kaduna on Sunday, and three others were shot at but escaped unhurt.",
     ("ASSAULT", "Attack", 2, None)),
    ("The suspect deliberately drove onto a crowded pavement in Nice, killing two pedestrians.",
     ("ASSAULT", "Attack", 2, None)),
    ("Police and gunmen exchanged intermittent fire for hours in Maiduguri on Sunday.",
     ("ASSAULT", "Armed clash", None, None)),
])
def test_eighteenth_review(extract, text, expected):
    assert _summary(extract, text)[0] == expected


def test_eighteenth_review_places_and_types(extract):
    [event] = extract("Kenya foils terror attack, arrests three suspects", published="2021-08-30")
    assert event["location"]["country"] == "KE"
    [event] = extract("Russia shells Kharkiv, killing 3 civilians", published="2021-08-30")
    assert event["location"]["name"] == "Kharkiv"
    events = extract("The soldier, who has recovered from a landmine blast in Kunar, returned to duty on Monday.",
                     published="2021-08-30")
    assert all(e["acled_sub_event_type"] != "Disrupted weapons use" for e in events)


def test_an_armed_group_suspending_its_operations_changes_its_activity(extract):
    [event] = extract("On 30 April 2020, the Dan Na Ambassagou militia announced it would suspend its operations in "
                      "the area of Tominian (Tominian, Segou) for the duration of the Ramadan month.")
    assert (event["acled_sub_event_type"], event["status"]) == ("Change to group/activity", "occurred")


def test_a_chain_that_rules_out_every_namesake_holds_for_the_whole_document(extract):
    # Yaha and Panare are known only as towns of southern Thailand; "in Zamfara state" says these
    # are villages we lack, however often the note repeats them.
    [event] = extract("On 2 May 2021, gunmen attacked the villages of Yaha and Panare in Zamfara state. Two people "
                      "were killed in Yaha and one in Panare, and 19 wounded. 3 fatalities.", published="2021-05-03")
    assert (event["location"]["country"], event["location"]["admin1"]) == ("NG", "Zamfara")
    assert event["injured"]["low"] == 19  # "one in Panare" is the last verb's, not a wounded group
    [event] = extract("Three in Kabul and two in Herat were wounded.", published="2021-05-03")
    assert event["injured"]["low"] == 5


@pytest.mark.parametrize("text", [
    "On 2 May 2021, unidentified gunmen shot dead a trader in Trinidad (Cercado, Beni). 1 fatality.",
    "On 2 May 2021, unidentified gunmen shot dead a trader in Trinidad, in the Beni department of Bolivia. 1 fatality.",
])
def test_a_town_named_like_a_country_inside_a_district(extract, text):
    [event] = extract(text, published="2021-05-03")
    assert (event["location"]["name"], event["location"]["country"]) == ("Trinidad", "BO")
    assert [a["name"] for a in event["actors"]] == ["Unidentified Armed Group (Bolivia)"]


def test_a_base_set_up_after_a_run_of_attacks(extract):
    [event] = extract("On 2 May 2021, FDS forces established a new base in Mansila (Yagha, Sahel) following "
                      "insurgent attacks in the area. 0 fatalities.", published="2021-05-03")
    assert event["acled_sub_event_type"] == "Headquarters or base established"


@pytest.mark.parametrize("text", [
    "On 2 May 2021, students in Mandalay staged a flash mob, holding banners against the junta. 0 fatalities.",
    "On 2 May 2021, residents of Hpakant (Hpakant, Kachin) flashed three-finger salutes in a silent strike against "
    "the military regime. 0 fatalities.",
])
def test_symbolic_protests(extract, text):
    [event] = extract(text, published="2021-05-03")
    assert (event["event"], event["acled_sub_event_type"]) == ("PROTEST", "Peaceful protest")


@pytest.mark.parametrize("text, killed, injured", [
    ("Gunmen kidnapped a catechist in Kaduna on March 2. The catechist was found dead on March 6.", 1, None),
    ("Gunmen killed four villagers; the bodies of two more were recovered the following morning.", 6, None),
    ("Seven hostages were killed, and the bodies of three more hostages were found a week later.", 10, None),
    ("A nurse died of burns and four other health workers were injured.", 1, 4),
    ("Gunmen shot a trader. His wife, who was riding with him, was wounded.", None, 1),
    ("A caretaker sleeping inside the mosque suffered severe burns.", None, 1),
    ("A bomb killed eight people and wounded 31; two of the wounded later died, bringing the toll to ten.", 10, 29),
    ("A bomb killed eight people and wounded 31. Two of the wounded later died, bringing the toll to ten.", 10, 29),
    # Hurt told only as more, sentence by sentence, and attackers hurt (a GTD summary counts them;
    # prose counts the victims)
    ("05/03/2021: Three gendarmes were killed and two were injured. Two wounded assailants were captured by soldiers.",
     3, 4),
    ("Three gendarmes were killed and two were injured. Two wounded assailants were captured by soldiers.", 3, 2),
    ("05/03/2021: Gunmen attacked a police post, killing one constable. Another assailant was wounded and arrested. "
     "A third police constable was also injured.", 1, 2),
    ("Gunmen killed one soldier and wounded another.", 1, 1),
])
def test_round_25_tolls(extract, text, killed, injured):
    [event] = extract(text, published="2021-05-03")
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    ("02/27/2021: Assailants abducted six children of cattle herders from their camp near Tchollire, Mayo-Rey "
     "department, North, Cameroon. Two of the children were found dead on March 10, 2021; the others were released.", 2),
    ("01/17/2018: Assailants abducted two crew members of a fishing vessel near Siasi, Sulu, Philippines. One of the "
     "hostages was found dead on February 11, 2018, while the other was rescued by soldiers in a separate operation.", 1),
])
def test_a_hostage_found_dead_later_is_the_kidnapping_s_toll(extract, text, killed):
    [event] = extract(text, published="2021-05-03")
    assert event["killed"]["low"] == killed and "abduct" in event["modes"]
    assert all(a["type"] != "State forces" for a in event["actors"])


@pytest.mark.parametrize("text, name", [
    ("A man stabbed four people, including a priest, inside the church of Biard during morning Mass.", "Biard"),
    ("A parcel bomb sent to the town hall of Albocasser exploded, injuring a clerk.", "Albocàsser"),
    ("01/12/2021: Assailants hijacked two trucks carrying food aid on the road to I-n-Ouagar, Tahoua, Niger.",
     "I-n-Ouagar"),
])
def test_sites_of_a_town_and_roads_to_it(extract, text, name):
    [event] = extract(text, published="2021-05-03")
    assert event["location"]["name"] == name


def test_a_dateline_does_not_head_the_chain(extract):
    text = ("ADEN, Yemen, Nov 20 (Reuters) - A ballistic missile fired by Houthi forces struck a crowded market "
            "in the city of Marib on Monday, killing eight civilians.")
    [event] = extract(text, published="2023-11-20")
    assert event["location"]["name"] == "Ma'rib"


def test_attackers_subdued_by_police_are_not_joined_by_them(extract):
    [event] = extract("A Uyghur knife gang attacked passengers at Kunming railway station, killing 31 and injuring "
                      "141. All four attackers were shot dead by police.", published="2014-03-02")
    assert "Police Forces of China" not in [a["name"] for a in event["actors"]]
    # (suspects arrested by police, or gunmen killed by soldiers, are the forces' own act)
    [event] = extract("On 5 March 2024, two suspects were arrested by police in Kano.", published="2024-03-06")
    assert [a["name"] for a in event["actors"]] == ["Police Forces of Nigeria"]
    [event] = extract("Five gunmen were killed by soldiers in an exchange of fire in Kaduna.", published="2024-03-06")
    assert "Military Forces of Nigeria" in [a["name"] for a in event["actors"]]
    [event] = extract("04/04/2021: Assailants attacked an army position in Kabalo, Tanganyika, Democratic Republic of "
                      "the Congo. Sources attributed the attack to Mai-Mai Apa na Pale militiamen.", published="2021-04-05")
    assert "Mai-Mai Apa Na Pale" in [a["name"] for a in event["actors"]]


@pytest.mark.parametrize("text, sub", [
    ("On 19 May 2023, junta troops torched about 50 houses in a village in Pyawbwe township (Yamethin, Mandalay) "
     "after local PDF fighters attacked their column a day earlier.", "Looting/property destruction"),
    ("On 12 April 2022, soldiers found and destroyed a cache of 80 kg of explosives and 200 detonators belonging "
     "to the ELN in a rural area of Nechi (Nechi, Antioquia).", "Disrupted weapons use"),
    ("On 26 August 2022, residents of Tlalchapa (Tlalchapa, Guerrero) detained two alleged kidnappers, beat them "
     "and set them on fire in the main square. One died. 1 fatality.", "Mob violence"),
    ("On 6 January 2025, Russian forces captured Kurakhove (Pokrovskyi, Donetsk) after weeks of urban fighting "
     "with Ukrainian forces.", "Non-state actor overtakes territory"),
    ("On 6 January 2025, JNIM militants captured Sagalo (Kita, Kayes) after clashes with the army.",
     "Non-state actor overtakes territory"),
    ("On 12 January 2022, residents of Coahuayana (Coahuayana, Michoacan) announced the reactivation of a "
     "community self-defence force, citing extortion by the CJNG.", "Change to group/activity"),
    ("On 8 August 2023, Fano militia commanders announced that their units had merged under a single command "
     "based in Chagni (Awi, Amhara).", "Change to group/activity"),
    # (a charge after "after" is still the charge: "after accusing him of")
    ("On 7 July 2019, Ambazonian separatists killed a traditional ruler in Batibo (Momo, Nord-Ouest) after "
     "accusing him of cooperating with the military.", "Attack"),
])
def test_round_25_sub_event_types(extract, text, sub):
    [event] = extract(text, published="2025-01-07")
    assert event["acled_sub_event_type"] == sub


@pytest.mark.parametrize("text, sub, killed", [
    ("On 30 October 2023, a remote-detonated mine planted by the Yamethin PDF exploded near a military convoy "
     "near Yamethin (Yamethin, Mandalay), killing 4 soldiers. The PDF claimed 11 soldiers were killed. 4 fatalities.",
     "Remote explosive/landmine/IED", 4),
    ("Militants attacked an army base in Kidal. The group claimed it had killed 20 soldiers.", "Armed clash", 20),
])
def test_a_side_s_claim_of_the_toll_is_no_event_of_its_own(extract, text, sub, killed):
    [event] = extract(text, published="2023-11-01")
    assert (event["acled_sub_event_type"], event["killed"]["low"], event["background"]) == (sub, killed, False)


def test_a_death_a_protest_asks_a_probe_into_is_no_toll(extract):
    [event] = extract("On 14 July 2022, villagers staged a sit-in in Kallakurichi (Kallakurichi, Tamil Nadu), "
                      "demanding a CB-CID probe into the death of a 17-year-old student.", published="2022-07-15")
    assert event["killed"] is None


@pytest.mark.parametrize("text, country", [
    ("Car bomb kills pro-Russian official in occupied Chornobaivka", "UA"),
    ("Police officer shot dead in Moris ambush", "MX"),
    ("Russian missile strike on Uman kills 23", "UA"),
    ("Soldier, militiaman killed in Tipo-Tipo ambush", "PH"),
    ("Bodies of three missing musicians found in Juchipila", "MX"),
])
def test_round_25_headline_countries(extract, text, country):
    [event] = extract(text, published="2021-06-08")
    assert event["location"]["country"] == country


def test_a_town_named_like_an_armed_group_is_the_group(extract):
    events = extract("Two soldiers killed in Fano attack", published="2023-08-08")
    assert all((e["location"] or {}).get("country") != "IT" for e in events)


@pytest.mark.parametrize("text, sub, killed", [
    # "after" an event told with the event's own day is the event, not context
    ("Five soldiers were killed after their vehicle struck a landmine near Djibo on Sunday, the army said.",
     "Remote explosive/landmine/IED", 5),
    ("On 5 March 2024, four people were killed after Russian missiles struck Odesa on Friday.",
     "Shelling/artillery/missile attack", 4),
    # running tallies are no toll of the event
    ("Five soldiers were killed in an ambush near Djibo, bringing the toll this year to 120.", "Armed clash", 5),
    # a claim with a place or an attack of its own is another event
    ("On 5 March 2024, JNIM attacked a post near Menaka, killing 4 soldiers. The army claimed 30 militants were "
     "killed in the fighting.", "Armed clash", 4),
    ("10/07/2016: Assailants attacked a Somali National Army (SNA) base in Dhamas, Gedo, Somalia. At least five "
     "soldiers and an unknown number of assailants were killed in the fighting. Al-Shabaab claimed responsibility "
     "for the incident and stated that 14 soldiers had been killed.", "Armed clash", 5),
    ("On 15 March 2024, gunmen kidnapped five hostages in Patikul, Sulu. Three more hostages were beheaded on "
     "March 20.", "Attack", 3),
])
def test_nineteenth_review_types_and_tolls(extract, text, sub, killed):
    events = extract(text, published="2024-03-06")
    assert [(e["acled_sub_event_type"], (e["killed"] or {}).get("low")) for e in events] == [(sub, killed)]


@pytest.mark.parametrize("text, wrong", [
    ("Bodies of 12 missing migrants found off Libya coast after boat capsized", "Attack"),
    ("Israeli general strikes defiant tone on Gaza", "Peaceful protest"),
    ("Two state-owned banks merged into a new holding group.", "Change to group/activity"),
])
def test_nineteenth_review_no_such_event(extract, text, wrong):
    assert all(e["acled_sub_event_type"] != wrong for e in extract(text, published="2024-03-06"))


def test_a_death_in_an_accident_is_no_toll(extract):
    events = extract("Protesters marched in Nairobi. A soldier died in a road accident while responding.",
                     published="2024-03-06")
    assert all(e["killed"] is None for e in events)


@pytest.mark.parametrize("text, injured", [
    ("Gunmen opened fire in a market, wounding 6 people, including two of the attackers. The two wounded attackers "
     "were arrested.", 6),
    ("Gunmen killed three people. Five were also wounded. Two of the wounded were also shot in the legs.", 5),
    ("Gunmen shot a judge in Quetta. His son, who was wounded in a 2017 attack, was not hurt.", None),
])
def test_nineteenth_review_hurt_counted_once(extract, text, injured):
    # (the 2017 attack the son was wounded in is told as a background event of its own)
    [event] = [e for e in extract(text, published="2024-03-06") if not e["background"]]
    assert (event["injured"] or {}).get("low") == injured


@pytest.mark.parametrize("text, country", [
    ("On 5 March 2024, soldiers shot dead two gang members in El Salvador.", "SV"),
    ("Five killed in Hema raid", None),
    ("Malian soldiers among 15 dead in Boni ambush", "ML"),
    ("Two Killed In Ga. Church Shooting", "US"),
    ("Gunmen attacked worshippers at the church of Jesus Christ in Owo, killing five.", "NG"),
])
def test_nineteenth_review_places(extract, text, country):
    [event] = extract(text, published="2024-03-06")
    assert (event["location"] or {}).get("country") == country


def test_a_mob_is_who_does_the_burning(extract):
    [event] = extract("On 5 March 2024, youths in Bamenda collected old tyres and set them on fire on the main road.",
                      published="2024-03-06")
    assert event["acled_sub_event_type"] != "Mob violence"


@pytest.mark.parametrize("text, sub", [
    # an event of its own told "after" an act is context; a toll's cause, the other side of the
    # encounter ("after he opened fire") and a noun ("after heavy fighting") are not
    ("On 5 March 2024, a military jet dropped two bombs on Kyauktaw (Kyauktaw, Rakhine) after the AA captured a "
     "nearby police outpost.", "Air/drone strike"),
    ("On 8 September 2021, in Mandeville, Manchester, police shot and killed an alleged gunman after he opened "
     "fire on a police team during an operation.", "Armed clash"),
    ("On 8 June 2022, the AA seized Kyauktaw (Kyauktaw, Rakhine) after heavy fighting.",
     "Non-state actor overtakes territory"),
    ("On 5 March 2024, the army clashed with ISWAP militants who had attempted to overrun a military base in "
     "Marte (Marte, Borno).", "Armed clash"),
    ("On 5 March 2024, police arrested an alleged NPA finance officer in Daet (Daet, Camarines Norte), recovering "
     "a hand grenade and a .45 caliber pistol.", "Arrests"),
    ("On 5 March 2024, a Turkish drone reportedly struck a vehicle near Qamishli (Qamishli, Al Hasakah), killing "
     "two.", "Air/drone strike"),
    ("On 5 March 2024, the ELN announced an armed strike in Arauca (Arauca, Arauca) and ordered the population to "
     "stay at home.", "Change to group/activity"),
    ("04/30/2021: Assailants attacked a customs post in Tessalit, Kidal, Mali. The assailants seized weapons and "
     "a vehicle before fleeing. No casualties were reported.", "Attack"),
])
def test_round_26_sub_event_types(extract, text, sub):
    [event] = extract(text, published="2024-03-06")
    assert event["acled_sub_event_type"] == sub


def test_a_relative_clause_of_the_past_is_no_background(extract):
    [event] = extract("On 5 March 2024, the Myanmar military recaptured a police outpost near Kyeintali (Gwa, Rakhine) "
                      "that had been seized by the AA earlier that week.", published="2024-03-06")
    assert (event["acled_sub_event_type"], event["background"]) == ("Government regains territory", False)


@pytest.mark.parametrize("text, killed, injured", [
    ("Gunmen shot and killed an Iraqi refugee and his teenage son.", 2, None),
    ("Attackers hacked to death a Sufi preacher and his two disciples.", 3, None),
    ("Gunmen attacked a bus, wounding 9 people (3 of them police officers). Two of the wounded died the following "
     "day.", 2, 7),
])
def test_round_26_tolls(extract, text, killed, injured):
    [event] = extract(text, published="2024-03-06")
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, name, country", [
    ("2019: Gunmen set fire to a school near Tonga, Cameroon, killing two.", "Tonga", "CM"),
    ("2019: A roadside bomb exploded on a road in Ban Nang Sata, Yala, killing two rangers.", "Ban Nang Sata", "TH"),
    ("Mozambique insurgents strike Niassa village near Insaca, residents flee", "Insaca", "MZ"),
])
def test_round_26_places(extract, text, name, country):
    [event] = extract(text, published="2019-06-01")
    assert (event["location"]["name"], event["location"]["country"]) == (name, country)


def test_a_handover_told_after_the_capture_is_the_same_story(extract):
    [event] = extract("On 12 August 2021, Taliban fighters took control of Ghazni city (Ghazni, Ghazni) after the "
                      "provincial governor surrendered without a fight.", published="2021-08-13")
    assert event["acled_sub_event_type"] == "Non-violent transfer of territory"


@pytest.mark.parametrize("text, sub, killed", [
    ("On 3 March 2024, the soldier died in a car bomb attack in Mogadishu.", "Remote explosive/landmine/IED", 1),
    ("A suicide bomber struck a restaurant in Mogadishu on Sunday, killing 3 people. Al Shabaab claimed "
     "responsibility for an attack on the restaurant, saying 10 were killed.", "Suicide bomb", 3),
    ("On 3 March 2024, a suicide bomber struck a market in Kidal, killing 4. Three more victims died on Monday, "
     "bringing the death toll so far to 7.", "Suicide bomb", 7),
    ("Police fired tear gas at protesters in Nairobi after the demonstrators threw stones.",
     "Violent demonstration", None),
])
def test_twentieth_review(extract, text, sub, killed):
    events = extract(text, published="2024-03-06")
    assert [(e["acled_sub_event_type"], (e["killed"] or {}).get("low")) for e in events] == [(sub, killed)]


@pytest.mark.parametrize("text", ["Rebels Strike Deal With Government In Juba",
                                  "On 5 March 2024, the governor announced armed strikes against the ELN would "
                                  "continue in Arauca."])
def test_twentieth_review_no_event(extract, text):
    assert all(e["acled_sub_event_type"] not in ("Attack", "Change to group/activity")
               for e in _read(extract(text, published="2024-03-06")))


def test_people_tied_up_and_set_ablaze_are_attacked(extract):
    [event] = extract("On 5 March 2024, villagers in Bunia said ADF fighters tied up three farmers and set them ablaze.",
                      published="2024-03-06")
    assert (event["acled_sub_event_type"], [a["name"] for a in event["actors"]]) == (
        "Attack", ["ADF: Allied Democratic Forces"])


@pytest.mark.parametrize("text, killed, injured", [
    # An age is no figure.
    ("A herder aged 15 was beheaded by militants near Sbeitla.", 1, None),
    ("Karim, 23, and his cousin were shot dead in Herat.", 2, None),
    # Who a victim was, told with "of ...": the imam of a mosque, the mayor of a town and its chain.
    ("Gunmen killed the muezzin of the old mosque and his three sons in Djenne.", 4, None),
    ("02/03/1982: Assailants shot and killed Luis Ortega, the mayor of Jocoro, Morazan, El Salvador, and his "
     "driver as they left church.", 2, None),
    ("Gunmen attacked a vaccination team in Lakki, shooting dead three female health workers and the guard "
     "escorting them.", 4, None),
    # A further group told with "as were", the attackers all killed, the hurt who survived.
    ("10/23/2016: Two suicide bombers detonated at a checkpoint in Hit, Al Anbar, Iraq. Five policemen were "
     "killed, as were both bombers, and 9 policemen were wounded.", 7, 9),
    ("12/24/2018: Three assailants stormed a bank in Jalalabad, Nangarhar, Afghanistan, before police killed "
     "all of the assailants. Two guards were killed and five people were injured.", 5, 5),
    ("Rebels raided a village near Beni, hacking nine people to death. Four others, including a child, survived "
     "with wounds.", 9, 4),
    # One of the hurt who died later.
    ("11/04/2016: A car bomb detonated near a police station in Cizre, Sirnak, Turkey. Two officers were "
     "killed and 20 people were injured. A shopkeeper, who was among the injured, later died in hospital.", 3, 19),
])
def test_round_27_tolls(extract, text, killed, injured):
    [event] = extract(text, published="2024-03-06")
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, sub", [
    ("05/06/1985: Assailants dynamited a bridge near Chinameca, San Miguel, El Salvador. There were no casualties.",
     "Remote explosive/landmine/IED"),
    ("On 2 March 2023, gang members intercepted three buses on the road near Mirebalais (Mirebalais, Centre) "
     "and looted the passengers' belongings.", "Looting/property destruction"),
    ("On 2 March 2023, air defences intercepted six drones over Odesa (Odeska).", "Disrupted weapons use"),
    ("On 4 August 2021, Israeli warplanes flew at low altitude over Bint Jbeil (Bint Jbeil, Nabatieh) and broke "
     "the sound barrier.", "Other"),
    ("On 4 August 2021, Israeli warplanes flew over Khan Younis (Khan Younis, Gaza Strip) and struck a "
     "training site.", "Air/drone strike"),
    ("On 6 February 2023, farmers staged a dharna outside the collectorate in Sehore (Sehore, Madhya Pradesh) "
     "demanding crop insurance.", "Peaceful protest"),
    ("On 6 February 2023, Awami League activists brought out a procession in Bogura (Bogura, Rajshahi) in "
     "support of the government.", "Peaceful protest"),
    ("On 6 February 2023, students held a sit-in in Agartala (West Tripura, Tripura) protesting against "
     "recent attacks on teachers.", "Peaceful protest"),
    ("On 9 January 2024, KNDF fighters captured a police station in Mese (Mese, Kayah) after heavy fighting. "
     "2 fatalities.", "Non-state actor overtakes territory"),
    ("On 9 January 2024, police captured a suspect near the police station in Mese (Mese, Kayah).", "Arrests"),
])
def test_round_27_types(extract, text, sub):
    events = [e for e in extract(text, published="2024-03-06") if not e["background"]]
    assert [e["acled_sub_event_type"] for e in events] == [sub]


def test_a_funeral_procession_is_no_protest(extract):
    assert not any(e["event"] == "PROTEST" for e in extract(
        "On 6 February 2023, villagers took out a funeral procession for the victims in Bogura (Bogura, Rajshahi).",
        published="2024-03-06"))


def test_a_kidnap_victim_found_dead_is_killed(extract):
    [event] = extract("Gunmen abducted a trader in Gusau on Monday. The body of the trader was found two days later.",
                      published="2024-03-06")
    assert event["killed"]["low"] == 1


def test_a_village_placed_in_another_province_is_a_namesake(extract):
    [event] = extract("07/05/1993: Assailants attacked the village of Yenikonak near Cemisgezek, Tunceli, Turkey. "
                      "Nine village guards were killed.", published="1993-07-06")
    assert (event["location"]["admin1"], event["location"]["country"]) == ("Tunceli", "TR")


@pytest.mark.parametrize("text, killed, injured", [
    # A list of ages is no figure.
    ("Militants killed two men aged 30 and 32 in Kunar.", 2, None),
    ("Five men, aged 18 to 25, were killed by gunmen in Zamfara on Tuesday.", 5, None),
    # "as was/were" adds people only, and no vague word.
    ("Two policemen were killed in the blast in Quetta, as was reported earlier.", 2, None),
    ("Two people were killed in the shelling of Kharkiv, as was a goat.", 2, None),
    ("Two people were killed when the mosque was damaged, as were three shops.", 2, None),
    # Nobody hurt who escaped with no injuries.
    ("Gunmen ambushed a bus near Kidal on Monday; twelve passengers escaped with no injuries.", None, None),
    # A name after a town's chain is a person.
    ("Gunmen shot dead the chief of Kuru, Danjuma Musa, Audu Bala, and two farmers in Jos.", 4, None),
    # Attackers already told dead are not counted again.
    ("01/02/2020: Five militants attacked a checkpoint in Gao, Mali; two militants were killed at the gate, "
     "and troops later killed all of the militants.", 2, None),
])
def test_twenty_first_review_tolls(extract, text, killed, injured):
    [event] = [e for e in extract(text, published="2024-03-06") if not e["background"]]
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text", [
    "Police arrested a man suspected of the bombing in Kano. He was found dead in his cell.",
    "Thousands took out an Eid procession in Karachi on Friday.",
    "The family took out a victory procession in Patna after the election.",
    "Prime Minister Sharif flew over the flood-affected districts of Sindh in a helicopter.",
    "Morocco won the penalty shootout against Spain in Doha.",
    "Fishermen dynamited the reef near Goma.",
])
def test_twenty_first_review_no_event(extract, text):
    assert [e["acled_sub_event_type"] for e in extract(text, published="2024-03-06")
            if e["event"] in ("PROTEST", "THREATEN") or e["acled_sub_event_type"] in
            ("Armed clash", "Remote explosive/landmine/IED") or (e["killed"] or {}).get("low")] == []


@pytest.mark.parametrize("text, sub", [
    ("Troops intercepted a car bomb at a checkpoint in Mogadishu.", "Disrupted weapons use"),
    ("Soldiers intercepted an explosives-laden truck near Maiduguri.", "Disrupted weapons use"),
    ("Students brought out a torchlight procession in Dhaka demanding justice for the victims.", "Peaceful protest"),
    ("Gunmen killed five villagers in Zamfara before dying in a shootout with police.", "Attack"),
    ("Russian jets flying over Idlib bombed a market, killing 12.", "Air/drone strike"),
])
def test_twenty_first_review_types(extract, text, sub):
    assert extract(text, published="2024-03-06")[0]["acled_sub_event_type"] == sub


def test_a_group_with_jihad_in_its_name_is_no_al_qaeda_in_iraq(extract):
    events = extract("Tawhid and Jihad claimed the kidnapping of an Italian activist in Gaza.", published="2024-03-06")
    assert all(a["name"] != "AQI: Al Qaeda in Iraq" for e in events for a in e["actors"])


def test_the_believed_dead_are_no_perpetrator(extract):
    events = extract("Two soldiers are believed to have been killed in the attack on the base in Kidal.",
                     published="2024-03-06")
    assert all("killed" not in a["name"] for e in events for a in e["actors"])


@pytest.mark.parametrize("text, group", [
    # Men a group's name follows are the group's own, not unidentified men besides it.
    ("Armed men of the CJNG attacked a police convoy in Aguililla, Michoacan, killing four officers.",
     "CJNG: Jalisco New Generation Cartel"),
    ("Gunmen from Al Shabaab attacked a police station in Mandera, killing four officers.", "Al Shabaab"),
    ("Fighters belonging to the ADF attacked the village of Mamove, killing 12 civilians.",
     "ADF: Allied Democratic Forces"),
])
def test_a_groups_men_are_the_group(extract, text, group):
    [event] = extract(text, published="2021-07-12")
    assert [a["name"] for a in event["actors"]] == [group]


def test_a_drone_launched_from_a_country_is_not_its_army(extract):
    [event] = extract("Drone launched from Yemen strikes Saudi airport in Abha", published="2021-07-12")
    assert event["actors"] == []


def test_villages_the_tagger_calls_people_are_no_actors(extract):
    [event] = extract("An IED exploded on the road between Kanhargaon and Kadenar villages in Narayanpur district, "
                      "killing five.", published="2021-03-23")
    assert event["actors"] == []


@pytest.mark.parametrize("text, sub", [
    # "Allegedly" is the source's caution about an act it reports, not a cause.
    ("On 3 May 2022, two SSPDF soldiers allegedly raped a girl in Yei town (Yei, Central Equatoria).", "Sexual violence"),
    ("On 3 May 2022, police arrested a man who allegedly raped a girl in Yei town (Yei, Central Equatoria).", "Arrests"),
    ("On 3 May 2022, a soldier was arrested for allegedly raping a girl in Yei.", "Arrests"),
    # Rapes told apart from a deadly raid are part of the attack.
    ("On 23 October 2024, RSF fighters raided Rufaa town (Rufaa, Al Jazirah), killing at least 52 civilians "
     "and looting homes. Women were also raped during the raid. 52 fatalities.", "Attack"),
])
def test_round_28_types(extract, text, sub):
    assert extract(text, published="2024-10-25")[0]["acled_sub_event_type"] == sub


def test_dotted_initials_keep_the_figure_and_an_address_country_does_not_act(extract):
    [event] = extract("05/03/1987: Assailants attacked a U.S. military convoy near Comayagua, Honduras. "
                      "Three U.S. soldiers were slightly injured; no one was killed.")
    assert event["injured"]["low"] == 3
    assert [a["name"] for a in event["actors"]] == ["Unidentified Armed Group (Honduras)"]


@pytest.mark.parametrize("text, killed, injured", [
    ("05/03/1989: Assailants shot and killed an agronomist and his driver near Ayacucho, Peru.", 2, None),
    # "them": as many as were told before.
    ("05/03/1989: Assailants stopped a bus near Huanta, Ayacucho, Peru, separated eleven men from the "
     "other passengers and shot them dead.", 11, None),
    ("On 8 April 2023, JNIM militants abducted 4 villagers in Dioura (Tenenkou, Mopti) and killed them.", 4, None),
    # The one victim beside the attacker who killed herself.
    ("2018: A woman detonated a bomb in her house in Sibolga, killing herself and her two year old son.", 1, None),
    # Stabbed at a place, one of them dying later: one dead, one hurt.
    ("2017: Two women were stabbed at a bus stop in Nantes; one of them died of her injuries a week later.", 1, 1),
])
def test_round_28_tolls(extract, text, killed, injured):
    event = extract(text, published="2024-03-06")[0]
    assert (event["killed"] or {}).get("low") == killed and (event["injured"] or {}).get("low") == injured


def test_hostages_found_dead_later_are_the_incidents_dead(extract):
    [event] = extract("10/11/1994: Assailants abducted two teachers in Pattani, Thailand. Both teachers were "
                      "found shot dead on October 14, 1994.")
    assert event["killed"]["low"] == 2 and event["date"]["start"] == "1994-10-11"


@pytest.mark.parametrize("text, sub", [
    ("On 3 May 2023, regime forces set up a new military checkpoint at the entrance of Salakhid (Salkhad, As-Sweida).",
     "Headquarters or base established"),
    # A riot the charge names is no riot.
    ("On 3 May 2023, the GKNB detained three local activists in Osh (Osh, Osh) on charges of calling for mass riots.",
     "Arrests"),
    # Some drones stopped, one through: a strike.
    ("On 6 May 2025, RSF drones targeted a fuel depot near the port of Suakin (Suakin, Red Sea). Air defences "
     "intercepted several drones, but one hit a fuel storage tank, causing a large fire. 0 fatalities.", "Air/drone strike"),
    # Tear gas canisters are no gas accident.
    ("On 8 May 2020, Israeli forces fired tear gas canisters and rubber-coated metal bullets at youths in Beit Ummar, "
     "injuring 1 youth.", "Attack"),
])
def test_round_28_strategic_and_remote(extract, text, sub):
    assert extract(text, published="2025-05-06")[0]["acled_sub_event_type"] == sub


def test_an_accidental_blast_is_no_attack(extract):
    assert extract("A gas cylinder exploded in a restaurant in Lahore, injuring three people.", published="2023-05-03") == []


def test_a_drones_owner_acts(extract):
    [event] = extract("A drone of the Turkish army flew over a village near Zakho and dropped a bomb on a car.",
                      published="2024-03-05")
    assert event["acled_sub_event_type"] == "Air/drone strike"
    assert [a["name"] for a in event["actors"]] == ["Military Forces of Turkey"]


@pytest.mark.parametrize("text, killed", [
    ("Residents said 5 soldiers arrived, rounded up the villagers and executed them.", None),
    ("Residents caught three thieves and killed them in Kisii.", 3),
])
def test_them_is_the_victims_told(extract, text, killed):
    event = extract(text, published="2024-03-05")[0]
    assert (event["killed"] or {}).get("low") == killed


def test_bodies_of_an_unrelated_attack_keep_their_day(extract):
    events = extract("05/03/1992: Guerrillas abducted two engineers in Cauca, Colombia. The bodies of two policemen "
                     "killed in an unrelated ambush were found on May 9.")
    assert all(e["killed"] is None for e in events if e["date"]["start"] == "1992-05-03")


def test_a_rape_victim_killed_after_is_still_sexual_violence(extract):
    [event] = extract("Between 28 and 30 July 2023, RSF fighters reportedly raped at least 7 women and girls who were "
                      "fetching firewood near Tawilla (Tawilla, North Darfur). One of the women was killed when she "
                      "resisted. 1 fatality.", published="2023-08-01")
    assert event["acled_sub_event_type"] == "Sexual violence"


def test_a_stabbing_victim_who_died_later_leaves_the_hurt(extract):
    [event] = extract("A man armed with a knife attacked shoppers in Hameln, stabbing five people, including 2 children. "
                      "One of the wounded, a 71-year-old woman, died in hospital three days later.", published="2019-01-01")
    assert (event["killed"]["low"], event["injured"]["low"]) == (1, 4)


@pytest.mark.parametrize("text, sub", [
    ("On 14 January 2024, a group of depositors gathered in front of the residence of the central bank governor in "
     "Beirut (Beirut, Beirut), demanding access to their frozen savings. [size=around 50]", "Peaceful protest"),
    # Growers blocking a road protest; the extortion they denounce is their cause; a removed blockade intervenes.
    ("On 14 January 2024, avocado growers blocked the Uruapan-Paracuaro highway (Uruapan, Michoacan) to denounce "
     "extortion by cartels. The National Guard removed the blockade in the afternoon.", "Protest with intervention"),
    ("On 14 January 2024, Ukrainian forces cleared Kruhliakivka (Kupiansk, Kharkiv) of Russian infiltration groups.",
     "Government regains territory"),
    ("On 14 January 2024, Nigerian troops engaged armed men who had attacked farm settlements near Gwer (Gwer West, "
     "Benue). Three of the attackers were neutralised. 3 fatalities.", "Armed clash"),
    ("On 14 January 2024, a Russian Shahed-type drone hit an energy facility in Shostka (Shostka, Sumy). Several other "
     "drones were shot down. 0 fatalities.", "Air/drone strike"),
])
def test_round_29_types(extract, text, sub):
    assert extract(text, published="2024-01-15")[0]["acled_sub_event_type"] == sub


def test_leaving_a_council_is_no_withdrawal_from_territory(extract):
    events = extract("On 14 January 2024, commanders announced that they had withdrawn from the Deir Ez-Zor Military "
                     "Council and joined the tribal forces in Thiban (Mayadin, Deir-ez-Zor).", published="2024-01-15")
    assert all(e["acled_sub_event_type"] != "Non-violent transfer of territory" for e in _read(events))


def test_a_gaza_governorate_is_in_the_gaza_strip(extract):
    [event] = extract("On 14 January 2024, Israeli air strikes hit houses in Umm an Nasr (North Gaza, Gaza Strip), "
                      "killing 6 people. 6 fatalities.", published="2024-01-15")
    assert event["location"]["admin1"] == "Gaza Strip" and event["location"]["lat"] > 31.45


def test_forces_that_defuse_a_device_in_an_incident_summary_respond(extract):
    [event] = extract("05/03/2019: Assailants planted an explosive device outside a police station in Strabane, "
                      "Tyrone, United Kingdom. Army bomb disposal experts made the device safe.")
    assert [a["name"] for a in event["actors"]] == ["Unidentified Armed Group (United Kingdom)"]


def test_an_acled_note_keeps_the_defusers_as_actors(extract):
    [event] = extract("On 3 May 2019, police defused an IED planted on the road near Gubio (Gubio, Borno).")
    assert [a["name"] for a in event["actors"]] == ["Police Forces of Nigeria"]


@pytest.mark.parametrize("text, name, killed, injured", [
    # The motive's place is not where it happened; "one of them fatally" splits the struck.
    ("2019: A man stabbed three people in Wakefield, one of them fatally, while shouting about revenge for Syria.",
     "Wakefield", 1, 2),
    # Victims named by what they were doing make no protest of their own in an incident summary.
    ("05/03/2019: A man drove a vehicle into a crowd of protesters in Charlottesville, Virginia, United States. "
     "Three protesters were injured.", "Charlottesville", None, 3),
    ("05/03/2019: Assailants abducted three fishermen from their boat off Sitangkai, Tawi-Tawi, Philippines.",
     "Sitangkai", None, None),
    ("05/03/2019: Assailants attacked a checkpoint in Ghoryan district, Herat, Afghanistan. Four soldiers were killed.",
     "Ghoriyan", 4, None),
])
def test_round_29_summaries(extract, text, name, killed, injured):
    events = extract(text, published="2019-05-03")
    assert len(events) == 1
    event = events[0]
    assert event["location"]["name"] == name
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_others_executed_later_add_to_the_toll(extract):
    [event] = extract("05/03/1989: Assailants attacked a police post in Uchiza, San Martin, Peru. Nine police officers "
                      "were killed in the fighting and three others who had surrendered were later executed.")
    assert event["killed"]["low"] == 12


def test_an_attack_bearing_a_groups_signature_suspects_it(extract):
    [event] = extract("05/03/2016: Assailants detonated a bomb at a mosque in Marawi, Lanao del Sur, Philippines. "
                      "The attack bore the signature of the Maute Group.")
    assert event["attribution"]["status"] == "suspected"


@pytest.mark.parametrize("text, killed, injured", [
    # "The bombers" are as many as were told before: GTD counts them among the dead.
    ("03/01/2019: Two suicide bombers attacked a mosque in Maiduguri, Borno, Nigeria. The bombers and five "
     "worshippers were killed.", 7, None),
    ("03/01/2019: Two suicide bombers attacked a mosque in Maiduguri, Borno, Nigeria. Five worshippers and the "
     "bombers were killed.", 7, None),
    ("03/01/2019: A suicide bomber attacked a mosque in Maiduguri, Borno, Nigeria. The bomber and five "
     "worshippers were killed.", 6, None),
    # A further act on someone else: the passer-by shot dead is not one of the officers stabbed.
    ("03/01/2019: Assailants stabbed two police officers and shot dead a passer-by in Kano, Kano, Nigeria.", 1, 2),
    ("03/01/2019: A man stabbed four people in a market in Kano, Kano, Nigeria, killing two.", 2, 2),
    # One hostage found dead is one killed; one released is none.
    ("03/01/2019: Unknown gunmen kidnapped a businessman in Kaduna, Kaduna, Nigeria. He was found dead two days "
     "later.", 1, None),
    ("03/01/2019: Unknown gunmen kidnapped a teacher in Kaduna, Kaduna, Nigeria. His body was found a week later.",
     1, None),
    ("03/01/2019: Unknown gunmen kidnapped a teacher in Kaduna, Kaduna, Nigeria. He was released a week later.",
     None, None),
])
def test_round_30_tolls(extract, text, killed, injured):
    [event] = extract(text)
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, country", [
    # "Poli road in Mombasa" is a street of Mombasa (Poli is a Tanzanian town); "Auchi road in Edo
    # state" leads to Auchi.
    ("Police fired tear gas at protesters on Poli road in Mombasa on Tuesday.", "KE"),
    ("Gunmen kidnapped three travellers on Auchi road in Edo state on Tuesday.", "NG"),
])
def test_a_road_named_in_a_town_is_the_towns(extract, text, country):
    [event] = extract(text)
    assert event["location"]["country"] == country


@pytest.mark.parametrize("text, killed", [
    # Headlines name a victim by nationality, without an article.
    ("Israeli troops shoot dead Palestinian man near Jenin", 1),
    ("Israeli forces kill Palestinian teen in West Bank raid", 1),
    ("Police shoot dead Nigerian student in Lagos", 1),
    ("Soldiers kill Iraqi near Kirkuk", 1),
])
def test_a_headlines_victim_named_by_nationality_is_one(extract, text, killed):
    [event] = extract(text, published="2021-06-02")
    assert event["killed"]["low"] == killed


@pytest.mark.parametrize("text, sub", [
    # One missile through and "another" shot down: the strike is the event.
    ("On 2 May 2024, a Russian missile struck a power substation near Kovel (Kovelskyi, Volyn). No casualties "
     "were reported. Air defences shot down another missile over the region.", "Shelling/artillery/missile attack"),
    # "Russian-occupied" says who held the village, not that anyone took it.
    ("On 3 May 2024, Ukrainian forces shelled the Russian-occupied village of Vasylivka (Vasylivskyi, "
     "Zaporizhia), injuring a civilian.", "Shelling/artillery/missile attack"),
    # A blockade without the word "protest" is one; police who clear it intervene.
    ("On 4 May 2024, about 40 farmers with tractors occupied a roundabout at the entrance of Haguenau "
     "(Bas-Rhin, Grand Est) against new fuel taxes. The blockade was lifted at night.", "Peaceful protest"),
    ("On 5 May 2024, supporters of the jailed mayor blocked the main highway at the exit of Huancayo "
     "(Huancayo, Junin). Police cleared the blockade with tear gas.", "Protest with intervention"),
    # Youths shot while marching are protesters met with lethal force.
    ("On 6 May 2024, police shot dead a student when they opened fire on young people who were marching "
     "through Molo town (Molo, Nakuru) to mourn a friend.", "Excessive force against protesters"),
    # Police deployed as a precaution are no intervention, nor an event of their own.
    ("On 7 May 2024, onion growers staged a protest near the market yard in Malur (Kolar, Karnataka). Police "
     "were deployed as a precaution and the growers dispersed after officials took their petition.",
     "Peaceful protest"),
])
def test_round_30_acled_types(extract, text, sub):
    events = extract(text, published="2024-05-08")
    assert [e["acled_sub_event_type"] for e in events] == [sub]


def test_a_place_taken_before_is_context_of_its_recapture(extract):
    """"..., which PDF forces had seized the previous week" recalls an earlier capture."""
    [event] = extract("On 2 May 2024, the military recaptured Yebu village (Dawei, Dawei, Tanintharyi), which PDF "
                      "forces had seized the previous week. PDF forces said they withdrew to avoid civilian "
                      "casualties.", published="2024-05-08")
    assert event["acled_sub_event_type"] == "Government regains territory" and not event["background"]


@pytest.mark.parametrize("text, name", [
    # NER runs a name into its chain ("Pelaya (Pelaya"), or calls the town a nationality.
    ("On 25 April 2023, ELN and AGC fighters clashed in a rural area of Pelaya (Pelaya, Cesar).", "Pelaya"),
    ("On 16 September 2024, Russian forces retook Ivanino (Kurchatovsky, Kursk) from Ukrainian forces.", "Ivanino"),
])
def test_round_30_town_before_its_chain(extract, text, name):
    [event] = extract(text, published="2024-09-20")
    assert event["location"]["name"] == name


@pytest.mark.parametrize("text, killed, injured", [
    # Attackers told apart from the toll: GTD counts them among the dead.
    ("10/11/2018: A suicide bomber blew himself up at a wedding in Khost, Khost, Afghanistan. Twelve people were "
     "killed, not counting the bomber, and twenty others were injured.", 13, 20),
    ("03/26/2015: A female suicide bomber detonated explosives at a bus station in Potiskum, Yobe, Nigeria, "
     "killing six travellers besides herself and injuring 9.", 7, 9),
    ("02/11/2019: A suicide car bomber struck a checkpoint near Hajin, Deir ez-Zor, Syria. Three fighters were "
     "killed, and the bomber also died.", 4, None),
    ("03/17/2010: Two suicide bombers attacked a police post in Nazran, Ingushetia, Russia. Besides the bombers, "
     "two police officers were killed.", 4, None),
    # A list of the dead that ends with the attackers.
    ("05/14/2016: Assailants attacked the house of a tribal leader in Tarmiyah, Baghdad, Iraq. The leader, his "
     "brother and two assailants were killed in the gunfight.", 4, None),
    # Victims found later add to the toll told before.
    ("11/20/2019: Rebels attacked Oicha, Beni, North Kivu, Democratic Republic of the Congo, hacking five villagers "
     "to death. Three more victims were found in the bush the next day.", 8, None),
    # A victim hospitalized with wounds was hurt.
    ("05/11/2011: Assailants beat a lawyer outside his office in Jalal-Abad, Jalal-Abad, Kyrgyzstan. He was "
     "hospitalized with a broken jaw.", None, 1),
])
def test_round_30_summary_tolls(extract, text, killed, injured):
    [event] = extract(text)
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_a_claim_of_the_killing_by_phone_is_a_claim(extract):
    """"claimed the killing in a phone call to reporters": a claim, and no talks."""
    events = extract("06/18/2012: Taliban insurgents abducted a district official in Gardez, Paktia, Afghanistan. "
                     "His body was found a week later. Taliban spokesman Zabihullah Mujahid claimed the killing in a "
                     "phone call to reporters.")
    assert [e["event"] for e in events] == ["ASSAULT"]
    assert events[0]["attribution"]["status"] == "claimed"


def test_an_editorial_headline_tells_the_event_it_is_about(extract):
    """An editorial on a killing is cited as a report of it (GTD cites such headlines)."""
    [event] = extract("Editorial: The killing of Khairpur's imam demands answers", published="2021-02-20")
    assert event["event"] == "ASSAULT"


@pytest.mark.parametrize("text, killed, injured", [
    # Found by a review of the round-30 rules: a suspect killed is not the hostages' toll; people
    # found alive add nobody; attackers who escaped are not counted; "one of the attackers" is one;
    # "the younger woman" is one of the two stabbed.
    ("05/05/2019: Gunmen abducted 10 passengers on the highway near Lokoja, Kogi, Nigeria. Police arrested a "
     "suspect; he was later killed while trying to escape.", None, None),
    ("11/20/2019: Rebels attacked Oicha, Beni, North Kivu, Democratic Republic of the Congo, killing five "
     "villagers. Twenty more villagers were later found in a neighbouring village, where they had fled.", 5, None),
    ("05/05/2019: Gunmen stormed a church in Ouagadougou, Kadiogo, Burkina Faso, killing eight people, "
     "excluding the attackers, who escaped.", 8, None),
    ("09/10/2019: Four gunmen stormed a hotel in Mogadishu, Banaadir, Somalia. One of the attackers and five "
     "guests were killed.", 6, None),
    ("03/01/2019: A man stabbed two women and shot dead the younger woman in Kano, Kano, Nigeria.", 1, 1),
])
def test_round_30_review_tolls(extract, text, killed, injured):
    [event] = extract(text)
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, subs", [
    # Armed men marching are no protesters (what the army did to them is typed elsewhere); fighters
    # blocking a road are no protest.
    ("On 5 March 2024, hundreds of ISWAP fighters blocked the highway near Monguno (Monguno, Borno).", []),
    # Troops sent elsewhere are news of their own, not the policing of a protest told before.
    ("On 5 March 2024, hundreds of teachers protested in Lviv over pay. Meanwhile, the army deployed additional "
     "troops to the border.", ["Peaceful protest", "Change to group/activity"]),
    # "re-occupied" is a capture; "retook ... from ANA forces" in 2020 was the Taliban's, then insurgents.
    ("On 5 March 2024, PDF forces re-occupied the town of Kawlin (Kawlin, Sagaing) after fighting with the military.",
     ["Non-state actor overtakes territory"]),
    ("On 5 May 2020, Taliban fighters retook Qadis district centre (Qadis, Badghis) from ANA forces. 6 fatalities.",
     ["Non-state actor overtakes territory"]),
    ("On 5 May 2023, Taliban forces retook Qadis district centre (Qadis, Badghis) from NRF fighters. 6 fatalities.",
     ["Government regains territory"]),
    ("On 5 May 2023, Kitshanga (Masisi, Nord-Kivu) was retaken by the FARDC from M23 rebels. 3 fatalities.",
     ["Government regains territory"]),
])
def test_round_30_review_types(extract, text, subs):
    assert [e["acled_sub_event_type"] for e in _read(extract(text, published="2024-03-06"))] == subs


def test_forces_that_name_a_culprit_claim_nothing(extract):
    [event] = extract("05/05/2019: Assailants detonated a bomb in Kabul, Kabul, Afghanistan. Police claimed the "
                      "attack was carried out by the Taliban.")
    assert event["attribution"]["status"] != "claimed"


def test_a_road_named_like_a_town_is_no_person(extract):
    [event] = extract("Police fired tear gas at protesters on Poli road in Mombasa on Tuesday.", published="2021-06-02")
    assert "Poli" not in [a["name"] for a in event["actors"] + event["recipients"]]


def test_a_group_killed_in_a_headline_is_no_single_victim(extract):
    [event] = extract("Drone strike kills Taliban in Kunduz", published="2021-06-02")
    assert event["killed"] is None


def test_armed_men_marching_are_no_protesters(extract):
    [event] = extract("On 5 March 2024, militants were marching towards Menaka (Menaka, Menaka) when the army "
                      "struck them.", published="2024-03-06")
    assert event["event"] == "ASSAULT" and "protest" not in event["acled_sub_event_type"].lower()


@pytest.mark.parametrize("text, subs", [
    # Round 31. What a protest burns to make its point is no riot.
    ("On 20 September 2020, party cadres staged a demonstration in Lahan (Siraha, Madhesh) demanding a new "
     "constitution, and burnt copies of the old one's preamble and an effigy of the prime minister.",
     ["Peaceful protest"]),
    # Vehicles parked to demand something are a protest; "an end to extortion" is a demand, no looting.
    ("On 17 January 2022, bus drivers parked their vehicles along the highway in Comayagua (Comayagua, "
     "Comayagua) to demand lower fuel prices and an end to extortion by gangs.", ["Peaceful protest"]),
    # A crowd that storms and burns a building riots, however its anger is described.
    ("On 5 July 2021, residents angry over long water and power cuts stormed the town hall in Hermel (Hermel, "
     "Baalbek-Hermel), smashed windows and set fire to furniture.", ["Violent demonstration"]),
    # Settlers stoning Palestinian cars attack civilians.
    ("On 5 September 2023, Israeli settlers threw stones at Palestinian vehicles near Huwara (Nablus, West Bank), "
     "injuring 2 Palestinians.", ["Attack"]),
])
def test_round_31_acled_types(extract, text, subs):
    assert [e["acled_sub_event_type"] for e in extract(text, published="2024-03-06")] == subs


def test_a_two_word_town_before_its_namesake_hamlet(extract):
    """NER tags "Beida" of "Goz Beida": a Chinese hamlet of that name is no match for the town."""
    [event] = extract("Armed men kill three displaced people near Goz Beida camp", published="2021-04-27")
    assert event["location"]["country"] == "TD"


@pytest.mark.parametrize("text", [
    "03/29/2021: Assailants attacked a Volunteers for the Defense of the Homeland (VDP) post in Kaya, "
    "Centre-Nord, Burkina Faso. Three VDP members were killed. No group claimed responsibility for the incident.",
])
def test_a_group_struck_is_no_suspect(extract, text):
    [event] = extract(text)
    assert event["attribution"]["status"] == "unclaimed"


def test_nobody_hurt_is_no_event_of_its_own(extract):
    events = extract("A mosque in Wingate, North Carolina was set on fire overnight. No one was injured.",
                     published="2021-06-30")
    assert [e["status"] for e in events] == ["occurred"]


def test_a_driver_who_died_with_his_car_bomb_is_a_suicide_attack(extract):
    [event] = extract("10/07/2017: An assailant detonated an explosives-laden vehicle at a checkpoint in Hajin, Deir "
                      "ez-Zor, Syria. In addition to the assailant, four SDF fighters were killed.")
    assert "suicide-attack" in event["modes"] and event["killed"]["low"] == 5
    events = extract("10/07/2017: An assailant detonated an explosives-laden vehicle at a checkpoint in Hajin, Deir "
                     "ez-Zor, Syria. Four SDF fighters were killed. The assailant was arrested.")
    assert "suicide-attack" not in events[0]["modes"]


def test_a_group_accused_at_the_end_of_a_sentence_is_suspected(extract):
    [event] = extract("05/19/2021: Assailants detonated a bomb at the house of a ward administrator in Kani, Sagaing, "
                      "Myanmar. No group claimed responsibility; however, the military government accused the People's "
                      "Defense Force (PDF).")
    assert event["attribution"]["status"] == "suspected"


def test_an_acled_note_advancing_towards_its_own_location(extract):
    [event] = extract("On 23 October 2022, Russian forces attempted to advance towards Zalizne (Bakhmut, Donetsk) and "
                      "clashed with Ukrainian forces. Fatalities unknown.", published="2022-10-25")
    assert event["location"]["name"] == "Zalizne"


@pytest.mark.parametrize("text, subs", [
    # Found by a review of the round-31 rules. The state's own forces that take a place in a fight
    # regain it; a penalty retaken is no territory; "-occupied" is no capture, "re-occupied" is.
    ("On 4 May 2023, Malian troops took control of Boni (Douentza, Mopti) after JNIM militants withdrew. 3 fatalities.",
     ["Government regains territory"]),
    ("The penalty was retaken after a VAR review during the match in Kano on Sunday.", []),
    ("Residents fled the M23-occupied town of Bunagana on Monday.", []),
    # A clause about the place where men smashed things is no crowd's riot.
    ("Workers at the factory where masked men smashed the machines said they feared for their lives.", []),
    # Soldiers posted at a protest are its policing; forces fired on from across a line are attacked.
    ("Hundreds protested peacefully in Dakar. Soldiers were deployed outside the courthouse.", ["Peaceful protest"]),
    ("An Indian army post came under fire from Pakistani troops along the Line of Control in Poonch on Monday.",
     ["Armed clash"]),
    ("Police came under fire from families of the victims in Mexico City over their handling of the case.", []),
])
def test_round_31_review_types(extract, text, subs):
    assert [e["acled_sub_event_type"] for e in extract(text, published="2023-05-06")] == subs


def test_forces_under_fire_are_the_recipients(extract):
    [event] = extract("An Indian army post came under fire from Pakistani troops along the Line of Control in Poonch "
                      "on Monday.", published="2023-05-06")
    assert [a["name"] for a in event["actors"]] == ["Military Forces of Pakistan"]
    assert [a["name"] for a in event["recipients"]] == ["Military Forces of India"]


@pytest.mark.parametrize("text, status", [
    # The Taliban claimed attacks before they held the state; an accusation with no group after it
    # names no suspect (least of all the accuser).
    ("07/04/2018: A bomb exploded at a market in Kabul, Kabul, Afghanistan. The Taliban claimed the attack was "
     "in retaliation for raids.", "claimed"),
    ("05/03/2023: Unidentified gunmen killed three soldiers in Monywa, Sagaing, Myanmar. The military accused "
     "Aung San Suu Kyi.", "unknown"),
])
def test_round_31_review_attribution(extract, text, status):
    [event] = extract(text)
    assert event["attribution"]["status"] == status


@pytest.mark.parametrize("text, suicide, killed", [
    # A car bomb set off from afar, its driver later shot, is no suicide attack.
    ("08/07/2017: An assailant parked and remotely detonated an explosives-laden vehicle at a checkpoint in "
     "Mogadishu, Banaadir, Somalia, killing six soldiers. Police later killed the assailant.", False, 7),
    # Attackers left out of a toll but shot dead are counted by GTD.
    ("06/01/2016: Gunmen attacked a hotel in Mogadishu, Banaadir, Somalia, killing 12 people, excluding the three "
     "gunmen, who were shot dead by police.", False, 15),
])
def test_round_31_review_summaries(extract, text, suicide, killed):
    [event] = extract(text)
    assert ("suicide-attack" in event["modes"], event["killed"]["low"]) == (suicide, killed)


def test_a_further_victim_of_a_stabber_who_then_shoots(extract):
    [event] = extract("A man stabbed three people and shot dead a police officer in Lyon on Sunday.",
                      published="2023-05-06")
    assert (event["killed"]["low"], event["injured"]["low"]) == (1, 3)


@pytest.mark.parametrize("text, killed, injured", [
    # Round 32: victims told by a definite or possessive phrase, with no figure.
    ("03/14/2021: Assailants shot and killed the mukhtar of a village near Qaraqosh, Nineveh, Iraq.", 1, None),
    ("06/02/2021: An explosive device planted in a car detonated in Hajin, Deir ez-Zor, Syria. The blast killed "
     "the car's owner, a tribal commander, and wounded his two sons.", 1, 2),
    ("06/01/2021: Assailants opened fire on the car of a retired judge in Ntinda, Kampala, Uganda. The judge's "
     "daughter and his driver were killed and the judge was injured.", 2, 1),
    ("Two gunmen took a family hostage in a house in Kizlyar, Dagestan. The owner of the house was killed and two "
     "children were wounded.", 1, 2),
    # A hostage executed on a later day belongs to the kidnapping.
    ("02/14/2021: Assailants abducted three civilians from their homes in Rafah, North Sinai, Egypt. One of them "
     "was executed on February 20, 2021.", 1, None),
])
def test_round_32_tolls(extract, text, killed, injured):
    [event] = extract(text)
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, subs", [
    # Round 32: a crowd that "gathered near" a place "demanding" something protests; soldiers who
    # "encountered" rebels clashed with them.
    ("On 2 May 2020, stranded migrant workers gathered near the Mangaluru (Dakshina Kannada, Karnataka) bus stand "
     "demanding transport to their home states. [size=about 150]", ["Peaceful protest"]),
    ("On 16 April 2021, soldiers of the 54th Infantry Battalion encountered about 15 NPA rebels in Kibungan "
     "(Benguet, Cordillera). One rebel was killed. 1 fatality.", ["Armed clash"]),
])
def test_round_32_acled_types(extract, text, subs):
    assert [e["acled_sub_event_type"] for e in extract(text, published="2021-04-20")] == subs


@pytest.mark.parametrize("text, country", [
    # "Roma homes" are the Roma's; a town NER called an organisation is a place when it is "in" it.
    ("Arson attack on Roma homes in Badovinci under investigation", "RS"),
])
def test_round_32_headline_places(extract, text, country):
    [event] = extract(text, published="2021-04-15")
    assert event["location"]["country"] == country


@pytest.mark.parametrize("text, subs", [
    # Found by a review of the round-32 rules: meeting armed men is no clash unless forces do and
    # fight; officials or clouds that "gathered ... calling for" something are no protest; a place
    # retaken "by al-Shabaab militants after the army withdrew" is not the army's; critics' fire
    # is no attack; troops sent "to fight" elsewhere are no policing of a protest.
    ("Aid workers encountered armed men at a checkpoint near Goma but were allowed through.", []),
    ("Soldiers encountered several armed men in Catarman, Northern Samar, but no shots were fired.", []),
    ("Officials gathered in Geneva calling for new talks.", []),
    ("Clouds gathered in the afternoon, and forecasters were calling for rain.", []),
    ("The village was retaken by al-Shabaab militants after the army withdrew from Mahaday.",
     ["Non-violent transfer of territory"]),
    ("Peacekeepers came under fire from the Lebanese government for their patrols near the border.", []),
    ("Teachers marched in Nairobi. Meanwhile, troops were deployed in Lamu to fight al-Shabaab.",
     ["Peaceful protest", "Change to group/activity"]),
    # A crowd described by a clause before it storms is still a crowd.
    ("Traders whose stalls were demolished stormed the council office in Harare.", ["Violent demonstration"]),
])
def test_round_32_review_types(extract, text, subs):
    assert [e["acled_sub_event_type"] for e in extract(text, published="2024-03-05")] == subs


@pytest.mark.parametrize("text, status", [
    # A movement that says an attack was carried out by someone else claims nothing.
    ("03/12/2023: A bomb exploded at a mosque in Kabul, Kabul, Afghanistan, killing six. The Taliban claimed the "
     "attack was carried out by ISKP.", "unknown"),
])
def test_round_32_review_attribution(extract, text, status):
    [event] = extract(text)
    assert event["attribution"]["status"] == status


def test_a_suicide_bomb_that_killed_by_its_explosion(extract):
    [event] = extract("06/01/2015: An assailant detonated an explosives-laden vehicle at a checkpoint in Mogadishu, "
                      "Banaadir, Somalia. In addition to the assailant, six soldiers were killed by the explosion.")
    assert "suicide-attack" in event["modes"]


def test_a_prisoner_executed_later_keeps_his_own_day(extract):
    """Only after a kidnapping is "one of them was executed on <date>" the incident's own dead."""
    events = extract("02/14/2019: Police arrested three suspects in Tillaberi, Tillaberi, Niger. One of them was "
                     "executed on February 20.")
    assert [e["date"]["start"] for e in events if e["event"] == "ASSAULT"] == ["2019-02-20"]


@pytest.mark.parametrize("text, killed, injured", [
    # Round 33: a victim found later by an ordinal or "another"; one figure for two joined nouns;
    # a car bomb's own driver is not "the driver of" a victim's vehicle.
    ("11/20/2019: Assailants attacked farmers in Zaki Biam, Benue, Nigeria. Seven farmers were killed and the body "
     "of an eighth victim was recovered two days later.", 8, None),
    ("11/20/2019: Assailants attacked farmers in Zaki Biam, Benue, Nigeria. Seven farmers were killed. The body of "
     "another victim was found the next day.", 8, None),
    ("Taliban fighters attacked a checkpoint in Urgun, Paktika. Fourteen police officers and soldiers were killed "
     "and nine wounded.", 14, 9),
    ("A car bomb targeting a convoy of officials exploded in Las Anod, killing nine people. Seventeen were hurt. The "
     "driver of the car also died in the blast.", 9, 17),
])
def test_round_33_tolls(extract, text, killed, injured):
    [event] = extract(text)
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, country", [
    # "Region" alone is no place (a Togolese region's alias had made it one); "Southwest Region"
    # without its hyphen is Cameroon's.
    ("On 2 May 2020, in Puente Alto, Region Metropolitana, residents protested against food shortages.", "CL"),
    ("Separatists attacked a village in the Southwest Region, killing four.", "CM"),
])
def test_round_33_places(extract, text, country):
    [event] = extract(text, published="2020-05-03")
    assert event["location"]["country"] == country


def test_residents_gathered_to_complain_protest(extract):
    [event] = extract("On 2 May 2020, residents of Mamelodi (City of Tshwane, Gauteng) gathered outside the "
                      "councillor's office to complain about food parcels. Police dispersed them with rubber "
                      "bullets.", published="2020-05-03")
    assert event["acled_sub_event_type"] == "Protest with intervention"


@pytest.mark.parametrize("text, actors, recipients", [
    # Found by a review of the round-33 rules: forces that encounter militants act; fire from a
    # named group, a rooftop or across a line is an attack on the forces.
    ("Troops encountered Boko Haram militants near Bama on Monday, killing five of them.",
     ["Military Forces of Nigeria"], ["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]),
    ("A patrol came under fire from the ADF near Beni on Monday.", ["ADF: Allied Democratic Forces"], []),
    ("Police came under fire from a nearby rooftop in Karachi on Monday.", [], ["Police Forces of Pakistan"]),
])
def test_round_33_review_roles(extract, text, actors, recipients):
    [event] = extract(text, published="2024-03-05")
    assert ([a["name"] for a in event["actors"]], [a["name"] for a in event["recipients"]]) == (actors, recipients)


@pytest.mark.parametrize("text, subs", [
    ("The army said its troops had not encountered rebels in the area since January.", []),
    ("Police came under fire from Amnesty International in a report released on Monday.", []),
    # A passive "were smashed" in the clause that describes a crowd is what others did to it.
    ("Traders whose shops were smashed during the army raid in Kano on Monday demanded compensation.", ["Attack"]),
    ("Foreign ministers gathered in Geneva on Monday to press for talks.", []),
    # Riot police are police, not a riot; police posted "to counter any unrest" police the protest.
    ("On 9 May 2020, protesters gathered in front of the governorate building in Al-Kut to demand jobs. Riot "
     "police intervened and detained 3 protesters.", ["Protest with intervention"]),
    ("Hundreds protested in Mombasa on Monday against tax rises. Police were deployed around the square to "
     "counter any unrest.", ["Peaceful protest"]),
])
def test_round_33_review_types(extract, text, subs):
    assert [e["acled_sub_event_type"] for e in extract(text, published="2024-03-05")] == subs


@pytest.mark.parametrize("text, killed", [
    ("Gunmen raided a village near Bokkos on Monday; 30 cows and goats were killed.", None),
    ("Gunmen opened fire on a car near Kaduna on Monday; the driver of the car was killed.", 1),
])
def test_round_33_review_tolls(extract, text, killed):
    [event] = extract(text, published="2024-03-05")
    assert (event["killed"] or {}).get("low") == killed


def test_a_groups_own_fighter_carried_out_its_claimed_attack(extract):
    [event] = extract("05/31/2020: A suicide bomber killed 12 soldiers in Kunduz, Kunduz, Afghanistan. The Taliban "
                      "claimed the attack was carried out by one of its fighters.")
    assert event["attribution"]["status"] == "claimed"


def test_a_passive_keeps_its_sufferer_a_recipient(extract):
    """Found by a review of the last rules: "Army helicopters were attacked by militants" opens the
    trigger's words with the army, which suffered the attack."""
    [event] = extract("Army helicopters were attacked by militants near Miranshah on Tuesday; no casualties were "
                      "reported.", published="2024-03-05")
    assert [a["name"] for a in event["recipients"]] == ["Military Forces of Pakistan"]


@pytest.mark.parametrize("text, subs", [
    ("Troops came under fire from environmentalists for clearing forest near the base.", []),
    ("Police officers came under fire from the IMF over spending.", []),
    ("Lawyers gathered outside the high court in Lahore to press for the release of their colleague.",
     ["Peaceful protest"]),
    ("Hundreds of protesters marched in Mombasa against tax increases. Police were deployed to counter any unrest.",
     ["Peaceful protest"]),
])
def test_round_33_second_review_types(extract, text, subs):
    assert [e["acled_sub_event_type"] for e in extract(text, published="2024-03-05")] == subs


@pytest.mark.parametrize("text, killed", [
    ("Twelve residents and passengers were killed when gunmen opened fire on a bus in Zamfara.", 12),
    ("02/14/2015: Gunmen stormed a village in Konduga, Borno, Nigeria, abducting 12 people. One of them was executed "
     "on February 20.", 1),
])
def test_round_33_second_review_tolls(extract, text, killed):
    events = extract(text, published="2015-02-15")
    assert len(events) == 1 and events[0]["killed"]["low"] == killed


@pytest.mark.parametrize("text, killed, injured", [
    # A headline's present tense; a participle toll after a place chain; one who "survived with injuries".
    ("Three policemen die in bomb attack in Peshawar", 3, None),
    ("03/12/2021: Gunmen raided a market area in Birnin Gwari, Kaduna, Nigeria, shooting one trader dead and "
     "abducting nine others.", 1, None),
    ("03/12/2021: A bomb exploded under the car of the Jowhar mayor in Jowhar, Middle Shebelle, Somalia. The mayor "
     "survived with injuries, but his bodyguard was killed.", 1, 1),
])
def test_round_34_tolls(extract, text, killed, injured):
    [event] = extract(text, published="2021-03-12")
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, country, name", [
    # A wire dateline the tagger reads as a person; a country word inside an armed group's name; a
    # town of the story's country named like a militia abroad; where an attacker came from.
    ("Niger.- Five soldiers killed in IED explosion", "NE", "Niger"),
    ("A car bomb hit a police post in Nusaybin, killing two officers. The Kurdistan Workers' Party (PKK) later "
     "claimed the bombing.", "TR", "Nusaybin"),
    ("04/02/2021: Assailants attacked an army post in Rada'a, Al Bayda, Yemen. Two soldiers were killed.", "YE", "Rada"),
    ("A 20 year old man from the West Bank stabbed two people near the central station in Haifa.", "IL", "Haifa"),
    # A big city spelt with a letter doubled or not, against a small province named exactly so.
    ("A man with a knife attacked passers-by near the main station in Hanover, killing one woman.", "DE", "Hannover"),
    # A name with its Arabic article in lower case is capitalised.
    ("Death toll from al-Bab car bomb rises to six", "SY", "Al Bab"),
    # A weapon's name is no place; a site named like a town abroad is in the town named next.
    ("On 1 May 2020, LNA forces fired Grad rockets at the Souq al Juma area of Tripoli, killing 2 civilians.", "LY",
     "Tripoli - Souq al Juma"),
    ("On 6 May 2020, police dispersed a protest at Warren Park shopping centre in Harare with tear gas.", "ZW",
     "Harare"),
    # Ethiopia's zones are named "X Zone"; the one of the region the chain names.
    ("04/02/2021: Assailants attacked Kemise town, Oromia zone, Amhara, Ethiopia, killing four civilians.", "ET",
     "Kemise"),
])
def test_round_34_places(extract, text, country, name):
    [event] = extract(text, published="2021-04-03")
    assert (event["location"]["country"], event["location"]["name"]) == (country, name)


def test_a_town_between_two_others_is_no_person(extract):
    [event] = extract("Insurgents ambushed a police convoy on the road between Macomia and Quissanga on Monday, "
                      "killing seven officers.", published="2021-04-03")
    assert not any(a["type"] is None for a in event["actors"])


def test_a_group_struck_by_the_doer_is_no_doer(extract):
    """"One fighter was killed" borrows the group the assailants attacked; it stays the target."""
    [event] = extract("04/22/2021: Assailants attacked a Popular Mobilization Forces (PMF) post near Baiji, Saladin, "
                      "Iraq. One fighter was killed. No group claimed responsibility for the incident.")
    assert [a["name"] for a in event["actors"]] == ["Unidentified Armed Group (Iraq)"]
    assert "PMF: Popular Mobilization Forces" in [a["name"] for a in event["recipients"]]


@pytest.mark.parametrize("text, subs", [
    # An incident report tells its own day; a clause dated earlier, or a relative clause in the
    # pluperfect with an earlier month, recalls another incident.
    ("On 7 May 2020, a roadside bomb killed 2 soldiers near Baidoa (Baidoa, Bay). Three soldiers were killed in "
     "the same area in April.", ["Remote explosive/landmine/IED"]),
    ("On 7 May 2020, JNIM militants attacked an army post in Boni (Douentza, Mopti), where the group had overrun "
     "a gendarmerie post in February. The attack was repelled. 2 fatalities.", ["Armed clash"]),
    ("On 7 May 2020, two clans signed a reconciliation agreement in Beledweyne (Beledweyne, Hiraan) to end a "
     "feud that had left 9 people dead in clashes in January.", ["Agreement"]),
    ("On 7 May 2020, the army set up a new base in Tillia (Tillia, Tahoua) after the March attack on a nearby "
     "post.", ["Headquarters or base established"]),
    # Trees cut by settlers are destroyed property; by workers or a storm no event.
    ("On 7 May 2020, Israeli settlers cut down 25 olive trees in Qaryut (Nablus).", ["Looting/property destruction"]),
    ("Workers cut down trees to widen the road in Kano on Monday.", []),
    # Suicide vests seized are no suicide bombing; a drone "operated by" a side that struck is a strike.
    ("On 7 May 2020, police arrested 2 men in Quetta (Quetta, Balochistan) and recovered a suicide vest.", ["Arrests"]),
    ("On 7 May 2020, a drone operated by the GNA struck an LNA truck near Gharyan (Gharyan, Jabal al Gharbi). "
     "2 fatalities.", ["Air/drone strike"]),
    # A faction that splits off changes the group; local administrators are civilians; gunmen
    # "believed to be" a group's are that one side; a group in a charge is no side.
    ("On 7 May 2020, a faction of the Mai-Mai Yakutumba announced it had split from the main group in Fizi "
     "(Fizi, Sud-Kivu).", ["Change to group/activity"]),
    ("On 7 May 2020, gunmen believed to be OLA fighters killed a kebele administrator near Nekemte (Nekemte, "
     "Oromia).", ["Attack"]),
    ("On 7 May 2020, police detained 8 people, including a party official, in house raids in Van (Van, Van) on "
     "charges of 'membership of a terrorist organisation'.", ["Arrests"]),
])
def test_round_34_types(extract, text, subs):
    events = [e for e in extract(text, published="2020-05-08") if not e["background"]]
    assert [e["acled_sub_event_type"] for e in events] == subs


@pytest.mark.parametrize("text, killed", [
    ("On 7 May 2020, Taliban militants attacked a police post in Khanabad (Khanabad, Kunduz). According to the "
     "district police chief, six Taliban and two policemen were killed.", 8),
    ("On 7 May 2020, a suicide bomber blew himself up at a checkpoint in Beledweyne (Beledweyne, Hiraan), killing "
     "2 soldiers as well as himself.", 3),
])
def test_round_34_coded_tolls(extract, text, killed):
    events = [e for e in extract(text, published="2020-05-08") if not e["background"]]
    assert events[0]["killed"]["low"] == killed


@pytest.mark.parametrize("text, killed, injured", [
    # Found by a review of the round-34 rules: habitual deaths are no toll; "shooting" and
    # "stabbing" as nouns stay inside the victims' words; "no injuries" hurt nobody; an attacker
    # hurt "and himself", or a threat "to kill ... and himself", adds no dead.
    ("Every year about 800 people die in road mines across the country, the UN said on Monday.", None, None),
    ("Three men shooting from a moving car were killed by police in Karachi on Saturday.", 3, None),
    ("Four bystanders caught in the shooting were wounded in Peshawar on Monday.", None, 4),
    ("On 3 May 2020, a bomber detonated his vest near a checkpoint in Kano (Kano, Kano), injuring four policemen "
     "and himself.", None, 4),
])
def test_round_34_review_tolls(extract, text, killed, injured):
    events = [e for e in extract(text, published="2020-05-04") if not e["background"]]
    counts = [((e["killed"] or {}).get("low"), (e["injured"] or {}).get("low")) for e in events]
    assert counts[0] == (killed, injured) if counts else (killed, injured) == (None, None)


@pytest.mark.parametrize("text, subs", [
    ("A storm uprooted trees across Dhaka, killing three people.", []),
    ("A drone operated by police hit a power line and crashed in Lahore.", []),
    ("Two trucks split from the main group of the convoy and took a different road to Goma.", []),
    ("Police recovered a suicide vest from the bomber's body after the blast that killed five people at a market in "
     "Maiduguri.", ["Suicide bomb"]),
])
def test_round_34_review_types(extract, text, subs):
    assert [e["acled_sub_event_type"] for e in extract(text, published="2020-05-04")] == subs


@pytest.mark.parametrize("text, country", [
    ("The Balochistan Liberation Army claimed an attack that killed four soldiers on Sunday.", "PK"),
    ("A man from Kano was shot dead by gunmen on Sunday, police said.", "NG"),
    ("A Syrian refugee from Aleppo attacked passers-by with a knife in Solingen, killing three people.", "DE"),
    ("Russian missiles struck Odessa overnight, killing three people.", "UA"),
])
def test_round_34_review_places(extract, text, country):
    [event] = extract(text, published="2020-05-04")
    assert event["location"]["country"] == country


def test_a_person_whose_men_fight_is_an_actor(extract):
    [event] = extract("Fighting between Riek Machar's forces and government troops killed 12 people near Juba on "
                      "Friday.", published="2020-05-04")
    assert "Riek Machar" in [a["name"] for a in event["actors"]]


@pytest.mark.parametrize("text, killed, injured", [
    # Round 35: "one of whom" found dead after a kidnapping; "the bomber also died" after a
    # semicolon; a victim "who was selling food" without commas; a Burmese "U" before a name.
    ("Gunmen stopped a bus near Pul-e-Khumri and abducted 9 passengers, 3 of whom were later found shot dead.", 3, None),
    ("02/12/2021: A suicide bomber struck a hotel in Baidoa, Bay, Somalia. Three guards were killed and five others "
     "were wounded; the bomber also died in the blast.", 4, 5),
    ("01/28/2021: A bomb exploded near a checkpoint in Jolo, Sulu, Philippines. A soldier and a vendor who was "
     "selling fruit nearby were injured.", None, 2),
    ("04/09/2021: Assailants shot and killed U Kyaw Win, a village administrator, in Monywa, Sagaing, Myanmar.", 1, None),
])
def test_round_35_tolls(extract, text, killed, injured):
    events = [e for e in extract(text, published="2021-04-10") if not e["background"]]
    assert ((events[0]["killed"] or {}).get("low"), (events[0]["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, subs", [
    # "May Day" is no modal; a motorcade calling for something protests; a "military point" is a
    # base; weapons seized in the attack are its spoils; graffiti daubed on a synagogue.
    ("On 1 May 2020, around 40 workers held a May Day rally in Lima (Lima, Lima) to demand job protection.",
     ["Peaceful protest"]),
    ("On 1 May 2020, supporters of the president held a motorcade in Recife (Recife, Pernambuco), calling for the "
     "reopening of shops.", ["Peaceful protest"]),
    ("On 5 May 2020, Turkish forces established a new military point near Atarib (Atarib, Aleppo).",
     ["Headquarters or base established"]),
    ("04/12/2021: Assailants attacked a police post in Hakha, Chin, Myanmar, and seized rifles and ammunition. Two "
     "police officers were killed.", ["Armed clash"]),
    ("Swastikas daubed on synagogue in Halle, police say", ["Looting/property destruction"]),
])
def test_round_35_types(extract, text, subs):
    events = [e for e in extract(text, published="2021-05-06") if not e["background"]]
    assert [e["acled_sub_event_type"] for e in events] == subs


def test_a_later_attack_told_as_the_same_is_no_new_event(extract):
    events = extract("On 4 May 2020, ISWAP fighters attacked an army base in Dikwa (Dikwa, Borno). The attack came a "
                     "week after the group ambushed a convoy near Marte. 5 soldiers were killed.")
    [current] = [e for e in events if not e["background"]]
    assert (current["location"]["name"], current["killed"]["low"]) == ("Dikwa", 5)


@pytest.mark.parametrize("text, country, name", [
    ("On 2 May 2020, a car bomb exploded near the market of Tell Abiad city in the Ar-Raqqa countryside, killing 2 "
     "civilians.", "SY", "Tall Abyad"),
    ("Incendiary balloons launched from Gaza spark fires near Netivot", "IL", "Netivot"),
])
def test_round_35_places(extract, text, country, name):
    [event] = extract(text, published="2021-06-16")
    assert (event["location"]["country"], event["location"]["name"]) == (country, name)


def test_a_group_holding_the_target_is_no_doer(extract):
    [event] = extract("02/25/2021: A bomb exploded near a checkpoint manned by Hay'at Tahrir al-Sham (HTS) in Sarmada, "
                      "Idlib, Syria. Two HTS members were killed in the blast. No group claimed responsibility.")
    assert event["actors"] == [] and "HTS: Hayat Tahrir al-Sham" in [a["name"] for a in event["recipients"]]


def test_a_curfew_a_mayor_imposes_changes_activity(extract):
    events = extract("On 6 May 2020, the mayor of Beni (Beni, Nord-Kivu) imposed a night curfew after a series of "
                     "killings by armed bandits.")
    assert [e["acled_sub_event_type"] for e in events if not e["background"]] == ["Change to group/activity"]
    assert extract("The governor imposed a lockdown in Lagos to curb the spread of the coronavirus.",
                   published="2020-05-06") == []


def test_a_q_for_k_spelling_of_a_big_city_is_the_city(extract):
    [event] = extract("A 22 year old man from Jenin stabbed two people on a street in Petah Tikva, wounding both.",
                      published="2020-05-06")
    assert event["location"]["country"] == "IL"


@pytest.mark.parametrize("text, subs", [
    # Found by a review of the round-35 rules.
    ("Sunday's market bombing in Gwoza came two weeks after ISWAP overran a base in Marte.",
     ["Remote explosive/landmine/IED", "Non-state actor overtakes territory"]),
    ("Police raided a warehouse in Karachi on Sunday and seized 200 rifles.", ["Disrupted weapons use"]),
    ("On 2 May 2020, police arrested 2 suspected militants during a raid in Quetta (Quetta, Balochistan) and "
     "recovered explosives.", ["Arrests"]),
    ("The minister's motorcade came under fire near Mogadishu on Sunday in an attack against officials.",
     ["Attack"]),
    ("Municipal workers removed slogans sprayed on a bridge in Belgrade on Sunday.", []),
    ("Turkish forces set up a new military point near Saraqib on Wednesday.", ["Headquarters or base established"]),
    ("A car caravan against the lockdown drove through Sao Paulo on Saturday, honking horns.", ["Peaceful protest"]),
])
def test_round_35_review_types(extract, text, subs):
    events = [e for e in extract(text, published="2021-05-06") if not e["background"]]
    assert sorted(e["acled_sub_event_type"] for e in events) == sorted(subs)


def test_a_headline_may_is_a_modal(extract):
    [event] = extract("Rebels May Attack Goma Within Days, UN Warns", published="2021-05-06")
    assert event["status"] == "hypothetical"


@pytest.mark.parametrize("text, injured", [
    ("Three pedestrians hit by the car and a cyclist were injured in the ramming attack in Toronto.", 4),
    ("Two soldiers struck by shrapnel and a civilian were wounded when a mortar round landed near Kidal.", 3),
])
def test_passive_hit_by_stays_in_the_victims(extract, text, injured):
    [event] = extract(text, published="2021-05-06")
    assert event["injured"]["low"] == injured


def test_a_captor_holding_hostages_is_the_doer(extract):
    [event] = extract("Two Kenyan teachers held by al-Shabaab were executed in Gedo region on Sunday.",
                      published="2021-05-06")
    assert [a["name"] for a in event["actors"]] == ["Al Shabaab"]


def test_a_launch_point_alone_still_places_the_strike(extract):
    [event] = extract("The IDF said it struck Hamas targets on Sunday in response to rockets fired from Gaza.",
                      published="2021-05-06")
    assert event["location"]["country"] == "PS"


@pytest.mark.parametrize("text, killed, injured", [
    # Round 36: a fourth victim found later; a second blast's wounded; both sides' dead after
    # "while"; a toll revised in reported speech; "a curfew" is no victim.
    ("05/06/2021: Gunmen ambushed a police patrol near Celaya, Guanajuato, Mexico. Two officers were killed; a third "
     "officer who had been reported missing was found dead the next day.", 3, None),
    ("05/14/2021: A bomb exploded outside a shop in Saiburi, Pattani, Thailand, injuring a vendor. A second device "
     "exploded minutes later as rangers inspected the scene, wounding two rangers.", None, 3),
    ("On 3 May 2020, Taliban militants attacked an army post in Almar (Almar, Faryab). According to the army, 8 Taliban "
     "fighters were killed, while three soldiers died.", 11, None),
    ("01/08/2021: A suicide bomber struck a cafe in Beledweyne, Hiraan, Somalia. Initial reports said two people had "
     "been killed; the toll later rose to five, and 9 others were wounded.", 5, 9),
    ("On 3 May 2020, protesters burned tyres in Atbara (Atbara, River Nile). Police fired live ammunition, killing one "
     "protester, and a curfew was declared in the town.", 1, None),
])
def test_round_36_tolls(extract, text, killed, injured):
    events = [e for e in extract(text, published="2021-05-15") if not e["background"]]
    assert ((events[0]["killed"] or {}).get("low"), (events[0]["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, country, name", [
    ("A man stabbed two people outside a shopping centre in Newcastle upon Tyne, injuring both.", "GB",
     "Newcastle upon Tyne"),
    ("A roadside bomb struck a police vehicle in Giza's Haram district, killing 2 policemen.", "EG", "Giza"),
    ("A car bomb exploded near a market in Tal Abyad, killing 5 civilians.", "SY", "Tall Abyad"),
    ("On 29 April 2020, a drone struck a vehicle near Sinjar town (Ninewa), killing 2 fighters. Turkey accuses the "
     "group of links with the PKK.", "IQ", "Sinjar"),
    ("Gunmen kill 9 villagers in Niger's Tillaberi region", "NE", "Tillabéri"),
])
def test_round_36_places(extract, text, country, name):
    [event] = extract(text, published="2021-05-15")
    assert (event["location"]["country"], event["location"]["name"]) == (country, name)


def test_a_federal_police_unit_names_no_place(extract):
    [event] = extract("Islamic State militants ambushed a Federal Police unit near Baiji, killing 4 officers.",
                      published="2021-05-15")
    assert event["location"]["country"] == "IQ"


def test_a_named_group_blamed_outranks_a_description(extract):
    [event] = extract("03/15/2021: A car bomb exploded near a checkpoint in Afrin, Aleppo, Syria. Two fighters were "
                      "killed. Turkish officials blamed Kurdish militants. No group claimed responsibility for the "
                      "incident; however, sources attributed the attack to the Kurdistan Workers' Party (PKK).")
    assert event["attribution"]["actor"] == "PKK: Kurdistan Workers Party"


@pytest.mark.parametrize("text, subs", [
    ("On 8 May 2020, soldiers killed 5 herders near Fada N'Gourma (Fada N'Gourma, Gourma), in what residents "
     "described as reprisals for a clash with militants the previous day.", ["Attack"]),
    ("On 7 May 2020, a day after two militants were killed in an encounter in the district, youths pelted stones at "
     "CRPF personnel in Sopore town (J&K).", ["Violent demonstration"]),
])
def test_round_36_types(extract, text, subs):
    events = [e for e in extract(text, published="2021-05-15") if not e["background"]]
    assert [e["acled_sub_event_type"] for e in events] == subs


@pytest.mark.parametrize("text, subs", [
    # Round 36 (ACLED): a cache destroyed by the strike is no Disrupted weapons use; who is to be
    # returned under an agreement was abducted before it; a man taken from his home is abducted;
    # a fire set at a synagogue destroys property.
    ("On 7 May 2020, air strikes targeted Taliban hideouts in Musa Qala (Helmand), killing 9 militants and destroying "
     "a weapons cache.", ["Air/drone strike"]),
    ("On 6 May 2020, elders signed a local agreement in Pibor (Jonglei) to stop cattle raids and return abducted "
     "children.", ["Agreement"]),
    ("On 8 May 2020, armed men took a 30-year-old man from his home in Culiacan (Culiacan, Sinaloa).",
     ["Abduction/forced disappearance"]),
    ("Suspect sought after fire set at Albany synagogue", ["Looting/property destruction"]),
])
def test_round_36_acled_types(extract, text, subs):
    events = [e for e in extract(text, published="2021-05-15") if not e["background"]]
    assert [e["acled_sub_event_type"] for e in events] == subs


@pytest.mark.parametrize("text, killed", [
    # Found by a review of the round-36 rules: an ordinal "who ..." victim continues a toll told
    # before it, never a detainee's death; "a vigilante" in a list of victims counts.
    ("Three people were killed in a bomb blast in Quetta on Monday. A fifth suspect who was detained on Sunday died "
     "in custody, officials said.", 3),
    ("Bandits killed five people and a vigilante in Faskari, Katsina state, on Monday.", 6),
])
def test_round_36_review_tolls(extract, text, killed):
    events = [e for e in extract(text, published="2021-05-15") if not e["background"]]
    assert events[0]["killed"]["low"] == killed


@pytest.mark.parametrize("text", [
    "Paramedics took three injured men from the car to hospital after the crash in Kaduna.",
    "Firefighters took a woman from the house as it burned in Nakuru.",
])
def test_rescuers_who_take_people_from_a_house_abduct_nobody(extract, text):
    assert not [e for e in extract(text, published="2021-05-15")
                if e["acled_sub_event_type"] == "Abduction/forced disappearance"]


def test_a_description_outranks_the_army_blamed_by_a_family(extract):
    [event] = extract("Gunmen killed a journalist in Culiacan on Tuesday. Police blamed local gang members, while his "
                      "family blamed the army.", published="2021-05-15")
    assert event["attribution"]["actor"] != "Military Forces of Mexico"


@pytest.mark.parametrize("text, killed, injured", [
    # Round 37: "shot him dead along with his son"; the body of an attacker recovered; a figure
    # after "said" is not the speaker's; "paid the supreme price".
    ("04/02/2021: Gunmen stormed the house of a village chief in Tikrit, Saladin, Iraq, and shot him dead along "
     "with his son.", 2, None),
    ("01/27/2021: Assailants ambushed soldiers in Indanan, Sulu, Philippines. One soldier was killed; troops "
     "recovered the body of one assailant.", 2, None),
    ("02/26/2021: Assailants attacked a village near Djenne, Mopti, Mali, killing 7 civilians. A local official said "
     "four other residents were injured.", 7, 4),
    ("On 5 May 2020, troops clashed with bandits near Anka (Anka, Zamfara). The army said 12 bandits were "
     "neutralised, while two soldiers paid the supreme price.", 14, None),
])
def test_round_37_tolls(extract, text, killed, injured):
    events = [e for e in extract(text, published="2021-05-15") if not e["background"]]
    assert ((events[0]["killed"] or {}).get("low"), (events[0]["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, subs", [
    ("05/27/2021: Assailants boarded and seized a fishing boat off the coast of Mokha, Taizz, Yemen.",
     ["Abduction/forced disappearance"]),
    ("On 30 April 2020, the Air Task Force conducted air interdiction on ISWAP hideouts near Malam Fatori (Abadam, "
     "Borno).", ["Air/drone strike"]),
    ("On 1 May 2020, the army set up a new base in Ayorou (Ayorou, Tillaberi) to secure the border area, where "
     "several posts were attacked earlier this year.", ["Headquarters or base established"]),
    ("On 1 May 2020, armed herders looted livestock near Kutum (North Darfur), a few days after clashes between "
     "farmers and herders in the area.", ["Looting/property destruction"]),
])
def test_round_37_types(extract, text, subs):
    events = [e for e in extract(text, published="2021-05-15") if not e["background"]]
    assert [e["acled_sub_event_type"] for e in events] == subs


def test_a_year_old_attack_recalled_is_background(extract):
    events = extract("03/09/2021: A bomb hit a police vehicle near Witu, Lamu, Kenya. Two officers were killed. Witu "
                     "was the scene of a 2014 attack in which militants killed dozens of residents.")
    assert [(e["killed"] or {}).get("low") for e in events if not e["background"]] == [2]


def test_an_army_killing_attackers_makes_no_suicide_bombing(extract):
    [event] = extract("04/23/2021: Assailants detonated an explosives-laden vehicle at an army camp in Boni, Mopti, "
                      "Mali. Two soldiers were killed; the army said it killed six assailants during the attack.")
    assert "suicide-attack" not in event["modes"]


@pytest.mark.parametrize("text, killed, injured", [
    # Found by a review of the round-37 rules: "said to be", "told Reuters", "told to", "paid by"
    # stay inside the victims' words; a hospital director "told AFP seven ... were killed".
    ("Seven people said to be members of the same family were killed in an air strike in Saada.", 7, None),
    ("Four villagers, a police spokesman told Reuters, were shot dead by gunmen in Bokkos.", 4, None),
    ("Five police officers told to guard the church were wounded when gunmen attacked it in Kafanchan.", None, 5),
    ("Four workers paid by the county to clear the road were killed by a landmine in Lahij.", 4, None),
    ("Gunmen opened fire in a mosque in Herat; a hospital director told AFP seven worshippers were killed.", 7, None),
])
def test_round_37_review_tolls(extract, text, killed, injured):
    [event] = extract(text, published="2022-06-14")
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text", [
    "The navy seized a boat carrying two tonnes of hashish off the coast of Tangier.",
    "Coast guards seized a trawler fishing illegally in Senegalese waters near Dakar.",
    "The air force held air interdiction training exercises at its base in Kainji, Niger State.",
])
def test_round_37_review_no_event(extract, text):
    assert not [e for e in extract(text, published="2022-06-14")
                if e["acled_sub_event_type"] in ("Abduction/forced disappearance", "Air/drone strike")]


@pytest.mark.parametrize("text, background", [
    ("Gunmen killed three people at a bar in Mpeketoni, Lamu county, on Sunday, the scene of a 2014 massacre.", False),
    ("The bombing in Kabul on Friday killed 20 people, the worst since a 2017 truck bombing in the city.", False),
    ("Police cordoned off the scene of a deadly shooting at a tavern in Soweto on Saturday night, where 12 people were "
     "killed.", False),
    ("Niger deployed troops to Tera, where several military posts were attacked earlier this year, to secure the "
     "border.", True),
])
def test_round_37_review_background(extract, text, background):
    events = extract(text, published="2022-06-14")
    assert events and all(e["background"] == background for e in events)


def test_a_driver_killed_by_his_blast_is_a_suicide_bomber_whoever_else_was_shot(extract):
    [event] = extract("Assailants detonated an explosives-laden vehicle outside a police station in Kabul; the blast "
                      "killed the driver and four policemen, and police killed two attackers who rushed the gate.",
                      published="2022-06-14")
    assert "suicide-attack" in event["modes"]


def test_the_attack_told_again_makes_no_second_event(extract):
    events = extract("Gunmen shot dead a councillor in Bunia, Ituri, on Sunday. The attack took place in the run-up "
                     "to the 20 May elections.", published="2021-05-10")
    assert len([e for e in events if not e["background"]]) == 1


@pytest.mark.parametrize("text, sub", [
    # Round-37 ACLED notes: a charge the attackers made names no armed side; community members as a mob.
    ("On 12 May 2021, JNIM militants abducted and killed three men in Gorom-Gorom, Oudalan, and accused the victims of "
     "collaborating with the VDP.", "Attack"),
    ("On 12 May 2021, community members assaulted and set alight a man accused of theft in Bukavu, Sud-Kivu.",
     "Mob violence"),
])
def test_round_37_acled_subtypes(extract, text, sub):
    events = [e for e in extract(text, published="2021-05-15") if not e["background"]]
    assert [e["acled_sub_event_type"] for e in events] == [sub]


@pytest.mark.parametrize("text, killed, injured", [
    # Round-38 held-out wordings.
    ("03/31/2021: An assailant stabbed an Israeli soldier at a checkpoint near Salfit, West Bank. The soldier was "
     "lightly injured, and the assailant was shot and injured by troops.", None, 2),
    ("01/20/2021: Assailants abducted three fishermen near Ibo, Cabo Delgado, Mozambique. The beheaded bodies of the "
     "hostages were found the following day.", 3, None),
    ("On 1 May 2020, Taliban overran 3 security checkpoints in Khwaja Ghar district, Takhar. 6 ANSF members were "
     "killed and 4 others captured; the Taliban lost 3 fighters.", 9, None),
    ("Around 27 April 2020, SSPDF soldiers raped a woman in a village near Kajo-Keji town (Kajo-Keji, Central "
     "Equatoria). The woman's husband, who tried to intervene, was shot dead.", 1, None),
    ("On 2 May 2020, in Apatzingan, Michoacan, armed men shot dead a man inside a car repair shop. A second man who "
     "was wounded in the attack died on the way to hospital.", 2, None),
])
def test_round_38_tolls(extract, text, killed, injured):
    [event] = [e for e in extract(text, published="2021-06-01") if not e["background"]]
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_a_party_losing_members_kills_nobody(extract):
    events = extract("The party lost 12 members who defected to the ruling coalition in Kano.", published="2021-06-01")
    assert all(e["killed"] is None for e in events)


@pytest.mark.parametrize("text, sub", [
    ("On 7 May 2020, armed men believed to be FPRC members killed 2 traders on the road leading out of N'Dele "
     "(N'Dele, Bamingui-Bangoran) and took their goods.", "Attack"),
    ("On 6 May 2020, local authorities in Kara-Suu (Osh) introduced a night curfew and closed the bazaar after "
     "tensions between traders and police.", "Change to group/activity"),
    ("On 1 May 2020, the governor of Tillaberi region extended the ban on motorcycle traffic in Ouallam department "
     "(Tillaberi) for three months, citing continued attacks by ISGS militants in the area.", "Change to group/activity"),
    ("On 28 April 2020, the SDF handed over several positions on the M4 highway near Ain Issa to regime forces.",
     "Non-violent transfer of territory"),
    ("On 30 April 2020, the Twirwaneho militia and the Ngumino group announced a merger in Minembwe (Fizi, Sud-Kivu).",
     "Change to group/activity"),
    ("On 7 May 2020, in Toribio, Cauca, FARC dissidents announced through a pamphlet the creation of a new urban "
     "commission.", "Change to group/activity"),
    ("On 28 April 2020, soldiers recovered a cache of high-powered firearms, ammunition and IED components believed "
     "to belong to the BIFF in Ampatuan, Maguindanao.", "Disrupted weapons use"),
    ("On 27 April 2020, in Duque de Caxias, Rio de Janeiro, two men were shot dead by suspected militia members.",
     "Attack"),
    ("On 5 May 2020, locals of Gaur municipality-4 (Rautahat district) clashed with each other over the use of a "
     "public water tap. Seven people were injured.", "Mob violence"),
    ("On 5 May 2020, police shot dead a boda boda rider during a protest by riders against harassment in Eldoret "
     "town (Uasin Gishu).", "Excessive force against protesters"),
    ("On 1 May 2020, police intervened in a Labour Day gathering held by HDP members in Hakkari and detained 7 "
     "people.", "Protest with intervention"),
])
def test_round_38_acled_types(extract, text, sub):
    events = [e for e in extract(text, published="2020-05-10") if not e["background"] and e["status"] == "occurred"]
    assert events and events[0]["acled_sub_event_type"] == sub


def test_a_statements_release_day_is_no_second_event(extract):
    events = extract("On 6 May 2020, a US air force aircraft conducted an airstrike against Al Shabaab militants near "
                     "Saakow town (Saakow, Middle Juba). In a statement released on 8 May, AFRICOM said the strike "
                     "killed 2 militants.", published="2020-05-10")
    assert [(e["date"]["start"], (e["killed"] or {}).get("low")) for e in events] == [("2020-05-06", 2)]


@pytest.mark.parametrize("text, name", [
    ("An improvised bomb exploded outside a bus terminal in General Santos City, injuring eight people.",
     "General Santos"),
    ("On 7 May 2020, boda boda operators protested in Thika town (Kiambu) against harassment by police.", "Thika"),
    ("On 1 May 2020, a FAMa vehicle hit an IED near Bourem (Bourem, Gao), killing 2 soldiers. A third soldier died "
     "of his wounds in Gao hospital the next day.", "Bourem"),
])
def test_round_38_places(extract, text, name):
    [event] = [e for e in extract(text, published="2020-05-10") if not e["background"]]
    assert event["location"]["name"] == name


def test_a_neighbourhood_the_tagger_calls_a_person_is_no_recipient(extract):
    [event] = extract("On 2 May 2020, in Apatzingan, Michoacan, armed men shot dead a man inside a car repair shop in "
                      "the Lomas del Valle neighbourhood.", published="2020-05-10")
    assert event["recipients"] == []


def test_the_attacks_blame_is_not_the_arrests(extract):
    events = extract("03/19/2021: Assailants shot and killed a village chief in San, Segou, Mali. Gendarmes arrested two "
                     "suspects in connection with the killing the following day. No group claimed responsibility for "
                     "the incident; however, sources attributed the attack to the Macina Liberation Front (FLM).")
    attack = next(e for e in events if e["event"] == "ASSAULT")
    arrests = [e for e in events if e["event"] == "COERCE"]
    assert attack["attribution"]["status"] == "suspected"
    assert arrests and all(e["attribution"]["status"] == "unknown" and not e["actors"] for e in arrests)


@pytest.mark.parametrize("text", [
    # Near misses of the round-38 rules, found by their review.
    "Police introduced a curfew exemption for health workers in Kasese, Uganda.",
    "The state government announced the ban on motorcycles would be lifted next week in Maiduguri.",
    "The ministry handed over two city buses to the municipality of Kismayo.",
    "The contractor handed over five base stations to the telecom operator in Garowe.",
    "UNHCR handed over three camps for displaced people to the government of South Sudan in Juba.",
    "The government announced the merger of two ministries in Addis Ababa.",
    "Two banks completed a merger in Lagos on Tuesday, creating the country's largest lender.",
    "The governor announced the creation of a new rural commission to oversee land titling in Meta.",
    "A cache of old hunting guns belonging to the museum was displayed in Nairobi.",
    "Police dispersed a wedding gathering in Srinagar for violating COVID rules.",
])
def test_round_38_review_no_event(extract, text):
    assert extract(text, published="2023-05-10") == []


@pytest.mark.parametrize("text, sub", [
    ("Police said two people were killed during a protest by unidentified gunmen in Port-au-Prince.", "Attack"),
    ("Two armed factions in northern Mali, the HCUA and the MAA, announced a merger on Monday in Kidal.",
     "Change to group/activity"),
    # (one state's army handing posts to its own police changes a deployment; no territory
    # changes hands, see round 62)
    ("The army handed over 5 checkpoints to the police in Mogadishu on Thursday.", "Change to group/activity"),
])
def test_round_38_review_types(extract, text, sub):
    [event] = extract(text, published="2023-05-10")
    assert event["acled_sub_event_type"] == sub


@pytest.mark.parametrize("text, killed, injured", [
    ("Ukraine's 93rd brigade lost 4 soldiers wounded in Russian shelling of positions near Bakhmut.", None, 4),
    ("Unknown assailants killed a shopkeeper in Pulwama, Kashmir. A second man who was injured in the shooting "
     "later died.", 2, None),
    ("Militants killed a soldier and wounded three others near Kidal. A third soldier who was wounded in the ambush "
     "died later.", 2, 3),
])
def test_round_38_review_tolls(extract, text, killed, injured):
    [event] = extract(text, published="2023-05-10")
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_a_statements_day_bounds_an_undated_event(extract):
    [event] = extract("In a communique issued on Tuesday, the army said troops killed 15 terrorists in Sambisa forest.",
                      published="2023-05-10")
    assert event["date"]["start"] == "2023-05-09"


@pytest.mark.parametrize("text, sub", [
    # Round-39 held-out wordings (ACLED notes spread evenly over the sub-event types).
    ("On 5 May 2020, Turkish air forces bombed suspected PKK positions near Penjwen (Penjwen, Sulaymaniyah).",
     "Air/drone strike"),
    ("On 30 April 2020, in Ciudad Bolivar, Bolivar, residents of the Marhuanta sector looted a food truck and clashed "
     "with National Guard (GNB) officers, who fired pellets at them.", "Violent demonstration"),
    ("On 30 April 2020, the Afghan government released 98 Taliban prisoners from Bagram prison (Bagram, Parwan) as "
     "part of the US-Taliban agreement signed in Doha.", "Agreement"),
    ("Property destruction: On 2 May 2020, Turkish-backed SNA factions cut down dozens of olive trees belonging to "
     "Kurdish residents in Raju in Afrin countryside, and sold the wood to local traders.",
     "Looting/property destruction"),
    ("On 8 May 2020, the governor of Lac province announced in Bol (Mamdi, Lac) the extension of the state of "
     "emergency and of the ban on the movement of boats on the lake for another month.", "Change to group/activity"),
    ("On 30 April 2020, the District Administration Office of Parsa imposed prohibitory orders in Birgunj.",
     "Change to group/activity"),
    ("On 5 May 2020, Hurras Al Deen and four other jihadist factions announced the formation of a new joint "
     "operations room in Idleb city.", "Change to group/activity"),
    ("On 2 May 2020, the leader of the 3R armed group announced from Bocaranga (Bocaranga, Ouham Pende) that the group "
     "was suspending its participation in the peace agreement.", "Change to group/activity"),
    ("On 8 May 2020, a dissident faction of GATIA announced its withdrawal from the Platform coalition during a "
     "meeting in Gao city (Gao, Gao).", "Change to group/activity"),
    ("An airstrike destroyed caches of rifles and ammunition used by Houthi forces in Saada.", "Air/drone strike"),
    ("Manchester City fans clashed with police in Manchester on Sunday.", "Violent demonstration"),
])
def test_round_39_acled_types(extract, text, sub):
    events = [e for e in extract(text, published="2020-05-10") if not e["background"]]
    assert events and events[0]["acled_sub_event_type"] == sub


@pytest.mark.parametrize("text, killed, injured", [
    # Round-39 held-out wordings (GTD summaries and headlines).
    ("10/21/2016: Assailants ambushed a military convoy near Buco-Zau, Cabinda, Angola. Three soldiers were killed in "
     "the attack. The Front for the Liberation of Cabinda / Cabinda Armed Forces (FLEC-FAC) claimed responsibility for "
     "the incident and stated that 12 soldiers had been killed.", 3, None),
    ("02/13/2018: An assailant armed with a knife attacked two police officers outside the railway station in Namur, "
     "Wallonia, Belgium. One officer was injured before the other officer shot and injured the assailant.", None, 2),
    ("05/16/2021: Assailants attacked a Baptist church during Sunday service in Kauru, Kaduna, Nigeria. One worshipper "
     "was killed, and the pastor and four congregants were abducted. The pastor was killed in captivity on May 30, "
     "2021; the remaining hostages were released on June 4, 2021.", 2, None),
])
def test_round_39_tolls(extract, text, killed, injured):
    [event] = [e for e in extract(text) if not e["background"]]
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("Amba fighters ambush military convoy near Mundemba, soldier killed", 1, None),
    ("Cop injured as militants fire upon police party in Kokernag", None, 1),
])
def test_round_39_headline_tolls(extract, text, killed, injured):
    [event] = extract(text, published="2021-05-30")
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_a_person_killed_in_a_passive_is_no_doer(extract):
    [event] = extract("04/28/2017: Assailants on a motorcycle opened fire on Ronaldo Sousa, a radio host and blogger, "
                      "in Imperatriz, Maranhao, Brazil. Sousa was killed in the assault.")
    assert "Sousa" not in [a["name"] for a in event["actors"]]


@pytest.mark.parametrize("text", [
    # GTD names a lone attacker's cause by who he is: "Palestinian Extremists".
    "05/21/2021: An assailant drove his car into a group of soldiers at the Gush Etzion junction, West Bank, West "
    "Bank and Gaza Strip. Two soldiers were injured in the attack. No group claimed responsibility for the incident; "
    "however, sources identified the driver as a Palestinian from the nearby village of Beit Fajjar.",
    "05/06/2021: An assailant rammed his vehicle into a group of Israeli Border Police officers near the entrance to "
    "Jerusalem, Jerusalem, Israel. Three officers were injured. No group claimed responsibility for the incident; "
    "however, sources identified the driver, Ahmad Saleh, as a Palestinian resident of East Jerusalem.",
])
def test_a_driver_identified_as_a_palestinian_is_a_suspected_palestinian_extremist(extract, text):
    [event] = extract(text)
    assert (event["attribution"]["status"], event["attribution"]["actor"]) == ("suspected", "Palestinian extremists")


def test_officers_who_shot_and_wounded_the_ramming_driver_hurt_the_attacker(extract):
    [event] = extract("05/06/2021: An assailant rammed his vehicle into a group of Israeli Border Police officers near "
                      "Jerusalem, Israel. Three officers were injured. Officers at the scene shot and wounded the "
                      "driver, who was arrested.")
    assert event["injured"]["low"] == 4


@pytest.mark.parametrize("text", [
    # Near misses of the round-39 rules, found by their review.
    "On 11 April 2021, the opposition PDP announced its withdrawal from the ruling coalition in Port Harcourt.",
    "On 27 July 2022, the students' union suspended its participation in the national dialogue in Khartoum.",
    "On 1 October 2022, air forces jets performed a flypast at the independence day parade in Abuja.",
    "On 17 April 2020, the prison authorities released 45 remand prisoners in Kano to ease overcrowding.",
    "On 3 October 2022, the Houthis displayed ballistic missiles that Iran had supplied during a parade in Sanaa.",
])
def test_round_39_review_no_event(extract, text):
    assert _read(extract(text, published="2023-05-10")) == []


@pytest.mark.parametrize("text, event_type", [
    ("On 5 January 2024, the FLEC-FAC withdrew from the peace agreement signed with the Angolan government in "
     "Cabinda.", "MOBILIZE"),
    ("On 22 December 2022, the CSP-PSD suspended its participation in the peace agreement follow-up mechanisms in "
     "Bamako.", "MOBILIZE"),
    ("On 2 March 2021, Taliban negotiators confirmed their participation in the peace talks in Doha.", "AGREE"),
    ("On 3 March 2023, the Egyptian and Saudi air forces struck a deal on joint pilot training in Cairo.", "AGREE"),
])
def test_round_39_review_event_types(extract, text, event_type):
    assert [e["event"] for e in extract(text, published="2023-05-10")] == [event_type]


@pytest.mark.parametrize("text, killed", [
    ("Army says militant camp destroyed in Kupwara, no soldier killed", None),
    ("On 11 July 2020, the army lost 3 men captured during a JNIM ambush near Boulkessi (Mopti).", None),
])
def test_round_39_review_tolls(extract, text, killed):
    [event] = extract(text, published="2021-06-10")
    assert (event["killed"] or {}).get("low") == killed


@pytest.mark.parametrize("text", [
    "Sousa died in the assault.",
    "The radio host was killed in the assault.",
    "The presenter was shot dead outside his home.",
])
def test_one_named_or_described_victim_dead(text):
    from sitrep.extraction.casualties import find_counts
    assert [(h.kind, h.low) for h in find_counts(text)] == [("killed", 1)]


@pytest.mark.parametrize("text, sub, killed", [
    # Round-40 held-out wordings: an ACLED note tells one incident, its casualty sentences included.
    ("On 5 May 2020, a suicide bomber blew himself up at a Galmudug security checkpoint in Hobyo (Hobyo, Mudug), "
     "killing 2 soldiers. 3 fatalities including the bomber. Al Shabaab claimed responsibility.", "Suicide bomb", 3),
    ("On 1 May 2020, a female suicide bomber detonated her explosives near a mosque in Kousseri (Logone-et-Chari, "
     "Extreme-Nord), killing 4 civilians and wounding 7. 5 fatalities including the bomber. The attack was "
     "attributed to Boko Haram.", "Suicide bomb", 5),
    ("On 5 May 2020, youths in Dubreka (Dubreka, Kindia) erected barricades, burned tires and threw stones at "
     "gendarmes to protest against extortion at a checkpoint. One young man was killed by a gunshot during the "
     "clashes and several gendarmes were injured.", "Violent demonstration", 1),
    ("On 7 May 2020, LDU personnel and police beat and shot at boda boda riders protesting against the ban on "
     "carrying passengers in Lira town (Lira Municipality, Lira). 3 riders were injured by gunshots.",
     "Excessive force against protesters", None),
    ("On 27 April 2020, Afghan forces regained control of several villages in Khas Uruzgan district (Uruzgan) "
     "following a two-day operation against the Taliban. 12 Taliban militants were killed and 5 wounded. "
     "Fatalities split between 2 events.", "Government regains territory", 6),
])
def test_round_40_acled_notes(extract, text, sub, killed):
    [event] = extract(text)
    assert (event["acled_sub_event_type"], (event["killed"] or {}).get("low")) == (sub, killed)


@pytest.mark.parametrize("text, sub", [
    ("On 28 April 2020, more than 2,000 residents of villages around Kantchari (Kantchari, Tapoa) fled to Fada "
     "N'Gourma after militants ordered them to leave the area within three days.", "Other"),
    ("On 8 May 2020, Russian military police took over a former US position near Ain al Arab (Kobani) in Aleppo "
     "northeastern countryside, following the withdrawal of US forces.", "Non-violent transfer of territory"),
    ("On 29 April 2020, in El Progreso, Yoro, police and military officers fired tear gas and live ammunition to "
     "disperse residents who were blocking the road demanding food aid.", "Excessive force against protesters"),
    ("On 7 May 2020, about 30 people gathered outside the Gomel district court in support of a detained blogger. "
     "Police detained 4 participants.", "Protest with intervention"),
    ("On 30 April 2020, the Philippine Marines established a new detachment in Barangay Libug, Sumisip, Basilan.",
     "Headquarters or base established"),
    ("On 30 April 2020, in Puerto Libertador, Cordoba, the Army located and destroyed a cache containing 40 "
     "kilograms of explosives, 12 improvised mines and detonating cord belonging to the Clan del Golfo.",
     "Disrupted weapons use"),
    ("On 30 April 2020, DPR forces and Ukrainian forces exchanged small-arms and heavy machine-gun fire near "
     "Novoluhanske, Donetsk.", "Armed clash"),
    ("Around 2 May 2020 (as reported), AA fighters took control of an abandoned Border Guard Police outpost near "
     "Ramree town (Rakhine) after the police withdrew from the area.", "Non-violent transfer of territory"),
    ("On 29 April 2020, the National Antiterrorism Committee introduced a counter-terrorism operation (CTO) regime "
     "in parts of Karabudakhkent district (Dagestan).", "Change to group/activity"),
    ("On 8 May 2020, in Ciudad del Este, Alto Parana, street vendors and shopkeepers clashed with police, throwing "
     "stones and burning tyres.", "Violent demonstration"),
])
def test_round_40_acled_types(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


@pytest.mark.parametrize("text, killed", [
    ("03/16/2021: Assailants abducted two shepherds in the desert near Anah, Al Anbar, Iraq. The bodies of the "
     "hostages were found on March 19, 2021.", 2),
    ("05/05/2021: Assailants attacked Mbau, Beni, North Kivu, Democratic Republic of the Congo, and abducted at least "
     "nine people. Four civilians were killed with machetes during the assault. The bodies of two of the hostages were "
     "found on May 9, 2021; the fate of the remaining hostages is unknown.", 6),
    ("09/21/2017: Assailants stopped a minibus and abducted seven passengers, including two Afghan National Army "
     "(ANA) soldiers on leave, in Nerkh district, Wardak, Afghanistan. The two soldiers were later shot and killed; "
     "the five civilians were released on September 23, 2017.", 2),
])
def test_round_40_hostage_tolls(extract, text, killed):
    [event] = extract(text)
    assert (event["killed"]["low"], event["date"]["start"][:4]) == (killed, text[6:10])


def test_opening_fire_on_outposts_sets_up_no_base(extract):
    events = extract("06/04/2021: Assailants opened fire on security outposts in Jawand district, Badghis, "
                     "Afghanistan. Seven soldiers were killed in the ensuing clash.")
    assert [e["acled_sub_event_type"] for e in events] == ["Armed clash"]


def test_villagers_beating_cattle_rustlers_to_death_are_a_mob(extract):
    [event] = extract("On 7 May 2020, villagers in Ihosy district (Ihorombe) beat to death 3 suspected dahalo (cattle "
                      "rustlers) who had stolen zebus from a nearby fokontany.")
    assert event["acled_sub_event_type"] == "Mob violence"


def test_a_drone_operated_by_a_foreign_state_strikes_where_it_struck(extract):
    [event] = extract("On 5 May 2020, a UAE-operated drone supporting the LNA struck a fuel truck at a GNA checkpoint "
                      "on the coastal road near Zuwara. 4 GNA-affiliated fighters were killed, as reported.")
    assert (event["acled_sub_event_type"], event["location"]["country"]) == ("Air/drone strike", "LY")


@pytest.mark.parametrize("text, subs", [
    # Near misses of the round-40 rules, found by their review.
    ("On 22 February 2021, ADF militants attacked Mamove village (Beni, Nord-Kivu), killing 10 civilians. Two FARDC "
     "soldiers were killed by Mai-Mai militia elsewhere in the territory.", ["Attack", "Armed clash"]),
    ("On 10 May 2022, police dispersed a sit-in by teachers in Goma. A soldier was shot dead by unidentified gunmen "
     "in the evening in another part of town.", ["Protest with intervention", "Armed clash"]),
    ("On 3 May 2021, villagers fled Tamou after the landlord told them to leave the disputed farmland.", []),
    ("On 8 January 2022, Lieutenant Ouedraogo took over the position of battalion commander in Dori after the "
     "departure of Colonel Kabore.", []),
    ("On 10 March 2022, M23 rebels took control of the community radio station in Kiwanja.", []),
    ("On 2 May 2021, bandits attacked and took control of Kawo village after the police retreated under heavy fire.",
     ["Non-state actor overtakes territory"]),
    ("On 12 June 2021, fans gathered outside the stadium in Lusaka in support of the national team.", []),
    ("On 21 May 2021, students protested in Nairobi; police fired tear gas and rubber bullets, and no live rounds "
     "were used.", ["Protest with intervention"]),
    ("On 18 March 2022, the minister inaugurated a renovated barracks kitchen for the gendarmerie school in Thies.", []),
    ("On 3 May 2022, Kazakh and Kyrgyz units exchanged small-arms fire at targets during a joint training exercise "
     "near Osh.", []),
])
def test_round_40_review_types(extract, text, subs):
    assert [e["acled_sub_event_type"] for e in _read(extract(text, published="2022-06-01")) if not e["background"]] == subs


@pytest.mark.parametrize("text, day", [
    ("Twelve hostages were rescued on 14 March 2022 by soldiers in an operation near Ayorou (Tillaberi).", "2022-03-14"),
    ("Fifteen students were released on 5 May after soldiers stormed a bandit camp in Kaduna state, killing 4 "
     "kidnappers.", "2021-05-05"),
])
def test_a_release_told_alone_keeps_its_day(extract, text, day):
    [event] = extract(text, published="2021-05-10" if day.startswith("2021") else "2022-03-18")
    assert event["date"]["start"] == day


@pytest.mark.parametrize("text", [
    "06/09/2017: Assailants opened fire on a car near Nablus, West Bank, killing the driver. Sources identified the "
    "driver as a Palestinian from Huwara.",
    "05/03/2018: Police arrested a man in Tel Aviv, Israel. Sources identified the suspect as a Palestinian journalist "
    "working for a local outlet.",
])
def test_a_palestinian_victim_or_journalist_is_no_suspect(extract, text):
    assert all(e["attribution"]["actor"] != "Palestinian extremists" for e in extract(text))


def test_a_man_who_died_in_an_attack_years_ago_is_no_toll_of_today(extract):
    events = extract("On 5 May 2022, veterans gathered in Cali to commemorate Colonel Perez. Perez died in the attack on "
                     "the Cali barracks in 1998.", published="2022-05-07")
    assert all("Perez" not in [a["name"] for a in e["actors"]] for e in events)


@pytest.mark.parametrize("text, sub", [
    # Round-41 held-out wordings.
    ("On 2 May 2020, a man detonated a suicide belt after being stopped at a police checkpoint on the outskirts of "
     "Grozny (Chechnya). Only the attacker was killed; two police officers were wounded.", "Suicide bomb"),
    ("On 9 May 2020, the AFP fired 105mm howitzers at suspected BIFF positions in the marshland of Sultan sa "
     "Barongis, Maguindanao. Three BIFF members were killed.", "Shelling/artillery/missile attack"),
    ("Property destruction: On 5 May 2020, Israeli settlers uprooted and sawed off around 60 olive trees belonging to "
     "Palestinians in Aqraba village, southeast of Nablus.", "Looting/property destruction"),
    ("On 5 May 2020, two militants were killed when an explosive device they were assembling went off prematurely "
     "inside a rented house in Chaman (Killa Abdullah, Balochistan).", "Disrupted weapons use"),
    ("On 6 May 2020, in Quilmes, Buenos Aires, residents of the Villa Itati neighborhood demonstrated to demand food "
     "assistance, and the police intervened to disperse them.", "Protest with intervention"),
    ("On 6 May 2020, around 120 families from an upland barangay of Lake Sebu, South Cotabato fled their homes "
     "following an encounter between soldiers and NPA rebels in the area.", "Other"),
    ("On 5 May 2020, in Aquila, Michoacan, gunmen of the CJNG took control of the municipal seat after clashing with "
     "members of Carteles Unidos.", "Non-state actor overtakes territory"),
    ("On 6 May 2020, GNA-operated drones conducted strikes on LNA positions near Al Jufra airbase, west of Hun "
     "(Al Jufra). 8 LNA fighters were reported killed.", "Air/drone strike"),
])
def test_round_41_acled_types(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


@pytest.mark.parametrize("text, killed", [
    ("06/02/2021: Assailants abducted a village chief and two members of his family in Niafunke, Timbuktu, Mali. The "
     "bodies of the village chief and one family member were found on June 7, 2021.", 2),
    ("01/26/2021: An explosive device attached to a vehicle detonated in Mir Bacha Kot, Kabul, Afghanistan. The "
     "device targeted Mohammad Nasim Sadat, the head of the district education department, who was killed along "
     "with his driver.", 2),
])
def test_round_41_gtd_tolls(extract, text, killed):
    [event] = extract(text)
    assert event["killed"]["low"] == killed


def test_a_palestinian_of_twenty_one_who_drove_at_soldiers_is_suspected(extract):
    [event] = extract("02/15/2021: An assailant drove his vehicle into Israel Defense Forces (IDF) soldiers at a "
                      "checkpoint near Hizma, West Bank. One soldier was injured and the assailant was shot and killed "
                      "by soldiers. Sources identified the assailant as a 21-year-old Palestinian from Anata.")
    assert (event["attribution"]["status"], event["attribution"]["actor"]) == ("suspected", "Palestinian extremists")


def test_a_district_commissioner_killed_makes_a_targeted_attack(extract):
    [event] = extract("03/27/2021: Assailants shot and killed a district commissioner, Abdi Hassan Farah, in Afmadow "
                      "district of Lower Juba region, Somalia. Al-Shabaab claimed responsibility for the incident.")
    assert "targeted" in event["modes"]


@pytest.mark.parametrize("text, sub", [
    ("On 4 May 2020, the Nigerian army deployed additional troops and armoured vehicles to Gusau (Gusau, Zamfara), "
     "following a surge in bandit attacks in the state.", "Change to group/activity"),
    ("On 2 May 2020, around 3,500 people from nearby villages arrived in Dori (Seno, Sahel), fleeing threats and "
     "attacks by armed militants in the area.", "Other"),
])
def test_the_attacks_a_measure_or_a_flight_answers_are_its_reason(extract, text, sub):
    [event] = extract(text)
    assert event["acled_sub_event_type"] == sub


@pytest.mark.parametrize("text, killed", [
    ("On 8 May 2020, a suicide bomber detonated an explosive vest inside a restaurant in Doolow (Gedo). The blast "
     "killed the bomber and 3 other people, including a district official, and wounded 6.", 4),
    ("03/05/2021: A suicide bomber detonated explosives at a checkpoint in Mogadishu, Somalia, killing the bomber and "
     "two soldiers.", 3),
    ("03/05/2021: A suicide bomber attacked a checkpoint in Mogadishu, Somalia, killing the bomber and a soldier.", 2),
    ("03/05/2021: An assailant opened fire on worshippers in Kano, Nigeria. Police responded, killing the assailant.", 1),
    ("On 1 May 2020, US AFRICOM conducted an airstrike near Jilib (Middle Juba), killing one militant, according to "
     "AFRICOM.", 1),
])
def test_the_bomber_and_the_others_the_blast_killed(extract, text, killed):
    [event] = extract(text)
    assert event["killed"]["low"] == killed


@pytest.mark.parametrize("text, subs", [
    # Review of the round-41 rules: near misses.
    ("A suicide belt was defused by police after a teenager surrendered at a checkpoint in Maiduguri (Borno) on 6 June "
     "2022.", ["Disrupted weapons use"]),
    ("Police recovered two suicide vests and an AK-47 rifle during a raid on a house in Peshawar.",
     ["Disrupted weapons use"]),
    ("The army said on 9 May 2022 that its howitzers had been moved to a new depot in Mandalay for maintenance.", []),
    ("On 5 May 2022, a roadside bomb detonated early in the morning near Kismayo (Lower Juba), killing 3 soldiers in a "
     "passing vehicle.", ["Remote explosive/landmine/IED"]),
    ("On 9 February 2022, villagers in Sonitpur (Assam) fled after an encounter between two wild elephants near the tea "
     "garden.", []),
    ("The ruling party took control of the municipal seat in the 5 June 2022 elections in Oaxaca.", []),
    ("Opposition councillors took control of the district seat after a vote of no confidence in Kisoro on 2 February "
     "2022.", []),
    ("On 4 May 2022, FARC dissidents took control of the municipality after driving out the police from Argelia "
     "(Cauca).", ["Non-state actor overtakes territory"]),
    ("On 3 March 2023, around 300 families fled their homes in Barangay Lumbia, Cagayan de Oro, after an encounter "
     "between soldiers and NPA rebels.", ["Other"]),
])
def test_round_41_review_types(extract, text, subs):
    events = [e for e in _read(extract(text, published="2022-06-10")) if not e["background"] and e["status"] == "occurred"]
    assert [e["acled_sub_event_type"] for e in events] == subs


def test_an_official_who_speaks_is_no_target(extract):
    [event] = extract("Gunmen attacked a police post in Mandera, killing 2 officers, the deputy county commissioner "
                      "said on 3 April 2022.", published="2022-04-04")
    assert "targeted" not in event["modes"]


def test_a_driver_identified_is_suspected_only_if_he_drove_at_people(extract):
    events = extract("On 14 October 2022, settlers drove into a field near Huwara and attacked farmers. Sources "
                     "identified the driver as a 21-year-old Palestinian whose car was later torched.",
                     published="2022-10-15")
    assert all(e["attribution"]["actor"] != "Palestinian extremists" for e in events)


@pytest.mark.parametrize("text, killed", [
    ("On 11 November 2022, suspected Fulani militiamen shot dead a farmer in Bokkos (Plateau), who was killed along "
     "with his two sons while working on his farm.", 3),
    ("On 2 August 2022, gunmen stormed a church in Owo (Ondo). Maria Okafor died in the attack on the church hall "
     "before help arrived.", 1),
])
def test_round_41_review_tolls(extract, text, killed):
    [event] = extract(text, published="2022-11-12")
    assert event["killed"]["low"] == killed


def test_the_person_a_device_targeted_is_its_target(extract):
    [event] = extract("06/09/2021: An improvised explosive device attached to a vehicle detonated in Ghazni city, "
                      "Ghazni province, Afghanistan. The device targeted Abdul Qadir Sharifi, the head of the "
                      "provincial water department, who was killed along with his driver.")
    assert "Abdul Qadir Sharifi" not in [a["name"] for a in event["actors"]]
    assert event["killed"]["low"] == 2


def test_bodies_of_people_abducted_keep_the_abduction(extract):
    [event] = extract("On 18 June 2022, the bodies of three traders abducted on Monday in Fresnillo were found on a "
                      "roadside (Zacatecas).", published="2022-06-19")
    assert "abduct" in event["modes"] and event["killed"]["low"] == 3


@pytest.mark.parametrize("text, sub", [
    # Round-42 held-out wordings.
    ("On 29 April 2020, LNA-affiliated drones (reportedly operated by the UAE) targeted a GNA convoy in the outskirts "
     "of Surman (Az Zawiyah).", "Air/drone strike"),
    ("On 10 May 2020, a drone believed to belong to the US-led coalition targeted a motorbike carrying 2 Hurras "
     "al-Din commanders near Ma'arrat Misrin in Idleb countryside, killing both of them.", "Air/drone strike"),
    ("On 28 April 2020, protesters gathered in front of the Central Bank branch in Jounieh (Kesrouane, Mount "
     "Lebanon) against banking restrictions. The army pushed the protesters away from the entrance of the building.",
     "Protest with intervention"),
    ("Property destruction: On 2 May 2020, Houthi forces blew up the house of a pro-Hadi tribal leader in Dhamar "
     "city (Dhamar).", "Looting/property destruction"),
    ("On 6 May 2020, the Zamfara state government and a faction of armed bandits reached a peace agreement at a "
     "meeting held in Talata Mafara (Talata Mafara, Zamfara), during which the bandits released 11 kidnapped persons.",
     "Agreement"),
    ("On 28 April 2020, regime forces entered the town of Al Muzayrib in Dar'a western countryside and deployed at "
     "several checkpoints without resistance.", "Non-violent transfer of territory"),
    ("On 10 May 2020, pro-Hadi forces handed over positions in Mudiyah district (Mudiyah, Abyan) to tribal fighters "
     "loyal to the STC without clashes.", "Non-violent transfer of territory"),
    ("On 28 April 2020, residents of U-section in Umlazi (eThekwini, KwaZulu-Natal) torched the houses of two men "
     "accused of a series of robberies in the area.", "Mob violence"),
    ("On 1 May 2020, in Aldama, Chiapas, around 90 Tsotsil families were displaced from their communities after "
     "repeated shootings attributed to armed men from neighboring Santa Martha.", "Other"),
    ("On 6 May 2020, the Afghan MoD deployed around 300 additional ANA soldiers and commandos to Adraskan district, "
     "Herat, to prevent Taliban attacks on the Herat-Kandahar highway.", "Change to group/activity"),
    ("On 8 May 2020, the Ukrainian Forces and the DPR militia exchanged small arms and grenade launcher fire near "
     "Dokuchaievsk, Donetsk. One DPR fighter was killed. The OSCE SMM recorded 14 explosions in the area.",
     "Armed clash"),
    ("On 3 May 2020, in Convencion, Norte de Santander, ELN fighters took control of several rural hamlets after "
     "clashes with the EPL, who withdrew from the area.", "Non-state actor overtakes territory"),
    ("On 5 May 2020, in Pucallpa, Ucayali, police fired live ammunition and tear gas at residents of a human "
     "settlement who blocked a road to demand food assistance. One protester was killed.",
     "Excessive force against protesters"),
    ("On 4 May 2020, two feuding Moro clans in Kabacan, Cotabato, signed a peace pact settling a rido that had "
     "claimed the lives of 6 members of both families since 2017.", "Agreement"),
])
def test_round_42_acled_types(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


@pytest.mark.parametrize("text, killed, injured", [
    ("On 3 May 2020, Turkish military drones struck a group of PKK militants in the rural area of Ovacik district "
     "(Tunceli). According to the Turkish Interior Ministry, 3 PKK militants were 'neutralized'.", 3, None),
    ("06/14/2021: Assailants abducted a shepherd near Tal Afar, Nineveh, Iraq. The shepherd's body was found two days "
     "later.", 1, None),
    ("05/13/2021: Assailants opened fire on a vehicle carrying a council candidate in Chilapa de Alvarez, Guerrero, "
     "Mexico. The candidate and her driver were killed, and her campaign coordinator was injured in the attack.", 2, 1),
    ("06/08/2021: Assailants attacked security checkpoints in Andkhoy district, Faryab, Afghanistan. This was one of "
     "three related attacks in the district on this date. Four soldiers and nine assailants were killed in this "
     "attack, and at least 11 security personnel and 23 assailants were killed across all three attacks.", 13, None),
])
def test_round_42_tolls(extract, text, killed, injured):
    [event] = extract(text)
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_a_quoted_kill_in_a_headline_is_no_named_victim(extract):
    events = extract("Scores of Houthi fighters ‘killed’ amid fierce battles in Yemen’s Marib", published="2021-06-20")
    assert all(e["killed"] is None for e in events)


@pytest.mark.parametrize("text, published, subs", [
    # Review of the round-42 rules: near misses.
    ("A group of 400 migrants arrived in Tapachula (Chiapas) on 10 October 2022, fleeing poverty and violence in "
     "Honduras.", "2022-10-11", []),
    ("On 1 July 2022, the health ministry deployed four new mobile clinic units to Ouallam (Tillaberi) for displaced "
     "families.", "2022-07-02", []),
    ("In February 2023, community health workers took control of malaria prevention in the hamlets of Kolokani "
     "(Koulikoro).", "2023-03-01", []),
    ("On 3 August 2022, residents of Kasese who blocked a road to help rescue a trapped truck driver were praised by "
     "the RDC.", "2022-08-04", []),
    ("On 2 June 2022, a drone (used to film a wedding) hit a power line in Erbil, causing a blackout.", "2022-06-03", []),
    ("On 19 January 2023, traders protested in Kano against the naira redesign; organisers pushed the crowd back to "
     "make way for an ambulance.", "2023-01-20", ["Peaceful protest"]),
    ("On 17 January 2023, demonstrators protesting fuel prices set fire to the shops of a family linked to the "
     "ruling party in Kananga.", "2023-01-18", ["Violent demonstration"]),
    ("Five soldiers died in a suicide attack and their bodies were recovered from the rubble in Bulo Marer (Lower "
     "Shabelle) on 3 April 2023.", "2023-04-04", ["Suicide bomb"]),
    ("On 4 April 2023, police fired tear gas at residents of Nyamira who blocked a road over the killing of a boda "
     "boda rider.", "2023-04-05", ["Protest with intervention"]),
])
def test_round_42_review_types(extract, text, published, subs):
    assert _told(extract, text, published) == subs


def test_a_drone_believed_to_belong_to_an_army_is_its_doer(extract):
    [event] = extract("On 16 February 2023, a drone thought to belong to the US-led coalition struck a motorcycle near "
                      "Idlib, killing a Hurras al-Din commander.", published="2023-02-17")
    assert "Global Coalition Against Daesh" in [a["name"] for a in event["actors"]]


def test_killing_the_gunmans_brother_kills_one(extract):
    [event] = extract("On 9 March 2023, vigilantes attacked a family compound in Bungudu (Zamfara), killing the "
                      "gunman's brother in revenge for a murder last week.", published="2023-03-10")
    assert event["killed"]["low"] == 1


def test_a_bombing_that_had_claimed_lives_years_ago_stays_background(extract):
    events = extract("On 7 June 2022, police arrested a suspect in a bombing which had claimed the lives of 12 people "
                     "in Jolo in 2021.", published="2022-06-08")
    assert all(e["background"] for e in events if e["killed"])


@pytest.mark.parametrize("text, sub", [
    # Round-43 held-out wordings.
    ("On 8 May 2020, a group of Kusasi youth attacked a Mamprusi man on his farm on the outskirts of Bawku (Bawku "
     "Municipal, Upper East). The man later died of machete wounds at the hospital.", "Mob violence"),
    ("Detonation: On 1 May 2020, Iraqi army engineering teams detonated 11 IEDs left by IS in the desert south of Al "
     "Hadar (Ninewa). No casualties.", "Disrupted weapons use"),
    ("On 2 May 2020, SSPDF and SPLA-IO commanders signed an agreement in Bentiu (Rubkona, Unity) to allow free "
     "movement along the Bentiu-Leer road and to jointly investigate recent cattle raids.", "Agreement"),
    ("On 30 April 2020, representatives of the Missirie Arab and Ratanine communities signed a reconciliation "
     "agreement in Am Timan (Bahr Azoum, Salamat), agreeing on the payment of blood money for the victims of clashes "
     "earlier in April.", "Agreement"),
    ("On 28 April 2020, MINUSCA established a temporary operating base in Bouca (Bouca, Ouham) following clashes "
     "between anti-Balaka and ex-Seleka elements in the area.", "Headquarters or base established"),
    ("On 7 May 2020, Boko Haram (JAS) militants raided a village near Maine Soroa (Maine Soroa, Diffa), looting shops "
     "and livestock and burning several houses. No casualties reported.", "Looting/property destruction"),
    ("On 4 May 2020, SDF handed over a number of positions on the western outskirts of Al Tabqa city to regime "
     "forces and Russian military police.", "Non-violent transfer of territory"),
    ("On 30 April 2020, the US-led coalition handed over the Qayyarah airbase (Q-West), south of Mosul, to Iraqi "
     "security forces.", "Non-violent transfer of territory"),
    ("On 29 April 2020, the LNA General Command announced from its headquarters in Al Marj a unilateral cessation of "
     "military operations for the holy month of Ramadan.", "Change to group/activity"),
    ("On 5 May 2020, the CMA announced the creation of a joint security unit with the Platform in Anefis (Kidal).",
     "Change to group/activity"),
    ("On 27 April 2020, some 1,200 refugees from the Intikane camp, who had fled attacks by armed militants, settled "
     "on the outskirts of Abalak (Abalak, Tahoua).", "Other"),
    ("On 1 May 2020, in Vina del Mar, Valparaiso, Carabineros fired pellets at a group of people protesting against "
     "the government, injuring a press photographer in the face.", "Excessive force against protesters"),
    ("Around 30 April 2020, in Morales, Bolivar, the ELN took control of several veredas in the rural area of the "
     "municipality after clashes with the AGC. Unknown fatalities coded as 3.", "Non-state actor overtakes territory"),
    ("On 4 May 2020, asylum seekers at the Vathy reception centre on Samos island clashed with police after a fire "
     "broke out in the camp.", "Violent demonstration"),
    ("On 26 April 2020, in Chanteloup-les-Vignes (Yvelines, Ile-de-France), a group of youths fired fireworks at "
     "police officers and set fire to rubbish bins and a car.", "Violent demonstration"),
    ("On 6 May 2020, two Maranao clans in Balindong, Lanao del Sur, signed a peace covenant ending a rido.",
     "Agreement"),
    ("On 29 April 2020, hundreds of migrant workers stranded due to the lockdown pelted stones at police and damaged "
     "vehicles in Ankleshwar (Bharuch, Gujarat).", "Violent demonstration"),
    ("On 1 May 2020, a viable pipe bomb was found and made safe by army technical officers near a house in Strabane "
     "(Derry City and Strabane, Northern Ireland).", "Disrupted weapons use"),
    ("On 7 May 2020, in Caborca, Sonora, around 300 members of the Mexican Army and National Guard arrived to "
     "reinforce security after a wave of violence between criminal groups.", "Change to group/activity"),
    ("Around 9 May 2020, around 40 members of a pro-government uprising force in Darqad district, Takhar province, "
     "joined the Taliban and handed over their posts and weapons to the group.", "Non-violent transfer of territory"),
    ("On 5 May 2020, troops of the 20th Infantry Battalion recovered and disposed of three anti-personnel mines "
     "planted by the NPA in Las Navas, Northern Samar.", "Disrupted weapons use"),
    ("On 28 April 2020, Russian border guards installed new 'border' banners near the village of Khurvaleti (Gori "
     "municipality, Shida Kartli), moving the dividing line deeper into Georgian-controlled territory.",
     "Non-violent transfer of territory"),
    ("On 29 April 2020, in Bojaya, Choco, around 400 members of Embera communities were confined to their villages "
     "due to the presence of ELN and AGC members and fighting between the two groups.", "Other"),
])
def test_round_43_acled_types(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_the_bomber_who_also_died_is_counted(extract):
    [event] = extract("On 29 April 2020, a suicide bomber on foot blew himself up at the entrance of the police "
                      "headquarters of Anar Dara district, Farah province, killing 3 ANP members and wounding 4 "
                      "others. The bomber also died.")
    assert event["killed"]["low"] == 4


def test_a_joint_relief_room_is_no_armed_unit(extract):
    assert _read(extract("On 7 April 2021, the ministry of interior announced the formation of a joint operations room "
                         "in Sanaa to coordinate flood relief.", published="2021-04-08")) == []


def test_security_forces_regaining_a_stormed_compound_take_no_territory(extract):
    [event] = extract("04/04/2021: A suicide bomber drove an explosives-laden vehicle into the gate of the district "
                      "administration office in Bardera, Gedo, Somalia, before assailants stormed the compound. At "
                      "least six people were killed. Security forces regained control of the compound after a gun "
                      "battle that lasted nearly three hours.")
    assert event["acled_sub_event_type"] == "Suicide bomb"
    assert event["location"]["name"] == "Baardheere"  # (Bardera: the Italian-era spelling)


def test_a_long_title_before_a_victim_keeps_the_list(extract):
    [event] = extract("01/28/2021: Assailants shot and killed a Syrian Democratic Forces (SDF) commander and his "
                      "brother outside their home in al-Shaddadi, Al-Hasakah, Syria.")
    assert event["killed"]["low"] == 2


@pytest.mark.parametrize("text, published, subs", [
    # Review of the round-43 rules: near misses.
    ("On 2 December 2021, the government rendered safe the collapsed school building in Goma (North Kivu, DRC) "
     "after an earthquake.", "2021-12-03", []),
    ("On 19 June 2022, the outgoing governor handed over the airport management contract to a private firm in "
     "Mogadishu (Banadir).", "2022-06-20", []),
    ("On 26 November 2021, the Taliban handed over the Kandahar airport (Afghanistan) to a Turkish-Qatari "
     "consortium.", "2021-11-27", []),
    ("On 2 May 2021, health authorities announced the formation of a joint medical unit in Aden (Yemen).",
     "2021-05-03", []),
    ("On 15 September 2022, the mining company announced a temporary halt of operations at its site in Kolwezi "
     "(Lualaba, DRC) due to fuel shortages.", "2022-09-16", []),
    ("On 22 March 2020, residents of Bogota (Colombia) were confined to their homes by the coronavirus lockdown.",
     "2020-03-23", []),
    ("On 14 August 2022, guests fired fireworks at a wedding in Kirkuk (Iraq).", "2022-08-15", []),
    ("On 3 May 2022, the mayor signed a covenant with coffee growers in Pitalito (Huila, Colombia).", "2022-05-04", []),
    ("On 22 April 2022, elders in Garissa (Kenya) agreed on blood money for the victims of clashes earlier in April "
     "between two clans.", "2022-04-23", ["Agreement"]),
])
def test_round_43_review_types(extract, text, published, subs):
    assert _told(extract, text, published) == subs


def test_a_memorial_for_the_victims_of_an_earlier_bombing_stays_background(extract):
    events = extract("On 30 May 2021, a memorial was held in Kabul (Afghanistan) for the victims of the school bombing "
                     "earlier in May.", published="2021-05-31")
    assert all(e["background"] for e in _read(events))


@pytest.mark.parametrize("text, sub", [
    # Round-44 held-out wordings.
    ("On 29 April 2020, GNA drones (of Turkish origin) targeted an LNA supply truck near Msallata (Al Khums, Al "
     "Murqub). 3 LNA fighters killed.", "Air/drone strike"),
    ("Around 2 May 2020 (as reported), leaders of the Misseriya and Nuba communities signed a reconciliation document "
     "in El Fula (Al Fula, West Kordofan) following clashes over grazing land in April.", "Agreement"),
    ("On 2 May 2020, following the departure of Dozo hunters, JNIM militants reportedly moved into the town of Nara "
     "(Nara, Koulikoro) without fighting.", "Non-violent transfer of territory"),
    ("Around 26 April 2020 (as reported), insurgents entered the abandoned village of Impiri, west of Balama (Balama, "
     "Cabo Delgado), after residents and police fled, and hoisted a black flag.", "Non-violent transfer of territory"),
    ("On 5 May 2020, a battalion of the G5 Sahel joint force was redeployed to Timbuktu (Timbuktu, Tombouctou) from "
     "Mopti.", "Change to group/activity"),
    ("On 29 April 2020, the Chadian army announced the withdrawal of 1,200 troops from the Lake Chad area to their "
     "garrison in Mao (Mao, Kanem).", "Change to group/activity"),
    ("On 4 May 2020, hundreds of migrant workers demanding to be sent home pelted stones at police in the Makarpura "
     "area of Vadodara (Vadodara, Gujarat).", "Violent demonstration"),
    ("On 1 May 2020, in Tancitaro, Michoacan, the National Guard installed a new barracks with 150 elements in the "
     "municipal seat.", "Headquarters or base established"),
    ("On 7 May 2020, in Roberto Payan, Narino, around 120 families were displaced from rural villages along the "
     "Patia river following threats and fighting between armed groups in the area.", "Other"),
    ("On 4 May 2020, in Heliodoro Castillo municipality (Tlacotepec), Guerrero, members of the CJNG reportedly took "
     "control of several communities after Los Tequileros abandoned the area.", "Non-violent transfer of territory"),
    ("On 28 April 2020, in Cumbitara, Narino, the National Army retook control of the village of Sidon, which had "
     "been under the control of FARC dissidents. No fatalities.", "Government regains territory"),
])
def test_round_44_acled_types(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


@pytest.mark.parametrize("text, killed", [
    # Round-44 GTD summaries: hostages found dead add to the attack's own dead.
    ("02/09/2021: Assailants attacked Anchau, Kubau district, Kaduna, Nigeria. Seven villagers were killed and 11 "
     "others were abducted in the attack. On February 24, 2021, the bodies of two hostages were recovered; the "
     "remaining nine hostages were released after a ransom was paid.", 9),
    ("03/30/2021: Assailants attacked a camp for displaced persons near Kirumba, Lubero territory, North Kivu, "
     "Democratic Republic of the Congo. Eleven civilians were killed and six others were abducted in the attack. The "
     "bodies of the six hostages were found on April 2, 2021.", 17),
])
def test_round_44_hostages_found_dead(extract, text, killed):
    [event] = extract(text)
    assert (event["killed"]["low"], event["date"]["start"][:7]) == (killed, text[6:10] + "-" + text[:2])


@pytest.mark.parametrize("text, published, subs", [
    # Review of the round-44 rules: near misses.
    ("On 3 August 2020, the provincial government agreed on compensation for farmers whose land was flooded in "
     "Sindh.", "2020-08-04", []),
    ("Residents hoisted the flag at the new school in Garissa on 3 March 2021.", "2021-03-04", []),
    ("Displaced families moved into the empty camp in Dadaab, Garissa, on 20 June 2021 after new shelters were "
     "built.", "2021-06-21", []),
    ("The cooperative took control of several communities' water supply in Ghazni on 8 July 2021.", "2021-07-09", []),
    ("The embassy completed the withdrawal of its personnel from Kabul on 16 August 2021.", "2021-08-17", []),
    ("Election officers from the commission were redeployed to polling stations in Kisumu on 9 August 2022.",
     "2022-08-10", []),
    ("On 4 June 2020, leaders of the Misseriya and Rizeigat agreed on the payment of diya for 14 people killed in "
     "fighting the previous month near Muglad, West Kordofan.", "2020-06-05", ["Agreement"]),
    ("On 26 April 2020, unidentified gunmen reportedly seized a municipal council member at a checkpoint at the "
     "entrance of Bani Walid (Bani Walid, Misrata).", "2020-04-27", ["Abduction/forced disappearance"]),
    ("On 29 April 2020, communal violence between Borana and Garri youths broke out in Moyale town (Borena, "
     "Oromia). Houses were torched. 2 people were killed.", "2020-04-30", ["Mob violence"]),
])
def test_round_44_review_types(extract, text, published, subs):
    assert _told(extract, text, published) == subs


def test_hostages_found_dead_in_another_province_are_not_this_attacks(extract):
    events = extract("Eleven people were killed and three abducted in an attack on Kalo, Tillaberi, on 2 June 2021. The "
                     "bodies of two hostages were found in another province the same week.", published="2021-06-03")
    assert events[0]["killed"]["low"] == 11


@pytest.mark.parametrize("text, sub", [
    # Round-45 held-out wordings.
    ("On 28 April 2020, army units detonated two landmines planted by Jund al-Khilafah militants in the mountains near "
     "Ain Draham (Jendouba).", "Disrupted weapons use"),
    ("On 7 May 2020, the Lebanese army seized a rocket launcher and 6 rockets hidden in a farm on the outskirts of "
     "Hermel (Hermel, Baalbek-Hermel).", "Disrupted weapons use"),
    ("On 6 May 2020, elders of the Somali and Oromo communities reached an agreement in Jijiga (Fafan, Somali) to "
     "return livestock raided in previous weeks.", "Agreement"),
    ("On 7 May 2020, unidentified persons burned a warehouse belonging to a local cooperative in Dessie (South Wello, "
     "Amhara).", "Looting/property destruction"),
    ("On 2 May 2020, the US-led international coalition handed over the Habbaniyah military base (Anbar) to Iraqi "
     "security forces.", "Non-violent transfer of territory"),
    ("On 8 May 2020, pro-STC forces took control of government buildings in Ahwar (Ahwar, Abyan) after pro-Hadi "
     "forces withdrew without fighting.", "Non-violent transfer of territory"),
    ("On 9 May 2020, the Taraba state government inaugurated a new community vigilante group in Takum (Takum, Taraba) "
     "to fight kidnappers.", "Change to group/activity"),
    ("On 28 April 2020, Ivorian authorities announced the creation of a new special anti-terrorist unit based in "
     "Abidjan (Abidjan).", "Change to group/activity"),
    ("On 5 May 2020, in Huancayo, Junin, a group of neighbours tied up and beat two men accused of stealing a "
     "motorcycle.", "Mob violence"),
    ("On 9 May 2020, in El Bosque, Santiago Metropolitan, Carabineros fired pellets at residents demonstrating over "
     "hunger during the quarantine. A 17-year-old was hit in the eye.", "Excessive force against protesters"),
    ("On 4 May 2020, around 120 families from Barangay Amontay, Marihatag, Surigao del Sur fled their homes following "
     "military operations against the NPA in the area.", "Other"),
    ("On 30 April 2020, in Murindo, Antioquia, the AGC (Clan del Golfo) moved into rural areas previously controlled "
     "by the ELN after the latter withdrew.", "Non-violent transfer of territory"),
    ("On 1 May 2020, in Quibdo, Choco, the ELN's Western War Front announced the end of its unilateral ceasefire and "
     "resumed offensive operations in the department.", "Change to group/activity"),
])
def test_round_45_acled_types(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


@pytest.mark.parametrize("text, killed", [
    ("On 28 April 2020, a mob lynched and set ablaze a man suspected of being a kidnapper at a motor park in Keffi "
     "(Keffi, Nasarawa). The police arrived after the man had died.", 1),
    ("On 2 May 2020, community members in Edendale, Pietermaritzburg assaulted two alleged housebreakers with "
     "sjamboks and stones. Both men were declared dead at the scene.", 2),
    ("On 30 April 2020, a female suicide bomber blew herself up in a market in Maroua (Diamare, Extreme-Nord), "
     "killing 1 civilian. The bomber died.", 2),
    ("02/12/2021: A suicide bomber detonated an explosives-laden vest at a hotel in Kismayo, Lower Juba, Somalia. Four "
     "people were killed and nine others were wounded; the bomber also died in the blast.", 5),
])
def test_round_45_tolls(extract, text, killed):
    [event] = [e for e in extract(text) if not e["background"]]
    assert event["killed"]["low"] == killed


@pytest.mark.parametrize("text, killed", [
    # Round-45 GTD summaries.
    ("02/25/2021: Assailants attacked a police post in Tillabery, Tillaberi, Niger. Two police officers were killed and "
     "one was injured in the attack. Several assailants were also killed when soldiers responded.", 2),
    ("03/11/2021: Assailants kidnapped a journalist, Carlos Mena, in Quibdo, Choco, Colombia. Mena was found dead two "
     "days later.", 1),
    ("04/19/2021: Assailants attacked Dushi, Baghlan, Afghanistan. Seven members of the Afghan National Army and two "
     "civilians were killed, and four others were injured in the attack.", 9),
])
def test_round_45_gtd_tolls(extract, text, killed):
    [event] = extract(text)
    assert event["killed"]["low"] == killed


def test_an_attack_on_a_power_pylon_is_a_facility_attack(extract):
    [event] = extract("05/20/2021: Assailants attacked a power pylon in Rutba, Al Anbar, Iraq. No casualties were "
                      "reported.")
    assert event["modes"] == ["destroy"]


@pytest.mark.parametrize("text, published, subs", [
    # Review of the round-45 rules: near misses.
    ("On 10 July 2019, police in Lagos burned a warehouse of seized drugs in a public ceremony.", "2019-07-11", []),
    ("On 30 November 2017, a fire burned a warehouse in Karachi's port area; officials blamed an electrical fault.",
     "2017-12-01", []),
    ("On 21 April 2016, farmers moved into rural areas previously controlled by a logging company in Sabah.",
     "2016-04-22", []),
    ("On 2 March 2019, the new governor took control of government buildings in Kano after his inauguration.",
     "2019-03-03", []),
    ("On 12 June 2014, ISIS militants took control of public buildings in Tikrit.", "2014-06-13",
     ["Non-violent transfer of territory"]),
    ("On 13 August 2019, villagers in Plateau seized an elder accused of witchcraft and beat him.", "2019-08-14",
     ["Mob violence"]),
    ("On 3 April 2019, armed men seized an elder in Koutiala, Mali, and took him to an unknown location.",
     "2019-04-04", ["Abduction/forced disappearance"]),
    ("On 6 September 2020, soldiers in Cauca, Colombia, detonated IEDs left by FARC dissidents along a rural path.",
     "2020-09-07", ["Disrupted weapons use"]),
    ("On 15 August 2017, militants detonated an IED planted by their fighters under a road in Khost province, "
     "killing four soldiers.", "2017-08-16", ["Remote explosive/landmine/IED"]),
    ("On 3 February 2020, Dinka and Nuer chiefs in Jonglei agreed to return cattle stolen during last month's raids "
     "and to stop revenge attacks.", "2020-02-04", ["Agreement"]),
])
def test_round_45_review_types(extract, text, published, subs):
    assert _told(extract, text, published) == subs


@pytest.mark.parametrize("text, killed", [
    ("On 2 August 2016, gunmen ambushed a convoy in Ghazni. Two soldiers of the Afghan National Army and Mohammad "
     "Karim were killed.", 3),
    ("On 22 March 2013, assailants kidnapped a priest in Ondo state, Nigeria. Lagos was found dead quiet during the "
     "strike.", None),
])
def test_round_45_review_tolls(extract, text, killed):
    [event] = extract(text, published="2016-08-03")
    assert (event["killed"] or {}).get("low") == killed


@pytest.mark.parametrize("text, sub", [
    # Round-46 held-out wordings.
    ("On 3 May 2020, Nigerian troops dislodged ISWAP fighters from Kirawa (Gwoza, Borno) after a gunfight. 11 ISWAP "
     "fighters and 1 soldier were killed.", "Government regains territory"),
    ("On 30 April 2020, insurgents attacked and seized the FDS position in Mbau (Mocimboa da Praia, Cabo Delgado). "
     "The soldiers fled.", "Non-state actor overtakes territory"),
    ("On 5 May 2020, pro-Houthi forces seized a number of positions held by AQAP militants in Qayfah area (Walad "
     "Rabi, Al Bayda) after fierce clashes. 5 fatalities.", "Non-state actor overtakes territory"),
    ("On 7 May 2020, in Tlalchapa, Guerrero, La Familia Michoacana gunmen clashed with CJNG members and took control "
     "of the community. 3 people were killed.", "Non-state actor overtakes territory"),
    ("On 8 May 2020, in Novita, Choco, after confrontations with the Clan del Golfo, the ELN took control of the "
     "rural area along the San Juan river.", "Non-state actor overtakes territory"),
])
def test_round_46_acled_types(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_taking_over_a_position_of_commander_takes_no_territory(extract):
    assert _told(extract, "On 8 January 2022, Lieutenant Ouedraogo took over the position of battalion commander in "
                          "Dori after the departure of Colonel Kabore.", "2022-01-09") == []


@pytest.mark.parametrize("text, sub", [
    # Round-47 held-out wordings.
    ("On 20 May 2020, Ukrainian forces dropped an explosive device from a drone on DPR positions near Horlivka "
     "(Horlivka, Donetsk). No fatalities and/or injuries reported.", "Air/drone strike"),
    ("On 19 May 2020, in Arauca, police located and deactivated a car bomb parked near the police station. No "
     "fatalities and/or injuries reported.", "Disrupted weapons use"),
    ("On 18 May 2020, in Fresnillo, Zacatecas, members of the CJNG took over the municipality after the Sinaloa "
     "Cartel cell withdrew.", "Non-violent transfer of territory"),
    ("On 14 May 2020, ANA commandos cleared the Taliban from the Qarawul area near Andkhoy (Andkhoy, Faryab) after "
     "two days of fighting. 6 Taliban were killed.", "Government regains territory"),
    ("On 16 May 2020, in Riosucio (Choco), Clan del Golfo fighters took control of the Truando river basin after "
     "clashes with the ELN.", "Non-state actor overtakes territory"),
    ("On 11 May 2020, pro-Hadi forces handed over a checkpoint in Al Musaymir district (Al Musaymir, Lahij) to STC "
     "forces without fighting.", "Non-violent transfer of territory"),
    ("On 24 May 2020, a tribal truce was reached between two clans in Shibam district (Shibam, Hadramawt) through "
     "local mediation, following a revenge killing.", "Agreement"),
    ("On 17 May 2020, police shot dead a trader during demonstrations against the demolition of stalls in Kibera "
     "(Kibra, Nairobi). 1 fatality.", "Excessive force against protesters"),
    ("On 20 May 2020, villagers in Tangaza (Tangaza, Sokoto) set ablaze two men suspected of stealing cattle. 2 "
     "fatalities.", "Mob violence"),
    ("On 12 May 2020, Palestinians demonstrated in Burin (Nablus, West Bank) against settler attacks on their "
     "olive groves. Israeli forces dispersed them with tear gas. [size=no report]", "Protest with intervention"),
])
def test_round_47_acled_types(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


@pytest.mark.parametrize("text, published, subs", [
    # Review of the round-46 rules: an armed holder of any name; "took control of the community."
    # only with the fight in its own sentence; care is no abduction; headlines' tense.
    ("On 5 June 2022, Afghan forces moved into areas previously controlled by the Taliban in Baghlan.", "2022-06-06",
     ["Non-violent transfer of territory"]),
    ("On 5 June 2022, farmers moved into areas previously controlled by a mining company in Kolwezi.", "2022-06-06", []),
    ("After the elections, the new council took control of the community.", "2022-06-06", []),
    ("On 9 April 2021, ELN guerrillas clashed with FARC dissidents in Saravena, Arauca. The ELN took control of the "
     "community.", "2021-04-10", ["Armed clash"]),
    ("Paramedics took him to an unknown location for treatment, officials said.", "2022-06-06", []),
    ("Troops dislodge Boko Haram fighters from Bama, regain town", "2022-06-06", ["Government regains territory"]),
    ("On 3 May 2022, bandits seized a village head and took him to an unknown location in Gusau, Zamfara.",
     "2022-05-04", ["Abduction/forced disappearance"]),
    ("Fire guts warehouse in Onitsha market; arson not suspected", "2023-01-03", []),
])
def test_round_46_review_types(extract, text, published, subs):
    assert _told(extract, text, published) == subs


def test_mines_detonated_by_troops_who_were_hurt_are_no_disruption(extract):
    assert "Disrupted weapons use" not in _told(
        extract, "Troops detonated landmines planted by ISWAP in Damasak; three soldiers were injured.", "2022-06-06")


@pytest.mark.parametrize("text, killed", [
    ("On 3 May 2020, gunmen kidnapped the journalist Pedro Salas in Reynosa. Salas was found dead two days later.", 1),
    ("07/09/2018: Assailants kidnapped teacher Ana Ruiz in Xalapa, Veracruz, Mexico. Ruiz was found dead two days "
     "later. No group claimed responsibility.", 1),
    # A figure per side, told after the noun; not the two banks of a river.
    ("On 12 May 2020, Fulani militia clashed with Bachama militia in Numan (Numan, Adamawa), killing two militiamen "
     "from each side.", 4),
    ("Clashes between two clans in Galkayo killed four people on each side on Tuesday.", 8),
    ("Gunmen killed two fishermen on each side of the river near Malakal on Tuesday.", 2),
    ("A man stabbed three people in a park in Lyon, one fatally.", 1),
])
def test_round_47_tolls(extract, text, killed):
    event = extract(text, published="2020-05-14")[0]
    assert (event["killed"] or {}).get("low") == killed


def test_hostages_killed_on_a_later_day_of_a_summary_are_the_kidnapping(extract):
    [event] = extract("01/22/2021: Assailants abducted 12 passengers from a bus near Bu'aale, Middle Juba, Somalia. On "
                      "January 28, 2021, eight of the hostages were released, while the remaining four were killed. "
                      "Al-Shabaab claimed responsibility for the incident.")
    assert (event["killed"]["low"], event["date"]["start"]) == (4, "2021-01-22")


@pytest.mark.parametrize("text, place", [
    # Malawi's regions are no GeoNames divisions: the town holds, and the note's region is its admin1
    # (not Israel's or Zambia's "Southern").
    ("On 21 May 2020, vendors protested in Zomba (Zomba City, Southern) against the relocation of the market.",
     ("MW", "Southern")),
    ("On 15 May 2020, protesters stormed the district office in Blantyre (Blantyre, Southern) over water shortages.",
     ("MW", "Southern")),
    ("On 15 May 2020, rockets hit Sderot (Sderot, Southern). No fatalities and/or injuries reported.", ("IL", "Southern")),
    # GTD's province, where the town before it is unknown; not a city named as itself.
    ("01/05/2021: Assailants kidnapped a farmer in Patikul, Sulu, Philippines. No group claimed responsibility.",
     ("PH", "Sulu")),
    ("07/22/2018: An assailant opened fire in Greektown, Toronto, Canada, killing two civilians.", ("CA", "Ontario")),
    # Plain "Halle" in the news is the German city.
    ("A gunman opened fire at a synagogue in Halle on Yom Kippur, killing two passersby.", ("DE", None)),
])
def test_round_47_provinces(extract, text, place):
    loc = _told_location(extract(text, published="2021-01-06")[0])
    assert loc[0] == place[0] and (place[1] is None or loc[1] == place[1])


def _told_location(event: dict) -> tuple:
    return (event["location"] or {}).get("country"), (event["location"] or {}).get("admin1")


@pytest.mark.parametrize("text, published, subs", [
    # Review of the round-47 rules: nobody but the state clears an area of fighters; holders who
    # left office, civil recipients, a company's basin, wage deals and a hostel are no conflict.
    ("On 3 March 2023, the deputy mayor took over the municipality after the mayor left office in Iguala.",
     "2023-03-04", []),
    ("On 9 April 2023, the army handed over a checkpoint to the customs service in Mongu as part of a civil reform.",
     "2023-04-10", []),
    ("On 3 September 2023, a mining company took control of the river basin in Mongbwalu under a new licence.",
     "2023-09-04", []),
    ("On 30 October 2023, farmers cleared the bandits from their farms in Birnin Gwari with hunters' help.",
     "2023-10-31", []),
    ("On 10 May 2023, a deal was reached on wages between striking teachers and the government in Harare.",
     "2023-05-11", []),
    ("On 9 January 2024, youths set on fire the men's hostel at the university in Kumasi.", "2024-01-10",
     ["Looting/property destruction"]),
    ("Following clashes with the army near Batibo, Ambazonian separatists took control of the community.",
     "2023-06-22", ["Non-state actor overtakes territory"]),
    ("The Ministry of Health took control of the community clinic in Quibdo after confrontations between staff and "
     "management.", "2023-06-22", []),
    ("Rebels drop bombs from UAV on army camp in Chin State, killing three soldiers", "2023-06-22",
     ["Air/drone strike"]),
])
def test_round_47_review_types(extract, text, published, subs):
    assert _told(extract, text, published) == subs


@pytest.mark.parametrize("text, injured", [
    # One more hurt in the sentence of those struck; a later "the officer was also injured" may be
    # one of them.
    ("An attacker stabbed two tourists near the Louvre, one fatally, and injured a third person with a hammer.", 2),
    ("06/03/2015: An assailant stabbed a police officer at a checkpoint in Hebron, West Bank. The assailant was later "
     "shot and critically injured by Israeli soldiers. The officer was also injured.", 2),
])
def test_round_47_review_hurt(extract, text, injured):
    assert extract(text, published="2015-06-04")[0]["injured"]["low"] == injured


def test_town_officials_captured_are_no_town_taken(extract):
    assert "Non-state actor overtakes territory" not in _told(
        extract, "On 21 June 2023, ISWAP militants captured the town officials of Dikwa and took them into the bush.",
        "2023-06-22")


def test_acled_uganda_provinces_are_its_districts(extract):
    [event] = extract("On 13 May 2020, residents of Kotido town (Kotido, Kotido) beat to death a man accused of theft. "
                      "1 fatality.")
    assert (event["location"]["country"], event["location"]["admin1"]) == ("UG", "Kotido")


@pytest.mark.parametrize("text, sub", [
    # Round-48 held-out wordings.
    ("On 2 June 2020, the Lebanese army found and removed a rocket launching pad with two rockets prepared for launch "
     "near Khiam (Marjayoun, Nabatiye).", "Disrupted weapons use"),
    ("On 29 May 2020, SSPDF and SPLA-IO commanders met in Malakal and agreed to a local cessation of hostilities.",
     "Agreement"),
    ("On 5 June 2020, LNA forces withdrew southward from Mizdah without fighting.", "Non-violent transfer of territory"),
    ("Around 28 May 2020 (as reported), FPRC elements took control of Ndele after the departure of MPC fighters, "
     "without confrontation.", "Non-violent transfer of territory"),
    ("Around 4 June 2020 (as reported), insurgents entered Mbau (Mocimboa da Praia, Cabo Delgado) after the FDS "
     "abandoned its position there.", "Non-violent transfer of territory"),
    ("On 2 June 2020, LPR forces used a UAV to drop a munition on Ukrainian positions near Zolote, Luhansk. One "
     "Ukrainian soldier was wounded.", "Air/drone strike"),
    ("On 1 June 2020, around 100 residents rallied in front of the city administration in Osh demanding the release "
     "of a local businessman, and broke windows of the building. [size=around 100]", "Violent demonstration"),
    ("On 8 June 2020, youths pelted stones at security forces in Sopore (Baramulla, J&K) following the killing of a "
     "local militant. Police fired tear gas shells. [size=no report]", "Violent demonstration"),
    ("On 28 May 2020, police opened fire on miners blocking a road in protest of lockdown restrictions near Cusco. "
     "1 protester was killed.", "Excessive force against protesters"),
])
def test_round_48_acled_types(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


@pytest.mark.parametrize("text, killed", [
    ("03/28/2021: Assailants attacked a security checkpoint in Chak district, Wardak province, Afghanistan. Six Afghan "
     "National Police (ANP) officers were killed in the clash and two officers were abducted. The two hostages were "
     "found dead on April 1, 2021. No group claimed responsibility for the incident.", 8),
    ("04/27/2021: Assailants abducted four road workers near Ambo, West Shewa zone, Oromia, Ethiopia. Three of the "
     "hostages were released after a ransom was paid, and the fourth was killed on May 6, 2021. No group claimed "
     "responsibility for the incident.", 1),
])
def test_round_48_gtd_tolls(extract, text, killed):
    [event] = extract(text)
    assert event["killed"]["low"] == killed


@pytest.mark.parametrize("text, place", [
    # A district of two names in brackets links its chain; a town in brackets after its own name is
    # that town, not a namesake elsewhere in the country.
    ("On 1 June 2020, ISWAP fighters attacked a military position in Rann (Kala/Balge, Borno). 9 fatalities.",
     ("Rann", "Borno")),
    ("On 9 June 2020, youths pelted stones at security forces in Nowhatta area of Srinagar (Srinagar, J&K).",
     (None, "Jammu and Kashmir")),
])
def test_round_48_places(extract, text, place):
    loc = extract(text)[0]["location"]
    assert (place[0] is None or loc["name"] == place[0]) and loc["admin1"] == place[1]


@pytest.mark.parametrize("text, published, subs", [
    # Review of the round-48 rules: launch pads of a space centre, strikes ceased, houses entered,
    # vaccines dropped and windows broken by burglars are no conflict; headlines' "removes".
    ("On 9 August 2022, workers removed a rocket launching pad from the decommissioned space centre site in Woomera.",
     "2022-08-10", []),
    ("On 3 March 2023, teachers' union leaders agreed to a cessation of the strike in Nairobi after talks.",
     "2023-03-04", []),
    ("Police said the burglars entered the house after the owners abandoned it in Kumasi on 2 May 2022.",
     "2022-05-03", []),
    ("On 14 June 2023, health workers used a UAV to drop vaccines in remote villages of Kasese.", "2023-06-15", []),
    ("On 4 April 2023, protesters marched peacefully in Nairobi against taxes; police said unknown persons broke "
     "windows at a bank overnight in a separate burglary.", "2023-04-05", ["Peaceful protest"]),
    ("Iraqi Army discovers and removes rocket launching pad near Balad base", "2023-07-09", ["Disrupted weapons use"]),
])
def test_round_48_review_types(extract, text, published, subs):
    assert _told(extract, text, published) == subs


@pytest.mark.parametrize("text, sub", [
    # Round-49: a note with a crowd's size tells a demonstration, whatever its words for the crowd;
    # not the arrests after a lynching, nor militants' killings.
    ("On 17 June 2020, security forces opened fire on a crowd that had gathered peacefully outside the district "
     "administration in Rasht (Rasht, Region of Republican Subordination), injuring 3 people. [size=around 150]",
     "Excessive force against protesters"),
    ("On 18 June 2020, police dispersed a solidarity chain of around 80 people in Babruysk (Babruysk, Mogilev) and "
     "detained 4 of them. [size=around 80]", "Protest with intervention"),
    ("On 5 May 2020, a mob beat a man to death on suspicion of cattle theft near Sitamarhi (Sitamarhi, Bihar). "
     "Police arrested 4 people. [size=no report]", "Mob violence"),
    ("On 1 June 2020, unidentified militants shot dead a sarpanch near his home in Kulgam (Kulgam, J&K). "
     "[size=no report]", "Attack"),
])
def test_a_crowds_size_tells_a_demonstration(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_a_bomber_killing_only_himself_is_one_dead(extract):
    [event] = extract("On 17 June 2020, an IS suicide bomber detonated an explosive belt near an army checkpoint south "
                      "of Rafah (North Sinai), killing only himself.")
    assert event["killed"]["low"] == 1


@pytest.mark.parametrize("text, place", [
    # A district after its own name is that district, not its namesake in another province.
    ("On 13 June 2020, a roadside bomb struck a vehicle carrying civilians in Surobi district (Surobi, Kabul). "
     "4 fatalities.", ("Surobi", "Kabul")),
    # A village GeoNames files under a province carved out of the one the text names.
    ("04/08/2021: Assailants shot and killed a teacher in Sugapa, Intan Jaya, Papua, Indonesia.",
     ("Sugapa", "Papua Tengah")),
    # A hyphenated name written as one word.
    ("03/31/2021: Assailants detonated an explosive device next to a railway line in Rangae district, Narathiwat, "
     "Thailand.", (None, "Narathiwat")),
    # Belarus's provinces in English; the city named like its province is the city.
    ("On 9 May 2020, in Grodno, around 30 entrepreneurs protested outside the city executive committee. "
     "[size=around 30]", ("Hrodna", "Grodno")),
])
def test_round_49_places(extract, text, place):
    loc = extract(text)[0]["location"]
    assert (place[0] is None or loc["name"] == place[0]) and loc["admin1"] == place[1]


@pytest.mark.parametrize("text, published, subs", [
    # Review of the round-49 rules: a size tag with no crowd named is no demonstration; thieves'
    # windows, a landmine memorial and talks about a cessation are no events of their kind.
    ("On 15 July 2023, police arrested a journalist in Bujumbura (Bujumbura Mairie) for an article critical of the "
     "government. [size=no report]", None, ["Arrests"]),
    ("On 14 February 2023, police shot dead a suspected robber in Mombasa (Mombasa) during an arrest operation. "
     "[size=no report]", None, ["Attack"]),
    ("On 9 July 2023, residents held a peaceful protest in Gafsa over water cuts; in a separate burglary, thieves "
     "broke windows of a pharmacy.", None, ["Peaceful protest"]),
])
def test_round_49_review_types(extract, text, published, subs):
    assert _told(extract, text, published)[:1] == subs


def test_a_landmine_memorial_removed_is_no_disruption(extract):
    assert "Disrupted weapons use" not in _told(extract, "Mayor removes landmine memorial from town square in Mostar",
                                                "2023-05-10")


@pytest.mark.parametrize("text, sub", [
    # Round-50 held-out wordings.
    ("On 27 June 2020, the Egyptian army destroyed 2 trucks loaded with weapons and ammunition belonging to smugglers "
     "near Bir al-Abd (North Sinai).", "Disrupted weapons use"),
    ("On 25 June 2020, FARDC soldiers recovered the locality of Fataki (Djugu, Ituri) from CODECO militiamen after "
     "fighting. 4 militiamen killed.", "Government regains territory"),
    ("On 3 July 2020, Turkish military UAVs targeted a group of PKK militants in a rural area of Lice district (Lice, "
     "Diyarbakir). 2 fatalities.", "Air/drone strike"),
    ("On 7 July 2020, in Tamazula, Durango, armed confrontations between two factions of the Sinaloa Cartel took "
     "place in several communities.", "Armed clash"),
])
def test_round_50_acled_types(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


@pytest.mark.parametrize("text, killed, injured", [
    ("Two suicide bombers detonated their vests at a mosque in Mubi, Adamawa State. 20 worshippers were killed in "
     "addition to the bombers and around 30 others were wounded.", 20, 30),
])
def test_round_50_tolls(extract, text, killed, injured):
    event = extract(text, published="2020-07-05")[0]
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_an_officer_killed_days_after_his_kidnapping_is_the_kidnappings_toll(extract):
    [event] = extract("10/11/2021: Assailants kidnapped a divisional officer and two council workers in Batibo, Momo "
                      "department, Nord-Ouest region, Cameroon. The divisional officer was killed on October 14, 2021, "
                      "while the other two hostages escaped. No group claimed responsibility for the incident.")
    assert (event["killed"]["low"], event["date"]["start"]) == (1, "2021-10-11")


@pytest.mark.parametrize("text, published, subs", [
    # Round-51 held-out wordings and the review of the round-50 rules.
    ("On 11 July 2020, opposition supporters occupied the prefecture in Kayes (Kayes, Kayes), looting offices and "
     "burning cars. [size=thousands] 1 fatality.", None, ["Violent demonstration"]),
    ("On 6 May 2020, workers of a garment factory in Gazipur (Gazipur, Dhaka) vandalised the factory. Police fired "
     "rubber bullets to disperse them; 8 workers were injured. [size=hundreds]", None, ["Violent demonstration"]),
    ("On 15 July 2020, unidentified armed men shot and killed a member of the Indigenous Guard near Toribio (Toribio, "
     "Cauca). 1 fatality.", None, ["Attack"]),
    ("Around 21 July 2020 (as reported), FARC dissidents took control of rural areas near Arauquita (Arauquita, "
     "Arauca) after the withdrawal of ELN fighters.", None, ["Non-violent transfer of territory"]),
    ("On 24 July 2020, the Burkinabe army established a new gendarmerie and army base in Boulsa (Namentenga, "
     "Centre-Nord).", None, ["Headquarters or base established"]),
    ("On 26 July 2020, Mai-Mai militiamen took control of several mining sites near Mambasa (Mambasa, Ituri) after "
     "FARDC withdrew.", None, ["Non-violent transfer of territory"]),
    ("On 12 June 2023, the minister warned that an armed confrontation with Ethiopia over the dam must be avoided, in "
     "Cairo.", "2023-06-13", []),
    ("On 9 May 2023, cessation of hostilities talks collapsed in Jeddah between SAF and RSF delegations.", "2023-05-10",
     []),
    ("On 3 May 2023, police recovered the locality's archives stolen during the unrest in Bunia, Ituri.", "2023-05-04",
     ["Looting/property destruction"]),
])
def test_round_51_types(extract, text, published, subs):
    # (a warning or failed talks may be told as a threat or a consultation: no ACLED type)
    assert [s for s in _told(extract, text, published) if s][:1] == subs


@pytest.mark.parametrize("text, subs", [
    # Review of the round-51 rules: people shot or arrested are no crowd, the forces' own storming
    # is no riot, and sites change hands by arms only.
    ("On 3 June 2021, soldiers shot dead three people at a checkpoint in Beni (Nord-Kivu). [size=no report]",
     ["Attack"]),
    ("On 3 June 2021, police arrested a group of journalists in Harare (Harare). [size=no report]", ["Arrests"]),
    ("On 3 June 2021, police stormed a sit-in by students at Moi University in Eldoret (Uasin Gishu), injuring six. "
     "[size=around 200]", ["Excessive force against protesters"]),
    ("On 23 November 2019, boda boda riders burned a police post in Jinja (Jinja) after a rider was knocked down by a "
     "police truck. [size=dozens]", ["Violent demonstration"]),
    ("On 3 June 2021, a mining company took control of several gold sites near Kamituga (Sud-Kivu).", []),
    ("On 15 September 2021, CPC rebels took control of several mining sites near Bambari (Ouaka).",
     ["Non-violent transfer of territory"]),
])
def test_round_51_review_types(extract, text, subs):
    assert [s for s in _told(extract, text) if s][:1] == subs


@pytest.mark.parametrize("text, sub", [
    # Round-52 held-out wordings.
    ("On 6 August 2020, despite the new ceasefire, NAF fired grenade launchers at UAF positions near Zolote (Popasna, "
     "Luhansk). No casualties were reported.", "Shelling/artillery/missile attack"),
    ("On 4 August 2020, government troops took back an area in Shariff Aguak (Shariff Aguak, Maguindanao) that BIFF "
     "had occupied for a week, after a firefight. 2 fatalities.", "Government regains territory"),
    ("On 6 August 2020, the CJNG seized the community of El Ceñidor in Buenavista (Buenavista, Michoacan) after "
     "driving out Carteles Unidos gunmen.", "Non-state actor overtakes territory"),
    ("On 1 August 2020, Taliban fighters captured a strategic hilltop in Kohistanat district (Kohistanat, Sar-e Pul). "
     "2 fatalities.", "Non-state actor overtakes territory"),
    ("On 11 August 2020, riot police beat peaceful protesters with batons and fired rubber bullets at a crowd in "
     "Zhlobin (Zhlobin, Gomel). At least 8 people were injured. [size=about 200]",
     "Excessive force against protesters"),
])
def test_round_52_acled_types(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_an_attacker_shot_before_he_could_flee_is_counted_in_a_summary(extract):
    [event] = extract("12/20/2021: An assailant stabbed two people at a bus stop in Netanya, Central district, Israel, "
                      "before he was shot and killed by a security guard. The two victims were injured.")
    assert (event["killed"]["low"], event["injured"]["low"]) == (1, 2)


@pytest.mark.parametrize("text, published, subs", [
    # Review of the round-52 rules: a signed ceasefire agreement is still one; a ceasefire that
    # held is none; training is no shelling; bills, councils, views and campsites are no territory.
    ("Despite the ceasefire agreement signed yesterday in Doha, talks continued on prisoner releases.", "2023-06-01",
     ["Agreement"]),
    ("Soldiers fired grenade launchers in a training exercise at the Yavoriv range; no incidents were reported.",
     "2023-06-01", []),
    ("The opposition took back control of the city council in the municipal elections in Istanbul.", "2023-06-01", []),
    ("Parliament took back the bill on the municipality budget for revisions.", "2023-06-01", []),
    ("The photographer captured the hilltop view of the city at sunset.", "2023-06-01", []),
    ("Authorities seized the community of Santa Rosa's bank accounts in a corruption probe.", "2023-06-01", []),
    ("Police fired tear gas at people who stormed the municipal office in Ondo. [size=several hundred]", "2023-06-01",
     ["Violent demonstration"]),
])
def test_round_52_review_types(extract, text, published, subs):
    assert [s for s in _told(extract, text, published) if s][:1] == subs


@pytest.mark.parametrize("text, place", [
    # Round-53: GTD's "Southwest" is Cameroon's South-West; a village of Donetsk oblast we lack sits
    # at the oblast's own middle, not west of it.
    ("06/02/2018: Assailants attacked soldiers in Batoke, Southwest, Cameroon, killing one soldier.", ("CM", "Southwest")),
])
def test_round_53_places(extract, text, place):
    loc = extract(text)[0]["location"]
    assert (loc["country"], loc["admin1"]) == place


def test_only_the_bomber_died_is_one_dead(extract):
    [event] = extract("On 14 August 2020, a suicide bomber detonated his vest at a checkpoint near Kismayo (Kismayo, "
                      "Lower Juba). Only the bomber died.")
    assert event["killed"]["low"] == 1


def test_a_comma_list_before_an_unknown_number_of_attackers_is_summed(extract):
    [event] = extract("09/10/2021: Assailants attacked a military base in Malam Fatori, Abadam district, Borno state, "
                      "Nigeria. At least 12 soldiers, three civilians, and an unknown number of assailants were killed "
                      "in the ensuing clash.")
    assert event["killed"]["low"] == 15


@pytest.mark.parametrize("text, subs", [
    # An armed group that "opened a new headquarters" establishes a base; fire opened on an
    # outpost is no base.
    ("On 11 August 2020, the PMF 50th Brigade opened a new headquarters in Bashiqa (Al-Hamdaniya, Ninewa).",
     ["Headquarters or base established"]),
    ("On 10 August 2020, gunmen opened fire on a police outpost in Kano, killing two officers.", ["Armed clash"]),
])
def test_an_opened_headquarters_is_a_base(extract, text, subs):
    assert _told(extract, text)[:1] == subs


@pytest.mark.parametrize("text, subs", [
    # A car bomb neutralised before it struck is a disrupted use; one that went off after the
    # gunmen were neutralised is not.
    ("On 6 March 2021, Malian forces neutralised a car bomb before it reached the camp in Tessit (Ansongo, Gao). "
     "No fatalities and/or injuries reported.", ["Disrupted weapons use"]),
    ("On 6 March 2021, a car bomb exploded in Mogadishu after police neutralised the gunmen. 4 fatalities.",
     ["Remote explosive/landmine/IED"]),
    # Forces "engaged" are fought; talks they are engaged in are not.
    ("On 8 March 2021, Ambazonian separatists engaged the military in Kumbo (Bui, North-West). 3 fatalities.",
     ["Armed clash"]),
    ("On 8 March 2021, community leaders engaged the military in talks over the checkpoint in Bamenda (Mezam, "
     "North-West). No fatalities and/or injuries reported.", [None]),  # (a consultation, no ACLED event)
    # "took back" a town named; not a comrade carried back.
    ("On 8 September 2022, Ukrainian forces took back Balakliia (Balakliia, Kharkiv) from Russian forces. "
     "0 fatalities.", ["Government regains territory"]),
    # A camp or barracks opened by armed men is a base; a camp opened for the displaced is none.
    ("On 13 February 2018, FARC dissidents opened a new camp near Tumaco (Tumaco, Narino) to train recruits.",
     ["Headquarters or base established"]),
    ("On 15 March 2021, the National Guard opened a new barracks in Apaseo el Alto (Apaseo el Alto, Guanajuato).",
     ["Headquarters or base established"]),
    ("On 13 February 2018, the government opened a new camp for displaced people near Tumaco (Tumaco, Narino).", []),
    # A truce that held is no agreement, whatever is named between; one signed is.
    ("On 10 March 2021, the ceasefire between government forces and SPLM-IO held in Yei (Yei, Central Equatoria) "
     "for a third day. 0 fatalities.", []),
    ("On 10 March 2021, the ceasefire between government forces and SPLM-IO was signed in Yei (Yei, Central "
     "Equatoria). 0 fatalities.", ["Agreement"]),
    # Barricades the forces attacked or cleared are no riot of the crowd's.
    ("On 28 March 2021, security forces attacked anti-coup protesters and their makeshift barricades in Kale "
     "(Kale, Sagaing), using rifle grenades and live ammunition. [size=no report] 5 fatalities.",
     ["Excessive force against protesters"]),
    ("On 28 March 2021, security forces cleared barricades erected by anti-coup protesters in Kale (Kale, "
     "Sagaing). [size=no report] No fatalities and/or injuries reported.", ["Protest with intervention"]),
    # Arrests before a planned rally are arrests.
    ("On 12 March 2021, police in Taraz (Taraz, Jambyl) detained 3 members of the banned Democratic Choice of "
     "Kazakhstan movement before a planned rally.", ["Arrests"]),
    # Residents who seized and burned one of two men lynch him.
    ("On 18 March 2021, residents of a community in Huejutla de Reyes (Huejutla de Reyes, Hidalgo) seized two men "
     "accused of stealing a motorcycle, beat them and set one of them on fire. 1 fatality.", ["Mob violence"]),
])
def test_round_54_wordings(extract, text, subs):
    assert _told(extract, text)[:1] == subs[:1] and (subs or not _told(extract, text))


@pytest.mark.parametrize("text, killed, injured", [
    # The victim shot "before he was shot and killed" in a summary that names no attacker.
    ("05/04/2017: A farmer fought off a group of robbers in Kajiado, Kenya, before he was shot and killed.", 1, None),
    # The hurt told by degree are summed.
    ("Three people were stabbed to death in a knife attack in the city centre of Würzburg. Five others were "
     "seriously hurt and two lightly injured.", 3, 7),
    # A headline's list before an unknown number of attackers.
    ("Militants storm Niger army post: 12 soldiers, one interpreter, and an unknown number of attackers killed",
     13, None),
])
def test_round_54_tolls(extract, text, killed, injured):
    [event] = [e for e in extract(text, published="2021-05-06") if not e["background"]]
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, date, killed", [
    # The hostage the kidnappers killed days later, and the kidnappers killed in the rescue, are
    # the kidnapping's, on its day.
    ("04/09/2021: Assailants abducted two aid workers in Dogondoutchi, Dosso, Niger. On April 15, 2021, the "
     "assailants killed one of the hostages; the other was released on April 20, 2021.", "2021-04-09", 1),
    ("05/20/2021: Assailants abducted eight pupils and a teacher from a secondary school in Kumba, Sud-Ouest, "
     "Cameroon. One pupil was killed during the abduction. Soldiers rescued the remaining hostages on May 24, "
     "2021; two assailants were killed in the operation.", "2021-05-20", 3),
])
def test_round_54_the_fate_of_hostages_told_later(extract, text, date, killed):
    [event] = [e for e in extract(text) if not e["background"]]
    assert (event["date"]["start"], event["killed"]["low"]) == (date, killed)


@pytest.mark.parametrize("text, place", [
    # A state's forces fight abroad: Ukraine's oblast, not the small Donetsk of Rostov.
    ("On 8 August 2022, Russian forces shelled positions in Donetsk oblast. 3 fatalities.", ("UA", "Donetsk")),
    ("On 10 March 2021, police arrested two men suspected of robbery in Coventry (West Midlands).", ("GB", "England")),
    ("A suicide car bomb targeting a military checkpoint killed 11 and wounded one dozen in Nioro du Sahel.",
     ("ML", "Kayes")),
])
def test_round_54_places(extract, text, place):
    loc = extract(text)[0]["location"]
    assert (loc["country"], loc["admin1"]) == place


@pytest.mark.parametrize("text, subs", [
    # A car bomb that exploded after it was "neutralised" was no disrupted use.
    ("On 14 March 2021, soldiers neutralised a car bomb in Mogadishu (Mogadishu, Banadir); two soldiers were "
     "killed and four wounded when it exploded. 2 fatalities.", ["Remote explosive/landmine/IED"]),
    ("On 19 November 2021, the army located and destroyed a cylinder bomb planted near a school in Imphal "
     "(Imphal East, Manipur).", ["Disrupted weapons use"]),
    # Weapons seized in a raid are the event; the raid is its means.
    ("On 15 November 2021, Israeli police seized 12 firearms and a large quantity of ammunition during a raid in "
     "Rahat (Be'er Sheva, HaDarom).", ["Disrupted weapons use"]),
    # "took back" no highway near a town, nor "Monday".
    ("On 8 August 2022, the army took back control of the highway near Kaya (Sanmatenga, Centre-Nord).", []),
    # Posts abandoned and positions vacated change hands without a fight; an empty camp the
    # displaced moved into is no territory.
    ("On 19 November 2021, the Indaw PDF took control of a police outpost in Indaw township (Katha, Sagaing) after "
     "police abandoned it.", ["Non-violent transfer of territory"]),
    ("On 7 November 2021, Taliban forces moved into former NRF positions in the mountains of Rukha district "
     "(Rukha, Panjshir) after the resistance fighters withdrew without fighting.", ["Non-violent transfer of territory"]),
    ("Displaced families moved into the empty camp in Dadaab, Garissa, on 20 June 2021 after new shelters were "
     "built.", []),
    # Force on protesters is not their violence: the forces' attack, their barricades.
    ("On 26 November 2021, security forces attacked farmers protesting water shortages in Isfahan city (Isfahan, "
     "Isfahan), firing tear gas and pellets. Dozens were injured. [size=thousands]",
     ["Excessive force against protesters"]),
    ("On 18 November 2021, farmers protesting the ban on chemical fertilisers marched towards the Presidential "
     "Secretariat in Colombo (Colombo, Western). Police blocked the march with barricades. [size=hundreds]",
     ["Protest with intervention"]),
    # People who flee for fear, or at the sight of armed men, are displaced.
    ("On 11 November 2021, more than 2,000 residents fled villages around Ugep (Yakurr, Cross River) for fear of "
     "reprisals following a boundary dispute.", ["Other"]),
    # A minister's curfew, a brigade dissolved, a group's suspension announced.
    ("On 8 November 2021, the Interior Minister imposed a dusk-to-dawn curfew on Nkwanta (Nkwanta South, Oti) "
     "following renewed tensions between two communities.", ["Change to group/activity"]),
    ("On 11 November 2021, the LNA announced the dissolution of a local brigade based in Tukrah (Al Marj).",
     ["Change to group/activity"]),
    ("On 20 March 2021, ULFA-I announced in a statement released in Guwahati (Kamrup Metropolitan, Assam) that "
     "it would suspend its operations during the elections.", ["Change to group/activity"]),
])
def test_round_55_wordings(extract, text, subs):
    assert _told(extract, text)[:1] == subs[:1] and (subs or not _told(extract, text))


@pytest.mark.parametrize("text", [
    # A clash "the previous month" that led to it, or a post "seized by the KIA earlier in the
    # month", does not make the news told an earlier event.
    "On 17 November 2021, farmers and herders in Pala (Mayo-Dallah, Mayo-Kebbi Ouest) signed a reconciliation "
    "agreement under the auspices of the governor, following deadly clashes the previous month.",
    "On 25 March 2021, the military retook a hilltop outpost near Laiza (Momauk, Kachin) seized by the KIA earlier "
    "in the month. Casualties unknown.",
])
def test_round_55_the_news_is_not_background(extract, text):
    assert any(not e["background"] for e in extract(text))


@pytest.mark.parametrize("text, injured", [
    ("On 4 September 2021, an explosion in Kabul (Kabul) left three people seriously injured and four slightly "
     "injured.", 7),
])
def test_round_55_hurt_by_degree(extract, text, injured):
    [event] = extract(text)
    assert event["injured"]["low"] == injured


@pytest.mark.parametrize("text, place", [
    # Whose government is no place; the town the forces went to is.
    ("On 19 March 2021, the Amhara regional government deployed additional special forces to Debre Birhan "
     "(North Shewa, Amhara).", ("ET", "Debre Birhan")),
    ("Adamawa governor visits Gombi, promises to rebuild burnt market", ("NG", None)),
    ("Deep South insurgents shoot dead village defence volunteer in Betong", ("TH", "Betong")),
])
def test_round_55_places(extract, text, place):
    loc = extract(text, published="2021-06-10")[0]["location"]
    assert (loc["country"], place[1] and loc["name"]) == place


@pytest.mark.parametrize("text, subs", [
    # Gunmen who only burned a building, or only fired in the air, attacked nobody.
    ("On 5 June 2022, unknown gunmen set ablaze the INEC office in Orlu (Orlu, Imo), destroying ballot boxes and "
     "voter cards. No casualties reported.", ["Looting/property destruction"]),
    ("On 17 June 2022, gunmen fired shots in the air during a wedding celebration in Suq al Jumaa (Tripoli, "
     "Tripoli), causing panic. No fatalities.", ["Other"]),
    # ... but a killing with a fire set after it is the attack.
    ("On 28 April 2020, suspected JNIM militants killed six civilians in Gorgadji (Gorgadji, Seno). The gunmen "
     "arrived on motorcycles and set fire to several shops before leaving towards Dori.", ["Attack"]),
    # Aircraft that launch missiles strike from the air; an assault repelled is a fight.
    ("On 17 June 2022, Russian aircraft launched missiles at Zelenodolsk (Kryvyi Rih, Dnipropetrovsk), injuring "
     "two civilians. No fatalities.", ["Air/drone strike"]),
    ("On 4 June 2022, Ukrainian forces repelled a Russian assault near Bilohorivka (Sievierodonetsk, Luhansk). "
     "Casualties unknown.", ["Armed clash"]),
    # An exchange of the dead is an agreement; a peace signed "to end ... revenge attacks" too.
    ("On 2 June 2022, Ukraine and Russia carried out an exchange of the bodies of killed soldiers near Vasylivka "
     "(Vasylivka, Zaporizhia).", ["Agreement"]),
    ("On 4 June 2022, Pari and Lotuko community leaders signed a peace agreement in Lafon (Lafon, Eastern "
     "Equatoria) to end cattle raids and revenge attacks.", ["Agreement"]),
    # A detachment set up is a base; fighters who moved into abandoned posts, a transfer; armed
    # men who moved into positions and killed, an attack.
    ("On 7 June 2022, the Burkinabe army set up a new military detachment in Bittou (Bittou, Boulgou).",
     ["Headquarters or base established"]),
    ("On 15 January 2022, TPLF forces moved into abandoned military posts in Kobo (North Wollo, Amhara). "
     "0 fatalities.", ["Non-violent transfer of territory"]),
    ("On 9 May 2022, ADF rebels moved into former FARDC positions at Mamove (Beni, North Kivu) and killed 6 "
     "civilians. 6 fatalities.", ["Attack"]),
    # A company's suspension is no armed group's.
    ("On 12 November 2021, the mining company announced that it would suspend its operations in Kolwezi "
     "(Lualaba) after a dispute.", []),
])
def test_round_56_wordings(extract, text, subs):
    assert _told(extract, text)[:1] == subs[:1] and (subs or not _told(extract, text))


def test_round_56_a_coded_toll_wins_over_scores(extract):
    [event] = extract("Around 16 June 2022 (as reported), Nigerian Air Force jets struck bandit camps near Rijau (Rijau, "
                      "Niger), reportedly killing 'scores' of bandits. Unknown fatalities coded as 10.")
    assert event["killed"]["low"] == 10


def test_round_56_east_is_not_west(extract):
    [event] = extract("On 3 June 2022, OLF-Shane fighters took control of Gida Ayana town (East Wollega, Oromia) after "
                      "clashes with government forces.")
    assert "West" not in event["location"]["name"]


@pytest.mark.parametrize("text, subs", [
    # Talks that agreed to pull troops back agree; a camp of a named group captured is taken.
    ("On 21 September 2019, representatives of the Tatmadaw and the UWSA held talks in Tachileik (Tachileik, "
     "Shan-East) and agreed to reduce troop deployments along a disputed road.", ["Agreement"]),
    ("On 23 September 2019, RCSS troops captured a TNLA camp near Mong Kung (Loilen, Shan-South) after a clash. "
     "No fatalities and/or injuries reported.", ["Non-state actor overtakes territory"]),
    ("On 10 September 2019, Raia Mutomboki militiamen occupied Kalima (Pangi, Maniema) without a fight after the "
     "FARDC withdrew to Kindu.", ["Non-violent transfer of territory"]),
    ("On 25 September 2019, UPC fighters seized Gambo (Mbomou) from anti-Balaka militiamen after clashes lasting "
     "several hours. At least 5 people were killed.", ["Non-state actor overtakes territory"]),
    # ... not residents of an "occupied" town.
    ("On 11 June 2022, the Russian-installed administration began issuing Russian passports to residents in "
     "occupied Kakhovka (Kakhovka, Kherson).", []),
    # Strikes by aircraft however told; an elder shot by gunmen "believed to be" militants is
    # attacked, not fought.
    ("On 17 September 2019, unidentified aircraft, probably Israeli, carried out several strikes on positions of "
     "militias near Al Hari (Al Bukamal, Deir-ez-Zor). Unknown fatalities coded as 10.", ["Air/drone strike"]),
    ("On 18 September 2019, the air component of Operation Hadarin Daji struck a bandits' hideout near "
     "Kwatarkwashi (Bungudu, Zamfara), killing 7 bandits. 7 fatalities.", ["Air/drone strike"]),
    ("On 8 September 2019, gunmen believed to be Al Shabaab militants shot dead a traditional elder outside his "
     "house in Wardhiigleey district (Mogadishu, Banadir). 1 fatality.", ["Attack"]),
    # Villagers who caught and beat two men to death lynched them; blood money for past clashes is
    # the agreement's terms.
    ("On 13 September 2019, villagers in the commune of Ankazobe (Ankazobe, Analamanga) caught and beat to death "
     "two suspected cattle rustlers. 2 fatalities.", ["Mob violence"]),
    ("Around 21 September 2019 (as reported), tribal leaders of the Hawazma and Kenana signed a reconciliation "
     "agreement in Abu Jubeiha (Abu Jubeiha, South Kordofan), agreeing to pay blood money for the victims of "
     "last month's clashes.", ["Agreement"]),
    ("Militants destroy telecom mast in Garissa's Fafi", ["Looting/property destruction"]),
])
def test_round_57_wordings(extract, text, subs):
    assert _told(extract, text, published="2021-02-03")[:1] == subs[:1] \
        and (subs or not _told(extract, text, published="2021-02-03"))


@pytest.mark.parametrize("text, killed", [
    # Two with their own article and "his", before "with machetes".
    ("On 11 September 2019, unidentified armed men killed a motorcycle taxi driver and his passenger with machetes "
     "on the outskirts of Mbandaka (Mbandaka, Equateur).", 2),
    # Bombers "killing themselves and four guards", as GTD counts them.
    ("03/08/2018: Two suicide bombers attempted to storm a restaurant in Harfo, Mudug, Somalia. Guards opened fire "
     "and both bombers detonated their vests, killing themselves and four guards.", 6),
    # Two groups each with its own verb, in a summary.
    ("05/02/2021: Assailants attacked a market and a gold mining site near Piela, Gnagna, Est, Burkina Faso. Seven "
     "civilians were killed at the market, and five members of the VDP were killed at the mining site.", 12),
    # The note's "No fatalities" is its toll: a death told as the riot's cause is not the riot's.
    ("On 24 September 2019, minibus drivers rioted in Kitwe (Copperbelt) after a colleague was killed, stoning "
     "police vehicles. No fatalities and/or injuries reported.", None),
])
def test_round_57_tolls(extract, text, killed):
    [event] = [e for e in extract(text) if not e["background"]]
    assert (event["killed"] or {}).get("low") == killed


@pytest.mark.parametrize("text, place", [
    # A compass region with its word holds no town abroad; a province "of" after its word.
    ("On 3 September 2019, demonstrators threw stones at police in the city centre of Lilongwe (Lilongwe City, "
     "Central Region). [size=thousands]", "MW"),
    ("Two explosions hit a Catholic cathedral in the southern province of Sulu during Sunday mass, killing 20 "
     "people.", "PH"),
])
def test_round_57_places(extract, text, place):
    assert extract(text)[0]["location"]["country"] == place


@pytest.mark.parametrize("text, subs", [
    # Missiles partly intercepted still struck; a drone, singular, and loitering munitions strike.
    ("On 19 February 2023, Israeli forces fired several surface-to-surface missiles at military positions near Al "
     "Kiswah (Markaz Rif Dimashq, Rural Damascus). The Syrian air defences intercepted some of the missiles. "
     "2 fatalities.", ["Shelling/artillery/missile attack"]),
    ("On 17 February 2023, Ukrainian forces struck an oil refinery in Novoshakhtinsk (Novoshakhtinsk, Rostov) with a "
     "drone, causing a fire. No fatalities and/or injuries reported.", ["Air/drone strike"]),
    ("On 10 February 2023, Russian forces struck Khmelnytskyi (Khmelnytskyi, Khmelnytskyi) with Shahed-136 loitering "
     "munitions, hitting energy infrastructure.", ["Air/drone strike"]),
    # A man shot dead by gendarmes during a demonstration of fishermen met excessive force.
    ("On 17 February 2023, a young man was shot dead by gendarmes during a demonstration of fishermen against the "
     "arrest of a local leader in Saint-Louis (Saint-Louis, Saint-Louis). 1 fatality.",
     ["Excessive force against protesters"]),
    # "following the January clashes" is the agreement's past; escaped inmates recaptured are no
    # territory; a town handed over is a transfer; a security council's curfew is an event.
    ("On 3 February 2023, a reconciliation agreement was signed between Arab and Dadjo communities in Am Dam "
     "(Djourf Al Ahmar, Sila), following the January clashes.", ["Agreement"]),
    ("On 19 February 2023, seven inmates escaped from the custodial centre in Kafin Hausa (Kafin Hausa, Jigawa) "
     "after the wall collapsed. Three were recaptured.", []),
    ("Around 16 February 2023 (as reported), Eritrean forces handed over Zalambessa town (Eastern, Tigray) to the "
     "ENDF and withdrew towards the border.", ["Non-violent transfer of territory"]),
    ("On 3 February 2023, the Upper West regional security council imposed a dusk-to-dawn curfew on parts of Wa "
     "(Wa Municipal, Upper West).", ["Change to group/activity"]),
    # A suicide driver named makes the bombing a suicide bomb; an arrest over a planned arson is
    # the arrest.
    ("On 14 February 2023, JNIM militants drove a vehicle-borne IED into the FAMa camp in Bamba (Bourem, Gao). "
     "4 soldiers and 5 assailants including the suicide driver were killed. 9 fatalities.", ["Suicide bomb"]),
    ("On 13 February 2023, FSB officers arrested a local man in Tver (Tver, Tver) on suspicion of planning to set "
     "fire to a military enlistment office.", ["Arrests"]),
    ("On 9 February 2023, Taliban officials and Iranian border authorities agreed to reopen the Islam Qala border "
     "crossing (Kohsan, Herat) to commercial traffic.", ["Agreement"]),
    # Review-57 near misses: a civilian camp, rain, a party's air wing, "from March until November".
    ("On 3 April 2022, unidentified armed men seized an IDP camp for two hours near Kaga-Bandoro (Kaga-Bandoro, "
     "Nana-Grebizi). 0 fatalities.", []),
    ("Heavy rains destroy bridges and homes in Kasese", []),
    ("The air wing of the party struck a deal with the unions on Tuesday.", ["Agreement"]),
    ("On 6 May 2022, Russian forces occupied Kherson (Kherson, Kherson) from March until November 2022, residents "
     "recalled. 0 fatalities.", []),
])
def test_round_58_wordings(extract, text, subs):
    assert _told(extract, text, published="2023-02-20")[:1] == subs[:1] \
        and (subs or not _told(extract, text, published="2023-02-20"))


@pytest.mark.parametrize("text, country", [
    # A division word after a name: "Bui division" is Cameroon's, not Bowie, Maryland.
    ("Cameroon separatists kidnap mayor in Bui division", "CM"),
    ("Gunmen kill 11 bus passengers in Benishangul", "ET"),
])
def test_round_58_places(extract, text, country):
    assert extract(text, published="2021-06-27")[0]["location"]["country"] == country


@pytest.mark.parametrize("text, subs", [
    # Protesters who set trucks alight riot; an agreement "to end a dispute ... that had caused
    # armed clashes earlier in the year" is today's agreement.
    ("On 10 July 2021, pro-Zuma protesters blocked the N3 highway near Estcourt (Uthukela, KwaZulu-Natal) and set "
     "trucks alight. [size=no report]", ["Violent demonstration"]),
    ("On 9 July 2021, tribal elders from Awjila and Jalu signed a reconciliation agreement in Awjila (Al Wahat) to "
     "end a dispute over farmland that had caused armed clashes earlier in the year.", ["Agreement"]),
    # Rockets of which one was intercepted still shelled.
    ("On 8 July 2021, three Katyusha rockets targeted the US embassy in Baghdad. The C-RAM system intercepted one "
     "of them.", ["Shelling/artillery/missile attack"]),
    ("Russia launches Shaheds at Kyiv overnight, three dead", ["Air/drone strike"]),
    # Review-58 near misses: drones supplied or bought, towns recaptured "by the army", a city
    # market handed over, a training camp raided.
    ("Iran denies supplying Shahed drones to Russia", []),
    ("On 5 October 2022, the towns of Lyman and Svyatohirsk were recaptured by the army (Lyman, Donetsk). "
     "3 fatalities.", ["Government regains territory"]),
    ("On 10 October 2022, the contractor handed over Gulu city market to the council (Gulu, Gulu).", []),
])
def test_round_59_wordings(extract, text, subs):
    assert _told(extract, text, published="2023-01-31")[:1] == subs[:1] \
        and (subs or not _told(extract, text, published="2023-01-31"))


def test_round_59_a_tribe_named_after_a_province_is_no_place(extract):
    [event] = extract("On 12 July 2021, leaders of the Salamat and Misseriya tribes signed a peace agreement in Um Dukhun "
                      "(Central Darfur) under the auspices of the state government.")
    assert event["location"]["country"] == "SD"


@pytest.mark.parametrize("text, subs", [
    # A crowd that storms and sets part of a building on fire riots; pepper spray is the police
    # stepping in; drones named after "attacked ... with" strike from the air.
    ("On 25 October 2022, residents of Al-Rifai (Al-Rifai, Thi-Qar) protesting power cuts and water shortages "
     "stormed the district electricity directorate and set part of it on fire. [size=around 200]",
     ["Violent demonstration"]),
    ("On 15 October 2022, counter-protesters tried to block a far-right march against energy prices in Dresden "
     "(Dresden, Saxony). Police used pepper spray to push them back. [size=about 300]", ["Protest with intervention"]),
    ("On 29 October 2022, Ukrainian forces attacked Russian Black Sea Fleet vessels in the bay of Sevastopol with "
     "aerial and naval drones. A minesweeper was reportedly damaged. Fatalities unknown.", ["Air/drone strike"]),
    # Setting oneself on fire is a protest's own act, no riot.
    ("On 3 March 2022, two protesters set themselves on fire outside the governor's office in Kasserine (Kasserine, "
     "Kasserine) to protest unemployment. [size=no report]", ["Peaceful protest"]),
    # A protest called for is why people were arrested, not a protest that happened.
    ("On 4 October 2022, police arrested 6 men in Assiut (Asyut, Asyut) for allegedly calling online for protests "
     "on 11 November.", ["Arrests"]),
    ("On 19 October 2022, police in Atyrau detained a civil activist who had called for a rally against the early "
     "presidential election.", ["Arrests"]),
])
def test_round_60_wordings(extract, text, subs):
    assert _told(extract, text, published="2023-01-31") == subs


@pytest.mark.parametrize("text, killed, injured", [
    ("Gunmen attacked worshippers at a mosque in Mazakuka village in Niger State, killing 14 people and leaving "
     "seven with gunshot wounds.", 14, 7),
    ("A suicide car bomber rammed into a convoy of foreign forces in Kandahar city, killing four civilians. Two "
     "foreign soldiers were among the wounded, and eleven civilians were also hurt.", 4, 13),
    # ... but those "among the wounded" are part of a total told before them.
    ("A suicide car bomber rammed into a convoy in Kandahar city, killing four civilians and wounding 15 others. "
     "Two foreign soldiers were among the wounded.", 4, 15),
    ("A police officer was stabbed in the neck by a man at Antwerp-Centraal railway station. The officer survived "
     "his wounds and the attacker was arrested.", None, 1),
])
def test_round_60_hurt(extract, text, killed, injured):
    [event] = [e for e in extract(text) if e["event"] == "ASSAULT"][:1]
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_round_60_a_siege_ended_later_is_the_hostage_taking_of_the_day_it_began(extract):
    [event] = extract("03/04/2020: Assailants stormed the district headquarters in Jowhar, Middle Shabelle, Somalia, "
                      "and took several officials hostage. Security forces ended the siege on March 5, 2020; four "
                      "officials, two soldiers and all five assailants were killed, and nine people were injured. "
                      "Al-Shabaab claimed responsibility for the incident.")
    assert (event["date"]["start"], event["killed"]["low"], "abduct" in event["modes"]) == ("2020-03-04", 11, True)


@pytest.mark.parametrize("text, place, admin1", [
    # Two consonant guesses that agree (the town inside the province) bear each other out.
    ("On 5 October 2022, a protester was shot dead by security forces during a demonstration in Oshnavieh "
     "(Oshnavieh, West Azarbaijan). 1 fatality.", "Oshnaviyeh", "West Azarbaijan"),
    ("Around 19 October 2022 (as reported), ENDF forces established a command post in Bambasi town (Asosa, "
     "Benshangul/Gumuz) following repeated GPLM attacks in the area.", "Bambesi", "Benshangul/Gumuz"),
    # A quarter a city owns is the namesake inside that city.
    ("A Syrian asylum seeker stabbed two men outside a bar in Hanover's Linden district; one of the victims died in "
     "hospital the next day.", "Hannover - Linden", "Niedersachsen"),
    # A district GeoNames has only at its province's point: the town heading it, misfiled next door.
    ("01/29/2020: Assailants armed with machetes attacked civilians in Takum, Taraba, Nigeria. At least 12 civilians "
     "were killed in the attack.", "Takum", "Taraba"),
    # A town and its province that NER called a work of art; the article joined to a name; the
    # assimilated article "Aj"; an English spelling.
    ("On 22 October 2022, a mob attacked and beat a man accused of desecrating the Quran in a village near "
     "Khanewal, Punjab.", "Khanewal", "Punjab"),
    ("On 9 April 2021, Al Shabaab militants attacked a police post in Elwak town (Mandera, Mandera). 2 fatalities.",
     "El Wak", "Mandera"),
    ("On 13 October 2022, resistance committees organised a protest in Al-Hasaheisa (Al Hasaheesa, Aj Jazirah) "
     "against military rule.", "Al Hasaheisa", "Aj Jazirah"),
    ("07/21/2019: Assailants detonated two explosive devices near a vegetable market in Heet, Al Anbar, Iraq. Three "
     "civilians were killed.", "Hit", "Al Anbar"),
])
def test_round_60_places(extract, text, place, admin1):
    location = extract(text)[0]["location"]
    assert (location["name"], location["admin1"]) == (place, admin1)


@pytest.mark.parametrize("text, subs", [
    # Review-59 near misses: walking out is no storming, a man who sets himself on fire destroys
    # no property, drones beside cameras are surveillance, a march called off or a protest called
    # on residents for is no protest today.
    ("On 24 October 2022, protesters stormed out of the town hall meeting in Bukavu (Bukavu, Sud-Kivu) after the "
     "mayor refused to speak. No fatalities.", ["Peaceful protest"]),
    ("On 8 October 2022, a teacher set himself on fire outside the education office in Tunis (Tunis, Tunis) to "
     "protest unpaid wages. No fatalities.", ["Peaceful protest"]),
    ("Police targeted the smuggling gang with drones and cameras, arresting five men in Ceuta, Spain, on Friday.",
     ["Arrests"]),
    ("On 23 October 2022, organisers called off the march in Colombo (Colombo, Western) after police warnings.", []),
    ("On 28 October 2022, police detained 5 youths in Accra (Accra, Greater Accra) who called on residents for a "
     "protest on Monday. No fatalities.", ["Arrests"]),
])
def test_review_59_near_misses(extract, text, subs):
    assert _told(extract, text, published="2022-10-30") == subs


@pytest.mark.parametrize("text, injured", [
    ("On 14 October 2022, a suicide bomber struck a mosque in Kunduz (Kunduz, Kunduz), killing 11 and wounding 40. "
     "Three children were also among the injured.", 40),
    ("Two weeks after the attack, a man survived his injuries from an earlier car crash, his family said in Lahore.",
     None),
])
def test_review_59_hurt_told_as_part(extract, text, injured):
    events = extract(text, published="2022-10-20")
    assert (events or injured is None) and all((e["injured"] or {}).get("low") == injured for e in events)


def test_review_59_a_town_siege_lifted_is_no_hostage_taking(extract):
    events = extract("On 1 October 2022, militants abducted 3 aid workers in Marib (Marib City, Marib). Separately, on "
                     "4 October 2022, government forces lifted the siege on Taiz (Al Qahirah, Taiz) after heavy "
                     "fighting.")
    assert sorted(e["location"]["admin1"] for e in events) == ["Marib", "Taiz"]


@pytest.mark.parametrize("text, killed, injured", [
    ("Al-Shabaab militants hurled two grenades into a nightclub in Moyale, killing 2 people. Fourteen others were "
     "hospitalised with shrapnel wounds.", 2, 14),
    ("A teacher was stabbed several times outside a secondary school in Montauban, France, and died of his wounds in "
     "hospital.", 1, None),
    ("On 17 March 2021, youths in Ogoja (Ogoja, Cross River) attacked two suspected motorcycle thieves, killing one "
     "and injuring the other. 1 fatality.", 1, 1),
    ("A Palestinian assailant stabbed two people on the seafront promenade in Netanya, seriously wounding one and "
     "lightly wounding the other, before being shot by police.", None, 2),
    ("05/08/2021: Assailants attacked a military camp in Dioura, Segou, Mali. Six soldiers were killed and four "
     "soldiers were abducted in the attack. At least five assailants were also killed. On May 11, 2021, the bodies "
     "of two of the abducted soldiers were found near the camp.", 13, None),
    ("On 25 March 2020, a suicide bomber detonated a car bomb at a checkpoint at the entrance of Qabasin (Al Bab, "
     "Aleppo). 5 fatalities, including the bomber, and several wounded.", 5, 3),
    ("On 26 March 2020, community members in Vosloorus (Ekurhuleni, Gauteng) assaulted two suspected housebreakers, "
     "one of whom died on the scene.", 1, None),
])
def test_round_61_tolls(extract, text, killed, injured):
    event = extract(text)[0]
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_round_61_a_mine_left_over_from_past_fighting_goes_off_today(extract):
    [event] = extract("On 24 March 2020, a landmine left over from previous hostilities exploded in farmland near "
                      "Termanin (Harim, Idleb), killing a shepherd and wounding his son. 1 fatality.")
    assert (event["background"], event["acled_sub_event_type"]) == (False, "Remote explosive/landmine/IED")


def test_round_61_a_protester_who_set_himself_on_fire_hurt_himself(extract):
    [event] = extract("On 13 February 2023, a man set himself on fire in front of the city hall in Rustavi (Rustavi, "
                      "Kvemo Kartli) in protest over the demolition of his house. He was hospitalised with serious "
                      "burns.")
    assert event["acled_sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize("text, country", [
    # Whose fighters a country names is no place; a headline opening with a town and its bomb; the
    # only place in the world with a long consonant skeleton.
    ("Yemen's Houthis say drone targeted Jizan", "SA"),
    ("Sungai Kolok bomb wounds two rangers", "TH"),
    ("Motorcycle bomb in Jindires kills three", "SY"),
])
def test_round_61_headline_places(extract, text, country):
    assert extract(text, published="2021-03-08")[0]["location"]["country"] == country


def test_round_61_a_cercle_is_a_district_and_the_province_after_it_holds_it(extract):
    event = extract("02/16/2021: An explosive device detonated targeting a Malian Armed Forces (FAMa) convoy near Boni, "
                    "Douentza cercle, Mopti, Mali. Three soldiers were killed and four others were injured.")[0]
    assert (event["location"]["name"], event["location"]["admin1"]) == ("Douentza", "Mopti")


@pytest.mark.parametrize("text, subs", [
    # Review-60 near misses: walking away is no storming, a boycott called for is no rally, drones
    # beside helicopters still strike.
    ("On 22 September 2021, students stormed away from a meeting with the vice-chancellor in Kampala and marched "
     "peacefully through the campus.", ["Peaceful protest"]),
    ("On 12 June 2021, the opposition called for a boycott of the election rally in Conakry.", []),
    ("On 13 August 2021, TPLF forces were targeted with drones and helicopters in Mekelle, killing several fighters.",
     ["Air/drone strike"]),
    # Round 62: agreements told by "agreed ... to"; an evacuation ordered; force on a party's
    # procession; an arrest for an attack being planned; one state's forces relieving each other.
    ("On 6 August 2023, community leaders in Andagoya (Medio San Juan, Choco) announced that the ELN and the Clan del "
     "Golfo had agreed, through church mediation, to lift the confinement imposed on riverside communities.",
     ["Agreement"]),
    ("On 27 August 2023, the Myanmar military and the New Mon State Party agreed at a meeting in Ye (Mawlamyine, Mon) "
     "to allow traders to use the road between their areas during the rainy season.", ["Agreement"]),
    ("On 14 August 2023, Kharkiv regional authorities ordered the mandatory evacuation of children from Vovchansk "
     "(Chuhuivskyi, Kharkiv) due to constant shelling.", ["Other"]),
    ("On 3 August 2023, police opened fire on a BNP procession in Sherpur town (Sherpur, Mymensingh) after a scuffle. "
     "One BNP activist was killed and around 15 were injured. [size=around 500] 1 fatality.",
     ["Excessive force against protesters"]),
    ("On 15 August 2023, FSB officers arrested a supporter of the Islamic State who was allegedly planning an attack "
     "on a police station in Cherkessk (Karachay-Cherkess).", ["Arrests"]),
    ("On 21 August 2023, the Assam Rifles were withdrawn from a checkpoint at Torbung (Churachandpur, Manipur) and "
     "replaced by CRPF personnel following demands from Meitei groups.", ["Change to group/activity"]),
    # Arms seized, a weapons cache, a charge of murder, a rally someone was arrested for, protests
    # an agreement ended, an occupied locality.
    ("On 5 March 2020, police and army troops arrested an alleged finance officer of the NPA in Barangay Tara, "
     "Sipocot, Camarines Sur, by virtue of a warrant of arrest for murder. A pistol and a hand grenade were seized "
     "from him.", ["Arrests"]),
    ("On 18 March 2020, the SBU uncovered a cache with RPG-22 grenade launchers, hand grenades and ammunition in a "
     "garage in Berdiansk, Zaporizhia.", ["Disrupted weapons use"]),
    ("Police seized a cache of documents and laptops at a house in Lahore.", []),
    ("On 26 March 2020, gendarmes arrested a local candidate and 3 of his supporters in Oueleessebougou (Kati, "
     "Koulikoro) for holding a campaign rally in violation of the ban on gatherings.", ["Arrests"]),
    ("On 7 March 2020, in Tambobamba, Cotabambas, Apurimac, representatives of peasant communities and the government "
     "signed an agreement to lift the blockade of the mining corridor after five days of protests.", ["Agreement"]),
    ("On 24 March 2020, Ahlu Sunnah Wa-Jama insurgents attacked the police post in Metoro (Ancuabe, Cabo Delgado), "
     "killed 3 police officers, and occupied the locality for several hours before withdrawing into the bush. "
     "3 fatalities.", ["Non-state actor overtakes territory"]),
])
def test_round_62_wordings(extract, text, subs):
    assert _told(extract, text, published="2023-08-30")[:1] == subs[:1] \
        and (subs or not _told(extract, text, published="2023-08-30"))


@pytest.mark.parametrize("text, killed, injured", [
    ("A policeman was hit by a speeding car at a checkpoint in Multan, Punjab, and later died of his injuries.",
     None, None),
    ("On 2 April 2022, assailants fired on three motorcyclists near Djibo (Soum, Sahel), killing one and injuring the "
     "other two.", 1, 2),
    ("On 21 March 2022, gunmen shot two brothers in Zaria (Zaria, Kaduna), killing one and later killing the other at "
     "the hospital gate.", 2, None),
    ("On 22 March 2022, a teacher was stabbed several times outside a school in Garissa (Garissa, Garissa) and died of "
     "his wounds.", 1, None),
    ("05/20/2018: Three assailants armed with firearms and suicide vests stormed a government office in Pul-i-Alam, "
     "Logar province, Afghanistan. After a four-hour siege, all three assailants were killed; one detonated his "
     "explosives vest as security forces entered the building. Four civilians and a police officer were also killed "
     "and 11 people were injured.", 8, 11),
])
def test_round_62_tolls(extract, text, killed, injured):
    events = [e for e in extract(text, published="2022-06-30") if e["event"] == "ASSAULT"]
    assert (events or (killed, injured) == (None, None)) \
        and all(((e["killed"] or {}).get("low"), (e["injured"] or {}).get("low")) == (killed, injured) for e in events)


def test_round_62_a_cholera_death_is_no_attack(extract):
    assert not _read(extract("On 30 June 2022, 40 displaced people were admitted to a clinic in Beira (Beira, Sofala), "
                             "one of them died of cholera."))


@pytest.mark.parametrize("text, country", [
    ("Khan attack kills five in Bannu", "PK"),
    ("On 3 August 2023, unidentified men threw a grenade at a house in Santo Domingo (Santo Domingo, Santo Domingo de "
     "los Tsachilas), injuring two people. No fatalities.", "EC"),
    ("On 11 March 2020, in Belen de los Andaquies (Caqueta), troops of the National Army clashed with members of the "
     "FARC dissidents in the rural area of the municipality. One dissident was killed.", "CO"),
])
def test_round_62_places(extract, text, country):
    location = extract(text, published="2022-06-30")[0]["location"]
    assert location["country"] == country and location["precision"] == 1


@pytest.mark.parametrize("text, subs", [
    # Review-61 near misses: unknown men who set upon a procession attack it; police charging at
    # or tear-gassing one step in; a protest planned is why students were arrested; a warrant
    # executed kills nobody; arms seized in a house are disrupted.
    ("On 5 May 2023, unidentified men charged at a JUI procession with axes in Quetta (Quetta, Balochistan), injuring "
     "4 participants.", ["Attack"]),
    ("On 5 May 2023, police charged at a JUI procession in Quetta (Quetta, Balochistan) and dispersed it.",
     ["Protest with intervention"]),
    ("On 5 May 2023, police tear-gassed the peaceful sit-in of teachers in Quetta (Quetta, Balochistan).",
     ["Protest with intervention"]),
    ("On 5 May 2023, police arrested 3 students in Lahore (Lahore, Punjab) for planning a protest.", ["Arrests"]),
    ("On 5 May 2023, two AK-47 rifles and a grenade were seized from a house in Kano (Kano, Kano).",
     ["Disrupted weapons use"]),
    # Round 63 (review of round 62's): unexploded remnants, a pipeline blown up, a mine uncovered
    # and detonated, an arrest ahead of an anniversary, a raid being prepared, a police checkpoint
    # burned by gunmen with nobody hurt.
    ("On 5 May 2023, a mortar shell left over from the previous war exploded in Sirte (Sirte, Sirte), killing a child. "
     "1 fatality.", ["Remote explosive/landmine/IED"]),
    ("Oil pipeline blown up in Kirkuk province", ["Remote explosive/landmine/IED"]),
    ("On 20 August 2023, Israeli forces uncovered and detonated several explosive devices planted under a road in "
     "Nur Shams camp (Tulkarm, West Bank) during a raid.", ["Disrupted weapons use"]),
    ("On 16 August 2023, security forces arrested 5 Kurdish activists in Sarpol-e Zahab (Sarpol-e Zahab, Kermanshah) "
     "ahead of the anniversary of the death of Mahsa Amini.", ["Arrests"]),
    ("On 22 August 2023, gunmen suspected to be members of IPOB/ESN set ablaze a police checkpoint and two vehicles in "
     "Obollo-Afor (Udenu, Enugu). No fatalities and/or injuries reported.", ["Looting/property destruction"]),
])
def test_round_63_wordings(extract, text, subs):
    assert _told(extract, text, published="2023-08-30") == subs


@pytest.mark.parametrize("text, killed, injured", [
    ("On 5 May 2023, police executed a warrant of arrest for murder against a suspected NPA member in Tacloban.",
     None, None),
    ("Gunmen on motorbikes killed 9 people at a cattle market in Gorom-Gorom, and 4 more were hospitalised with "
     "gunshot wounds.", 9, 4),
    ("One rocket struck the yard of a house in Ashkelon and a woman was injured.", None, 1),
])
def test_round_63_tolls(extract, text, killed, injured):
    events = extract(text, published="2023-05-10")
    assert (events or (killed, injured) == (None, None)) \
        and all(((e["killed"] or {}).get("low"), (e["injured"] or {}).get("low")) == (killed, injured) for e in events)


def test_round_63_a_township_nationality_tagged_is_a_town(extract):
    event = extract("06/25/2021: Assailants stabbed and killed a ward administrator appointed by the military junta in "
                    "Kalay township, Sagaing, Myanmar.")[0]
    assert (event["location"]["name"], event["location"]["precision"]) == ("Kalemyo", 1)


@pytest.mark.parametrize("text", [
    "On 5 May 2023, the government and the union agreed to end the strike in Nairobi (Nairobi, Nairobi).",
    "On 5 May 2023, Kenya and Somalia have agreed to resume flights between Nairobi and Mogadishu.",
])
def test_review_61_labour_and_flight_deals_are_no_conflict_agreements(extract, text):
    assert not _read(extract(text))


@pytest.mark.parametrize("text, subs", [
    # Round 63: a response's own "no injuries reported" leaves the protest told; people who fled
    # threats to attack fled, nobody attacked; young men who storm and smash riot, and the man
    # shot dead "in the chaos" is the riot's; commanders in a county who agreed; trucks hijacked
    # and looted; a strike called "to protest attacks" is no riot; party supporters of a "rebel
    # candidate" who clash with sticks are a mob.
    ("On 24 November 2021, refugees protested cuts in food rations at Dolo Ado (Liben, Somali). Regional police "
     "intervened and dispersed the crowd; no injuries reported. [size=hundreds]", ["Protest with intervention"]),
    ("On 7 November 2021, about 3,000 people fled Mwenga centre (Mwenga, Sud-Kivu) following threats by Mai-Mai "
     "militiamen to attack the town.", ["Other"]),
    ("On 15 November 2021, dozens of young men stormed a petrol station in Halba (Akkar) over fuel rationing, smashed "
     "pumps and fired in the air. A man was shot dead in the chaos. 1 fatality. [size=dozens]",
     ["Violent demonstration"]),
    ("On 22 November 2021, SPLA-IO and SSPDF commanders in Kajo-Keji county (Central Equatoria) agreed to open the "
     "roads to Kajo-Keji town for returnees and traders.", ["Agreement"]),
    ("On 9 November 2021, members of the 400 Mawozo gang hijacked and looted two fuel trucks on the road in "
     "Thomazeau (Croix-des-Bouquets, Ouest). No fatalities and/or injuries reported.", ["Looting/property destruction"]),
    ("On 20 November 2021, the BNP announced a dawn-to-dusk hartal in Bhola (Bhola, Barisal) for 22 November to "
     "protest attacks on its candidates.", ["Peaceful protest"]),
    ("On 11 November 2021, supporters of the AL-nominated chairman candidate and an AL rebel candidate clashed with "
     "sticks, machetes and brickbats ahead of the union parishad polls in Shibchar upazila (Shibchar, Madaripur, "
     "Dhaka). One supporter died in hospital and 15 others were injured. 1 fatality.", ["Mob violence"]),
])
def test_round_63_more_wordings(extract, text, subs):
    assert _told(extract, text, published="2021-11-30") == subs


@pytest.mark.parametrize("text, subs", [
    # Review-62 near misses: strikes "on each other's villages" are attacks; arms seized by a
    # named group or recovered after an assault are no disruption; people who fled clashes fled
    # the clash; a bridge blown up by a storm.
    ("On 5 June 2022, Fulani and Dogon community leaders agreed to end the strikes on each other's villages in "
     "Bankass (Bankass, Mopti).", ["Agreement"]),
    ("On 5 June 2022, weapons were seized by ISWAP from an army base in Marte (Marte, Borno).", []),
    ("On 5 June 2022, people fled following clashes between ADF and FARDC in Oicha (Beni, North Kivu).",
     ["Armed clash"]),
    ("On 5 June 2022, weapons were recovered from a rebel camp in Bambari (Bambari, Ouaka) after FACA troops attacked "
     "it, killing 4 militants.", ["Armed clash"]),
    ("On 5 June 2022, a bridge was blown up by a storm near Beira (Beira, Sofala).", []),
])
def test_review_62_near_misses(extract, text, subs):
    assert _told(extract, text, published="2022-06-30") == subs


@pytest.mark.parametrize("text, subs", [
    # Round 64: a raid by gunmen that loots and burns and hurts nobody; a sit-at-home order
    # announced by an armed group; crops and machinery seized from farms.
    ("On 5 June 2022, gunmen raided a village in Kajuru LGA (Kajuru, Kaduna), looted foodstuffs and set a church "
     "ablaze. No casualties.", ["Looting/property destruction"]),
    ("On 9 June 2022, IPOB announced a sit-at-home order across the southeast to press for the release of Nnamdi "
     "Kanu, and warned residents of Owerri (Owerri Municipal, Imo) to comply.", ["Change to group/activity"]),
    ("Around 10 June 2022 (as reported), Russian forces seized agricultural machinery and grain from farms around "
     "Kakhovka (Nova Kakhovka, Kherson) and drove it towards Crimea.", ["Looting/property destruction"]),
])
def test_round_64_wordings(extract, text, subs):
    assert _told(extract, text, published="2022-06-30") == subs


@pytest.mark.parametrize("text, subs", [
    # Review-63 near misses: a raid's "no injuries" is no other act; a denied announcement; goods
    # seized by the state from smugglers or a company; guns recovered after an assault; winds and
    # threats of floods; gunmen who take grain from farmers loot.
    ("On 5 June 2022, armed men raided the health centre in Mbau (Beni, North Kivu), looting medicines and burning the "
     "pharmacy; no injuries were reported.", ["Looting/property destruction"]),
    ("On 5 June 2022, IPOB denied announcing a sit-at-home order in Aba (Aba South, Abia).", []),
    ("On 5 June 2022, police seized grain from smugglers at the border in Maiduguri (Maiduguri, Borno).", []),
    ("On 5 June 2022, the government seized farm machinery from a bankrupt company in Harare (Harare, Harare).", []),
    ("On 5 June 2022, the army attacked a rebel camp near Bambari (Bambari, Ouaka); several guns were recovered. "
     "4 fatalities.", ["Armed clash"]),
    ("On 5 June 2022, a telecom tower was blown up by strong winds in Beira (Beira, Sofala).", []),
    ("On 5 June 2022, residents fled following threats of floods in Beira (Beira, Sofala).", []),
    ("Gunmen seize grain, livestock from farmers in Zamfara", ["Looting/property destruction"]),
])
def test_review_63_near_misses(extract, text, subs):
    assert _told(extract, text, published="2022-06-10") == subs


@pytest.mark.parametrize("text, killed", [
    # Round 65: a force's full name with "and" and its initials; a title of two nouns.
    ("09/04/2021: Assailants attacked a checkpoint in Ghazni, Afghanistan. Seven Afghan National Defense and Security "
     "Forces (ANDSF) members were killed, and 15 assailants were also killed.", 22),
    ("09/04/2021: Assailants ambushed a convoy in Kunar, Afghanistan. The deputy governor and his driver were killed.", 2),
    ("On 23 September 2020, members of the public set upon two suspected robbers in Ruiru (Ruiru, Kiambu) and burnt "
     "them to death.", 2),
])
def test_round_65_tolls(extract, text, killed):
    assert extract(text)[0]["killed"]["low"] == killed


def test_round_65_the_green_zone_is_baghdads(extract):
    event = extract("On 28 September 2020, three Katyusha rockets were fired at the Green Zone (Baghdad - Karkh, "
                    "Baghdad) targeting the US embassy. No fatalities and/or injuries reported.")[0]
    assert event["location"]["country"] == "IQ"


@pytest.mark.parametrize("text, subs, background", [
    # An event "on the anniversary of" a coup is today's; "claimed to have retaken" regains.
    ("On 11 September 2020, on the anniversary of the 1973 coup, protesters erected burning barricades and threw "
     "stones at Carabineros in Maipu (Santiago, Santiago Metropolitan). [size=no report]",
     "Violent demonstration", False),
    ("On 27 September 2020, Azerbaijani forces claimed to have retaken six villages in Jabrayil district (Jabrayil, "
     "Jabrayil) from Armenian forces, killing 10 Armenian soldiers.", "Government regains territory", False),
])
def test_round_65_wordings(extract, text, subs, background):
    event = extract(text)[0]
    assert (event["acled_sub_event_type"], event["background"]) == (subs, background)


def test_round_65_a_group_claiming_responsibility_is_named_in_full(extract):
    event = extract("04/02/2016: Assailants attacked a Free Syrian Army (FSA) position in Bosra, Daraa, Syria. Seven FSA "
                    "fighters were killed in the attack. The Khalid ibn al-Walid Army claimed responsibility.")[0]
    assert "Jaysh Khalid ibn al-Walid" in [a["name"] for a in event["actors"]]


def test_round_65_a_country_that_mourns_its_soldiers_places_the_event(extract):
    assert extract("Burkina Faso mourns 14 soldiers killed in ambush", published="2021-08-20")[0]["location"]["country"] == "BF"


def test_round_66_an_untriggered_acled_note_is_one_development(extract):
    events = extract("On 24 March 2021, TLP leaders in Attock (Attock, Punjab) announced the postponement of their "
                     "planned march to Islamabad.")
    assert [(e["acled_sub_event_type"], e["date"]["start"], e["location"]["name"], [a["name"] for a in e["actors"]])
            for e in events if e["status"] == "occurred"] == [
        ("Change to group/activity", "2021-03-24", "Attock City", ["TLP: Tehreek-e-Labbaik Pakistan"])]
    # (an article's sentence with no trigger tells no event)
    assert extract("TLP leaders in Attock announced the postponement of their planned march to Islamabad.",
                   published="2021-03-24") == []


@pytest.mark.parametrize("text, killed", [
    # Each kind of attacker in a list of the dead, as GTD counts them.
    ("03/07/2017: A suicide bomber detonated a vehicle at the gate of a compound in Achin district, Nangarhar "
     "province, Afghanistan. Three gunmen then entered the compound; all three assailants, the bomber and four "
     "security guards were killed.", 8),
    # A hostage's body found: the one of the two not freed.
    ("09/03/2017: Assailants abducted a teacher and a local councillor in Arbinda department, Soum province, "
     "Burkina Faso. The councillor's body was found on 09/06/2017, while the teacher was released.", 1),
])
def test_round_66_tolls(extract, text, killed):
    assert extract(text)[0]["killed"]["low"] == killed


def test_round_66_a_hotel_named_like_a_town_abroad_is_in_the_town_named_next(extract):
    event = extract("Three gunmen attacked the Pearl Continental hotel in Gwadar. Four hotel employees were killed.")[0]
    assert event["location"]["country"] == "PK"


@pytest.mark.parametrize("text, sub, killed", [
    # ACLED's crowd tag closes its sentence: the note's figure after it is the coded toll, not more dead.
    ("On 4 March 2021, Nigerian military forces clashed with ISWAP militants near Gashua (Bade, Yobe). 11 militants "
     "were killed. [size=no report] 11 fatalities.", "Armed clash", 11),
    # A note's closing figure after the casualties of force on a procession is theirs.
    ("On 3 August 2023, police opened fire on a BNP procession in Sherpur town (Sherpur, Mymensingh) after a scuffle. "
     "One BNP activist was killed and around 15 were injured. 1 fatality.", "Excessive force against protesters", 1),
    # A vehicle laden with explosives driven into a camp is a suicide bomb.
    ("On 12 March 2021, JNIM militants drove a vehicle laden with explosives into the entrance of the MINUSMA camp in "
     "Ber (Timbuktu). The driver and one peacekeeper were killed. 2 fatalities.", "Suicide bomb", 2),
])
def test_round_66_notes(extract, text, sub, killed):
    [event] = extract(text)
    assert (event["acled_sub_event_type"], event["killed"]["low"]) == (sub, killed)


@pytest.mark.parametrize("text, sub, injured", [
    # Kidnappers a mob beats are its victims, not a kidnapping.
    ("On 16 March 2021, youths in Abakaliki (Abakaliki, Ebonyi) beat up two suspected kidnappers and set their car on "
     "fire before police rescued them. [size=dozens] No fatalities.", "Mob violence", None),
    # Force on a peaceful procession, and those it sent to hospital.
    ("On 18 March 2021, soldiers beat NUP supporters with sticks and gun butts during a peaceful procession in Masindi "
     "town (Masindi). Eight people were hospitalised.", "Excessive force against protesters", 8),
])
def test_round_66_crowds(extract, text, sub, injured):
    [event] = extract(text)
    assert (event["acled_sub_event_type"], (event["injured"] or {}).get("low")) == (sub, injured)


def test_round_66_a_people_named_like_its_region_is_not_the_place(extract):
    [event] = extract("Around 15 March 2021 (as reported), suspected OLA-Shane militants killed four Amhara civilians, "
                      "including a teacher, in a rural kebele outside Shambu town (Horo, Horo Gudru Wellega). 4 fatalities.")
    assert event["location"]["admin1"] != "Amhara" and event["location"]["country"] == "ET"
    # (the region named as a place still is one)
    [event] = extract("On 15 March 2021, gunmen killed 3 farmers in the Amhara region. 3 fatalities.")
    assert event["location"]["admin1"] == "Amhara"


@pytest.mark.parametrize("text, published, sub", [
    # Arms on a truck stopped at a checkpoint are taken out of use.
    ("On 8 November 2022, troops intercepted a truck carrying 14 AK-47 rifles and ammunition concealed in bags of "
     "grains at a checkpoint in Akwanga (Akwanga, Nasarawa).", None, "Disrupted weapons use"),
    # Terms agreed "in" a town are still terms: "to stop attacks" is no attack.
    ("On 5 November 2022, leaders of the PCJSS and UPDF agreed in Khagrachari (Khagrachari, Chittagong) to stop "
     "attacks against each other's activists following mediation by local elders.", None, "Agreement"),
    # The bombing whose perpetrator they helped is why they were arrested.
    ("On 14 November 2022, police detained two suspects in Edirne (Edirne, Edirne) who were allegedly trying to flee "
     "to Bulgaria after assisting the perpetrator of the 13 November Istiklal Avenue bombing in Istanbul.", None,
     "Arrests"),
    # Freed "after ransom": they had been kidnapped.
    ("Cameroon separatists free bus passengers after ransom", "2019-05-02", "Abduction/forced disappearance"),
])
def test_round_67_wordings(extract, text, published, sub):
    assert _told(extract, text, published)[:1] == [sub]


def test_round_67_prisoners_recaptured_are_no_territory(extract):
    events = extract("On 18 November 2022, around 30 inmates escaped from the central prison of Lusambo (Lusambo, "
                     "Sankuru) after breaking a wall. Police recaptured 9 of them.")
    assert all(e["acled_sub_event_type"] != "Government regains territory" for e in events)


def test_round_67_people_treated_in_hospital_are_hurt(extract):
    [event] = extract("Three men armed with knives attacked passers-by near a railway station in Leeds, England. One "
                      "woman died of her wounds and six people were treated in hospital.")
    assert (event["killed"]["low"], event["injured"]["low"]) == (1, 6)


@pytest.mark.parametrize("text", [
    # An accident's toll is no one's violence.
    "On 3 June 2021, a bus overturned near Mbeya (Mbeya Urban, Mbeya). Twelve people were hospitalised.",
    "A bus overturned near Mbeya on Sunday. Twelve people were injured.",
])
def test_review_66_an_accident_is_no_attack(extract, text):
    assert _read(extract(text, published="2021-06-05")) == []


@pytest.mark.parametrize("text, sub", [
    # A vehicle laden with explosives found before it went off is a disrupted weapon.
    ("On 3 June 2021, police found a vehicle laden with explosives parked near a market in Kirkuk (Kirkuk, "
     "Kirkuk). No casualties.", "Disrupted weapons use"),
    ("On 3 June 2021, police used tear gas during a procession of students in Kisumu (Kisumu Central, Kisumu). "
     "No fatalities.", "Protest with intervention"),
    # A town GeoNames files under a retired province code is still the town of the address.
    ("On 14 November 2022, armed Gumuz militiamen clashed with Amhara special forces and Fano militias near Chagni "
     "(Awi, Amhara). Seven people were killed on both sides. 7 fatalities.", "Armed clash"),
])
def test_review_66_wordings(extract, text, sub):
    [event] = extract(text)
    assert event["acled_sub_event_type"] == sub
    assert "Chagni" not in text or event["location"]["name"] == "Chagni"


def test_review_66_a_people_before_militia_is_no_person(extract):
    [event] = extract("On 3 June 2021, Shan militia ambushed a Tatmadaw convoy in Hsipaw (Kyaukme, Shan-North). "
                      "3 fatalities.")
    assert "Shan" not in [a["name"] for a in event["actors"]]


@pytest.mark.parametrize("text, sub, name", [
    # Explosive devices thrown are grenades, as ACLED codes them.
    ("On 16 July 2023, Palestinian militants threw improvised explosive devices at Israeli forces raiding Balata Camp "
     "(Nablus, West Bank). No fatalities and/or injuries reported.", "Grenade", None),
    # A hromada is its town's community.
    ("On 23 July 2023, Russian forces shelled Krasnopillia hromada (Okhtyrka, Sumy) 47 times with mortars and "
     "artillery. A 60-year-old man was killed in his yard. 1 fatality.", "Shelling/artillery/missile attack", "Krasnopillya"),
    # Supporters "holding a procession" protest.
    ("On 12 July 2023, police fired rubber bullets and live rounds at BNP supporters holding a procession in Chapai "
     "Nawabganj (Chapai Nawabganj, Rajshahi). One BNP activist was killed and at least 20 were injured. 1 fatality.",
     "Excessive force against protesters", None),
    # A position lost before is retaken today.
    ("On 25 July 2023, Ukrainian forces retook a previously lost position near Toretsk (Bakhmut, Donetsk) after "
     "clashes with Russian forces. 2 fatalities.", "Government regains territory", None),
])
def test_round_68_wordings(extract, text, sub, name):
    assert _told(extract, text)[:1] == [sub]
    assert name is None or extract(text)[0]["location"]["name"] == name


def test_round_68_hostages_told_with_an_aside_are_as_many_as_were_taken(extract):
    [event] = extract("01/19/2020: Assailants abducted four aid workers travelling on the road between Monguno and "
                      "Kukawa, Borno, Nigeria. The hostages, who worked for an international humanitarian organization, "
                      "were executed on February 2, 2020.")
    assert event["killed"]["low"] == 4


@pytest.mark.parametrize("text, admin1", [
    # GTD's province, written after a town called a municipality ("X municipality, Y province, Philippines").
    ("06/27/2018: Assailants abducted three fishermen off the coast of Patikul municipality, Sulu province, "
     "Philippines. One of the hostages was beheaded on July 9, 2018.", "Sulu"),
    ("12/24/2018: An explosive device detonated near a church in Datu Paglas municipality, Maguindanao province, "
     "Philippines. Four people were injured in the blast.", "Maguindanao"),
])
def test_round_69_the_province_as_gtd_writes_it(extract, text, admin1):
    assert extract(text)[0]["location"]["admin1"] == admin1


@pytest.mark.parametrize("text", [
    "A stampede at a religious gathering in Hathras killed 21 people on Tuesday, police said.",
])
def test_review_67_an_accident_in_the_tolls_own_sentence_is_no_attack(extract, text):
    assert _read(extract(text, published="2024-07-03")) == []


def test_review_67_explosives_found_that_then_went_off_are_a_bomb(extract):
    events = extract("On 6 June 2021, police found a car filled with explosives, which detonated as the bomb squad "
                     "approached in Jalalabad (Jalalabad, Nangarhar). 2 police officers were killed.")
    assert [e["acled_sub_event_type"] for e in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text, sub", [
    # Pellets fired at a crowd are force on it.
    ("On 19 February 2020, Carabineros fired pellets directly at peaceful protesters in Coquimbo (Coquimbo, Coquimbo), "
     "hitting a teenager in the eye. [size=no report] No fatalities.", "Protest with intervention"),
    # A port seized after clashes is territory taken.
    ("On 18 February 2020, STC-affiliated forces seized the port of Nishtun (Huswain, Al Mahrah) after clashes with "
     "pro-Hadi forces. 2 fatalities.", "Non-state actor overtakes territory"),
])
def test_round_69_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


@pytest.mark.parametrize("text, subs", [
    # Pellets as a thing bought are no force on a crowd.
    ("On 3 May 2021, farmers protested in Kisumu (Kisumu Central, Kisumu) over the rising price of pellets of "
     "fertiliser. The demonstration was peaceful.", ["Peaceful protest"]),
    # Workers taking over an oil field to demand wages take no territory: striking workers protest.
    ("On 3 May 2021, striking workers took over an oil field in Kirkuk province (Kirkuk) to demand unpaid wages.",
     ["Peaceful protest"]),
])
def test_review_68_near_misses(extract, text, subs):
    assert _told(extract, text) == subs


@pytest.mark.parametrize("text, killed, injured", [
    # Hospitalised "with burns" after an explosion are hurt, not ill, and do not void the deaths.
    ("Two explosions hit a crowded bus station in Kaduna, Nigeria. At least 17 people died, while dozens of others "
     "were hospitalised with burns.", 17, 12),
    ("A man drove a van into pedestrians on a shopping street in Hamburg before being overpowered by passers-by. One "
     "woman was killed and nine other people needed hospital treatment.", 1, 9),
    ("Al-Shabaab militants attacked a bus near Garsen, separating passengers by religion; nine non-Muslim passengers "
     "were executed and two escaped with gunshot wounds.", 9, 2),
])
def test_round_70_tolls(extract, text, killed, injured):
    [event] = extract(text)
    assert (event["killed"]["low"], event["injured"]["low"]) == (killed, injured)


@pytest.mark.parametrize("text, sub", [
    ("On 15 May 2022, Russian artillery fired on Pechenihy (Chuhuiv, Kharkiv). A man was killed and three others were "
     "wounded. 1 fatality.", "Shelling/artillery/missile attack"),
    ("On 1 May 2022, Russian forces fired MLRS at positions of the Ukrainian military around Bereznehuvate (Bashtanka, "
     "Mykolaiv). Fatalities unknown, coded as 0.", "Shelling/artillery/missile attack"),
    # Grain taken from storage facilities is looted, as from a warehouse.
    ("As reported on 14 May 2022, Russian forces seized several thousand tonnes of grain from storage facilities in "
     "Tokmak (Polohy, Zaporizhia) and transported it towards Crimea.", "Looting/property destruction"),
])
def test_round_70_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


@pytest.mark.parametrize("text", [
    "On 12 April 2021, heavy flooding hit Beledweyne (Beledweyne, Hiraan); 300 people needed medical treatment.",
    "On 9 August 2022, customs officers seized 50 tonnes of smuggled grain from a grain elevator in Odesa (Odeskyi, Odesa).",
    "On 17 October 2022, farmers took their grain from silos to sell it at the market in Mykolaiv (Mykolaivskyi, "
    "Mykolaiv).",
])
def test_review_69_near_misses(extract, text):
    assert all(s not in ("Attack", "Looting/property destruction") for s in _told(extract, text))


@pytest.mark.parametrize("text, sub", [
    # Villagers who catch men "accused of stealing goats and beat them" are a mob: the beating is
    # theirs, not part of the charge.
    ("On 19 June 2022, villagers caught three men accused of stealing goats in Ndola (Ndola, Copperbelt) and beat "
     "them; one of them died later. 1 fatality.", "Mob violence"),
    ("On 10 June 2022, FARC dissidents announced a unilateral suspension of offensive actions in Tumaco (Narino) "
     "during the elections.", "Change to group/activity"),
    ("On 7 June 2022, a drone launched from Syria crossed into Jordanian airspace near Ramtha (Ramtha, Irbid) before "
     "turning back.", "Other"),
    # Arrests ahead of gatherings yet to come are arrests, whatever the crowd tag says.
    ("On 16 June 2022, security forces arrested four union activists in Tabriz (Tabriz, East Azerbaijan) ahead of "
     "planned gatherings. [size=no report]", "Arrests"),
    ("On 22 June 2022, the Algerian police dismantled a terrorist cell and arrested 4 suspects in Oran (Oran, Oran).",
     "Arrests"),
    ("On 16 June 2022, Tuareg fighters took control of a checkpoint near Ubari (Ubari, Wadi al Hayaa) after a militia "
     "affiliated to the GNU handed it over.", "Non-violent transfer of territory"),
    ("A truck was driven into a crowd at a festival in Nice, France, killing three people.", "Attack"),
])
def test_round_71_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


@pytest.mark.parametrize("text, unread", [
    ("On 13 June 2022, police received anonymous bomb threats against two hospitals in Lviv (Lvivskyi, Lviv). No "
     "explosives were found.", "Remote explosive/landmine/IED"),
    ("On 14 June 2022, authorities released 25 persons detained in Gondar (Central Gondar, Amhara) during the unrest.",
     "Arrests"),
    ("On 22 June 2022, kidnapped farmers regained their freedom in Gboko (Gboko, Benue) after a ransom was paid.",
     "Government regains territory"),
])
def test_round_71_what_the_words_do_not_say(extract, text, unread):
    assert unread not in _told(extract, text)


def test_round_71_a_joint_claim_names_its_first_claimant(extract):
    [event] = extract("04/02/2015: A bomb exploded at a bus stop in Quetta, Balochistan, Pakistan, killing three people. "
                      "Lashkar-e-Jhangvi and Jundallah both claimed responsibility for the attack.")
    assert event["attribution"]["status"] == "claimed" and event["attribution"]["actor"] == "Lashkar-e-Jhangvi"
    assert {"Lashkar-e-Jhangvi", "Jundallah (Pakistan)"} <= {a["name"] for a in event["actors"]}


def test_round_71_the_lead_says_where_and_a_later_place_where_it_went_on(extract):
    events = extract("A gunman opened fire outside a synagogue in Vienna, killing two people. He was later arrested "
                     "by Slovak police near Bratislava.")
    attack = next(e for e in events if e["event"] == "ASSAULT")
    assert attack["location"]["country"] == "AT" and attack["killed"]["low"] == 2


@pytest.mark.parametrize("text, published, name, admin1", [
    ("03/02/2015: Assailants attacked a checkpoint in Wana, South Waziristan agency, Federally Administered Tribal "
     "Areas, Pakistan. Two soldiers were killed.", None, "Wana", "Federally Administered Tribal Areas"),
    ("05/14/2015: Assailants attacked a checkpoint near Tikrit, Salah ad Din governorate, Iraq. Four soldiers were "
     "killed.", None, "Tikrit", "Salah ad Din"),
    ("07/10/2015: Assailants abducted three tourists from a beach resort on Siargao Island, Surigao del Norte "
     "province, Philippines. Abu Sayyaf claimed responsibility.", None, None, "Surigao del Norte"),
    ("Jacobabad mosque blast toll rises to 20", "2015-02-01", "Jacobabad", "Sindh"),
])
def test_round_71_places(extract, text, published, name, admin1):
    [event] = [e for e in extract(text, published=published) if not e["background"]]
    assert event["location"]["admin1"] == admin1
    assert name is None or event["location"]["name"] == name


def test_round_71_a_country_before_a_noun_of_the_event_places_it(extract):
    [event] = extract("Death toll from Kenya mall siege rises to 67", published="2013-09-24")
    assert event["location"]["country"] == "KE"


def test_round_71_a_person_and_their_driver_are_one_more(extract):
    [event] = extract("A landmine killed six CRPF personnel and their civilian driver near Bijapur in Chhattisgarh.")
    assert event["killed"]["low"] == 7


@pytest.mark.parametrize("text, sub", [
    ("On 11 June 2021, a man accused of robbing a shop and assaulting its owner was arrested by police in Jinja "
     "(Jinja, Eastern). 0 fatalities.", "Arrests"),
    ("On 9 August 2021, Su-25 fighter jets were seen over Marib (Marib City, Marib). 0 fatalities.", "Other"),
    ("Taliban fighters took control of the district centre in Badakhshan after the local police commander and his "
     "men handed it over.", "Non-violent transfer of territory"),
])
def test_review_70_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_review_70_near_misses(extract):
    # Protests the freed were detained at are no event of the release.
    assert not {"Arrests", "Protest with intervention"} & set(_told(
        extract, "On 4 April 2021, authorities in Harare (Harare, Harare) released 38 persons detained during the "
                 "protests. 0 fatalities."))
    # Responsibility for a failing is no claim of the attack.
    [event] = extract("Police and local officials claimed responsibility for security lapses after a bomb killed three "
                      "people in Jalalabad, Afghanistan.", published="2021-05-05")
    assert event["attribution"]["status"] == "unknown"
    # "two police personnel and their driver" are three; Hizbul Islam is Somalia's, not Kashmir's Hizbul.
    [event] = extract("A bomb killed two police personnel and their driver in Pulwama, India.", published="2021-09-10")
    assert event["killed"]["low"] == 3
    [event] = extract("Al-Shabaab and Hizbul Islam both claimed responsibility for the attack on an army base in Baidoa, "
                      "Somalia, which killed six soldiers.", published="2021-02-10")
    assert event["attribution"]["actor"] == "Al Shabaab" and "Hizbul Islam" in {a["name"] for a in event["actors"]}


@pytest.mark.parametrize("text, sub", [
    ("On 12 July 2022, MINUSMA deployed a temporary operating base in the village of Ber (Timbuktu, Timbuktu) to "
     "protect civilians after repeated attacks.", "Headquarters or base established"),
    ("On 20 July 2022, striking miners stormed the town hall in Potosi (Tomas Frias, Potosi), breaking windows and "
     "burning documents, demanding higher prices for tin. [size=around 300]", "Violent demonstration"),
    ("On 4 July 2022, a fire broke out at an ammunition depot near Novaya Tavolzhanka (Shebekinskiy, Belgorod), "
     "followed by several detonations. No fatalities and/or injuries reported.", "Other"),
    ("On 6 November 2022, a fire caused an explosion at an ammunition depot near Shymkent (Shymkent, Shymkent). Two "
     "soldiers were killed. 2 fatalities.", "Other"),
    ("On 20 July 2022, the KIA opened a new administrative and judicial office in a village of Hpakant township "
     "(Hpakant, Kachin).", "Headquarters or base established"),
])
def test_round_72_wordings(extract, text, sub):
    # (the notes no trigger reads tell their one low-confidence development, asserted here too)
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_72_a_killing_protested_is_no_toll_of_the_protest(extract):
    [event] = extract("On 10 July 2022, traders protested in Bafang (Haut-Nkam, Ouest) after a colleague was killed by "
                      "a police officer. [size=dozens] No fatalities and/or injuries reported.")
    assert (event["acled_sub_event_type"], event["killed"]) == ("Peaceful protest", None)
    [event] = extract("On 22 July 2022, Sudanese refugees from Goz Amer camp threw stones at gendarmes and burned a vehicle "
                      "in Koukou Angarana (Goz Beida, Sila) after a refugee was found dead. [size=no report]")
    assert event["acled_sub_event_type"] == "Violent demonstration" and event["killed"] is None


@pytest.mark.parametrize("text, published, name, country", [
    ("On 4 July 2022, bandits abducted 14 passengers along the Sarkin Pawa road (Munya, Niger).", None, "Sarkin Pawa", "NG"),
    ("On 22 July 2022, the Oromia regional government imposed a curfew on motorcycles in Nekemte (East Wellega, "
     "Oromia).", None, "Nek’emte", "ET"),
    ("Rebels fire rockets at UN base in Kidal", "2014-10-08", "Kidal", "ML"),
    ("Suicide car bomber hits army checkpoint in Hadramout", "2014-10-03", "Hadramawt", "YE"),
    ("Abu Sayyaf frees two German hostages after six months", "2014-10-18", None, "PH"),
    ("Boko Haram raids Cameroon border town of Fotokol", "2014-09-05", None, "CM"),
])
def test_round_72_places(extract, text, published, name, country):
    [event] = extract(text, published=published)
    assert event["location"]["country"] == country
    assert name is None or event["location"]["name"] == name


@pytest.mark.parametrize("text, killed, injured", [
    ("11/04/2014: Assailants abducted three police officers in Ramadi, Al Anbar governorate, Iraq. The bodies of the "
     "officers were found two days later.", 3, None),
    ("03/03/2014: Assailants abducted six Afghan Local Police (ALP) members in Marjah district, Helmand province, "
     "Afghanistan. The hostages were killed on March 6, 2014.", 6, None),
    ("11/26/2014: An assailant stabbed two Israeli civilians at a bus stop in Jerusalem, Israel.", None, 2),
    ("Armed men attacked worshippers at a mosque in Zamfara State, Nigeria, killing 12. Five others were taken to "
     "hospital with gunshot wounds.", 12, 5),
])
def test_round_72_tolls(extract, text, killed, injured):
    [event] = extract(text)
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_review_71_a_protest_over_its_own_dead_is_still_force_on_it(extract):
    assert _told(extract, "Protesters marched in Mandalay on 14 March 2021 after police shot dead two demonstrators at "
                          "the same rally; 2 fatalities.")[:1] == ["Excessive force against protesters"]


@pytest.mark.parametrize("text, killed, injured", [
    ("A militant stabbed two soldiers dead at a checkpoint in Hebron.", 2, None),
    ("A man was shot in Lagos on Monday and taken to hospital where he died.", 1, None),
    ("03/21/2013: Assailants threw a petrol bomb at a bus in Bogra town, Rajshahi division, Bangladesh. Four "
     "passengers were killed and 11 others were burned. No group claimed responsibility for the incident.", 4, 11),
    ("An attacker with a knife injured several passengers on a train near Kiel before being shot dead by police. "
     "Four people were seriously wounded and a fifth suffered minor injuries.", None, 5),
])
def test_round_73_tolls(extract, text, killed, injured):
    [event] = [e for e in extract(text) if e["event"] == "ASSAULT"][:1]
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, sub", [
    ("On 6 August 2022, Russian forces struck Kramatorsk (Kramatorsk, Donetsk) with missiles, killing two civilians. "
     "2 fatalities.", "Shelling/artillery/missile attack"),
    # One man with petrol bombs is no riot.
    ("A man threw Molotov cocktails into a refugee shelter in Bavaria during the night. Two residents were treated "
     "for smoke inhalation.", "Attack"),
])
def test_round_73_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_round_73_unexploded_ordnance_found_is_a_development(extract):
    events = extract("On 14 August 2022, residents found an unexploded missile in a field near Tyotkino (Glushkovskiy, "
                     "Kursk). Sappers removed it.")
    assert [e["acled_sub_event_type"] for e in events] == ["Other"]


@pytest.mark.parametrize("text, admin1", [
    ("07/11/2013: Assailants abducted a village chief in Basilan province, Philippines. No group claimed "
     "responsibility for the incident.", "Basilan"),
    ("03/04/2013: Assailants detonated an explosive device near a military detachment in Monkayo municipality, "
     "Compostela Valley province, Philippines. One soldier was killed.", "Compostela Valley"),
    ("01/05/2013: Assailants opened fire on a police patrol in Derbent, Dagestan Republic, Russia. Two police officers "
     "were killed.", "Dagestan"),
])
def test_round_73_the_province_gtd_writes(extract, text, admin1):
    [event] = extract(text)
    assert event["location"]["admin1"] == admin1


@pytest.mark.parametrize("text, sub", [
    ("On 3 August 2022, HTS took over Kafr Taal town west of Aleppo after Third Front fighters withdrew following "
     "clashes in the area.", "Non-state actor overtakes territory"),
    ("On 13 August 2022, an explosion occurred at an ammunition depot of regime forces near Jableh city in Lattakia "
     "countryside. The cause of the explosion was not known; no casualties were reported.", "Other"),
])
def test_round_73_notes(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_73_a_regions_authorities_are_no_place(extract):
    [event] = extract("On 20 August 2022, Zinder regional authorities banned the movement of motorcycles at night in "
                      "Mirriah (Mirriah, Zinder) due to the bandit threat.")
    assert event["location"]["name"] == "Mirriah"


@pytest.mark.parametrize("text, killed, injured", [
    ("04/21/2012: Assailants abducted the district collector of Bijapur, Chhattisgarh, India, and killed his two "
     "personal security officers. The collector was released on May 3, 2012.", 2, None),
    ("A bus caught fire after a petrol bomb hit it near Dhaka. The driver was killed and 6 passengers were burned.", 1, 6),
])
def test_round_74_tolls(extract, text, killed, injured):
    [event] = extract(text)[:1]
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, sub", [
    ("On 16 September 2022, armed groups in Zawiya (Zawiya, Zawiya) agreed to a ceasefire brokered by local elders after "
     "clashes in the city.", "Agreement"),
    ("On 9 September 2022, boda boda riders beat a motorist after an accident in Kawangware (Dagoretti North, Nairobi).",
     "Mob violence"),
    ("On 14 September 2022, Nigerian soldiers foiled a Boko Haram suicide bombing near Gwoza (Gwoza, Borno) by "
     "intercepting a girl wearing explosives.", "Disrupted weapons use"),
    ("On 25 September 2022, police prevented a sit-in of unemployed graduates in front of parliament in Tunis (Tunis, "
     "Tunis). [size=several hundred]", "Protest with intervention"),
    ("On 22 September 2022, gendarmes found a hand-made explosive device in a rural area of Hakkari (Hakkari, Hakkari) "
     "and detonated it in a controlled manner.", "Disrupted weapons use"),
    ("On 13 September 2022, Russian forces looted houses abandoned by residents in Kyselivka (Khersonskyi, Kherson) and "
     "took away agricultural machinery.", "Looting/property destruction"),
    ("On 4 September 2022, the Nigerian army relocated troops from Damasak (Mobbar, Borno) to a super camp.",
     "Change to group/activity"),
])
def test_round_74_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_review_72_an_accident_at_a_depot_kills_in_no_attack(extract):
    assert extract("A blast at an arms depot near Bata killed 20 people, officials said, blaming negligence.") == []


@pytest.mark.parametrize("text, published, name, country", [
    ("01/05/2012: A car bomb exploded near a gathering of Shia pilgrims in the Muqdadiyah area of Diyala governorate, "
     "Iraq. Eleven people were killed.", None, "Al Miqdadiyah", "IQ"),
    ("Yemen parade rehearsal suicide attack leaves over 90 soldiers dead", "2012-05-22", None, "YE"),
])
def test_round_74_places(extract, text, published, name, country):
    [event] = extract(text, published=published)
    assert event["location"]["country"] == country
    assert name is None or event["location"]["name"] == name


def test_review_73_a_depot_explosion_in_a_note_is_a_development_with_its_toll(extract):
    [event] = extract("On 19 July 2021, an explosion at an ammunition depot in Sebha killed 4 soldiers and injured 9 "
                      "(Sebha, Sebha, Sebha). 4 fatalities.")
    assert (event["acled_sub_event_type"], event["killed"]["low"]) == ("Other", 4)


def test_review_73_the_injured_taken_to_hospital_were_not_abducted(extract):
    assert extract("Rescuers took the injured away to hospital after the bus crash in Lokoja on Monday.") == []


@pytest.mark.parametrize("text, sub", [
    ("On 11 October 2022, suspected JNIM militants intercepted a minibus near Bankass (Bankass, Mopti) and executed two "
     "traders on board. 2 fatalities.", "Attack"),
    ("On 16 October 2022, JNIM militants raided Diafarabe (Tenenkou, Mopti) and took away about 200 heads of cattle "
     "belonging to villagers.", "Attack"),
    ("On 7 October 2022, an explosion of unknown cause occurred at a weapons depot in Jurf al-Nasr (Al-Musayab, Babil). "
     "No fatalities and/or injuries reported.", "Other"),
    ("On 16 October 2022, 27 inmates escaped from the Kabba custodial centre (Kabba/Bunu, Kogi) after breaking through the "
     "perimeter wall. 9 were later recaptured.", "Other"),
])
def test_round_75_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_75_admitted_to_hospital_and_republic_of(extract):
    [event] = extract("Gunmen opened fire at a wedding in Kirkuk, Iraq, killing three people. Eight others were admitted "
                      "to hospital.")
    assert (event["killed"]["low"], event["injured"]["low"]) == (3, 8)
    [event] = extract("01/05/2011: Assailants attacked a checkpoint in Derbent, Republic of Dagestan, Russia. Two police "
                      "officers were killed.")
    assert event["location"]["admin1"] == "Dagestan"


def test_review_73_camp_fires_and_attack_planners(extract):
    assert extract("Syrian refugee camp fire injures 12 in Lebanon", published="2021-03-02") == []
    assert _told(extract, "Authorities arrested three US embassy attack planners in Nairobi on Monday.",
                 "2021-03-02") == ["Arrests"]


@pytest.mark.parametrize("text, sub", [
    ("On 4 November 2022, armed youths looted and burned shops in Mundri (Mundri East, Western Equatoria).",
     "Looting/property destruction"),
    ("On 9 November 2022, police arrested a well-known protest organiser in Basra (Basrah, Basrah).", "Arrests"),
    ("On 21 November 2022, in Nairobi (Nairobi, Nairobi), the parties agreed on a truce to start on 1 December, "
     "followed by the withdrawal of the rebels from occupied villages.", "Agreement"),
    ("On 8 November 2022, elders and army officers agreed that displaced families would return to their villages "
     "near Marib (Marib City, Marib).", "Agreement"),
    ("On 14 November 2022, a huge explosion of unknown cause rocked an arms depot of a militia in Tal Afar "
     "(Tal Afar, Ninewa). No casualties reported.", "Other"),
    ("On 18 November 2022, fragments of a rocket fell in a garden near Soroca (Soroca). No fatalities and/or injuries "
     "reported.", "Other"),
    ("On 2 November 2022, soldiers destroyed a cache of explosive material and mines belonging to ELN fighters in "
     "rural Tame (Arauca).", "Disrupted weapons use"),
    ("On 12 November 2022, unknown persons set fire to a signal box along a railway line in Leipzig (Leipzig, "
     "Saxony). Police suspect a politically motivated attack.", "Looting/property destruction"),
])
def test_round_76_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_76_a_march_for_an_anniversary_is_told_now(extract):
    [event] = extract("On 17 November 2022, in Patras (Achaea, Western Greece), after a march commemorating the "
                      "anniversary of the 1973 uprising, protesters threw stones at riot police. [size=around 80]")
    assert (event["acled_sub_event_type"], event["background"]) == ("Violent demonstration", False)


def test_round_76_a_river_bank_is_no_town(extract):
    [event] = extract("On 20 November 2022, Russian forces shelled Bilozerka (Khersonskyi, Kherson) from the left "
                      "bank of the Dnipro. 1 fatality.")
    assert event["location"]["name"] == "Bilozerka"


def test_round_76_a_station_names_its_town(extract):
    [event] = extract("A man stabbed a police officer near Brussels North Station; the officer sustained a deep cut "
                      "to his arm.")
    assert (event["location"]["country"], event["injured"]["low"]) == ("BE", 1)


def test_round_76_house_blown_up_and_the_other_hurt(extract):
    [event] = extract("04/02/2010: Assailants blew up the house of a police officer in Baiji, Salah ad Din, Iraq. "
                      "Three of his relatives were killed.")
    assert "explosives" in event["modes"]
    [event] = extract("Two guards were stabbed at a museum in Lyon; one was seriously hurt and the other slightly "
                      "injured.")
    assert event["injured"]["low"] == 2


def test_review_74_a_minor_cut_and_fractures_are_hurt(extract):
    [event] = extract("A soldier suffered fractures when his truck hit a landmine near Menaka, Mali, on Monday.")
    assert event["injured"]["low"] == 1
    assert _told(extract, "Under the truce, the army will release detained fighters within a week, mediators said.",
                 "2023-06-01") == ["Agreement"]


@pytest.mark.parametrize("text, sub", [
    ("On 3 December 2022, okada drivers beat to death a soldier accused of killing a colleague in Ogoja (Ogoja, "
     "Cross River). 1 fatality.", "Mob violence"),
    ("On 9 December 2022, hundreds of unemployed graduates stormed and set fire to the governorate building in Kut "
     "(Kut, Wasit). [size=hundreds]", "Violent demonstration"),
    ("On 6 December 2022, shells fired from YPG-held villages landed in Tal Abyad (Tal Abyad, Ar-Raqqa), injuring 2 "
     "civilians.", "Shelling/artillery/missile attack"),
    ("On 8 December 2022, police detained 7 students in Zahedan (Zahedan, Sistan and Baluchestan) for taking part in "
     "recent protests.", "Arrests"),
    ("On 10 December 2022, the prefect imposed a night curfew in Mongo (Mongo, Guera) following clashes between herders "
     "and farmers the previous week.", "Change to group/activity"),
    ("On 22 December 2022, the police announced a ban on all public gatherings and vigils in Maseru (Maseru) during the "
     "holidays.", "Change to group/activity"),
    ("On 12 December 2022, troops reportedly moved several rocket launchers into the grounds of a school in Nova Kakhovka "
     "(Kakhovskyi, Kherson).", "Other"),
    ("On 2 December 2022, the group announced a new unit and ordered its fighters to carry out attacks across Kunar "
     "(coded Asadabad, Kunar).", "Change to group/activity"),
    ("On 5 December 2022, Russian forces struck energy facilities in Odesa city (Odesa, Odesa) with loitering munitions. "
     "Several drones were shot down (coded separately). No fatalities and/or injuries reported.", "Air/drone strike"),
])
def test_round_77_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_77_gtd_tolls(extract):
    [first, second] = extract("03/02/2009: Assailants attacked a police post in Dand district, Kandahar province, "
                              "Afghanistan. Four officers were killed. Later that day, the assailants also attacked "
                              "another post nearby, killing one more officer. The Taliban claimed responsibility.")
    assert (first["killed"]["low"], second["background"]) == (4, True)
    [event] = extract("08/02/2009: Assailants kidnapped three aid workers in Jolo, Sulu, Philippines. Two of the hostages "
                      "were freed on 08/20/2009 after a ransom was paid; the third was killed on 08/25/2009.")
    assert event["killed"]["low"] == 1
    [event] = extract("On 9 December 2022, ISWAP fighters killed a family of six in Gwoza (Gwoza, Borno). 6 fatalities.")
    assert event["killed"]["low"] == 6


@pytest.mark.parametrize("text, sub", [
    ("On 6 January 2023, police fired tear gas to disperse supporters of an opposition candidate who gathered outside "
     "the electoral commission in Conakry (Conakry, Conakry). Several people were arrested. [size=no report]",
     "Protest with intervention"),
    ("On 11 January 2023, members of an armed faction cut down and seized the wheat harvest of farmers in Ras al Ain "
     "(Ras Al Ain, Al-Hasakeh).", "Looting/property destruction"),
    ("On 14 January 2023, in Apatzingan (Michoacan), gunmen of two cartels engaged in an armed confrontation near a "
     "ranch. Two gunmen were killed. 2 fatalities.", "Armed clash"),
    ("On 18 January 2023, unidentified gunmen killed three members of a farmers' cooperative in Tocoa (Colon). "
     "3 fatalities.", "Attack"),
    ("On 25 January 2023, the municipality and leaders of street vendors in Pokhara (Kaski, Gandaki) reached a "
     "3-point agreement, ending their sit-in protest.", "Agreement"),
])
def test_round_78_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_78_a_caller_claims_and_a_beheading_kills(extract):
    [event] = extract("10/02/2008: An explosive device detonated outside a town hall in Durango, Basque Country, "
                      "Spain. A caller claiming to represent Basque Fatherland and Freedom (ETA) had phoned a warning "
                      "before the blast. There were no casualties.")
    assert event["attribution"]["status"] == "claimed"
    [event] = extract("A worker decapitated his employer at a factory near Lyon, France, and injured two others.")
    assert event["killed"]["low"] == 1


def test_round_78_waziristan_is_in_pakistan(extract):
    [event] = extract("Five soldiers die in Waziristan ambush", published="2008-03-02")
    assert event["location"]["country"] == "PK"


def test_review_76_a_harvest_sold_and_a_statue_beheaded(extract):
    assert extract("The cooperative took the maize harvest of farmers to the state silo in Kirkuk for sale, officials "
                   "said.") == []
    [event] = extract("Protesters decapitated a statue of a colonial governor in Bristol on Sunday.")
    assert event["killed"] is None


@pytest.mark.parametrize("text, sub", [
    ("On 12 February 2023, the Clan del Golfo took control of several settlements in Bojaya (Bojaya, Choco) after "
     "fighting with ELN. 3 fatalities.", "Non-state actor overtakes territory"),
    ("On 21 February 2023, Israeli forces fired smoke bombs near farmers on the outskirts of Kfar Kila (Marjayoun, "
     "Nabatiye). No injuries reported.", "Other"),
    ("On 16 February 2023, angry customers vandalised ATMs and set fire to a bank branch in Sapele (Sapele, Delta) over "
     "the cash shortage. [size=dozens]", "Violent demonstration"),
])
def test_round_79_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_79_a_vigilante_shot_is_no_mob_and_the_sarpanch_died(extract):
    [event] = extract("On 9 February 2023, gunmen kidnapped a trader in Funtua (Funtua, Katsina). A vigilante who tried "
                      "to stop them was shot dead. 1 fatality.")
    assert event["acled_sub_event_type"] != "Mob violence"
    [event] = extract("09/23/2012: Assailants shot a sarpanch outside his home in Sopore, Baramulla district, Jammu and "
                      "Kashmir, India. The sarpanch died of his injuries in hospital.")
    assert event["killed"]["low"] == 1
    [event] = extract("On 22 February 2023, armed men looted a fuel depot in Kufra (Al Kufrah, Al Kufrah).")
    assert event["location"]["precision"] == 1


def test_review_77_settlement_accounts_and_customers_inside(extract):
    assert _told(extract, "Authorities took control of the settlement account after the bank collapsed, depositors "
                          "were told.", "2023-02-20") == []
    assert _told(extract, "Robbers broke into the shop while customers were inside and smashed the cash register in "
                          "Kano.", "2023-02-20") != ["Violent demonstration"]


@pytest.mark.parametrize("text, sub", [
    ("On 14 March 2023, authorities found a clandestine grave with at least 4 bodies in a rural area of Celaya "
     "(Celaya, Guanajuato). Fatalities were coded in earlier events.", "Other"),
    ("On 9 March 2023, the army found and destroyed in a controlled manner an IED installed on the road to Tibu, in "
     "Tibu (Tibu, Norte de Santander).", "Disrupted weapons use"),
    ("On 12 March 2023, two clans signed a peace pact settling a feud that had killed several relatives, in Datu Piang "
     "(Datu Piang, Maguindanao del Sur, Bangsamoro Autonomous Region in Muslim Mindanao). 0 fatalities.", "Agreement"),
])
def test_round_80_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_80_places(extract):
    [event] = extract("On 12 March 2023, Russian and Ukrainian forces clashed near Marinka (Pokrovskyi, Donetsk). "
                      "Unknown fatalities coded as 10.")
    assert event["location"]["name"] == "Mar'yinka"
    [event] = extract("10/04/2013: Assailants attacked a checkpoint in Sheikh Zuweid city, North Sinai governorate, "
                      "Egypt. One officer was killed.")
    assert event["location"]["name"] == "Ash Shaykh Zuwayd"
    [event] = extract("On 18 March 2023, gunmen shot dead a shopkeeper in the Centro neighbourhood of Fresnillo "
                      "(Fresnillo, Zacatecas). 1 fatality.")
    assert event["location"]["name"].startswith("Fresnillo")


def test_review_78_the_town_before_its_neighbourhood_and_a_settled_feud(extract):
    [event] = extract("A suicide bomber struck the Kabul neighbourhood of Shahr-e Naw on Monday, killing 8 people.")
    assert event["location"]["name"] == "Kabul"
    assert extract("Elders in Lanao del Norte settled a rido that had killed several people over six years.") == []


@pytest.mark.parametrize("text, sub", [
    ("On 20 April 2023, a Houthi drone attacked army positions in Harib (Harib, Marib). No casualties reported.",
     "Air/drone strike"),
    ("On 21 April 2023, militants fired three rockets toward Netivot (Beer Sheva, HaDarom); two were intercepted and the "
     "other fell in an open field. No fatalities and/or injuries reported.", "Shelling/artillery/missile attack"),
    ("On 22 April 2023, security forces shot and killed 3 people during a protest against evictions in Adama (East "
     "Shewa, Oromia). 3 fatalities.", "Excessive force against protesters"),
    ("On 18 April 2023, military police fired rubber bullets and live ammunition at farmers occupying a road in Altamira "
     "(Altamira, Para). Five protesters were injured, one by gunfire. [size=around 300]",
     "Excessive force against protesters"),
    ("On 24 April 2023, nurses marched in Maturin (Maturin, Monagas) demanding wage increases. Police blocked their path "
     "to the governor's office. [size=around 100]", "Protest with intervention"),
    ("On 23 April 2023, residents attacked and set fire to the car of a man accused of running over a child in Oruro "
     "(Cercado, Oruro). Police rescued the man. No fatalities and/or injuries reported.", "Mob violence"),
    ("On 14 April 2023, government and rebel representatives signed a protocol in Bogota (Bogota, Bogota D.C.) to set "
     "up talks and reduce hostilities against civilians.", "Agreement"),
    ("On 6 April 2023, a new local defence force was formed in Dawei township (Dawei, Tanintharyi).",
     "Change to group/activity"),
    ("On 16 April 2023, members of a gang took control of part of Croix-des-Bouquets (Croix-des-Bouquets, Ouest) after "
     "two days of attacks. 2 fatalities.", "Non-state actor overtakes territory"),
])
def test_round_81_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_81_a_road_death_is_the_crowds_grievance(extract):
    [event] = extract("On 19 April 2023, students vandalised buses and blocked the highway in Faridpur (Faridpur, Dhaka) "
                      "after a student was killed in a road accident. [size=hundreds]")
    assert (event["acled_sub_event_type"], event["killed"]) == ("Violent demonstration", None)


def test_review_79_drones_brought_down_and_defence_words(extract):
    assert _told(extract, "A drone attacked with rifle fire by villagers crashed in a field near Gao, Mali, on Monday.",
                 "2023-04-20") != ["Air/drone strike"]
    assert _told(extract, "A new defence unit was announced by the football club in Lagos.", "2023-04-20") == []


@pytest.mark.parametrize("text, sub", [
    ("On 12 May 2023, the governor of Dosso region banned the use of motorcycles in several departments including Dogondoutchi "
     "(Dogondoutchi, Dosso) for three months.", "Change to group/activity"),
])
def test_round_82_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


@pytest.mark.parametrize("text, sub", [
    ("On 22 June 2023, residents in Bundibugyo (Bundibugyo, Rwenzori) stormed the home of a suspected witch, destroying "
     "property and injuring her. No fatalities reported.", "Mob violence"),
    ("On 14 June 2023, police arrested 5 suspects in Jinja (Jinja, Busoga) after a foiled plot to bomb a mosque. "
     "0 fatalities.", "Arrests"),
    ("On 12 June 2023, ISWAP issued a directive banning fishing around Monguno (Monguno, Borno), warning fishermen they "
     "would be targeted.", "Change to group/activity"),
    ("On 21 June 2023, the ELN released three police officers it had kidnapped in April in Saravena (Saravena, "
     "Arauca).", "Other"),
])
def test_round_83_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_83_tolls_and_a_grenade_at_a_rally(extract):
    [event] = extract("On 7 June 2023, police fired live ammunition at demonstrators protesting the sentencing of an "
                      "opposition leader in Kaolack (Kaolack, Kaolack). 2 protesters were killed. 2 fatalities.")
    assert event["background"] is False
    [event] = extract("05/20/2016: An assailant stabbed a soldier at a checkpoint in Yala, Yala province, Thailand, before "
                      "being shot dead by other soldiers. The soldier was injured in the attack.")
    assert event["killed"]["low"] == 1
    [event] = extract("A grenade was thrown into a crowd at a rally in Anantnag; 2 civilians died and 9 others were "
                      "wounded.")
    assert event["acled_sub_event_type"] == "Grenade"


def test_review_80_a_lifted_law_and_a_victim_shot(extract):
    assert _told(extract, "The state government lifted a law banning grazing on open land, officials said.",
                 "2023-06-20") == []
    [event] = extract("05/21/2016: An attacker abducted a teacher, who was beaten before being shot dead near Kandahar, "
                      "Kandahar province, Afghanistan.")
    # (an attacker counted dead has no victim phrase: a figure with an empty text is his)
    assert event["killed"] is None or event["killed"]["text"]


@pytest.mark.parametrize("text, sub", [
    ("On 22 July 2023, troops intercepted and neutralised an ISWAP armed drone near Gwoza (Gwoza, Borno).",
     "Disrupted weapons use"),
    ("On 19 July 2023, Wagner Group announced it would no longer participate in fighting in Ukraine and would move "
     "its forces to Belarus, near Asipovichy (Asipovichy, Mogilev).", "Change to group/activity"),
    ("On 11 July 2023, residents of Imbali (Pietermaritzburg, Umgungundlovu, KwaZulu-Natal) torched the homes of two "
     "alleged drug dealers following the death of a youth. No fatalities and/or injuries reported.", "Mob violence"),
    ("On 13 July 2023, police lathi-charged BJP supporters marching towards the Assembly in Patna (Patna, Bihar). A BJP "
     "leader died after being injured, and several were hurt. [size=thousands] 1 fatality.",
     "Excessive force against protesters"),
    ("On 18 July 2023, police and AL activists attacked a BNP procession in Lakshmipur (Lakshmipur Sadar, Lakshmipur, "
     "Chittagong). Police opened fire and a Jubo Dal activist was killed. 1 fatality.", "Excessive force against protesters"),
    ("On 24 March 2023, Palestinians protested against settlement expansion in Beita (Nablus, West Bank). Israeli "
     "forces fired tear gas and rubber-coated bullets, injuring 17. [size=no report]", "Protest with intervention"),
])
def test_round_84_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_84_tolls_claims_and_places(extract):
    [event] = extract("03/04/2017: Assailants ambushed a convoy near Garissa, Kenya, killing 10 police commandos and "
                      "their civilian driver. No group claimed responsibility.")
    assert event["killed"]["low"] == 11
    [event] = extract("The bodies of two more civilians, a woman and her son, were found in their burnt house.",
                      published="2023-07-02")
    assert event["killed"]["low"] == 2
    [event] = extract("03/04/2017: Assailants set fire to a bus near Jos, Plateau, Nigeria. Eleven passengers burned "
                      "to death and nine suffered burns. No group claimed responsibility.")
    assert (event["killed"]["low"], event["injured"]["low"]) == (11, 9)
    [event] = extract("Kenya steps up security after gunmen killed three police officers", published="2017-05-02")
    assert (event["killed"]["low"], event["location"]["country"]) == (3, "KE")
    [event] = extract("07/30/2017: Assailants attacked an AMISOM base in Bulo Burte, Hiiraan, Somalia. Following the "
                      "attack, Al-Shabaab claimed that it had killed 13 soldiers; however, AMISOM sources stated that "
                      "two soldiers and eight assailants were killed.")
    assert (event["killed"]["low"], event["attribution"]["status"]) == (10, "claimed")
    events = extract("On 6 July 2023, the ELN announced a unilateral ceasefire in Bogota (Bogota, D.C.).")
    assert {e["location"]["country"] for e in events} == {"CO"}


@pytest.mark.parametrize("text, sub", [
    ("On 20 August 2023, Mozambican and SADC forces regained control of a base previously held by IS Mozambique near "
     "Mueda (Mueda, Cabo Delgado).", "Government regains territory"),
    ("On 14 August 2023, RSF seized the SAF garrison in Kutum (Kutum, North Darfur).", "Non-state actor overtakes territory"),
    ("On 6 August 2023, Fano militiamen took control of Gondar (Gondar Town, Amhara) after government forces withdrew "
     "from parts of the city. No fatalities and/or injuries reported.", "Non-violent transfer of territory"),
    ("On 21 August 2023, Nigerian troops detonated an unexploded mortar bomb found by farmers near Damboa (Damboa, "
     "Borno).", "Disrupted weapons use"),
    ("On 12 August 2023, local authorities prevented a sit-in by fishermen at the port of Al Hoceima (Al Hoceima, "
     "Tanger-Tetouan-Al Hoceima). [size=around 50]", "Protest with intervention"),
    ("On 19 August 2023, security forces arrested the father of a protester killed in 2022 in Sanandaj (Sanandaj, "
     "Kurdistan).", "Arrests"),
    ("On 19 August 2023, Ukrainian forces engaged Russian forces near Klishchiivka (Bakhmut, Donetsk). No fatalities "
     "and/or injuries reported.", "Armed clash"),
    ("On 10 August 2023, the government declared a 60-day state of emergency nationwide after the assassination of "
     "presidential candidate Fernando Villavicencio in Quito (Quito, Pichincha).", "Change to group/activity"),
    ("On 26 August 2023, police fired tear gas shells directly at traders protesting against electricity bills in "
     "Muzaffarabad (Muzaffarabad, Azad Kashmir). A protester was hit in the head and critically injured. "
     "[size=no report]", "Excessive force against protesters"),
    ("On 16 August 2023, a group of residents attacked foreign nationals accused of drug dealing in Diepsloot (City of "
     "Johannesburg, Gauteng). 2 people were stabbed to death. 2 fatalities.", "Mob violence"),
])
def test_round_85_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_85_victims_counted_in_prose_and_summaries(extract):
    [event] = extract("A teenager armed with an axe attacked passengers on a regional train near Würzburg, injuring "
                      "five people. He was shot dead by police as he fled.")
    assert (event["killed"], event["injured"]["low"], event["acled_sub_event_type"]) == (None, 5, "Attack")
    [event] = extract("An attacker stabbed three people inside a basilica in Nice; all three died. Police shot and "
                      "wounded the attacker.")
    assert (event["killed"]["low"], event["injured"]) == (3, None)
    [event] = extract("07/15/2018: Assailants fired on two buses in Tinsukia district, Assam, India. Three passengers "
                      "were killed in the first attack and two in the second, and six people were injured in total.")
    assert (event["killed"]["low"], event["injured"]["low"]) == (5, 6)
    [event] = extract("Armed militants attacked a passenger train near Khanewal; four passengers were killed.")
    assert event["location"]["country"] == "PK"


def test_review_81_near_misses(extract):
    [event] = extract("Bandits hacked five farmers to death and seven suffered machete wounds near Zaria on Monday.",
                      published="2023-08-02")
    assert (event["killed"]["low"], event["injured"]["low"]) == (5, 7)
    events = extract("JNIM claimed that it had killed 15 soldiers in an earlier attack; on 8 June, militants burned a "
                     "school in Mopti, Mali.", published="2023-06-09")
    assert events and all(e["background"] or not e["killed"] for e in events)
    assert _told(extract, "On 3 August 2023, traders marched in Kano (Kano Municipal, Kano) to protest new taxes. Police "
                 "arrested two suspects in a separate incident. [size=around 200]")[:1] == ["Peaceful protest"]


@pytest.mark.parametrize("text, sub", [
    ("On 21 September 2023, the Hadi-allied 1st Military Region handed over checkpoints in Seiyun (Seiyun, Hadramawt) "
     "to Hadrami Elite Forces.", "Non-violent transfer of territory"),
    ("On 22 September 2023, soldiers beat peaceful protesters in Port Sudan (Port Sudan, Red Sea), injuring several.",
     "Excessive force against protesters"),
    ("On 29 September 2023, Azerbaijani forces entered Martakert (Tartar) without resistance after Karabakh Armenian "
     "forces disarmed under the ceasefire agreement.", "Non-violent transfer of territory"),
    ("On 14 September 2023, a Russian Su-24 bomber crashed during a training flight near Yeysk (Yeyskiy, Krasnodar). "
     "Both crew members were killed. 2 fatalities.", "Other"),
    ("On 23 September 2023, Ukrainian forces reportedly broke through Russian defensive lines and took control of "
     "positions near Verbove (Polohivskyi, Zaporizhia). Fatalities unknown.", "Government regains territory"),
])
def test_round_86_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_86_places(extract):
    [event] = extract("On 24 September 2023, an IED exploded targeting an SDF vehicle in Thiban (Thiban, Deir ez Zor). "
                      "No fatalities reported.")
    assert event["location"]["admin1"] == "Deir ez Zor"
    [event] = extract("Rockets hit near Ashkelon as Gaza tensions rise", published="2019-11-13")
    assert event["location"]["country"] == "IL"
    [event] = extract("Drone attack targets Lahj military base", published="2019-01-11")
    assert event["location"]["country"] == "YE"


def test_review_82_second_sites_and_attackers_hurt(extract):
    [event] = extract("Two bombs exploded in the market in Maiduguri. 5 were killed in the first attack and 3 in the "
                      "second.", published="2023-09-02")
    assert event["killed"]["low"] == 8
    [event] = extract("05/03/2021: An assailant stabbed three people at a bus station in Lyon, France. The assailant "
                      "was shot and wounded by police.")
    assert event["injured"]["low"] == 4


@pytest.mark.parametrize("text, sub", [
    ("On 22 October 2023, Iraqi security forces found and destroyed a cache of 40 mortar rounds and several explosive "
     "belts in the desert near Ar Rutbah (Ar-Rutba, Al-Anbar).", "Disrupted weapons use"),
    ("On 25 October 2023, UPC representatives and government officials signed a disarmament commitment in Bambari "
     "(Bambari, Ouaka).", "Agreement"),
    ("On 20 October 2023, M23 rebels took over Bambo (Rutshuru, North Kivu) after Wazalendo fighters fled.",
     "Non-state actor overtakes territory"),
    ("On 20 October 2023, hundreds demonstrated in Irbid (Irbid, Irbid) in solidarity with Gaza. Police prevented them "
     "from marching towards the highway. [size=hundreds]", "Protest with intervention"),
    ("On 23 October 2023, a new National Guard barracks was inaugurated in Jerez (Jerez, Zacatecas) amid violence "
     "between cartels in the area.", "Headquarters or base established"),
    ("On 19 October 2023, Ukrainian forces crossed the Dnipro and established positions in Krynky (Kakhovskyi, "
     "Kherson), regaining control of part of the village.", "Government regains territory"),
    ("On 20 October 2023, BRN announced a halt to attacks in Rueso (Rueso, Narathiwat).", "Change to group/activity"),
])
def test_round_87_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_87_tolls_dates_and_places(extract):
    [event] = extract("02/19/2020: A gunman opened fire at two shisha bars in Hanau, Hesse, Germany. Nine people were "
                      "killed and five others were wounded. The assailant then killed his mother and himself at his "
                      "home.")
    assert event["killed"]["low"] == 11
    [event] = extract("A man drove a car into pedestrians on Westminster Bridge, then stabbed an unarmed police officer "
                      "to death in New Palace Yard. Five people were killed in total and about 50 were hurt.")
    assert event["killed"]["low"] == 5
    events = extract("08/02/2020: Assailants attacked Nangarhar prison in Jalalabad city, Nangarhar, Afghanistan. At "
                     "least 29 people were killed and over 50 were injured in the fighting, which lasted until "
                     "08/04/2020.")
    assert [(e["date"]["start"], e["killed"]["low"]) for e in events] == [("2020-08-02", 29)]
    [event] = extract("09/01/2020: Assailants stormed a gold mining site near Kampti, Poni province, Sud-Ouest, "
                      "Burkina Faso. Twelve miners were killed.")
    assert event["location"]["admin1"] == "Sud-Ouest"
    [event] = extract("On 15 October 2023, Clan del Golfo took control of the rural area of Santa Rosa del Sur (Santa "
                      "Rosa del Sur, Bolivar).")
    assert event["location"]["name"] == "Santa Rosa del Sur"
    events = extract("On 5 October 2023, the bodies of 3 civilians killed during the Russian occupation were exhumed in "
                     "Snihurivka (Bashtanskyi, Mykolaiv).")
    assert [e["acled_sub_event_type"] for e in events if not e["background"]] == ["Other"]


def test_review_83_bombers_and_officers(extract):
    [event] = extract("On 3 March 2024, a Russian Su-34 bomber struck residential buildings in Kostiantynivka "
                      "(Kramatorskyi, Donetsk), killing 3 civilians. 3 fatalities.")
    assert event["acled_sub_event_type"] == "Air/drone strike"
    [event] = extract("A suicide bomber struck a wedding hall in Kabul, killing 12 people.", published="2019-11-05")
    assert "aerial" not in event["modes"]
    [event] = extract("05/03/2021: An assailant stabbed a police officer at a checkpoint in Hebron, West Bank. The "
                      "assailant was shot and wounded. Another officer was also injured in the struggle.")
    assert event["injured"]["low"] == 3


@pytest.mark.parametrize("text, sub", [
    ("On 11 November 2023, police charged pro-Palestinian protesters who attempted to block the railway station in "
     "Bologna (Bologna, Emilia-Romagna). [size=around 500]", "Protest with intervention"),
    ("On 25 November 2023, police broke up a banned pro-Palestinian rally in Frankfurt am Main (Frankfurt am Main, "
     "Hesse). [size=around 200]", "Protest with intervention"),
    ("On 16 November 2023, students threw eggs and smoke bombs at police in Turin (Torino, Piemonte). [size=about 300]",
     "Violent demonstration"),
    ("On 19 November 2023, Russian forces captured positions on the eastern outskirts of Novomykhailivka (Pokrovskyi, "
     "Donetsk). Casualties unknown.", "Non-state actor overtakes territory"),
    ("On 15 November 2023, additional Assam Rifles and BSF companies were deployed to Moreh (Tengnoupal, Manipur) "
     "following the killing of a police officer in the town.", "Change to group/activity"),
    ("On 19 November 2023, EMC members killed a social leader in the rural area of Suarez (Suarez, Cauca). The victim "
     "was intercepted while riding his motorcycle home. 1 fatality.", "Attack"),
    ("On 20 November 2023, riot police fired live ammunition to disperse contract lecturers demanding permanent posts "
     "in Kut (Kut, Wasit). Four protesters were wounded by bullets. [size=around 300]",
     "Excessive force against protesters"),
    ("On 21 November 2023, tribal mediation ended a land dispute between two clans in Tarim (Tarim, Hadramawt), with "
     "both sides agreeing to hand over their positions to local security forces.", "Agreement"),
    ("On 13 November 2023, the BCIJ dismantled a cell of five suspected ISIS supporters in Fes (Fes, Fes-Meknes) who "
     "were allegedly planning attacks.", "Arrests"),
    ("On 15 November 2023, UNIFIL announced that it had reduced patrols around its headquarters in Naqoura (Sour, "
     "South) due to the ongoing exchanges of fire along the Blue Line.", "Change to group/activity"),
    ("On 16 November 2023, JNIM militants drove a vehicle-borne IED into the FAMa camp in Boni (Douentza, Mopti). "
     "Fatalities unknown.", "Suicide bomb"),
])
def test_round_88_wordings(extract, text, sub):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == [sub]


def test_round_88_places_and_responders(extract):
    [event] = extract("03/04/2015: Assailants attacked a camp for displaced people in Gereida, Janub Darfur, Sudan. "
                      "Two civilians were killed.")
    assert (event["location"]["country"], event["location"]["name"]) == ("SD", "Gereida")
    [event] = extract("On 25 November 2023, a grenade was thrown between Fatah members and members of an Islamist group "
                      "in Ain al-Hilweh camp (Saida, South), injuring one person.")
    assert event["location"]["country"] == "LB"
    [event] = extract("Suicide bomber strikes Chad island market", published="2015-10-11")
    assert event["location"]["country"] == "TD"
    [event] = extract("05/03/2015: Assailants attacked a village near Damboa, Borno, Nigeria, killing five civilians. "
                      "Soldiers later killed two of the assailants.")
    assert all(a["type"] != "State forces" for a in event["actors"])


def test_review_84_near_misses(extract):
    assert _told(extract, "After the flood, residents in Beira, Mozambique, were regaining control of their lives on "
                 "20 March 2019.", "2019-03-21") == []
    assert _told(extract, "On 7 May 2020, Assam Rifles personnel recovered 2 AK-47 rifles from a hideout near Khonsa "
                 "(Tirap, Arunachal Pradesh).")[:1] == ["Disrupted weapons use"]


def test_review_85_a_court_charge_is_no_baton_charge(extract):
    assert _told(extract, "On 3 May 2023, supporters marched in Harare (Harare, Harare). Police charged the demonstrators "
                 "with unlawful assembly a week after the march. [size=dozens]")[:1] == ["Peaceful protest"]


@pytest.mark.parametrize("text, sub", [
    # A siege lifted under a deal ends no attack; batons breaking up a sit-in are an intervention; a
    # protest against live fire uses none; huts of families burned hurt no one; heavy weapons fired
    # into a town shell it.
    ("On 9 December 2023, army commanders and tribal elders reached a reconciliation agreement in Jasim (Izra, "
     "Dar'a), under which wanted men handed over their weapons and the army lifted the siege of the town.", "Agreement"),
    ("On 11 December 2023, gendarmes used batons to break up a sit-in by dismissed teachers outside the governorate "
     "in Kaedi (Kaedi, Gorgol). [size=around 40]", "Protest with intervention"),
    ("On 12 December 2023, around 300 students marched in Kakamega (Kakamega, Kakamega) against the police use of "
     "live ammunition during earlier demonstrations. [size=around 300]", "Peaceful protest"),
    ("On 6 December 2023, gunmen burned the huts of displaced families at a settlement near Tabatinga "
     "(Amazonas).", "Looting/property destruction"),
    ("On 20 December 2023, a navy gunboat fired heavy weapons into Kyauktaw town (Kyauktaw, Rakhine). No "
     "casualties were reported.", "Shelling/artillery/missile attack"),
])
def test_round_89_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_round_89_tolls_places_and_background(extract):
    # Bodies found in a grave whose dead are "not coded" here: the note's one development.
    assert [e["acled_sub_event_type"] for e in extract(
        "On 8 December 2023, relatives of missing people found a clandestine grave containing 5 bodies in Tecoman "
        "(Colima). Fatalities not coded.")] == ["Other"]
    # "between Ambo and a nearby kebele" names a place, not a fifth victim.
    [event] = extract("On 14 December 2023, OLA militants killed 4 farmers on the road between Ambo and a nearby "
                      "kebele (Ambo town, West Shewa, Oromia).")
    assert event["killed"]["low"] == 4
    # A town retaken that the other side "had entered" the day before is today's news.
    assert _told(extract, "On 22 December 2023, the ENDF retook Debre Tabor (South Gondar, Amhara), which Fano "
                 "militiamen had entered the previous day.") == ["Government regains territory"]
    # The first word of "Bon Repos" is no Bonn; "Petion-Ville" is Pétionville; a district with a
    # figure in its name and one with its kind after it are the fallback.
    [event] = extract("On 2 December 2023, gang members abducted a nurse in Bon Repos (Croix-des-Bouquets, Ouest).")
    assert event["location"]["country"] == "HT"
    [event] = extract("On 6 December 2023, gang members kidnapped two traders at Thomassin (Petion-Ville, Ouest).")
    assert event["location"]["name"] == "Pétionville"
    [event] = extract("On 9 December 2023, party workers beat a rival activist to death in Gosaba (South 24 "
                      "Parganas, West Bengal). 1 fatality.")
    assert event["location"]["name"] == "South 24 Parganas"
    [event] = extract("On 4 December 2023, Russian forces shelled Kachkarivka (Beryslav raion, Kherson) with artillery.")
    assert event["location"]["name"].startswith("Beryslav")
    # A road named after another town, "Kohat road in Bannu", leads to the town it is in.
    [event] = extract("07/02/2014: A bomb exploded near a police van on Kohat road in Bannu, Khyber Pakhtunkhwa, "
                      "Pakistan, killing two officers.")
    assert event["location"]["lat"] == pytest.approx(32.99, abs=0.05)
    # A headline opened by a province's seat spelt another way, or a province before "kidnap".
    [event] = extract("Derna gunmen kill judge", published="2014-07-02")
    assert event["location"]["country"] == "LY"
    [event] = extract("Sulu kidnap victim freed", published="2014-07-02")
    assert event["location"]["country"] == "PH"


@pytest.mark.parametrize("text, sub", [
    # A crowd burning the house of a man it accuses is a mob; stoning vehicles riots; a truck of
    # rifles seized disrupts weapons, whoever is arrested with it.
    ("On 15 January 2024, villagers stormed and burned the house of a woman accused of witchcraft in Kapenguria "
     "(West Pokot, West Pokot). [size=dozens] No fatalities and/or injuries reported.", "Mob violence"),
    ("On 12 January 2024, youths of Kakuma (Turkana West, Turkana) demanding jobs blocked the road and stoned "
     "buses belonging to an aid agency. [size=about 100]", "Violent demonstration"),
    ("On 20 January 2024, customs officers seized a lorry loaded with 30 rifles and ammunition at a checkpoint in "
     "Moyale (Moyale, Oromia). The driver was arrested.", "Disrupted weapons use"),
])
def test_round_90_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_round_90_tolls_and_places(extract):
    # A total of people, then who they were: six, not twelve.
    [event] = extract("07/11/2013: Assailants attacked a police post in Potiskum, Yobe, Nigeria. Six people, two "
                      "police officers and four assailants, were killed in the attack.")
    assert event["killed"]["low"] == 6
    # "taken to hospital" after a death tells the hurt.
    [event] = extract("A man drove a van into shoppers in Nice; one woman died and seven others were taken to "
                      "hospital.")
    assert (event["killed"]["low"], event["injured"]["low"]) == (1, 7)
    # A dead animal left at a door is no toll.
    assert all(e["killed"] is None for e in extract(
        "On 9 January 2024, unknown persons painted threats on the gate of a lawyer in Taraz (Taraz, Jambyl) and "
        "left a dead dog at the door."))
    # "(OR Tambo, Eastern Cape)" is no Oregon; "West Coast" is the Gambia's region beside Brikama;
    # "upazila" before the brackets.
    [event] = extract("On 13 January 2024, residents assaulted two men accused of theft near Lusikisiki (OR Tambo, "
                      "Eastern Cape). Both men died. 2 fatalities.")
    assert event["location"]["name"] == "Lusikisiki"
    [event] = extract("On 8 January 2024, traders in Brikama (Kombo Central, West Coast) pelted police with stones. "
                      "[size=no report]")
    assert event["location"]["country"] == "GM"
    [event] = extract("On 13 January 2024, villagers beat a man to death on suspicion of theft in Gaffargaon upazila "
                      "(Mymensingh, Mymensingh). 1 fatality.")
    assert event["location"]["admin1"] == "Mymensingh"
    # "Radaa" is Rada'.
    [event] = extract("08/01/2013: Assailants attacked a checkpoint in Radaa, Al Bayda, Yemen, killing two soldiers.")
    assert event["location"]["name"].startswith("Rad")


def test_review_87_near_misses(extract):
    # Protesters who storm an accused governor's house riot; a company's offices wrecked after a
    # death are no mob justice; the wounded taken to hospital "after" the shooting are hurt; a
    # march that "followed the killing" last week is today's march, killing no one.
    assert _told(extract, "Protesters stormed the house of the accused governor in Kano, Nigeria, demanding his "
                 "resignation.")[:1] == ["Violent demonstration"]
    assert _told(extract, "On 17 May 2023, students vandalised the offices of a bus company after a student was "
                 "killed in a road accident in Gulu (Gulu, Northern). No fatalities.")[:1] == ["Violent demonstration"]
    [event] = extract("One man was shot dead and three others were taken to hospital after gunmen opened fire in "
                      "Durban on Sunday.", published="2024-02-12")
    assert (event["killed"]["low"], event["injured"]["low"]) == (1, 3)
    events = extract("Hundreds marched in Kisumu on Friday demanding justice. The march followed the killing of a "
                     "student last week.", published="2024-02-10")
    assert [(e["acled_sub_event_type"], e["killed"]) for e in events if not e["background"]] == [("Peaceful protest", None)]


@pytest.mark.parametrize("text, published, sub", [
    # A commitment to cease hostilities is an agreement; police who stop a sit-in being held
    # intervene; force on farmers "gathered peacefully" meets a protest; handing over a town's
    # administration transfers it; a headline's "destroy ... shrines" destroys property.
    ("On 12 February 2024, Twa and Luba militia leaders signed a commitment to cease hostilities in Kalemie "
     "(Kalemie, Tanganyika), facilitated by MONUSCO.", None, "Agreement"),
    ("On 22 February 2024, police prevented nurses from holding a sit-in in Rabat (Rabat, Rabat-Sale-Kenitra) over "
     "unpaid bonuses.", None, "Protest with intervention"),
    ("On 19 February 2024, police fired tear gas and rubber bullets at farmers gathered peacefully at the Khanauri "
     "border (Sangrur, Punjab), seriously injuring 4 farmers.", None, "Excessive force against protesters"),
    ("On 21 February 2024, the AA handed over administration of Pauktaw town (Sittwe, Rakhine) to a local "
     "committee.", None, "Non-violent transfer of territory"),
    ("Militants destroy more Gao shrines", "2012-10-02", "Looting/property destruction"),
])
def test_round_91_wordings(extract, text, published, sub):
    assert _told(extract, text, published)[:1] == [sub]


def test_round_91_tolls_and_places(extract):
    # Those "sickened" by poison were hurt; a town NER took for a person, told after "in", is placed.
    [event] = extract("06/02/2012: Assailants poisoned the water tank of a girls' school in Taloqan, Takhar, "
                      "Afghanistan. About 90 students were sickened.")
    assert event["injured"]["low"] == 90
    [event] = extract("Insurgents strike again in Yala as Bangkok urges calm", published="2012-04-01")
    assert event["location"]["name"] == "Yala"


@pytest.mark.parametrize("text, published, sub", [
    # Police beating people "who had gathered for a sit-in" use force on a protest; road machinery
    # burned is property destroyed; tyres set on fire at a demonstration riot; arrests "following
    # the Crocus City Hall attack" are arrests.
    ("On 15 March 2024, police beat teachers who had gathered for a sit-in in Conakry (Conakry, Conakry) over "
     "unpaid wages. Several people were injured.", None, "Excessive force against protesters"),
    ("On 17 March 2024, FARC dissidents burned three pieces of road machinery in Miraflores (Miraflores, "
     "Guaviare).", None, "Looting/property destruction"),
    ("On 9 March 2024, around 200 farmers demonstrated in Auch (Gers, Occitanie), setting tyres on fire in front of "
     "the prefecture. [size=around 200]", None, "Violent demonstration"),
    ("On 25 March 2024, security services detained 6 suspects in Kulob (Kulob, Khatlon) following the Crocus City "
     "Hall attack in Russia.", None, "Arrests"),
])
def test_round_92_wordings(extract, text, published, sub):
    assert _told(extract, text, published)[:1] == [sub]


def test_round_92_tolls_and_actors(extract):
    # "counter-insurgency" fights nothing: the note's one development is the base.
    assert [e["acled_sub_event_type"] for e in extract(
        "On 21 March 2024, the army inaugurated a new counter-insurgency base in Llochegua (Huanta, Ayacucho).")] \
        == ["Headquarters or base established"]
    # An attacker killed "later" counts once; in prose the victims only; "and a kebab shop nearby"
    # is a place; a side's claimed toll that another source gainsays is no toll; countries a
    # pipeline supplies act in nothing.
    [event] = extract("04/02/2011: Assailants ambushed a police patrol near Shali, Chechnya, Russia. Two officers were "
                      "killed. Security forces later killed one assailant.")
    assert event["killed"]["low"] == 3
    [event] = extract("Gunmen stormed a hotel in Sevare, Mali and took 30 people hostage; 5 hostages and both attackers "
                      "were killed.")
    assert event["killed"]["low"] == 5
    [event] = extract("A gunman shot dead three people outside a mosque in Hanau and a bar nearby.")
    assert event["killed"]["low"] == 3
    [event] = extract("03/02/2011: Assailants attacked an army base near Balad, Shabeellaha Dhexe, Somalia. Al-Shabaab "
                      "claimed that 20 soldiers were killed; however, the army reported only three soldiers wounded.")
    assert (event["killed"], event["injured"]["low"]) == (None, 3)
    [event] = extract("10/27/2011: Assailants bombed the gas pipeline that supplies Israel and Jordan near Bir al-Abd, "
                      "North Sinai, Egypt. No casualties were reported.")
    assert not any(a["type"] == "State forces" or a["name"].startswith("Government") for a in event["actors"])
    # Hostages' bodies recovered after "three others were abducted" add to the toll.
    [event] = extract("10/24/2012: Assailants attacked a village near Masisi, Nord-Kivu, Democratic Republic of the "
                      "Congo. Six civilians were killed and two others were abducted; the bodies of the two hostages "
                      "were recovered on 10/29/2012.")
    assert event["killed"]["low"] == 8
    # The hurt "after militants attacked" were hurt by them.
    [event] = extract("Nine villagers were injured after militants attacked a village in Katsina.")
    assert [a["type"] for a in event["actors"]] != [] and all(r["type"] == "Civilians" for r in event["recipients"])


def test_review_88_near_misses(extract):
    # Families "gathered peacefully to mourn" protest nothing; protesters who stone police officers
    # riot, and a mob that stones a police unit stays a mob.
    assert _told(extract, "Hundreds of families gathered peacefully to mourn the late bishop in Enugu.",
                 "2024-03-02") == []
    assert _told(extract, "Protesters stoned police officers in Nakuru; two were injured.",
                 "2024-03-02")[:1] == ["Violent demonstration"]
    assert _told(extract, "An angry mob stoned a police unit in Zomba after a suspect died in custody.",
                 "2024-03-02")[:1] == ["Mob violence"]


def test_review_89_near_misses(extract):
    # "a bar owner nearby" is one more victim (a bar alone is a place); crowds "gathered peacefully
    # for Friday prayers" protest nothing.
    [event] = extract("A suicide bomber killed 6 people and a bar owner nearby in Kirkuk on 11 May 2021.")
    assert event["killed"]["low"] == 7
    assert _told(extract, "Thousands gathered peacefully for Friday prayers in Kano.", "2024-03-02") == []


@pytest.mark.parametrize("text, published, sub", [
    # Houses "belonging to a man accused of witchcraft" burned by residents: a mob; miners
    # "marching" meet force as protesters; striking miners "removed" by police, women detained "who
    # laid flowers" in a sized note: an intervention; a base "targeted ... with a long-range drone"
    # is a drone strike; "Al-Shabaab fighters seize aid workers" abducts them.
    ("On 14 April 2024, residents of Masaka town (Masaka, Central) set fire to two houses belonging to a man "
     "accused of witchcraft after the death of a child. No fatalities and/or injuries reported.", None, "Mob violence"),
    ("On 25 April 2024, police fired rubber bullets at cooperative miners marching in Oruro (Cercado, Oruro), "
     "seriously injuring 3. No fatalities.", None, "Excessive force against protesters"),
    ("On 6 April 2024, police removed striking miners who were blocking the road to the plant in Zestaponi "
     "(Zestaponi, Imereti). 5 people were detained. [size=around 80]", None, "Protest with intervention"),
    ("On 22 April 2024, police detained 4 women who laid flowers in memory of Alexei Navalny in Kursk (Kursk, "
     "Kursk). [size=4]", None, "Protest with intervention"),
    ("On 25 April 2024, Ukrainian forces targeted the Engels airbase (Engelsskiy, Saratov) with a long-range "
     "drone. No casualties were reported.", None, "Air/drone strike"),
    ("Al-Shabaab fighters seize aid workers in Gedo", "2010-03-02", "Abduction/forced disappearance"),
])
def test_round_93_wordings(extract, text, published, sub):
    assert _told(extract, text, published)[:1] == [sub]


def test_round_93_tolls(extract):
    # "before killing his mother and himself" adds his mother, not himself (prose); a
    # hostage-taker killed by police is the attacker, counted in a coded incident.
    [event] = extract("A gunman shot dead seven people at a cafe in Offenbach before killing his mother and himself.")
    assert event["killed"]["low"] == 8
    [event] = extract("08/07/2010: A gunman took 9 employees hostage at a bank in Bannu, Khyber Pakhtunkhwa, Pakistan. "
                      "The hostage-taker was killed by police on the following day.")
    assert (event["killed"]["low"], event["acled_sub_event_type"]) == (1, "Abduction/forced disappearance")


@pytest.mark.parametrize("text, sub", [
    # Forces "repelled by" others clash; "reoccupied" and "restored control" regain ground; crowds who
    # "scuffled with police" riot; "striking miners" removed by police meet an intervention.
    ("On 20 May 2024, Russian forces attempted to advance near Ocheretyne (Pokrovskyi, Donetsk) and were repelled "
     "by Ukrainian forces. Casualties unknown.", "Armed clash"),
    ("On 27 May 2024, the military reoccupied an outpost near Bilin (Thaton, Mon) that had been seized by KNLA "
     "forces earlier in the month. No fatalities reported.", "Government regains territory"),
    ("On 30 May 2024, Ukrainian forces pushed Russian forces out of positions near Vovchansk (Chuhuivskyi, Kharkiv) "
     "and restored control. Casualties unknown.", "Government regains territory"),
    ("On 27 May 2024, opposition supporters blocked streets in Gyumri (Gyumri, Shirak) and scuffled with police. "
     "[size=hundreds]", "Violent demonstration"),
    ("On 12 May 2024, police removed striking miners from the gate of the Konkola mine in Chililabombwe "
     "(Chililabombwe, Copperbelt). [size=no report]", "Protest with intervention"),
])
def test_round_94_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_round_94_accident_and_review_90(extract):
    # A store that "exploded accidentally" is the note's development, not an attack; residents
    # who burn houses "belonging to" an accused man are a mob.
    assert [e["acled_sub_event_type"] for e in extract(
        "On 21 May 2024, an ammunition store at a military base in Galkayo (Galkacyo, Mudug) exploded accidentally, "
        "killing 3 soldiers. 3 fatalities.")] == ["Other"]
    assert _told(extract, "On 5 May 2024, residents in Kisii burned three houses belonging to a man accused of "
                 "witchcraft.")[:1] == ["Mob violence"]
    # A minefield in a headline is a landmine (not "the minefield" an army blames on someone); those
    # who "required hospital treatment" were hurt.
    assert _told(extract, "Two Colombian soldiers die in FARC minefield in Caqueta", "2009-07-22") == \
        ["Remote explosive/landmine/IED"]
    [event] = [e for e in extract("A man drove a van into shoppers in Bradford. One woman died and six others required "
                                  "hospital treatment.") if e["event"] == "ASSAULT"]
    assert (event["killed"]["low"], event["injured"]["low"]) == (1, 6)


@pytest.mark.parametrize("text, sub", [
    # A possessive before the ground seized; an arrest of someone "who had taken part in protests";
    # a sized note that names a crowd and no protest verb; "took to the streets"; a mob that lynches;
    # missiles "launched from above" a neighbour's territory; families "evacuated from" villages.
    ("On 12 June 2024, RSF fighters stormed En Nahud town (En Nahud, West Kordofan) following clashes with the "
     "SAF and seized the division's headquarters.", "Non-state actor overtakes territory"),
    ("On 4 June 2024, police arrested an opposition activist in Kutaisi (Imereti) who had taken part in protests "
     "against the foreign agents law.", "Arrests"),
    ("Thousands of residents took to the streets of Sanaa on Friday against the blockade.", "Peaceful protest"),
    ("On 14 June 2024, thousands of Houthi supporters rallied in Bajil (Bajil, Al Hudaydah) in support of Houthi "
     "attacks on shipping in the Red Sea. [size=thousands]", "Peaceful protest"),
    ("On 20 June 2024, a mob stormed the police station in Madyan (Swat, KP), dragged out a tourist and lynched "
     "him. 1 killed. [size=hundreds]", "Mob violence"),
    ("On 2 June 2024, Israeli missiles launched from above Lebanese territory hit a warehouse near Masyaf "
     "(Masyaf, Hama).", "Air/drone strike"),
    ("On 14 June 2024, around 400 families evacuated from several barangays of Datu Piang (Maguindanao del Sur) "
     "following clashes between two rival MILF commanders.", "Other"),
    ("On 8 June 2024, Israeli special forces clashed with Hamas fighters in Nuseirat camp (Deir El Balah, Gaza "
     "Strip). Palestinian fatalities from the accompanying air strikes are coded in separate events.",
     "Armed clash"),
])
def test_round_95_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_round_95_tolls(extract):
    # A determiner before the figure, a second verb of the same victims, "lynched them", "along with
    # his companion", a body found of "a 59-year-old farmer", the bomber in a coded summary's toll, and
    # a subset ("186 of them children") that is no further group.
    for text, killed in [
        ("On 4 June 2024, a FAMa drone struck a pick-up near Kidal (Kidal, Kidal), killing its three occupants.", 3),
        ("On 8 June 2024, an angry mob beat to death and set ablaze two suspected kidnappers in Gombe town "
         "(Gombe, Gombe). [size=no report]", 2),
        ("On 21 June 2024, residents of Cap-Haitien (Nord) intercepted two young men and lynched them. "
         "[size=no report]", 2),
        ("02/07/2008: A candidate was shot dead along with his driver while campaigning in Hyderabad, Sindh, "
         "Pakistan.", 2),
        ("On 6 June 2024, the body of a 59-year-old Meitei farmer was found with injury marks near Jiribam "
         "(Jiribam, Manipur). Locals alleged he had been abducted and killed by Kuki militants.", 1),
        ("03/03/2008: A suicide attacker exploded near a military base in Khost, Afghanistan. Two civilians and the "
         "bomber died.", 3),
    ]:
        assert [e["killed"]["low"] for e in _read(extract(text)) if not e["background"]][:1] == [killed], text
    # (not houses: "killed and burned three houses" numbers no dead)
    assert [e["killed"] for e in extract("Gunmen attacked Kauri, killed and burned three houses.")] == [None]
    [event] = extract("Gunmen took dozens of students hostage at a school in Beslan; the siege ended with 334 "
                      "hostages killed, 186 of them children, and 783 wounded.")
    assert (event["killed"]["low"], event["injured"]["low"]) == (334, 783)


def test_round_95_attribution(extract):
    def attribution(text):
        [event] = [e for e in extract(text) if e["status"] == "occurred"]
        return event["attribution"]["status"], event["attribution"]["actor"]
    assert attribution("01/23/2008: Assailants shot dead a tribal leader in Fallujah, Al Anbar, Iraq. Police suspected "
                       "Al-Qaida in Iraq; no claim of responsibility was made.")[0] == "suspected"
    assert attribution("08/11/2008: A suicide bomber blew himself up in Khanaqin, Diyala, Iraq, killing 21. Local "
                       "officials accused Al-Qaida in Iraq, although the group did not claim the attack.")[0] == "suspected"
    assert attribution("04/27/2008: A bomb exploded as a police pickup passed in Lashkar Gah, Helmand, Afghanistan. A "
                       "Taliban spokesman, Qari Yousuf Ahmadi, said the movement carried out the blast.") == \
        ("claimed", "Taliban")
    assert attribution("11/10/2008: Militants hijacked 13 trucks near Jamrud, Khyber Agency, Pakistan. The TTP "
                       "claimed the hijacking.")[0] == "claimed"
    assert attribution("09/29/2008: A bomb exploded in Malegaon, Maharashtra, India, killing six. Investigators "
                       "attributed the bombing to Hindu extremists linked to the Abhinav Bharat group.") == \
        ("suspected", "Hindu extremists")
    assert attribution("04/25/2008: Suspected Tamil Tiger cadres shot dead four farmers near Kebithigollewa, "
                       "Anuradhapura district, Sri Lanka. No group claimed responsibility.")[0] == "suspected"
    assert attribution("11/12/2008: Two men sprayed acid on schoolgirls in Kandahar city, Kandahar, Afghanistan. "
                       "Fifteen were injured. Afghan officials accused the Taliban, who denied any role.") == \
        ("suspected", "Taliban")
    assert attribution("A bomb on a bus at Burgas Airport killed five Israelis. Hezbollah was later blamed by "
                       "Bulgarian investigators.") == ("suspected", "Hezbollah")


def test_round_95_places_and_modes(extract):
    # An adjective of a Russian republic, a national police force's name, the ASCII spelling of a
    # Turkish province, acid thrown as a primitive weapon.
    [event] = extract("Gunmen kill two soldiers, wound three in Ingush village", "2008-04-11")
    assert (event["location"]["country"], event["location"]["admin1"]) == ("RU", "Ingushetia")
    [event] = extract("Guardia Civil barracks hit by van bomb; one officer killed", "2008-05-14")
    assert event["location"]["country"] == "ES"
    [event] = extract("01/03/2008: A car bomb was detonated as a bus passed through central Diyarbakir, Turkey, "
                      "killing five.")
    assert event["location"]["admin1"] == "Diyarbakir"
    [event] = extract("11/12/2008: Two men sprayed acid on a group of schoolgirls in Kandahar city, Kandahar, "
                      "Afghanistan. Fifteen victims were injured.")
    assert event["modes"] == ["primitive"]


@pytest.mark.parametrize("text", [
    # Review 91: near misses of the rules of rounds 89-94.
    "On 3 June 2024, technicians repaired the damaged lines and restored full control of the power grid in Kharkiv "
    "(Kharkivskyi, Kharkiv).",
    "On 3 June 2024, residents of Bucha (Buchanskyi, Kyiv) said they were sickened by images of the executions.",
    "On 3 June 2024, an accidental fire burned 40 huts at the Kakuma refugee camp (Turkana West, Turkana). No "
    "casualties.",
    "On 3 June 2024, the labour minister met striking doctors' representatives in Nairobi (Nairobi Central, "
    "Nairobi) to discuss pay arrears.",
    "On 3 June 2024, voters gathered peacefully at polling stations in Lilongwe (Lilongwe City, Lilongwe) to cast "
    "their ballots.",
    "On 3 June 2024, the outgoing governor handed over administration of Kano State to his successor in Kano "
    "(Kano Municipal, Kano).",
    "The peace deal has become a political minefield for President Petro.",
    "The United States on Tuesday hit three Iranian firms with drone-related sanctions.",
    "Militants seize villagers' cattle in Borno",
])
def test_review_91_no_event_of_the_rule(extract, text):
    assert not [s for s in _told(extract, text, "2024-06-05")
                if s not in ("Agreement", "Other", "Change to group/activity")]


def test_round_95_sized_note_without_a_protest_verb(extract):
    # (the note's one event, read from its crowd's size: low confidence, as any untriggered note)
    assert [e["acled_sub_event_type"] for e in extract(
        "On 3 June 2024, farmers drove some 40 tractors into Rennes (Ille-et-Vilaine, Bretagne) to demand the "
        "implementation of promises on pesticides. [size=some 40 tractors]")] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "On 3 June 2024, displaced families reoccupied their homes in Ber (Gourma-Rharous, Tombouctou) after the "
    "fighting ended.",
    "On 3 June 2024, anti-corruption police held five officials for two days in Kano (Kano Municipal, Kano) before "
    "releasing them on bail.",
])
def test_review_91_no_capture_nor_abduction(extract, text):
    assert [e["acled_sub_event_type"] for e in extract(text)] == ["Other"]


@pytest.mark.parametrize("text, sub", [
    ("On 3 June 2024, bandits set tyres on fire to block the road near Funtua (Funtua, Katsina) before ambushing a "
     "convoy, killing 2 policemen.", "Armed clash"),
    ("On 3 June 2024, youths rioted and burned the home of a councillor accused of corruption in Mutare (Mutare, "
     "Manicaland). [size=no report]", "Violent demonstration"),
    ("On 3 June 2024, three soldiers were killed in the minefield laid by FARC dissidents near Argelia (Argelia, "
     "Cauca).", "Remote explosive/landmine/IED"),
    ("On 3 June 2024, supporters of the opposition pushed and shoved police officers outside the court in Harare "
     "(Harare, Harare). [size=about 50]", "Violent demonstration"),
    ("On 3 June 2024, hundreds of students marched in Nairobi (Nairobi Central, Nairobi) protesting the police's "
     "use of live ammunition at earlier demonstrations. [size=hundreds]", "Peaceful protest"),
    ("On 3 June 2024, police detained 5 activists who were holding placards outside the parliament in Minsk "
     "(Minsk, Minsk). [size=5]", "Protest with intervention"),
    ("On 3 June 2024, security forces arrested 5 suspects in Kaduna following the Kajuru church attack.", "Arrests"),
])
def test_review_91_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_review_91_tolls(extract):
    [event] = extract("Attackers killed two guests and a hotel receptionist in Mogadishu on Friday.")
    assert event["killed"]["low"] == 3
    [event] = extract("Gunmen killed two hostages and kidnapped five others at the hotel in Kidal; the bodies of the "
                      "two hostages were recovered on Sunday.")
    assert event["killed"]["low"] == 2
    [event] = extract("A gunman opened fire at a wedding in Mardin on Sunday. Two people died and four others were "
                      "taken to a nearby hospital.")
    assert (event["killed"]["low"], event["injured"]["low"]) == (2, 4)


def test_round_96_tolls(extract):
    # Groups in digits before the last ("81 civilians, 13 Chadian soldiers and ..."), one figure for
    # three nouns, a coded summary's attackers "as well as" the victims (and inside "including the
    # four gunmen" once only), "along with at least 18 other people", a headless body found, a guard
    # beaten, bodies recovered, a toll its own side denies.
    for text, killed, injured in [
        ("02/04/2015: Assailants attacked Fotokol, Far North, Cameroon. Authorities said 81 civilians, 13 Chadian "
         "soldiers and six Cameroonian soldiers were killed, while more than 500 people were wounded.", 100, 500),
        ("01/29/2015: Assailants detonated a car bomb at a military base in El Arish, North Sinai, Egypt. At least 25 "
         "soldiers, police officers and civilians were killed and 58 were injured.", 25, 58),
        ("02/06/2015: Militants attacked Bosso, Diffa, Niger. The defence ministry said four soldiers and one "
         "civilian were killed, as well as 109 of the attackers.", 114, None),
        ("04/02/2015: Gunmen stormed Garissa University College in Garissa, Kenya. Security forces killed four of "
         "the assailants. In total, 148 people were killed, including the four gunmen, and at least 79 were "
         "injured.", 148, 79),
        ("08/16/2015: Two suicide bombers targeted a minister at his office in Attock, Punjab, Pakistan. The minister "
         "was killed along with at least 18 other people, and 23 more were injured.", 19, 23),
        ("06/26/2015: An assailant drove his van into a chemical plant in Saint-Quentin-Fallavier, Isere, France, "
         "triggering an explosion that injured two people. The decapitated body of his employer was found near "
         "the site.", 1, 2),
        ("09/21/2015: Gunmen abducted a former minister from his farm near Akure, Ondo, Nigeria. A farm guard was "
         "beaten during the raid.", None, 1),
        ("On 12 July 2024, Israeli aircraft bombed a house in Jabalya camp (North Gaza). Civil Defence crews "
         "recovered 17 bodies from under the rubble.", 17, None),
        ("On 5 July 2024, SPLA-IO forces attacked an SSPDF barracks in Leer town (Leer county, Unity state). The "
         "SPLA-IO claimed that nine soldiers were killed in the attack; an SSPDF spokesperson denied the claim, "
         "saying the attackers were repulsed and that two soldiers lost their lives.", 2, None),
    ]:
        [event] = [e for e in extract(text) if not e["background"]]
        assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured), text
    # (a clause of its own is no group of the next figure; a man beaten "before being shot dead" is
    # no one hurt besides)
    [event] = extract("04/25/2021: Assailants attacked a church in Manini, Kaduna, Nigeria. Four women were kidnapped, "
                      "one person was killed, and another person was injured in the attack.")
    assert event["killed"]["low"] == 1
    [event] = extract("05/21/2016: An attacker abducted a teacher, who was beaten before being shot dead near "
                      "Kandahar, Kandahar province, Afghanistan.")
    assert event["injured"] is None


@pytest.mark.parametrize("text, sub", [
    ("05/19/2015: ISIL militants seized around 40 members of the Shaitat tribe at a checkpoint in Abu Kamal, Deir "
     "ez-Zor, Syria.", "Abduction/forced disappearance"),
    ("On 3 July 2024, Hezbollah fired about 40 rockets towards Safed (HaZafon). Most were intercepted; shrapnel "
     "sparked fires in open areas.", "Shelling/artillery/missile attack"),
    ("On 7 July 2024, about twenty youths staged a flash protest in Mandalay (Mandalay, Mandalay) before dispersing "
     "within minutes to avoid arrest. [size=about 20]", "Peaceful protest"),
    ("On 23 July 2024, a drone believed to have been launched by the RSF struck the perimeter of a military base in "
     "Shendi (Shendi, River Nile). Witnesses heard anti-aircraft fire shortly before the blast.", "Air/drone strike"),
    ("12/09/2008: Hooded youths torched a branch of the National Bank of Greece in Thessaloniki, Greece, during "
     "rioting. No injuries were reported.", "Looting/property destruction"),
])
def test_round_96_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_round_96_untriggered_crowds(extract):
    # A sized note's crowd that sets upon someone is a mob; one that occupies a place protests.
    def subs(text):
        return [e["acled_sub_event_type"] for e in extract(text)]
    assert subs("On 3 June 2024, residents caught a suspected thief and paraded him naked through the market in Kano "
                "(Kano Municipal, Kano). [size=no report]") == ["Mob violence"]
    assert subs("On 3 June 2024, farmers occupied the landowner's estate outside Harare (Harare, Harare) and refused "
                "to leave. [size=about 60]") == ["Peaceful protest"]
    assert subs("On 1 July 2024, groups of young men roamed the streets of Gaziantep (Gaziantep), smashing the windows "
                "of shops and cars belonging to Syrian refugees, following the Kayseri events of the previous night. "
                "Police detained several people. [size=no report]")[:1] == ["Mob violence"]


def test_round_96_places_and_sources(extract):
    # Whence a bus set out, where a victim later died, whence mediators came, a town's brackets that
    # name another province, an address after a work-of-art tag, and a police source that is no side.
    def place(text):
        return [e["location"]["name"] for e in extract(text) if not e["background"]][0]
    assert place("02/23/2015: Masked gunmen stopped two buses travelling from Herat toward Kabul and abducted 31 "
                 "passengers near Shah Joy, Zabul, Afghanistan.") == "Shah Joy"
    assert place("09/13/2015: A landmine exploded beneath a police jeep near Latehar, Jharkhand, India. Two policemen "
                 "died and a third later succumbed at a hospital in Ranchi.") == "Latehar"
    assert place("On 11 June 2024, a grand jirga of elders from Kohat and Hangu brokered an agreement between two "
                 "tribes in Parachinar (Kurram, Khyber Pakhtunkhwa).") == "Parachinar"
    assert place("07/09/2008: Armed militants ambushed a passenger van traveling from Thall to Parachinar, Kurram "
                 "Agency, Federally Administered Tribal Areas, Pakistan.") == "Parachinar"
    assert place("On 13 June 2024, villagers beat to death a suspected cattle thief in Sherpur upazila (Bogura, "
                 "Rajshahi). [size=no report]") == "Bogura"
    assert place("On 6 June 2024, troops encountered about 15 NPA rebels in Barangay Hinagonoyan, Catubig, Northern "
                 "Samar. One rebel was killed in the firefight.") == "Catubig"
    [event] = extract("03/24/2008: A truck bomb exploded near a market in Tal Afar, Nineveh province, Iraq. Police said "
                      "11 people died and at least 40 were injured.")
    assert event["actors"] == []
    [event] = extract("On 5 June 2024, police dispersed a rally in Manila (Metro Manila). [size=around 200]")
    assert event["location"]["admin1"] == "Metro Manila"


def test_round_96_attribution(extract):
    def attribution(text):
        [event] = [e for e in extract(text) if e["status"] == "occurred"]
        return event["attribution"]["status"], event["attribution"]["actor"]
    assert attribution("02/23/2015: Gunmen abducted 31 passengers near Shah Joy, Zabul, Afghanistan. Government "
                       "officials blamed fighters loyal to the Islamic State.") == \
        ("suspected", "Islamic State Khorasan Province")
    assert attribution("06/03/2024: Gunmen attacked a checkpoint in Kunduz, Afghanistan, killing four police. A "
                       "spokesman for the provincial governor blamed the Taliban and said the group had carried out "
                       "the attack.")[0] == "suspected"
    assert attribution("06/03/2024: Gunmen killed 30 villagers in Solhan, Sahel, Burkina Faso. The government claimed "
                       "the massacre was the work of JNIM.")[0] == "unknown"


@pytest.mark.parametrize("text", [
    # Review 92: near misses of round 95's rules.
    "Thousands of Argentines took to the streets in celebration after the World Cup win.",
    "Opposition candidates hit the streets of Harare on Saturday to canvass for votes ahead of the runoff.",
    "Rebels Seize Aid Trucks",
    "Talks on the budget have become a minefield for the coalition government in Kyiv.",
    "Kenya has long grappled with police brutality, rights groups said in a report on Tuesday.",
])
def test_review_92_no_event_of_the_rule(extract, text):
    assert not _told(extract, text, "2024-06-05")


@pytest.mark.parametrize("text, sub", [
    ("On 3 June 2024, armed gangs took to the streets of Croix-des-Bouquets (Croix-des-Bouquets, Ouest), firing "
     "indiscriminately and killing 4 residents.", "Attack"),
    ("Islamists take Hostages", "Abduction/forced disappearance"),
    ("On 3 June 2024, opposition supporters occupied the ruling party's headquarters in Dakar (Dakar, Dakar) to "
     "protest the postponement of the election. [size=hundreds]", "Peaceful protest"),
    ("On 3 June 2024, Ukrainian forces struck Russian positions near Krynky (Kakhovskyi, Kherson) with "
     "drone-launched grenades.", "Air/drone strike"),
    ("On 3 June 2024, opposition supporters shoved police officers outside the electoral commission in Harare "
     "(Harare, Harare). [size=about 100]", "Violent demonstration"),
    ("On 3 June 2024, armed men set tyres on fire to block the road near Funtua (Funtua, Katsina) before ambushing "
     "a convoy, killing 2 policemen.", "Armed clash"),
    ("On 4 June 2024, police arrested a student activist in Tbilisi (Tbilisi) who joined last week's protests "
     "against the foreign agents law.", "Arrests"),
])
def test_review_92_wordings(extract, text, sub):
    assert _told(extract, text, "2024-06-05")[:1] == [sub]


def test_review_92_sources_and_tolls(extract):
    # The gendarmerie or police of a francophone country is its own; the dead "taken to hospital,
    # where they were declared dead" are no one hurt.
    [event] = extract("On 3 June 2024, JNIM militants attacked a Gendarmerie nationale post in Kaya (Kaya, "
                      "Centre-Nord), killing 3 gendarmes.")
    assert "Police Forces of France" not in [a["name"] for a in event["actors"] + event["recipients"]]
    [event] = extract("On 3 June 2024, an Israeli air strike hit a house in Khan Younis (Khan Younis, Gaza Strip). "
                      "Twelve people were taken to Nasser Hospital, where they were declared dead.")
    assert event["injured"] is None


def test_round_97_tolls_and_claims(extract):
    # A rival's claim of the same dead, a claim "not independently confirmed", a shootout told with
    # its article, "died along with 11 other people".
    for text, killed in [
        ("On 15 August 2024, FACA soldiers clashed with MPC combatants north of Kaga-Bandoro (Nana-Grebizi). Four "
         "rebels were killed according to military sources; the MPC claimed only one of its men died.", 4),
        ("On 7 August 2024, Ukrainian forces engaged Russian troops near Sudzha (Sudzhanskiy, Kursk). Russian sources "
         "claimed 100 Ukrainian troops were killed; fatalities not independently confirmed.", None),
        ("On 14 August 2024, Jaish al-Adl gunmen attacked a police station near Zahedan (Zahedan, Sistan and "
         "Baluchestan), sparking a shootout in which two policemen and one attacker were killed.", 3),
    ]:
        [event] = extract(text)
        assert (event["killed"] or {}).get("low") == killed, text
    [event] = extract("08/16/2015: A suicide bomber struck a funeral in Kabul, Afghanistan. A council member died along "
                      "with 11 other people, and 20 more were wounded.")
    assert (event["killed"]["low"], event["injured"]["low"]) == (12, 20)


@pytest.mark.parametrize("text, place", [
    ("On 20 August 2024, FAMa and Wagner Group personnel redeployed a large convoy from Kidal to the Tessalit "
     "military camp (Tessalit, Kidal). No contact with armed groups was reported.", "Tessalit"),
    ("On 9 July 2024, gunmen killed two men in Amatenango de la Frontera, Chiapas.", "Amatenango de la Frontera"),
    ("Bandits attacked travellers near Birnin Gwari, Kaduna state, killing 5.", "Birnin Gwari"),
    ("On 7 July 2024, some 30 activists held a sit-in in Minsk (Minsk, Minsk). [size=about 30]", "Minsk"),
])
def test_round_97_places(extract, text, place):
    assert [e["location"]["name"] for e in extract(text) if not e["background"]][:1] == [place]


@pytest.mark.parametrize("text, sub", [
    ("On 5 August 2024, the US military completed its withdrawal from Air Base 201 near Agadez (Agadez, Agadez), "
     "handing the drone base over to Nigerien authorities.", "Non-violent transfer of territory"),
    ("On 18 July 2024, angry residents of Butembo (Butembo, Nord-Kivu) erected barricades and threw stones at police "
     "after a moto-taxi driver was killed by unidentified men the previous night. [size=no report]",
     "Violent demonstration"),
    ("Thousands of Kenyans took to the streets of Nairobi on Tuesday, angered by the passage of the finance bill.",
     "Peaceful protest"),
    ("Hundreds of women took to the streets of Kabul on Saturday to demand the right to work.", "Peaceful protest"),
    ("On 7 July 2024, about 50 students rallied outside parliament in Kampala (Kampala, Kampala) but they were "
     "dispersed quickly by police. [size=about 50]", "Protest with intervention"),
    ("On 3 June 2024, Israeli security personnel rounded up 40 men in Tubas (Tubas) during a raid and took them for "
     "interrogation.", "Arrests"),
])
def test_round_97_and_review_93_wordings(extract, text, sub):
    assert _told(extract, text, "2024-06-05")[:1] == [sub]


def test_review_93_near_misses(extract):
    # The hurt taken to hospital beside others dead; a candidate beaten in a runoff; a group's man
    # killed is its loss; a police source that fought; a group's statement of its own deed; claims of
    # a unit "of its" and by a provincial spokesman; a cacerolazo and a letter handed over are no mob.
    [event] = extract("On 3 June 2024, gunmen opened fire on a minibus in Kumba (Meme, South-West). Eight people were "
                      "taken to hospital, and two others died at the scene.")
    assert (event["killed"]["low"], event["injured"]["low"]) == (2, 8)
    assert extract("Two opposition candidates were beaten in Sunday's runoff in Harare, officials said.") == []
    assert extract("Two opposition candidates were beaten by the incumbent in Harare, officials said.") == []
    [event] = extract("On 3 June 2024, an Israeli air strike hit a car in Tyre (Tyre, South). A Hezbollah commander was "
                      "killed together with two others.")
    assert "Hezbollah" not in [a["name"] for a in event["actors"]]
    [event] = extract("On 3 June 2024, police said 3 robbers were shot dead in an exchange of fire with a patrol in "
                      "Nairobi (Nairobi Central, Nairobi).")
    assert [a["name"] for a in event["actors"]] == ["Police Forces of Kenya"]
    [event] = extract("06/03/2024: Gunmen killed 12 villagers in Dialassagou, Mopti, Mali. JNIM claimed the attack was "
                      "carried out by a unit of its Katiba Macina.")
    assert event["attribution"]["status"] == "claimed"
    [event] = extract("06/03/2024: A bomb killed 5 police officers in Kandahar, Afghanistan. The Taliban's provincial "
                      "spokesman said the group carried out the attack.")
    assert event["attribution"]["status"] == "claimed"
    assert [e["acled_sub_event_type"] for e in extract(
        "On 3 June 2024, pensioners went to the governor's office in Kano (Kano Municipal, Kano) and handed over a "
        "letter demanding unpaid pensions. [size=about 100]")] == ["Peaceful protest"]
    [event] = extract("Detonation: On 29 April 2020, 2 Taliban militants were killed and 1 was wounded when landmines "
                      "they were planting exploded prematurely in Maidan Shar city, Wardak.")
    assert [a["name"] for a in event["actors"]] == ["Taliban"]


@pytest.mark.parametrize("text, sub", [
    # An anniversary with its number kept by a rally today; force on "unemployed graduates" of a sized
    # note; a strike "with a missile"; soldiers and a civilian "killed in a gunfight with militants";
    # houses burned "at least 40"; a motorcycle rigged with explosives.
    ("On 15 August 2024, police dispersed a rally by members of the KNPB commemorating the 62nd anniversary of the "
     "New York Agreement in Jayapura (Jayapura, Papua).", "Protest with intervention"),
    ("On 18 August 2024, security forces fired live rounds to disperse dozens of unemployed graduates who tried to "
     "storm the Wasit governorate building in Kut (Wasit), wounding three of them. [size=dozens]",
     "Excessive force against protesters"),
    ("On 9 August 2024, Russian forces struck a supermarket in Kostiantynivka (Kramatorskyi, Donetsk) with a "
     "missile, killing 14 people.", "Shelling/artillery/missile attack"),
    ("On 10 August 2024, two army soldiers and a civilian were killed in a gunfight with militants near Kokernag "
     "(Anantnag, J&K).", "Armed clash"),
    ("10/29/2019: Assailants burned at least 40 houses and a health post in a village in Muidumbe district, Cabo "
     "Delgado, Mozambique. No one was hurt.", "Looting/property destruction"),
    ("10/08/2019: A motorcycle rigged with explosives blew up near a market in Jalalabad, Nangarhar, Afghanistan, "
     "killing 3.", "Remote explosive/landmine/IED"),
])
def test_round_97_late_wordings(extract, text, sub):
    assert _told(extract, text)[:1] == [sub]


def test_round_97_claim_of_a_base_overrun(extract):
    [event] = extract("12/04/2019: ISWAP fighters attacked a military base in Monguno, Borno, Nigeria. ISWAP claimed it "
                      "had overrun the base.")
    assert event["attribution"]["status"] == "claimed"


@pytest.mark.parametrize("text", [
    # Review 94: near misses of round 97's rules.
    "Many residents of Bucha were sickened by the destruction they found when they returned home, the mayor said.",
    "Thousands of fans took to the streets of Kinshasa on Sunday night in support of the national team after the win.",
    "Contractors handed the new police barracks over to the Interior Ministry in Juba on Monday.",
    "The UN refugee agency handed the Kakuma camp over to the county government of Turkana on Monday.",
])
def test_review_94_no_event_of_the_rule(extract, text):
    assert not _told(extract, text, "2024-06-05")


def test_review_94_near_misses(extract):
    [event] = extract("06/03/2017: A suicide bomber killed 8 people in Jalalabad, Afghanistan. Nangarhar provincial "
                      "spokesman Attaullah Khogyani said the Islamic State group carried out the attack.")
    assert event["attribution"]["status"] == "unknown"  # (a government's word, no claim)
    [event] = extract("Two opposition polling agents were beaten by election officials and police in Mutare, Zimbabwe, "
                      "on Saturday.", "2024-06-05")
    assert event["injured"]["low"] == 2
    [event] = extract("On 3 June 2024, five JNIM militants were killed as they attacked an army post in Boni (Douentza, "
                      "Mopti).")
    assert [a["name"] for a in event["actors"]] == ["JNIM: Group for Support of Islam and Muslims"]
    [event] = extract("On 11 July 2024, militants ambushed a Nigerien army patrol near Tera (Tera, Tillaberi). The Ministry "
                      "of Defence said seven soldiers were killed, and claimed that 21 assailants were neutralised.")
    assert event["killed"]["low"] == 28
    assert _told(extract, "On 3 June 2024, the army turned the Tessit camp over to Wagner Group personnel (Ansongo, "
                 "Gao).") == ["Non-violent transfer of territory"]


def test_session_review_mends(extract):
    # The last review of rounds 95-97: a second claimed toll of other dead adds; a plural subject
    # "died along with" others counts itself; a sized note's loose words make neither a mob nor a
    # protest; a GTD summary's crowd that stones the police riots; groups before a clause of their
    # own are no victims; "could not be independently verified" is unconfirmed; "burned them
    # alive" and "stoned them to death" count.
    def killed(text):
        return [(e["killed"] or {}).get("low") for e in extract(text) if not e["background"]][0]
    assert killed("On 3 June 2024, gunmen attacked an army post near Menaka (Menaka, Menaka), killing two soldiers; "
                  "the army claimed that it had killed 20 militants in the counter-attack.") == 22
    assert killed("On 3 June 2024, a bomb exploded near a market in Maiduguri (Maiduguri, Borno). Three soldiers died "
                  "along with 11 other people.") == 14
    assert killed("04/25/2021: Assailants attacked a church in Manini, Kaduna, Nigeria. Four women were kidnapped, two "
                  "worshippers and the gunman were killed.") == 3
    assert killed("Russian sources claimed 100 Ukrainian troops were killed near Sudzha, a figure that could not be "
                  "independently verified.") is None
    assert killed("Villagers caught three suspected thieves and burned them alive in Kasese.") == 3
    assert killed("The crowd caught two men and stoned them to death in Kano.") == 2
    assert [e["acled_sub_event_type"] for e in extract(
        "On 3 June 2024, farmers drove some 40 tractors into Rennes (Ille-et-Vilaine, Bretagne) to demand the return of "
        "land seized by the state. [size=some 40 tractors]")] == ["Peaceful protest"]
    assert extract("On 3 June 2024, some 40 farmers met the prefect in Rennes (Ille-et-Vilaine, Bretagne) over the "
                   "weekend. [size=some 40]") == []
    assert _told(extract, "12/09/2008: Youths threw petrol bombs at police in Athens, Greece, injuring 12 officers.") == \
        ["Violent demonstration"]
    [event] = extract("Carabinieri officers were attacked by a man with a knife in Rome on Monday.", "2024-06-05")
    assert "Police Forces of Italy" in [a["name"] for a in event["recipients"] + event["actors"]]


def test_second_session_review_mends(extract):
    # A group that tells of its own attack stays its side; the figure that opens a subject of "died
    # along with" (not "the commander of 3 battalions"); a vote "won" is no celebration; an
    # anniversary written out; a drone that "fell into a field" struck nothing; a base handed to the
    # UN changes no hands.
    [event] = extract("On 3 June 2024, al-Shabaab said 20 soldiers were killed in the attack on the base in Baidoa "
                      "(Baidoa, Bay).")
    assert [a["name"] for a in event["actors"]] == ["Al Shabaab"]
    [event] = extract("On 3 June 2024, the commander of 3 battalions was killed along with 4 others in an air strike in "
                      "Maiduguri (Maiduguri, Borno).")
    assert event["killed"]["low"] == 5
    assert _told(extract, "On 3 June 2024, thousands took to the streets of Nairobi against President Ruto after his "
                 "party won a disputed vote.") == ["Peaceful protest"]
    assert _told(extract, "On 3 June 2024, police dispersed a rally commemorating the fourth anniversary of the coup in "
                 "Bamako (Bamako, Bamako). [size=hundreds]") == ["Protest with intervention"]
    assert "Air/drone strike" not in [e["acled_sub_event_type"] for e in extract(
        "On 3 June 2024, a drone hit a power line and fell into a field in Kharkiv (Kharkiv, Kharkiv).")]
    assert "Non-violent transfer of territory" not in [e["acled_sub_event_type"] for e in extract(
        "On 3 June 2024, French troops handed the Gossi base over to the UN mission in Gossi (Gourma-Rharous, "
        "Tombouctou).")]


@pytest.mark.parametrize("text, suicide", [
    # In a coded incident, bombers among the dead blew themselves up (GTD's suicide); a remote device
    # that killed its own planter did not.
    ("01/27/2019: Two explosions struck a cathedral in Jolo, Sulu, Philippines, during Sunday mass. Twenty-one people "
     "were killed, in addition to the two bombers, and around 100 were injured.", True),
    ("04/21/2019: An assailant detonated his explosives in the courtyard of a church in Batticaloa, Eastern, Sri "
     "Lanka. Twenty-nine people and the bomber died.", True),
    ("05/02/2019: A remote-controlled bomb exploded in a market in Jalalabad, Nangarhar, Afghanistan, killing three "
     "people including the bomber.", False),
])
def test_bombers_among_the_dead(extract, text, suicide):
    [event] = [e for e in extract(text) if e["event"] == "ASSAULT"]
    assert ("suicide-attack" in event["modes"]) is suicide


@pytest.mark.parametrize("text, killed", [
    # A part of the figure before it is no further group (round 98).
    ("Gunmen seized a hotel in Bamako; 21 guests, 14 of them foreigners, were killed.", 21),
    ("Militants attacked a bus in Mandera, killing 28 passengers, 19 of them teachers.", 28),
    # ... but a part told with a verb or an adverb says who died.
    ("A man stabbed six people in a park in Lyon, two of them fatally.", 2),
    # Attackers dead beside their victims, in a coded incident (GTD counts them).
    ("06/12/2020: Three assailants attacked a hotel in Kismayo, Lower Juba, Somalia. Two guards and a cook were "
     "killed, as were all three attackers.", 6),
    ("03/02/2020: A suicide bomber struck a market in Konduga, Borno, Nigeria. Five traders, plus the bomber, died.", 6),
    ("12/02/2020: A truck bomb detonated outside a bank in Mogadishu, Banadir, Somalia. The bomber, Abdi Nur "
     "Hassan, died in the blast.", 1),
    # Prose tells the victims: the attackers among the dead are taken out.
    ("Suicide bombers attacked three hotels in Amman; 60 people died, including 3 of the bombers.", 57),
    ("Gunmen stormed a theatre in Moscow; 130 hostages and 40 of the attackers were killed.", 130),
])
def test_round_98_counts(extract, text, killed):
    events = [e for e in extract(text) if e["event"] == "ASSAULT" and not e["background"]]
    assert events and (events[0]["killed"] or {}).get("low") == killed


@pytest.mark.parametrize("text, expected", [
    # What a protest praises or answers is no violence of its own (round 98).
    ("On 6 September 2024, hundreds marched in Irbid (Irbid, Irbid) in solidarity with Gaza and to praise the "
     "ambush of the convoy.", ["Peaceful protest"]),
    ("On 9 September 2024, traders held a sit-in in Lakki Marwat (Lakki Marwat, Khyber Pakhtunkhwa) demanding "
     "protection after repeated militant attacks.", ["Peaceful protest"]),
    # An arrest the crowd protests is no intervention.
    ("On 7 September 2024, students demonstrated in Sfax (Sfax, Sfax) against the new law and the arrest of "
     "two journalists.", ["Peaceful protest"]),
    ("On 7 September 2024, students demonstrated in Sfax (Sfax, Sfax); police arrested four of them.",
     ["Protest with intervention"]),
    # A protest after a verdict is today's news, not the trial's aftermath.
    ("On 5 September 2024, protesters clashed with police in Chittagong after the verdict.",
     ["Violent demonstration"]),
    # Explosives dropped from drones make a drone strike, whoever flew them.
    ("On 10 September 2024, ELN fighters attacked a police post in Tame (Tame, Arauca) with grenades dropped "
     "from drones. One officer was injured.", ["Air/drone strike"]),
    # One side's claim of a capture that the other denies decides nothing.
    ("On 10 September 2024, SPLA-IO and SSPDF fought at Nasir (Nasir, Upper Nile). SPLA-IO said it had overrun "
     "an army base, which the army denied.", ["Armed clash"]),
])
def test_round_98_types(extract, text, expected):
    assert _told(extract, text) == expected


def test_round_98_actors_and_triggers(extract):
    # The forces a "Suspected jihadists raided ..." sentence names are whom they raided.
    [event] = extract("11/02/2020: Suspected jihadists raided a gendarmerie post in Sokolo, Segou, Mali. Three "
                      "gendarmes were killed.")
    assert event["attribution"]["actor"] != "Police Forces of Mali"
    # A headline's present tense of "razed".
    assert [e["event"] for e in extract("Gunmen raze market in Zurmi, Zamfara")] == ["ASSAULT"]
    # Suicide bombers are no aircraft.
    [event] = extract("Suicide bombers struck two hotels in Kabul, killing 12.")
    assert "aerial" not in event["modes"]
    # Election candidates seized by gunmen are hostages.
    assert _told(extract, "On 4 September 2024, gunmen seized two candidates near Kyaukphyu (Kyaukphyu, "
                 "Rakhine).") == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("text, killed", [
    # A victim named after who he was, or by name alone when he died of his wounds (round 98).
    ("A bomb exploded outside a court in Quetta, killing senior judge Abdul Rahim Khan.", 1),
    ("02/11/2020: An assailant stabbed a shopkeeper, Moshe Levi, in Ashdod, Southern, Israel. Levi died of his "
     "wounds.", 1),
    # A thing opening a list is no victim.
    ("Arsonists set fire to a cinema in Abadan during a screening, and 377 people died in the fire.", 377),
    ("A service member and 3 civilians were killed in a rocket attack on a base in Erbil.", 4),
    # A gas canister packed with nails is a bomb, not an accident.
    ("A gas canister packed with nails exploded on a train in Lyon, killing four people.", 4),
])
def test_round_98_named_and_listed(extract, text, killed):
    events = [e for e in extract(text) if e["event"] == "ASSAULT" and not e["background"]]
    assert events and (events[0]["killed"] or {}).get("low") == killed


@pytest.mark.parametrize("text, expected", [
    # Review 95 narrowed round 98's rules: clashes a march ended in are its own violence ...
    ("On 12 July 2024, opposition supporters marched in Eldoret (Eldoret, Uasin Gishu); the march ended after "
     "clashes broke out with police.", ["Violent demonstration"]),
    # ... protesters themselves arrested are an intervention ...
    ("On 15 May 2024, protesters demanding the release of their leader were arrested by police in Multan (Multan, "
     "Punjab).", ["Protest with intervention"]),
    # ... a claimant's own denial of something else leaves its claim standing ...
    ("On 10 May 2024, the army said it had recaptured Ber (Timbuktu, Timbuktu) and denied reports of civilian "
     "casualties.", ["Government regains territory"]),
    # ... and a verdict rioted after, or protested, is no trial aftermath.
    ("On 5 September 2024, supporters of the convicted cleric rioted in Karachi after the court's verdict, torching "
     "cars.", ["Violent demonstration"]),
    ("On 5 September 2024, hundreds protested the verdict outside the high court in Sylhet.", ["Peaceful protest"]),
])
def test_review_95_types(extract, text, expected):
    assert _told(extract, text) == expected


def test_review_95_no_attack(extract):
    # An accidental fire that razes shops, and explosives a drone dropped that were found, are no attacks.
    for text in ("Fire razes 200 shops at a market in Accra", "Wildfire razes 300 hectares of forest in Kyrenia",
                 "Explosives dropped by a drone were found in a field near Ajnala, Amritsar."):
        assert [e for e in extract(text) if e["event"] == "ASSAULT"] == [], text


@pytest.mark.parametrize("text, country, place", [
    # A misspelt country one slip away is the country.
    ("Gunmen killed two soldiers in northern Nigera on Monday.", "NG", None),
    ("Three people were killed in a drone strike in eastern Ukrain on Tuesday.", "UA", None),
    # A city closing a site's name is where the site is.
    ("A truck bomb exploded outside the Marriott Hotel Islamabad, killing 54 people.", "PK", "Islamabad"),
    ("Gunmen attacked the Radisson Blu Hotel Bamako, killing 20 people.", "ML", "Bamako"),
])
def test_review_95_places(extract, text, country, place):
    [event] = extract(text)
    assert event["location"]["country"] == country
    assert place is None or event["location"]["name"] == place


@pytest.mark.parametrize("text, killed", [
    # Round 99: "an X and N Ys died", a fighter and a boy, an attacker shot dead in a clause after
    # the toll (GTD counts him), and a headline's named victim.
    ("11/28/2021: Militants attacked a checkpoint in Tillia, Tahoua, Niger. An officer and four soldiers died.", 5),
    ("09/25/2021: Gunmen ambushed a bus near Kaura, Kaduna, Nigeria. Seven passengers, two of them women, lost "
     "their lives.", 7),
    ("12/14/2021: An explosive device detonated in Jalalabad, Nangarhar, Afghanistan, killing a Taliban fighter "
     "and a boy who sold bread nearby.", 2),
    ("11/21/2021: An assailant opened fire at a bus stop in Ramla, Central, Israel. One civilian was killed and two "
     "others were injured before police shot the assailant dead.", 2),
    ("Local councillor Ahmed Raza shot dead in Sialkot", 1),
])
def test_round_99_counts(extract, text, killed):
    events = [e for e in extract(text) if e["event"] == "ASSAULT" and not e["background"]]
    assert events and (events[0]["killed"] or {}).get("low") == killed


@pytest.mark.parametrize("text, expected", [
    # Armed herders who attack after a dispute are no mob.
    ("On 3 May 2020, armed Fulani herders attacked farmers near Mongo (Guera, Guera), killing two, after a dispute "
     "over grazing land.", ["Attack"]),
    # A peace conference that ends in signed resolutions is an agreement.
    ("On 5 May 2020, Murle and Nuer elders concluded a peace conference in Pibor (Pibor, Jonglei) by signing "
     "resolutions on cattle raiding.", ["Agreement"]),
    # A march condemning a killing of the week before is today's protest.
    ("On 2 May 2020, hundreds marched in Bosaso (Bari) condemning the killing of a trader by gunmen the previous "
     "week. [size=hundreds]", ["Peaceful protest"]),
])
def test_round_99_types(extract, text, expected):
    assert _told(extract, text) == expected


def test_round_99_modes_actors_and_places(extract):
    # Hostages held inside for hours, and a bomb "before opening fire".
    [event] = extract("08/29/2021: Gunmen stormed a church in Kafanchan, Kaduna, Nigeria, and held about 20 "
                      "worshippers inside for three hours.")
    assert "abduct" in event["modes"]
    [event] = extract("11/13/2021: Militants ambushed a convoy in Tamenglong, Manipur, India, detonating an explosive "
                      "device before opening fire.")
    assert {"explosives", "firearms"} <= set(event["modes"])
    # The group an armed wing serves is a suspect too.
    [event] = extract("11/09/2021: Assailants attacked a police post in Okigwe, Imo, Nigeria. No group claimed "
                      "responsibility; however, police blamed the Eastern Security Network, the armed wing of the "
                      "Indigenous People of Biafra (IPOB).")
    assert any("Indigenous People of Biafra" in a["name"] for a in event["actors"])
    # A venue's name is no town; West Berlin is Berlin.
    [event] = extract("A bomb exploded in the La Belle discotheque in West Berlin, killing three people.")
    assert event["location"]["country"] == "DE"
    # A town told before a roadside bombing, whatever the tagger made of it.
    [event] = extract("Three rangers wounded in Rueso roadside bombing")
    assert event["location"]["country"] == "TH"


def test_review_96_narrowed(extract):
    # Public works are no shooting, holding worshippers through a vigil no hostage-taking, and a
    # failed peace conference no agreement.
    assert extract("Governor opens fire station in Maiduguri") == []
    assert "Abduction/forced disappearance" not in _told(
        extract, "The cathedral in Kaduna held about 300 worshippers inside for three hours during the Easter vigil.")
    assert "Agreement" not in _told(
        extract, "On 5 May 2020, elders ended a peace conference in Pibor (Pibor, Jonglei) without signing the "
                 "resolutions after delegates walked out.")
    # A people shot dead is no count of one; "a Tierra Blanca bar" is a bar in Tierra Blanca.
    [event] = extract("Afghan Sikhs shot dead in Kabul")
    assert event["killed"] is None
    [event] = extract("Gunmen attacked a Tierra Blanca bar, killing six people.")
    assert event["location"]["country"] == "MX"


@pytest.mark.parametrize("text, killed", [
    # An attacker shot dead who is among the dead already is not counted twice; two shot dead are two.
    ("01/12/2021: Gunmen stormed a mosque in Jos, Plateau, Nigeria, killing three worshippers. Police shot the two "
     "gunmen dead.", 5),
    ("01/12/2021: An assailant stabbed shoppers in Lyon, Auvergne-Rhone-Alpes, France. Three people, including the "
     "attacker, were killed; police shot the assailant dead.", 3),
    # "Aside from the two assailants" adds them; ACLED's "unknown number coded as 3".
    ("02/26/2021: Assailants attacked a checkpoint in Khost, Khost, Afghanistan. Aside from the two assailants, one "
     "civilian was killed in the attack.", 3),
    ("On 5 May 2020, militants attacked Macomia (Macomia, Cabo Delgado), killing an unknown number coded as 3.", 3),
])
def test_review_96_counts(extract, text, killed):
    events = [e for e in extract(text) if e["event"] == "ASSAULT" and not e["background"]]
    assert events and (events[0]["killed"] or {}).get("low") == killed


def test_round_100_words_and_places(extract):
    # Plural nouns and an execution shown are events.
    assert [e["event"] for e in extract("Swedish police treat Eksjo stabbings as possible terror")] == ["ASSAULT"]
    assert [e["event"] for e in extract("Video shows execution of Coptic man in Sinai")] == ["ASSAULT"]
    # "X district of Y province" is the district; "the X district of <city>" a part of the city.
    [event] = extract("On 5 May 2020, a suicide bomber attacked a funeral in Kuz Kunar district of Nangarhar province, "
                      "killing 24.")
    assert event["location"]["name"] == "Kuz Kunar"
    [event] = extract("A suicide bomber struck a hotel in the Mega Kuningan district of Jakarta, killing nine people.")
    assert event["location"]["country"] == "ID"


def test_review_97_narrowed(extract):
    # A titled name ending in -s is one victim; statistics and appeals tell no stabbing or execution.
    [event] = extract("Journalist Ali Abbas shot dead in Karachi")
    assert event["killed"]["low"] == 1
    assert [e for e in extract("Stabbings rose 10 percent in London last year, police figures show")
            if not e["background"]] == []
    assert extract("UN rights chief urges Saudi Arabia to halt executions of men convicted of drug offences") == []
    # Attackers who got away, and a gunman's wife among the dead, add or block nothing.
    events = extract("01/02/2021: Gunmen attacked a bank in Kano, Kano, Nigeria. Aside from the gunman, who escaped, "
                     "three people were killed.")
    assert events[0]["killed"]["low"] == 3
    # Men shot dead while protesting are protesters met with force.
    assert _told(extract, "On 9 May 2020, police shot dead two men protesting the arrest of a local chief in Kasese "
                 "(Kasese, Kasese).") == ["Excessive force against protesters"]
    # A peace conference "and signed resolutions" is an agreement.
    assert _told(extract, "On 30 April 2020, elders concluded a peace conference in Bor (Bor, Jonglei) and signed "
                 "resolutions on cattle raiding.") == ["Agreement"]
    # A venue's town told after it, with or without "the".
    [event] = extract("A bomb exploded at La Belle discotheque in West Berlin, killing three people.")
    assert event["location"]["country"] == "DE"


def test_institutions_that_name_their_country(extract):
    # A headline with no place gets its country from a single-country institution (round 100).
    for text, country in (("Capitol Police officer killed as man rams barricade", "US"),
                          ("FBI arrests suspect in firebombing of Jewish center", "US")):
        events = extract(text, published="2021-04-03")
        assert events and events[0]["location"]["country"] == country, text


def test_a_headline_filed_under_a_town_spelt_its_way(extract):
    # "Galkayo" is GeoNames' alternate spelling of Gaalkacyo, the one town so named anywhere.
    [event] = extract("Galkayo: suicide car bomb kills eight at military camp", published="2021-09-26")
    assert event["location"]["country"] == "SO"


@pytest.mark.parametrize("text, killed", [
    # A group of no figure beside one that has one adds nothing and hides nothing.
    ("07/19/2021: Taliban fighters stormed security posts near Kunduz, Kunduz, Afghanistan. Officials said seven "
     "members of the Afghan National Army and an undetermined number of attackers died in the fighting.", 7),
    # Plural event nouns are no victims: "Two stabbings ... leave one dead" is no count of two.
    ("Two stabbings in Solingen leave one dead", None),
])
def test_groups_of_no_figure_and_event_nouns(extract, text, killed):
    events = [e for e in extract(text, published="2021-07-20") if e["event"] == "ASSAULT"]
    assert events and (events[0]["killed"] or {}).get("low") == killed


def test_a_group_named_with_its_organisation_in_a_list(extract):
    # "Six aid workers of the ACTED organisation, their guide and their driver" are eight.
    [event] = extract("08/09/2020: Gunmen opened fire on a convoy near Filingue, Tillaberi, Niger. Five aid workers of "
                      "the IRC organisation, their Nigerien guide and their driver were killed.")
    assert event["killed"]["low"] == 7


@pytest.mark.parametrize("text, killed, injured", [
    # An aside with a dotted abbreviation in it is still an aside (round 101).
    ("06/15/2021: A car bomb exploded at a base in Arauca, Arauca, Colombia. Twenty people, including three "
     "U.S. contractors, were injured.", None, 20),
    # "shot him dead": the one named before; "police shot him dead": the attacker, whom GTD counts.
    ("03/29/2021: Assailants took Mohan Lal, a village headman, out of his house and shot him dead near "
     "Bhamragad, Gadchiroli, Maharashtra, India.", 1, None),
    ("06/25/2021: A man stabbed two women to death in Lyon, France, before police shot him dead.", 3, None),
    # The attacker hurt by police, counted among the hurt in an incident summary.
    ("06/25/2021: A man with a knife attacked shoppers in Ulm, Baden-Wurttemberg, Germany. Five people were "
     "wounded before police shot the assailant in the leg.", None, 6),
    # A count of attackers is no count of the dead when a named person is the object.
    ("06/02/2021: Two gunmen shot and killed Tariq Ahmad Mir, a village council member, in Sopore, Jammu and "
     "Kashmir, India.", 1, None),
    # Someone named, hurt, who then died of the wounds.
    ("02/17/2021: Gunmen fired at Vikas Kumar outside his shop in Anantnag, Jammu and Kashmir, India. Kumar was "
     "critically wounded and succumbed to his injuries two days later.", 1, None),
    # Hostages "killed" as "they", after their abduction was counted.
    ("01/03/2021: Gunmen abducted nine miners near Dukki, Balochistan, Pakistan. The hostages were driven to the "
     "hills, where they were blindfolded and they were killed.", 9, None),
    # A list of the dead with "J&K" in it, and the fighters killed "along with" them.
    ("On 2 May 2020, militants and troops exchanged fire in Sopore (Baramulla, J&K). Two soldiers and a J&K "
     "police constable were killed, along with three militants.", 6, None),
])
def test_round_101_counts(extract, text, killed, injured):
    events = [e for e in extract(text, published="2021-07-01") if e["event"] == "ASSAULT" and not e["background"]]
    assert events
    assert (events[0]["killed"] or {}).get("low") == killed
    assert (events[0]["injured"] or {}).get("low") == injured


@pytest.mark.parametrize("text, expected", [
    # The charge an arrest is made over is no attack of the day (round 101).
    ("On 14 April 2020, police arrested a teacher at his home in Kandy over alleged links to one of the "
     "bombers of the churches.", ["Arrests"]),
    ("On 3 May 2020, soldiers arrested two men in Tyre city who were wanted for shooting at a checkpoint last "
     "month.", ["Arrests"]),
    # "intercepted him", "intercepted a group of armed men": people, not weapons.
    ("On 5 May 2020, in Caldono, Cauca, a farmer was killed by armed men who intercepted him on a path.",
     ["Attack"]),
    # Placards held against something: a protest.
    ("On 9 May 2020, a few students stood outside the parliament in Colombo holding placards against the "
     "closure of the universities.", ["Peaceful protest"]),
    # Fires set at a building; a building destroyed with explosives.
    ("03/12/2021: Assailants set fires at the county courthouse in Eugene, Oregon, United States.",
     ["Looting/property destruction"]),
    ("01/24/2021: Assailants destroyed a power pylon with explosives near Charikar, Parwan, Afghanistan.",
     ["Remote explosive/landmine/IED"]),
])
def test_round_101_types(extract, text, expected):
    assert _told(extract, text, "2021-07-01") == expected


def test_round_101_gunmen_on_motorbikes_are_no_mob(extract):
    [event] = _read(extract("03/22/2021: Unidentified motorcyclists opened fire on a policeman in Lakki Marwat, "
                            "Khyber Pakhtunkhwa, Pakistan, killing him."))
    assert event["acled_sub_event_type"] == "Attack"
    assert not any(a["name"].startswith("Rioters") for a in event["actors"])


def test_round_101_officials_name_the_holders(extract):
    [event] = _read(extract("06/20/2021: Assailants abducted six road workers near Gereshk, Helmand, Afghanistan. "
                            "No group claimed responsibility; officials said Taliban fighters were holding them."))
    assert event["attribution"]["status"] == "suspected"
    assert "Taliban" in event["attribution"]["actor"]


def test_round_101_a_toll_at_the_end_of_a_siege(extract):
    # "After a siege ..., 30 hostages had been killed": the pluperfect ends the story; not an
    # earlier event.
    events = extract("Gunmen seized a hotel in Sevare, taking dozens of guests hostage. After a two day siege and "
                     "an assault by special forces, 12 hostages had been killed.")
    told = [e for e in events if not e["background"] and e["killed"]]
    assert told and told[0]["killed"]["low"] == 12


@pytest.mark.parametrize("text, killed, injured", [
    # (review 98) An aside without its closing comma stops at a dot, "U.N." included.
    ("Gunmen attacked a convoy near Beni, including staff of the U.N. Four guards were killed in the attack.", 4, None),
    # A date or a holiday after "killed" is no person's name; a count of doers is, before "him".
    ("Two worshippers killed Easter Day in attack on church in Zaria", 2, None),
    ("Police said three gunmen on motorcycles shot him dead in Katsina.", 1, None),
    # "and they were killed" is the hostages only where the hostages are the subject told.
    ("Militants kidnapped five traders near Mopti. Soldiers later tracked the kidnappers to a camp and they were "
     "killed in a gunfight.", None, None),
    # (round 102) A list of three numbered groups, and no sum after a total of people.
    ("Two truck bombs struck barracks in Kabul, killing 120 US marines, 31 Afghan soldiers and 4 civilians.", 155, None),
    ("A bomb killed 16 people, 12 civilians and 4 soldiers, in Kabul.", 16, None),
    ("The attack killed 3 soldiers, 2 days after a raid on Gao.", 3, None),
    # "Beside the bomber" counts him in a GTD summary; "a second man suffered serious cuts" is hurt.
    ("02/15/2021: A suicide car bomb exploded at a camp in Boni, Mopti, Mali. Beside the bomber, four soldiers were "
     "killed.", 5, None),
    ("06/28/2021: Gunmen hacked a farmer to death near Witu, Lamu, Kenya. A second man suffered serious cuts.", 1, 1),
])
def test_round_102_counts(extract, text, killed, injured):
    events = [e for e in extract(text, published="2021-07-01") if e["event"] == "ASSAULT" and not e["background"]]
    assert events
    assert (events[0]["killed"] or {}).get("low") == killed
    assert (events[0]["injured"] or {}).get("low") == injured


@pytest.mark.parametrize("text, expected", [
    # (review 98) Banners carried by fighters, or waved in celebration, are no protest.
    ("On 3 May 2020, militants carrying black banners took over the town of Mondoro.", ["Non-violent transfer of territory"]),
    # A petrol bomb thrown by youths is no IED.
    ("On 3 May 2020, youths attacked a police van with a petrol bomb in Ibadan.", ["Mob violence"]),
    # "intercepted a group of men carrying explosives" disrupts a weapon.
    ("On 3 May 2020, police intercepted a group of men carrying explosives near Kunduz.", ["Disrupted weapons use"]),
    # (round 102) A motorbike laden with explosives driven into a target is a suicide bomb.
    ("02/28/2021: An assailant drove a motorcycle laden with explosives into a polling station in Abala, Tillaberi, "
     "Niger. The assailant and two election workers were killed.", ["Suicide bomb"]),
    # Vigilantes ambushed are victims; a party's youths who assault activists are no mob.
    ("04/03/2021: Assailants ambushed a team of vigilantes near Rijau, Niger, Nigeria, killing nine of them. The "
     "vigilantes had been tracking cattle rustlers.", ["Armed clash"]),
    ("On 1 May 2020, suspected ZANU-PF youths assaulted three MDC Alliance activists in Mutare (Manicaland).",
     ["Attack"]),
    # Stones at a police vehicle and roads blocked with burning tyres: a violent demonstration.
    ("On 3 May 2020, angry residents blocked the road with burning tyres and stoned a police vehicle in Uvira "
     "(Uvira, South Kivu) after a boy was shot dead.", ["Violent demonstration"]),
])
def test_round_102_types(extract, text, expected):
    assert _told(extract, text, "2021-07-01")[:1] == expected


def test_round_102_blamed_for_both_attacks_names_the_subject(extract):
    [event] = _read(extract("03/06/2021: Assailants attacked civilians near Oicha, North Kivu, Democratic Republic of "
                            "the Congo, killing six people. The Allied Democratic Forces (ADF) were blamed for both "
                            "attacks."))
    assert event["attribution"]["status"] == "suspected"
    assert "Allied Democratic Forces" in event["attribution"]["actor"]
    assert not any(a["name"].startswith("for ") for a in event["actors"])


def test_round_102_jihadists_serving_a_named_group(extract):
    [event] = _read(extract("04/11/2021: Assailants shot and killed a village chief near Djibasso, Boucle du Mouhoun, "
                            "Burkina Faso. No group claimed responsibility; however, sources suspected jihadists "
                            "affiliated with the Jama'at Nusrat al-Islam wal Muslimin (JNIM)."))
    assert "JNIM" in event["attribution"]["actor"]


def test_round_102_officials_holding_talks_hold_no_captives(extract):
    events = _read(extract("06/20/2021: Gunmen killed a judge in Nerkh, Wardak, Afghanistan. No group claimed "
                           "responsibility. Separately, officials said Taliban fighters were holding talks with elders."))
    assert events[0]["attribution"]["status"] == "unclaimed"


def test_round_102_a_city_the_sentence_puts_the_event_in(extract):
    # A reprisal on Libya ten days later does not move the Berlin bombing to Tripoli.
    events = extract("A bomb exploded in the La Belle discotheque in West Berlin, killing three people. Ten days later "
                     "the United States bombed Tripoli in retaliation.")
    assert events[0]["location"]["country"] == "DE"


def test_round_102_a_jailbreak_is_an_attack(extract):
    events = _read(extract("Kabba jailbreak: police hunt for escaped inmates", published="2021-04-06"))
    assert [e["event"] for e in events] == ["ASSAULT"]


def test_round_102_a_claim_the_other_side_denies_counts_nobody(extract):
    # "claimed to have killed 9 soldiers, while the commander said ... none of his troops died":
    # the attackers' dead only.
    [event] = _read(extract("On 6 May 2020, Al Shabaab fighters attacked an SNA base in Afgooye (Afgooye, Lower "
                            "Shabelle). Al Shabaab claimed to have killed 7 soldiers, while the SNA commander said 3 "
                            "attackers were killed and none of his troops died."))
    assert event["killed"]["low"] == 3


@pytest.mark.parametrize("text, killed, injured", [
    # (review 99) A breakdown by sex or age is no further group; nor "3 children among them".
    ("Gunmen attacked Tsafe, killing 20 villagers, 12 women and 8 children.", 20, None),
    # "Beside the gunman, who fled" counts no attacker; soldiers' count before a named victim is theirs.
    ("02/15/2021: Gunmen attacked a camp in Boni, Mopti, Mali. Beside the gunman, who fled, three soldiers were killed.",
     3, None),
    ("Three soldiers shot and killed Juma Hassan at a checkpoint in Garissa.", 1, None),
    ("Two security guards who confronted him died at the scene of the attack in Garissa.", 2, None),
    # (round 103) A claim "saying that six soldiers had been killed", denied, is no toll.
    ("05/02/2021: Assailants ambushed a patrol in Turbat, Balochistan, Pakistan. Three soldiers were injured. The "
     "Baloch Liberation Front (BLF) claimed responsibility, saying that five soldiers had been killed; the military "
     "denied any fatalities.", None, 3),
    # Things found with the bodies are no dead; "its rider, a member, died" one dead.
    ("On 3 May 2020, soldiers clashed with gunmen near Culiacan (Culiacan, Sinaloa) and found the bodies of four "
     "gunmen and two burned vehicles.", 4, None),
    ("On 3 May 2020, an IED exploded under a motorcycle near Manbij (Manbij, Aleppo). Its rider, a council member, "
     "died instantly.", 1, None),
    # "his wife sustained gunshot wounds", "The guard was hospitalized": one hurt each.
    ("03/02/2021: Gunmen shot dead a trader in Herat, Herat, Afghanistan, while his wife sustained gunshot wounds.",
     1, 1),
    ("03/02/2021: Assailants stormed a shop in Herat, Herat, Afghanistan, and beat up its guard. The guard was "
     "hospitalized.", None, 1),
])
def test_round_103_counts(extract, text, killed, injured):
    events = [e for e in _read(extract(text, published="2021-07-01")) if e["event"] == "ASSAULT" and not e["background"]]
    assert events
    assert (events[0]["killed"] or {}).get("low") == killed
    assert (events[0]["injured"] or {}).get("low") == injured


@pytest.mark.parametrize("text, expected", [
    # (review 99) Pay cuts hurt nobody; a jailbreak by sawing bars or in a phone is no attack.
    ("Workers suffered pay cuts at the mill in Faisalabad.", []),
    ("Two inmates staged a jailbreak at Kamiti prison overnight by sawing through the bars.", []),
    ("Apple patched a jailbreak exploit in its phones.", []),
    # A township's youths are a crowd; a section of a railway dynamited is a bombing.
    ("On 3 May 2020, KwaMashu youths assaulted two suspected thieves in Durban (eThekwini, KwaZulu-Natal).",
     ["Mob violence"]),
    ("Insurgents dynamited a section of the railway line near Kayes.", ["Remote explosive/landmine/IED"]),
    # (round 103) "seized a fisherman and his son" is an abduction.
    ("03/02/2021: Armed men seized a fisherman and his son at sea off Isabela City, Basilan, Philippines.",
     ["Abduction/forced disappearance"]),
])
def test_round_103_types(extract, text, expected):
    assert _told(extract, text, "2021-07-01")[:1] == expected


def test_round_103_holding_teachers_names_the_holders(extract):
    events = _read(extract("06/20/2021: Gunmen abducted five teachers in Mandera, Mandera, Kenya. Officials said "
                           "al-Shabaab militants were holding the teachers in a forest."))
    assert events[0]["attribution"]["status"] == "suspected"


def test_round_103_a_province_of_the_possessor_and_an_acronym_known_as_one(extract):
    [event] = _read(extract("Armed men attacked a village in Ghana's Northern Region, killing 3.", published="2021-07-01"))
    assert event["location"]["country"] == "GH" and event["location"]["admin1"] == "Northern"
    [event] = _read(extract("On 5 May 2020, unidentified gunmen shot dead a tribal elder in Hangu district (KP)."))
    assert event["location"]["country"] == "PK"


@pytest.mark.parametrize("text, expected", [
    # (round 103) A safe house found holding weapons is a disrupted weapon, not a grenade attack;
    # forces that "captured an IS 'wali'" arrested him.
    ("On 8 May 2020, in Celaya, Guanajuato, soldiers located a safe house containing 12 rifles, 4 fragmentation "
     "grenades and ammunition.", ["Disrupted weapons use"]),
    ("On 29 April 2020, Counter-Terrorism Service forces captured an IS 'wali' in an operation in Hit district (Anbar).",
     ["Arrests"]),
])
def test_round_103_developments(extract, text, expected):
    assert _told(extract, text)[:1] == expected


def test_round_103_places_named_in_a_group_name_or_a_quarter(extract):
    # The group a place is named after does not say where the story is ("Turkistan Islamic Party"
    # in Hama); "the Kuta nightlife district" is Kuta.
    [event] = _read(extract("On 10 May 2020, the NLF and Turkistan Islamic Party repelled an advance by regime forces "
                            "in Hama northern countryside. Five regime soldiers were killed."))
    assert event["location"]["country"] == "SY"
    [event] = _read(extract("Two bombs exploded in the Kuta nightlife district, killing 20 people.", published="2005-10-01"))
    assert event["location"]["country"] == "ID"


@pytest.mark.parametrize("text, killed", [
    # (code review of rounds 101-103) Sources after a toll, and breakdowns by nationality, add nobody.
    ("Gunmen attacked the village of Tondi, killing 12 soldiers, three military sources told AFP.", 12),
    ("Jihadists attacked a base near Boni, killing 14 soldiers, 9 Malians and 5 Burkinabe.", 14),
    ("Gunmen attacked Kuje prison, killing 4 guards, 3 inmates and 1 civilian.", 8),
    # "home guards" are people, not homes.
    ("Militants killed three policemen and two home guards in Kathua.", 5),
])
def test_review_lists_of_the_dead(extract, text, killed):
    events = [e for e in _read(extract(text, published="2021-07-01")) if e["event"] == "ASSAULT"]
    assert events and events[0]["killed"]["low"] == killed


@pytest.mark.parametrize("text", [
    "Thousands of inmates escaped in a jailbreak at Kuje prison after heavy rains collapsed the perimeter wall.",
    "An electrical fault started a fire at the court building in Kano on Monday.",
    "Soldiers seized a civilian vehicle at a checkpoint near Gao.",
])
def test_review_no_attack_told(extract, text):
    assert not [e for e in _read(extract(text, published="2021-07-01")) if e["event"] == "ASSAULT"]


def test_review_a_siege_in_an_earlier_year_stays_background(extract):
    events = extract("After a two-week siege in 2017, the army had killed hundreds of militants in Marawi, officials "
                     "said on Monday.", published="2021-07-01")
    assert all(e["background"] for e in events)


@pytest.mark.parametrize("text, killed", [
    # (review 100) Who witnesses said were there are victims; livestock and a villager of a faith
    # are no breakdown of a total; a car bomb is no traffic accident.
    ("Gunmen killed four policemen and two civilians who witnesses said had been waiting at the checkpoint in Kathua.",
     6),
    ("Bandits killed two herders and 40 cows grazing near the river in Zurmi.", 2),
    ("Gunmen killed 2 soldiers, 1 Christian and 1 Muslim villager in an attack near Bokkos.", 4),
    ("A policeman hit by a car bomb in Mogadishu on Monday later succumbed to his injuries.", 1),
])
def test_review_100_counts(extract, text, killed):
    events = [e for e in _read(extract(text, published="2021-07-01")) if e["event"] == "ASSAULT"]
    assert events and events[0]["killed"]["low"] == killed


@pytest.mark.parametrize("text, expected", [
    ("On 4 April 2019, separatist forces destroyed the Bui bridge using explosives (Kumbo, North-West).",
     ["Remote explosive/landmine/IED"]),
    ("Armed men seized a resident of Tillaberi on Sunday.", ["Abduction/forced disappearance"]),
    ("On 3 May 2020, soldiers raided a house containing weapons in Ouallam, killing three militants in the ensuing "
     "gunfight.", ["Armed clash"]),
    ("On 3 May 2020, a militant drove a car packed with explosives into the gate of an army base in Dinga, killing 12 "
     "soldiers, a day after troops intercepted a similar vehicle.", ["Suicide bomb"]),
])
def test_review_100_types(extract, text, expected):
    assert _told(extract, text, "2021-07-01")[:1] == expected


def test_review_100_the_attacker_a_police_officer_shot(extract):
    [event] = _read(extract("An attacker stabbed two people in Hamburg before a police officer shot him dead.",
                            published="2021-07-01"))
    assert event["injured"]["low"] == 2


def test_review_100_a_siege_of_this_year_is_the_news(extract):
    events = extract("After a five-month siege in 2017, troops had killed more than 900 militants in Marawi, officials "
                     "said on Monday.", published="2017-10-23")
    assert any(not e["background"] and e["killed"] for e in events)


@pytest.mark.parametrize("text, killed, injured", [
    # (round 104) A group's name between "neutralised" and the fighters; a devices neutralised kill nobody.
    ("On 5 May 2020, a Turkish armed drone 'neutralised' three PKK militants in Sidakan (Soran, Erbil).", 3, None),
    ("On 5 May 2020, troops neutralised two IEDs planted by militants near Baiji (Baiji, Salah al-Din).", None, None),
    # "A police constable was burnt to death": one; "survived with burns": one hurt.
    ("03/02/2021: Assailants attacked a police post in Sagar, Madhya Pradesh, India. A police constable was burnt to "
     "death.", 1, None),
    ("03/02/2021: An IED struck the car of a district official in Asadabad, Kunar, Afghanistan. The official "
     "survived with burns; his driver was killed.", 1, 1),
])
def test_round_104_counts(extract, text, killed, injured):
    events = [e for e in _read(extract(text, published="2021-07-01")) if e["event"] == "ASSAULT"]
    assert events
    assert (events[0]["killed"] or {}).get("low") == killed
    assert (events[0]["injured"] or {}).get("low") == injured


@pytest.mark.parametrize("text, expected", [
    ("On 5 May 2020, Afghan forces cleared several villages of Nijrab district (Kapisa) from Taliban control.",
     ["Government regains territory"]),
    ("03/02/2021: Armed bandits stopped a bus near Mariga, Niger, Nigeria, and marched 20 travellers into the forest.",
     ["Abduction/forced disappearance"]),
    ("03/02/2021: Assailants spray-painted anti-government slogans on a courthouse in Salem, Oregon, United States.",
     ["Looting/property destruction"]),
])
def test_round_104_types(extract, text, expected):
    assert _told(extract, text, "2021-07-01")[:1] == expected


def test_round_104_a_toll_taken_to_a_total_holds_the_parts(extract):
    # "Two militants were also killed, taking the toll to seven": seven, not nine.
    [event] = _read(extract("On 2 May 2020, four soldiers were killed in an encounter with militants in Sopore "
                            "(Baramulla, J&K). Two militants were also killed, taking the toll to six."))
    assert event["killed"]["low"] == 6


@pytest.mark.parametrize("text, killed, injured", [
    # Hurt told by where the shot struck; a figure whose own verb follows a word later is another
    # clause's; a list after "among them" names who the dead were; everyone aboard.
    ("05/02/2021: Gunmen fired on a police car near Temuco, Araucania, Chile. One constable was hit in the "
     "shoulder.", None, 1),
    ("05/02/2021: Assailants shot a 30-year-old man in both knees in Derry, Northern Ireland, United Kingdom.",
     None, 1),
    ("05/02/2021: A car bomb killed 5 people and three civilians were wounded in Mogadishu, Banadir, Somalia.", 5, 3),
    ("A bomb exploded at a party congress in Kabul, killing 40 people, among them the party leader, two "
     "ministers and 11 deputies.", 40, None),
    ("A bomb destroyed an airliner over the Sahara. All 112 passengers and crew died.", 112, None),
])
def test_round_105_counts(extract, text, killed, injured):
    events = [e for e in _read(extract(text, published="2021-07-01")) if e["event"] == "ASSAULT"]
    assert events
    assert (events[0]["killed"] or {}).get("low") == killed
    assert (events[0]["injured"] or {}).get("low") == injured


@pytest.mark.parametrize("text, expected", [
    # Who told it after the deed is no side; families fled fighting "between the military and" a
    # group; a chapel burned, windows smashed by assailants.
    ("On 3 May 2020, suspected NPA rebels shot dead a village councillor in Borongan (Eastern Samar), "
     "according to the police.", ["Attack"]),
    ("On 3 May 2020, gunmen killed a trader near Gao (Gao, Gao), police said.", ["Attack"]),
    ("On 3 May 2020, 80 families from villages of Esperanza (Sultan Kudarat) evacuated to the town centre after "
     "fighting between the military and the BIFF.", ["Other"]),
    ("03/02/2021: Assailants burned a rural chapel and a barn in Ercilla, Araucania, Chile.",
     ["Looting/property destruction"]),
    ("03/02/2021: Assailants smashed the windows of the party's office in Leipzig, Saxony, Germany.",
     ["Looting/property destruction"]),
])
def test_round_105_types(extract, text, expected):
    assert _told(extract, text, "2021-07-01")[:1] == expected


@pytest.mark.parametrize("text, status, actor", [
    # A claim's carrier names its author by a cause; a group "from the village"; pamphlets that
    # "bore the name of" a group.
    ("03/02/2021: Assailants set fire to a power relay in Leipzig, Saxony, Germany. A statement posted online by "
     "anarchists claimed responsibility.", "claimed", "Anarchists"),
    ("03/02/2021: Assailants set fire to vehicles of a construction firm in Berlin, Germany. A message on a "
     "left-wing platform claimed responsibility.", "claimed", "Left-wing extremists"),
    ("03/02/2021: Assailants burned two houses in Minya, Egypt. No group claimed responsibility; however, sources "
     "attributed the attack to Muslim extremists from the area.", "suspected", "Muslim extremists"),
    ("03/02/2021: An explosive device damaged a telecom tower in Butwal, Lumbini, Nepal. Leaflets found nearby bore "
     "the name of the Communist Party of Nepal led by Netra Bikram Chand.", "claimed", "Communist Party of Nepal (Maoist)"),
])
def test_round_105_attribution(extract, text, status, actor):
    [event] = [e for e in _read(extract(text, published="2021-07-01")) if e["event"] == "ASSAULT"]
    assert (event["attribution"]["status"], event["attribution"]["actor"]) == (status, actor)


def test_round_105_an_earlier_deed_recalled_by_came_after(extract):
    # "The attack came a day after a bombing had killed 18": the bombing is background, undated or not.
    events = _read(extract("A suicide bomber blew himself up on a bus in Volgograd, killing 12 people. The attack "
                           "came a day after a bombing at the city's station had killed 18."))
    assert [(e["killed"]["low"], e["background"]) for e in events] == [(12, False), (18, True)]


def test_review_101_near_misses(extract):
    # Review 101 of round 105: the rules' neighbours keep their readings.
    def events(text):
        return _read(extract(text, published="2024-06-05"))
    [shot] = events("Two protesters were hit in the legs by live rounds as police dispersed the crowd in Nairobi.")
    assert shot["acled_sub_event_type"] == "Excessive force against protesters" and shot["injured"]["low"] == 2
    assert events("Arsenal striker Bukayo Saka was struck in the ankle by a late tackle and limped off.") == []
    assert events("Devotees burned incense at temples across Kathmandu on Saturday to mark the start of Dashain.") == []
    [listed] = events("On 3 June 2024, ISWAP fighters attacked a base in Monguno (Borno), killing 12 soldiers, including a "
                      "major, and three civilians.")
    assert listed["killed"]["low"] == 15
    [vandals] = events("03/06/2024: Vandals smashed the windows of the AfD office in Dresden, Saxony, Germany.")
    assert "AfD" not in [a["name"] for a in vandals["actors"]]
    [bomb] = events("03/06/2024: Assailants detonated a bomb at a market in Maiduguri, Borno, Nigeria. Officials attributed "
                    "the attack to militants from the Islamic State West Africa Province.")
    assert bomb["attribution"]["actor"] == "Islamic State West Africa Province"
    names = [a["name"] for e in events("03/06/2024: Police arrested Biplav Das, 32, for the murder of a shopkeeper in "
                                       "Agartala, Tripura, India.") for a in e["actors"]]
    assert "Communist Party of Nepal (Maoist)" not in names
    [church] = events("Gunmen attacked a church in Kauru, according to police, who said officers repelled them after a "
                      "gunfight.")
    assert "Police Forces of Nigeria" in [a["name"] for a in church["recipients"]]
    [farmers] = events("Unknown gunmen killed two farmers in Kauru, Kaduna State, the state police command said on Sunday.")
    assert "Police Forces of Nigeria" not in [a["name"] for a in (*farmers["actors"], *farmers["recipients"])]


@pytest.mark.parametrize("text, country, admin1", [
    # An embassy's or envoy's country is whose mission, not where; a province's kind after a
    # compass word ("Idleb eastern countryside") keeps the name a place.
    ("Five bombs exploded in the Philippine capital, one in a park near the United States embassy, killing 22.",
     "PH", None),
    ("On 3 May 2020, a car bomb exploded in Taftanaz town in Idleb eastern countryside, killing two civilians.",
     "SY", "Idleb"),
    ("On 5 May 2020, an Israeli drone struck a car in Nabatieh.", "LB", None),
])
def test_round_105_places(extract, text, country, admin1):
    [event] = _read(extract(text, published="2020-06-01"))
    assert event["location"]["country"] == country
    assert admin1 is None or event["location"]["admin1"] == admin1


@pytest.mark.parametrize("text, killed, injured", [
    # The wounded who died leave the hurt; a side's claim yields to the figure the other side gives.
    ("04/25/2021: Assailants attacked a base in Monguno, Borno, Nigeria. At least 20 soldiers were killed and 15 others "
     "were wounded; the toll later rose to 23 after three of the wounded died.", 23, 12),
    ("04/15/2021: Assailants attacked an army post in Yei, Central Equatoria, South Sudan. The NAS claimed "
     "responsibility, stating that its fighters had killed nine soldiers; an army spokesman said only two soldiers "
     "died.", 2, None),
])
def test_round_105_tolls(extract, text, killed, injured):
    [event] = [e for e in _read(extract(text)) if e["event"] == "ASSAULT"]
    assert (event["killed"] or {}).get("low") == killed
    assert (event["injured"] or {}).get("low") == injured


@pytest.mark.parametrize("text, expected", [
    # Round 106: "combats between" two groups; a motorcade of supporters "asking for" something; the
    # police's "the suspect fought back" is their account, no battle; a crowd the police dispersed.
    ("On 3 May 2020, in Tibu, Norte de Santander, combats between the ELN and the FARC dissidents were reported in "
     "rural areas.", ["Armed clash"]),
    ("On 3 May 2020, in Recife, Pernambuco, supporters of the president held a motorcade asking for the end of "
     "isolation measures. [size=no report]", ["Peaceful protest"]),
    ("On 5 May 2020, a drug suspect was shot dead by police during a buy-bust operation in Tondo, Manila. Police "
     "said the suspect fought back.", ["Attack"]),
    ("On 9 May 2020, several hundred migrant workers gathered outside the railway station in Surat (Surat, Gujarat) "
     "demanding trains home. Police used mild force to disperse the crowd. [size=several hundred]",
     ["Protest with intervention"]),
])
def test_round_106_types(extract, text, expected):
    assert [e["acled_sub_event_type"] for e in extract(text) if not e["background"]][:1] == expected


@pytest.mark.parametrize("text, killed", [
    # A title in lower case before a named victim and others; each side's dead with its own verb.
    ("A suicide bomber killed former Prime Minister Rajiv Gandhi and 14 others at an election rally.", 15),
    ("On 4 May 2020, five Taliban were killed and two soldiers died in a clash in Nad Ali (Helmand).", 7),
    ("03/02/2021: Maoists ambushed a patrol near Bijapur, Chhattisgarh, India, killing an army captain and a sepoy.", 2),
])
def test_round_106_counts(extract, text, killed):
    [event] = [e for e in _read(extract(text, published="2021-07-01")) if e["event"] == "ASSAULT"]
    assert event["killed"]["low"] == killed


def test_round_106_the_chained_town_of_a_pair(extract):
    # "between Kismayo and Jamaame (Jamaame, Lower Juba)": the town whose district opens the brackets.
    [event] = _read(extract("On 9 May 2020, an IED struck a police vehicle on the road between Kismayo and Jamaame "
                            "(Jamaame, Lower Juba). Three police officers were killed."))
    assert event["location"]["name"] == "Jamaame"


def test_review_102_near_misses(extract):
    # Review 102 of rounds 105-106: the neighbours of the new rules keep their readings.
    def subs(text):
        return [e["acled_sub_event_type"] for e in _read(extract(text, published="2020-05-10"))]
    assert subs("Traditional stick combats between young Suri men took place in Kibish during the harvest festival.") == []
    assert subs("On 3 May 2020, in Salvador, Bahia, a motorcade of supporters drove to the airport to welcome the "
                "governor, calling for his re-election.") == []
    assert subs("Police cornered the gunman in a house in Karachi; the gunman fought back for two hours before he was "
                "killed.") == ["Armed clash"]
    assert subs("Three workers were struck in the legs by falling debris when a crane collapsed at a building site in "
                "Lagos.") == []
    # (an untriggered note, read as one low-confidence event)
    assert [e["acled_sub_event_type"] for e in extract(
        "On 9 May 2020, several hundred residents blocked the Autopista Sur in Soacha (Soacha, Cundinamarca) over the lack "
        "of food aid. Police did not disperse the crowd. [size=several hundred]")] == ["Peaceful protest"]
    [wedding] = _read(extract("Gunmen stormed a wedding in Kajuru, Kaduna State, killing 8 people, among them the groom, "
                              "two teenagers, and the village head."))
    assert wedding["killed"]["low"] == 8
    [farmers] = _read(extract("Boko Haram fighters killed five farmers in Konduga, Borno State, according to police sources."))
    assert "Police Forces of Nigeria" not in [a["name"] for a in (*farmers["actors"], *farmers["recipients"])]
    [embassy] = _read(extract("Protesters burned tyres outside Pakistan's embassy in Kabul, chanting slogans."))
    assert embassy["location"]["country"] == "AF"


@pytest.mark.parametrize("text, killed, injured", [
    # Victims named in asides; a third who died of her wounds; the third hostage found dead while the
    # others were rescued; coaches are no people; only the attackers died.
    ("02/14/2021: A bomb exploded in Chahar Bolak district, Balkh, Afghanistan. The district's deputy police chief, "
     "Abdul Ghafar, and his bodyguard were killed.", 2, None),
    ("02/10/2021: A bomb struck a truck near Bartella, Nineveh, Iraq. Two of the farmers, Saad Ali, 19, and his cousin "
     "Omar, were killed.", 2, None),
    ("06/15/2021: Gunmen opened fire on polio vaccinators in Jalalabad, Nangarhar, Afghanistan. Two vaccinators were "
     "killed at the scene; a third, identified as Dr. Sara, 31, died of her wounds the following day.", 3, None),
    ("03/06/2021: Assailants abducted three fishermen off Siasi, Sulu, Philippines. Two of the fishermen were rescued on "
     "March 12, 2021, while the third, Ali Jaji, 22, was found dead.", 1, None),
    ("03/19/2021: A bomb on the track exploded as a train passed near Sibi, Balochistan, Pakistan. Two coaches derailed "
     "and five passengers were injured.", None, 5),
    ("01/28/2021: Two suicide bombers detonated their explosives near a market in Konduga, Borno, Nigeria. Only the "
     "assailants were killed; two traders were injured.", 2, 2),
])
def test_round_106_tolls(extract, text, killed, injured):
    [event] = [e for e in _read(extract(text)) if e["event"] == "ASSAULT"]
    assert (event["killed"] or {}).get("low") == killed
    assert (event["injured"] or {}).get("low") == injured


def test_round_106_named_victims_are_no_actors_and_unlisted_signatories_claim(extract):
    [event] = _read(extract("05/26/2021: Assailants ambushed an army patrol near Tarmiyah, Baghdad, Iraq. One officer, "
                            "Colonel Ali Hassan, was killed and two soldiers were injured."))
    assert "Ali Hassan" not in [a["name"] for a in event["actors"]]
    [note] = _read(extract("04/10/2021: Assailants shot dead a village head in Latehar, Jharkhand, India. A note left "
                           "beside the body was signed by the Jharkhand Sangharsh Jan Mukti Morcha (JSJMM)."))
    assert (note["attribution"]["status"], note["attribution"]["actor"]) == ("claimed", "Jharkhand Sangharsh Jan Mukti Morcha (JSJMM)")
    [post] = _read(extract("02/23/2021: Assailants attacked a police post in Tank, Khyber Pakhtunkhwa, Pakistan, with "
                           "grenades and automatic weapons."))
    assert set(post["modes"]) >= {"explosives", "firearms"}


@pytest.mark.parametrize("text, status, actor", [
    # Round 107: a group's statement that it (or its fighters) did it claims it; the authorities' word
    # that a group had done it, or that it is the main line of inquiry, makes it suspected; leaflets
    # "referring to" a group claim for it.
    ("03/12/2021: A bomb attached to a car killed a cleric in Taloqan, Takhar, Afghanistan. Islamic State's Khorasan "
     "Province later said its fighters had planted the bomb.", "claimed", "Islamic State Khorasan Province"),
    ("02/08/2021: Two gunmen shot a district commissioner in Galkayo, Mudug, Somalia. Al-Shabaab said its 'special "
     "forces' carried out the assassination.", "claimed", "Al Shabaab"),
    ("03/14/2021: A drone struck an airport in Abha, Asir, Saudi Arabia. The Houthis said they had targeted a military "
     "site.", "claimed", "Houthi Movement"),
    ("05/19/2021: An IED exploded under a police patrol near Dantewada, Chhattisgarh, India. Police said Maoists had "
     "planted the device.", "suspected", "CPI (Maoist): Communist Party of India (Maoist)"),
    ("05/11/2021: A pipe bomb was found under a car in Lurgan, Northern Ireland, United Kingdom. Police said the New IRA "
     "was the main line of inquiry.", "suspected", "New Irish Republican Army"),
    ("03/04/2021: Hooded assailants burned logging trucks near Tirua, Biobio, Chile. Pamphlets referring to the "
     "Weichan Auka Mapu were found at the site.", "claimed", "Weichan Auka Mapu"),
])
def test_round_107_attribution(extract, text, status, actor):
    [event] = [e for e in _read(extract(text)) if e["event"] == "ASSAULT"]
    assert (event["attribution"]["status"], event["attribution"]["actor"]) == (status, actor)


def test_round_107_responders_are_no_perpetrators(extract):
    # In an incident summary, the troops who freed the hostages or made a bomb safe did not do it.
    [kidnap] = _read(extract("03/03/2021: Assailants abducted two engineers near Lokoja, Kogi, Nigeria. Both hostages were "
                             "freed by troops eight days later. No group claimed responsibility."))
    assert all(a["type"] != "State forces" for a in kidnap["actors"])
    [bomb] = _read(extract("05/11/2021: A pipe bomb was found under a car in Coalisland, Northern Ireland, United Kingdom. "
                           "The device was made safe by army technical officers."))
    assert all(a["type"] != "State forces" for a in bomb["actors"])


@pytest.mark.parametrize("text, expected", [
    # Displaced by tensions; flares fired are no shelling; an operations room set up; an explosives
    # cache destroyed, whatever it held.
    ("On 10 April 2020, about 2,000 people were displaced from villages around Awash (Awash Fentale, Afar) following "
     "rising tensions between Afar and Issa herders.", "Other"),
    ("On 3 May 2020, Israeli forces fired two flare shells over Mays al Jabal (Marjayoun, Nabatiye).", None),
    ("On 22 April 2020, the LNA set up a new operations room in Gharyan (Gharyan) to direct its offensive.",
     "Headquarters or base established"),
    ("On 28 April 2020, in Curumani, Cesar, the army destroyed an explosives cache containing 30 kilograms of ANFO and "
     "three landmines.", "Disrupted weapons use"),
])
def test_round_107_types(extract, text, expected):
    subs = [e["acled_sub_event_type"] for e in _read(extract(text))]
    assert (subs[0] if subs else None) == expected


def test_round_107_province_names(extract):
    # English and ACLED's names for provinces GeoNames spells otherwise.
    [arrest] = _read(extract("On 9 April 2020, police arrested an opposition activist in Battambang town over a Facebook "
                             "post."))
    assert arrest["location"]["admin1"] == "Battambang"


def test_review_103_near_misses(extract):
    # Review 103 of round 107: officials who sign, another attack's statement, leaflets about a group,
    # captors who release, team coaches and an attacker named in an aside keep their readings.
    def only(text):
        return _read(extract(text, published="2021-09-30"))
    [note] = only("04/10/2021: Assailants shot dead a contractor in Latehar, Jharkhand, India. A note left beside the "
                  "body was signed by Superintendent of Police Anjani Kumar, who said an investigation had begun.")
    assert note["attribution"]["status"] == "unknown"
    [bomb] = only("03/12/2021: A roadside bomb killed two soldiers in Afgoye, Lower Shabelle, Somalia. In a separate "
                  "statement, Al-Shabaab said its fighters had attacked an AMISOM base in Hiraan.")
    assert bomb["attribution"]["status"] != "claimed"
    [farmer] = only("03/04/2021: Unknown gunmen killed a farmer near Tame, Arauca, Colombia. Leaflets referring to the "
                    "ELN as terrorists were dropped by the army over the area.")
    assert farmer["attribution"]["status"] == "unknown"
    [abduction] = only("03/03/2021: Soldiers abducted three villagers in Kani, Sagaing, Myanmar, and released the "
                       "captives after two days.")
    assert "Military Forces of Myanmar" in [a["name"] for a in abduction["actors"]]
    [bus] = only("03/19/2021: Gunmen opened fire on a football team's bus near Kaduna, Nigeria. Two coaches and five "
                 "players were injured.")
    assert bus["injured"]["low"] == 7
    [hotel] = only("06/20/2021: Gunmen stormed a hotel in Mogadishu, Banadir, Somalia. One of the attackers, Yusuf Ali, "
                   "was killed by security forces.")
    assert "Yusuf Ali" in [a["name"] for a in hotel["actors"]]


@pytest.mark.parametrize("text, country", [
    # A three-letter name only some place's alternate names hold is a town the gazetteer lacks;
    # "the Gulshan diplomatic zone of Dhaka" is in Dhaka.
    ("Bomb Blast Rips Through Crowded Bazaar in Sui, Three Dead", None),
    ("Five militants stormed a bakery in the Gulshan diplomatic zone of Dhaka and held guests hostage; 22 people "
     "were killed.", "BD"),
])
def test_round_107_places(extract, text, country):
    [event] = _read(extract(text, published="2021-06-01"))
    assert (event["location"] or {}).get("country") == country


def test_round_108_readings(extract):
    # A VBIED set off before the attackers stormed the base is no suicide attack; "mine workers" are
    # people; "and a third injured" hurts one; limpet mines are explosives.
    [vbied] = [e for e in _read(extract(
        "01/17/2021: Assailants detonated a vehicle-borne improvised explosive device (VBIED) at the entrance of an army "
        "base before storming it in Jowhar, Middle Shabelle, Somalia. Officials said three soldiers and nine assailants "
        "died in the fighting.")) if e["event"] == "ASSAULT"]
    assert "suicide-attack" not in vbied["modes"]
    [mine] = _read(extract("02/28/2021: An explosive device detonated near a coal mine in Duki, Balochistan, Pakistan. Four "
                           "mine workers were injured in the blast."))
    assert mine["injured"]["low"] == 4
    [shooting] = _read(extract("Two people were killed and a third injured in a shooting at a cafe in Bratislava."))
    assert (shooting["killed"]["low"], shooting["injured"]["low"]) == (2, 1)
    [ship] = _read(extract("Two limpet mines attached by foreign agents sank a ship in the port of Auckland."))
    assert "explosives" in ship["modes"]


def test_review_103_paraphrases(extract):
    # The authorities' word without "had", the inquiry's line told as a clause, and an ordinal hurt
    # named in an aside.
    [device] = _read(extract("05/19/2021: An IED exploded under a police patrol near Dantewada, Chhattisgarh, India. "
                             "Officials said Maoists planted the device."))
    assert device["attribution"]["status"] == "suspected"
    [pipe] = _read(extract("05/11/2021: A pipe bomb was found under a car in Lurgan, Northern Ireland, United Kingdom. "
                           "Police said the main line of inquiry was that the New IRA was responsible."))
    assert (pipe["attribution"]["status"], pipe["attribution"]["actor"]) == ("suspected", "New Irish Republican Army")
    [market] = _read(extract("04/02/2021: Gunmen attacked a market in Gao, Mali. Five traders were killed; a sixth, "
                             "identified as Moussa Traore, was wounded."))
    assert (market["killed"]["low"], market["injured"]["low"]) == (5, 1)


@pytest.mark.parametrize("text, injured", [
    # The wounded who died, told with their noun or as "more of the wounded", leave the hurt.
    ("03/02/2021: Militants attacked a base in Marte, Borno, Nigeria. Twenty soldiers were wounded; two of the "
     "injured soldiers died overnight.", 18),
    ("03/02/2021: A bomb exploded at a market in Mogadishu, Banadir, Somalia. Thirty people were wounded, and two more "
     "of the wounded died overnight.", 28),
])
def test_review_102_wounded_who_died(extract, text, injured):
    [event] = _read(extract(text))
    assert event["injured"]["low"] == injured


def test_code_review_of_session_28(extract):
    # A bare "they" claims only for the group that says it; "earlier" is no other attack; the
    # authorities' word names the doer, not the victims; a verbless ordinal is hurt only at a clause
    # end; an airport named after its city in its own province stays at the city.
    def one(text):
        return [e for e in _read(extract(text, published="2021-06-01")) if e["event"] == "ASSAULT"][0]
    assert one("03/02/2021: Assailants attacked a village in Gwoza, Borno, Nigeria. Residents said they had attacked "
               "the Boko Haram fighters with sticks.")["attribution"]["status"] == "unknown"
    assert one("03/02/2021: Assailants attacked a post in Afgoye, Lower Shabelle, Somalia. Al-Shabaab said its fighters "
               "had carried out the attack earlier on Monday.")["attribution"]["status"] == "claimed"
    assert one("03/02/2021: A clash erupted in Sukma, Chhattisgarh, India. Police said the Army had killed two Maoists "
               "in an encounter.")["attribution"]["status"] == "unknown"
    assert one("Troops killed two militants and a third wounded three soldiers before escaping near Gao.")["injured"]["low"] == 3
    assert one("A suicide bomber struck Peshawar airport in Khyber Pakhtunkhwa, killing two guards.")["location"]["name"] \
        == "Peshawar"


def test_round_108_a_named_victim_who_died_on_the_way_to_hospital(extract):
    # "Ali died on the way to hospital": the one shot, told by name (not "... on Sunday died in hospital").
    [event] = [e for e in _read(extract(
        "03/18/2021: Two gunmen opened fire on Shaukat Ali, a local politician, in Mardan, Khyber Pakhtunkhwa, Pakistan. "
        "Ali died on the way to hospital.")) if e["event"] == "ASSAULT"]
    assert event["killed"]["low"] == 1
    [market] = _read(extract("Two of the 15 people who were injured in the market bombing in Maiduguri on Sunday died in "
                             "hospital on Tuesday.", published="2021-06-01"))
    assert market["killed"] is None


def test_round_109_gtd_wordings(extract):
    # A kidnapping whose victim, named by his noun, is later found dead; a relative clause's "not";
    # the army whose vehicle set off the mine is its victim; suspects named in reported speech; a
    # killing told without a number is still a shooting.
    def one(text):
        return [e for e in _read(extract(text, published="2021-06-01")) if e["event"] == "ASSAULT"][0]
    taken = one("02/11/2021: Assailants abducted a village chief and two farmers in Bafut, North-West, Cameroon. "
                "The chief was later found dead, while the farmers were released.")
    assert (taken["killed"]["low"], taken["acled_sub_event_type"]) == (1, "Attack")
    assert one("06/03/2021: Assailants raided Nanduadua village, Mueda district, Cabo Delgado, Mozambique. Four elderly "
               "residents who could not run were killed.")["killed"]["low"] == 4
    mine = one("03/10/2021: A Nigerien army truck struck a landmine near Tillia, Tahoua, Niger. Two soldiers were killed. "
               "No group claimed responsibility for the incident.")
    assert not [a for a in mine["actors"] if a["name"].startswith("Military Forces")]
    assert one("05/16/2021: Assailants kidnapped four traders near Beledweyne, Hiraan, Somalia. No group claimed "
               "responsibility; however, elders said the kidnappers were Al-Shabaab fighters.")["attribution"] \
        == {"status": "suspected", "actor": "Al Shabaab", "text": "said the kidnappers were"}
    accused = one("05/19/2021: Assailants beat an aid worker near Sarmada, Idlib, Syria. No group claimed responsibility "
                  "for the incident; however, local activists accused members of Hayat Tahrir al-Sham (HTS).")
    assert accused["attribution"]["status"] == "suspected"
    assert "firearms" in one("01/21/2021: Assailants attacked herders near Wukari, Taraba, Nigeria, killing an unknown "
                             "number of people and burning huts.")["modes"]


@pytest.mark.parametrize("text, sub_event", [
    # An arrest "on charges of" an attack is the arrest; the attack is its charge.
    ("On 5 May 2020, police arrested three men in Nasiriyah (Nasiriyah, Thi-Qar) on charges of attacking the "
     "offices of a political party.", "Arrests"),
    # Air defences that stopped "most of" the missiles let the rest land.
    ("On 5 May 2020, Israeli jets fired missiles at positions near Masyaf (Masyaf, Hama). Syrian state media said "
     "air defences intercepted most of the missiles. Fatalities unknown.", "Air/drone strike"),
    # A crowd that burns tyres "in protest against" something demonstrates; a mob has victims.
    ("On 12 May 2020, angry residents burned tyres and blocked the main road of Mukalla (Hadramawt) in protest "
     "against water shortages. [size=no report]", "Violent demonstration"),
    # Communal clashes with no armed side are mob violence.
    ("On 9 May 2020, communal clashes broke out in Bhadreswar (Hooghly, West Bengal) after a dispute between two "
     "groups of residents. [size=no report]", "Mob violence"),
    # An air arm named by its model or by its task force strikes from the air.
    ("On 3 May 2020, Iraqi F-16s struck an IS hideout near Hamrin (Salah al-Din), killing three militants.",
     "Air/drone strike"),
    ("On 3 May 2020, the Air Task Force of Operation Lafiya Dole destroyed an ISWAP camp near Gajiram (Nganzai, "
     "Borno), killing 15 fighters.", "Air/drone strike"),
    # People of a place "from the X" who block a road protest.
    ("On 5 May 2020, farmers from the Lower Valley blocked the Pan-American highway (Chincha, Ica) for several hours "
     "to demand water. [size=no report]", "Peaceful protest"),
    # An organised armed group that fires on a protest uses excessive force, as a state would.
    ("On 30 April 2020, HTS militants opened fire on protesters near Atarib (Jebel Saman, Aleppo), killing 1 "
     "protester. [size=around 50]", "Excessive force against protesters"),
])
def test_round_109_acled_wordings(extract, text, sub_event):
    assert _read(extract(text, published="2020-05-15"))[0]["acled_sub_event_type"] == sub_event


def test_review_104_near_misses(extract):
    # The round-109 rules, where they must not fire and where their plain paraphrases must.
    def first(text, published="2020-05-15"):
        return _read(extract(text, published=published))[0]
    assert first("On 3 May 2020, a minibus travelling on the A-1 hit a roadside bomb near Kandahar (Kandahar, Kandahar), "
                 "killing 4 passengers.")["acled_sub_event_type"] == "Remote explosive/landmine/IED"
    assert first("Ukraine's Air Force destroyed 25 of the 30 Shahed drones that Russia launched overnight.")[
        "acled_sub_event_type"] == "Disrupted weapons use"
    assert first("On 5 May 2020, police arrested five men in Churachandpur (Churachandpur, Manipur) over last week's "
                 "communal violence.")["acled_sub_event_type"] == "Arrests"
    assert first("On 5 May 2020, sectarian clashes broke out between Hezbollah and Amal supporters in Khaldeh (Aley, "
                 "Mount Lebanon), leaving 2 dead.")["acled_sub_event_type"] == "Armed clash"
    for crowd in ("hooded gunmen", "Fulani gunmen"):
        assert first(f"On 30 April 2020, {crowd} opened fire on protesters in Kafanchan (Jema'a, Kaduna), killing 1 "
                     "protester.")["acled_sub_event_type"] == "Attack"
    assert first("On 5 May 2020, Russia launched 6 Shahed drones at Odesa (Odesa, Odesa). Air defences shot down 6 of "
                 "them. No casualties.")["acled_sub_event_type"] == "Disrupted weapons use"
    escaped = first("On 5 May 2020, gunmen charged with a string of robberies escaped and shot dead a policeman in Kano "
                    "(Kano Municipal, Kano).")
    assert escaped["killed"]["low"] == 1
    assert first("02/11/2021: Assailants abducted three students from the principal's residence in Kagara, Niger, "
                 "Nigeria. The principal was later found dead.", "2021-03-01")["killed"] is None
    assert first("02/11/2021: Gunmen abducted a doctor and a nurse in Kagara, Niger, Nigeria. The doctor was later "
                 "found dead.", "2021-03-01")["killed"]["low"] == 1
    assert "firearms" not in first("01/21/2021: Bandits raided a ranch near Wukari, Taraba, Nigeria, and killed an "
                                   "unknown number of cattle.", "2021-03-01")["modes"]
    assert "firearms" not in first("01/21/2021: Militants set fire to Kukawa village, Borno, Nigeria, killing an "
                                   "unknown number of residents.", "2021-03-01")["modes"]
    bombers = first("On 3 May 2020, Al Shabaab militants in a truck set off a roadside bomb outside a police station in "
                    "Afgoye (Afgooye, Lower Shabelle), killing 3 officers.")
    assert [a["name"] for a in bombers["actors"]] == ["Al Shabaab"]
    carried = first("03/10/2021: A vehicle carrying Nigerien soldiers struck a landmine near Tillia, Tahoua, Niger.",
                    "2021-03-11")
    assert not carried["actors"]
    for who in ("Pakistani nationals", "Somali-speaking"):
        assert first(f"03/10/2021: A bomb exploded at a market in Quetta, Balochistan, Pakistan. Police said the bombers "
                     f"were {who}.", "2021-03-11")["attribution"]["status"] == "unknown"
    assert first("On 3 May 2020, police arrested 3 men in Thanchi (Bandarban, Chittagong Hill Tracts).")["location"][
        "admin1"] == "Chittagong"


def test_round_110_wordings(extract):
    # A beheading on a highway is no road accident; an asylum seeker "from" a country came from
    # there; "claimed the arson" claims; a device "similar to those used by" a group makes it the
    # suspect; the police who investigate or link the attacker to other shootings are no side; an
    # aside between a body and "was found" leaves the death.
    def first(text, published="2021-06-01"):
        return _read(extract(text, published=published))[0]
    assert first("Five farmers beheaded near Jakana on Maiduguri-Damaturu highway")["location"]["country"] == "NG"
    assert first("Rakhmat Akilov, a rejected asylum seeker from Uzbekistan, hijacked a truck and drove it down "
                 "Drottninggatan, a busy pedestrian street in Stockholm, killing five people.")["location"]["country"] == "SE"
    assert first("02/10/2021: Assailants set fire to a telecommunications mast in Leipzig, Saxony, Germany. An anarchist "
                 "group claimed the arson in a text published on a far-left website.")["attribution"]["status"] == "claimed"
    device = first("02/10/2021: An explosive device detonated near a market in Jolo, Sulu, Philippines, injuring three "
                   "people. Police said the device was similar to those used by the Abu Sayyaf Group (ASG), but no group "
                   "claimed responsibility.")
    assert device["attribution"] == {"status": "suspected", "actor": "Abu Sayyaf Group", "text": "similar to those used by"}
    linked = first("03/16/2021: An assailant shot and killed a worker at a spa in Acworth, Georgia, United States. Police "
                   "later linked the assailant to two earlier shootings.")
    assert [a["name"] for a in linked["actors"]] == ["Unidentified Armed Group (United States)"]
    assert linked["attribution"]["actor"] is None
    treated = first("04/10/2021: Assailants beat a man in Leeds, England, United Kingdom. No group claimed "
                    "responsibility; police said they were treating the assault as a racially motivated hate crime.")
    assert [a["name"] for a in treated["actors"]] == ["Unidentified Armed Group (United Kingdom)"]
    assert first("01/10/2021: Assailants abducted a community leader in Toribio, Cauca, Colombia. His body, bearing "
                 "gunshot wounds, was found near the river two days later.")["killed"]["low"] == 1


def test_round_110_claims_and_suspects(extract):
    # A group that releases a video of its hostages claims them (GTD's claim by video); the police's
    # word names a group whose name has lower-case words, and the police are no side of it; a
    # generic phrase "which sources identified as" a listed group names that group.
    def first(text):
        return _read(extract(text, published="2021-06-01"))[0]
    video = first("05/02/2021: Assailants abducted four workers of a mobile phone company in Tank, Khyber Pakhtunkhwa, "
                  "Pakistan. Tehrik-i-Taliban Pakistan (TTP) later released a video of the hostages.")
    assert video["attribution"]["status"] == "claimed" and "TTP" in video["attribution"]["actor"]
    assert first("05/02/2021: Assailants abducted two engineers in Kaduna, Kaduna, Nigeria. Relatives later posted photos "
                 "of the hostages online.")["attribution"]["status"] == "unknown"
    said = first("01/20/2021: Assailants detonated an explosive device at a police station in Corinto, Cauca, Colombia, "
                 "injuring two officers. Police said FARC dissidents had carried out the attack.")
    assert said["attribution"]["status"] == "suspected"
    assert not [a for a in said["actors"] if a["name"].startswith("Police")]
    identified = first("04/12/2021: Assailants killed a social leader in Tumaco, Narino, Colombia. No group claimed "
                       "responsibility for the incident; however, the army blamed irregular armed groups, which sources "
                       "identified as the 30th Front of the Revolutionary Armed Forces of Colombia (FARC) dissidents.")
    assert identified["attribution"]["status"] == "suspected" and "FARC" in identified["attribution"]["actor"]


def test_review_105_near_misses(extract):
    # Communities named as such still clash as mobs; an air force that destroyed a drone depot struck
    # it; a lone A-10 named with its article strikes; a vehicle that set off a mine is its victim's;
    # troops who identified the attackers and fought them act; uniforms "similar to those used by"
    # a force make no suspect; a headline's "in <Place>:" still tells the clash.
    def first(text):
        return _read(extract(text, published="2020-05-10"))[0]
    assert first("On 5 May 2020, communal clashes broke out between Hindus and Muslims in Nuh (Nuh, Haryana), leaving "
                 "6 dead.")["acled_sub_event_type"] == "Mob violence"
    assert first("Communal clash in Khargone: 24 injured as stones pelted")["acled_sub_event_type"] == "Mob violence"
    assert first("On 4 May 2020, the Sudanese Air Force destroyed an RSF drone depot in Nyala (Nyala, South Darfur).")[
        "acled_sub_event_type"] == "Air/drone strike"
    assert first("On 4 May 2020, a US A-10 struck an Islamic State convoy near Mayadin (Al Mayadin, Deir-ez-Zor), killing "
                 "8 militants.")["acled_sub_event_type"] == "Air/drone strike"
    mine = first("On 3 May 2020, a Malian army vehicle set off a landmine near Boni (Douentza, Mopti), killing 2 soldiers.")
    assert not mine["actors"]
    pursuit = first("On 3 May 2020, ISWAP fighters attacked a base in Marte (Marte, Borno). Troops later identified the "
                    "attackers and killed 4 of them in a pursuit near Marte.")
    assert "Military Forces of Nigeria" in [a["name"] for a in pursuit["actors"]]
    assert not _read(extract("Motorcyclist decapitated after hitting steel cable stretched across highway near Pretoria",
                             published="2020-05-10"))


@pytest.mark.parametrize("text, sub_event", [
    # "extortion" describing those arrested, or reported before, is no looting of its own.
    ("On 4 May 2020, Assam Rifles personnel apprehended two cadres of the NSCN-IM engaged in extortion at Ukhrul "
     "town (Ukhrul, Manipur).", "Arrests"),
    ("On 4 May 2020, the 20th Infantry Battalion established a new patrol base in Catubig (Northern Samar, Eastern "
     "Visayas) after residents reported NPA extortion activities.", "Headquarters or base established"),
    ("On 4 May 2020, NPA rebels extorted money from traders in Catubig (Northern Samar, Eastern Visayas).",
     "Looting/property destruction"),
    # Ground left by the other side, taken without a fight.
    ("On 4 May 2020, anti-balaka elements took control of several neighbourhoods of Obo (Haut-Mbomou) vacated by UPC "
     "fighters, who had withdrawn towards Mboki a day earlier.", "Non-violent transfer of territory"),
    # Stepping on a mine is a mine blast.
    ("On 4 May 2020, a soldier died after stepping on a mine near Tame (Tame, Arauca).", "Remote explosive/landmine/IED"),
])
def test_round_111_acled_wordings(extract, text, sub_event):
    assert _read(extract(text, published="2020-05-10"))[0]["acled_sub_event_type"] == sub_event


def test_round_111_a_place_before_the_victim_is_no_victim(extract):
    [event] = _read(extract("On 4 May 2020, in a rural area of Vista Hermosa (Meta), a soldier died after stepping on an "
                            "antipersonnel mine.", published="2020-05-10"))
    assert event["killed"]["low"] == 1


def test_round_111_attribution_and_casualty_wordings(extract):
    # "X was responsible" at a clause's end, "behind the abduction", "were both suspected" make a
    # suspect; a pronoun "was executed" is one dead; "Two patients burned to death" are two; "burned the
    # town hall and the police station" is an attack on property.
    def first(text):
        return _read(extract(text, published="2021-06-22"))[0]
    for text, actor in [
        ("03/02/2021: Assailants burned a school in Hpapun, Kayin, Myanmar. Police said the Karen National Liberation "
         "Army (KNLA) was responsible, which the group denied.", "KNLA: Karen National Liberation Army"),
        ("03/02/2021: Assailants abducted two teachers in Ghazni, Ghazni, Afghanistan. Local officials said the Taliban "
         "were behind the abduction.", "Taliban"),
        ("03/02/2021: Assailants attacked a village near Jowhar, Middle Shebelle, Somalia. Clan militia members and "
         "Al-Shabaab were both suspected by local sources.", "Al Shabaab"),
    ]:
        assert first(text)["attribution"]["status"] == "suspected" and first(text)["attribution"]["actor"] == actor
    assert first("04/02/2021: Assailants abducted a tribal elder in Kandahar, Kandahar, Afghanistan. He was executed "
                 "publicly nine days later.")["killed"]["low"] == 1
    assert first("04/02/2021: Assailants set fire to a health centre in Kandahar, Kandahar, Afghanistan. Two patients "
                 "burned to death inside the health centre.")["killed"]["low"] == 2
    assert first("04/02/2021: Assailants burned the town hall and the police station in Kaya, Centre-Nord, Burkina "
                 "Faso.")["modes"] == ["destroy"]


@pytest.mark.parametrize("text, sub_event", [
    # A crowd that took to the highway protests; the police's baton charge intervenes in it.
    ("On 5 May 2020, garment workers took to the highway in Gazipur (Gazipur Sadar, Dhaka) demanding unpaid wages. "
     "Industrial police charged batons to disperse them; several workers were hurt. [size=around 500]",
     "Protest with intervention"),
    # Villagers who thrashed a man to death are a mob, whoever arrested them later.
    ("On 5 May 2020, villagers thrashed a 40-year-old man to death on suspicion of theft in Sitapur (Sitapur, Uttar "
     "Pradesh). Police have arrested six persons. 1 killed. [size=no report]", "Mob violence"),
    # "deprived of liberty", the calque of ACLED's Mexican sources, is an abduction.
    ("On 5 May 2020, armed men deprived of liberty a municipal official in Tlapa (Tlapa de Comonfort, Guerrero).",
     "Abduction/forced disappearance"),
])
def test_round_111_protest_and_civilian_wordings(extract, text, sub_event):
    assert _read(extract(text, published="2020-05-10"))[0]["acled_sub_event_type"] == sub_event


def test_round_111_a_victims_past_is_not_the_events(extract):
    [event] = _read(extract("On 5 May 2020, NPA rebels shot dead a former rebel who had surrendered to the government "
                            "last year in Bayawan City (Negros Oriental).", published="2020-05-10"))
    assert not event["background"] and event["killed"]["low"] == 1


@pytest.mark.parametrize("text", [
    # A sized note whose crowd is named by its trade and whose purpose is told as support or rejection.
    "On 1 May 2020, dozens of laborers held a limited May Day action in front of the DPRD building in Bogor (Bogor, "
    "West Java), rejecting the omnibus bill. [size=dozens]",
    "On 1 May 2020, nursing professionals held a silent act in front of the hospital in Olinda (Olinda, Pernambuco) in "
    "tribute to colleagues who died and to demand protective equipment. [size=no report]",
    "On 1 May 2020, members of the CUT held a workers' day caravan in their cars in Valparaiso (Valparaiso, "
    "Valparaiso), honking horns and waving flags in support of workers. [size=no report]",
])
def test_round_111_sized_notes_of_quiet_protests(extract, text):
    # (no trigger reads these: the note's own development, typed by its crowd and purpose)
    [event] = extract(text, published="2020-05-10")
    assert event["acled_sub_event_type"] == "Peaceful protest"


def test_review_106_near_misses(extract):
    # The round-111 rules, where they must not fire and where their plain paraphrases must.
    def events(text):
        return _read(extract(text, published="2024-06-05"))
    for quiet in ("Communal violence in Manipur: Supreme Court to hear pleas on Monday",
                  "An American B-52 struck by lightning over Guam returned safely to base.",
                  "Deminers in Kherson teach children how to avoid stepping on a mine left by retreating troops.",
                  "Millions of travellers took to the roads over the Eid holiday, traffic police said.",
                  "Residents say they are deprived of their freedom of movement by hundreds of checkpoints.",
                  "A judge ordered that the former mayor of Tlapa be deprived of liberty for 25 years for embezzlement."):
        assert not [e for e in events(quiet) if e["event"] in ("ASSAULT", "PROTEST")], quiet
    [tribes] = events("On 5 June 2024, sectarian clashes broke out between Druze and Bedouin tribesmen in Sweida (Sweida, "
                      "As-Sweida), leaving 30 dead; the tribesmen used rifles and RPGs.")
    assert tribes["acled_sub_event_type"] == "Armed clash"
    assert not [a for a in events("On 5 June 2024, the 5th Infantry Battalion of the Karenni Nationalities Defense Force "
                                  "(KNDF) attacked junta positions in Loikaw (Loikaw, Kayah).")[0]["actors"]
                if a["name"].startswith("Military Forces")]
    strike = events("On 7 May 2025, Indian forces struck nine sites in Pakistan. Operation Sindoor was executed in 25 "
                    "minutes, the Indian army said.")
    assert all(e["killed"] is None for e in strike)
    asked = events("On 5 June 2024, gunmen shot dead a trader in Hyderabad (Hyderabad, Sindh). Police are investigating "
                   "who was behind the shooting.")
    assert asked[0]["attribution"]["status"] != "suspected"
    held = events("On 5 June 2024, assailants burned a school in Hpapun (Hpapun, Kayin). Police held the Karen National "
                  "Liberation Army responsible.")
    assert held[0]["attribution"]["status"] == "suspected"
    club = events("On 5 June 2024, a man was clubbed to death by villagers in Pirganj (Pirganj, Rangpur) on suspicion of "
                  "theft. [size=no report]")
    assert (club[0]["acled_sub_event_type"], club[0]["killed"]["low"]) == ("Mob violence", 1)


@pytest.mark.parametrize("text, killed", [
    # An ordinal is the toll, whatever time follows it, with "a" or "an".
    ("03/02/2021: Assailants opened fire on a police checkpoint in Asadabad, Kunar, Afghanistan. Two policemen were "
     "killed at the scene and a third died of his wounds the next morning.", 3),
    ("Gunmen opened fire at a bar in Jinja. Seven people died at the scene and an eighth died in hospital months later.", 8),
    # A part of the figure told after it is no addition, nor the one item that follows it.
    ("A rocket struck a house in Sderot. Fifteen civilians, seven of them children and one a pregnant woman, were "
     "killed.", 15),
    # "all four assailants" besides the victims, in an incident summary.
    ("03/02/2021: Assailants stormed a hotel in Beledweyne, Hiraan, Somalia. In addition to all four assailants, nine "
     "people were killed.", 13),
    # Things found beside the bodies are no dead.
    ("On 6 May 2020, the bodies of six men were found after a confrontation in Sabinas (Sabinas, Coahuila), along "
     "with several burned vehicles.", 6),
])
def test_round_112_tolls(extract, text, killed):
    assert _read(extract(text, published="2021-06-22"))[0]["killed"]["low"] == killed


def test_round_112_wordings(extract):
    def first(text, published="2020-05-10"):
        return _read(extract(text, published=published))[0]
    assert first("03/02/2021: A grenade exploded at a market in Kandahar, Kandahar, Afghanistan. The commissioner "
                 "survived, but he and three others were injured.", "2021-06-22")["injured"]["low"] == 4
    assert first("On 6 May 2020, drivers blocked the avenue in Maracay (Girardot, Aragua) to protest the shortage of "
                 "gasoline. Members of the GNB removed the barricades and dispersed the group, detaining two people. "
                 "[size=no report]")["acled_sub_event_type"] == "Protest with intervention"
    assert first("On 6 May 2020, police arrested seven jeepney drivers who gathered at the Iloilo City Hall (Iloilo City, "
                 "Western Visayas) to ask for the release of promised cash aid. [size=7]")["event"] == "PROTEST"
    assert first("On 6 May 2020, Afghan Air Force strikes targeted a Taliban gathering in Nawzad district (Nawzad, "
                 "Helmand), killing eight Taliban.")["acled_sub_event_type"] == "Air/drone strike"
    assert first("On 6 May 2020, GNA drones reportedly struck an LNA ammunition depot near Hun (Al Jufrah, Al Jufrah). The "
                 "LNA said its air defences intercepted one drone.")["acled_sub_event_type"] == "Air/drone strike"
    assert first("On 6 May 2020, residents in Ikorodu (Ikorodu, Lagos) set ablaze a suspected member of a gang after he "
                 "was caught robbing a shop. [size=no report]")["acled_sub_event_type"] == "Mob violence"
    assert first("Hakha: explosive hurled at ward administrator's home")["event"] == "ASSAULT"
    assert first("Suicide bomber kills five in Blabline")["location"] is None


def test_review_107_near_misses(extract):
    # The round-112 rules, where they must not fire and where their plain paraphrases must.
    def events(text, published="2024-06-05"):
        return _read(extract(text, published=published))
    assert events("02/10/2021: A suicide bomber struck a market in Quetta, Balochistan, Pakistan. Two Pakistanis and "
                  "three others were killed.", "2021-06-22")[0]["killed"]["low"] == 5
    for quiet in ("On 5 June 2024, a smoke bomb was thrown into the crowd at a football match in Lahore (Lahore, Punjab).",
                  "On 5 June 2024, a paint bomb was hurled at the office of a newspaper in Lahore (Lahore, Punjab).",
                  "On 5 June 2024, hundreds of displaced families gathered at the distribution point in Rafah (Rafah, "
                  "Gaza Strip) to ask for flour."):
        assert not [e for e in events(quiet) if e["event"] in ("ASSAULT", "PROTEST")], quiet
    gunmen = events("On 5 June 2024, residents said gunmen set ablaze a man in his car in Zaria (Zaria, Kaduna).")
    assert gunmen[0]["acled_sub_event_type"] != "Mob violence"
    assert events("Communal violence in Manipur, 3 killed")[0]["acled_sub_event_type"] == "Mob violence"
    assert events("On 5 June 2024, gunmen deprived two engineers of their liberty for nearly two months in Okene "
                  "(Okene, Kogi).")[0]["acled_sub_event_type"] == "Abduction/forced disappearance"


def test_round_113_record_and_patrons(extract):
    # A group's record told about it ("who had recently escalated attacks") is no side of the
    # event; soldiers who frequent a restaurant attacked are its victims.
    def first(text):
        return _read(extract(text, published="2021-06-22"))[0]
    bomb = first("02/10/2021: A suicide bomber detonated explosives at a checkpoint in Lashkar Gah, Helmand, Afghanistan, "
                 "killing three police officers. No group claimed responsibility. The Taliban, who had recently escalated "
                 "attacks in the province, did not comment on the incident.")
    assert "Taliban" not in [a["name"] for a in bomb["actors"]]
    grenade = first("02/10/2021: A grenade was thrown into a restaurant frequented by soldiers in Ceerigaabo, Sanaag, "
                    "Somalia, injuring four people. No group claimed responsibility for the incident.")
    assert not grenade["actors"] and grenade["recipients"]


def test_round_113_claimed_interceptions_and_district_provinces(extract):
    # Airstrikes "carried out" stay strikes whatever the other side claims to have intercepted; a
    # Ugandan district told as itself, "(Koboko)", is ACLED's province.
    def first(text):
        return _read(extract(text, published="2020-05-22"))[0]
    assert first("On 6 May 2020, Israeli warplanes carried out airstrikes on militia positions near Al Mayadin (Al Mayadin, "
                 "Deir-ez-Zor). Syrian air defences claimed to have intercepted the missiles.")["acled_sub_event_type"] \
        == "Air/drone strike"
    assert first("On 6 May 2020, UPDF soldiers arrested 3 men in Koboko district (Koboko).")["location"]["admin1"] == "Koboko"
    drones = first("On 29 April 2020, LNA-affiliated drones (reportedly operated by the UAE) targeted a GNA convoy in the "
                   "outskirts of Surman (Az Zawiyah).")
    assert "Government of the United Arab Emirates" in [a["name"] for a in drones["actors"]]


def test_code_review_of_session_29(extract):
    # A recalled deed in a "who had" clause stays background; the wife of a chief taken is not the
    # chief; herders "along with" soldiers are dead; a plan "executed" kills nobody; a company's
    # offices looted are no riot; a sentence-initial "An A-10" strikes.
    def events(text, published="2021-06-22"):
        return _read(extract(text, published=published))
    recalled = events("Troops arrested a militant who had been behind the 2019 bombing of the cathedral in Jolo, Sulu, "
                      "Philippines.")
    assert all(e["background"] for e in recalled if e["event"] == "ASSAULT")
    [wife] = events("Gunmen kidnapped the wife of a local chief in Kaduna, Nigeria on Monday. The chief was later found "
                    "dead.")
    assert wife["killed"] is None
    assert events("Four soldiers were killed in an ambush near Gao, Mali, along with two cattle herders.")[0]["killed"][
        "low"] == 6
    assert all(e["killed"] is None for e in events("India's Operation Sindoor was executed in 25 minutes."))
    assert events("Youths looted the offices of a mining company in Kolwezi, DR Congo.")[0]["acled_sub_event_type"] \
        == "Looting/property destruction"
    assert events("An A-10 strafed the convoy near Mayadin.")[0]["acled_sub_event_type"] == "Air/drone strike"


def test_round_114(extract):
    # (texts written for these tests, after round 114's GTD 2016-2018 summaries, ACLED notes,
    # headlines and Wikipedia rows)
    def events(text, published="2017-06-22"):
        return _read(extract(text, published=published))

    def actors(event):
        return [a["name"] for a in event["actors"]]
    # Forces who killed the attackers, and authorities who only judged the attack, did not do it.
    [hotel] = events("08/13/2017: Gunmen opened fire on guests at a hotel in Ouahigouya, Nord, Burkina Faso. In addition to "
                     "the three assailants, who were killed by security forces, 9 people were killed.")
    assert not any(a.startswith(("Military", "Police")) for a in actors(hotel))
    [market] = events("02/14/2017: Two assailants armed with knives attacked shoppers in Hotan, Xinjiang, China. Three "
                      "people were killed before police shot dead both attackers. Authorities described the incident as "
                      "a terrorist attack.")
    assert not any(a.startswith(("Government", "Police")) for a in actors(market))
    assert market["location"]["admin1"] == "Xinjiang"  # (English, not "Xinjiang Uygur Zizhiqu")
    [farm] = events("04/19/2017: Assailants killed six farm workers in Aripuana, Mato Grosso, Brazil. No group claimed "
                    "responsibility; police suspected gunmen hired by land grabbers.")
    assert "Police Forces of Brazil" not in actors(farm)
    # The victim named before "was seriously injured" is no actor; "inmates convicted of" is who they are.
    [beaten] = events("08/26/2018: Two assailants beat journalist Marko Petrovic in Doboj, Republika Srpska, "
                      "Bosnia-Herzegovina. Petrovic, a reporter for a local radio station, was seriously injured.")
    assert "Petrovic" not in actors(beaten)
    [jail] = events("05/03/2017: Gunmen attacked Dry Dock prison in Manama, Capital, Bahrain, and freed five inmates "
                    "convicted of terrorism offences. A police officer was killed.")
    assert not jail["background"] and jail["killed"]["low"] == 1
    # "positions lost earlier in the month" is the positions' past, not the news told.
    [retake] = events("On 25 April 2020, clashes broke out near Al Aziziyah (Al Jfara) when LNA forces attempted to retake "
                      "positions lost earlier in the month. Two fighters were killed.", published="2020-05-01")
    assert not retake["background"] and retake["killed"]["low"] == 2
    # Flare bombs light the sky; "ech" joins an Arabic name as "el" does.
    [flares] = extract("On 9 May 2020, Israeli forces fired two flare bombs over the outskirts of Aalma ech Chaab (Tyre, "
                       "South).", published="2020-05-12")
    assert flares["acled_sub_event_type"] == "Other" and flares["location"]["name"] == "Aalma ech Chaab"
    # Single victims told by a wound or by their age, and the attacker's own death told apart.
    throat = events("Two men armed with knives took hostages at a church in Lisieux. The 79 year old priest, Paul Martin, "
                    "had his throat slit.")
    assert throat[0]["killed"]["low"] == 1 and "Paul Martin" not in actors(throat[0])
    assert events("A man drove his car into marchers in Richmond, killing 28 year old Anna Lopez and injuring 12 others."
                  )[0]["killed"]["low"] == 1
    assert events("MP John Carter was stabbed several times while meeting voters at a church hall in Kent and died at "
                  "the scene.")[0]["killed"]["low"] == 1
    [stab] = events("A man stabbed four passers-by in Perth; one of them died at the scene. The attacker was shot in the "
                    "leg by police and died in hospital.")
    assert (stab["injured"]["low"], "Police Forces of Australia" in actors(stab)) == (3, False)


def test_round_114_places_and_attribution(extract):
    def first(text, published="2020-05-22"):
        return _read(extract(text, published=published))[0]
    # ACLED's "town in Aleppo northern countryside" holds the town as brackets do; "Rada city (Al
    # Bayda)"; a town named as its province ("Muramvya commune (Muramvya)"); the Arabic article NER
    # left out ("in As Sawani, south of Tripoli").
    assert first("On 9 May 2020, an IED exploded in Sawran town in Aleppo northern countryside, killing two "
                 "civilians.")["location"]["admin1"] == "Aleppo"
    assert first("On 12 May 2020, Houthi forces deployed reinforcements to Rada city (Al Bayda) ahead of an offensive "
                 "in Walad Rabi district.")["location"]["name"] == "Rada"
    assert first("On 4 May 2020, police arrested three activists in Muramvya commune (Muramvya).")["location"][
        "country"] == "BI"
    assert first("On 6 May 2020, GNA forces shelled LNA positions in As Sawani, south of Tripoli.")["location"][
        "name"] == "As Sawani"
    assert first("On 5 May 2020, police detained two activists in Bishkek.")["location"]["admin1"] == "Bishkek"
    # A stabbing of one person chosen is targeted; "the Revolution and Justice (RJ) armed group"
    # and "the wave of attacks" are read in an attribution.
    assert "targeted" in first("05/11/2018: An assailant stabbed a police officer outside the town hall in Liege, "
                               "Wallonia, Belgium.")["modes"]
    rj = first("03/12/2018: Assailants abducted two aid workers near Paoua, Ouham-Pende, Central African Republic. "
               "No group claimed responsibility; however, sources attributed the abduction to the Revolution and "
               "Justice (RJ) armed group.")
    assert rj["attribution"]["status"] == "suspected" and "Revolution and Justice" in rj["attribution"]["actor"]
    wave = first("01/05/2017: Assailants set fire to two buses in Fortaleza, Ceara, Brazil. Authorities attributed the "
                 "wave of attacks to the Guardians of the State.")
    assert wave["attribution"]["status"] == "suspected"


def test_round_114_place_names():
    # A saint's building is no place of its name; "El Zulia" keeps its article.
    assert [p.country for p in sitrep.places("A bomber blew himself up at the gate of Saint Mark's Cathedral in Tanta.")] \
        == ["EG"]
    assert [p.country for p in sitrep.places("Police post in El Zulia attacked with explosives")] == ["CO"]


@pytest.mark.parametrize("text, killed, injured", [
    # Nationalities as people: plural, "a Dutchman", and two sharing the noun after them.
    ("Two Germans, a Frenchman and an Irish woman were killed and three other hikers were injured.", 4, 3),
    ("Three American and two Kenyan soldiers were killed.", 5, None),
    # An aside between "treated in hospital" and its cause.
    ("A bomb exploded on a train in Leeds. Twelve people were treated in hospital, most for burns.", None, 12),
])
def test_round_114_tolls(extract, text, killed, injured):
    [event] = _read(extract(text))
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, force", [
    # The state that blames or attributes is no suspect; nor police named in another clause.
    ("03/02/2016: Assailants threw a grenade into a bar in Ngozi, Ngozi, Burundi, killing one person. No group claimed "
     "responsibility; police blamed opponents of the ruling party.", "Police"),
    ("08/19/2016: A bomb exploded at a rally in Feni, Chittagong, Bangladesh, killing one person. Local leaders blamed a "
     "rival faction; police said the attackers had not been identified.", "Police"),
    # Forces who found a device or stormed the building after a standoff answered the attack.
    ("07/11/2018: Security forces discovered an explosive device under the car of a judge in Liege, Wallonia, Belgium. "
     "Bomb disposal experts defused the device.", "Military"),
    ("08/30/2018: An armed man took three employees hostage in a bank in Charleroi, Wallonia, Belgium. After a four-hour "
     "standoff, police stormed the building; the hostage-taker was killed.", "Police"),
])
def test_round_115_forces_answered(extract, text, force):
    [event] = [e for e in _read(extract(text, published="2018-01-01")) if e["event"] == "ASSAULT" and not e["background"]]
    assert not any(a["name"].startswith(force) for a in event["actors"])


def test_round_115_who_did_it(extract):
    # (texts written for these tests, after round 115's GTD 2016-2018 summaries)
    def main(text):
        return next(e for e in _read(extract(text, published="2018-01-01")) if e["event"] == "ASSAULT"
                    and not e["background"])

    def actors(e):
        return [a["name"] for a in e["actors"]]
    # Authorities who called the blast sabotage judged it; "the attack was linked to her reporting"
    # names nobody.
    sabotage = main("11/10/2017: An explosion struck an oil pipeline near Buri, Northern, Bahrain. Bahraini authorities "
                    "called the blast an act of sabotage.")
    assert not any(a.startswith("Government") for a in actors(sabotage))
    linked = main("10/06/2018: Assailants beat a journalist in Varna, Varna, Bulgaria. The journalist said she believed "
                  "the attack was linked to her reporting.")
    assert linked["attribution"]["actor"] is None
    # Arrests in connection with the attack name the suspects' group; Amaq's "a soldier of" claims.
    arrests = main("05/04/2017: Assailants hacked a student to death in Sylhet, Sylhet, Bangladesh. Police arrested "
                   "three Jamaat-e-Islami activists in connection with the attack.")
    assert arrests["attribution"]["status"] == "suspected" and "Jamaat" in arrests["attribution"]["actor"]
    amaq = main("06/05/2017: An assailant shot and killed a man in Perth, Western Australia, Australia. The Amaq News "
                "Agency claimed that the attacker was a soldier of the Islamic State.")
    assert amaq["attribution"] == {**amaq["attribution"], "status": "claimed", "actor": "Islamic State"}


@pytest.mark.parametrize("text, killed, injured", [
    # One of the hurt, described between, who died; one named person hit in a limb.
    ("08/04/2017: A bomb exploded at a rally in Comilla, Chittagong, Bangladesh. Twelve people were injured, one of "
     "whom, a local councillor, died of his wounds the next day.", 1, 11),
    ("06/12/2016: Assailants shot at the car of a journalist in Cochabamba, Cochabamba, Bolivia. Mamani was hit in the "
     "arm and survived.", None, 1),
])
def test_round_115_tolls(extract, text, killed, injured):
    event = _attack(extract, text)
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_round_115_rows_and_headlines(extract):
    def main(text, published=None):
        return next(e for e in _read(extract(text, published=published)) if e["event"] == "ASSAULT"
                    and not e["background"])
    # Where the gunman came from ("from Qabatiya in the northern West Bank"), where he was born,
    # is not where he struck.
    assert main("A Palestinian gunman from Qabatiya in the northern West Bank opened fire in the streets of Hadera, "
                "killing three people.")["location"]["country"] == "IL"
    assert main("A 22 year old Belgian citizen born in Morocco stabbed two soldiers in Brussels.")["location"][
        "country"] == "BE"
    # A compass adjective before its people is no district of Israel.
    assert main("Southern insurgents bomb power pylons in Yala", published="2021-03-02")["location"]["country"] == "TH"
    # "Seven members of the security forces, two civilians and a tourist"; a toll superseded.
    assert main("Gunmen attacked a castle in Ajloun, Jordan. Four members of the security forces, two civilians and a "
                "British tourist were killed.")["killed"]["low"] == 7
    assert main("Gunmen attacked villages near Djibo, Burkina Faso, killing at least 43 villagers; early reports had "
                "put the toll at 50.")["killed"]["low"] == 43
    # A car steered "into a group of people": the victims, no rioters.
    car = main("05/20/2016: A driver steered his car into a group of people outside a bar in Ghent, Flanders, Belgium, "
               "injuring three.")
    assert not any(a["name"].startswith("Rioters") for a in car["actors"])


def test_review_108(extract):
    # (near misses of rounds 114-115, texts written for these tests)
    def main(text, published="2019-05-05"):
        return next(e for e in _read(extract(text, published=published)) if e["event"] in ("ASSAULT", "COERCE")
                    and not e["background"])

    def actors(e):
        return [a["name"] for a in e["actors"]]
    # Forces who go on to do harm, or who suspect and then strike, are the doers.
    assert any(a.startswith("Military") for a in actors(main(
        "05/03/2019: Troops cordoned off the village of Kulu, Borno, Nigeria and shot dead 12 men.")))
    assert any(a.startswith("Military") for a in actors(main(
        "05/03/2019: Security forces suspected militants were hiding in a village near Tal Afar, Nineveh, Iraq, and "
        "shelled it, killing four civilians.")))
    # "two of whom, both children, later died" counts the two once.
    wounded = main("05/03/2019: A bomb exploded at a market in Gao, Gao, Mali. Eight people were wounded, two of whom, "
                   "both children, later died.")
    assert wounded["killed"]["low"] == 2
    # A people or a crowd stabbed is no single target; a saint's building is; San Salvador is a city.
    assert "targeted" not in main("A Palestinian stabbed Israeli Border Police officers at Damascus Gate.")["modes"]
    assert "targeted" not in main("A man stabbed New Year revellers in Times Square.")["modes"]
    assert main("Gunmen shot dead two guards outside San Salvador's cathedral.")["location"]["country"] == "SV"
    # "Damascus countryside" is no part of Damascus; "W. Va." is West Virginia as coders write it.
    assert main("On 3 May 2019, an IED exploded in Douma city in Damascus countryside, killing two.")["location"][
        "admin1"] != "Damascus"
    # A motive opening the sentence leaves the attack after it; dynamite thrown into a lake is fishing;
    # "one of whom, NAME, died".
    assert main("06/05/2017: In retaliation for the killing of a commander, assailants attacked a police post in "
                "Menaka, Menaka, Mali, killing three officers.")["killed"]["low"] == 3
    assert not _read(extract("Fishermen threw dynamite into the lake near Kigoma to catch fish."))
    assert main("Eleven people were injured in Kano, one of whom, Musa Bello, died the next day.")["killed"]["low"] == 1
    # (while a district town's countryside holds its villages)
    assert main("On 28 April 2020, an IED exploded in the market of Al Ghandura town in Jarablus countryside, killing 2 "
                "civilians.")["location"]["name"] != "Jarabulus"
    assert main("A gunman opened fire in a bar in Huntington, W. Va., killing two.")["location"]["admin1"] == \
        "West Virginia"
    # An army statement naming a member of a group suspects it; only the group's own word claims.
    army = main("05/03/2019: Assailants attacked a checkpoint in Dikwa, Borno, Nigeria. The army released a statement "
                "saying that a member of Boko Haram had carried out the attack.")
    assert army["attribution"]["status"] != "claimed"


def test_round_116(extract):
    # (texts written for these tests, after round 116's GTD 2016-2018 summaries)
    def main(text):
        return next(e for e in _read(extract(text, published="2018-01-01")) if e["event"] == "ASSAULT"
                    and not e["background"])
    # A lone attacker who pledged allegiance to, or watched the propaganda of, a jihadist group: GTD's
    # "Jihadi-inspired extremists", suspected.
    lone = main("06/30/2017: An assailant stabbed a taxi driver in Hobart, Tasmania, Australia. Investigators said he "
                "had pledged allegiance to the Islamic State online.")
    assert lone["attribution"] == {**lone["attribution"], "status": "suspected", "actor": "Jihadi-inspired extremists"}
    # A toll told after "This was one of two related attacks;" is shared between them.
    shared = main("03/15/2017: Assailants attacked the village of Mora, Far North, Cameroon. This was one of two related "
                  "attacks in the area on the same day; six villagers were killed across the two attacks.")
    assert shared["killed"]["low"] == 3
    # (but an attack's own toll stands: the total across the attacks does not replace it)
    own = main("04/20/2021: Assailants on motorcycles raided Dan Ali, Katsina, Nigeria, killing 14 people. This was one "
               "of three related attacks in the area on this date; a total of 23 people were killed across the three "
               "attacks.")
    assert own["killed"]["low"] == 14


@pytest.mark.parametrize("text, killed, actor_named", [
    # A stick of dynamite thrown is a bombing; "hacked NAME, who he was, to death" kills the one named.
    ("11/04/2016: Assailants threw a stick of dynamite at a party office in Sucre, Chuquisaca, Bolivia.", None, False),
    ("02/12/2018: Assailants hacked Abdul Karim, a local imam, to death in Kurigram, Rangpur, Bangladesh.", 1, False),
    # A man branded "a police informer" is a civilian the group killed, no battle.
    ("On 2 May 2020, suspected Maoists dragged a man out of his house near Koraput (Koraput, Odisha) and hacked him to "
     "death, branding him a police informer.", 1, False),
    # Who the two were, between commas, are the same two.
    ("On 5 May 2020, LNA forces shelled a house in Tajura (Tripoli). Two civilians, a father and his son, were killed.",
     2, False),
])
def test_round_116_deeds(extract, text, killed, actor_named):
    event = _attack(extract, text)
    assert (event["killed"] or {}).get("low") == killed
    assert any(a["name"] in ("Abdul Karim",) for a in event["actors"]) == actor_named
    assert event["acled_event_type"] != "Battles" and not any(a["name"].startswith("Police") for a in event["actors"])


@pytest.mark.parametrize("text, injured", [
    # (round 117) who the hurt was, between commas, before "sustained"; a broken arm is an injury.
    ("03/02/2017: Assailants beat a journalist in Ganja, Ganja, Azerbaijan. The journalist, who worked for an "
     "opposition newspaper, sustained head injuries.", 1),
    ("03/02/2017: Assailants beat a trade unionist in Pleven, Pleven, Bulgaria. The victim sustained a broken arm.", 1),
])
def test_round_117_hurt(extract, text, injured):
    event = _attack(extract, text)
    assert (event["injured"] or {}).get("low") == injured and event["killed"] is None


def test_round_117_claimed_strike(extract):
    [event] = [e for e in _read(extract("06/03/2021: A drone struck an army position in Marib, Marib, Yemen, killing two "
                                        "soldiers. Houthi extremists claimed the strike.")) if e["event"] == "ASSAULT"]
    assert event["attribution"]["status"] == "claimed"


@pytest.mark.parametrize("text, killed, modes", [
    # (round 117) two people joined before "died"; a baseball bat or a metal rod is a melee weapon, no
    # gun; a drone "packed with explosives" strikes from the air.
    ("06/03/2018: A bomb exploded at a mosque in Khost, Khost, Afghanistan. A cleric and his nephew died.", 2, None),
    ("06/03/2017: Assailants attacked two taxi drivers with a baseball bat in Perth, Western Australia, Australia.",
     None, ("primitive",)),
    ("06/03/2021: A drone packed with explosives struck an army position in Marib, Marib, Yemen.", None,
     ("drone", "aerial", "explosives")),
])
def test_round_117_deeds(extract, text, killed, modes):
    event = _attack(extract, text)
    assert (event["killed"] or {}).get("low") == killed
    assert modes is None or tuple(event["modes"]) == modes


def test_round_117_cause_told_by_views(extract):
    # A lone attacker's views name GTD's generic group; the victim's views name no one.
    [event] = [e for e in _read(extract("05/03/2018: An assailant fired shots at a government office in Regina, "
                                        "Saskatchewan, Canada. Police said the assailant held anti-government views."))
               if e["event"] == "ASSAULT"]
    assert event["attribution"]["actor"] == "Anti-Government extremists"
    [victim] = [e for e in _read(extract("A journalist who held anti-government views was shot dead in Lima."))
                if e["event"] == "ASSAULT"]
    assert victim["attribution"]["actor"] is None


@pytest.mark.parametrize("text", [
    # (round 118) a knife attack on one person chosen: a stranger, a name after "to death", a soldier
    # "attacked" by a man armed with a knife
    "01/09/2018: An assailant armed with a knife stabbed a stranger at a bus interchange in Shepparton, Victoria, Australia.",
    "06/10/2016: Assailants hacked to death Nityaranjan Pande, a volunteer at a Hindu ashram, in Pabna, Rajshahi, Bangladesh.",
    "06/06/2017: An assailant armed with a knife attacked a soldier outside a recruiting centre in Regina, Saskatchewan, Canada.",
])
def test_round_118_one_person_stabbed_is_targeted(extract, text):
    event = _attack(extract, text)
    assert "targeted" in event["modes"]


@pytest.mark.parametrize("text", [
    "06/06/2017: A man stabbed three passers-by in Regina, Saskatchewan, Canada.",
    "06/06/2017: A man stabbed a man and a woman in Regina, Saskatchewan, Canada.",
    "06/06/2017: A man stabbed Chinese Muslims in Regina, Saskatchewan, Canada.",
])
def test_round_118_stabbing_spree_is_not_targeted(extract, text):
    event = _attack(extract, text)
    assert "targeted" not in event["modes"]


@pytest.mark.parametrize("text, actor", [
    # (round 118) leaflets two sentences after the deed, by a group's initials or "referencing" it
    ("09/19/2017: Assailants set fire to the railway station building in El Maiten, Chubut, Argentina. There were no "
     "casualties. Leaflets found at the scene bore the initials of the Mapuche Ancestral Resistance (RAM).",
     "Mapuche Ancestral Resistance (RAM)"),
    ("06/28/2017: Assailants set fire to two trucks in Loncoche, Araucania, Chile. No one was injured. Pamphlets "
     "referencing Weichan Auka Mapu were found at the scene.", "Weichan Auka Mapu"),
    # a man who pledged allegiance is GTD's generic group, not the group's own man
    ("01/09/2018: An assailant armed with a knife stabbed a stranger in Shepparton, Victoria, Australia. Police stated "
     "that the man had pledged allegiance to the Islamic State of Iraq and the Levant (ISIL) online.",
     "Jihadi-inspired extremists"),
    # hired gunmen are nobody named; a state blamed by its country's name
    ("07/13/2017: Assailants shot and killed a leader of the Landless Workers Movement (MST) in Sao Felix do Xingu, Para, "
     "Brazil. No group claimed responsibility; the MST blamed hired gunmen working for local ranchers.", "gunmen"),
    ("06/16/2017: Assailants attacked a border police post in Lunda Norte province, Angola. No group claimed "
     "responsibility; however sources attributed the attack to an armed group from the Democratic Republic of the Congo.",
     "Unidentified Armed Group (Democratic Republic of the Congo)"),
    ("A bomb exploded in a discotheque in West Berlin, killing two American servicemen. Officials blamed Libya.",
     "Government of Libya"),
])
def test_round_118_who(extract, text, actor):
    event = _attack(extract, text)
    assert event["attribution"]["actor"] == actor


def test_round_118_forces_who_disarm_a_bomb_respond(extract):
    [event] = [e for e in _read(extract("02/24/2016: Police discovered and disarmed a pipe bomb left outside a "
                                        "constituency office in Halifax, Nova Scotia, Canada. No group claimed "
                                        "responsibility for the incident.")) if e["event"] == "ASSAULT"]
    assert not any(a["name"].startswith("Police") for a in event["actors"])


def test_round_118_suspects_named_by_their_trade(extract):
    # ("herdsmen", not "herdsmen killed six farmers")
    [event] = [e for e in _read(extract("Gunmen suspected to be herdsmen killed six farmers in Guma, Benue state, on "
                                        "Tuesday.")) if e["event"] == "ASSAULT"]
    assert event["attribution"]["actor"] == "herdsmen"


def test_round_118_a_police_post_attacked_is_an_assault(extract):
    [event] = [e for e in _read(extract("07/27/2021: Assailants attacked a police headquarters in Khwaja Umari district, "
                                        "Ghazni, Afghanistan. The number of casualties is unknown."))
               if e["event"] == "ASSAULT"]
    assert event["modes"] == ["firearms"]
    [arson] = [e for e in _read(extract("07/27/2021: Assailants set fire to a police station in Ghazni, Ghazni, "
                                        "Afghanistan. No casualties were reported.")) if e["event"] == "ASSAULT"]
    assert "destroy" in arson["modes"]


def test_round_118_a_river_named_after_a_country_is_no_state(extract):
    [event] = [e for e in _read(extract("10/09/2021: Assailants abducted three traders traveling by boat on the Niger "
                                        "River near Gourma Rharous, Timbuktu, Mali. Their whereabouts are unknown."))
               if e["event"] == "ASSAULT"]
    assert not any("Niger" in a["name"] for a in event["actors"] + event["recipients"])


def test_round_118_a_province_of_our_own_list_is_gtds_province(extract):
    [event] = [e for e in _read(extract("08/13/2021: An improvised explosive device (IED) exploded near a military "
                                        "detachment in Datu Saudi Ampatuan, Maguindanao, Philippines. Three soldiers "
                                        "were wounded.")) if e["event"] == "ASSAULT"]
    assert event["location"]["admin1"] == "Maguindanao"


def test_round_118_a_village_told_against_a_town_lies_near_it(extract):
    # "Beit Dajan, east of Nablus" is Bayt Dajan in the West Bank, not Israel's Bet Dagan
    [event] = _read(extract("On 6 March 2020, Israeli forces suppressed the weekly march against settlement expansion "
                            "in Beit Dajan, east of Nablus, firing tear gas canisters at protesters."))
    assert event["location"]["country"] == "PS" and event["location"]["name"] == "Bayt Dajan"


@pytest.mark.parametrize("text, actor", [
    # (round 119) a lone attacker radicalised by a group's propaganda; anarchists who posted the claim;
    # a dissident faction of the FARC; a group named first, its other name in brackets
    ("02/12/2017: An assailant stabbed a woman in Melbourne, Victoria, Australia. Police later said the 19-year-old "
     "had been radicalized online by Islamic State propaganda.", "Jihadi-inspired extremists"),
    ("11/17/2018: An explosive device detonated at a bank branch in Lanus, Buenos Aires, Argentina. No one was hurt. "
     "Anarchists later posted a communique online claiming the bombing.", "Anarchists"),
    ("02/11/2017: Armed men hijacked a river boat near La Dorada, San Miguel, Putumayo, Colombia. The assailants, who "
     "said they belonged to a dissident faction of the Revolutionary Armed Forces of Colombia (FARC), seized the cargo.",
     "FARC Dissidents"),
    ("01/28/2017: An explosive device detonated as a police patrol passed through Malkiya, Northern, Bahrain. Three "
     "officers were wounded. The Al-Ashtar Brigades (Saraya al-Ashtar) claimed responsibility for the bombing.",
     "Al-Ashtar Brigades"),
    # (round 120) the lone attacker after an aside; leaflets of a cause; a claim by statement; an
    # unlisted group with "toward" in its name; GTD's name of Cameroon's Anglophone separatists
    ("05/14/2017: An assailant stabbed a man in Melbourne, Victoria, Australia. Police said the 19-year-old attacker, "
     "who was arrested at the scene, had pledged allegiance to the Islamic State of Iraq and the Levant (ISIL).",
     "Jihadi-inspired extremists"),
    ("10/05/2017: Assailants set fire to two trucks at a ranch near Junin de los Andes, Neuquen, Argentina. There were "
     "no casualties. Leaflets demanding the return of ancestral Mapuche lands were found at the site.",
     "Mapuche extremists"),
    ("04/11/2018: Assailants kidnapped a schoolteacher outside Ocana, Norte de Santander, Colombia. The Popular "
     "Liberation Army (EPL) later released a statement acknowledging that it was holding him.",
     "EPL: Popular Liberation Army"),
    ("01/04/2017: An explosive device detonated at a bus stop in Santiago, Santiago Metropolitan, Chile. No one was "
     "hurt. Individualists Tending toward the Wild (ITS) claimed responsibility.",
     "ITS: Individualists Tending toward the Wild"),
    ("06/03/2018: Assailants attacked a gendarmerie post in Bamenda, North-West, Cameroon. No group claimed "
     "responsibility; however, sources attributed the attack to Anglophone separatists.", "Anglophone extremists"),
    # (round 121) "local members of" a group; "A group of anarchists claimed"; the passive "was
    # described by investigators as"; "claimed to have killed"
    ("11/22/2016: Assailants hacked to death a temple priest in Munshiganj, Dhaka, Bangladesh. No group claimed "
     "responsibility; police suspected local members of Jamaat-ul-Mujahideen Bangladesh (JMB).",
     "JMB: Jamaat-ul-Mujahideen Bangladesh"),
    ("11/14/2018: An explosive device detonated in Avellaneda, Buenos Aires, Argentina. A group of anarchists claimed "
     "responsibility in a statement posted online.", "Anarchists"),
    ("07/09/2017: An assailant armed with a knife attacked two guards in Boumerdes, Boumerdes, Algeria. The suspect, "
     "who shouted religious slogans, was described by investigators as a jihadi-inspired extremist.",
     "jihadi-inspired extremist"),
    ("03/02/2021: Assailants ambushed an army patrol near Mindat, Chin, Myanmar. The CDF claimed to have killed "
     "several soldiers.", "Chinland Defense Force"),
])
def test_rounds_119_121_who(extract, text, actor):
    event = _attack(extract, text)
    assert event["attribution"]["actor"] == actor


@pytest.mark.parametrize("text", [
    # (round 119) a cell "they said was trained in Iran" names no state; police who destroyed the
    # device answered the attack; hooded assailants are assailants
    "06/15/2018: Assailants fired shotgun pellets at security forces in Sadad, Northern, Bahrain. A policeman was "
    "injured. No group claimed responsibility; however, authorities blamed a cell they said was trained in Iran.",
    "05/13/2016: Assailants threw a grenade at the house of a commune chief in Takhmao, Kandal, Cambodia. The device "
    "failed to explode and was later destroyed by police. No group claimed responsibility.",
    "11/08/2016: Hooded assailants fired on a group of forestry workers in Nacimiento, Bio-Bio, Chile. Two workers "
    "were injured.",
    # (round 120) police who say what the kidnappers did tell, not act; men who came armed are no mob
    "06/18/2018: Armed men abducted the son of a cattle breeder near Kalale, Borgou, Benin. No group claimed "
    "responsibility; police said the kidnappers had crossed from Nigeria.",
    "07/26/2016: A group of men armed with sticks attacked a land rights activist in Kratie, Kratie, Cambodia.",
])
def test_rounds_119_120_nobody_named(extract, text):
    event = _attack(extract, text)
    assert all(a["name"].startswith("Unidentified") and not a["text"].lower().startswith(("hooded", "masked"))
               for a in event["actors"])


@pytest.mark.parametrize("text, killed, injured", [
    # (round 119) the claimant's own toll, set against the one told; "killing him and 19 other people"
    ("08/23/2016: Assailants attacked an army position near Dinge, Cabinda, Angola. Three soldiers were killed in the "
     "attack, although the FLEC-FAC, which claimed responsibility, stated that nine soldiers had died.", 3, None),
    ("A suicide bomber targeted the governor's convoy in Lashkar Gah, killing him and 19 other people and wounding 63.",
     20, 63),
])
def test_round_119_tolls(extract, text, killed, injured):
    event = _attack(extract, text)
    assert (event["killed"] or {}).get("low") == killed and (event["injured"] or {}).get("low") == injured


def test_round_119_deeds_and_places(extract):
    # a hatchet is a blade; the address after "passed through"; a headline's present tense; whom
    # the victims were accused of spying for; a shell's suspected load
    [hatchet] = _read(extract("03/09/2018: An assailant armed with a hatchet attacked a security guard in Victoria, "
                              "British Columbia, Canada."))
    assert "targeted" in hatchet["modes"]
    [patrol] = [e for e in _read(extract("01/28/2017: An explosive device detonated as a police patrol passed through "
                                         "Malkiya, Northern, Bahrain.")) if e["event"] == "ASSAULT"]
    assert patrol["location"]["admin1"] == "Northern"
    [spies] = _read(extract("Al-Shabaab publicly executes two men accused of spying for Kenya in Jamaame"))
    assert spies["location"]["country"] == "SO" and spies["killed"]["low"] == 2
    [chlorine] = _read(extract("On 13 May 2020, regime forces fired shells suspected of containing chlorine gas at NLF "
                               "positions in Kafr Zeita."))
    assert chlorine["acled_sub_event_type"] == "Chemical weapon"


def test_round_119_only_the_assailant_died(extract):
    [event] = [e for e in _read(extract("06/09/2017: A suicide bomber detonated in Bouvare, Extreme-North, Cameroon. "
                                        "There were no reported casualties aside from the death of the assailant."))
               if e["event"] == "ASSAULT"]
    assert event["status"] == "occurred" and event["killed"]["low"] == 1


def test_round_119_a_village_of_the_town_named(extract):
    # "Barangay Kalumboyan, Bayawan City": not Calumboyan, a province away; the town instead
    [event] = _read(extract("On 5 April 2020, soldiers clashed with NPA rebels in Barangay Kalumboyan, Bayawan City, "
                            "Negros Oriental."))
    assert event["location"]["name"] == "Bayawan"


def test_round_119_a_slogan_and_a_nationality_are_no_place(extract):
    # a country in a shouted slogan; a nationality before a group that is another country's
    [slogan] = [e for e in _read(extract("A man armed with a hammer attacked a police officer outside Notre-Dame "
                                         "cathedral in Paris, shouting 'This is for Syria'.")) if e["event"] == "ASSAULT"]
    assert slogan["location"]["country"] == "FR"
    [rangers] = _read(extract("Rwandan FDLR rebels blamed for killing of two park rangers near Nyamilima"))
    assert rangers["location"]["country"] == "CD"


def test_round_120_blamed_phrase_ends_at_but(extract):
    [event] = [e for e in _read(extract("07/02/2017: Unidentified assailants hacked to death a man in Kiremba, Ngozi, "
                                        "Burundi. No group claimed responsibility; local officials blamed opposition "
                                        "supporters but no arrests were made.")) if e["event"] == "ASSAULT"]
    assert event["attribution"]["actor"] == "opposition supporters"


@pytest.mark.parametrize("text, modes, injured", [
    # (round 120) a burning tyre thrown through a window; saboteurs who damaged valves; a stabbing
    # that hurt; broken ribs
    ("01/21/2018: Assailants threw a burning tyre and a jerry can of fuel through the front window of an electorate "
     "office in Ballarat, Victoria, Australia. The office was empty and no injuries were reported.", ["destroy"], None),
    ("06/18/2018: Saboteurs cut through a fence and damaged valves and monitoring equipment at an oil pipeline terminal "
     "in Burnaby, British Columbia, Canada. Nobody was hurt.", ["destroy"], None),
    ("05/14/2017: An assailant attacked a 61-year-old man in Melbourne, Victoria, Australia, stabbing him in the neck "
     "and shoulder.", None, 1),
    ("12/09/2016: Two men assaulted an imam in Thunder Bay, Ontario, Canada, kicking him repeatedly. The imam suffered "
     "broken ribs.", None, 1),
])
def test_round_120_deeds(extract, text, modes, injured):
    [event] = [e for e in _read(extract(text)) if e["event"] == "ASSAULT" and e["status"] == "occurred"]
    assert modes is None or event["modes"] == modes
    assert (event["injured"] or {}).get("low") == injured


def test_round_120_said_a_movement_was_responsible(extract):
    # the Taliban of April 2021, a movement not yet the state, named inside "said ... were responsible"
    [event] = [e for e in _read(extract("04/27/2021: Assailants burned a clinic in Khandud, Wakhan district, "
                                        "Badakhshan, Afghanistan. No group claimed responsibility for the incident; "
                                        "however, provincial officials said Taliban fighters were responsible."))
               if e["event"] == "ASSAULT"]
    assert event["attribution"]["status"] == "suspected" and event["attribution"]["actor"] == "Taliban"


@pytest.mark.parametrize("text", [
    # (round 120) the army whose vehicle struck the device, initials in brackets; police who launched a manhunt
    "02/05/2021: A vehicle belonging to the Malian Armed Forces (FAMa) struck an improvised explosive device (IED) "
    "near Moninnpebougou, Macina, Segou, Mali. One soldier died. No group claimed responsibility for the incident.",
    "05/11/2021: Assailants attacked farmers in Igbor, Gwer East, Benue, Nigeria. Eleven farmers were killed. Police "
    "said they had launched a manhunt for the gunmen. No group claimed responsibility for the incident.",
])
def test_round_120_forces_no_party(extract, text):
    event = _attack(extract, text)
    assert all(a["name"].startswith("Unidentified") for a in event["actors"])


@pytest.mark.parametrize("text, killed", [
    # (round 120) the third hostage's body; the one beaten "died before police arrived"; a side's own lost soldier
    ("01/30/2021: Assailants abducted three employees of a road company in Shwak district, Paktia, Afghanistan. Two of "
     "the hostages escaped, while the body of the third, an engineer, was found on January 31, 2021.", 1),
    ("On 2 May 2020, in Tailandia, Para, residents caught a man accused of robbing a pharmacy and beat him with "
     "sticks and stones. He died before police arrived.", 1),
    ("On 3 May 2020, NAS fighters attacked an SSPDF position near Morobo town (Morobo county, Central Equatoria). "
     "The SSPDF claimed it killed four NAS fighters and lost one soldier.", 5),
])
def test_round_120_tolls(extract, text, killed):
    event = _attack(extract, text)
    assert event["killed"]["low"] == killed


@pytest.mark.parametrize("text, sub_event, admin1", [
    # (round 120) a raid that only arrests is an arrest, whoever holds the town; goods carried away
    # are looting; "(Shan-North)" is ACLED's own division
    ("On 30 April 2020, SDF raided houses in Tal Brak town in the northern Hasakah countryside and arrested seven "
     "men accused of belonging to an IS cell.", "Arrests", None),
    ("On 26 April 2020, Bakata Katanga Mai-Mai militiamen raided shops and homes in Sakania town (Sakania, "
     "Haut-Katanga), carrying away food, livestock and mobile phones. No casualties were reported.",
     "Looting/property destruction", None),
    ("On 2 May 2020, TNLA and RCSS/SSA troops fought near a village in Namtu township (Shan-North).", "Armed clash",
     "Shan-North"),
])
def test_round_120_acled_notes(extract, text, sub_event, admin1):
    [event] = _read(extract(text))
    assert event["acled_sub_event_type"] == sub_event
    assert admin1 is None or event["location"]["admin1"] == admin1


@pytest.mark.parametrize("text", [
    # (round 121) soldiers who discovered and dismantled the bomb; police who safely detonated it or
    # charged a man with the arson
    "03/05/2017: Soldiers discovered and dismantled a homemade bomb near a school in Blida, Blida, Algeria. No group "
    "claimed responsibility.",
    "03/05/2017: An explosive device was left at a mosque in Quebec City, Quebec, Canada. Police safely detonated the "
    "device.",
    "03/05/2017: Assailants set fire to a mosque in Prince Albert, Saskatchewan, Canada. Police charged a local man "
    "with arson.",
])
def test_round_121_forces_answer(extract, text):
    event = _attack(extract, text)
    assert not any(a["name"].startswith(("Police", "Military")) for a in event["actors"])


@pytest.mark.parametrize("text, killed, injured", [
    # (round 121) "killing him, his two sons and a guard" and the attackers told apart; "leaving him with
    # a fractured skull"; an age in words; "six of them, two seriously"; a name "was stabbed to death";
    # the claimant's own count of the same dead; "According to the Defense Ministry, four soldiers ..."
    ("12/22/2017: Gunmen stormed the home of a police chief in Taloqan, Takhar, Afghanistan, killing him, his two sons "
     "and a guard. Three attackers died in the ensuing firefight.", 7, None),
    ("09/09/2018: An assailant beat a Roma man in Kyustendil, Kyustendil, Bulgaria, leaving him with a fractured skull.",
     None, 1),
    ("A gunman opened fire at a market in Kabul. A two year old girl died of her burns the next day.", 1, None),
    ("A gunman opened fire at a bus stop in Jerusalem, injuring six of them, two seriously.", None, 6),
    ("Labour MP Jo Cox was shot and stabbed to death in Birstall.", 1, None),
    ("05/06/2021: Assailants attacked a base in Dhusamareb, Galguduud, Somalia. Seven soldiers and five attackers "
     "died, according to a local commander; Al-Shabaab said it had killed 21 soldiers.", 12, None),
    ("05/06/2021: Assailants attacked a base in Diffa, Diffa, Niger. According to the Defense Ministry, four soldiers "
     "and 13 assailants were killed.", 17, None),
])
def test_round_121_tolls(extract, text, killed, injured):
    [event] = [e for e in _read(extract(text)) if e["event"] == "ASSAULT" and e["status"] == "occurred"
               and not e["background"]]
    assert (event["killed"] or {}).get("low") == killed and (event["injured"] or {}).get("low") == injured


def test_round_121_knives_and_rounds(extract):
    [knives] = [e for e in _read(extract("05/06/2017: Two assailants attacked a police officer with knives in Baku, "
                                         "Baku, Azerbaijan.")) if e["event"] == "ASSAULT"]
    assert "targeted" in knives["modes"]
    [rounds] = _read(extract("06/22/2021: Unidentified assailants fired several rounds at the residence of a legislator "
                             "in Phek town, Nagaland, India. No one was hurt."))
    assert rounds["event"] == "ASSAULT"


def test_review_110_mends(extract):
    # Near misses of rounds 118-121: a head shot that killed hurts nobody; a police post damaged is
    # destroyed; "a woman and her daughter" are two; leaflets the army dropped claim nothing; gunmen
    # "working for the Sinaloa Cartel" name the cartel; "blamed Libya" moves no bomb out of Omagh;
    # villagers who "claimed to have killed two of the attackers" claim no attack; police who "launched
    # a manhunt and shot dead" two men did it.
    def first(text):
        return [e for e in _read(extract(text)) if e["event"] == "ASSAULT" and not e["background"]][0]
    head = first("Gunmen shot a policeman in the head, killing him, in Quetta.")
    assert head["killed"]["low"] == 1 and head["injured"] is None
    assert "destroy" in first("On 3 May 2020, militants attacked a police headquarters in Mandera with explosives, "
                              "heavily damaging the building.")["modes"]
    assert "targeted" not in first("A man armed with a knife attacked a woman and her daughter in Lyon.")["modes"]
    assert first("09/19/2017: Assailants set fire to trucks in Ercilla, Araucania, Chile. The army later dropped "
                 "leaflets bearing the logo of the Mapuche Ancestral Resistance (RAM) warning residents against "
                 "supporting the group.")["attribution"]["status"] != "claimed"
    assert first("Gunmen shot dead a journalist in Culiacan. Prosecutors blamed hired gunmen working for the Sinaloa "
                 "Cartel.")["attribution"]["actor"] == "Sinaloa Cartel"
    assert first("A bomb exploded in a cafe in Omagh, killing 3. Investigators blamed Libya.")["location"]["country"] == "GB"
    assert first("Assailants attacked a village in Mora, Extreme-North, Cameroon. Villagers claimed to have killed two "
                 "of the attackers.")["attribution"]["status"] != "claimed"
    assert [a["name"] for a in first("Police launched a manhunt and shot dead two suspected kidnappers in "
                                     "Abuja.")["actors"]] == ["Police Forces of Nigeria"]


def test_round_122_readings(extract):
    # (round 122) fists and a bottle are no gun; extortion notes found on the men arrested are no
    # looting; the Ancestral Mapuche Resistance signed its leaflets; Revolution and Justice by name
    [fists] = [e for e in _read(extract("03/04/2017: A man struck a veiled woman repeatedly with his fists and a bottle "
                                        "in Vienna, Vienna, Austria, leaving her with head injuries."))
               if e["event"] == "ASSAULT"]
    assert "firearms" not in fists["modes"]
    assert _told(extract, "On 8 May 2020, Assam Rifles troops arrested two active cadres of the KYKL at Heirok (Heirok, "
                          "Manipur) and recovered a 9mm pistol and extortion notes from them.") == ["Arrests"]
    leaflets = _attack(extract, "08/01/2017: Assailants set fire to a machinery shed in El Bolson, Rio Negro, Argentina. "
                                "Leaflets found at the scene were signed by the Ancestral Mapuche Resistance (RAM).")
    assert leaflets["attribution"]["actor"] == "Mapuche Ancestral Resistance (RAM)"
    rj = _attack(extract, "05/02/2017: Militants from Revolution and Justice (RJ) attacked a village near Paoua, "
                          "Ouham-Pende, Central African Republic, killing two civilians.")
    assert "RJ: Revolution and Justice" in [a["name"] for a in rj["actors"]]


def test_round_122_mutual_blame(extract):
    # two sides that blame each other suspect neither
    blame = _attack(extract, "04/03/2021: A mortar round landed on a house in Nad Ali district, Helmand province, "
                             "Afghanistan. Five people were killed. The Taliban and government forces blamed each "
                             "other for the incident, and no group claimed responsibility.")
    assert blame["attribution"]["status"] == "unclaimed" and blame["actors"] == []


def test_review_111_mends(extract):
    # Near misses of the last rules: a leg shot is no death of someone else's; the attackers'
    # leaflets, which the police only told of, still claim; a group's claim to have killed rivals;
    # extortion notes served are extortion; RAM is also computer memory.
    shot = _attack(extract, "Gunmen shot a trader in the leg in Kano; a second man was killed in the same attack.")
    assert (shot["injured"] or {}).get("low") == 1
    assert _attack(extract, "09/19/2017: Assailants set fire to trucks in El Bolson, Rio Negro, Argentina. Police said "
                            "the attackers scattered leaflets signed by the Mapuche Ancestral Resistance (RAM)."
                   )["attribution"]["status"] == "claimed"
    assert _attack(extract, "Gunmen attacked a camp near Bosaso. Al-Shabaab claimed to have killed 10 Islamic State "
                            "militants.")["attribution"]["status"] == "claimed"
    stolen = _attack(extract, "Thieves broke into a school in Mendoza, Argentina, and stole computers and RAM modules.")
    assert not any("Mapuche" in a["name"] for a in stolen["actors"] + stolen["recipients"])


@pytest.mark.parametrize("text", [
    # (round 122) "linked to his reporting" names no one; the Turkish association whose clubhouse
    # burned is no Turkish state; police who shot two of the assailants answered the attack
    "04/03/2018: Unidentified individuals set fire to the car of a newspaper editor in Vagharshapat, Armavir, Armenia. "
    "No group claimed responsibility for the arson, which the editor linked to his reporting on local officials.",
    "09/06/2017: Assailants threw a Molotov cocktail at the Turkish cultural association's clubhouse in Wolfsberg, "
    "Carinthia, Austria. Nobody was injured.",
    "08/13/2016: Knife-wielding assailants attacked pedestrians in Yining, Xinjiang, China. At least five people were "
    "killed, including two assailants shot dead by police, and nine were wounded.",
])
def test_round_122_nobody_named(extract, text):
    assert all(a["name"].startswith("Unidentified") for a in _attack(extract, text)["actors"])


@pytest.mark.parametrize("text, killed, injured", [
    # (round 123) victims described between the verb and "to death"; a victim hurt, by name; a
    # body whose finder's clause says who it was; a suspect's death with no killer told
    ("02/11/2017: An assailant hacked two farmers, brothers aged 30 and 34, to death near Tizi Ouzou, Algeria.", 2, None),
    ("07/04/2018: A gunman fired on journalist Renata Souza outside her home in Itabuna, Bahia, Brazil. Souza survived "
     "with bullet wounds to the leg, but her driver was killed.", 1, 1),
    ("03/02/2017: The body of a trader who had been abducted three days earlier was found on a road near Garoua, "
     "Cameroon.", 1, None),
    ("On 2 May 2020, in Ilheus, Bahia, military police exchanged fire with suspected robbers. Three suspects died; "
     "two pistols were seized.", 3, None),
])
def test_round_123_tolls(extract, text, killed, injured):
    event = _attack(extract, text)
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


@pytest.mark.parametrize("text, actor", [
    # (round 123) the cause written at the scene, or held by the attacker, names GTD's group; a
    # communique signed by a cell of a cause claims for its followers; a cry and radicalisation
    # with no group named are jihadi-inspired
    ("06/02/2017: Assailants smashed the windows of a mosque in Liege, Wallonia, Belgium, and sprayed anti-Muslim "
     "graffiti on its door.", "Anti-Muslim extremists"),
    ("10/03/2018: Arsonists set fire to a refugee shelter in Graz, Styria, Austria. Far-right slogans were found "
     "painted on a nearby wall.", "Right-wing extremists"),
    ("05/12/2017: A man beat a Roma teenager with a metal pipe in Sofia, Bulgaria. Police said the 31-year-old "
     "attacker held far-right views.", "Right-wing extremists"),
    ("03/22/2018: An explosive device detonated at a bank branch in Cordoba, Argentina. A communique signed by an "
     "anarchist group was later posted online claiming the attack.", "Anarchists"),
    ('09/14/2017: A man stabbed a police officer in Brussels, Belgium, shouting "Allahu Akbar". Prosecutors said he '
     "had been radicalised online.", "Jihadi-inspired extremists"),
])
def test_round_123_causes(extract, text, actor):
    assert _attack(extract, text)["attribution"]["actor"] == actor


def test_round_123_claims_and_sides(extract):
    # (round 123) a movement's own "claimed they had killed" claims; its "said they had killed the
    # commander behind it" does not; a police chief who escaped unharmed was the target; the NAF of
    # Ukraine's notes is Novorossiya's, Nigeria's is its air force
    claimed = _attack(extract, "05/03/2021: Taliban fighters overran a checkpoint in Ghormach, Faryab, Afghanistan. "
                               "Officials said six soldiers were killed; the Taliban claimed they had killed 11.")
    assert claimed["attribution"]["status"] == "claimed" and claimed["attribution"]["actor"] == "Taliban"
    behind = extract("06/11/2022: A bomb exploded at a market in Herat, Afghanistan, killing six. No group claimed "
                     "responsibility. The Taliban claimed they had killed the IS-K commander behind the attack.")
    assert all(e["attribution"]["status"] != "claimed" for e in behind)
    chief = _attack(extract, "03/09/2017: A bomb planted under the car of a district governor exploded in Aghdam, "
                             "Azerbaijan. The district governor escaped unharmed but his bodyguard was injured.")
    assert chief["actors"] == []
    ukraine = _attack(extract, "On 2 May 2020, NAF fired 120mm mortars at Ukrainian positions near Avdiivka, Donetsk.")
    assert [a["name"] for a in ukraine["actors"]] == ["NAF: United Armed Forces of Novorossiya"]
    nigeria = _attack(extract, "On 2 May 2020, NAF jets bombed a bandit camp in the Kuyambana forest (Maru, Zamfara).")
    assert "Military Forces of Nigeria" in [a["name"] for a in nigeria["actors"]]


def test_round_123_readings(extract):
    # (round 123) an explosive charge is a bomb; a bomber who set it off and killed himself is a
    # suicide attack; a fight that is only "confronting each other" between police and armed men
    # is a clash; protesters "removed by police" met force; herders fight armed unless the text
    # names sticks or blades
    charge = _attack(extract, "03/05/2017: An explosive charge damaged an oil pipeline near Saravena, Arauca, Colombia.")
    assert "explosives" in charge["modes"]
    assert "suicide-attack" in _attack(extract, "08/02/2016: A man set off explosives in a bank lobby in Xiamen, Fujian, "
                                                "China, killing himself and injuring four customers.")["modes"]
    assert _told(extract, "On 4 May 2020, in Apatzingan, Michoacan, state police and gunmen of a cartel confronted each "
                          "other. One gunman was killed.") == ["Armed clash"]
    assert _told(extract, "On 6 May 2020, in Culiacan, Sinaloa, teachers blocking a road in protest over unpaid wages "
                          "were removed by state police. [size=no report]") == ["Protest with intervention"]
    assert _told(extract, "On 7 May 2020, farmers and herders clashed over a grazing field near Mongo (Guera). Four "
                          "people were killed.") == ["Armed clash"]
    assert _told(extract, "On 7 May 2020, farmers and herders clashed with sticks and machetes near Mongo (Guera). Two "
                          "people were killed.") == ["Mob violence"]


@pytest.mark.parametrize("text, name, admin1, country", [
    # (round 123) a province whose name holds the country's; an area of a town; the last word of a
    # village we do not know; a namesake far from the town it is told against; a Levantine "Kfar"
    # joined to its name; a province NER took for an organisation still places a town near it
    ("10/02/2017: A grenade exploded outside a cafe in Travnik, Federation of Bosnia and Herzegovina, "
     "Bosnia-Herzegovina.", "Travnik", "Federation of Bosnia and Herzegovina", "BA"),
    ("On 8 May 2020, shells fired by LNA forces hit houses in the Abu Salim area of Tripoli, killing a man.",
     None, "Tripoli", "LY"),
    ("On 2 May 2020, SDF arrested three men in Hussein Jazira village in eastern Deir ez Zor countryside.",
     None, "Deir ez-Zor", "SY"),
    ("On 3 May 2020, NAF fired mortars at Ukrainian positions near Vodiane, east of Mariupol.",
     "Mariupol", "Donetsk", "UA"),
    ("On 4 May 2020, Israeli forces fired machine guns at shepherds on the outskirts of Kfarkela (Marjayoun, Nabatiye).",
     "Kfar Kila", "Nabatiye", "LB"),
    ("On 5 May 2020, an IED hit a car in the town of Ash Shajarah in the Yarmouk Basin, western Dar'a.",
     "Ash Shajarah", "Dar'a", "SY"),
    ("04/02/2017: Gunmen fired on a border post near Zaqatala, Azerbaijan.", None, "Zaqatala", "AZ"),
])
def test_round_123_places(extract, text, name, admin1, country):
    location = _read(extract(text, published="2020-06-01"))[0]["location"]
    assert (location["country"], location["admin1"]) == (country, admin1)
    if name:
        assert location["name"] == name


@pytest.mark.parametrize("text, killed, injured", [
    # (round 124) kin sharing one "his"; the attackers among the dead told after the toll; a toll
    # revised; a victim who survived two words of wounds
    ("03/11/2017: A man stabbed his wife and daughter to death in Vitoria, Espirito Santo, Brazil.", 2, None),
    ("A gunman shot dead his father and brother in Peshawar on Sunday.", 2, None),
    ("Militants stormed a hotel in Kabul. At least 19 people were killed, three gunmen among them, and 25 were injured.",
     16, 25),
    ("Gunmen raided villages near Bankass, Mali. Officials initially reported 60 dead but later revised the toll to 41.",
     41, None),
    ("05/02/2018: Assailants attacked an imam in Sylhet, Bangladesh. The imam survived with severe stab wounds.", None, 1),
])
def test_round_124_tolls(extract, text, killed, injured):
    event = _attack(extract, text)
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_round_124_readings(extract):
    # (round 124) a church burned is arson; a bomb made safe was disrupted; a capture claimed and
    # repelled is a clash; a cause's extremists suspected in lower case; "formally" claims nothing
    assert _attack(extract, "09/03/2017: Unknown assailants burned a Catholic church in Ercilla, Araucania, Chile.")
    assert _told(extract, "On 6 May 2020, a pipe bomb was found near a school in Newry (Down). Army technical officers made "
                          "the device safe.") == ["Disrupted weapons use"]
    assert _told(extract, "On 7 May 2020, Al Shabaab attacked an SNA base near Afgooye (Afgooye, Lower Shabelle). Al "
                          "Shabaab claimed to have overrun the base; the army said it repelled the attack.") == ["Armed clash"]
    suspected = _attack(extract, "06/04/2017: Assailants set fire to a mosque in Bregenz, Vorarlberg, Austria. No group "
                                 "claimed responsibility, but right-wing extremists were suspected.")
    assert suspected["attribution"] == {"status": "suspected", "actor": "Right-wing extremists", "text": "were suspected"}
    formally = _attack(extract, "06/04/2017: Assailants set fire to a forestry truck in Collipulli, Araucania, Chile. No "
                                "group formally claimed responsibility.")
    assert formally["attribution"]["status"] == "unclaimed"


@pytest.mark.parametrize("text, name, country", [
    # (round 124) a town whose name has "dos"; a country with "d'"; Chile's Bio-Bio as GTD spells it;
    # the Jordan Valley of the West Bank
    ("On 5 May 2020, in Campos dos Goytacazes, Rio de Janeiro, police shot dead two suspects.",
     "Campos dos Goytacazes", "BR"),
    ("Cote d'Ivoire: gunmen attack gendarmerie post near Burkina border", "Côte d'Ivoire", "CI"),
    ("08/02/2018: Assailants burned two trucks in Canete, Bio-Bio, Chile.", "Cañete", "CL"),
    ("On 6 May 2020, Israeli settlers attacked Palestinian shepherds in the Jordan Valley.", "Jordan Valley", "PS"),
])
def test_round_124_places(extract, text, name, country):
    location = _read(extract(text, published="2020-06-01"))[0]["location"]
    assert (location["name"], location["country"]) == (name, country)


def test_review_112_mends(extract):
    # Near misses of round 123's rules: a raid on the mastermind later is no claim; views doubted,
    # victims' slogans, a far-right radicalisation and a denied cry suspect no cause; an official
    # removed by the army years ago is no intervention; students who confront each other brawl;
    # fighters who survived an airstrike were its targets; herders with bows fight as a mob
    later = _attack(extract, "03/02/2021: A bomb exploded at a shrine in Herat, Afghanistan, killing four. The Taliban "
                             "claimed they had killed the mastermind of the bombing in a raid days later.")
    assert later["attribution"]["status"] != "claimed"
    for text in ("05/12/2017: A man beat a migrant in Ruse, Bulgaria. Police said there was no evidence the attacker "
                 "held far-right views.",
                 "05/12/2017: A gunman fired at a rally in Patras, Greece, wounding two. The victims belonged to a group "
                 "that had sprayed left-wing slogans on a bank.",
                 "05/12/2017: A man stabbed a woman in Graz, Austria. Prosecutors said he was not radicalised, and "
                 "witnesses said he did not shout 'Allahu Akbar'."):
        assert _attack(extract, text)["attribution"]["status"] != "suspected", text
    # (review 113) a radicalisation by a cause's material names that cause, not a jihadist one
    far_right = _attack(extract, "05/12/2017: A man stabbed two people in Bremen, Germany. Police said he had been "
                                 "radicalised by far-right material online.")
    assert far_right["attribution"]["actor"] == "Right-wing extremists"
    assert _told(extract, "On 6 May 2020, residents held a sit-in in Kassala demanding the return of a governor who was "
                          "removed by the army in 2019. [size=no report]") == ["Peaceful protest"]
    assert _told(extract, "On 7 May 2020, rival student groups confronted each other at Rajshahi University; police "
                          "separated them.") == ["Mob violence"]
    strike = _attack(extract, "On 4 May 2020, military aircraft bombed an al-Shabaab camp near Bu'aale (Middle Juba). "
                              "Al-Shabaab fighters survived the airstrike, residents said.")
    assert "Al Shabaab" not in [a["name"] for a in strike["actors"]]
    assert _told(extract, "On 8 May 2020, farmers and herders clashed with bows and arrows near Mao (Kanem). Three "
                          "people were killed.") == ["Mob violence"]


@pytest.mark.parametrize("text, killed, injured", [
    # (round 125, review 113) a possessive before a figure; a degree before the verb of a pair;
    # kin with "his" twice or "-in-law"; a blade on kin kills only "to death"; a claim of
    # "several" killed is no figure
    ("03/05/2017: Gunmen fired on a house in Kaga Bandoro, CAR, killing a man and wounding his two sons.", 1, 2),
    ("02/01/2018: A grenade exploded at a market in Kandal, Cambodia. The vendor and her husband were slightly injured.",
     None, 2),
    ("04/02/2018: A man stabbed his mother and his brother to death in Kazan, Russia.", 2, None),
    ("A man beat his wife and son with a pipe in Kano; both were taken to hospital.", None, None),
    ("06/02/2021: An explosive device hit an AMISOM convoy near Qoryooley, Lower Shabelle, Somalia. Two soldiers were "
     "injured. Al-Shabaab claimed responsibility, saying several soldiers had been killed.", None, 2),
])
def test_round_125_tolls(extract, text, killed, injured):
    event = _attack(extract, text)
    assert ((event["killed"] or {}).get("low"), (event["injured"] or {}).get("low")) == (killed, injured)


def test_round_125_readings(extract):
    # (round 125, review 113) a group's own man or holding of hostages claims; "no one took
    # responsibility" is no claim of the group blamed after; mediators and a border's country
    # are no side; survivors of a strike are struck; a bomb "was made safe"; a motive is no
    # deed; "he was later sentenced" leaves the arrest news
    said = _attack(extract, "06/02/2021: A bomb exploded in Beledweyne, Hiraan, Somalia. Al-Shabaab later said one of "
                            "its fighters carried out the bombing.")
    assert said["attribution"]["status"] == "claimed"
    holding = _attack(extract, "06/02/2021: ELN militants abducted two engineers in Saravena, Arauca, Colombia. The ELN "
                               "acknowledged holding the hostages.")
    assert holding["attribution"]["status"] == "claimed"
    nobody = _attack(extract, "03/04/2021: A car bomb exploded in Azaz, Aleppo, Syria, killing four. No one took "
                              "responsibility for the blast, which officials attributed to the PKK.")
    assert nobody["attribution"]["status"] == "suspected"
    released = _attack(extract, "03/04/2021: Gunmen abducted two traders near Galkayo, Mudug, Somalia. The hostages "
                                "were released a week later after negotiations by elders.")
    assert all(a["name"].startswith("Unidentified") for a in released["actors"])
    border = _attack(extract, "04/02/2017: Armed men hijacked a bus near Guayaramerin, Beni, Bolivia, and drove it "
                              "toward the Brazilian border.")
    assert all(a["name"].startswith("Unidentified") for a in border["actors"])
    strike = _attack(extract, "On 4 May 2020, military aircraft bombed a militant camp near Jilib (Middle Juba). Two "
                              "fighters survived the airstrike, residents said.")
    assert [a["name"] for a in strike["actors"]] == ["Military Forces of Somalia"]
    assert _told(extract, "On 5 May 2020, a pipe bomb found outside a school in Omagh (Tyrone) was made safe by army "
                          "technical officers.") == ["Disrupted weapons use"]
    motive = _attack(extract, "12/21/2017: A man drove a car into pedestrians in Perth, Western Australia, Australia, "
                              "injuring nine. Police arrested the driver, who said he wanted to kill tourists.")
    assert motive["actors"] == []
    assert _told(extract, "On 12 May 2020, police in Gomel arrested an opposition blogger at his home; he was later "
                          "sentenced to 10 days of detention.") == ["Arrests"]
    assert _told(extract, "On 6 May 2020, two candidates confronted each other in a televised debate in Lagos.") == []


@pytest.mark.parametrize("text, name, admin1, country", [
    # (round 125) Persian "wa" joins a district's name; a town told as a wounded's destination is
    # not the place; a name spelt as no town of the province in brackets is its town of those
    # consonants; the capital dotted I of an all-capitals headline
    ("09/02/2017: Assailants attacked a police post in Khost wa Firing, Baghlan, Afghanistan.",
     "Khost wa Firing", "Baghlan", "AF"),
    ("06/02/2021: An explosive device hit a convoy near Mpeketoni, Lamu, Kenya. Three soldiers were injured and "
     "airlifted to Nairobi.", None, "Lamu", "KE"),
    ("On 6 May 2020, LNA forces shelled GNA positions near Sokna (Al Jufrah).", "Suknah", "Al Jufrah", "LY"),
])
def test_round_125_places(extract, text, name, admin1, country):
    location = _read(extract(text, published="2020-06-01"))[0]["location"]
    assert (location["admin1"], location["country"]) == (admin1, country)
    if name:
        assert location["name"] == name


def test_review_114_mends(extract):
    # Near misses of round 125's rules: a claim that came after all; a day's attack pointed to as
    # proof suspects nobody; armed men who confront each other near a parliament still clash; the
    # town "near the town of" beats a route's other end
    later = _attack(extract, "A bomb exploded at a market in Turbat, killing three. No one took responsibility at "
                             "first, but the Baloch Liberation Army claimed it later.")
    assert later["attribution"]["status"] == "claimed"
    proof = _attack(extract, "A bomb exploded in Beni, killing two. The mayor pointed to Monday's attack as proof that "
                             "the army had failed to protect the town.")
    assert proof["attribution"]["status"] != "suspected"
    assert _told(extract, "On 5 May 2020, militiamen loyal to two commanders confronted each other near the parliament "
                          "building in Tripoli, leaving two dead.") == ["Armed clash"]
    route = _attack(extract, "03/02/2021: A roadside bomb struck a bus travelling between Garowe and Burtinle, Nugaal, "
                             "Somalia, near the town of Burtinle. Two passengers were killed.")
    assert route["location"]["name"] == "Burtinle"


def test_round_126_readings(extract):
    # (round 126) "claimed an attack on"; a victim's name in apposition; a sum is no toll; "an
    # encounter took place between" is a clash
    claim = _attack(extract, "04/03/2021: Ansarul Islam claimed an attack on a gendarmerie post near Djibo, Soum, "
                             "Burkina Faso.")
    assert claim["attribution"]["status"] == "claimed"
    governor = _attack(extract, "05/02/2021: A bomb exploded under the district governor's car in Dand, Kandahar, "
                                "Afghanistan. The governor, Mohammad Nabi, was killed.")
    assert governor["killed"]["low"] == 1
    reward = _attack(extract, "On 4 May 2020, police shot dead a Maoist in Gumla (Jharkhand). The Maoist, carrying a "
                              "reward of Rs 5 lakh, was killed in the forest.")
    assert (reward["killed"] or {}).get("low") != 5
    assert _told(extract, "On 4 May 2020, an encounter took place between CRPF personnel and Maoists near Bijapur "
                          "(Bijapur, Chhattisgarh). One Maoist was killed.") == ["Armed clash"]


@pytest.mark.parametrize("text, country", [
    # (round 126) a nationality or a country before a force's name is whose, not where; the Arabic
    # head of a longer name is no town of its own
    ("On 3 May 2020, a Turkish drone struck a vehicle near Tal Tamr in Al-Hasakeh, killing two QSD fighters.", "SY"),
    ("On 4 May 2020, US AFRICOM conducted an air strike against Al Shabaab near Jilib (Jilib, Middle Juba).", "SO"),
    ("On 4 May 2020, SDF arrested two men in Abu Hamam [Abu Hammam] in Deir ez Zor countryside.", "SY"),
])
def test_round_126_places(extract, text, country):
    assert _read(extract(text, published="2020-06-01"))[0]["location"]["country"] == country


def test_round_126_chain_with_compass(extract):
    # "Jillin, western Daraa countryside, Syria": the province of the chain, after its compass word
    event = _attack(extract, "04/03/2021: Assailants shot and killed a former rebel commander in Nahta, western Daraa "
                             "countryside, Syria.")
    assert event["location"]["admin1"] in ("Daraa", "Dar'a")


def test_review_115_mends(extract):
    # Near misses of round 126's rules: a later "claimed it was the work of" or "claimed it had
    # nothing to do with" is no claim; a government's "claimed an attack ... was carried out by"
    # neither; "claimed a suicide attack on" is one; debates of any adjectives and fans' encounters
    # are no clashes
    for text in ("A bomb exploded in Gao, killing two. No one took responsibility, but the army claimed it was the "
                 "work of JNIM.",
                 "A bomb exploded in Gao, killing two. No one has claimed responsibility, though JNIM claimed it had "
                 "nothing to do with the blast.",
                 "The government claimed an attack on a mosque in Kano was carried out by Boko Haram."):
        assert all(e["attribution"]["status"] != "claimed" for e in extract(text)), text
    assert _attack(extract, "The Taliban claimed a suicide attack on a base in Helmand."
                   )["attribution"]["status"] == "claimed"
    assert _told(extract, "On 6 May 2020, two MPs confronted each other during a heated parliamentary debate in "
                          "Tripoli.") == []
    assert "Armed clash" not in _told(extract, "On 6 May 2020, an encounter took place between fans of rival clubs "
                                               "after the match in Srinagar.")


def test_round_126_district_seat(extract):
    # A district GeoNames files no town under sits at its seat town spelt as one word ("Ceel Dheer"
    # district, the town of Ceeldheer), not at its province's point.
    location = _attack(extract, "On 3 May 2020, Al Shabaab militants attacked an SNA base near Mareeg (Ceel Dheer, "
                                "Galgaduud).")["location"]
    assert abs(location["lat"] - 3.85) < 0.1 and abs(location["lon"] - 47.18) < 0.1


def test_acled_spells_suqutra(extract):
    # ACLED's name of Yemen's Socotra governorate
    event = _read(extract("On 4 May 2020, STC forces clashed with pro-Hadi forces in Hadibu (Suqutra).",
                          published="2020-06-01"))[0]
    assert event["location"]["admin1"] == "Suqutra"
