"""Actor lexicon: aliases, case, longest match, state forces, unidentified groups, civilians."""

from __future__ import annotations

import csv
import functools
import time
from importlib import resources

import pycountry
import pytest

from sitrep.extraction.actors import KINDS, ActorLexicon, ActorMention
from sitrep.models import ACTOR_TYPES


@functools.cache
def lexicon() -> ActorLexicon:
    return ActorLexicon.load()


def found(text: str, hint: str | None = None) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.actor.name) for m in lexicon().find(text, country_hint=hint)]


def only(text: str, hint: str | None = None) -> ActorMention:
    mentions = lexicon().find(text, country_hint=hint)
    assert len(mentions) == 1, [(text[m.start:m.end], m.actor.name) for m in mentions]
    return mentions[0]


def rows(name: str) -> list[dict[str, str]]:
    with (resources.files("sitrep") / "data" / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# ------------------------------------------------------------------ the data files
def test_actors_csv_has_enough_valid_rows():
    data = rows("actors.csv")
    names = [r["name"] for r in data]
    codes = {r["country"] for r in rows("demonyms.csv")}
    assert len(data) >= 300
    assert len(names) == len(set(names))
    for r in data:
        assert r["type"] in ACTOR_TYPES and r["type"] not in ("Civilians", "Rioters", "Protesters")
        assert r["country"] == "" or r["country"] in codes, r
        assert r["parent"] == "" or r["parent"] in names, r


def test_demonyms_cover_every_country():
    codes = {r["country"] for r in rows("demonyms.csv")}
    assert codes == {c.alpha_2 for c in pycountry.countries} | {"XK", "PS"}
    assert all(r["name"] and r["adjectives"] for r in rows("demonyms.csv") if r["country"] != "AQ")


def test_state_rows_agree_with_state_actor_names():
    lex = lexicon()
    for entry in lex.entries:
        for branch, head in (("military", "Military Forces of "), ("police", "Police Forces of ")):
            if entry.name.startswith(head) and entry.name not in (
                    "Military Forces of Puntland", "Military Forces of Somaliland"):
                assert lex.state_actor(entry.country, branch).name == entry.name
                assert entry.type == "State forces"


def test_load_builds_independent_lexicons():
    assert ActorLexicon.load() is not ActorLexicon.load()


# ------------------------------------------------------------------ aliases
@pytest.mark.parametrize(("text", "hint", "surface", "name"), [
    ("ISIS claimed the attack", None, "ISIS", "Islamic State"),
    ("an ISIL cell was dismantled", None, "ISIL", "Islamic State"),
    ("Daesh fighters attacked", None, "Daesh fighters", "Islamic State"),
    ("the Islamic State of Iraq and the Levant said", None,
     "Islamic State of Iraq and the Levant", "Islamic State"),
    ("Houthis fired a missile", None, "Houthis", "Houthi Movement"),
    ("Ansar Allah said", None, "Ansar Allah", "Houthi Movement"),
    ("al-Shabaab militants stormed the hotel", "SO", "al-Shabaab militants", "Al Shabaab"),
    ("Al Shabaab attacked", "SO", "Al Shabaab", "Al Shabaab"),
    ("Al-Shabab claimed", "SO", "Al-Shabab", "Al Shabaab"),
    ("Shabaab fighters", "SO", "Shabaab fighters", "Al Shabaab"),
    ("the TTP claimed", "PK", "TTP", "TTP: Tehreek-i-Taliban Pakistan"),
    ("Tehrik-e-Taliban Pakistan", "PK", "Tehrik-e-Taliban Pakistan",
     "TTP: Tehreek-i-Taliban Pakistan"),
    ("NPA rebels ambushed", "PH", "NPA rebels", "NPA: New People's Army"),
    ("the New Peoples Army", "PH", "New Peoples Army", "NPA: New People's Army"),
    ("JNIM claimed", "ML", "JNIM", "JNIM: Group for Support of Islam and Muslims"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "ML", "Jama'at Nusrat al-Islam wal-Muslimin",
     "JNIM: Group for Support of Islam and Muslims"),
    ("ISWAP fighters", "NG", "ISWAP fighters", "Islamic State West Africa Province"),
    ("ISGS militants", "NE", "ISGS militants", "Islamic State Sahel Province"),
    ("Boko Haram insurgents", "NG", "Boko Haram insurgents",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("M23 rebels seized Goma", "CD", "M23 rebels", "M23: March 23 Movement"),
    ("PKK militants", "TR", "PKK militants", "PKK: Kurdistan Workers Party"),
    ("the YPG", "SY", "YPG", "YPG: People's Protection Units"),
    ("SDF forces", "SY", "SDF forces", "SDF: Syrian Democratic Forces"),
    ("Hamas gunmen", "PS", "Hamas gunmen", "Hamas Movement"),
    ("Hizbollah", None, "Hizbollah", "Hezbollah"),
    ("Maoists ambushed", "IN", "Maoists", "CPI (Maoist): Communist Party of India (Maoist)"),
    ("Naxalites", "IN", "Naxalites", "CPI (Maoist): Communist Party of India (Maoist)"),
    ("Ejército de Liberación Nacional", "CO", "Ejército de Liberación Nacional",
     "ELN: National Liberation Army"),
    ("al-Qaida in the Arabian Peninsula", None, "al-Qaida in the Arabian Peninsula",
     "AQAP: Al Qaeda in the Arabian Peninsula"),
    ("Hay’at Tahrir al-Sham", "SY", "Hay’at Tahrir al-Sham", "HTS: Hayat Tahrir al-Sham"),
    ("Wagner mercenaries", "ML", "Wagner mercenaries", "Wagner Group"),
    ("MONUSCO peacekeepers", "CD", "MONUSCO",
     "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"),
])
def test_alias_matching(text, hint, surface, name):
    assert found(text, hint)[0] == (surface, name)


# ------------------------------------------------------------------ case and word boundaries
@pytest.mark.parametrize("text", [
    "It is what it is, and this is the issue.",
    "Isis was an Egyptian goddess.",
    "The Hamasi family and the Talibanisation debate.",
    "He will let the board adf the items; the npa is a tax.",
    "Polish the silver and carve the turkey.",
    "The Sea of Azov froze.",
    "Anadolu Agency (AA) reported.",
    "ARMY IS READY",
])
def test_common_words_are_not_actors(text):
    assert [m for m in lexicon().find(text) if m.kind == "group"] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("IS fighters attacked", "IS fighters"),
    ("the IS group said", "IS group"),
    ("IS-linked militants", "IS-linked militants"),
    ("a suspected IS cell", "IS"),
])
def test_acronym_is_matches_only_in_capitals(text, surface):
    assert found(text)[0] == (surface, "Islamic State")


