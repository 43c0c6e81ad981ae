import pytest

from sitrep.extraction.casualties import find_counts


def _figures(text):
    return [(h.kind, h.low, h.high) for h in find_counts(text)]


@pytest.mark.parametrize("text, expected", [
    ("46 people were killed in Homs on Sunday.", [("killed", 46, 46)]),
    # A list after the figure says who they were; it adds nobody.
    ("Two villagers, a herder and a retired teacher, were killed.", [("killed", 2, 2)]),
    ("Three people, a man, a woman and a child, were killed.", [("killed", 3, 3)]),
    ("Three people, a woman and her two children, were killed.", [("killed", 3, 3)]),
    ("Four people, two women and two children, were wounded.", [("injured", 4, 4)]),
    ("Five people, three women and two children, and a soldier were killed.", [("killed", 6, 6)]),
    # (but soldiers are not a policeman, nor civilians a soldier)
    ("Two soldiers, a policeman and a civilian were killed.", [("killed", 4, 4)]),
    ("Two civilians, one soldier and one policeman were killed.", [("killed", 4, 4)]),
    ("more than 100 injured bystanders stumbled through the streets", [("injured", 100, None)]),
    ("Massive Suicide Attack Kills 46 In Homs", [("killed", 46, 46)]),
    ("The group killed 26 people in Homs.", [("killed", 26, 26)]),
    ("At least eight people, including a police commander were killed.", [("killed", 8, None)]),
    ("Forty-six people were beheaded and killed and two others were injured.",
     [("killed", 46, 46), ("injured", 2, 2)]),
    ("One person was killed and four others wounded.", [("killed", 1, 1), ("injured", 4, 4)]),
    # "shot and killed" after its subject; a relative clause between subject and verb.
    ("One guard was shot and killed at the gate.", [("killed", 1, 1)]),
    ("One driver who refused was shot and killed.", [("killed", 1, 1)]),
    ("Four of the miners, who were identified as foreigners, were killed.", [("killed", 4, 4)]),
    # Two people with their own article are two; "to death" and "gunned down" take lists too.
    ("Gunmen killed a policeman and a soldier in Quetta.", [("killed", 2, 2)]),
    # A figure before a comma is not always a group of the toll.
    ("Five people, two of them children, were killed.", [("killed", 5, 5)]),
    ("Over the past 24 hours, 12 people were killed.", [("killed", 12, 12)]),
    ("Of the 30 passengers, 12 were killed.", [("killed", 12, 12)]),
    ("Of the 40 passengers, 12 people were killed.", [("killed", 12, 12)]),
    ("Twelve villagers who lost their homes in the floods were killed.", [("killed", 12, 12)]),
    ("The injury toll reached 60, while 12 people were killed.", [("killed", 12, 12)]),
    # "lost their lives" ends a group; a toll "reached" a figure; "decapitating" kills.
    ("23 people lost their lives and 45 were injured.", [("killed", 23, 23), ("injured", 45, 45)]),
    ("The death toll reached 26 on Monday.", [("killed", 26, 26)]),
    ("Militants raided the village, decapitating 3 men.", [("killed", 3, 3)]),
    ("In a continuation of the attacks, 12 hostages were executed.", [("killed", 12, 12)]),
    ("Attackers hacked to death a village imam and a school volunteer.", [("killed", 2, 2)]),
    ("Two soldiers and three civilians were killed.", [("killed", 5, 5)]),
    ("Dozens of people were killed.", [("killed", 12, None)]),
    ("Several villagers were wounded.", [("injured", 3, None)]),
    ("Between 10 and 15 people died.", [("killed", 10, 15)]),
    # Headlines drop articles and use the present tense.
    ("Rebels kill ranger in park ambush", [("killed", 1, 1)]),
    ("Constable killed in Srinagar", [("killed", 1, 1)]),
    ("Tribal elder gunned down in Kurram", [("killed", 1, 1)]),
    ("Gunmen gun down councillor outside mosque", [("killed", 1, 1)]),
    ("Blogger hacked to death in Sylhet", [("killed", 1, 1)]),
    ("Jihadists behead 7 in northern village", [("killed", 7, 7)]),
    ("Militants shoot dead three guards", [("killed", 3, 3)]),
    ("Two Border Guard Police members killed in ambush", [("killed", 2, 2)]),
    ("Toll in Garissa bus attack rises to 6", [("killed", 6, 6)]),
    ("Toll in Manila rises to 40 pesos", []),
    ("Half a dozen police killed in ambush", [("killed", 6, 6)]),
    ("Two dozen villagers were killed.", [("killed", 24, 24)]),
    ("Chadian troops lose 12 soldiers in raid", [("killed", 12, 12)]),
    ("A deacon had his throat slit outside the church.", [("killed", 1, 1)]),
    ("Two monks had their throats cut.", [("killed", 2, 2)]),
    ("A man stabbed a gendarme at the station.", [("struck", 1, 1)]),
    ("A man stabbed a police officer and two soldiers near the tower.", [("struck", 3, 3)]),
    ("A teenager stabbed two Border Police officers at the gate.", [("struck", 2, 2)]),
    ("A man slashed two policewomen with a machete.", [("struck", 2, 2)]),
    # "among" joins a subset to the toll, it is no gap before the verb.
    ("Two Levies men among four killed in Balochistan blast", [("killed", 4, 4)]),
    ("Two off-duty soldiers among them were executed.", [("killed", 2, 2)]),
    ("The rubber tapper was killed.", [("killed", 1, 1)]),
    ("On 12 June a priest had his throat slit in his church.", [("killed", 1, 1)]),
    ("Gunmen killed a half dozen soldiers.", [("killed", 6, 6)]),
    ("The party lost 12 members who defected.", []),
    ("10 to 15 people died.", [("killed", 10, 15)]),
    ("A police officer was killed.", [("killed", 1, 1)]),
    ("the police officer was injured in the attack.", [("injured", 1, 1)]),
    ("At Least 10 Dead in New Congo Attack", [("killed", 10, None)]),
    ("killing at least 230 people and injuring more than 270", [("killed", 230, None), ("injured", 270, None)]),
    ("Unknown fatalities coded as 10.", [("killed", 10, 10)]),
    ("Total fatalities coded to 10.", [("killed", 10, 10)]),
    ("On 7 May 2020, the air force targeted an IS hideout and killed 1 IS militant.", [("killed", 1, 1)]),
    ("At least 170 people were killed near the gate, including 13 US service members, and more than "
     "150 others were wounded.", [("killed", 170, None), ("injured", 150, None)]),
    ("At least seven people, including police officers and civilians were killed.", [("killed", 7, None)]),
    ("Al-Abbasi, a farmer and former fighter, was killed in the attack.", [("killed", 1, 1)]),
    ("Security forces opened fire, killing the driver and injuring his wife.", [("killed", 1, 1), ("injured", 1, 1)]),
    ("Police fired on demonstrators, leading to death of one demonstrator.", [("killed", 1, 1)]),
    ("Two men on a motorcycle executed two young men.", [("killed", 2, 2)]),
    ("A gunman killed 3 people and wounded 11 others.", [("killed", 3, 3), ("injured", 11, 11)]),
    ("One gunman killed 39 people in the nightclub.", [("killed", 39, 39)]),
    ("The attack resulted in the death of 2 people and the wounding of 5 others.",
     [("killed", 2, 2), ("injured", 5, 5)]),
    ("The guard and the assailant were injured in the attack.", [("injured", 2, 2)]),
    ("Nivyabandi, the minister, and his wife were injured.", [("injured", 2, 2)]),
    # Groups after a verb are summed like groups before it; a nationality ending in "an" is no "an".
    ("Gunmen killed two soldiers and three civilians.", [("killed", 5, 5)]),
    ("The blast killed four traders and a child.", [("killed", 5, 5)]),
    ("Bandits stopped the bus, killing a driver and two passengers.", [("killed", 3, 3)]),
    ("Two Afghan soldiers and three Taliban fighters were killed.", [("killed", 5, 5)]),
    ("Gunmen killed 3 people and a day later burned the church.", [("killed", 3, 3)]),
    ("Gunmen killed 3 people and an unknown number of cattle.", [("killed", 3, 3)]),
    # One man told twice is not two.
    ("Gunmen injured a local councillor and a former militia leader at his home.", [("injured", 1, 1)]),
    ("Raiders fired on the car, killing all four occupants.", [("killed", 4, 4)]),
    ("Gunmen shot two herders, killing both.", [("killed", 2, 2)]),
    ("Both guards were injured.", [("injured", 2, 2)]),
    ("His daughter was injured in the blast.", [("injured", 1, 1)]),
    ("Gunmen killed a 12-year-old boy.", [("killed", 1, 1)]),
    ("Two 14-year-old girls were killed.", [("killed", 2, 2)]),
    ("Fatalities unknown (coded as 3).", [("killed", 3, 3)]),
    # The agent after "by" is nobody killed.
    ("Soldiers killed by Boko Haram near the lake.", []),
    # Lists of victims with and without figures; an aside says who they were.
    ("A driver, two traders, and a nurse were killed.", [("killed", 4, 4)]),
    ("At least 31 people, many of them herders, were killed.", [("killed", 31, None)]),
    ("Twenty people, including traders, two police officers and a nurse, were injured.", [("injured", 20, 20)]),
    # "no one" is nobody.
    ("Assailants fired on the convoy, but no one was hurt.", []),
    ("Nobody was injured.", []),
    ("Troops neutralized four militants.", [("killed", 4, 4)]),
    ("Assailants hacked to death a blogger.", [("killed", 1, 1)]),
    ("Her body was found two days later.", [("killed", 1, 1)]),
    # A figure is the subject of its own verb, not of a later clause's.
    ("A gunman opened fire, killing 9 people and wounding 12 before he was shot by police.",
     [("killed", 9, 9), ("injured", 12, 12)]),
    ("The blast wounded more than a hundred people.", [("injured", 100, None)]),
    # Toll updates as headlines and bodies write them.
    ("Beledweyne blast toll rises to 20", [("killed", 20, 20)]),
    ("One victim was killed and the other was injured.", [("killed", 1, 1), ("injured", 1, 1)]),
    ("The bodies of four of the hostages were found.", [("killed", 4, 4)]),
    ("Gunmen attacked the village, beheading eight villagers.", [("killed", 8, 8)]),
    ("Eighty students were hospitalized.", [("injured", 80, 80)]),
    ("One man who picked up the device was killed.", [("killed", 1, 1)]),
    ("Two car bombs killed 12 people.", [("killed", 12, 12)]),
    ("Gunmen raided the market, killing 26 people, witnesses and a doctor said.", [("killed", 26, 26)]),
    ("Market shooting: death toll 7", [("killed", 7, 7)]),
    ("The death toll from the blast rose to 12.", [("killed", 12, 12)]),
    ("Militants hacked to death 14 villagers.", [("killed", 14, 14)]),
    ("Attackers threw petrol bombs at a bus, burning six passengers to death.", [("killed", 6, 6)]),
    ("An unknown number of fatalities (coded as 10).", [("killed", 10, 10)]),
])
def test_figures(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "Gunmen killed an unknown number of civilians.",
    "A car bomb exploded near the market.",
    "The 19 year old man was arrested.",
    "Two car bombs hit the city center.",
])
def test_no_figure(text):
    assert [h for h in find_counts(text) if h.kind == "killed" and not h.attackers] == []


