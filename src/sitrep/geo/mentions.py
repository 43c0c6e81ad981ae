"""Finding toponym mentions in text: NER spans, capitalised runs NER missed, demonyms, abbreviations.

A ``Mention`` is only a span that may name a place; whether it does is decided with the
gazetteer's candidates in ``geoparse``. Spans from NER are trusted more than runs the matcher
found itself (``strong``), because a capitalised word in English is far more often a person, an
organisation or a sentence start than a place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sitrep.models import Entity

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NORP_LABELS = frozenset({"NORP"})
# Labels whose spans are people or titles: a gazetteer hit inside them is part of a name
# ("Jordan Peterson").
# ORG is not blocking: organisations are often named after places ("Edmonton Police Service"),
# and those embedded names are toponyms too.
BLOCKING_LABELS = frozenset({"PERSON", "WORK_OF_ART", "LAW", "LANGUAGE"})

# Words after a name that say what kind of place it is ("Homs province", "Kanawha County").
ADMIN_HINTS = {
    "province": "admin1", "governorate": "admin1", "state": "admin1", "region": "admin1",
    "oblast": "admin1", "prefecture": "admin1", "department": "admin1", "emirate": "admin1",
    "county": "admin2", "district": "admin2", "municipality": "admin2", "parish": "admin2",
    # Cameroon's and Sarawak's second level: "Bui division"
    "division": "admin2",
    # Nigeria's local government areas: "Zango LGA"; Mali's cercles, Ethiopia's woredas, the
    # tehsils and taluks of South Asia
    "lga": "admin2", "local government area": "admin2", "cercle": "admin2", "woreda": "admin2",
    "tehsil": "admin2", "taluk": "admin2", "taluka": "admin2", "raion": "admin2", "rayon": "admin2",
    "city": "city", "town": "city", "village": "city",
    # Ukraine's communities, each named after the town at its centre: "Krasnopillia hromada"
    "hromada": "city",
    # Nepal's "Dhangadhi Sub-Metropolitan City", "Pokhara Metropolitan City"
    "sub-metropolitan city": "city", "metropolitan city": "city",
    # "the Idlib countryside", "Ar-Raqqa eastern countryside": the governorate around the city.
    "countryside": "admin1",
}
_HINT_AFTER = re.compile(r"\s+(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+)?(" + "|".join(ADMIN_HINTS) + r")\b", re.I)
# Words for the division below a province, told after its name ("Bungudu district", "Lubero territory").
DISTRICT_WORDS = (r"(?i:district|territory|LGA|local\s+government\s+area|county|department|commune|municipality|division|"
                  r"cercle|woreda|tehsil|upazila|raion|rayon)")
# "stormed Kwatarkwashi, Bungudu district, Zamfara": the name heads an address of its divisions.
_DIVISION_CHAIN_AFTER = re.compile(r",\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}\s+" + DISTRICT_WORDS + r"\b")
_HINT_INSIDE = re.compile(r"\s+(" + "|".join(ADMIN_HINTS) + r")$", re.I)
_OF = re.compile(r"\s+of\b")
# (not "the Sur district of Diyarbakir", a named part of a town)
_HINT_OF_BEFORE = re.compile(r"\b(?:the|(?-i:[a-z]+ern)|central|restive|remote|neighbou?ring)\s+"
                             r"(province|governorate|region|oblast|prefecture)"
                             r"\s+of\s+$", re.IGNORECASE)
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’])$")

# Capitalised words, optionally joined by the lower-case particles of place names.
# Dotted initialisms ("U.S.", "U.A.E.") count as capitalised words.
_CAP = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'\-]*[\w])"
_RUN = re.compile(
    # (a lower-case Arabic article may open the run: "in al-Musayfirah, Daraa")
    rf"\b(?:(?:al|el|an|ar|as|ash|at|ad|az|ath|adh)-(?=[A-Z]))?{_CAP}"
    # (and the article as French transliterates it: "Aalma ech Chaab")
    rf"(?:(?:\s+(?:of|de|del|da|do|dos|das|wa|upon|on|and|al|el|ez|ash|esh|ech|ed|es|er|ej|la|le|du|des|sur|am|an|bin|ibn|os|us|ul|ud))*\s+"
    # (and joined to the next word: "Shokat as-Sufi", "Beit al-Faqih", "Cote d'Ivoire")
    rf"(?:(?:al|el|an|ar|as|ash|at|ad|az|ath|adh|ed|ez|es|er)-(?=[A-Z])|[dl]['’](?=[A-Z]))?{_CAP})*")
_WORD = re.compile(rf"{_CAP}|[a-z]+")
# The particles of a compound town name ("Villefranche sur Saone", "Chalons en Champagne").
JOINED_NAME = re.compile(r"\s(?:sur|sous|en|l[eè]s|le|la|de|du|des|dos|das|do|da|wa|am|an|der|del|di)\s")
# "Topeka, Kan." / "Austin, TX" / "Vancouver, B.C." / "Greenwood, W. Va."
# (capitals that open a name are no abbreviation: "(OR Tambo, Eastern Cape)" is no Oregon)
_ABBREV = re.compile(r"(?:,|\s*\()\s*([A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|[A-Z]\.\s?[A-Z][a-z]{1,3}\.|[A-Z]{2,3}(?!\s+[A-Z][a-z]))(?![\w])")

# Books and faiths NER tags as places: "the burning of the Quran in Sweden" is no Kiruna, an
# "Ahmadi man shot dead in Rabwah" no Kuwaiti.
_NEVER_PLACES = frozenset("""quran koran qur'an qur’an bible torah talmud gospel
ahmadi ahmadis hindu hindus sikh sikhs shia shias shiite sunni sunnis alawite alawites druze yazidi yazidis
coptic copt copts buddhist rohingya
un u.n. nato""".split())  # (the organisations: "rockets at UN base in Kidal" is no village of Gujarat)
# Capitalised words that start sentences or titles and are also place names somewhere
# ("Of", "Mobile", "March"): the run matcher never treats these alone as places.
_NOT_ALONE = frozenset("""
a an the this that these those it its he she they we you i his her their our my your in on at of for
from to by with as but and or if when while after before since during about over under new old
north south east west northern southern eastern western central upper lower greater
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
mr mrs ms dr sir lord lady president minister governor mayor king queen prince general colonel
senator rep sen gov police army court council university college school hospital church street road
god allah christmas easter ramadan eid islam christian muslim jewish catholic
union town city village district province county state region prefecture department governorate municipality
sitio barangay brgy purok kebele mohalla moshav kibbutz aldea vereda corregimiento
grand great main big little holy royal national federal
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
hundreds thousands dozens several both all many some
ain tal tell deir dayr kafr beit bayt ras wadi jabal jebel bir khirbet khirbat abu umm
""".split()) | _NEVER_PLACES  # (the last line: Arabic heads of a name, "Ain al-Hilweh", never one alone)


@dataclass(frozen=True)
class Mention:
    """A span that may name a place. ``query`` is the text to look up (article and 's dropped)."""

    start: int
    end: int
    text: str
    query: str
    source: str  # "ner", "norp", "run", "abbrev", "paren"
    hint: str | None = None  # "admin1" / "admin2" / "city" from a following or final word
    adjective: bool = False  # one word before a lower-case noun ("Burkinabé raids")
    chained: bool = False  # its admin chain follows ("Ivanino (Kurchatovsky, Kursk)", "X, Bungudu district")
    located: bool = False  # told after "in", "near", "at" or "outside" in lower case ("homes in Badovinci")
    people: bool = False  # one word before a noun for people or fighters ("four Amhara civilians")
    site: bool = False  # the first or last words of a site's name ("Kabul Serena Hotel", "Hotel Bamako")

    @property
    def strong(self) -> bool:
        return self.source in ("ner", "abbrev", "paren", "paren-head", "cue")


def _clean(text: str, start: int) -> tuple[str, int, int]:
    """Drop a leading article and a possessive; return (text, start, end)."""
    m = _LEADING.match(text)
    if m:
        text, start = text[m.end():], start + m.end()
    t = _TRAILING.search(text)
    if t:
        text = text[:t.start()]
    text = text.rstrip(" .,;:-")  # ("Chad.- Gunmen": a wire dateline)
    return text, start, start + len(text)


def place_hint(text: str, doc: str, end: int) -> str | None:
    inside = _HINT_INSIDE.search(text)
    if inside:
        return ADMIN_HINTS[inside.group(1).lower()]
    after = _HINT_AFTER.match(doc, end)
    if after and _OF.match(doc, after.end()):
        return None  # "the Hunan city of Yueyang": Hunan holds the city, it is not one
    if after and after.group(1)[0].islower() or (after and after.group(1).lower() in ("county", "lga")):
        return ADMIN_HINTS[after.group(1).lower()]
    # "the southern province of Sulu"
    before = _HINT_OF_BEFORE.search(doc, max(0, end - len(text) - 40), max(0, end - len(text)))
    if before and before.group(1).lower() in ADMIN_HINTS and ADMIN_HINTS[before.group(1).lower()] != "city":
        return ADMIN_HINTS[before.group(1).lower()]
    return None


def _split_commas(text: str, start: int, verbs: bool = False) -> list[tuple[str, int]]:
    """NER sometimes swallows a whole chain ("Kauri, Shiroro"): one mention per element. With
    ``verbs``, a verb inside the span also splits it ("Boko Haram raids Cameroon" tagged as one
    person in a headline: two names)."""
    out, offset = [], 0
    for part in text.split(","):
        at = 0
        for piece in _VERB_INSIDE.split(part) if verbs else (part,):
            at = part.index(piece, at)
            stripped = piece.strip()
            if stripped:
                out.append((stripped, start + offset + at + piece.index(stripped)))
            at += len(piece)
        offset += len(part) + 1
    return out


# A headline's verb ("raids", "repels", "attacked") and the lower-case words after it.
_VERB_INSIDE = re.compile(r"\s+(?!(?:this|its|his|hers|las|los|les|des|dos|das|tres)\b)[a-z]{3,}(?:s|ed)\b(?:\s+[a-z][\w\-]*)*")


# Small NER models often label a bare place name as an organisation or a person ("California"
# as ORG when it is a sentence subject); such spans are considered, with a stricter bar.
_MISLABEL_SOURCES = {"ORG": "ner-org", "PERSON": "ner-person", "LANGUAGE": "ner-person"}  # "Tunis" as a language
_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Gen|Col|Capt|Sgt|Sen|Rep|Gov|Prof|Rev|President|Minister|"
    r"Judge|Coach|Officer|Mayor)\.?\s+$")


