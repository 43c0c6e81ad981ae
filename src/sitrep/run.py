"""The whole extraction as plain calls: documents in, events (or places) out.

This is the one place that chains the stages; the CLI, the Python API and the Dask wrapper all
call it, so they cannot drift apart.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from .config import Settings
from .extraction.actors import ActorLexicon, ActorMention
from .extraction.around_name import after_name, first_after
from .extraction.attribution import AttributionHit, find_attribution
from .extraction.casualties import share, toll_shares
from .extraction.consolidate import consolidate, crowd_sized
from .extraction.dates import dateline_date, document_anchor
from .extraction.mentions import (Context, anaphora, choose_place, is_compound_modifier, is_demonym, is_launch_point,
                                  is_modifier, is_origin, is_reference_point, names_mission, names_site,
                                  sentence_mentions, tells_own_toll)
from .extraction.neighbourhoods import part_of_town
from .extraction.untriggered import gtd_summary, note_event
from .geo.distance import haversine_km
from .geo.gazetteer import Gazetteer
from .geo.fold import fold, loose, loose_ok
from .geo.geoparse import COMPASS_NAMES, display_name, geoparse, placed_by_words, to_location
from .ingest.clean import split_lines, split_sentences
from .models import ARMED_GROUP_TYPES, Actor, Document, Entity, Event, Location, Mention, Place, ReadError, Sentence, replace
from .nlp.convert import annotate
from .nlp.triage import select
from .ontology import Lexicon, load_lexicon

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Resources:
    """Everything loaded once per process and passed down: the model, lexicons, gazetteer."""

    nlp: "Language"
    lexicon: Lexicon
    actors: ActorLexicon
    gazetteer: Gazetteer


_SIDING = re.compile(r"\b(?:pro|anti)-?$", re.IGNORECASE)  # "pro-Russian", "anti-Turkish"


def load_resources(settings: Settings) -> Resources:
    from .nlp.pipeline import load_nlp

    return Resources(
        nlp=load_nlp(settings.model), lexicon=load_lexicon(), actors=ActorLexicon.load(),
        gazetteer=Gazetteer.open(settings.gazetteer_path),
    )


DEMONYM_VOTES_MAX = 0.9
GAZA_MAX_LON = 34.6
# A village this small, this far from the home of every armed group in the event, is a namesake.
STRAY_TOWN_POP, STRAY_TOWN_KM = 25_000, 2_500
INVADED_CITY_RATIO = 10  # a city abroad this many times the home namesake's size is where a state's forces fought
# Nouns for people away from home: their nationality says whose people they were, not where it
# happened ("frees two German hostages", "killing 12 Iranian pilgrims"). (not "Somali National Army")
_FOREIGNERS_AFTER = re.compile(r"\s+(?:hostages?|tourists?|nationals?|citizens?|expatriates|expats|missionar(?:y|ies)|engineers?|"
                               r"sailors|seamen|contractors?|aid\s+workers?|pilgrims|holidaymakers|visitors|"
                               r"travell?ers|backpackers|diplomats|"
                               # ("a Tunisian resident of France", "a British citizen", "Syrian refugees")
                               r"resident\s+of|immigrants?|refugees?|asylum[- ]seekers?)\b")
_FORCES_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:forces|troops|soldiers|army|military|navy|air\s+force|jets|warplanes|"
                           r"drones?|police|security|commandos|special\s+forces|artillery|strikes?|air\s*strikes?)\b",
                           re.IGNORECASE)


# "rallied in Jakarta in support of Palestine", "marched in Rabat to protest against the bombing of
# Gaza", "stabbed three people in Wakefield ... shouting about revenge for Syria": the place a
# protest or an attack is about, told after its cause, is not where it happened.
_GRIEVANCE_BEFORE = re.compile(r"\b(?:in\s+(?:solidarity|support)\s+(?:with|of)|(?:revenge|retaliation|vengeance)\s+for|"
                               r"to\s+avenge|to\s+(?:condemn|denounce|protest|"
                               r"express\s+solidarity|show\s+solidarity)|condemning|denouncing|protesting\s+(?:against|over)|"
                               r"in\s+protest\s+(?:at|against|over))\b[^.;!?]*$", re.IGNORECASE)
GRIEVANCE_VOTE = 0.4
LEAD_VOTE = 1.5
# GTD's incident summaries open with their date: "05/03/2019: Assailants ...".
# (not "accused of kidnapping")
_HOSTAGES = re.compile(r"(?<!of\s)(?<!with\s)\b(?:abduct\w*|kidnapp?\w*)|\b(?:hostages?|captives?|abductees)\b", re.IGNORECASE)
_INCIDENT_SUMMARY = re.compile(r"\s*\d{1,2}/\d{1,2}/\d{4}\s*:")


def _country_focus(places: Sequence[Place], text: str = "", lead_end: int = 0) -> str | None:
    """The country a document is about: the one its toponyms (not its demonyms, not a country
    name used as a modifier, "the US dollar") name most. A toponym before ``lead_end``, in the
    first sentence that names a place, counts more: the lead says where it happened, later
    sentences where it went on ("... in Berlin, killing 12. The driver was shot dead by Italian
    police near Milan")."""
    votes: Counter[str] = Counter()
    people: Counter[str] = Counter()
    for p in places:
        if not p.country or is_compound_modifier(text[p.end:p.end + 20]):
            continue  # "Iranian-backed militia", "US-led coalition": whose, not where
        if is_demonym(p):
            if _FOREIGNERS_AFTER.match(text, p.end) or names_mission(text, p.end):
                continue  # "frees two German hostages", "the Japanese ambassador": whose people, abroad
            # "Saudi forces" says something about where, a toponym more: however often a
            # nationality is named, one place named outvotes it. Forces act abroad, the people
            # they act on mostly live where it happens ("Israeli troops shoot Palestinian
            # teen"), so a nationality of forces counts half.
            people[p.country] += 0.25 if _FORCES_AFTER.match(text, p.end) else 0.5
        elif not is_modifier(p, text[p.end:], text[max(0, p.start - 20):p.start]) and not names_site(text, p.end):
            # A province or country named is surer evidence than a town, which may be a namesake.
            vote = 1.1 if p.feature in ("admin1", "admin2", "country") else 1.0
            if _GRIEVANCE_BEFORE.search(text, max(0, p.start - 120), p.start):
                vote *= GRIEVANCE_VOTE
            if p.start < lead_end:
                vote *= LEAD_VOTE
            votes[p.country] += vote
    for country, n in people.items():
        votes[country] += min(n, DEMONYM_VOTES_MAX)
    return max(votes, key=lambda c: votes[c]) if votes else None


# "in the Somali capital", "Burkina Faso's capital": the capital city, named by its country.
# (Only for events: ``sitrep places`` keeps the nationality, which the corpora annotate as the country.)
_CAPITAL_AFTER = re.compile(r"(?:['’]s)?\s+capital\b(?!\s+(?:city\s+of|of|punishment|markets?|gains?|flight|"
                            r"expenditure|investment|spending|budget|letters?|region|territory|district|area)\b)",
                            re.IGNORECASE)


# "30 km north of the Somali capital", "far from the Ukrainian capital": a landmark, not the place.
_LANDMARK_BEFORE = re.compile(r"\b(?:(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\w+\s+){0,2}?(?:of|from)|from|unlike(?:\s+in)?|"
                              r"outside|beyond)\s+the\s+$", re.IGNORECASE)


def _capital_of(place: Place, text: str, gazetteer: Gazetteer) -> Place:
    if place.feature != "country" or not place.country or not _CAPITAL_AFTER.match(text, place.end) \
            or _LANDMARK_BEFORE.search(text, max(0, place.start - 40), place.start):
        return place
    capital = gazetteer.capital(place.country)
    if capital is None:
        return place
    return replace(place, name=capital.name, lat=capital.lat, lon=capital.lon, geonameid=capital.geonameid,
                   admin1=capital.admin1, feature="city", demonym=False)


def _fallback_location(places: Sequence[Place], focus: str | None, resources: Resources) -> Location | None:
    """Where an event with no place of its own happened: the document's main place."""
    if focus is None:
        return None
    local = [p for p in places if p.country == focus and p.feature not in ("country", "continent")]
    if local:
        counts = Counter(p.geonameid for p in local)
        best = max(local, key=lambda p: (counts[p.geonameid], -p.start))
        return to_location(best, resources.gazetteer, 2 if best.feature == "city" else 3)
    country = next((p for p in places if p.country == focus and p.feature == "country"), None)
    return to_location(country, resources.gazetteer, 3) if country else None


def document_context(document: Document, sentences: Sequence[Sentence],
                     resources: Resources) -> tuple[list[Place], list[Place], Context]:
    """The document's places, its weak places (see ``geoparse``) and what its mentions are read
    against (focus, anchor date)."""
    entities: list[Entity] = [e for s in sentences for e in s.entities]
    # A word for violence is not a place, however the gazetteer spells its namesakes
    # ("Battles intensify west of Marib" is not about Bitlis).
    # (nor does a side taken, "a pro-Russian official" in Chornobaivka, say where it happened)
    found = [p for p in geoparse(document.text, entities, resources.gazetteer, weak=True)
             if not resources.lexicon.is_trigger(p.text)
             and not (is_demonym(p) and _SIDING.search(document.text, max(0, p.start - 5), p.start))]
    found = _outside_group_names(found, document.text, resources.actors)
    # ("fired Grad rockets at Tripoli": a weapon's name, not Slovenia's Grad)
    found = [p for p in found if is_demonym(p) or not _WEAPON_AFTER.match(document.text, p.end)]
    found = [p for p in found if not _site_abroad(p, found, document.text)]
    places = [_capital_of(p, document.text, resources.gazetteer) for p in found if not p.weak]
    told = [p for p in places if not is_reference_point(p, document.text)]
    # Where a person came from, or a rocket was fired from, says where the story is only when no
    # other place does ("balloons launched from Gaza spark fires near Sderot"; a town NER missed
    # counts).
    launched = [p for p in told if is_launch_point(p, document.text)]
    if launched and (any(p not in launched for p in told)
                     or any(p.weak and not _group_named(p, document.text, resources.actors) for p in found)):
        told = [p for p in told if p not in launched]
    voters = [p for p in told if not is_origin(p, document.text)] or told
    # (a place a group is named after says where the story is only when nothing else does: "the
    # Popular Front for the Liberation of Palestine" opened fire at Lod Airport, in Israel)
    voters = [p for p in voters if not _named_abroad(p, document.text, resources.actors)] or voters
    first = min((p.start for p in voters if not is_demonym(p)), default=None)
    lead_end = next((s.end for s in sentences if first is not None and s.start <= first < s.end), 0)
    focus = _country_focus(voters, document.text, lead_end)
    named = Counter(p.country for p in places if p.country)
    # A story with no publication date of its own was filed on its dateline's day.
    published = document.published or dateline_date(document.text)
    # A focus that only nationalities give ("Two Israelis killed near Huwara") rules out no town.
    named_focus = any(p.country == focus and not is_demonym(p) for p in places)
    ctx = Context(lexicon=resources.lexicon, actors=resources.actors, published=published,
                  anchor=document_anchor(document.text), country=focus,
                  countries=frozenset(c for c, n in named.items() if n >= 2 or c == focus),
                  named_focus=named_focus or focus is None,
                  perpetrator_report=_INCIDENT_SUMMARY.match(document.text) is not None,
                  hostages=_HOSTAGES.search(document.text) is not None, own_toll=tells_own_toll(document.text))
    weak = [p for p in found if p.weak and (focus is None or p.country == focus or (
        not named_focus and placed_by_words(document.text, p.start))) and not _group_named(p, document.text, resources.actors)]
    return places, weak, ctx


_WEAPON_AFTER = re.compile(r"\s+(?:rockets?|missiles?|(?:multiple\s+)?(?:rocket\s+)?launchers?|MLRS|howitzers?|"
                           r"rifles?|mortars?)\b", re.IGNORECASE)


# ("the Pearl Continental hotel in Gwadar": a site's name may run on past the town-like word)
_SITE_IN = re.compile(r"(?:\s+[A-Z][\w'’\-]*){0,2}\s+(?:shopping\s+(?:centre|center|mall|complex)|mall|market(?:place)?|stadium|square|"
                      r"hospital|school|college|university|mosque|church|hotel|bus\s+(?:station|terminal|stop)|"
                      r"station|roundabout|junction|suburb|township|estate|neighbou?rhood|camp)\s+(?:in|of)\s+(?:the\s+)?$",
                      re.IGNORECASE)


def _site_abroad(place: Place, places: Sequence[Place], text: str) -> bool:
    """A site named like a town abroad, in a town the text names next ("at Warren Park shopping
    centre in Harare" is a suburb of Harare, not Warren Park, Indiana; "the Pearl Continental
    hotel in Gwadar" is no hotel in Pearl, Mississippi)."""
    following = next((q for q in places if q.start > place.end), None)
    return following is not None and following.country != place.country and following.start - place.end <= 40 \
        and _SITE_IN.match(text[place.end:following.start]) is not None


def _outside_group_names(places: list[Place], text: str, actors: ActorLexicon) -> list[Place]:
    """Places that are not words of an armed group's name in another country than the group's:
    "the Kurdistan Workers' Party" (Turkey) claims a bombing in Diyarbakir, not in Iran's
    Kordestan; "Islamic State's Central Africa Province" (Congo) fights in Mozambique, not in the
    Central African Republic. (The "Balochistan Liberation Army" does say where it fights, and so
    does a state's army.)"""
    out = []
    for p in places:
        group = _containing_group(p, text, actors)
        if group is None or not group.actor.country or group.actor.country == p.country:
            out.append(p)
    return out


def _containing_group(place: Place, text: str, actors: ActorLexicon) -> ActorMention | None:
    """The armed group whose longer name the place is a word of ("... Liberation of Palestine")."""
    # (only a name that runs on into capitalised words can be inside a group's: "Kurdistan
    # Workers' Party", "Islamic State's Central Africa Province")
    if not (_NAME_AFTER.match(text, place.end) or _WORD_OF_NAME_BEFORE.search(text, max(0, place.start - 40), place.start)):
        return None
    return next((a for a in actors.find(text, max(0, place.start - 60), place.end + 60)
                 if a.kind == "group" and a.start <= place.start and place.end <= a.end
                 and (a.start, a.end) != (place.start, place.end)), None)


def _named_abroad(place: Place, text: str, actors: ActorLexicon) -> bool:
    """Whether a place is a word of the name of a group of another country or of none ("Turkistan
    Islamic Party" fighting in Syria; not the "Sudan Liberation Army" in Sudan)."""
    group = _containing_group(place, text, actors)
    return group is not None and group.actor.country != place.country


def _group_named(place: Place, text: str, actors: ActorLexicon) -> bool:
    """A weak town named like an armed group ("killed in Fano attack") is the group."""
    return any(a.kind == "group" for a in actors.find(text, place.start, place.end))


_NAME_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Z]|(?:militia\w*|fighters|rebels|forces|movement|army|front|party|group|"
                         r"brigades?|insurgents|militants)\b)")