def test_attackers_are_flagged():
    hits = find_counts("Security forces shot and killed the assailant.")
    assert [(h.low, h.attackers) for h in hits] == [(1, True)]
    hits = find_counts("Five attackers were also killed in the attack.")
    assert [(h.low, h.attackers) for h in hits] == [(5, True)]


def test_additional_deaths_are_flagged():
    [hit] = find_counts("Carreno's driver was also killed in the attack.")
    assert (hit.low, hit.additional) == (1, True)
    [hit] = find_counts("There were no casualties aside from the death of the assailant.")
    assert (hit.low, hit.attackers) == (1, True)


def test_offsets_are_document_offsets():
    [hit] = find_counts("Then 46 people were killed.", base=100)
    assert (hit.start, hit.end) == (105, 126)


@pytest.mark.parametrize("document, sentence, shares", [
    ("This was one of three related attacks in the area. At least 31 people were killed across the attacks.",
     "At least 31 people were killed across the attacks.", 3),
    ("This was one of six coordinated attacks. At least 60 people were killed across the two raids on Mocimboa.",
     "At least 60 people were killed across the two raids on Mocimboa.", 2),
    ("52 fighters were killed. Fatalities split between 2 events.", "52 fighters were killed.", 2),
    # A total with no statement that it spans linked events is the event's own.
    ("At least 30 people were killed across the city.", "At least 30 people were killed across the city.", 1),
    ("Police said 12 were killed across the three attacks.", "Police said 12 were killed across the three attacks.", 1),
    ("Gunmen killed 12 across the attacks.", "Gunmen killed 12 across the attacks.", 1),
])
def test_toll_shares(document, sentence, shares):
    from sitrep.extraction.casualties import toll_shares

    assert toll_shares(document, sentence) == shares