_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}")
# ("Amhara civilians", "Amhara Special Forces": a people named as their region is; not "Benue
# community", "Taraba youths", whose home the name is). Also read by extraction.mentions: such a
# word is no person either ("Shan militia").
A_PEOPLE_AFTER = re.compile(r"\s+(?:civilians|militia\w*|(?i:special\s+(?:forces|police)))\b(?![’'])")
# (with the Arabic article NER left out of the name between: "positions in As Sawani")
_LOCATED_BEFORE = re.compile(r"\b(?-i:in|near|at|outside)\s+(?:(?:Al|As|Ad|Ar|An|Ash|At|Az|El|Ad-|Al-|As-)\s*)?$")
# "Pattani's Mayo district": what owns a named division is a place.
_HOLDS_DIVISION = re.compile(r"['’]s\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?\s+(?:district|province|county|region|"
                             r"governorate|prefecture|subdistrict|township|municipality)\b")
_INSTITUTION_AFTER_FIRST = re.compile(
    r"([A-Z][^\W\d_]+)\s+(?:gov't|govt|government|army|troops|forces|police|military|authorities|officials|"
    r"president|ministry|junta|soldiers|TV|television|radio|media|news\s+agency)\b", re.IGNORECASE)


# "al-Bab", "ar-Raqqa": a name with its Arabic article in lower case is a capitalised name.
_ARTICLE_CAP = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ed|es|ez)-[A-Z]")


def _capitalised(text: str, pos: int) -> bool:
    return text[pos].isupper() or _ARTICLE_CAP.match(text, pos) is not None


_LINKED_HEAD = re.compile(r"(?<![\w'’\-])[A-Z][\w'’]+\s+wa\s+$")
_LINKED_TAIL = re.compile(r"(?:-(?:i|e|ye|yi|ul|ud|al|el|ash|as|az|an|ar|at|ad)-[A-Z][\w'’]*)+")