_WORD_OF_NAME_BEFORE = re.compile(r"[A-Z][\w'’\-]*(?:['’]s)?\s+$")


def extract_annotated(document: Document, sentences: Sequence[Sentence],
                      resources: Resources) -> list[Event]:
    """Events of one document whose chosen sentences are already annotated."""
    places, weak, ctx = document_context(document, sentences, resources)
    mentions: list[Mention] = []
    attribution: list[AttributionHit] = []
    previous: list[ActorMention] = []
    opening: list[ActorMention] = []  # the first sentence's actors, for a note no trigger reads
    for sentence in sentences:
        found, actor_hits = sentence_mentions(sentence, places, ctx, previous)
        mentions.extend(found)
        if sentence.index == 0:
            opening = actor_hits
        attribution.extend(find_attribution(sentence.text, sentence.start,
                                            actor_hits + anaphora(sentence.text, sentence.start, actor_hits, previous),
                                            document.text))
        previous = (previous + actor_hits)[-12:]
    starts = [(s.start, s.index) for s in sentences]

    def sentence_of(offset: int) -> int:
        return max((index for start, index in starts if start <= offset), default=0)

    fallback = _fallback_location(places, ctx.country, resources)
    events = consolidate(
        document.id, mentions, attribution, sentence_of,
        locate=lambda place, precision: to_location(place, resources.gazetteer, precision),
        fallback=fallback, text=document.text, summary=ctx.anchor is not None,
    )
    first = next((s for s in sentences if s.index == 0), None)
    # (a note: the document opens with its day, ``ctx.anchor``, and not as a GTD summary)
    if first is not None and not any(e.status == "occurred" and not e.background for e in events) \
            and ctx.anchor is not None and not gtd_summary(document.text):
        # (its doer is the note's first armed or state actor: "Wagner forces moved into a base
        # vacated by French troops"; "a mass grave was discovered" names none)
        doer = next((a.actor for a in opening if a.kind in _DOERS), None)
        recalled = any(span.start < first.end for e in events for span in e.evidence)
        # (where its first sentence says, as for any event: "imposed a curfew in Nekemte (East
        # Wellega, Oromia)", not the region the document names most)
        spot, precision = choose_place(places, first, ctx.country if ctx.named_focus else None, ctx.countries)
        where = to_location(spot, resources.gazetteer, precision) if spot is not None and spot.feature != "country" \
            else fallback
        note = note_event(document.id, document.text, first.end, (doer,) if doer else (), where, ctx.anchor, recalled,
                          crowd=crowd_sized(document.text))
        events += [note] if note is not None else []
    named = Counter(p.country for p in places if p.country)
    cues = _country_words(document.text)  # once per document, not per event
    out = []
    for event in events:
        event = _split_tolls(event, sentences, document.text)
        event = _with_weak_place(event, weak, resources)
        event = _with_location(event, resources, named, ctx.country, cues, document.text)
        event = _in_part_of_town(event, document.text, resources)
        event = _admin1_as_written(event, places, document.text, summary=ctx.anchor is not None)
        event = _palestine(event, document.text)
        out.append(_with_crowd(_with_forces_country(event, resources.actors), resources.actors))
    return out