def test_share_rounds_up():
    from sitrep.extraction.casualties import share
    from sitrep.models import Count

    assert share(Count(191, None, "x"), 5) == Count(39, None, "x")
    assert share(Count(4, 4, "x"), 8) == Count(1, 1, "x")


@pytest.mark.parametrize("text, killed, injured", [
    # Attackers and further groups told after the verb they share add to the figure.
    ("Five policemen were killed in the clash, along with seven assailants.", 12, 0),
    ("Three guards were killed, in addition to the bomber, and six others were wounded.", 4, 6),
    ("The guard was injured and the attacker was shot and killed by soldiers.", 1, 1),
    # "including the bomber" is inside the figure already.
    ("Nine people were killed, including the bomber.", 9, 0),
    ("6 fatalities including the attacker.", 6, 0),
    ("One officer was killed and another was injured.", 1, 1),
    ("Two students were killed before the gunman killed himself.", 3, 0),
    # A suicide bomber dies with the bomb, whatever verb the sentence last used.
    ("Four guards were injured, in addition to the bomber.", 1, 4),
    # People named or told by who they were, one each; an appositive is the same person again.
    ("Idris Bala and his cousin Sani were shot dead near the market.", 2, 0),
    ("Bandits killed the ward head, Garba Usman, and his three sons in the raid.", 4, 0),
    ("Lucas Moreno, the party secretary, and his driver were killed.", 2, 0),
    ("Gunmen killed a councillor, his wife and two guards at their home.", 4, 0),
    ("The blast killed a nurse and her son.", 2, 0),
    ("Two sisters, Amina and Zara Bello, were killed.", 2, 0),
    ("Reporters Tomas Ruiz and Elena Vidal were injured.", 0, 2),
    ("On Friday, Paolo Conti and Marco Neri were wounded.", 0, 2),
    ("The bomber killed himself and 11 soldiers.", 12, 0),  # (the bomber told apart, as an attacker)
    ("Deputy Sofia Lind was stabbed and wounded outside her office.", 0, 1),
    ("A grenade injured the governor.", 0, 1),
    # Attackers told with their number, before or beside the victims (GTD counts both).
    ("In addition to the three bombers, four guards were killed.", 7, 0),
    ("Five porters and the two gunmen were killed.", 7, 0),
    ("Two guards, in addition to the bomber, were killed.", 3, 0),
    # Attackers with no death, plans, places and durations are no figures.
    ("Police later arrested the driver along with three gunmen.", 0, 0),
    ("Gunmen threatened to execute 10 hostages.", 0, 0),
    ("Britain, France and Germany were hurt by the attacks on shipping.", 0, 0),
    ("The siege took 45 minutes.", 0, 0),
    # Names after a figure say who its people were; a further person adds one.
    ("Two policemen, Ahmed Musa and Ali Bello, and a civilian were killed.", 3, 0),
    ("Gunmen shot and killed the director of the hospital, Ana Ruiz, at her home.", 1, 0),
    ("The engineer's body was recovered from a river.", 1, 0),
    ("The body of the hostage was found near the road.", 1, 0),
])
def test_totals_with_further_groups(text, killed, injured):
    hits = find_counts(text)

    def total(kind):
        return sum(h.low for h in hits if h.kind == kind)
    assert (total("killed"), total("injured")) == (killed, injured)