@pytest.mark.parametrize(("text", "hint", "name"), [
    ("Islamic State West Africa Province claimed", None, "Islamic State West Africa Province"),
    ("Syrian Democratic Forces advanced", None, "SDF: Syrian Democratic Forces"),
    ("Syrian National Army fighters", None, "SNA: Syrian National Army"),
    ("Pakistani Taliban", None, "TTP: Tehreek-i-Taliban Pakistan"),
    ("FARC dissidents attacked", "CO", "FARC Dissidents"),
    ("Lebanese Forces members", "LB", "Lebanese Forces"),
    ("Sudanese Armed Forces", None, "Military Forces of Sudan"),
    ("Israeli settlers attacked", None, "Settlers (Israel)"),
])
def test_longest_match_wins(text, hint, name):
    assert found(text, hint)[0][1] == name


def test_possessive_and_punctuation():
    assert found("the SAA's push towards Raqqa", "SY") == [("SAA", "Military Forces of Syria")]
    # A clause break stops a match: "Islamic. State" is two words in two sentences.
    assert [n for _, n in found("He said Islamic. State media")] == []


# ------------------------------------------------------------------ country hints
@pytest.mark.parametrize(("text", "hint", "name"), [
    ("ADF rebels attacked", "CD", "ADF: Allied Democratic Forces"),
    ("ADF rebels attacked", "CM", "ADF: Ambazonia Defence Forces"),
    ("ADF rebels attacked", None, "ADF: Allied Democratic Forces"),
    ("al-Shabaab insurgents", "MZ", "Islamic State Mozambique Province"),
    ("Islamic State fighters", "NG", "Islamic State West Africa Province"),
    ("Islamic State fighters", "AF", "Islamic State Khorasan Province"),
    ("al-Qaeda-linked militants", "ML", "JNIM: Group for Support of Islam and Muslims"),
    ("Taliban militants", "PK", "TTP: Tehreek-i-Taliban Pakistan"),
    ("Taliban fighters", "AF", "Taliban"),
    ("SNA troops", "SO", "Military Forces of Somalia"),
    ("UN peacekeepers", "LB", "UNIFIL: United Nations Interim Force in Lebanon"),
    ("the AA seized the town", "MM", "AA: Arakan Army"),
])
def test_country_hint_disambiguates(text, hint, name):
    assert found(text, hint)[0][1] == name