def entity_mentions(text: str, entities: Sequence[Entity]) -> list[Mention]:
    out = []
    for ent in entities:
        if ent.label in PLACE_LABELS:
            source = "ner"
        elif ent.label in NORP_LABELS:
            source = "norp"
        elif ent.label in _MISLABEL_SOURCES:
            source = _MISLABEL_SOURCES[ent.label]
            if _TITLE_BEFORE.search(text[max(0, ent.start - 12):ent.start]):
                continue  # "Mr Paris" is a person whatever NER says
            if ent.label == "LANGUAGE" and re.search(r"(?:ish|ese|ian|ic|an|i|ch)$", text[ent.start:ent.end]):
                continue  # "English", "Arabic": languages; "Tunis" is a city NER took for one
        else:
            continue
        # (a name NER cut at its linker goes on: "Nawa-i-Barakzayi", "Kalay-e-Naw", "Tala wa Barfak")
        linked = _LINKED_TAIL.match(text, ent.end)
        head = _LINKED_HEAD.search(text, max(0, ent.start - 40), ent.start)
        begin = head.start() if head else ent.start
        raw = text[begin:linked.end() if linked else ent.end]
        if "(" in raw[1:]:
            raw = raw[:raw.index("(", 1)].rstrip()  # "Pelaya (Pelaya": a name, then its chain
        for part, start in _split_commas(raw, begin, verbs=source in ("ner-org", "ner-person")):
            clean, s, e = _clean(part, start)
            if len(clean) < 2 or not _capitalised(clean, 0) or clean.lower() in _NEVER_PLACES:
                continue
            opening = clean.split()[0]
            if opening.lower().rstrip(".") in _SETTLEMENT_WORDS:
                # "Barangay Carabalan", "Sitio Tabaon": the name is what follows the word for a
                # local unit (alone, the word is no place: GeoNames files "Sitio" as a village).
                if opening == clean:
                    continue
                shift = len(clean) - len(clean[len(opening):].lstrip())
                clean, s = clean[shift:], s + shift
                if source in ("ner-org", "ner-person"):
                    source = "cue"  # the text says it is a place, whatever NER made of it
            hint = place_hint(clean, text, e)
            holds = _HOLDS_DIVISION.match(text, e) is not None
            if holds and hint is None and source in ("ner-org", "ner-person"):
                # What owns a district is a province (or, as scored, a district): NER's doubt
                # leaves the name nothing else to go on. (A city it saw owns its quarters.)
                hint = "admin1"
            query = _HINT_INSIDE.sub("", clean) if hint and source != "norp" else spelt_out(clean, text, s)
            inside = _HINT_INSIDE.search(clean)
            if (source == "norp" and _NORP_PLACE_AFTER.match(text, e) and not _NATIONALITY_ENDING.search(clean)) or \
                    source in ("ner-org", "ner-person") and ((inside and inside.group(1).islower())
                                                        or SETTLEMENT_AFTER.match(text, e)
                                                        # ("in the Kuta nightlife district": a town's quarter, named by its town)
                                                        or (_AREA_AFTER.match(text, e) and _IN_THE_BEFORE.search(text, max(0, s - 8), s))
                                                        or (s == 0 and _EVENT_NOUN_AFTER.match(text, e)
                                                            and not _PLACE_LATER.search(text, e))
                                                        or (" " not in clean and _IN_BEFORE.search(text, max(0, s - 8), s)
                                                            and _BOMBING_AFTER.match(text, e))):
                # "Qalat city", "Rampur village", "Kyzyl-Bulak village (Batken district)", "Kalay
                # township": the text says it is a place, whatever NER made of it.
                source = "cue"
            elif source in ("ner-org", "ner-person") and holds:
                # "Pattani's Mayo district": a province, if the name is one ("Garcia's Cebu
                # province" names a governor).
                source = "possessor"
            # (not a name whose kind follows: "Idleb eastern countryside")
            adjective = " " not in clean and _NOUN_AFTER.match(text, e) is not None and not _HINT_AFTER.match(text, e)
            out.append(Mention(s, e, text[s:e], clean, source, hint, adjective,
                               text.startswith(" (", e) or _DIVISION_CHAIN_AFTER.match(text, e) is not None,
                               _LOCATED_BEFORE.search(text, max(0, s - 9), s) is not None,
                               " " not in clean and A_PEOPLE_AFTER.match(text, e) is not None,
                               # ("the La Belle discotheque": a venue's name, told as a place; "Gulshan e
                               # Iqbal Park", where NER cut the name: its first word)
                               site=(" " in clean and _VENUE_AFTER.match(text, e) is not None)
                               or _site_name_continues(text, e)))
            first = _INSTITUTION_AFTER_FIRST.match(clean)
            if source in ("ner-person", "ner-org") and first and first.group(1).lower() not in _NOT_ALONE:
                # "Chadian gov't", "Malian army" tagged as one name: its first word is a nationality.
                out.append(Mention(s, s + first.end(1), first.group(1), first.group(1), source, None, True))
            if query != clean:
                out.append(Mention(s, e, text[s:e], query, source, hint))
    return out


# After a place name inside a longer NER span, words that make the span an institution named
# after the place (the place is still a toponym: "Lamar County Commissioners", "Alexandria
# Police") ...
_TAIL_LOCAL = frozenset("""police sheriff sheriff's fire council court courthouse commissioners
commission commonwealth commonwealth's circuit city county school schools high hospital airport
board township village borough checkpoint hotel mosque market prison barracks base camp station
port stadium arena cathedral bazaar junction roundabout elementary primary secondary middle metro subway
underground tram railway terminus""".split())
# ... and words that make it a name where the place is usually not annotated ("Michigan State",
# "U.S. Department of Agriculture", "Lansing State Journal").
_TAIL_STOP = frozenset("""department state university college journal times post news herald
tribune gazette press daily magazine star""".split())
# ... but a span ending in a word for a natural feature or a zone names that feature: "Salt Spring
# Island" is no town called Salt Spring, "the Green Zone" no town called Green.
_TAIL_FEATURE = frozenset("""island islands isle bay zone lake river mountain mountains valley beach point
peninsula strait gulf sea creek falls forest desert hill hills canyon cape delta plateau reef coast
sound lagoon""".split())
# ... and the words that close a feature's name, never a town alone after its name ("Sambisa Forest")
_FEATURE_WORDS = _TAIL_FEATURE | {"junction", "camp", "park"}
# Words between a town's name and its site's ("Antwerp Central Station").
_SITE_QUALIFIERS = frozenset("central main north south east west grand union international centrale centraal termini "
                              "hauptbahnhof".split())