def test_people_struck_are_told_apart_from_the_dead():
    hits = find_counts("A man stabbed five commuters at the station.")
    assert [(h.kind, h.low) for h in hits] == [("struck", 5)]
    assert find_counts("Gunmen shot dead three farmers.")[0].kind == "killed"


@pytest.mark.parametrize("text, killed, injured", [
    ("A man stabbed four shoppers at a mall in Tampere. Two of them died in hospital.", 2, 2),
    ("A gunman shot six people outside a club in Malmo, killing one.", 1, 5),
    ("A man stabbed three people on a tram in Graz.", None, 3),
])
def test_people_struck_and_not_dead_were_hurt(extract, text, killed, injured):
    """The pipeline works out the hurt from those struck less those said to have died."""
    (event,) = extract(text, published="2021-06-01")
    assert (event["killed"] or {}).get("low") == killed
    assert (event["injured"] or {}).get("low") == injured


@pytest.mark.parametrize("text, killed, high, injured", [
    # A later toll is the event's, with the injuries told before it.
    ("A bomb hit a bus depot in Jos, leaving 3 dead and 11 injured. Officials later raised the "
     "death toll to 5.", 5, 5, 11),
    ("A grenade exploded at a bar in Goma, killing 2. The toll has since risen to four.", 4, 4, None),
    ("A bomb exploded at a mosque in Jos, killing 6. Police later raised the toll to 8.", 8, 8, None),
    # Two sources, two figures: the lowest, with the highest as its upper bound.
    ("A bomb exploded in Baidoa. Police said seven people were killed, while doctors put the death "
     "toll at 11.", 7, 11, None),
])
def test_later_and_conflicting_tolls(extract, text, killed, high, injured):
    (event,) = extract(text, published="2021-06-01")
    assert (event["killed"]["low"], event["killed"]["high"]) == (killed, high)
    assert (event["injured"] or {}).get("low") == injured