@pytest.mark.parametrize(("text", "hint", "name"), [
    ("suspected Fulani extremists opened fire", "NG", "Fulani Ethnic Militia (Nigeria)"),
    ("Fulani extremists opened fire", "ML", "Fulani Ethnic Militia (Mali)"),
    ("Islamic State Sahel claimed the ambush", None, "Islamic State Sahel Province"),
    ("Murle raiders stole cattle", None, "Murle Ethnic Militia (South Sudan)"),
    ("Nuer armed youth attacked", None, "Nuer Ethnic Militia (South Sudan)"),
])
def test_ethnic_militia_by_people_and_fighters_noun(text, hint, name):
    assert found(text, hint)[0][1] == name


def test_a_people_abroad_is_no_militia_of_its_home():
    # "Fulani assailants" in the Central African Republic are not Nigeria's Fulani militia.
    assert all("Ethnic Militia" not in name for _, name in found("Fulani assailants attacked", "CF"))
    assert all("Ethnic Militia" not in name for _, name in found("Nuer fighters attacked", "ET"))


def test_people_of_many_countries_are_no_one_militia():
    for text, hint in (("Arab gunmen attacked", "IL"), ("Druze attackers clashed", "LB")):
        assert all("Ethnic Militia" not in name for _, name in found(text, hint))


def test_named_group_not_taken_for_a_namesake_word():
    # "Fateh" is also Fatah's spelling; the longer Nusra name must win.
    assert found("Jabhat Fateh al-Sham fighters")[0][1] == "Jabhat al-Nusra"
    assert found("MIT gunmen attacked a police post")[0][1] == "MIT: East Indonesia Mujahideen"


def test_hint_only_alias_needs_the_hint():
    assert found("the AA seized the town") == []
    assert found("the AA seized the town", "TR") == []


# ------------------------------------------------------------------ state forces
@pytest.mark.parametrize(("text", "hint", "surface", "name", "country"), [
    ("Turkish shelling hit Azaz", None, "Turkish shelling", "Military Forces of Turkey", "TR"),
    ("Nigerian troops repelled", None, "Nigerian troops", "Military Forces of Nigeria", "NG"),
    ("Afghan police said", None, "Afghan police", "Police Forces of Afghanistan", "AF"),
    ("Iraqi security forces", None, "Iraqi security forces", "Military Forces of Iraq", "IQ"),
    ("Israeli airstrikes killed", None, "Israeli airstrikes", "Military Forces of Israel", "IL"),
    ("Russian jets bombed", None, "Russian jets", "Military Forces of Russia", "RU"),
    ("Syrian government forces", None, "Syrian government forces", "Military Forces of Syria", "SY"),
    ("US troops", None, "US troops", "Military Forces of the United States", "US"),
    ("U.S. forces", None, "U.S. forces", "Military Forces of the United States", "US"),
    ("Nigeria's army", None, "Nigeria's army", "Military Forces of Nigeria", "NG"),
    ("Kenya Police officers", None, "Kenya Police officers", "Police Forces of Kenya", "KE"),
    ("Kenyan policemen", None, "Kenyan policemen", "Police Forces of Kenya", "KE"),
    ("South Sudanese soldiers", None, "South Sudanese soldiers",
     "Military Forces of South Sudan", "SS"),
    ("Congolese soldiers", None, "Congolese soldiers",
     "Military Forces of the Democratic Republic of Congo", "CD"),
    ("Congolese soldiers", "CG", "Congolese soldiers", "Military Forces of the Republic of Congo",
     "CG"),
    ("the army said", "ML", "army", "Military Forces of Mali", "ML"),
    ("soldiers were killed", "BF", "soldiers", "Military Forces of Burkina Faso", "BF"),
    ("government forces advanced", "SY", "government forces", "Military Forces of Syria", "SY"),
    ("regime forces shelled", "SY", "regime forces", "Military Forces of Syria", "SY"),
    ("police arrested two", "KE", "police", "Police Forces of Kenya", "KE"),
    ("security forces killed", None, "security forces", "Military Forces", None),
    ("police officers", None, "police officers", "Police Forces", None),
    ("FARDC soldiers", "CD", "FARDC soldiers",
     "Military Forces of the Democratic Republic of Congo", "CD"),
    ("IDF troops", None, "IDF troops", "Military Forces of Israel", "IL"),
])
def test_state_forces(text, hint, surface, name, country):
    m = only(text, hint)
    assert (text[m.start:m.end], m.actor.name, m.actor.type, m.actor.country, m.kind) == (
        surface, name, "State forces", country, "state")
    assert m.actor.text == surface