_ROAD_WORDS = frozenset("highway road expressway motorway freeway".split())
# Words for a settlement or a local unit that open its name ("Barangay Carabalan", "Sitio Tabaon").
# (Not "Colonia", "Kampung", "Barrio", "Desa": in Mexico and Malaysia they are part of the name,
# "Kampung Baru", and what follows alone is a namesake.)
_SETTLEMENT_WORDS = frozenset("""sitio barangay brgy purok kebele mohalla moshav kibbutz aldea vereda
corregimiento""".split())
_DIRECTIONS = frozenset("""far north south east west northern southern eastern western central
upper lower greater northeast northwest southeast southwest ne nw se sw""".split())


# "St. Peter and St. Paul's Church", "the Badr and al-Hashoosh mosques", "Gulshan-e-Iqbal park":
# the first words of a building's or a park's name are no town (a town right before its
# building, "Manchester Arena", "Kandahar mosque", is).
_SITE_WORD = r"(?:St\.?|(?:al|el|an|ash|as|ad|ar|at|az)-[\w’]+|[A-Z][\w\-]*(?<![’']s))"
NAME_OF_SITE = re.compile(rf"\s+and\s+(?:{_SITE_WORD}\s+){{0,3}}?(?:[A-Z][\w.\-]*['’]s\s+(?i:church|cathedral|mosque|shrine|"
                          rf"temple|chapel|basilica)|(?i:mosques|churches|temples|shrines|cathedrals|synagogues))\b|"
                          rf"-(?:e|i|ul|al|ud|ur)-[\w'’]+\s+(?:[\w'’.\-]+\s+){{0,2}}?(?i:church|cathedral|mosque|shrine|"
                          rf"temple|synagogue|park|station|hotel|museum|square|stadium|market|bazaar|school|college|"
                          rf"university|hospital|club|mall|restaurant|chapel)\b")


# "Saint Mark's Cathedral", "St. Mary's Church": a building named for its saint, not a parish
# of Dominica or Jersey so called.
_SAINT = re.compile(r"(?:Saint|St\.?|Sainte|Ste\.?)\s")
_SAINTS_SITE = re.compile(r"['’]s\s+(?i:church|cathedral|basilica|chapel|abbey|monastery|shrine|mosque|temple|"
                          r"hospital|school|college|academy|university|square)\b")


def inside_site_name(text: str, m: Mention) -> bool:
    if m.source == "run" and _NAMED_FOR_SOMEONE.search(text, max(0, m.start - 30), m.start) \
            and _INSTITUTION_AFTER.match(text, m.end):
        return True  # "Ahmadu Bello University": the second word of a person's name, not Bello
    if _SAINT.match(m.text) and _SAINTS_SITE.match(text, m.end):
        return True
    return NAME_OF_SITE.match(text, m.end) is not None


def river_named(text: str, m: Mention) -> bool:
    """"from the left bank of the Dnipro": a river, whatever town shares its name."""
    return _BANK_OF.search(text, max(0, m.start - 30), m.start) is not None


def name_after_part(text: str, m: Mention, area: bool = False) -> str | None:
    """The other name of "the Centro neighbourhood of Fresnillo" or "the Kabul neighbourhood of
    Shar-e-Naw" (which of the two is the town, geoparse decides by their size); with ``area``,
    of "the Salah Al Din area of Tripoli" too (an area of a town or of a district: "the
    Kulachi area of Dera Ismail Khan" is a town in it)."""
    after = (_AREA_OF_TOWN if area else _PART_OF_TOWN).match(text, m.end)
    return after.group("name") if after else None


# ("the Mega Kuningan district of Jakarta"; not "Si Sakhon district of Narathiwat province")
# ("the Gulshan diplomatic area of Dhaka": a word of what the part is may come first)
_PART_OF_TOWN = re.compile(r"\s+(?:(?:neighbou?rhood|quarter|suburb)\s+(?:of|in)|district\s+of|"
                           # (not "the Kulachi area of Dera Ismail Khan", a town of the district)
                           r"(?:diplomatic|residential|commercial|business|industrial|upscale|affluent)\s+(?:area|enclave|zone|district)\s+of)"
                           r"\s+(?:the\s+(?:city|town)\s+of\s+)?"
                           r"(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})"
                           r"(?=\s*(?:[,.;:()]|$)|\s+(?!(?:province|state|region|governorate|county|oblast|department|division|"
                           r"prefecture)\b)[a-z])")