def test_a_toll_of_prices_is_no_event(extract):
    assert extract("The motorway toll rose to 12 dollars on Monday.", published="2021-06-01") == []


def test_attackers_count_in_coded_incidents_not_in_prose(extract):
    """GTD and ACLED count everyone killed; news and encyclopedia rows give the victims' toll."""
    prose = ("Gunmen stormed a hotel in Mogadishu, killing 9 guests. Three of the attackers were "
             "also killed.")
    (event,) = extract(prose, published="2021-06-01")
    assert event["killed"]["low"] == 9
    (event,) = extract("06/01/2021: " + prose)
    assert event["killed"]["low"] == 12
    (event,) = extract("Attack: On 1 June 2021, gunmen stormed a hotel in Mogadishu, killing 9 "
                       "guests. Three of the attackers were also killed.")
    assert event["killed"]["low"] == 12  # a labelled ACLED note is a coded incident too
    # Attackers who are the only dead a report gives are its toll.
    (event,) = extract("Troops kill 15 militants in raid on Borno camp", published="2021-06-01")
    assert event["killed"]["low"] == 15


@pytest.mark.parametrize("text, killed", [
    # The fate of those taken or attacked, told after: as many as there were.
    ("05/02/2021: Assailants abducted three farmers in Kaya, Centre-Nord, Burkina Faso. The hostages "
     "were found executed near the village on May 9, 2021.", 3),
    ("05/02/2021: Assailants attacked a trader and his two nephews in Tumaco, Narino, Colombia. The "
     "victims were shot and killed at the scene.", 3),
    ("05/02/2021: Assailants kidnapped four workers in Tumaco, Narino, Colombia. The hostages were "
     "released on May 9, 2021.", None),
    ("05/02/2021: Assailants kidnapped four workers in Tumaco, Narino, Colombia. The hostages were "
     "released on May 9, 2021, and none had been killed.", None),
    ("05/02/2021: Assailants abducted two farmers in Kaya, Centre-Nord, Burkina Faso. The hostages were "
     "shot dead on May 9, 2021.", 2),
    ("05/02/2021: Assailants abducted three traders in Jolo, Sulu, Philippines. Two hostages were released "
     "on 06/10/2021 after a ransom was paid; the third hostage was found dead on 06/20/2021.", 1),
    ("05/02/2021: An assailant drove a car into a crowd of marchers in Portland, Oregon, United States. Two "
     "protesters were struck; one died the following day, 05/03/2021, and the other was injured.", 1),
    ("05/02/2021: Assailants abducted a teacher in Kaya, Centre-Nord, Burkina Faso. The teacher's body "
     "was found on May 9, 2021.", 1),
])
def test_the_fate_of_hostages_is_the_kidnappings(extract, text, killed):
    events = [e for e in extract(text) if not e["background"]]
    assert len(events) == 1
    assert (events[0]["killed"] or {}).get("low") == killed