@pytest.mark.parametrize("text", [
    "pro-Russian forces attacked",  # separatists, not Russia's army
    "The Karenni Army seized a post",  # an unlisted group's name, not a state army
    "The Paraguayan People's Army claimed the ambush",  # a possessive inside the name too
    "rebel forces advanced",
    "Kurdish forces advanced",
])
def test_not_state_forces(text):
    assert all(m.kind != "state" for m in lexicon().find(text, country_hint="MM"))


@pytest.mark.parametrize(("text", "names"), [
    ("Nigerian and Chadian troops clashed", ["Military Forces of Nigeria", "Military Forces of Chad"]),
    ("Nigerian, Chadian and Nigerien troops", ["Military Forces of Nigeria", "Military Forces of Chad",
                                               "Military Forces of Niger"]),
    ("Kenyan and Somali police agreed", ["Police Forces of Kenya", "Police Forces of Somalia"]),
    # (no force noun shared: the adjective alone names nothing here)
    ("Nigerian and Chadian officials met", []),
])
def test_countries_sharing_one_force_noun(text, names):
    assert [name for _, name in found(text)] == names


def test_state_actor_helper():
    lex = lexicon()
    assert lex.state_actor("TR").name == "Military Forces of Turkey"
    assert lex.state_actor("ph", "police").name == "Police Forces of the Philippines"
    assert lex.state_actor("NG", "government").name == "Government of Nigeria"
    assert lex.state_actor(None).country is None
    assert lex.country_code("Turks") == lex.country_code("Turkish") == lex.country_code("Turkey")


def test_government():
    m = only("the Nigerian government said", None)
    assert (m.kind, m.actor.name, m.actor.country) == ("government", "Government of Nigeria", "NG")
    assert only("authorities said", "ML").actor.name == "Government of Mali"


# ------------------------------------------------------------------ unidentified groups
@pytest.mark.parametrize(("text", "hint", "surface", "name", "tags"), [
    ("gunmen killed 5", "NG", "gunmen", "Unidentified Armed Group (Nigeria)", ()),
    ("unknown gunmen attacked", "NG", "unknown gunmen", "Unidentified Armed Group (Nigeria)", ()),
    ("unidentified armed men", "ML", "unidentified armed men", "Unidentified Armed Group (Mali)",
     ()),
    ("suspected militants", "PK", "suspected militants", "Unidentified Armed Group (Pakistan)",
     ("suspected",)),
    ("armed bandits abducted", "NG", "armed bandits", "Unidentified Armed Group (Nigeria)",
     ("bandit",)),
    ("bandits", "NG", "bandits", "Unidentified Armed Group (Nigeria)", ("bandit",)),
    ("a suicide bomber struck", "SO", "suicide bomber", "Unidentified Armed Group (Somalia)",
     ("suicide",)),
    ("suspected jihadists", "BF", "suspected jihadists", "Unidentified Armed Group (Burkina Faso)",
     ("suspected", "jihadist")),
    ("insurgents attacked", "MZ", "insurgents", "Unidentified Armed Group (Mozambique)",
     ("rebel",)),
    ("terrorists", None, "terrorists", "Unidentified Armed Group", ("terrorist",)),
    ("Palestinian militants", "IL", "Palestinian militants", "Unidentified Armed Group (Palestine)",
     ()),
])
def test_unidentified_groups(text, hint, surface, name, tags):
    m = only(text, hint)
    assert (text[m.start:m.end], m.actor.name, m.actor.type, m.kind, m.tags) == (
        surface, name, "Political militia", "unidentified", tags)