_AREA_OF_TOWN = re.compile(_PART_OF_TOWN.pattern.replace(r"district\s+of|", r"district\s+of|area\s+of|", 1))
# "the left bank of the"; not "the Central Bank of Malta"
_BANK_OF = re.compile(r"\b(?-i:banks?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# A capitalised word right before a run, and an institution's word right after it: the run is
# the end of the name of a person the institution is named after.
_NAMED_FOR_SOMEONE = re.compile(r"(?<![.:!?]\s)\b[A-Z][a-z]+\s+$")
_INSTITUTION_AFTER = re.compile(r"\s+(?:University|College|Polytechnic|Institute|Academy|Hospital|Stadium|"
                                r"International\s+Airport|Airport|Barracks|Cantonment|Mosque|Memorial)\b")


def part_mentions(text: str, m: Mention, facility: bool = False) -> list[Mention]:
    """Shorter readings of an NER span that swallowed words around a name: word prefixes,
    longest first ("Lamar County Commissioners" -> "Lamar County"), and the name after a
    direction ("Far North Queensland" -> "Queensland"). Same source as ``m``; an ORG or PERSON
    span only yields a prefix followed by a local institution ("Alexandria Police") or one that
    names a county or province itself ("Wood County Schools"); so does a facility (``facility``:
    "Main Street", "Graham Street" are streets, not towns)."""
    words = list(re.finditer(r"\S+", m.text))
    out = []
    # ("the Amara Cultural Centre": the words before a site's word are its name, a place only as
    # the site's town)
    site = m.source == "ner-org" and bool(words) and words[-1].group().lower().strip("’'.,") in _SITE_NAME_ENDS

    def add(clean: str, s: int, e: int) -> None:
        hint = place_hint(clean, text, e)
        query = _HINT_INSIDE.sub("", clean) if hint else clean
        out.append(Mention(s, e, text[s:e], clean, m.source, hint, site=site))
        if query != clean:
            out.append(Mention(s, e, text[s:e], query, m.source, hint, site=site))

    lead = 0
    while lead < len(words) - 1 and words[lead].group().lower() in _DIRECTIONS:
        lead += 1
    settlement = lead == 0 and len(words) > 1 and words[0].group().lower().rstrip(".") in _SETTLEMENT_WORDS
    if settlement:
        lead = 1  # "Sitio Tabaon", "Barangay Carabalan": the name after the word for a local unit
    if lead and (settlement or m.source != "ner-person") and not facility:
        clean, s, e = _clean(m.text[words[lead].start():], m.start + words[lead].start())
        # (not a site's word alone: "the North Tower" is no town called Tower)
        if len(clean) >= 3 and clean[0].isupper() and clean.lower() not in _SITE_NAME_ENDS:
            add(clean, s, e)
    last = words[-1].group().lower().strip("’'.,") if words else ""
    if last in _ROAD_WORDS and len(words) == 2 and m.source in ("ner", "ner-org"):
        # "Abuja-Kaduna Highway" tagged whole: the towns the road joins.
        first = words[0]
        for part in re.finditer(r"[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?", first.group()):
            s = m.start + first.start() + part.start()
            if "-" in first.group() and part.group().lower() not in _NOT_ALONE:
                out.append(Mention(s, s + len(part.group()), part.group(), part.group(), m.source, None))
        return out
    if last in _TAIL_FEATURE and len(words) == 2 and m.source == "ner":
        # "Salinas Valley", "the Naugatuck River": the feature is often named after the town
        # beside it, but only a town in the document's own country says so (geoparse decides).
        clean, s, e = _clean(words[0].group(), m.start + words[0].start())
        if len(clean) >= 3 and clean[0].isupper() and clean.lower() not in _NOT_ALONE:
            out.append(Mention(s, e, text[s:e], clean, "feature-part", None))
        return out
    for j in range(len(words) - 1, 0, -1):
        if last in _TAIL_FEATURE:
            break
        tail = words[j].group().lower().strip("’'")
        if tail in _TAIL_STOP:
            continue
        clean, s, e = _clean(m.text[:words[j - 1].end()], m.start)
        if (m.source != "ner" or facility) and tail not in _TAIL_LOCAL \
                and not _HINT_INSIDE.search(clean):
            continue
        if len(clean) < 3 or not clean[0].isupper() or clean.lower() in _NOT_ALONE \
                or all(w.lower() in _DIRECTIONS for w in clean.split()):
            continue
        add(clean, s, e)
        if j >= 2 and tail in _TAIL_LOCAL and words[j - 1].group().lower() in _SITE_QUALIFIERS:
            # "Antwerp Central Station", "Kabul Main Bazaar": the town before the site's qualifier
            add(*_clean(m.text[:words[j - 2].end()], m.start))
    return out


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \"'“‘(")
    return start == 0 or not before or before[-1] in ".!?\n:"


# "Sungai Kolok bomb wounds two rangers": a headline that opens with a name and what happened there.
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:bomb|blast|bombing|explosion|ambush|attack|clash|shooting|raid|massacre)(?:s|es)?\s+"
                               r"(?:kills?|wounds?|injures?|hits?|leaves?|claims?|targets?|toll)\b")
# "Three rangers wounded in Rueso roadside bombing": a name told where, before what happened there.
_IN_BEFORE = re.compile(r"\b(?:in|near|at)\s+$")
# (with a word for how or where: "in Hema raid" names the Hema people)
_BOMBING_AFTER = re.compile(r"\s+(?:roadside|car|bomb|suicide|mortar|rocket|drone|grenade|market|mosque|church|school)\s+"
                          r"(?:bombings?|blasts?|attacks?|ambush(?:es)?|raids?|clash(?:es)?|explosions?|shootings?|massacres?)\b")
_PLACE_LATER = re.compile(r"\b(?:in|near|at|outside)\s+[A-Z]")  # ("Khan attack kills five in Bannu": the place is Bannu)
# ("Kalay township" tagged as a nationality; not "the Yitzhar settlement" of settlers, nor a "Central
# African town")
_AREA_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:district|area|neighbou?rhood|quarter)\b")
_IN_THE_BEFORE = re.compile(r"\b(?:in|at|near)\s+the\s+$", re.IGNORECASE)
# Words between a country's possessive and the place it owns ("Nigeria's northeastern Borno",
# "Yemen's capital Sanaa").
POSSESSIVE_QUALIFIERS = (r"(?:(?:far\s+)?(?:north|south)(?:east|west)?ern|(?:far\s+)?(?:east|west)ern|north|south|east|west|"
                         r"central|restive|volatile|troubled|embattled|capital|port|coastal|border|oil-rich|mountainous|"
                         r"remote|rural)")
_NORP_PLACE_AFTER = re.compile(r"\s+(?:village|town|township|city|hamlet|locality|sub-?district|municipality|commune|"
                               # ("Idleb eastern countryside": the province around the city)
                               r"(?:(?:north|south|east|west)(?:ern)?\s+)?countryside)\b")
_NATIONALITY_ENDING = re.compile(r"(?:an|ese|ish|i|ic|ch|ss)$")
SETTLEMENT_AFTER = re.compile(r"\s+(?:village|town|city|hamlet|locality|settlement|sub-?district|municipality|commune|"
                              r"township|sub-?county)\b")
# "kidnapped on Auchi road": the town a road is named after (a road between two towns is
# ``road_mentions``').
_ON_ROAD_BEFORE = re.compile(r"\b(?:on|along)\s+(?:the\s+)?$", re.IGNORECASE)
# (in lower case: "Kingsley Road" is a street; so is "Poli road in Mombasa", a road of the town
# named after it, where "Auchi road in Edo state" leads to Auchi)
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|expressway)\b(?!\s+in\s+[A-Z][\w\-]*\b(?:\s+[A-Z][\w\-]*\b)?"
                         r"(?!\s+(?:state|province|region|county|district|governorate|division|department|area)\b))")
_PLACE_CUE = re.compile(r"\b(?:(?:town|village|city|locality|hamlet|settlement|commune|municipality|suburb|"
                        r"neighbou?rhood|district|county|province|region|governorate|camp|outskirts|"
                        # ("the farming community of Lamurde", not "the community of Sant'Egidio")
                        r"(?:farming|fishing|mining|rural|border|remote)\s+community)\s+of|"
                        r"entrance\s+(?:to|of)(?:\s+the\s+(?:town|village|city|settlement)\s+of)?|"
                        # "inside the church of Biard", "the town hall of Albocasser", "on the road to I-n-Ouagar"
                        r"(?-i:the\s+(?:church|mosque|cathedral|town\s+hall|market|road)\s+(?:of|to)))\s+$", re.IGNORECASE)
# ... but a church named for its faith is no town: "the church of Jesus Christ in Owo".
_FAITH_NAME = re.compile(r"(?:Jesus|Christ|God|Saint|St|Our|Holy|Latter|Scientology|Allah|Prophet)\b")