_DOERS = frozenset({"group", "state", "unidentified", "government"})


# ACLED names the crowd of every demonstration: the protesters or rioters of the country, as
# actor, or as the target of force used on peaceful protesters.
_CROWDS = {"Peaceful protest": ("Protesters", "actors"), "Protest with intervention": ("Protesters", "actors"),
           "Excessive force against protesters": ("Protesters", "recipients"),
           "Violent demonstration": ("Rioters", "actors"), "Mob violence": ("Rioters", "actors")}


def _with_crowd(event: Event, actors: ActorLexicon) -> Event:
    kind, side = _CROWDS.get(event.acled_sub_event_type or "", (None, None))
    if kind is None or any(a.type == kind for a in (*event.actors, *event.recipients)):
        return event
    crowd = actors.crowd_actor(kind, event.location.country if event.location else None)
    if side == "actors":
        return replace(event, actors=(crowd, *event.actors))
    return replace(event, recipients=(crowd, *event.recipients))


_GENERIC_STATE = {"Military Forces": "military", "Police Forces": "police", "Government": "government"}


def _with_forces_country(event: Event, actors: ActorLexicon) -> Event:
    """State forces named without a country ("Military forces re-opened the road")
    are the forces of the country the event happened in, once that is known."""
    country = event.location.country if event.location else None
    if not country:
        return event

    def named(side: tuple) -> tuple:
        return tuple(actors.state_actor(country, _GENERIC_STATE[a.name], a.text)
                     if a.name in _GENERIC_STATE and a.country is None else
                     actors.unidentified_actor(country, a.text) if _unplaced_gunmen(a, country, actors) else a
                     for a in side)

    actors_, recipients = named(event.actors), named(event.recipients)
    if actors_ == event.actors and recipients == event.recipients:
        return event
    return replace(event, actors=actors_, recipients=recipients)