@pytest.mark.parametrize("text, killed", [
    # In prose, an attack's own perpetrators killed are no toll, even when nobody else died.
    ("Two men stabbed a priest in Lyon, wounding him. Both attackers were shot dead by police.", None),
    ("A bomber blew himself up at a gate in Kabul, injuring 9 people; he was the only one killed.", None),
    # ... but fighters killed are ("troops kill 15 militants"), and coded incidents count everyone.
    ("06/01/2021: A bomber blew himself up at a gate in Kabul, Afghanistan, injuring 9 people; he was "
     "the only one killed.", 1),
    ("Troops kill 12 gunmen in Zamfara", 12),
    ("Troops repelled an attack on their base in Borno, killing 20 attackers.", 20),
    ("A soldier was hit by sniper fire near Donetsk. He was the only one killed in the attack.", 1),
])
def test_perpetrators_in_prose_and_coded_incidents(extract, text, killed):
    (event,) = extract(text, published="2021-06-02")
    assert (event["killed"] or {}).get("low") == killed


@pytest.mark.parametrize("text, killed, injured", [
    # The attacker told first is counted in a coded incident.
    ("06/02/2022: A suicide bomber struck a market in Baidoa, Bay, Somalia. The bomber and six "
     "shoppers were killed.", 7, None),
    # A single victim with no number, and one named by a pronoun.
    ("06/02/2022: Gunmen ambushed a car in Quetta, Balochistan, Pakistan. The judge was killed and his "
     "guard was injured.", 1, 1),
    ("06/02/2022: Assailants shot a ward councillor in Kano, Kano, Nigeria, killing him and injuring his "
     "nephew.", 1, 1),
    # Known figures beside an unknown number are a floor.
    ("06/02/2022: Militants raided a base in Kidal, Kidal, Mali. Nine soldiers and an unknown number of "
     "assailants were killed.", 9, None),
    # The injured who later died move to the dead, in the same sentence or the next.
    ("06/02/2022: A bomb exploded at a bus station in Jos, Plateau, Nigeria. Three people were killed and "
     "11 injured; two of the injured later died.", 5, 9),
    ("06/02/2022: A bomb exploded at a bus station in Jos, Plateau, Nigeria. Three people were killed and "
     "11 were injured. Two of the injured later died in hospital.", 5, 9),
    # Treated for burns or smoke: hurt.
    ("06/02/2022: Assailants threw a firebomb into a shop in Lyon, Auvergne-Rhone-Alpes, France. Two "
     "employees were treated for smoke inhalation.", None, 2),
    # ACLED's singular closing toll; the gerund "shooting dead".
    ("On 2 June 2022, gunmen attacked a bus near Bunia (Irumu, Ituri). 1 fatality.", 1, None),
    ("Gunmen stormed a village, shooting dead 6 herders.", 6, None),
])
def test_more_casualty_phrasings(extract, text, killed, injured):
    events = [e for e in extract(text, published="2022-06-03") if e["event"] == "ASSAULT"]
    event = events[0]
    assert (event["killed"] or {}).get("low") == killed
    assert (event["injured"] or {}).get("low") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # Round eight of invented GTD summaries.
    ("06/15/2019: A bomb planted in a car exploded in Ataq, Shabwah, Yemen. The colonel and two of his "
     "bodyguards were killed.", 3, None),
    ("03/18/2021: Mortar rounds struck a market in Jowhar, Middle Shebelle, Somalia, killing a woman and "
     "her child and injuring four other people.", 2, 4),
    ("05/09/2021: Shells struck a street in Taiz, Taiz, Yemen, killing three children and injuring four "
     "adults. A fourth child, who had been pulled from the rubble, died in hospital.", 4, 4),
    ("02/08/2019: Assailants abducted 11 herders near Palmyra, Homs, Syria. Six of them were released. "
     "The bodies of the other five were found on February 15.", 5, None),
    ("03/15/2019: Assailants abducted a rancher, Pedro Gimenez, near Horqueta, Concepcion, Paraguay. "
     "Gimenez's body was found on April 28, 2019.", 1, None),
])
def test_round_eight_tolls(extract, text, killed, injured):
    events = extract(text)
    assert len(events) == 1
    assert (events[0]["killed"] or {}).get("low") == killed
    assert (events[0]["injured"] or {}).get("low") == injured