# A capitalised word opening a headline is most often a place when a colon or a word for what
# happened follows: "Quetta hotel blast: ...", "Diyarbakir: roadside bomb kills 4".
_LABEL_AFTER = re.compile(r"\s*:|\s+(?:[a-z]+\s+)?(?:blasts?|bombings?|bombs?|attacks?|ambush|raids?|clashes|shootings?|"
                          # "Winnipeg man charged ...": a resident of the place (a city big enough to say so)
                          r"(?:man|woman|men|women|teen|teenager|boy|girl|couple|family|resident|native|cop)\b|"
                          r"violence|explosions?|massacres?|fighting|unrest|riots?|siege|toll|kidnap(?:pings?|s)?|abductions?|"
                          r"stabbings?|knife\s+attacks?|jailbreak|jail\s+break|prison\s+break|beheadings?|lynching|shelling)\b")
_PEOPLE_AFTER = re.compile(r"\s+(?:militants|gunmen|rebels|insurgents|jihadists|fighters|soldiers|troops|police|forces|"
                           r"civilians|villagers|volunteers|militiamen|militias?|herders|farmers|residents)\b")


_SHOUTED_PLACE_BEFORE = re.compile(r"\b(?:IN|NEAR|AT|OUTSIDE|OFF|OF|FROM|TO|ON|INTO|HITS?|STORMS?|ROCKS?|STRIKES?|"
                                   r"SHELLS?|POUNDS?|RAIDS?|ATTACKS?|OVERRUN|SEIZE|CAPTURE|ENTER)\s+$")


def _site_after(text: str, end: int) -> bool:
    """Whether a word for a local site follows ("BELEDWEYNE HOTEL")."""
    m = re.match(r"\s+([A-Z]+)\b", text[end:end + 16])
    return m is not None and m.group(1).lower() in _TAIL_LOCAL


def _shouted(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is written in capitals."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    return not any(ch.islower() for ch in line)


# Initials that are also an English word: a country only as written, in capitals, on a line
# that is not all capitals ("aid workers killed in CAR", never "CAR BOMB KILLS 5").
_CASED_INITIALS = {"CAR": "Central African Republic"}


def spelt_out(span: str, text: str, start: int) -> str:
    """What the gazetteer is asked for ``span``: its own words, or the country its initials are."""
    # (nor the initials of the name they follow: "Conflict Armament Research (CAR)")
    cased = span in _CASED_INITIALS and not _shouted(text, start) and not text[:start].rstrip().endswith("(")
    return _CASED_INITIALS[span] if cased else span


def run_mentions(text: str, taken: Sequence[tuple[int, int]],
                 blocked: Sequence[tuple[int, int]]) -> list[Mention]:
    """Capitalised runs outside ``taken`` (already mentions) and ``blocked`` (PERSON, ORG...).

    Every contiguous sub-run of up to 4 words becomes a mention; geoparse keeps the longest
    that resolves, so "New South Wales" beats "Wales".
    """
    # One mark per character covered, so that each test is linear in the run, not in the
    # number of spans (long documents have thousands of both).
    covered = bytearray(len(text))
    for ts, te in (*taken, *blocked):
        covered[max(ts, 0):max(te, 0)] = b"\x01" * max(0, min(te, len(text)) - max(ts, 0))

    def free(s: int, e: int) -> bool:
        return covered.find(1, s, e) == -1

    spans = [*taken, *blocked]

    def joined(s: int, e: int) -> bool:
        # "Romans sur Isere" ("Romans" tagged a nationality): a compound name whose parts NER
        # took for names of their own, when no tagged span runs past either end.
        return JOINED_NAME.search(text, s, e) is not None and not any(
            ts < s < te or ts < e < te for ts, te in spans)

    out = []
    for run in _RUN.finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start()) for m in _WORD.finditer(run.group())]
        site = _site_run(text, run, words)
        for i, (s, _) in enumerate(words):
            if not _capitalised(text, s):
                continue
            for j in range(min(len(words), i + 4) - 1, i - 1, -1):
                e = words[j][1]
                if not (text[e - 1].isalnum() or text[e - 1] == ".") \
                        or not _capitalised(text, words[j][0]):
                    continue
                if site and (i, j) != (0, len(words) - 1) and not _OF_BEFORE.search(text, max(0, s - 4), s) \
                        and not run.group().isupper() \
                        and not (i == 0 and j + 1 < len(words) and text[words[j + 1][0]:words[j + 1][1]].lower() in _SITE_NAME_ENDS):
                    # "the Taj Mahal Palace hotel", "the Islamic Cultural Centre of Quebec City": the
                    # words of a site's name are no places of their own, except a big town, or one
                    # spelt exactly so, that opens or closes it ("Kabul Serena Hotel", "Gwadar Press
                    # Club", "Marriott Hotel Islamabad"), one right before the site's word
                    # ("Beledweyne Hotel") or one after "of".
                    if (i == 0 or j == len(words) - 1) and text[words[j][0]:e].lower() not in _SITE_NAME_ENDS:
                        out.append(Mention(s, e, text[s:e], spelt_out(text[s:e], text, s), "run",
                                           place_hint(text[s:e], text, e), site=True))
                    continue
                # (so does a word for a settlement after it, "near Lab-Sar village", where NER
                # saw nothing; a name NER gave a kind, "a Druze village", is no place)
                settlement_after = SETTLEMENT_AFTER.match(text, e) is not None
                cued = (_PLACE_CUE.search(text[max(0, s - 40):s]) is not None and not _FAITH_NAME.match(text, s)) \
                    or (settlement_after and free(s, e)) \
                    or (_ON_ROAD_BEFORE.search(text, max(0, s - 12), s) is not None and _ROAD_AFTER.match(text, e) is not None)
                # A cue outranks NER's guess that the name is a person ("the town of Kafr Qaddum").
                if not cued and not free(s, e) and not joined(s, e):
                    continue  # a cued name competes with NER's spans in geoparse's selection
                span = text[s:e]
                if j == i and (span.lower() in _NOT_ALONE or len(span) < 3):
                    continue
                if j == i and i > 0 and span.lower() in _FEATURE_WORDS:
                    continue  # "the Sambisa Forest", "Tapuah Junction": the feature's word is no town Forest
                if cued:
                    # "the town of Kafr Qaddum": the text says it is a place. One word before
                    # "village" may be a nationality ("a Burkinabe village" NER missed).
                    out.append(Mention(s, e, span, span, "cue", place_hint(span, text, e) or "city",
                                       j == i and settlement_after))
                    continue
                shouted = span.isupper() and _shouted(text, s)
                # (in capitals, the words after are read in lower case: a window, not the text)
                label_after = _LABEL_AFTER.match(text[e:e + 80].lower()) if shouted else _LABEL_AFTER.match(text, e)
                if shouted and len(span) >= 3 and not label_after \
                        and not _SHOUTED_PLACE_BEFORE.search(text, max(0, s - 12), s) \
                        and not _site_after(text, e):
                    # A headline in capitals capitalises every word ("TWO FOREST RANGERS"):
                    # only a name after a word for where, or before what happened there, is
                    # read as a town or province.
                    out.append(Mention(s, e, span, span, "run-shouted", place_hint(span, text, e)))
                    continue
                if j == i and _sentence_start(text, s) and span.lower() not in ("us",) and not label_after:
                    # "Burkinabe volunteers", "Sinai militants": a nationality or a region, never
                    # a town, may name whose or where from ("Fano villagers" is no Italian town).
                    source = "run-people" if _PEOPLE_AFTER.match(text, e) else "run-initial"
                    out.append(Mention(s, e, span, spelt_out(span, text, s), source, place_hint(span, text, e)))
                    continue
                # ("the La Belle discotheque": a venue's name, whole, before the word for it)
                venue = (i, j) == (0, len(words) - 1) and len(words) > 1 and _VENUE_AFTER.match(text, e) is not None
                out.append(Mention(s, e, span, spelt_out(span, text, s), "run", place_hint(span, text, e), site=venue))
    return out