def _unplaced_gunmen(actor: Actor, country: str, actors: ActorLexicon) -> bool:
    """Unidentified gunmen named after a country the text does not give them ("ASG bandits abduct
    Indonesian fishermen off Tawi-Tawi" made them Indonesia's): ACLED names them after the
    country they act in."""
    return actor.name.startswith("Unidentified Armed Group") and actor.country != country \
        and not any(actors.country_code(w) for w in re.findall(r"[^\W\d_]+", actor.text))


def _in_part_of_town(event: Event, text: str, resources: Resources) -> Event:
    """"the al-Zahra neighbourhood of Homs": ACLED's "Homs - al-Zahra", at the town, precision 1."""
    loc = event.location
    if loc is None or not loc.text or loc.geonameid is None:
        return event
    place = resources.gazetteer.get(loc.geonameid)
    if place is None or place.feature != "city":
        return event
    said = " ".join(text[s.start:s.end] for s in event.evidence)
    part = part_of_town(said, loc.text)
    if part is None:
        return event
    return replace(event, location=replace(loc, name=f"{loc.name} - {part}", precision=1))


def _split_tolls(event: Event, sentences: Sequence[Sentence], text: str) -> Event:
    """This event's share of a toll the document states for several linked events."""
    changes = {}
    for name in ("killed", "injured"):
        count = getattr(event, name)
        if count is None:
            continue
        sentence = next((s for s in sentences if count.text and count.text in s.text), None)
        # (a toll with no words of its own, summed from sides, still follows the document's split note)
        n = toll_shares(text, sentence.text if sentence else "")
        if n > 1:
            changes[name] = share(count, n)
    return replace(event, **changes) if changes else event


