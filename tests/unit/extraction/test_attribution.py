import pytest

from sitrep.extraction.actors import ActorLexicon
from sitrep.extraction.attribution import combine, find_attribution


@pytest.fixture(scope="module")
def lexicon():
    return ActorLexicon.load()


def _attribution(text, lexicon):
    actors = lexicon.find(text)
    attribution, named = combine(find_attribution(text, 0, actors))
    return attribution.status, [a.text for a in named]


@pytest.mark.parametrize("text, status, names", [
    ("Al-Shabaab claimed responsibility for the incident.", "claimed", ["Al-Shabaab"]),
    ("No group claimed responsibility for the incident.", "unclaimed", []),
    ("No group claimed responsibility; however, sources attributed the attack to the Taliban.",
     "suspected", ["Taliban"]),
    ("Although no one immediately claimed responsibility, ISIS is the likely culprit.", "suspected", ["ISIS"]),
    ("No group claimed responsibility; however, sources suspected that Fulani extremists were involved.",
     "suspected", ["Fulani extremists"]),
    ("Sources attributed the attack to Israeli settlers.", "suspected", ["Israeli settlers"]),
    ("A group calling itself Vulkangruppe claimed responsibility for the arson.", "claimed", ["Vulkangruppe"]),
    ("The Houthis denied any involvement in the attack.", "denied", ["Houthis"]),
    ("Gunmen killed five people in the market.", "unknown", []),
])
def test_attribution(text, status, names, lexicon):
    assert _attribution(text, lexicon) == (status, names)


@pytest.mark.parametrize("text, status, names", [
    ("A mob lynched two suspected cattle thieves.", "unknown", []),
    ("Police suspected Boko Haram of the attack.", "suspected", ["Boko Haram"]),
    ("ISIS is suspected.", "suspected", ["ISIS"]),
])
def test_suspicion_direction_and_adjectives(text, status, names, lexicon):
    assert _attribution(text, lexicon) == (status, names)


@pytest.mark.parametrize("text, status, actor", [
    ("Police later arrested John Doe, an unaffiliated anti-immigrant extremist, in connection "
     "with the shooting.", "suspected", "anti-immigrant extremist"),
    ("Officers detained a man suspected of being a far-right extremist.",
     "suspected", "far-right extremist"),
    ("Investigators identified the attacker as a neo-Nazi.", "suspected", "neo-Nazi"),
    ("Zapatista militants claimed responsibility in leaflets left nearby.", "claimed",
     "Zapatista militants"),
    # A name set off by commas, and a name of the form "<Nationality> People's Army".
    ("An anarchist cell, Fuoco Nero, claimed responsibility for the fire.", "claimed", "Fuoco Nero"),
    ("The Andean People's Army (APA) claimed responsibility for the ambush.", "claimed",
     "Andean People's Army (APA)"),
    ("Police linked the gunmen to the Red Dawn Brigade.", "suspected", "Red Dawn Brigade"),
    ("Nuclei Armati, a far-left cell, claimed responsibility for the attack.", "claimed", "Nuclei Armati"),
    ("Police suspected right-wing extremists of the arson.", "suspected", "right-wing extremists"),
    ("The assailant, an anti-abortion extremist, was arrested at the scene.", "suspected",
     "anti-abortion extremist"),
    # A group known only by its cause is named, as GTD does, by the cause's followers.
    ("An anarchist cell claimed responsibility for the arson.", "claimed", "Anarchists"),
    ("A Marxist group later claimed responsibility for the bombing.", "claimed", "Marxists"),
    ("Pamphlets signed by Frente Sur (FS) claiming responsibility were found.", "claimed", "Frente Sur (FS)"),
    ("Police suspected dissident republicans.", "suspected", "dissident republicans"),
    # A foreign name keeps its own lowercase words when it is the whole subject of the claim.
    ("Brigada Fuego del Sur claimed responsibility for the blaze.", "claimed", "Brigada Fuego del Sur"),
    ("Zelle Schwarzer Wald later claimed responsibility online.", "claimed", "Zelle Schwarzer Wald"),
    # What police stated the attackers were.
    ("No group claimed responsibility; however, police stated that the assailants were neo-Nazi extremists.",
     "suspected", "neo-Nazi extremists"),
])
def test_unlisted_suspects_and_claimants(text, status, actor):
    hits = [h for h in find_attribution(text, 0, []) if h.attribution.status == status]
    assert hits and hits[0].attribution.actor == actor