# Words that end a building's or a site's name ("the Bardo National Museum", "the Olympic Stadium").
_SITE_NAME_ENDS = frozenset("""hotel palace centre center museum university college school academy institute
hospital clinic mosque church cathedral temple synagogue shrine stadium arena station terminal airport
mall club theatre theater cinema restaurant cafe embassy consulate ministry headquarters complex tower
towers plaza prison jail barracks eatery bakery shop store supermarket pharmacy park""".split())
_OF_BEFORE = re.compile(r"\bof\s+$")
# ("the La Belle discotheque in West Berlin": the venue's name, with its town told after; not "a
# Tierra Blanca bar, killing six", a bar in Tierra Blanca)
_VENUE_AFTER = re.compile(r"\s+(?:discotheque|disco|nightclub|club|bar|pub|cafe|café|restaurant|hotel|casino|cinema|theatre|"
                          r"theater|lounge)\s+(?:in|at|near|on)\s+(?:the\s+)?[A-Z]")


_NAME_GOES_ON = re.compile(r"(?:\s+(?:e|i|al|el|de|del|la|of|the)\b)?(?:\s+[A-Z][\w'’\-]*){1,3}")


def _site_name_continues(text: str, end: int) -> bool:
    """Whether capitalised words after a name run on to a site's word ("Gulshan e Iqbal Park")."""
    more = _NAME_GOES_ON.match(text, end)
    return more is not None and more.group().split()[-1].lower() in _SITE_NAME_ENDS


def _site_run(text: str, run: re.Match[str], words: list[tuple[int, int]]) -> bool:
    """Whether a capitalised run of several words names a site: a word of it is a site's ("the
    Islamic Cultural Centre of Quebec City"), or one follows it in lower case ("the Taj Mahal
    Palace hotel")."""
    if len(words) < 2:
        return False
    after = re.match(r"\s+([a-z]+)\b", text[run.end():run.end() + 20])
    return any(text[s:e].lower() in _SITE_NAME_ENDS for s, e in words) \
        or (after is not None and after.group(1) in _SITE_NAME_ENDS)


_SHARED_WORD = re.compile(r"\b(?P<names>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*,?\s+and\s+"
                          r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<kind>counties|parishes|districts|provinces|states|regions)\b")
_SHARED_HINT = {"counties": "admin2", "parishes": "admin2", "districts": "admin2", "provinces": "admin1",
                "states": "admin1", "regions": "admin1"}