# ("Samal Island, Davao del Norte province, Philippines", "in Esperanza and President Quirino
# municipalities, Sultan Kudarat province, Philippines")
_ADDRESS_TAIL = re.compile(r"(?:\s+and\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}(?=\s+(?:districts|municipalities|towns|villages|communes),))?"
                           r"(?:\s+(?:district|municipality|town|city|village|commune|township|(?i:island)|districts|municipalities|"
                           r"towns|villages|communes))?,\s+(?:[\w'’\- ]{1,40}?\s+district,\s+)?(?P<province>[A-Z][\w'’\- ]{1,40}?),\s+"
                           r"(?P<country>[A-Z][\w'’\- ]{1,40}?)(?=\s*[.;,]|\s*$)")
# A state's short form ("W. Va.", "Kan.", "TX"): how the text abbreviates, not how a coder writes it.
_ABBREVIATED = re.compile(r"[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?|[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
# "Indanan, Sulu, Philippines": the name of a town before the province, and the country after it
_NAME_BEFORE = re.compile(r"[A-Z][\w'’\-]+,\s+\Z")
_PROVINCE_TAIL = re.compile(r"(?:\s+province)?,\s+(?P<country>[A-Z][\w'’\- ]{1,40}?)(?=\s*[.;,]|\s*$)")
# "in Sulu province, Philippines"
_PROVINCE_THEN = re.compile(r"\s+province,\s+(?P<next>[A-Z][\w'’\-]*(?:[\s\-][A-Z][\w'’\-]*){0,3})")
# "Freetown city (Western Area Urban, Western)", "Tallkayf and Batnaya (Tilkaif, Ninewa)"
_BRACKETED_ADDRESS = re.compile(r"(?:\s+(?:town|city|village|commune|township|municipality|district))?"
                                r"(?:\s+and\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)?\s+"
                                r"\((?:[^()]{1,60},\s+)?(?P<province>[A-Z][^(),]{1,40})\)")
# "(Luwero, Central)"
_OPEN_BRACKET = re.compile(r"\(\Z")
_BRACKETED_PROVINCE = re.compile(r",\s+(?P<province>[A-Z][^(),]{1,40})\)")
_REPUBLIC_OF = re.compile(r"^(?:the\s+)?Republic\s+of\s+(?=[A-Z])")
_ADMIN_WORD = re.compile(r"\s+(?:province|state|region|governorate|oblast|county|department|prefecture|district|republic|division|"
                         r"countryside|(?:northern|southern|eastern|western)\s+countryside)$",
                         re.IGNORECASE)


def _province_name(written: str) -> str:
    """A province as written, without its kind ("Sulu province", "Dagestan Republic", "Republic of
    Dagestan": Sulu, Dagestan)."""
    return _ADMIN_WORD.sub("", _REPUBLIC_OF.sub("", written))


# Countries whose provinces GeoNames files a level down, under regions: GTD's province is
# GeoNames' second level ("Indanan, Sulu, Philippines"); elsewhere a district named in the address
# ("Rollo, Bam province, Burkina Faso") is inside the province GTD writes (Centre-Nord).
_PROVINCES_AS_DISTRICTS = frozenset({"PH"})


# Countries whose first-level divisions in ACLED are the districts below GeoNames' (Uganda's four
# regions in GeoNames, its districts in ACLED's notes and data).
_DISTRICTS_AS_PROVINCES = frozenset({"UG"})


# The kinds a province's own name may end in (capitalised: "Maputo City", "Islamabad Capital
# Territory"), unlike _ADMIN_WORD's district or county, which name a division below it.
_CITY_WORD = re.compile(r"\s+(?:City|Province|Region|State|Governorate|Oblast|Prefecture|Division|Capital\s+(?:Territory|District|City)|"
                        r"Federal\s+Territory)$")


def _words(name: str) -> int:
    """Words of a province's name but its kind ("Maputo City": one)."""
    return len(re.split(r"[\s\-]+", _CITY_WORD.sub("", name)))


def _admin1_as_written(event: Event, places: Sequence[Place], text: str = "", summary: bool = False) -> Event:
    """The province as the report names it ("Saxony", "Idleb"), when the report names the
    province the event lies in; coders record the name their source gives, and the gazetteer's
    may be the local form ("Sachsen"), a newer division ("Papua Tengah") or a region above the
    province ("Soccsksargen" for "Isulan, Sultan Kudarat, Philippines")."""
    loc = event.location
    if loc is None or not (loc.admin1 or summary):
        # (a town GeoNames files under no province may have one in a summary's brackets:
        # "Zomba (Zomba City, Southern)")
        return event
    known = loc.admin1 or ""
    if loc.text and loc.precision in (1, 2):
        # "Town, Province, Country": the address's own province.
        for m in after_name(text, loc.text, _ADDRESS_TAIL):
            province, country = m.group("province"), m.group("country")
            if _ABBREVIATED.fullmatch(province.strip()):
                continue  # "Huntington, W. Va.": a state's short form, not how a coder writes it
            if any(p.text == country and p.feature == "country" and p.country == loc.country for p in places) \
                    and any(_province_name(p.text) == _province_name(province) and p.country == loc.country
                            # (a district in news, "Parachinar, Kurram, Pakistan", is no province;
                            # in an incident summary, GTD writes its province there, even one the
                            # gazetteer reads as its capital: "Sumisip, Basilan, Philippines")
                            and (p.feature == "admin1" or (p.feature in ("admin2", "city", "region") and summary
                                                           and loc.country in _PROVINCES_AS_DISTRICTS)) for p in places):
                written = _province_name(province)
                return replace(event, location=replace(loc, admin1=written)) if written != loc.admin1 else event
        # ... and the province itself where the town before it is unknown to the gazetteer
        # ("Indanan, Sulu, Philippines" placed at Sulu's capital, "Larrazabal, Biliran,
        # Philippines" at the province): GTD's province is the one written. (Not a city named as
        # itself: "Greektown, Toronto, Canada" is in Ontario.)
        m = first_after(text, loc.text, _PROVINCE_TAIL, head=_NAME_BEFORE)
        if summary and m and any(p.text == m.group("country") and p.feature == "country" and p.country == loc.country
                                 for p in places) \
                and any(p.text == loc.text and p.country == loc.country and (
                    p.feature == "admin1" or (p.feature == "admin2" and loc.country in _PROVINCES_AS_DISTRICTS)
                    or (p.feature == "city" and fold(p.name) != fold(p.text))) for p in places):
            written = _province_name(loc.text)
            return replace(event, location=replace(loc, admin1=written)) if written != loc.admin1 else event
    if summary and not known and loc.text \
            and any(p.text == loc.text and p.feature == "region" and p.country == loc.country for p in places) \
            and (m := first_after(text, loc.text, _PROVINCE_TAIL, head=_NAME_BEFORE)) \
            and any(p.text == m.group("country") and p.feature == "country" and p.country == loc.country for p in places):
        # "Datu Saudi Ampatuan, Maguindanao, Philippines", the town unknown: a province of our own
        # list, which GeoNames files under no first-level division, is the province GTD writes.
        return replace(event, location=replace(loc, admin1=_province_name(loc.text)))
    named = _province_name(loc.text or "")
    after = first_after(text, named, _PROVINCE_THEN, word_start=True) if summary and named and loc.admin1 else None
    if after and loc.country in _PROVINCES_AS_DISTRICTS \
            and any(p.text == loc.text and p.feature == "admin2" and p.country == loc.country for p in places) \
            and not any(p.text == after.group("next") and p.feature == "admin1" and p.country == loc.country for p in places):
        # GTD's "in Sulu province, Philippines": the province named is GTD's, whatever region
        # GeoNames files it under (not "Poni province, Sud-Ouest, Burkina Faso": the region named
        # after it is the province ACLED and GTD file it under).
        return replace(event, location=replace(loc, admin1=named))
    if summary and loc.text:
        # ACLED's "Freetown city (Western Area Urban, Western)", "Luwero (Luwero district)": the
        # last division in the brackets after the place is ACLED's own name of its province.
        # (also the brackets after a second town: "between Tallkayf and Batnaya (Tilkaif, Ninewa)")
        m = first_after(text, loc.text, _BRACKETED_ADDRESS) \
            or first_after(text, loc.text, _BRACKETED_PROVINCE, head=_OPEN_BRACKET)
        written = _province_name(m.group("province").strip()) if m else ""
        # (only where it is the province: Burkina Faso's notes end in the province of a region,
        # "Djibo (Djibo, Soum)" is in the Sahel region)
        if written and not written.isupper() and (
                any(p.text in (m.group("province"), written) and p.feature == "admin1" and p.country == loc.country
                    for p in places)
                # (with as many words but its kind: "Maputo City" is Maputo, "Chittagong Hill Tracts" a
                # district, not Chittagong)
                or (fold(written)[:4] == fold(known)[:4] and _words(written) == _words(known))
                # (a region GeoNames does not divide by: Malawi's "Southern" above its districts)
                or fold(written).lower() in COMPASS_NAMES
                # (a district ACLED takes for the province: "Nebbi town (Nebbi, Nebbi)")
                or loc.country in _DISTRICTS_AS_PROVINCES
                # (a spelling of the same name: "Benshangul/Gumuz" for Benishangul-Gumuz)
                or (loose_ok(loose(fold(written))) and loose(fold(written)) == loose(fold(known)))):
            return replace(event, location=replace(loc, admin1=written)) if written != loc.admin1 else event
    for p in places:
        if p.feature == "admin1" and p.country == loc.country and display_name(p.name) == loc.admin1 and not p.demonym:
            # (an adjective names no province: "Ingush village" is in Ingushetia)
            written = _province_name(re.split(r"\s*[(\[,;]", p.text.strip())[0])
            if written and written != loc.admin1 and written[:1].isupper() and not written.isupper() \
                    and not _ABBREVIATED.fullmatch(written):
                return replace(event, location=replace(loc, admin1=written))
            return event
    written = _province_name(loc.text or "")
    if loc.precision in (1, 2) and written and fold(written) != fold(known) and written[:1].isupper() and known not in text \
            and loose_ok(loose(fold(written))) and loose(fold(written)) == loose(fold(known)):
        # "in Idleb city": the seat bears its province's name, so the report's spelling of one is
        # its spelling of the other.
        return replace(event, location=replace(loc, admin1=written))
    return event


def _with_weak_place(event: Event, weak: Sequence[Place], resources: Resources) -> Event:
    """An event with no place takes a weak one: from its own evidence if it has one, else the
    document's first. Precision 2: the town is likely, not certain."""
    # A word of a group's name ("the Three Brotherhood Alliance") is no place of the event.
    names = [a.text for a in (*event.actors, *event.recipients)]
    groups = [a.text for a in (*event.actors, *event.recipients) if a.type]
    # (nor a group itself, "in Hamas rocket attack"; a person's name may be NER's misreading of a town)
    weak = [p for p in weak if not any(p.text in n and p.text != n for n in names) and p.text not in groups]
    own = [p for p in weak if any(ev.start <= p.start < ev.end for ev in event.evidence)]
    here = event.location
    if here is not None and own and here.precision == 3 and not here.admin1 and here.text \
            and not any(c.country == here.country and c.match != "loose"
                        for c in resources.gazetteer.lookup(here.text, demonyms=False)):
        # The country of a nationality ("Two Israelis killed near Huwara") yields to the town the
        # event is placed in.
        place = own[0]
        return replace(event, location=to_location(place, resources.gazetteer,
                                                   2 if place.feature in ("city", "admin2") else 3))
    inside = [p for p in own if p.feature in ("city", "admin2") and here is not None and here.precision == 3
              and here.admin1 and here.name == here.admin1 and (p.country, p.admin1) == (here.country, here.admin1)]
    if inside:
        # "in Si Sakhon district of Narathiwat province": the town NER doubted lies in the
        # province the event is placed in, so it says where in the province.
        return replace(event, location=to_location(inside[0], resources.gazetteer, 2))
    if here is not None or not weak:
        return event
    place = (own or weak)[0]
    return replace(event, location=to_location(place, resources.gazetteer,
                                               2 if place.feature in ("city", "admin2") else 3))


# ACLED codes East Jerusalem in Palestine (the UN counts it occupied), where
# GeoNames files all of Jerusalem under Israel. An event the report places in East Jerusalem or the
# Old City, or Israeli forces acting on Palestinians there, is on that side, unless the report
# itself says "Jerusalem, Israel" (as GTD's summaries do); a Palestinian attacker's is not.
_IN_ISRAEL = re.compile(r"\bJerusalem,\s+(?:[\w\-]+\s+){0,3}?Israel\b")  # the report places it in Israel itself
_EAST_JERUSALEM = re.compile(r"\b(?:East(?:ern)?\s+Jerusalem|Old\s+City)\b")
_PALESTINIANS = re.compile(r"\bPalestinians?\b")
_WEST_JERUSALEM = re.compile(r"\bWest(?:ern)?\s+Jerusalem\b")


def _palestine(event: Event, text: str) -> Event:
    here = event.location
    said = " ".join(text[span.start:span.end] for span in event.evidence)
    israeli_forces = any(a.type == "State forces" and a.country == "IL" for a in event.actors)
    if here is not None and here.country == "IL" and "jerusalem" in f"{here.text} {here.name}".lower() \
            and (_EAST_JERUSALEM.search(said) or (israeli_forces and _PALESTINIANS.search(said))) \
            and not _IN_ISRAEL.search(text) and not _WEST_JERUSALEM.search(text):
        here = replace(here, country="PS")
    if here is None or here.country != "PS" or here.lon is None or here.admin1 is None:
        return event  # a country-level event names no part of it
    # ACLED and GTD divide Palestine in two, not by governorate: the West Bank and the Gaza Strip
    # (west of 34.6°E).
    return replace(event, location=replace(here, admin1="Gaza Strip" if here.lon < GAZA_MAX_LON else "West Bank"))


def _with_location(event: Event, resources: Resources, named: Counter[str | None],
                   focus: str | None = None, cues: Sequence[str] = (), text: str = "") -> Event:
    """Make the place agree with the groups involved: a place named without its country
    ("raid on a market in Borno town") is re-read inside the country of the armed groups, and
    an event with no place at all takes that country. A region of several countries ("Lake
    Chad") takes the document's country, else the groups'. ``cues``: countries that words of the
    document name (``_country_words``), when no group names one."""
    if event.location is None:
        # With no place at all, even an unidentified group's country ("DR Congo militia", or the
        # document's) is the best there is; else a word only one country uses ("Ukum LGA").
        homes = _groups_countries(event, resources.actors, unidentified=True) or list(cues)
        return replace(event, location=_country_location(homes[0], resources)) if homes else event
    homes = _groups_countries(event, resources.actors) or list(cues)
    here = event.location
    if here.country is None:
        country = focus or (homes[0] if homes else None)
        return replace(event, location=replace(here, country=country)) if country else event
    # Only a lone namesake moves: a place whose country the document names nowhere else.
    if not homes or here.country in homes or not here.text or named[here.country] > 1:
        return event
    # Groups of two countries ("JNIM" of Mali, "VDP" of Burkina Faso): the first that has a
    # namesake of the place.
    known = [c for c in resources.gazetteer.lookup(here.text) if c.lat is not None]
    if any(c.match == "demonym" and c.real_geonameid == here.geonameid for c in known) and any(
            f"{here.text} {a.text}" in text for a in event.actors if a.country and a.country != here.country):
        # "Rwandan FDLR rebels ... near Nyamilima": the nationality of a group of another country
        # is where its men came from; the group's country is the better guess (not "Afghan
        # civilians", the victims')
        return replace(event, location=_country_location(homes[0], resources))
    if any(c.feature == "country" and c.real_geonameid == here.geonameid for c in known):
        return event  # a country named ("in southeast Niger") is no namesake of a place at home
    inside = next((found for home in homes if (found := [c for c in known if c.country == home])), [])
    pinned = [c for c in known if c.real_geonameid == here.geonameid]  # the place as it stands
    if not inside:
        # Armed groups cross borders: with no namesake at home, the pin may be right; but not a
        # village half a world away ("Lido beach" read as Lido Beach, New York, in an Al-Shabaab
        # attack): the event takes the group's country.
        points = [h for h in (resources.gazetteer.country(code) for code in homes) if h is not None and h.lat is not None]
        if pinned and points and pinned[0].feature == "city" and pinned[0].population < STRAY_TOWN_POP \
                and all(haversine_km(here.lat, here.lon, h.lat, h.lon) > STRAY_TOWN_KM for h in points):
            return replace(event, location=_country_location(homes[0], resources))
        return event
    best = max(inside, key=lambda c: (c.feature == "city", c.population))
    if pinned and _invasion(event, homes) and best.feature != "admin1" and (
            pinned[0].feature == "admin1" or pinned[0].population >= INVADED_CITY_RATIO * max(best.population, 1)):
        # States fight abroad: "Russian forces shelled positions in Donetsk oblast" is Ukraine's
        # province (or its city of a million), not the small namesake town at home.
        return event
    place = Place(start=0, end=0, text=here.text, name=best.name, country=best.country, lat=best.lat,
                  lon=best.lon, geonameid=best.real_geonameid, admin1=best.admin1, feature=best.feature)
    return replace(event, location=to_location(place, resources.gazetteer, here.precision))


# Words of one country's administration or press (general knowledge): "barangay" chairmen are
# Filipino, LGAs Nigerian, upazilas Bangladeshi, woredas and kebeles Ethiopian; ISPR is
# Pakistan's army press office; "Deep South insurgents" are southern Thailand's.
_COUNTRY_WORDS = ((re.compile(r"\bbarangays?\b", re.IGNORECASE), "PH"),
                  (re.compile(r"\bDeep\s+South\s+(?:insurg\w*|militants?|separatists?|rebels?|violence|conflict|unrest)\b"), "TH"),
                  (re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s+LGAs?\b|\bLGAs?\s+of\b"), "NG"),
                  (re.compile(r"\bupazil+as?\b", re.IGNORECASE), "BD"),
                  (re.compile(r"\b(?:woredas?|kebeles?)\b", re.IGNORECASE), "ET"),
                  (re.compile(r"\bISPR\b"), "PK"))


def _invasion(event: Event, homes: Sequence[str]) -> bool:
    """Whether every party from the home countries is a state's forces."""
    return all(a.type == "State forces" for a in (*event.actors, *event.recipients) if a.country in homes)


def _country_words(text: str) -> list[str]:
    return [code for pattern, code in _COUNTRY_WORDS if pattern.search(text)][:1]


def _groups_countries(event: Event, actors: ActorLexicon, unidentified: bool = False) -> list[str]:
    """The countries of the armed groups, most named first, and of state forces named with their
    country ("Nigerian troops") or by their own name ("ANA", "FARDC"); plain "troops" got their
    country from the place, so they prove nothing, and unidentified groups neither unless asked."""
    votes = Counter(a.country for a in (*event.actors, *event.recipients) if a.country and (
        (a.type in ARMED_GROUP_TYPES
         and (unidentified or not a.name.startswith("Unidentified")))
        or (a.type == "State forces" and (any(actors.country_code(w) == a.country for w in a.text.split())
                                          or _named_force(a.text))
            # (not a state blamed by its country's name: "Investigators blamed Libya" for a bomb in Omagh)
            and not (a.name.startswith("Government of") and actors.country_code(a.text) == a.country))))
    return [country for country, _ in votes.most_common()]


def _named_force(text: str) -> bool:
    """"ANA troops", "FARDC": a force's own name is left once the generic words are gone."""
    rest = _GENERIC_FORCES.sub(" ", text)
    return any(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", rest) if w.casefold() not in ("the", "a", "an", "of"))


_GENERIC_FORCES = re.compile(r"\b(?:soldiers?|troops?|police\w*|army|forces?|military|security|officers?|government|"
                             r"authorities|officials?|guards?|gendarmes?|personnel|servicem[ae]n|units?|state)\b",
                             re.IGNORECASE)


def _country_location(code: str, resources: Resources) -> Location | None:
    country = resources.gazetteer.country(code)
    if country is None:
        return None
    place = Place(start=0, end=0, text="", name=country.name, country=code, lat=country.lat, lon=country.lon,
                  geonameid=country.real_geonameid, feature="country")
    return replace(to_location(place, resources.gazetteer, 3), text=None)


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_documents(documents: Iterable[Document], resources: Resources, settings: Settings,
                      on_error: Callable[[ReadError], None] | None = None,
                      ) -> Iterator[tuple[Document, list[Event]]]:
    """Events of each document, in input order; the model sees only the triaged sentences.

    ``on_error``: a document whose extraction fails (a bug, not bad input: that is caught when
    reading) is reported to it and skipped, so that one document cannot stop a batch; without
    it the error propagates.
    """
    for batch in _batches(documents, max(settings.batch_size, 1) * 4):
        chosen = [select(split_sentences(d.text), resources.lexicon, settings.triage_context)
                  for d in batch]
        flat = [s for sentences in chosen for s in sentences]
        annotated = iter(annotate(resources.nlp, flat, settings.batch_size, settings.n_process))
        for document, sentences in zip(batch, chosen):
            mine = [next(annotated) for _ in sentences]
            try:
                events = extract_annotated(document, mine, resources)
            except Exception as err:  # noqa: BLE001 - reported per document, see docstring
                if on_error is None:
                    raise
                log.debug("extraction failed for document %s", document.id, exc_info=True)
                on_error(ReadError(document.id, f"internal error while extracting: {type(err).__name__}: {err}"))
                continue
            yield document, events


def places_documents(documents: Iterable[Document], resources: Resources,
                     settings: Settings) -> Iterator[tuple[Document, list[Place]]]:
    """Every toponym of each document, resolved (no triage: every sentence may name a place)."""
    for batch in _batches(documents, max(settings.batch_size, 1) * 4):
        split = [split_sentences(d.text, split_lines(d.text)) for d in batch]
        flat = [s for sentences in split for s in sentences]
        annotated = iter(annotate(resources.nlp, flat, settings.batch_size, settings.n_process))
        for document, sentences in zip(batch, split):
            mine = [next(annotated) for _ in sentences]
            entities = [e for s in mine for e in s.entities]
            yield document, geoparse(document.text, entities, resources.gazetteer)