@pytest.mark.parametrize("text, kind, low", [
    ("Gunmen stormed the house, killing him and his wife.", "killed", 2),
    ("The blast hit the convoy, injuring him and three bodyguards.", "injured", 4),
    ("Gunmen shot the driver, nearly killing him.", "killed", None),
    ("The gunman fired at the minister without injuring him.", "injured", None),
    # "them" may be the dead: no move without "later" or a hospital
    ("Four people were killed and 12 injured; two of them died on the spot.", "killed", 4),
])
def test_pronoun_objects_and_those_who_died(text, kind, low):
    hits = [h for h in find_counts(text) if h.kind == kind and not h.additional]
    assert (max(h.low for h in hits) if hits else None) == low


@pytest.mark.parametrize("text, kind, low", [
    ("Assailants hacked to death the caretaker of a shrine in Sindh.", "killed", 1),
    ("Assailants set fire to a shop. The shop owner was injured.", "injured", 1),
])
def test_round_nine_single_victims(text, kind, low):
    assert [h.low for h in find_counts(text) if h.kind == kind] == [low]


def test_one_of_the_injured_soldiers_died(extract):
    [event] = extract("03/14/2019: A bomb exploded near a patrol outside Siirt, Siirt, Turkey. Two gendarmes were "
                      "killed and four others were injured; one of the injured gendarmes died of his wounds on 03/16/2019.")
    assert (event["killed"]["low"], event["injured"]["low"]) == (3, 3)


@pytest.mark.parametrize("text, killed, injured", [
    # A duration is no group of people; a wounded victim who later died moves to the dead.
    ("Militants stormed a hotel, killing at least 10 people; the siege lasted 12 hours and all five "
     "attackers were killed.", 10, None),
    ("A gunman opened fire in a cafe, killing a waiter and wounding a customer, who died in hospital "
     "two days later.", 2, 0),
])
def test_durations_and_later_deaths(extract, text, killed, injured):
    [event] = extract(text)
    assert (event["killed"] or {}).get("low") == killed and (event["injured"] or {}).get("low") == injured


def test_bodies_of_those_taken_count_them(extract):
    [event] = extract("02/19/2020: Assailants abducted eight civilians from Bula Burte, Hiiraan, Somalia. "
                      "The victims' bodies were found on 02/21/2020. No group claimed responsibility.")
    assert event["killed"]["low"] == 8