def shared_word_mentions(text: str) -> list[Mention]:
    """"Sangamon and Menard counties": each name is a county, the word said once for all."""
    out = []
    for m in _SHARED_WORD.finditer(text):
        hint = _SHARED_HINT[m.group("kind")]
        for name in re.finditer(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", m.group("names")):
            s, e = m.start("names") + name.start(), m.start("names") + name.end()
            out.append(Mention(s, e, text[s:e], text[s:e], "cue", hint))
    return out


_ROAD = re.compile(r"\b(?P<a>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)\s*[-–]\s*(?P<b>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)"
                   r"\s+(?:highway|road|expressway|motorway|route|axis|corridor|railway|rail\s+line|pipeline)\b")


def road_mentions(text: str) -> list[Mention]:
    """The towns a road joins ("the Abuja-Kaduna highway"), as places the text names: NER reads
    the pair as one facility and neither town alone."""
    out = []
    for m in _ROAD.finditer(text):
        for part in ("a", "b"):
            s, e = m.start(part), m.end(part)
            out.append(Mention(s, e, text[s:e], text[s:e], "cue", "city"))
    return out


# "J&K": an abbreviation with an ampersand is never a word, wherever it stands.
_AMPERSAND = re.compile(r"(?<![\w&])[A-Z]{1,2}&[A-Z]{1,2}(?![\w&])")


def abbreviation_mentions(text: str, after: Sequence[tuple[int, int]]) -> list[Mention]:
    """State/province abbreviations right after a place and a comma ("Topeka, Kan."), and
    ampersand ones anywhere ("J&K")."""
    ends = {e for _, e in after}
    out = []
    for m in _ABBREV.finditer(text):
        if m.start() in ends:
            s, e = m.start(1), m.end(1)
            out.append(Mention(s, e, text[s:e], text[s:e], "abbrev"))
    for m in _AMPERSAND.finditer(text):
        if not any(s <= m.start() < e for s, e in after):
            out.append(Mention(m.start(), m.end(), m.group(), m.group(), "abbrev"))
    return out


# ------------------------------------------------------------------ names the gazetteer knows whole

_TOKEN = re.compile(r"[^\W_]+(?:['’](?!s\b)[^\W_]+)?")
_PARTICLES = frozenset("of the and de du des la le el al do da dos das del della di".split())
LONG_NAME_MAX_WORDS = 6


def _fold_token(word: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("'", "").replace("’", "")


_NEXT_CAP = re.compile(r"[ \-][A-Z]")
_PREV_WORD = re.compile(r"([A-Za-z][\w'’]*)(-|\s)$")


def _after_name(text: str, start: int) -> bool:
    """Whether a capitalised word joins the span from the left ("Calgary-North West"); a
    sentence's first word does not count."""
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if not m:
        return False
    if m.group(2) == "-":
        return True
    return m.group(1)[0].isupper() and not _sentence_start(text, m.start(1))


def long_name_mentions(text: str, names: frozenset[str], blocked: Sequence[tuple[int, int]],
                       orgs: Mapping[int, int] | None = None) -> list[Mention]:
    """Multi-word country and first-level division names found whole in the text, whatever NER
    made of them: "Democratic Republic of the Congo" split into "Democratic Republic" and
    "Congo" is one country, and not the Republic of the Congo. ``names`` are folded keys of two
    or more words; every word of a match is capitalised except particles ("of the"). Skipped
    inside ``blocked`` spans (people, titles) and at the start of an organisation's name that
    runs on past it (``orgs``, start to end: "South Sudan Football Association" is not a toponym;
    NER's "Federation of Bosnia" is a cut "Federation of Bosnia and Herzegovina")."""
    if not names:
        return []
    tokens = [(m.start(), m.end(), _fold_token(m.group())) for m in _TOKEN.finditer(text)]
    out: list[Mention] = []
    for i, (s, _, word) in enumerate(tokens):
        if not text[s].isupper() or word in _PARTICLES or (out and s < out[-1].end):
            continue
        for j in range(min(len(tokens), i + LONG_NAME_MAX_WORDS) - 1, i, -1):
            e = tokens[j][1]
            if not text[tokens[j][0]].isupper():
                continue
            gaps = [text[tokens[k][1]:tokens[k + 1][0]] for k in range(i, j)]
            if any(not re.fullmatch(r"[\s\-]{1,3}", g) for g in gaps):
                continue
            if any(not text[tokens[k][0]].isupper() and tokens[k][2] not in _PARTICLES
                   for k in range(i, j + 1)):
                continue
            key = " ".join(t[2] for t in tokens[i:j + 1])
            if key not in names:
                continue
            if (orgs and orgs.get(s, -1) >= e) or any(s < be and bs < e for bs, be in blocked) \
                    or _NEXT_CAP.match(text, e) or _after_name(text, s):
                break  # part of a longer name: "North West MLA", "New York Times"
            out.append(Mention(s, e, text[s:e], text[s:e], "ner", place_hint(text[s:e], text, e)))
            break
    return out


# ------------------------------------------------------------------ "Town (District, Province)"

# ACLED notes write a place as its name, sometimes a word for what it is, then its second- and
# first-level divisions in parentheses: "Mongbwalu locality (Djugu, Ituri)", "Bani Walid
# (Misrata)", "Inalabag [Tin Elebag] (Anchawadi, Gao)".
_NAME = (r"[A-Z][\w'’\-]*(?:\s+(?:(?:ya|wa|al|el|ez|ash|esh|de|del|du|la|le|des|di|da|do|dos|das|of|bin|ibn|de\s+los|de\s+las|de\s+la)\s+)?"
         # ("South 24 Parganas": a figure inside a district's name)
         r"(?:[A-Z][\w'’\-]*|\d{1,3}(?=\s+[A-Z]))){0,3}")
# (a division of two names, "Kala/Balge", is one item, and so is "Jammu and Kashmir": the items
# are told apart by commas)
_DIVISION_NAME = _NAME.replace("|bin|ibn|", "|bin|ibn|and|")
# ("Kachkarivka (Beryslav raion, Kherson)": a division with the word for its kind, in lower case)
_DIVISION_KIND = r"\s+(?:raion|rayon|district|oblast|province|governorate|county|region|municipality|state)"
_ITEM = rf"{_DIVISION_NAME}(?:/{_DIVISION_NAME})?(?:{_DIVISION_KIND})?"
_PAREN = re.compile(
    rf"(?P<head>{_NAME})(?:\s*\[(?P<alt>{_NAME})\])?(?:\s+(?P<what>[a-z]+(?:\s+[a-z]+)?))?"
    rf"\s*\((?P<items>{_ITEM}(?:\s*,\s*{_ITEM}){{0,2}})\)")
# Words between a name and its parentheses that say it is a place.
_PLACE_WORDS = frozenset("""locality village town city area commune district county region
province camp market neighbourhood neighborhood quarter suburb settlement hamlet site zone
sector territory department municipality road junction border crossing outskirts vicinity
countryside chiefdom chieftaincy groupement localite island township tehsil cercle woreda kebele
taluk mandal ward barangay hromada upazila union""".split())


def parenthesis_mentions(text: str) -> list[Mention]:
    """Each parenthesised division ("paren") and the name with its alternate in brackets
    ("paren-head"), as strong mentions; ``geoparse`` chains them, so the divisions hold the name
    and give its country, and keeps a name only where its divisions resolved ("Musir (Mike de
    Kock)" is a horse and its jockey)."""
    out = []
    for m in _PAREN.finditer(text):
        what = m.group("what")
        if what and not set(what.split()) & _PLACE_WORDS:
            continue
        items = [(i.start() + m.start("items"), i.end() + m.start("items"))
                 for i in re.finditer(_ITEM, m.group("items"))]
        if any(text[s:e].isupper() for s, e in items):
            continue  # "(ADF)", "(UP)": acronyms, not divisions
        spans = [(m.start("head"), m.end("head"), "paren-head")]
        if m.group("alt"):
            spans.append((m.start("alt"), m.end("alt"), "paren-head"))
        spans += [(s, e, "paren") for s, e in items]
        # ACLED's "Zolochiv (Bohodukhivskyi, Kharkiv)": the last of two or more divisions is the
        # province, even where a city shares its name.
        last = items[-1][0] if len(items) >= 2 else None
        for s, e, source in spans:
            province = s == last
            clean, s, e = _clean(text[s:e], s)
            if len(clean) < 3 or clean.lower() in _NOT_ALONE:
                continue
            hint = place_hint(clean, text, e) or ("admin1" if province else None)
            # ("Rolpa district": the district named Rolpa; "City of Cape Town" keeps its "Town")
            # ("(Rakhine State)": the state named Rakhine)
            out.append(Mention(s, e, clean, re.sub(_DIVISION_KIND + "$", "", clean, flags=re.IGNORECASE), source, hint))
    return out