def test_a_faction_names_its_parent_group_too():
    actors = ActorLexicon.load()
    text = ("Nobody claimed the raid; however, residents attributed the killing to the Lake Chad "
            "faction (ISWAP) of Boko Haram.")
    [suspected] = [h for h in find_attribution(text, 0, actors.find(text)) if h.attribution.status == "suspected"]
    assert suspected.attribution.actor == "Islamic State West Africa Province"
    assert [a.name for a in suspected.others] == ["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]


def test_an_unnamed_suspect_is_an_unidentified_armed_group():
    text = ("No group claimed responsibility; however officials attributed the raid to an armed group "
            "from South Sudan (SS).")
    [suspected] = [h for h in find_attribution(text, 0, []) if h.attribution.status == "suspected"]
    assert suspected.attribution.actor == "Unidentified Armed Group (South Sudan)"
    assert suspected.actor.text == "armed group"


@pytest.mark.parametrize("text", [
    "In a statement, the ELN acknowledged that it was holding the two engineers.",
    "Al-Shabaab said its fighters had carried out the raid.",
    "The FARC dissidents claimed the kidnapping in a video.",
])
def test_claims_without_the_word_responsibility(lexicon, text):
    assert _attribution(text, lexicon)[0] == "claimed"


def test_a_denial_leaves_an_unclaimed_attack_unclaimed():
    text = "No group claimed responsibility; the Red Dawn Brigade denied any involvement."
    assert combine(find_attribution(text, 0, []))[0].status == "unclaimed"


def test_a_suspect_with_an_arabic_article(lexicon):
    assert _attribution("Sources suspected al-Shabaab of the ambush.", lexicon)[0] == "suspected"


@pytest.mark.parametrize("text, status, actor", [
    ("A statement claimed the attack on behalf of the group Red Hand Defence.", "claimed", "Red Hand Defence"),
    ("Posters left at the site by the CPI-Maoist called for a boycott.", "claimed",
     "CPI (Maoist): Communist Party of India (Maoist)"),
    ("Prosecutors said the suspect was a supporter of the Islamic State.", "suspected", "Islamic State"),
    ("Police later arrested two suspects the same evening.", None, None),
])
def test_round_eight_attribution(text, status, actor):
    hits = find_attribution(text, 0, ActorLexicon.load().find(text))
    if status is None:
        assert not [h for h in hits if h.attribution.status == "suspected"]
    else:
        assert hits and (hits[0].attribution.status, hits[0].attribution.actor) == (status, actor)


def test_generic_causes_name_no_group():
    [hit] = [h for h in find_attribution("A terrorist group claimed responsibility for the bombing.", 0, [])]
    assert hit.attribution.actor == "terrorist group"


def test_the_assailant_was_an_extremist():
    hits = find_attribution("Police said the assailant was an anti-Semitic extremist.", 0, [])
    assert [(h.attribution.status, h.attribution.actor) for h in hits] == [("suspected", "anti-Semitic extremist")]


def test_a_name_with_commas_goes_on_to_its_acronym():
    text = "Sources attributed the abduction to Return, Reclamation, Rehabilitation (3R)."
    hits = find_attribution(text, 0, ActorLexicon.load().find(text))
    assert hits[0].attribution.actor == "3R: Return Reclamation and Rehabilitation"


def test_a_named_doer_without_a_claim_is_suspected(extract):
    [event] = extract("03/02/2021: Boko Haram militants abducted nine loggers near Damboa, Borno, Nigeria. "
                      "No group claimed responsibility for the incident.")
    assert event["attribution"]["status"] == "suspected"


@pytest.mark.parametrize("sentence, actor", [
    # A group the lexicon lacks, named as the subject of "were suspected".
    ("Chechen rebels were suspected; no group claimed responsibility.", "Chechen rebels"),
    # The group followed by what it was doing, and after "remnants of".
    ("Officials suspected Chechen rebels sheltering in the nearby gorge.", "Chechen rebels"),
    ("Police suspected remnants of the Maute Group.", "Dawlah Islamiyah"),
    ("Authorities blamed the Black Hand for the incident.", "Black Hand"),
])
def test_round_28_suspects(lexicon, sentence, actor):
    attribution, _ = combine(find_attribution(sentence, 0, lexicon.find(sentence)))
    assert (attribution.status, attribution.actor) == ("suspected", actor)


@pytest.mark.parametrize("sentence", [
    # "suspected" as an adjective after the verb whose object it describes
    "Troops attacked suspected Chechen rebels sheltering in the Argun gorge.",
    "A suspected US drone strike targeted Al Shabaab militants near Saakow.",
])
def test_an_adjective_after_a_verb_is_no_suspicion(lexicon, sentence):
    attribution, _ = combine(find_attribution(sentence, 0, lexicon.find(sentence)))
    assert attribution.status != "suspected"


def test_a_note_left_by_the_body_claims_the_killing(extract):
    [event] = extract("05/08/2020: Assailants abducted a former village head from his home in Gadchiroli district, "
                      "Maharashtra, India. His body was found on May 12, 2020; a note left next to the body stated "
                      "that Maoists had killed him as a police informer.")
    assert event["attribution"]["status"] == "claimed"
    assert "Maoist" in event["attribution"]["actor"]