@pytest.mark.parametrize("text, killed, injured", [
    # Who the dead were, to the end of the sentence, adds nobody.
    ("A bomb hidden in a cart killed nine people at a cattle market, including four herders and two boys.", 9, None),
    ("Gunmen killed seven farmers, among them three women and a child, and wounded two others.", 7, 2),
    # Fatally wounded is killed; a victim struck who then died moves to the dead.
    ("An off-duty soldier was fatally wounded by gunmen at a bus stop.", 1, None),
    ("Gunmen shot a shopkeeper several times. He died in hospital.", 1, None),
    ("Militants killed three guards and injured a fourth. She later succumbed to her wounds.", 4, 0),
    ("A grenade killed two traders and injured eight. Another later succumbed.", 3, 7),
    ("Eleven passengers were injured; three later succumbed.", 3, 8),
    # Gerunds of killing verbs.
    ("Raiders stormed the settlement, massacring 17 villagers.", 17, None),
    # One person struck dead, named by a noun between the verb and "dead".
    ("Gunmen shot a village head dead near the market.", 1, None),
    ("Militants stabbed the school teacher to death.", 1, None),
    # A helper, or a victim's relative, hurt beside the dead.
    ("Gunmen shot the driver dead. His helper was wounded.", 1, 1),
    ("Gunmen shot a trader dead. The victim's wife was wounded.", 1, 1),
    # "sustained wounds", "a third was injured", "one of whom died".
    ("Gunmen stormed the post, killing two officers. Six others sustained wounds.", 2, 6),
    ("Two air force personnel sustained minor injuries in the drone attack.", None, 2),
    ("A mine killed two soldiers. A third was injured.", 2, 1),
    ("A man stabbed two people in a park, one of whom died.", 1, 1),
    ("The bomb injured five people, two of whom later died.", 2, 3),
    ("A bomb killed two people at the market and a third died later in hospital.", 3, None),
    # A headline's plural subject: "Explosives injure three".
    ("Drone-dropped explosives injure three in Aguililla", None, 3),
    # Shot but alive; a survivor is no further group; a road death is not the riot's.
    ("A police officer was gunned down in Salamanca on Monday but survived.", None, 1),
    ("Gunmen shot dead two police officers in Salamanca, and one survived.", 2, None),
    ("Angry locals set fire to a police vehicle in Biratnagar after a truck killed a student.", None, None),
    ("Gunmen riding a motorcycle killed a community leader in front of his shop in Yarumal.", 1, None),
])
def test_who_the_dead_were_and_later_deaths(extract, text, killed, injured):
    events = [e for e in extract(text, published="2023-03-02") if e["event"] == "ASSAULT"]
    assert (events[0]["killed"] or {}).get("low") == killed
    assert (events[0]["injured"] or {}).get("low") == injured


@pytest.mark.parametrize("text", [
    # (round 118) the one struck "who died", whatever struck them
    "On 2 February 2020, a mob in Bugiri town (Bugiri district) set ablaze a suspected motorcycle thief, who died on the spot.",
    "Gunmen shot a trader who later died in hospital in Kano.",
])
def test_the_one_struck_who_died(extract, text):
    [event] = [e for e in extract(text, published="2020-02-03") if e["event"] == "ASSAULT"]
    assert event["killed"]["low"] == 1 and event["injured"] is None


def test_succumbing_to_pressure_is_no_death(extract):
    assert extract("The minister succumbed to pressure and resigned.", published="2023-03-02") == []


def test_hurt_told_by_severity_add_up():
    hits = find_counts("A man stabbed three people at a mall, lightly injuring two and moderately injuring one.")
    assert [(h.low, h.additional) for h in hits if h.kind == "injured"] == [(2, False), (1, True)]
    # (not a toll and a death told apart)
    hits = find_counts("Gunmen opened fire, wounding two and killing one.")
    assert not any(h.additional for h in hits)