def test_generic_people_are_not_perpetrators():
    assert all(m.kind != "unidentified" for m in lexicon().find("local people and men", country_hint="NG"))


# ------------------------------------------------------------------ civilians
@pytest.mark.parametrize(("text", "hint", "surface", "name"), [
    ("killed 12 villagers", "CD", "villagers", "Civilians (Democratic Republic of Congo)"),
    ("worshippers at a mosque", "NG", "worshippers", "Civilians (Nigeria)"),
    ("aid workers", "SS", "aid workers", "Civilians (South Sudan)"),
    ("Palestinian civilians", None, "Palestinian civilians", "Civilians (Palestine)"),
    ("killed 30 Palestinians", "IL", "Palestinians", "Civilians (Palestine)"),
    ("unarmed civilians", None, "unarmed civilians", "Civilians"),
])
def test_civilians(text, hint, surface, name):
    m = [m for m in lexicon().find(text, country_hint=hint) if m.kind == "civilian"][0]
    assert (text[m.start:m.end], m.actor.name, m.actor.type) == (surface, name, "Civilians")


def test_an_army_acronym_spelt_out_as_another_name_is_not_that_army():
    # Bangladesh's United People's Democratic Front is not the Uganda People's Defence Force...
    assert all(name != "Military Forces of Uganda"
               for _, name in found("a leader of the United People's Democratic Front (UPDF) was shot", "BD"))
    assert all(name != "Military Forces of Uganda" for _, name in found("the Front (UPDF) was shot", "BD"))
    # ... but an army spelt out as itself is, and a group's English name is never second-guessed.
    assert ("UPDF", "Military Forces of Uganda") in found("the Uganda People's Defence Force (UPDF) said", "SO")
    assert ("ETA", "ETA") in found("sources blamed Basque Fatherland and Freedom (ETA) sympathizers", "ES")


# ------------------------------------------------------------------ the find() contract
def test_offsets_window_and_kinds():
    text = "Nigerian troops killed ISWAP fighters. Gunmen later shot three farmers."
    mentions = lexicon().find(text, country_hint="NG")
    assert [(text[m.start:m.end], m.kind) for m in mentions] == [
        ("Nigerian troops", "state"), ("ISWAP fighters", "group"), ("Gunmen", "unidentified"),
        ("farmers", "civilian")]
    assert all(m.kind in KINDS and m.actor.text == text[m.start:m.end] for m in mentions)
    window = lexicon().find(text, start=39, end=len(text), country_hint="NG")
    assert [(m.start, m.end) for m in window] == [(m.start, m.end) for m in mentions[2:]]


def test_find_is_fast_enough():
    text = ("Suspected ISWAP fighters and armed bandits attacked Nigerian troops near Maiduguri, "
            "killing 12 villagers, the army said on Sunday. ") * 500
    started = time.perf_counter()
    assert len(lexicon().find(text, country_hint="NG")) == 5 * 500
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize("text, name", [
    # Groups of the 1970s-90s that GTD's older incidents name.
    ("The FMLN claimed responsibility for the attack.", "FMLN: Farabundo Marti National Liberation Front"),
    ("Authorities blamed the Contras for the incident.", "Contras"),
    ("The Red Brigades kidnapped a judge.", "Red Brigades"),
])
def test_historical_groups(text, name):
    assert name in [h.actor.name for h in ActorLexicon.load().find(text)]


def test_a_date_is_no_group():
    found = ActorLexicon.load().find("The attack took place on November 17 in Athens.")
    assert all("17 November" not in h.actor.name for h in found)


def test_a_movement_holds_the_state_only_from_the_day_it_took_it():
    import datetime as dt
    assert not lexicon().state_on("Taliban", dt.date(2020, 5, 5))
    assert lexicon().state_on("Taliban", dt.date(2023, 5, 5))
    assert lexicon().state_on("Taliban", None)  # an undated report: today's Taliban
    assert lexicon().state_on("Military Forces of Mali", dt.date(1990, 1, 1))


def test_a_bad_state_since_date_names_its_line():
    from sitrep.extraction.actors import _read_entries
    countries = {}
    with pytest.raises(ValueError, match="line 2: bad state_since"):
        _read_entries([{"name": "X", "aliases": "", "type": "Rebel group", "country": "", "parent": "",
                        "state_since": "August 2021"}], countries)
