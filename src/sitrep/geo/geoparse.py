"""Geoparsing: toponyms in a document, each resolved to one gazetteer place.

``geoparse`` is the single entry point. It finds mentions (``mentions``), looks up candidates,
and resolves them in rounds: first with context-free priors (kind of place, population, how
the name matched), then again with the document's context, which the first round reveals:
the countries and first-level regions the document is about ("focus"), chains such as
"Kauri, Shiroro district, Niger, Nigeria" where the last element holds the earlier ones, and
admin words ("Homs province"). Scores are additive log-odds-like points; the constants below
are the whole model, named so that their trade-offs can be read and tuned together.
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.geo.distance import haversine_km
from sitrep.geo.fold import fold, loose
from sitrep.geo.gazetteer import Candidate, Gazetteer, rank_key, squeezed
from sitrep.geo.mentions import (
    ADMIN_HINTS,
    BLOCKING_LABELS,
    JOINED_NAME,
    Mention,
    abbreviation_mentions,
    inside_site_name,
    river_named,
    name_after_part,
    POSSESSIVE_QUALIFIERS,
    SETTLEMENT_AFTER,
    entity_mentions,
    long_name_mentions,
    parenthesis_mentions,
    place_hint,
    part_mentions,
    road_mentions,
    shared_word_mentions,
    run_mentions,
)
from sitrep.models import Entity, Location, Place

LONE_GUESS_MIN_CONSONANTS = 5  # a skeleton this long, matching one place only, is that place
OWNED_QUARTER_KM = 40.0  # how far from a city's point its own quarters and suburbs lie
# Priors by kind of place: a name that is a country's is nearly always meant as the country.
FEATURE_PRIOR = {"country": 4.0, "continent": 3.5, "admin1": 3.0, "region": 2.8, "admin2": 1.0}
CAPITAL_BONUS = 1.0
MATCH_PENALTY = {"name": 0.0, "alias": 0.0, "abbrev": 0.0, "demonym": 0.0, "alt": -1.0,
                 "loose": -1.5}
# A town that shares its name with a country, first-level division or region ("California, PA",
# "Florida, NY", "Middle East") is rarely the one meant; big cities less so ("New York").
SHADOWED_SMALL, SHADOWED_BIG, SHADOWED_BIG_POP = -1.5, -0.75, 100_000
_AREAS = ("country", "admin1", "continent", "region")
NAMESAKE_SHARE, NAMESAKE_BONUS = 0.4, 1.5
NAMESAKE_SHARE_ALIAS = 0.2  # the same for a province matched by an alias only
_NAMED_DIVISION = re.compile(r"\s(?:Oblast|Krai|Region|Province|Governorate)$")  # ("Tver Oblast")
NEAR_AREA_BONUS, NEAR_AREA_CHARS = 1.0, 80
VILLAGE_OF_TOWN_KM = 50  # how far a village named with its town ("Barangay X, Y City") may lie from it
BESIDE_KM = 30  # "X, east of Y": how far from Y an X may lie (farther where the text says: "60 km south of Y")
FAR_FROM_BESIDE_KM = 100  # ... and past which a namesake is another place altogether
OUTSHINE_MIN_POP, OUTSHINE_RATIO = 250_000, 5  # see _adjustments
SHORT_FORM_RATIO = 3  # a city this many times bigger, called by the end of its name ("Hull")
NAMESAKE_RIVAL = 20  # a province this many times smaller than a namesake province makes no namesake city
HINT_MATCH, HINT_MISMATCH = 2.5, -1.5
PAREN_AREA = 1.2
# A town this big and this near a division that no longer holds it lies in a part carved out of it
# (villages share names across a country too often to be told apart this way).
REDRAWN_KM, REDRAWN_MIN_POP = 120.0, 10_000
NEIGHBOUR_DISTRICT_KM = 60.0  # a town of the province this close to the seat of the district named
FOCUS_COUNTRY = 2.0       # times the country's share of the document's focus
FOCUS_ADMIN1 = 1.5
CHAIN_INSIDE, CHAIN_OUTSIDE = 4.0, -3.0
CHAIN_HOLDS = 2.0
NEAR_KM, NEAR_BONUS = 150.0, 0.8
# A town and a county of another mention that holds it ("Paris" and "Henry County"): with some
# 3,000 US counties, such a pair is rarely a coincidence.
PAIR_ADMIN2 = 2.5
# A capitalised run NER did not tag must be at least this likely to be kept (see _keep_run).
RUN_MIN_CITY_POP = 100_000
RUN_MIN_FOCUS_POP = 50_000  # ... or this big inside a country the document is about
SEAT_DISTRICT_POP = 200_000  # ... or with no population of its own, the seat of a district of its name this big
SITE_ALT_MIN_POP = 1_000_000  # a town opening a site's name under another of its names ("Bombay")
LOCATED_ORG_MIN_POP = 2_000  # a town NER called an organisation, told after "in", kept from this size
BIG_CITY_POP = 300_000  # a city this big, spelt another way, may have a name as short as "Hilla"
ALT_KEEP_POP = 1_000_000  # a city this big spelt another way ("Kiev") is kept whatever the focus
ALT_STRAY_POP = 20_000  # an NER place matched by an alternate name, alone in its country
ALT_FOCUS_POP = 10_000  # a run matching a town's alternate name, in the document's province
SMALL_PLACE_POP = 20_000  # a village this small named like a person in the text is that person
WEAK_MIN_POP = 5_000  # a town an event may fall back on though it is not reported (``_weak``)
PROVINCE_NAMESAKE_POP = 5_000  # a village this small in another province than the one the text names is a namesake
BARE_EVENT_MIN_POP = 1_000  # "killed in Tipo-Tipo ambush": a hamlet so named is more likely a people's name
PROVINCE_TOWN_RATIO = 10  # "Borno town": a province this many times a namesake town's people
MAX_CANDIDATES = 40
SUPPORT_MAX_CODES, SUPPORT_MIN_NAMES, SUPPORT_WEIGHT = 40, 2, 0.75
# What may stand between a place and the one that holds it: "Kauri, Shiroro", "Boga in Ituri",
# "Dire (Dire, Tombouctou)", "Mongbwalu locality (Djugu, Ituri)", "Inalabag [Tin Elebag] (Gao)".
# What separates a place from the one that holds it: "Kauri, Shiroro", "Kauri in Shiroro",
# "Maqbanah district, Taizz", "Hazarin (Idleb".
_AFTER_UNKNOWN_NAME = re.compile(r"\b[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}"
                                 r"(?:\s+(?:district|county|lga|division|department|zone|sub-?district|township|territory))?\s*,\s*$")
# (A compass word may open the container: "Coventry (West Midlands)", read as "Midlands".)
_COMPASS_WORD = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?"
_CHAIN_GAP = re.compile(r"^(?:\s+(?:" + "|".join(ADMIN_HINTS) + r"|area|territory|commune|lga))?"
                        r"(?:\s+(?:headquarters|seat|centre|center))?\s*,\s*(?:" + _COMPASS_WORD + r"\s+)?$"
                        r"|^\s+in\s+$|^\s*\]?\s*(?:[a-z]+\s*)?\(\s*(?:" + _COMPASS_WORD + r"\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Resolved:
    """A mention with its ranked candidates (best first) and their scores."""

    mention: Mention
    ranked: tuple[tuple[float, Candidate], ...]
    unplaced: bool = False  # its chain ruled out every namesake: a place the gazetteer lacks
    beside: bool = False  # the best lies next to the place the text tells it against ("X, east of Y")

    @property
    def best(self) -> Candidate | None:
        return self.ranked[0][1] if self.ranked else None

    @property
    def score(self) -> float:
        return self.ranked[0][0] if self.ranked else 0.0

    @property
    def margin(self) -> float:
        if len(self.ranked) < 2:
            return 10.0
        return self.ranked[0][0] - self.ranked[1][0]


@dataclass(frozen=True)
class Context:
    """What the document as a whole says about where it is."""

    countries: dict[str, float]   # alpha-2 -> share of focus, 0..1
    admin1: dict[str, float]      # admin1 code -> share
    anchors: tuple[Candidate, ...]  # confidently resolved cities, for proximity
    admin2: frozenset[int] = frozenset()  # admin2 ids that pair with another mention's candidate
    provinces: tuple[Candidate, ...] = ()  # the first-level divisions named


EMPTY = Context({}, {}, ())


def city_prior(population: int) -> float:
    """log10 scale: 1k -> 1.5, 100k -> 2.5, 1M -> 3.0."""
    return math.log10(max(population, 1) + 1) / 2


# (a district's point and its seat's are one GeoNames point, or nearly)
SEAT_POINT_KM = 3.0


def prior(c: Candidate) -> float:
    base = city_prior(c.population) if c.feature == "city" else FEATURE_PRIOR.get(c.feature, 1.0)
    return base + MATCH_PENALTY[c.match] + (CAPITAL_BONUS if c.capital else 0.0)


def distance_km(a: Candidate, b: Candidate) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _skeleton(name: str) -> str:
    """Consonants only: "Vinnytsya" and "Vinnytsia" are one name, "New York City" and "New York" two."""
    # ("Tikva", Tiqva; "Ma'agan Michael", Ma'agan Mikha'el)
    return re.sub(r"[aeiouyhw\W_]", "", fold(name)).replace("q", "k").replace("c", "k")


def _article_dropped(name: str, query: str) -> bool:
    """True when ``name`` carries a word (an article) that the written ``query`` lacks."""
    return len(name.split()) > len(query.split())


def _adjustments(cands: Sequence[Candidate], m: Mention) -> dict[int, float]:
    """Points that depend on the other candidates of the same mention (geonameid -> points).

    Namesake: a province named after its main city ("Homs", "Amman", "Raqqa") means the city,
    when the city holds a large share of the province's people and the province is not matched
    by its own primary name against a city matched only by an alternate ("New York"; an
    alternate that is the same name spelt otherwise, "Vinnytsia" for "Vinnytsya", counts as its name).
    Shadowed: a small town named like an area (see SHADOWED_*).
    """
    out: dict[int, float] = {}
    areas = [a for a in cands if a.feature in _AREAS and a.match in ("name", "alias")]
    namesakes = set()
    biggest = max((a.population for a in areas), default=0)
    for a in areas:
        if a.population * NAMESAKE_RIVAL < biggest:
            continue  # Uruguay's Florida department names no city "Florida" against the US state
        for c in cands:
            # (a province answering only to an alias, "Tver" for Tver Oblast, yields to the city
            # that bears the name as its own at a lower share: oblasts hold many towns)
            share = NAMESAKE_SHARE_ALIAS if a.match == "alias" and c.match == "name" and _NAMED_DIVISION.search(a.name) \
                else NAMESAKE_SHARE
            if c.feature == "city" and a.feature == "admin1" and a.contains(c) \
                    and c.population >= share * max(a.population, 1) \
                    and not (a.match == "name" and c.match not in ("name", "alias") and _skeleton(c.name) != _skeleton(m.query)):
                namesakes.add(c.geonameid)
    if m.hint == "admin2" and any(c.feature == "admin2" for c in cands):
        # "Washington County" is the county, not the state whose name it shares: the county
        # word boosts a province only where no district answers to it.
        for c in cands:
            if c.feature == "admin1":
                out[c.geonameid] = out.get(c.geonameid, 0.0) - HINT_MATCH
    # A small country's province named like a big city abroad ("Manchester", Jamaica's parish
    # of 62,000, and the English city of 569,000) is rarely the one meant.
    outshone = {a.geonameid for a in areas if a.feature == "admin1" and any(
        c.feature == "city" and c.match == "name" and c.country != a.country
        and c.population >= max(OUTSHINE_MIN_POP, OUTSHINE_RATIO * a.population) for c in cands)}
    # Less so one whose name answers only once its article is dropped ("El Beni", Bolivia) against
    # a big city abroad that bears the name as written (Beni, DR Congo): the country named in the
    # story still decides.
    unwritten = {a.geonameid for a in areas if a.feature == "admin1" and a.geonameid not in outshone
                 and not m.hint and _article_dropped(a.name, m.query) and any(
                     c.feature == "city" and c.match == "name" and c.country != a.country
                     and not _article_dropped(c.name, m.query)
                     and c.population >= max(SHADOWED_BIG_POP, a.population / 3) for c in cands)}
    for a in areas:
        if a.geonameid in outshone or a.geonameid in unwritten:
            out[a.geonameid] = out.get(a.geonameid, 0.0) + (SHADOWED_SMALL if a.geonameid in outshone
                                                            else SHADOWED_BIG)
    outshone |= unwritten
    # A big city called by the short form of its long name ("Hull" for Kingston upon Hull) is
    # meant before smaller towns named exactly so.
    towns = [c.population for c in cands if c.feature == "city" and c.match == "name"]
    for c in cands:
        if c.feature == "city" and c.match == "alt" and towns and " " in c.name \
                and c.population >= max(OUTSHINE_MIN_POP, SHORT_FORM_RATIO * max(towns)) \
                and fold(c.name).endswith(" " + fold(m.query)):
            out[c.geonameid] = out.get(c.geonameid, 0.0) - MATCH_PENALTY["alt"]
    # A town of no recorded population at the very point of the district named after it is the
    # district's seat ("Birnin Gwari"), not a smaller share than a town whose alternate name it is.
    for c in cands:
        if c.feature == "city" and c.match == "name" and not c.population and c.lat is not None:
            seat = max((a.population for a in cands if a.feature == "admin2" and a.match in ("name", "alias")
                        and a.lat is not None and distance_km(a, c) < SEAT_POINT_KM), default=0)
            if seat:
                out[c.geonameid] = out.get(c.geonameid, 0.0) + city_prior(seat) - city_prior(0)
    for c in cands:
        if c.geonameid in namesakes:
            out[c.geonameid] = out.get(c.geonameid, 0.0) + NAMESAKE_BONUS
        elif areas and c.feature in ("city", "admin2") and m.hint != c.feature and \
                any((a.geonameid != c.geonameid and not a.contains(c) or a.match == "name")
                    and a.geonameid not in outshone for a in areas):
            out[c.geonameid] = out.get(c.geonameid, 0.0) + (SHADOWED_SMALL if c.population < SHADOWED_BIG_POP
                                                            else SHADOWED_BIG)
    return out


def score(c: Candidate, m: Mention, ctx: Context, container: Candidate | None,
          adjust: float = 0.0) -> float:
    s = prior(c) + adjust
    if m.hint:
        if c.feature == m.hint or (m.hint == "admin1" and c.feature == "admin2") \
                or (m.hint == "admin2" and c.feature == "admin1"):
            s += HINT_MATCH
        elif c.feature == "city" or m.hint == "city":
            s += HINT_MISMATCH
    elif m.source == "paren" and c.feature in ("admin1", "admin2"):
        # A division in brackets ("Seytenga (Seytenga, Seno)") is most often an area: the Seno
        # province of Burkina Faso, not a town abroad that shares its spelling.
        s += PAREN_AREA
    if c.country:
        s += FOCUS_COUNTRY * ctx.countries.get(c.country, 0.0)
    if c.admin1_code:
        # The province itself too: "Quebec" in a story about Montreal is the province as much as
        # the city (leave-one-out context, so "Quebec" never votes for itself).
        s += FOCUS_ADMIN1 * ctx.admin1.get(c.admin1_code, 0.0)
    if container is not None:
        s += CHAIN_INSIDE if container.contains(c) else CHAIN_OUTSIDE
    if c.feature in ("city", "admin1") and any(distance_km(c, a) < NEAR_KM for a in ctx.anchors
                                               if a.geonameid != c.geonameid):
        s += NEAR_BONUS
    if ctx.admin2 and (c.admin2_id in ctx.admin2 if c.feature == "city"
                       else c.feature == "admin2" and c.geonameid in ctx.admin2):
        s += PAIR_ADMIN2
    return s


def _rank(m: Mention, cands: Sequence[Candidate], ctx: Context,
          container: Candidate | None, holds: Sequence[Candidate] = (),
          chain_country: str | None = None, holds_area: bool = False,
          near: Sequence[Candidate] = (), after_compass: bool = False, beside: Candidate | None = None,
          beside_km: float = 0.0, town_named: bool = False) -> Resolved:
    """``container``: the resolved place a chain puts ``m`` in; ``holds``: the candidates of the
    mention that ``m`` contains in a chain ("Tacoma, Washington": Washington holds Tacoma, so it
    is the state that holds a Tacoma, not a town called Washington); ``after_compass``: ``m`` is
    the name after a compass word ("West Midlands" read as "Midlands"); ``beside``: the place
    the text tells ``m`` against ("Beit Dajan, east of Nablus"), ``beside_km`` how far from it;
    ``town_named``: the chain's next name says it is a town ("Barangay Kalumboyan, Bayawan City")."""
    read = _province_town(m, cands)  # scored as read; reported as the same mention
    if holds and (after_compass or _compass_name(m)) \
            and not any(h.country == c.country for c in cands for h in holds):
        # "Blantyre (Blantyre, Southern)": Malawi's regions are no GeoNames divisions, and the
        # Southern of Israel or Zambia holds no Blantyre; a compass name is no evidence of its own.
        # Nor is what is left of one: "Coventry (West Midlands)" is not in Zimbabwe's Midlands.
        return Resolved(m, (), unplaced=True)
    if container is not None and any(c.feature in ("country", "continent") and c.match in ("name", "alias")
                                     for c in cands) \
            and not (container.feature in ("admin1", "admin2", "country") and any(container.contains(c) for c in cands)):
        # "Australia, Canada and Japan": a list of peers, not an address; nothing holds a country.
        # ("LEBANON, Pa." and "near Tonga, Cameroon" are addresses: the state or the country holds
        # a town of the country's name.)
        container, chain_country = None, None
    inside = None  # the country the chain puts the mention in
    if container is not None and container.country and container.feature in ("country", "admin1", "admin2", "city", "region"):
        # "Boga, Ituri, DR Congo": the chain says where Boga is. A namesake abroad is a wrong pin,
        # and a wrong pin is worse than none, so only candidates inside the container remain.
        inside = container.country
    elif container is not None and chain_country is not None and container.country == chain_country:
        # "Sango, Mandera, Kenya": Mandera resolved to the town, but the chain ends in Kenya, so
        # Sango is in Kenya too, whatever namesake Japan has.
        inside = chain_country
    if inside is not None:
        if cands and not any(c.country == inside for c in cands) and container.feature != "city" \
                and container.match in ("name", "alias", "abbrev"):
            # Every namesake lies abroad ("Panare in Zamfara state", Panare known only in
            # Thailand): a village the gazetteer lacks, wherever the document names it again.
            return Resolved(m, (), unplaced=True)
        # (a division holds no town of its own id; a town in brackets after its own name is that
        # town: "Nowhatta area of Srinagar (Srinagar, J&K)", and a district after its own name
        # that district: "Surobi district (Surobi, Kabul)", not its namesake in Paktika)
        itself = container.feature == "city" or (container.feature == "admin2" and m.hint == "admin2")
        cands = [c for c in cands if c.country == inside and (c.geonameid != container.geonameid or itself)]
        if town_named and m.source == "cue" and container.feature == "city" and container.lat is not None:
            # "Barangay Kalumboyan, Bayawan City": a village of the town, not a namesake a province away
            cands = [c for c in cands if c.lat is not None and distance_km(c, container) <= VILLAGE_OF_TOWN_KM]
            if not cands:
                return Resolved(m, (), unplaced=True)
        if container.feature == "city" and m.hint is not None:
            # ("Gurpinar district (Gurpinar, Van)": that one, not a bigger namesake elsewhere; not
            # the next of a list, "Bantam, Litchfield, Winsted")
            cands = [c for c in cands if c.geonameid == container.geonameid] or cands
    if container is not None and m.hint == "city" and container.feature in ("admin1", "admin2"):
        # "Thika town (Kiambu)": the text says a town, and GeoNames files Thika under Nairobi; its
        # namesake district of Kiambu has only the county's point.
        towns = [c for c in cands if c.feature == "city" and (container.contains(c) or (
            c.population >= REDRAWN_MIN_POP and distance_km(c, container) <= REDRAWN_KM)
            or _neighbour(c, container) or _carved_from(c, container))]
        if towns:
            cands = [c if container.contains(c) else dataclasses.replace(c, admin1=container.admin1 or container.name)
                     for c in towns]
    if container is not None and container.feature == "admin1" and m.hint is None and m.source not in ("paren", "paren-head"):
        # "Takum, Taraba": GeoNames files the town Takum under Benue, next door, and has the
        # district of Takum in Taraba only at the province's own point; the town heading the
        # district of its name is the place, in the province the text names.
        seats = [c for c in cands if c.feature == "admin2" and c.match in ("name", "alias") and container.contains(c)
                 and (c.lat, c.lon) == (container.lat, container.lon)]
        towns = [c for c in cands if c.feature == "city" and c.match in ("name", "alias") and not container.contains(c)
                 and c.country == container.country
                 and any(fold(c.name) == fold(d.name) and distance_km(c, d) <= REDRAWN_KM for d in seats)]
        if towns and not any(c.feature == "city" and container.contains(c) for c in cands):
            cands = [dataclasses.replace(c, admin1=container.admin1 or container.name) for c in towns]
    below = {"admin1": ("admin2", "city"), "admin2": ("city",)}.get(container.feature if container else "")
    if below and cands and all(c.feature in below for c in cands) \
            and not any(container.contains(c) for c in cands):
        # "Bangu, North Kivu" where the only Bangu we know is in Kongo Central: the village is
        # missing from the gazetteer, and its namesake elsewhere in the country is a wrong pin.
        # (But "Paoua, Ouham-Pende": the town GeoNames files under the prefecture carved out of it
        # in 2020 lies at the named one's edge; a division's borders move, its towns do not.)
        # (Nor is a town of the district's own province close to its seat, "Ochobo (Ogbadibo,
        # Benue)": the writer's district or GeoNames' is off by one, the town is the same.)
        # (Nor a town of a province carved out of the named one and named after it, "Wamena
        # (Jayawijaya, Papua)" now in Papua Pegunungan.)
        # (Nor a town filed under a province code GeoNames no longer names, "Chagni (Awi, Amhara)".)
        # (Nor the town named as its province, "Muramvya commune (Muramvya)", filed under the
        # province that absorbed it.)
        moved = [c for c in cands if c.feature == "city" and (
            (c.population >= REDRAWN_MIN_POP and distance_km(c, container) <= REDRAWN_KM)
            or (fold(c.name) == fold(container.name) and distance_km(c, container) <= REDRAWN_KM)
            or _neighbour(c, container) or _carved_from(c, container)
            or (c.admin1 is None and c.admin1_code is not None and c.country == container.country))]
        if not moved:
            return Resolved(m, (), unplaced=True)
        # (its province is the one the text names, as the coder writes it)
        cands = [dataclasses.replace(c, admin1=container.admin1 or container.name) for c in moved]
    elif container is not None and container.feature == "city" and container.admin1_code and cands \
            and chain_country is not None \
            and all(c.feature in ("city", "admin2") for c in cands) \
            and not any(c.admin1_code == container.admin1_code for c in cands):
        # "Chinatown, Toronto, Canada": a place named before a town in an address lies in the
        # town's province; a Chinatown of British Columbia is another place. (Only in an
        # address: "near Boston, Wagner said" is no chain.)
        return Resolved(m, (), unplaced=True)
    adjust = _adjustments(cands, read)
    if holds or holds_area:
        # With no candidates held ("Manini, Kaduna, Nigeria", Manini unknown), any province or
        # district may hold the name.
        holders = [c for c in cands if c.feature in ("admin1", "admin2") or (
            c.feature == "country" and holds)]
        if holds:
            holders = [c for c in holders if any(c.contains(h) for h in holds)]
        if holders:
            # "Kajuru, Kaduna": Kaduna holds a town, so it is the state, not its namesake city.
            adjust = {k: min(v, 0.0) for k, v in adjust.items()}
        for c in holders:
            adjust[c.geonameid] = adjust.get(c.geonameid, 0.0) + CHAIN_HOLDS
        if holders and holds and holds_area:
            # "Maqbanah district, Taizz": what holds a district is a province, never its
            # namesake city, however much of the province lives there.
            for c in cands:
                if c not in holders:
                    adjust[c.geonameid] = adjust.get(c.geonameid, 0.0) - CHAIN_HOLDS
    next_to = {c.geonameid for c in cands if beside is not None and c.lat is not None and beside.lat is not None
               and (beside.contains(c) or distance_km(c, beside) <= beside_km)}
    if beside is not None and beside.feature == "city" and beside.lat is not None and cands and all(
            c.feature == "city" and c.lat is not None and distance_km(c, beside) > max(FAR_FROM_BESIDE_KM, 2 * beside_km)
            for c in cands):
        # "near Vodiane, east of Mariupol": every Vodiane we know lies far from Mariupol, so the
        # village is one we do not know; the town it is told against says where.
        return Resolved(m, (), unplaced=True)
    for c in cands:
        if c.geonameid in next_to:
            adjust[c.geonameid] = adjust.get(c.geonameid, 0.0) + NEAR_AREA_BONUS
        if any(a.contains(c) for a in near):
            # A province or country named a few words away ("Burlington ... Vermont officials")
            # says more about a town than the whole document's leaning.
            adjust[c.geonameid] = adjust.get(c.geonameid, 0.0) + NEAR_AREA_BONUS
    scored = sorted(((score(c, read, ctx, container, adjust.get(c.geonameid, 0.0)), c)
                     for c in cands),
                    # (a tie goes to the name as written: "Adamawa" is Nigeria's state before
                    # Cameroon's Adamaoua, which English also calls so)
                    key=lambda x: (-x[0], x[1].match != "name", x[1].geonameid))
    return Resolved(m, tuple(scored), beside=bool(scored) and scored[0][1].geonameid in next_to)


# "in southeast Niger": a compass point before a name speaks of a country where a country has
# the name (not Nigeria's Niger State). (Not a dateline: Nigerian papers head stories "Niger: ...")
_COMPASS_BEFORE = re.compile(r"\b" + _COMPASS_WORD + r"\s+$", re.IGNORECASE)


def _country_sense(m: Mention, cands: Sequence[Candidate], text: str) -> Mention:
    if m.hint or not any(c.feature == "country" and c.match in ("name", "alias") for c in cands):
        return m
    if _COMPASS_BEFORE.search(text, max(0, m.start - 16), m.start):
        return dataclasses.replace(m, hint="country")
    return m


def _province_town(m: Mention, cands: Sequence[Candidate]) -> Mention:
    """"a raid in Borno town": a town of the province, not the village of Borno in Italy. The
    word "town" says what kind of place only when the name is not a big province's and the
    namesake towns are small."""
    if m.hint != "city":
        return m
    if any(c.feature == "country" and c.match in ("name", "alias", "demonym") for c in cands):
        # "capture of Mozambique town", "in eastern German town": a town of the country
        return dataclasses.replace(m, hint=None)
    areas = [c.population for c in cands if c.feature == "admin1" and c.match in ("name", "alias")]
    towns = [c.population for c in cands if c.feature == "city" and c.match in ("name", "alias")]
    if areas and towns and max(towns) < SHADOWED_BIG_POP and max(areas) >= PROVINCE_TOWN_RATIO * max(towns):
        return dataclasses.replace(m, hint=None)
    return m


def _key(m: Mention) -> str:
    return m.query.casefold()


def _pairs(resolved: Sequence[Resolved]) -> dict[str, frozenset[int]]:
    """Per mention key, the admin2 ids where one of its candidates pairs with another mention's:
    a town inside a county that another mention names in full, or that county itself."""
    counties: dict[int, set[str]] = {}   # admin2 id -> keys naming it ("Henry County")
    towns: dict[int, set[str]] = {}      # admin2 id -> keys with a town inside it
    for r in resolved:
        k = _key(r.mention)
        for _, c in r.ranked:
            if c.feature == "admin2" and c.match in ("name", "alias"):
                counties.setdefault(c.geonameid, set()).add(k)
            elif c.feature == "city" and c.admin2_id is not None and c.match in ("name", "alias"):
                towns.setdefault(c.admin2_id, set()).add(k)
    out: dict[str, set[int]] = {}
    for a2, names in counties.items():
        inside = towns.get(a2, set())
        for k in names | inside:
            if (inside - {k}) if k in names else (names - {k}):
                out.setdefault(k, set()).add(a2)
    return {k: frozenset(v) for k, v in out.items()}


def _support(resolved: Sequence[Resolved]) -> dict[str, float]:
    """admin1 code -> share of the document's distinct names that have a candidate there.

    Local news names several small places without their state ("Paris", "Henry County"); the
    state that could hold most of them at once is probably the one meant (spatial minimality).
    """
    votes: dict[str, float] = {}
    seen = set()
    for r in resolved:
        key = r.mention.query.casefold()
        if key in seen:
            continue
        seen.add(key)
        codes = {c.admin1_code for _, c in r.ranked if c.admin1_code and c.match in ("name", "alias")}
        if 0 < len(codes) <= SUPPORT_MAX_CODES:
            for code in codes:
                votes[code] = votes.get(code, 0.0) + 1.0
    top = max(votes.values(), default=0.0)
    if top < SUPPORT_MIN_NAMES:
        return {}
    return {k: v / top for k, v in votes.items() if v >= SUPPORT_MIN_NAMES and v == top}


def _a_people(r: Resolved) -> bool:
    """A people named as their region is ("killed four Amhara civilians ... outside Shambu"): the
    country it names, not where the event was (the region named as a place is: "in the Amhara
    region")."""
    return r.mention.people and r.best is not None and r.best.feature == "admin1" \
        and r.mention.source not in ("paren", "paren-head")


def _context(resolved: Sequence[Resolved]) -> Context:
    """Focus from the first round: named countries/admin1 count fully, other places half."""
    countries: dict[str, float] = {}
    admin1: dict[str, float] = {}
    anchors = []
    for r in resolved:
        c = r.best
        if c is None or c.country is None:
            continue
        weight = 1.0 if c.feature in ("country", "admin1") else 0.5 if r.margin > 1.0 else 0.25
        countries[c.country] = countries.get(c.country, 0.0) + weight
        code = c.admin1_code
        if code and c.feature in ("admin1", "admin2", "city") and not _a_people(r):
            admin1[code] = admin1.get(code, 0.0) + (1.0 if c.feature == "admin1" else weight)
        if c.feature == "city" and r.margin > 1.0 and r.mention.strong:
            anchors.append(c)
    provinces = tuple(dict.fromkeys(r.best for r in resolved if r.best is not None and r.best.feature == "admin1"
                                    and not _a_people(r)))

    def share(d: dict[str, float]) -> dict[str, float]:
        # Absolute evidence (two named mentions make a full focus) damped by rivalry with the
        # document's leading country, so a passing mention of France does not pull "Paris" there.
        top = max(d.values(), default=0.0)
        return {k: min(1.0, v / 2.0) * (v / top) ** 0.5 for k, v in d.items()} if top else {}
    focus1 = share(admin1)
    for code, v in _support(resolved).items():
        focus1[code] = max(focus1.get(code, 0.0), SUPPORT_WEIGHT * v)
    return Context(share(countries), focus1, tuple(anchors), provinces=provinces)


def _contexts(kept: Sequence[Resolved], live: Sequence[Resolved]) -> dict[str, Context]:
    """Each mention key's context, from every other name of the document: a name is no evidence
    for itself (four "Paris" resolved to France in the first round must not pull the fifth)."""
    pairs = _pairs(live)
    out = {}
    for k in {_key(r.mention) for r in live}:
        ctx = _context([r for r in kept if _key(r.mention) != k])
        out[k] = dataclasses.replace(ctx, admin2=pairs.get(k, frozenset()))
    return out


def _chains(text: str, mentions: Sequence[Mention]) -> dict[int, int]:
    """Index of each mention -> index of the mention that contains it ("X, Y": Y holds X)."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    out = {}
    for a, b in zip(order, order[1:]):
        gap = text[mentions[a].end:mentions[b].start]
        if (_CHAIN_GAP.match(gap) or (_IN_THE_DIVISION.match(gap) and _DIVISION_AFTER.match(text, mentions[b].end))
                or (_IN_A_DIVISION.match(gap) and _COUNTRYSIDE.match(text, mentions[b].end))) \
                and not _LIST_GOES_ON.match(text, mentions[b].end):
            out[a] = b
    for a, b in zip(order, order[1:]):
        if b in out and a not in out and re.fullmatch(r"\s+and\s+", text[mentions[a].end:mentions[b].start]) \
                and _BETWEEN.search(text, max(0, mentions[a].start - 40), mentions[a].start):
            # "between Manni and Piela (Gnagna, Est)", "the villages of Yaha and Panare in
            # Zamfara state": the address after the pair holds both.
            out[a] = out[b]
    return out


_ABBREVIATED = re.compile(r"\.\s+[a-z]")


def _abbreviation_fits(m: Mention, text: str) -> bool:
    """"Springfield, Mass.", "Mass. legislators", "Killed In Ga. Church Shooting": a state's short
    form in mixed case ends an address, has its period inside a sentence or follows "in" ("during
    morning Mass." is no Massachusetts)."""
    return m.text.isupper() or text[max(0, m.start - 3):m.start].rstrip().endswith(",") \
        or _ABBREVIATED.match(text, m.end) is not None \
        or (text[m.end:m.end + 1] == "." and LOCATIVE.search(text, max(0, m.start - 8), m.start) is not None)
# "Trinidad, in the Beni department of Bolivia", "Al Mansurah town in the western Ar-Raqqa countryside"
_IN_THE_DIVISION = re.compile(r"^\s*(?:,|\s(?:town|village|city|area))\s+in\s+the\s+"
                              r"(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+|(?:central|rural)\s+)?$")
_DIVISION_AFTER = re.compile(r"\s+(?:" + "|".join(k for k, v in ADMIN_HINTS.items() if v in ("admin1", "admin2")) + r")\b",
                             re.IGNORECASE)
# ACLED's Syria: "Sawran town in Aleppo northern countryside", "Al Ghandura town in Jarablus
# countryside". ("Damascus countryside" is the governorate of Rif Dimashq, Rural Damascus, which
# does not hold the capital: no chain into the city.)
_IN_A_DIVISION = re.compile(r"^\s(?:town|village|city|area)\s+in\s+$")
_COUNTRYSIDE = re.compile(r"(?<!Damascus)\s+(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+)?countryside\b",
                          re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between\s+(?:the\s+)?(?:(?:towns?|villages?)\s+of\s+)?"
                      r"|(?:towns|villages|communities|localities|settlements)\s+of\s+)$")
# "in Detroit, Shanghai and Stuttgart": a list of peers, not an address.
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})*,?\s+and\s+(?:the\s+)?[A-Z]")


_OPENS_BRACKET = re.compile(r"\s*\(")


def _area(r: Resolved | None) -> bool:
    """Whether a resolution is a division or a country (what an address's later links are)."""
    return r is not None and r.best is not None and r.best.feature in ("admin1", "admin2", "country")


def _neighbour(c: Candidate, district: Candidate) -> bool:
    """A town or district of the named district's province close to its seat: "Bermo, Dakoro
    department", the town now heading a department carved out of the one the writer names."""
    return district.feature == "admin2" and c.feature in ("city", "admin2") and c.country == district.country \
        and bool(c.admin1_code) and c.admin1_code == district.admin1_code \
        and distance_km(c, district) <= NEIGHBOUR_DISTRICT_KM


def _carved_from(c: Candidate, province: Candidate) -> bool:
    """Whether ``c`` lies in a province named after ``province`` ("Papua Pegunungan", "Papua"), or
    GeoNames still files it under the province ``province`` was carved out of and is named after
    ("Fakfak (Fakfak, West Papua)", filed under Papua)."""
    if not (province.feature == "admin1" and c.admin1 and c.country == province.country and c.admin1 != province.name):
        return False
    filed, named = fold(c.admin1), fold(province.name)
    return re.search(rf"\b{re.escape(named)}\b", filed) is not None or f" {filed} " in f" {named} "


def _keep(r: Resolved, ctx: Context) -> bool:
    """Whether a resolved mention is reported. NER spans are kept whenever they resolve; runs the
    matcher found alone need a place that is big, or named in the document's own area."""
    c, m = r.best, r.mention
    if c is None:
        return False
    if m.site and not _site_town(c, m):
        return False
    if r.beside and m.strong and c.feature == "city":
        return True  # "Beit Dajan, east of Nablus": the text says where the village lies
    if m.source == "possessor":
        # ("Karachi's Lyari district": a city owns its quarters too; a person's name that
        # happens to be a town abroad is dropped with the division's country, see geoparse)
        return c.feature in ("country", "admin1", "admin2", "city") and (
            c.match in ("name", "alias") or (c.match == "alt" and _generic_form(c.name, m.query)))
    if m.source == "norp":
        if m.hint == "admin2" and c.feature in ("city", "admin2") and ctx.admin1.get(c.admin1_code or "", 0.0) >= 0.5:
            return True  # "Ghoryan district, Herat": a district of the province named, whatever NER thought
        if m.chained and c.match == "name" and c.feature == "city" and ctx.admin1.get(c.admin1_code or "", 0.0) >= 0.5 \
                and not any(o.match == "demonym" for _, o in r.ranked):
            return True  # "retook Ivanino (Kurchatovsky, Kursk)": a town of the province named
        # NER calls some capitals a nationality ("protested in Tunis"); a big place named exactly
        # is a place, and so is a name that is nobody's nationality ("near Kidal").
        # (a town's usual spelling we list, "Muqdadiyah", is its name)
        if ((c.match == "name" and c.feature == "admin1")
                or (c.match in ("name", "alias") and c.feature == "city" and c.population >= 20_000)) \
                and _key(m) not in COMPASS_NAMES and m.query[:1].isupper() \
                and not any(o.match == "demonym" for _, o in r.ranked):
            return True
        if _key(m) in COMPASS_NAMES and ctx.countries.get(c.country or "", 0.0) < 0.5:
            return False  # "Southern insurgents torch school": a compass word, not Israel's Southern district
        return c.match == "demonym" or c.feature in ("country", "continent") or (
            c.match == "name" and c.feature in ("city", "admin1") and c.population >= 100_000) or (
            # "..., Northern, Israel": a province of the country the text is about.
            c.match in ("name", "alias") and c.feature == "admin1" and ctx.countries.get(c.country or "", 0.0) >= 0.5)
    if len(m.text) <= 3 and m.text.isalpha() and m.text.isupper() and c.feature == "admin1" \
            and ctx.countries.get(c.country or "", 0.0) < 0.5:
        # "NE Yemen" is north-east, not Nebraska: a state abbreviation needs its country around it.
        return False
    if c.match == "loose":
        # Consonant skeletons merge unrelated names (Pentagon/Pontgouin): only in the focus area,
        # the province when the document names one (a neighbourhood of a Far North town is not
        # a namesake in Adamaoua).
        if c.feature == "country":
            # (a country is spelt as itself: "Öland" is no Åland, whatever the skeleton says; a
            # misspelling is one slip away, "Nigera", "Ukrain", or keeps its ends and its count of
            # vowels, "Phillipines"; "Ma'alot" is no Malta)
            name, query = fold(c.name), fold(m.query)
            return m.strong and name[:1] == query[:1] and (
                _one_edit(name, query) or (name[-1:] == query[-1:] and _vowels(name) == _vowels(query)))
        if c.feature == "admin1":
            # "North Ossetia" read as Botswana's "North East": a province guessed from its
            # spelling must lie in a country the document is about.
            return m.strong and ctx.countries.get(c.country or "", 0.0) >= 0.5
        provinces = [code for code, share in ctx.admin1.items() if share >= 0.5]
        if provinces:
            return m.strong and c.admin1_code in provinces
        if max(ctx.countries.values(), default=0.0) < 0.5 and m.strong and m.located and len(r.ranked) == 1 and c.feature == "city" \
                and len(loose(fold(m.query)).replace(" ", "")) >= LONE_GUESS_MIN_CONSONANTS \
                and fold(c.name)[:1] == fold(m.query)[:1] and fold(c.name)[-1:] == fold(m.query)[-1:]:
            # "Motorcycle bomb in Jindires kills three": a document placed nowhere else, and the
            # only place in the world whose long skeleton the name has, spelt with the same ends
            # (Jandairis; not "Blabline" for Balbalan).
            return True
        return m.strong and ctx.countries.get(c.country or "", 0.0) >= 0.5
    if c.feature in ("admin1", "admin2") and _key(m) in COMPASS_NAMES \
            and ctx.countries.get(c.country or "", 0.0) < 0.5:
        # Lebanon, Cameroon and Burkina Faso all have a "North": "raid in the North" is in
        # whichever country the story is about, or nowhere we can tell.
        return False
    if c.feature == "city" and c.population < PROVINCE_NAMESAKE_POP and c.admin1_code and c.admin1 \
            and ctx.countries.get(c.country or "", 0.0) >= 0.5 and m.source not in ("paren", "paren-head"):
        # "the village of Yenikonak near Cemisgezek, Tunceli": the only Yenikonak we know lies in
        # Sinop; the text places it in Tunceli, so it is a namesake of a village we lack.
        # (A province code GeoNames no longer names says nothing: "Chagni (Awi, Amhara)" is filed
        # under a retired Ethiopian code.)
        provinces = [code for code, share in ctx.admin1.items() if share >= 0.5]
        if provinces and c.admin1_code not in provinces \
                and all(code.split(".")[0] == c.country for code in provinces) \
                and not any(_carved_from(c, p) for p in ctx.provinces):
            # (but "Sugapa, Intan Jaya, Papua": GeoNames files it under Papua Tengah, carved out of
            # the Papua the text names)
            return False
    if m.source == "cue" and c.match == "alt" and ctx.countries.get(c.country or "", 0.0) < 0.5 \
            and any(o.match == "name" and not o.contains(c) for _, o in r.ranked):
        # "the outskirts of Suluk": a town of that very name exists; a city abroad that GeoNames
        # also spells so is not what the text points at. (The province named exactly for its
        # seat is no such town: "in Daraa city" is Dar‘ā.)
        return False
    if m.strong:
        # A small town matched only by one of GeoNames' alternate spellings (a Nigerian village
        # read as an alternate name of a French town), in a country nothing else in the text
        # names, is a stray.
        # Nor is a city of any size spelt another way when the document is about another country
        # ("Malian soldiers killed near Boni" is not Bonn).
        # (The only place anywhere spelt so but for a doubled letter is no stray: "in Tal Abyad",
        # Tall Abyaḑ.)
        # (Nor the settlement the text says it is, spelt with the same consonants: "near Kibbutz
        # Ma'agan Michael", Ma'agan Mikha'el.)
        stray = c.match == "alt" and c.feature == "city" and ctx.countries.get(c.country or "", 0.0) < 0.5 \
            and not (len(r.ranked) == 1 and squeezed(fold(c.name)) == squeezed(fold(m.query))) \
            and not (m.source == "cue" and _skeleton(c.name) == _skeleton(m.query))
        # (A transliteration of the same consonants, "Beit Hanoun" for Bayt Hanun, is the place.)
        return not (stray and (c.population < ALT_STRAY_POP or (
            c.population < ALT_KEEP_POP and _skeleton(c.name) != _skeleton(m.query)
            and any(share >= 0.5 for code, share in ctx.countries.items() if code != c.country))))
    in_focus = ctx.admin1.get(c.admin1_code or "", 0.0) >= 0.5
    if c.match == "alt" and in_focus and c.feature in ("city", "admin2") \
            and squeezed(fold(c.name)) == squeezed(fold(m.query)):
        # The same letters but for a doubled one or a final -h ("Darat Izza", Dārat ‘Izzah), in
        # the province the document is about: the village, however small, or the district
        # ("Kashmir's Baramulla", Bāramūla).
        return True
    if c.match == "alt":
        # GeoNames alternates include many odd spellings; a town's usual transliteration
        # ("Ramadi" for Ar Ramādī) counts only inside the province the document is about, or
        # a big city spelt another way that NER took for a name ("Zaporizhzhia").
        # (not a word before its noun: "Roma homes" are the Roma's, not Rome's)
        if m.source in ("ner-org", "ner-person") and c.feature == "city" and c.population >= RUN_MIN_CITY_POP \
                and (len(m.query) >= 6 or c.population >= BIG_CITY_POP) and not m.query.isupper() and not m.adjective:
            return _skeleton(c.name) == _skeleton(m.query)
        # "Derna": the city spelt another way is the seat of the province of that exact name.
        held_by = {o.feature for _, o in r.ranked if o.match in ("name", "alias") and o.feature in ("admin1", "admin2")
                   and o.country == c.country and o.admin1_code == c.admin1_code}
        # (NER's doubt included where a headline opens with it, "Derna gunmen kill ...", when the
        # province is a first-level one: "Roma homes" are the Roma's, not those of the Italian
        # province's seat; "the Zaporizhzhia nuclear power plant" is the province's)
        return c.feature == "city" and (
            (m.source == "run" and ((in_focus and c.population >= ALT_FOCUS_POP) or (held_by and c.population >= RUN_MIN_FOCUS_POP)))
            or (m.source in ("ner-org", "ner-person") and "admin1" in held_by and c.population >= RUN_MIN_FOCUS_POP
                and m.start == 0))
    if m.source in ("ner-org", "ner-person"):
        if c.match == "demonym":
            # "northern Burkinabé ambushes" tagged as a person: a nationality before its noun.
            return m.adjective
        if c.feature in ("country", "continent", "admin1", "region"):
            return True
        if c.feature == "admin2":
            # "Lanao del Sur" tagged as an organisation: a populous district named in full.
            # ("in Belen de los Andaquies (Caqueta)": a municipality NER called an organisation,
            # told after "in", as its seat would be)
            return m.hint == "admin2" or (c.match == "name" and " " in m.query and c.population >= RUN_MIN_CITY_POP) \
                or (m.source == "ner-org" and m.located and c.match == "name" and c.population >= LOCATED_ORG_MIN_POP)
        bar = RUN_MIN_CITY_POP if m.source == "ner-person" else RUN_MIN_CITY_POP // 2
        # ("Arson attack on Roma homes in Badovinci": an organisation is rarely "in" anywhere)
        # (nor a person: "strike again in Yala", a town of some size told after "in")
        located = m.located and c.match == "name" and c.population >= (
            LOCATED_ORG_MIN_POP if m.source == "ner-org" else RUN_MIN_FOCUS_POP)
        return c.population >= bar or (in_focus and c.population >= 5000) or located
    if c.match == "demonym":
        return m.source in ("run", "run-people", "run-shouted")
    if c.feature in ("country", "continent", "admin1", "region"):
        return m.source in ("run", "run-people") or c.feature in ("country", "continent")
    if c.feature == "admin2":
        # "Henry County", not a bare "Henry"; "Davao del Norte province" in an address (GeoNames
        # files the Philippines' provinces a level down)
        return (m.hint == "admin2" or (m.source == "cue" and m.hint == "admin1")) and c.match == "name"
    if m.source == "run-people" and c.feature == "city" and c.match in ("name", "alias") \
            and c.population >= BIG_CITY_POP:
        return True  # "Kano residents protest ...": a big city's people ("Fano villagers" are no Italian town's)
    if m.source in ("run-initial", "run-people", "run-shouted"):
        return False
    country_focus = ctx.countries.get(c.country or "", 0.0) >= 0.5
    if m.source == "feature-part":
        return country_focus and c.feature == "city"
    if country_focus and _compound(r):
        return True  # "Villefranche sur Saone": a compound name, written without its hyphens
    # ("near Khanewal": GeoNames gives the town no population, but it is the seat of a populous
    # district of its name)
    seat_of = 0 if c.population or c.feature != "city" else max(
        (o.population for _, o in r.ranked if o.feature == "admin2" and o.country == c.country
         and o.admin1_code == c.admin1_code and fold(o.name).startswith(fold(c.name))), default=0)
    return c.population >= RUN_MIN_CITY_POP or (in_focus and c.population >= 2000) \
        or (country_focus and c.population >= RUN_MIN_FOCUS_POP) or seat_of >= SEAT_DISTRICT_POP


_NER_SOURCES = ("ner", "ner-org", "ner-person")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
_RELATIVE_TO = re.compile(r",?\s+(?:(?:about|some|around|nearly|roughly)\s+)?(?:(?P<km>\d+)\s*(?P<unit>km|kilometres|kilometers|miles)\s+)?"
                          r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?",
                          re.IGNORECASE)
_WHERE_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")
def _compass_name(m: Mention) -> bool:
    """A division named by a compass point alone, with or without its word ("Central Region")."""
    return _key(m) in COMPASS_NAMES or _ADMIN_WORD_END.sub("", _key(m)) in COMPASS_NAMES


_ADMIN_WORD_END = re.compile(r"\s+(?:region|province|state|division|zone|department)$")
# First-level divisions named by a compass point alone (folded keys; "Far North" is two words).
COMPASS_NAMES = frozenset(["far north", *"""north south east west northern southern eastern western centre center central northeast
northwest southeast southwest north-east north-west south-east south-west nord sud est ouest
centre-nord centre-est centre-ouest centre-sud""".split()])


def _smaller_part(text: str, m: Mention, gazetteer: Gazetteer) -> bool:
    """"the Centro neighbourhood of Fresnillo": the name of a part of a bigger town named after
    it, not a place of its own (a village called El Centro elsewhere would pull the event away);
    "the Kabul neighbourhood of Shar-e-Naw" keeps Kabul."""
    other = name_after_part(text, m)
    if other is not None:
        return _town_size(other, gazetteer) > _town_size(m.query, gazetteer)
    # ("the Salah Al Din area of Tripoli": a name that is no town, in a town's area, is a part of
    # it, not the Iraqi province; "the Kulachi area of Dera Ismail Khan" is a town)
    other = name_after_part(text, m, area=True)
    return other is not None and _town_size(m.query, gazetteer) == 0 < _town_size(other, gazetteer)


def _town_size(name: str, gazetteer: Gazetteer) -> int:
    """The population of the biggest town called ``name`` (0 when none is)."""
    return max((c.population for c in gazetteer.lookup(name, demonyms=False)
                if c.feature == "city" and c.match in ("name", "alt", "alias")), default=0)


def _candidates(m: Mention, gazetteer: Gazetteer) -> list[Candidate]:
    if m.source == "abbrev":
        return gazetteer.lookup_abbreviation(m.query)
    found = gazetteer.lookup(m.query, demonyms=m.source in ("norp", "run", "run-initial", "run-people", "run-shouted",
                                                            "ner") or m.adjective)
    # A region whose name holds its kind word ("Kurdistan Region") is that region, not the
    # province the bare word names ("Kurdistan" alone is also Iran's Kordestan).
    whole = [c for c in gazetteer.lookup(m.text, demonyms=False) if c.feature == "region" and c.match == "name"] \
        if m.hint and m.query != m.text and _KIND_WORD_END.search(m.text) else []
    if whole:
        found = whole
    elif m.source in ("paren", "paren-head"):
        found = [c for c in found if c.feature not in ("continent", "region")]
    if not found and m.source in ("ner", "ner-org") and len(m.query.replace(" ", "")) <= 6:
        found = gazetteer.lookup_abbreviation(m.query)  # "W. Va.", "S.C." tagged as names
    if not found and m.source == "norp" and m.query.endswith("s"):
        found = [c for c in gazetteer.lookup(m.query[:-1]) if c.match == "demonym"]
    # A name of three letters that only some place's alternate names hold ("Sui" for Suizhou, "Ber"
    # for Veroia) is too short to be that place: it is a town the gazetteer lacks.
    # (unless the text says what it is: "Bui division")
    if len(fold(m.query).replace(" ", "")) <= 3 and m.hint is None and all(c.match == "alt" for c in found):
        found = []
    # A Spanish or French article is part of a town's name: "El Zulia" is the Colombian town, not
    # Venezuela's state of Zulia, which the folded key also matches.
    article = _ROMANCE_ARTICLE.match(m.query)
    if article and any(c.feature == "city" and c.name.startswith(article.group()) for c in found):
        found = [dataclasses.replace(c, match="alt") if c.feature in ("admin1", "admin2", "region") and c.match == "name"
                 and not c.name.startswith(article.group()) else c for c in found]
    # A big city spelt with a letter doubled or not ("Hanover" for Hannover, "Odessa" for Odesa)
    # is called by its name.
    spelt = squeezed(fold(m.query))
    found = sorted((dataclasses.replace(c, match="name") if c.match == "alt" and c.feature == "city"
                    and c.population >= OUTSHINE_MIN_POP and squeezed(fold(c.name)) == spelt else c for c in found),
                   key=rank_key)
    return found[:MAX_CANDIDATES]


_ROMANCE_ARTICLE = re.compile(r"(?:El|La|Los|Las|Le|Les)\s")
_ADDRESS_ACRONYM = re.compile(r"[A-Z]{2,4}")
# A country's possessive right before a name, a word or two of direction between ("Iraq's Gara",
# "Nigeria's northeastern Borno").
_OWNER_BEFORE = re.compile(r"(?<![\w'’\-])(?!(?:In|At|On|Near|From|Of|The|And|To|By)\b)"
                           rf"(?P<owner>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){{0,2}})['’]s\s+(?:{POSSESSIVE_QUALIFIERS}\s+){{0,2}}$")


def _owner_countries(text: str, m: Mention, gazetteer: Gazetteer) -> frozenset[str]:
    """The countries the possessive before the mention may name ("Congo's": either Congo)."""
    before = _OWNER_BEFORE.search(text, max(0, m.start - 50), m.start)
    if before is None:
        return frozenset()
    found = gazetteer.lookup(before.group("owner"), demonyms=False)
    if any(c.feature == "admin1" and c.match in ("name", "alias") for c in found):
        return frozenset()  # ("Georgia's capital Atlanta": a state's name too)
    return frozenset(c.country for c in found if c.feature == "country" and c.match in ("name", "alias", "alt") and c.country)


_KIND_WORD_END = re.compile(r"\s+(?:region|province|state|governorate|district|division|zone|department)$", re.IGNORECASE)


def _claimed_abroad(m: Mention, cands: Sequence[Candidate], owners: frozenset[str], gazetteer: Gazetteer) -> bool:
    """"Russia's Crimea": a province of another country, and none of the possessor's own by that
    name (unlike "Ghana's Northern Region")."""
    if not cands or cands[0].feature not in ("admin1", "region") or cands[0].match not in ("name", "alias"):
        return False
    bare = _KIND_WORD_END.sub("", m.query)
    return not any(c.country in owners for c in (*cands, *gazetteer.lookup(bare, demonyms=False)))


def _compound(r: Resolved) -> bool:
    """A run that is a town's compound name written without its hyphens ("Villefranche sur
    Saone") or with its particle ("Jaboatao dos Guararapes"), which NER cut into names of its own."""
    return r.mention.source == "run" and r.best is not None and r.best.match in ("name", "alias", "alt") \
        and ("-" in r.best.name or JOINED_NAME.search(r.best.name) is not None) \
        and JOINED_NAME.search(r.mention.query) is not None


def _select(resolved: list[Resolved]) -> list[Resolved]:
    """Non-overlapping mentions: stronger source, then longer span, then a name matched as spelt
    (of one span read two ways, "Rada city" and "Rada", not the spelling guess Reed City), then
    higher score. (An alias is as good as a name here: "Niger State" is the state.)"""
    rank = {"ner": 0, "abbrev": 0, "paren": 0, "cue": 0, "paren-head": 1, "norp": 1, "ner-org": 2, "ner-person": 2,
            "run": 3, "feature-part": 3, "run-initial": 4, "run-people": 4, "run-shouted": 4, "possessor": 0}
    chosen: list[Resolved] = []
    for r in sorted(resolved, key=lambda r: (0 if _compound(r) else rank[r.mention.source],
                                             -(r.mention.end - r.mention.start),
                                             r.best is not None and r.best.match == "loose", -r.score)):
        m = r.mention
        if all(m.end <= o.mention.start or o.mention.end <= m.start for o in chosen):
            chosen.append(r)
    return sorted(chosen, key=lambda r: r.mention.start)


# Capitalised names joined by commas and nothing else: an address, not a title.
_ADDRESS_SHAPE = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}(?:,\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})+")


# A Ukrainian raion named by its adjective ("Pokrovskyi", "Bakhmutskyi"): no spelling of the
# village it is named after ("Pokrovske"), whose loose match would pull the event away.
_RAION = re.compile(r"(?:sky[iy]|s['’]kyi|tskyi)$", re.IGNORECASE)


def geoparse(text: str, entities: Sequence[Entity], gazetteer: Gazetteer, *,
             weak: bool = False) -> list[Place]:
    """Toponyms of ``text`` resolved to places. ``entities`` are NER spans over ``text``.
    With ``weak``, names that resolve exactly but are not reported for lack of evidence come
    too, marked ``weak`` (see ``_weak``)."""
    # ("near Khanewal" tagged a work of art: after a word for where, a name is read as a place; so
    # is an address, "Catubig, Northern Samar", whatever comes before it)
    blocked = [(e.start, e.end) for e in entities if e.label in BLOCKING_LABELS
               and not (e.label == "WORK_OF_ART" and (_WHERE_BEFORE.search(text, max(0, e.start - 8), e.start)
                                                      or _ADDRESS_SHAPE.fullmatch(text, e.start, e.end)))]
    orgs = {e.start: e.end for e in entities if e.label == "ORG"}
    ner = [_extended(m, text, gazetteer) for m in entity_mentions(text, entities)]
    places = [(m.start, m.end) for m in ner if m.source == "ner"]
    # A name before parentheses that NER tagged as a place is that mention already.
    ner += [m for m in parenthesis_mentions(text) if m.source == "paren" or
            not any(m.start < e and s < m.end for s, e in places)]
    ner += long_name_mentions(text, gazetteer.long_names(), blocked, orgs)
    ner += road_mentions(text) + shared_word_mentions(text) + _address_mentions(text, gazetteer)
    taken = [(m.start, m.end) for m in ner if m.source in ("ner", "norp", "paren", "paren-head")]
    runs = run_mentions(text, taken, blocked)
    mentions = ner + runs
    mentions += abbreviation_mentions(text, [(m.start, m.end) for m in mentions])
    mentions = [m for m in mentions if not inside_site_name(text, m) and not river_named(text, m)
                and not _smaller_part(text, m, gazetteer)]

    cands = [[c for c in _candidates(m, gazetteer) if (c.match != "abbrev" or _abbreviation_fits(m, text))
              and not (c.match == "loose" and _RAION.search(m.query))] for m in mentions]
    # "Hangu district (KP)": an acronym in brackets is the division we know by it (Khyber
    # Pakhtunkhwa), not a town one of whose alternate spellings it is (Kep, Cambodia).
    cands = [(gazetteer.lookup_abbreviation(m.query) or cs) if _ADDRESS_ACRONYM.fullmatch(m.query)
             and text.endswith("(", 0, m.start) else cs
             for m, cs in zip(mentions, cands)]
    # "northern Iraq's Gara region": a place of that country, or none (not El Gara, Morocco).
    # (A province abroad stays: "Russia's Crimea" names a claim, not where Crimea lies.)
    owners = [_owner_countries(text, m, gazetteer) for m in mentions]
    cands = [[c for c in cs if c.country in owner] if owner and not _claimed_abroad(m, cs, owner, gazetteer) else cs
             for m, cs, owner in zip(mentions, cands, owners)]
    # "Sweidan Jazira village": the last word of a village's name we do not know is no other town
    # (Jazira, an alternate name of an Iraqi city), unless it is that town's own name.
    unknown = [(m.start, m.end) for m, cs in zip(mentions, cands) if not cs]
    cands = [[c for c in cs if c.match in ("name", "alias")]
             if m.source == "cue" and " " not in m.query and SETTLEMENT_AFTER.match(text, m.end) and any(
                 (e == m.end and s < m.start) or (e == m.start - 1 and text[e] == " ") for s, e in unknown) else cs
             for m, cs in zip(mentions, cands)]
    facilities = {(e.start, e.end) for e in entities if e.label == "FAC"}
    for m, cs in list(zip(mentions, cands)):
        if not cs and m.source in (*_NER_SOURCES, "cue") and " " in m.query:
            # ("Shikarpur mosque blast toll climbs": a name the headline opens with, before its site)
            facility = any(fs <= m.start and m.end <= fe for fs, fe in facilities)
            for p in part_mentions(text, m, facility):
                found = _candidates(p, gazetteer)
                # (spelt exactly: "Bon" of "Bon Repos (Croix-des-Bouquets, Ouest)" is no Bonn)
                if any(c.match in ("name", "alias") for c in gazetteer.lookup(p.query, demonyms=False)):
                    mentions.append(p)
                    cands.append(found)
                    break
    mentions = [_country_sense(m, cs, text) for m, cs in zip(mentions, cands)]
    first = [_rank(m, cs, EMPTY, None) for m, cs in zip(mentions, cands)]
    kept = _select([r for r in first if r.best is not None and _keep(r, EMPTY)])
    # A loose match of a run is never kept: it must not shadow the name inside it ("New Congo
    # Attack" read as Nancang would hide "Congo").
    live_resolved = _select([r for r in first if r.best is not None
                             and (r.mention.strong or any(c.match != "loose" for _, c in r.ranked))])
    # A division in brackets we do not know still links its chain ("Yirol town (Yirol West,
    # Lakes)": Yirol is in Lakes), unless a name we know covers it ("Kutkai Township": Kutkai).
    live_resolved = sorted([*live_resolved, *(
        r for r in first if r.best is None and r.mention.source == "paren"
        and not any(o.mention.start < r.mention.end and r.mention.start < o.mention.end for o in live_resolved))],
        key=lambda r: r.mention.start)
    contexts = _contexts(kept, live_resolved)
    areas = [(r.mention.start, r.best, _key(r.mention)) for r in kept if r.best is not None
             and r.best.feature in ("admin1", "country") and r.best.match in ("name", "alias", "abbrev")
             # (a province NER took for an organisation is still one: "western Dar'a")
             and (r.mention.strong or (r.best.feature == "admin1" and r.mention.source == "ner-org"))]

    live = [r.mention for r in live_resolved]
    index = {id(m): i for i, m in enumerate(mentions)}
    live_idx = [index[id(m)] for m in live]
    chains = _chains(text, [mentions[i] for i in live_idx])
    held = {b: a for a, b in chains.items()}
    final: dict[int, Resolved] = {}
    chain_country: dict[int, str | None] = {}  # pos -> the country its chain ends in
    placed: set[int] = set()  # mentions a chain puts inside a resolved area
    addressed: set[int] = set()  # named exactly, inside the province or district after it
    in_area: set[int] = set()  # followed by the province or district holding it ("JORDAN, Minn.")
    links: list[tuple[int, int]] = []  # (mention, the mention its chain puts it in)
    # Right to left, so that a chain's container is resolved before what it contains.
    for pos in sorted(range(len(live_idx)), key=lambda p: -mentions[live_idx[p]].start):
        i = live_idx[pos]
        outer = chains.get(pos)
        while outer is not None and live_idx[outer] in final and final[live_idx[outer]].best is None \
                and chains.get(outer) is not None and (mentions[live_idx[outer]].source == "paren"
                                                       or _area(final.get(live_idx[chains[outer]]))):
            # "Dara (Dara, Panjshir)": the district we do not know sits in Panjshir, and so does
            # the town named after it; "Sarkin Pawa, Munya, Niger, Nigeria": so does the village
            # before a district we do not know.
            outer = chains[outer]
        container = final[live_idx[outer]].best if outer is not None and \
            live_idx[outer] in final else None
        if container is None:
            container = _nationality_of(text, mentions[i].start, gazetteer)
        if container is not None and container.match == "loose":
            container = None  # a spelling guess ("North Ossetia" as Botswana's North East) rules nothing out
        elif container is not None and container.feature == "country" and outer is not None \
                and any(c.feature == "country" and c.match in ("name", "alias") for c in cands[i]) \
                and not _ADDRESS_END.match(text, mentions[live_idx[outer]].end):
            container = None  # "in Russia, U.S. officials said": two countries, no town of one in the other
        elif container is not None and container.feature == "city" and outer is not None \
                and text[:mentions[live_idx[outer]].start].rstrip().endswith(("(", ",")) \
                and not mentions[live_idx[outer]].text.isupper() \
                and not any(c.country == container.country for c in cands[i]) \
                and max((c.population for c in cands[i] if c.match == "name"), default=0) > container.population:
            # "Kongsberg (Viken)": brackets name a division; a hamlet abroad that shares the
            # division's name, smaller than the town it would hold, holds nothing. ("Arada
            # (Tripoli)" is in Tripoli, whatever other Arada there is.)
            container = None
        holds = cands[live_idx[held[pos]]] if pos in held else ()
        if container is not None and container.feature == "country":
            # "Sango, Mandera, Kenya": a Sango of Nigeria is not what Mandera holds.
            holds = [h for h in holds if h.country == container.country]
        holds_area = pos in held and mentions[live_idx[held[pos]]].hint in ("admin1", "admin2")
        if not holds and outer is not None and _AFTER_UNKNOWN_NAME.search(text, max(0, mentions[i].start - 80), mentions[i].start):
            # "Manini, Kaduna, Nigeria": the middle of an address holds a place we do not know,
            # so it is the state, not the namesake city.
            holds_area = True
        # (a name is no evidence for itself: "the Quebec government ... in Quebec")
        near = [c for s, c, k in areas if abs(s - mentions[i].start) <= NEAR_AREA_CHARS
                and k != _key(mentions[i]) and container is None]
        after_compass = _COMPASS_BEFORE.search(text, max(0, mentions[i].start - 16), mentions[i].start) is not None
        beside, beside_km = None, 0.0
        if relative := _RELATIVE_TO.match(text, mentions[i].end):
            # "Beit Dajan, east of Nablus": the namesake near the place it is told against
            beside = next((final[j].best for j in live_idx if j in final and mentions[j].start == relative.end()), None)
            told = int(relative.group("km")) * (1.6 if relative.group("unit") == "miles" else 1.0) if relative.group("km") else 0
            beside_km = max(BESIDE_KM, 1.5 * told)
        own = cands[i]
        if container is not None and container.feature == "admin1" and own \
                and not any(container.contains(c) for c in own):
            # "Sokna and Hun (Al Jufrah)": no Sokna of Al Jufrah as spelt (only Norway's); the
            # province's own town of those consonants (Soknah) is the one meant.
            own = own + [c for c in gazetteer.lookup_loose(mentions[i].query)
                         if container.contains(c) and c.feature == "city"]
        if container is not None and container.feature in ("admin1", "admin2") \
                and _OPENS_BRACKET.match(text, mentions[i].end):
            # "Agwelek forces overran Tonga (Panyikang, Upper Nile)": a bracketed address is a
            # town's; no country abroad heads it.
            own = [c for c in own if c.feature != "country" or c.country == container.country]
        final[i] = _rank(mentions[i], own, contexts[_key(mentions[i])], container, holds,
                         chain_country.get(outer) if outer is not None else None, holds_area, near,
                         after_compass, beside, beside_km,
                         outer is not None and mentions[live_idx[outer]].hint == "city")
        if outer is not None and live_idx[outer] in final:
            links.append((i, live_idx[outer]))
        best = final[i].best
        if container is not None and container.country and (
                container.feature in ("country", "admin1", "admin2")
                or chain_country.get(outer) == container.country):
            placed.add(i)
        if container is not None and best is not None and best.match in ("name", "alias", "alt") \
                and container.feature in ("admin1", "admin2") and (container.contains(best) or _neighbour(best, container)):
            addressed.add(i)
        if container is not None and container.feature in ("admin1", "admin2"):
            in_area.add(i)
        if best is not None and best.country and best.feature in ("country", "admin1", "admin2"):
            chain_country[pos] = best.country
        elif best is not None and outer is not None and chain_country.get(outer) == best.country:
            chain_country[pos] = best.country
    _one_sense(final, mentions, chains, live_idx)
    _owned_nearby(final, mentions, live_idx, text)
    # "Oshnavieh (Oshnavieh, West Azarbaijan)": two spellings guessed from their consonants, the
    # town inside the province, bear each other out.
    vouched = {k for i, j in links for a, b in [(final[i].best, final[j].best)]
               if a is not None and b is not None and "loose" in (a.match, b.match)
               and b.feature in ("admin1", "admin2") and b.contains(a) for k in (i, j)}
    # A name its chain left without a candidate ("Krasne, Donetsk" when the only Krasne we know
    # is in Zaporizhzhia) is the same unknown place wherever the document repeats it.
    # (Not a district in brackets named like its town: "Jayapura (Jayapura, Papua)", where
    # GeoNames has no such district, says nothing against the town.)
    unknown = {_key(mentions[i]) for i in final if final[i].unplaced} - {
        _key(mentions[i]) for i in final if i in placed and not final[i].unplaced and final[i].best is not None}
    # Whether to report a mention is judged in the context of the final resolutions, its own
    # included: a small town named three times in a story about its state is a place.
    keep_ctx = _context(_select([r for r in final.values() if r.best is not None and _keep(r, EMPTY)]))
    named = _person_words(entities)
    people = named - _place_words(entities)
    out = []
    reported: dict[str, int] = {}  # mention key -> the geonameid a kept mention of it resolved to
    repeats: list[tuple[int, Resolved]] = []  # mentions not kept on their own evidence
    for i in sorted(final, key=lambda i: mentions[i].start):
        r = final[i]
        if mentions[i].source == "paren-head" and i not in placed:
            # "Musir (Mike de Kock)": parentheses that hold no place make the name before
            # them an ordinary capitalised run.
            r = Resolved(dataclasses.replace(mentions[i], source="run"), r.ranked)
        # (a province in brackets is no person NER took it for: "in Minbya township (Rakhine State)")
        bracketed_division = mentions[i].source == "paren" and r.best is not None and r.best.feature in ("admin1", "admin2")
        if (_is_person(r, people, named) and i not in in_area and not _bracketed_in_province(r, text)
                and not bracketed_division) \
                or _key(mentions[i]) in unknown or _a_people(r):
            # (A name an address places, "JORDAN, Minn.", is the town, whoever else is called Jordan.)
            continue
        if _keep(r, keep_ctx) or (i in addressed and mentions[i].source in ("run", "ner-org", "ner-person")) \
                or i in vouched:
            # "in Santo Tomas Jalieza, Oaxaca, Mexico", "in Kale, Sagaing": a small town NER
            # missed or called a name is a place when the province after it holds a town of
            # that name.
            out.append(_place(r))
            if r.best is not None:
                reported.setdefault(_key(mentions[i]), r.best.geonameid)
        elif (seat := _named_area_first(r)) is not r and seat.best.contains(r.best) and _keep(seat, keep_ctx):
            # "Indonesian hostage freed in Sulu": the province's seat, spelt by its province's
            # name, is a stray abroad; the province named exactly is not.
            out.append(_place(seat))
        else:
            repeats.append((i, r))
            if weak and (w := next((x for x in (seat, r) if _weak(x, text)), None)) is not None:
                out.append(dataclasses.replace(_place(w), weak=True))
    # One name, one sense through a document: "Samos" reported once as the island is the island
    # again where NER took it for a person ("Samos's economy") or saw no name at all.
    # (Not a name the matcher found alone, nor the first word of a longer name: "the Olympic
    # record", "Toronto Blue Jays" are no places because Olympic or Toronto was one.)
    again = [_place(r) for i, r in repeats
             if r.best is not None and reported.get(_key(mentions[i])) == r.best.geonameid
             and mentions[i].source != "run" and not _NAME_GOES_ON.match(text, mentions[i].end)]
    if again:
        again_at = {(p.start, p.end) for p in again}
        out = sorted([p for p in out if (p.start, p.end) not in again_at] + again, key=lambda p: p.start)
    # What owns a division lies in the division's country ("Garcia's Cebu province" names a
    # governor, not Mexico's García).
    owners = {(r.mention.start, r.mention.end) for r in final.values() if r.mention.source == "possessor"}

    def held_abroad(p: Place) -> list[Place]:
        held = [o for o in out if o.start > p.start and not o.weak and (o.start, o.end) not in owners]
        return held if held and all(o.country != p.country for o in held) else []

    # (unless the owner is a province: "Giza's Haram district" is in Giza, whatever Norwegian
    # Haram the gazetteer knows, and the district is dropped instead)
    dropped = set()
    for p in out:
        if (p.start, p.end) in owners and (abroad := held_abroad(p)):
            # (a region the owner holds is a country's: "Niger's Tillaberi region" is Niger's)
            keep_owner = p.feature == "admin1" and abroad[0].feature != "admin1"
            dropped |= {(o.start, o.end) for o in abroad[:1]} if keep_owner else {(p.start, p.end)}
    return [p for p in out if (p.start, p.end) not in dropped]


# GTD's "in Dera Ismail Khan, Khyber Pakhtunkhwa, Pakistan": an address that ends in a country.
_ARTICLE = r"(?:(?:al|el|an|ar|as|ash|at|ad|az|ez|es|ed|en|er)-)"  # "al-Mayadin", "Deir ez-Zor"
_ADDRESS_PART = rf"{_ARTICLE}?[A-Z][\w'’\-]*(?:\s+(?:(?:de|del|la|le|el|al|ad|an|ash|az|ar|of|do|da|du|des|di|os|us|ul|ud)\s+)?{_ARTICLE}?[A-Z][\w'’\-]*){{0,3}}"
# (a division may say what it is: "near Baiji, Salah ad Din governorate, Iraq")
_ADDRESS_DIVISION = r"(?:\s+(?:province|governorate|district|state|region|county|department|prefecture|municipality))?"
_DIVISION_WORD = re.compile(_ADDRESS_DIVISION + "$")
_ADDRESS = re.compile(rf"\b(?:in|near|at|on|outside|of|and|between|through|along|around|into|towards?)\s+(?P<chain>{_ADDRESS_PART}{_ADDRESS_DIVISION}"
                      rf"(?:,\s+{_ADDRESS_PART}{_ADDRESS_DIVISION}){{1,3}})")


def _address_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """The parts of an address that ends in a country, as the text delimits them: NER often cuts
    or mislabels them ("Dera [Ismail Khan]" as a person, "Grenoble" as a work of art, "Sultan
    [Kudarat]")."""
    out = []
    for m in _ADDRESS.finditer(text):
        parts = [(p.start() + m.start("chain"), p.end() + m.start("chain"))
                 for p in re.finditer(r"[^,]+", m.group("chain"))]
        parts = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in parts]
        last = text[parts[-1][0]:parts[-1][1]]
        ending = [c for c in gazetteer.lookup(last, demonyms=False) if c.match in ("name", "alias")]
        if any(c.feature == "country" for c in ending):
            ends = parts[:-1]
        else:
            # "near Khanewal, Punjab": a province holding a town of the name before it (NER called
            # the pair a work of art).
            provinces = [c for c in ending if c.feature == "admin1"]
            if not provinces or not all(any(p.contains(c) for p in provinces for c in gazetteer.lookup(text[s:e], demonyms=False)
                                            if c.match in ("name", "alias")) for s, e in parts[:-1]):
                continue
            ends = parts
        for s, e in ends:
            e -= len(_DIVISION_WORD.search(text, s, e).group())  # ("Salah ad Din governorate": the name, hinted)
            name = text[s:e]
            hint = place_hint(name, text, e)
            out.append(Mention(s, e, name, name, "cue", hint))
    return out


# Words that continue a place name after a part NER cut off: "Foz" + " do Iguacu",
# "Ciudad" + " del Este", "Bandar" + " Seri Begawan", "Deir" + " ez-Zor".
_PARTICLE_WORD = re.compile(r"\s(?:do|da|dos|das|de|del|della|di|du|des|sur|upon|on|under)\s")
# ("Amatenango de la Frontera": two particles)
_CONTINUATION = re.compile(r"(?:\s+(?:(?:(?:do|da|dos|das|de|del|della|di|du|des|la|las|los|le|el|al|ar|as|ad|en|y|i|of|sur|am|an|der|bin|sa|ng|upon|on|under|"
                           # (the Arabic article as French transliterates it: "Aalma ech Chaab", "Deir ez Zor")
                           r"ech|ed|es|ez|er|esh|ej)\s+){1,2}|"
                           r"(?:al|el|ad|ar|as|ash|at|az|ez|es|en|ul|ed|um)-)?"
                           r"[A-Z][\w'’\-]*){1,3}")


_NATIONALITY_BEFORE = re.compile(r"\b(?P<people>[A-Z][a-z]+)\s+(?:capital|city|town|village|port|province|region|district|"
                                 r"state|governorate|border\s+town)\s+of\s+$")


def _nationality_of(text: str, start: int, gazetteer: Gazetteer) -> Candidate | None:
    """"the Lebanese city of Tripoli": the country the nationality names holds the place."""
    m = _NATIONALITY_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    return next((c for c in gazetteer.lookup(m.group("people")) if c.match == "demonym" and c.feature == "country"), None)


_HYPHENED = re.compile(r"(?:-[^\W\d_]+)+")
_ADDRESS_END = re.compile(r"\.?\s*(?:[,;:)]|\.(?:\s+[A-Z]|\s*$)|$)")
_WORD_BEFORE = re.compile(r"(?<![.:!?]\s)(?<!^)\b[A-Z][\w'’\-]*\s+$")


_ZONE_AFTER = re.compile(r"\s+(?:zone|Zone)\b")


def _extended(m: Mention, text: str, gazetteer: Gazetteer) -> Mention:
    """A NER place cut short ("Foz" of "Foz do Iguacu") extended to the longest following run
    of words that the gazetteer knows by its exact name."""
    if m.source not in _NER_SOURCES:
        return m
    before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before:
        # "Ban Nang Sata" read as a person "Nang Sata": a village's word NER left out before it;
        # "Goz Beida" tagged as "Beida", a hamlet in China by that name against a town of 59,000.
        short = max((c.population for c in gazetteer.lookup(m.query, demonyms=False) if c.match in ("name", "alias")),
                    default=None)
        name = text[before.start():m.end]
        # (asked also without the word the query dropped: "General Santos City" is GeoNames'
        # "General Santos", NER having tagged only "Santos City")
        for query in dict.fromkeys((name, text[before.start():m.start] + m.query)):
            longer = max((c.population for c in gazetteer.lookup(query, demonyms=False) if c.match == "name"),
                         default=None)
            if longer is not None and (short is None or longer > short):
                return dataclasses.replace(m, start=before.start(), text=name, query=query)
    if _ZONE_AFTER.match(text, m.end):
        # "North Shewa zone, Amhara": GeoNames names Ethiopia's zones "North Shewa Zone", and
        # only one of the two has the bare name among its alternates.
        zone = f"{m.query} Zone"
        if any(c.match in ("name", "alias") for c in gazetteer.lookup(zone, demonyms=False)):
            return dataclasses.replace(m, query=zone, hint="admin2")
    hyphened = _HYPHENED.match(text, m.end)
    if m.source != "ner" and not hyphened:
        return m
    if hyphened:
        # "Mazar" of "Mazar-i-Sharif": the tokenizer split a hyphenated name.
        name = text[m.start:hyphened.end()]
        if any(c.match != "loose" for c in gazetteer.lookup(name, demonyms=False)):
            return dataclasses.replace(m, end=hyphened.end(), text=name, query=name)
        return m
    run = _CONTINUATION.match(text, m.end)
    if not run:
        return m
    words = list(re.finditer(r"\S+", text[m.end:run.end()]))
    for last in reversed(words):
        end = m.end + last.end()
        name = text[m.start:end]
        # (an alternate name will do where a particle joins the words: "Nioro du Sahel" is one
        # town, GeoNames' "Nioro", not Nioro and Burkina Faso's Sahel)
        # (and so will one the text calls a town: "Hlaing Tharyar township", Hlaingthaya)
        kinds = ("name", "alias", "alt") if _PARTICLE_WORD.search(text, m.end, end) \
            or SETTLEMENT_AFTER.match(text, end) else ("name", "alias")
        if any(c.match in kinds for c in gazetteer.lookup(name, demonyms=False)):
            return dataclasses.replace(m, end=end, text=name, query=name)
    return m


# Words that open a headline before a colon without naming a place.
_HEADLINE_LABELS = frozenset("""update updated breaking exclusive analysis watch explainer opinion live factbox
video photos report latest urgent alert editorial interview""".split())


def _weak(r: Resolved, text: str) -> bool:
    """An exact name of a province or a town of some size that only NER's doubt kept out: "the
    Sidon roundabout", "in Rampur (UP)" tagged as an organisation, a province opening a
    headline; or a town of any size that the text places something in ("storm FC camp in
    Panjgur", "blast in Marawi") when no other country has a town of that name."""
    c, m = r.best, r.mention
    if c is None or (m.query.isupper() and len(m.query) <= 3 and c.feature == "city"):
        return False  # "UN condemns ..." is no town Un
    if m.site and not _site_town(c, m):
        return False  # ("the Taj Mahal Palace hotel", see _site_town)
    if m.source in ("run", "ner", "norp", "ner-org", "ner-person") \
            and (c.feature == "city" or (c.feature == "admin2" and m.hint == "admin2")) \
            and placed_by_words(text, m.start) \
            and m.query.casefold() not in _SITE_NOUNS \
            and (not _EVENT_NOUN_AFTER.match(text, m.end) or _SITE_AFTER.match(text, m.end)
                 or (_BARE_EVENT_AFTER.match(text, m.end) and m.source != "norp" and c.population >= BARE_EVENT_MIN_POP
                     and c.match in ("name", "alias")
                     and _LOWER_LOCATIVE.search(text, max(0, m.start - 12), m.start))) \
            and not _OWNER_AFTER.match(text, m.end) \
            and (c.match in ("name", "alias") or (c.match == "alt" and _weak_alternate(r))) \
            and not any(o.country != c.country and o.match in ("name", "alias") for _, o in r.ranked):
        return True
    if m.start == 0 and text.startswith(":", m.end) and c.feature == "city" and c.match == "alt" \
            and c.population >= ALT_STRAY_POP and all(o.country == c.country for _, o in r.ranked):
        return True  # "Galkayo: suicide car bomb kills eight": the town a headline is filed under, spelt its way
    if m.start == 0 and text.startswith(":", m.end) and c.feature == "city" and c.match in ("name", "alias") \
            and m.query.casefold() not in _HEADLINE_LABELS and all(o.country == c.country for _, o in r.ranked):
        return True  # "Kagara: Student killed as gunmen abduct pupils": a town of one country, however small
    if c.match not in ("name", "alias") and not (
            c.match == "alt" and c.feature in ("admin1", "admin2") and _generic_form(c.name, m.query)):
        return False  # ("Kurram" for Kurram District is its name without the word for its kind)
    if m.source in ("run-initial", "run-people"):
        return c.feature == "admin1"  # "Jharkhand IED blast: ..."
    return m.source in ("run", "ner-org", "ner-person") \
        and (c.feature in ("admin1", "admin2") or (c.feature == "city" and c.population >= WEAK_MIN_POP))


def _named_area_first(r: Resolved) -> Resolved:
    """For a weak place, a province or district named exactly beats a town that only one of
    GeoNames' alternate spellings matched ("off Basilan" is the province, not Isabela City)."""
    if r.best is None or r.best.match != "alt" or _skeleton(r.best.name) == _skeleton(r.mention.query):
        return r  # ("Jowhar" is the town Jawhar, spelt another way, before its district)
    for i, (_, c) in enumerate(r.ranked):
        if c.match == "name" and c.feature in ("admin1", "admin2"):
            return dataclasses.replace(r, ranked=(r.ranked[i], *r.ranked[:i], *r.ranked[i + 1:]))
    return r


def _weak_alternate(r: Resolved) -> bool:
    """Whether a town matched only by an alternate spelling may stand as a weak place."""
    c, m = r.best, r.mention
    if _generic_form(c.name, m.query):
        return True
    if m.strong or m.source == "norp":
        # NER saw a place but it was too small or too far to report: only the same consonants
        # ("Tarmiya" for At Tarmiyah), never a big namesake abroad ("near Boni" is not Bonn).
        return _skeleton(c.name) == _skeleton(m.query)
    return loose(fold(c.name)) == loose(fold(m.query)) or (
        c.feature == "city" and c.population >= ALT_STRAY_POP
        and not any(o.match in ("name", "alias") for _, o in r.ranked))


# "attack on Omar's convoy": what a person owns, not a town.
_OWNER_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}?(?:convoy|motorcade|car|vehicle|house|home|residence|office|shop|"
                          r"farm|compound|family|wife|husband|son|daughter|brother|bodyguards?|guards?|supporters|men)\b")


# "Killed In Market Blast", "in Hamas rocket attack": a word before what happened qualifies it.
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:attacks?|blasts?|bombings?|explosions?|ambush(?:es)?|raids?|strikes?|"
                               r"shootings?|clash(?:es)?|violence|massacres?|sieges?|operations?|crash(?:es)?|fire|rockets?)\b",
                               re.IGNORECASE)
# "in Kwatarkwashi market raid": a site of the town before the word for the attack.
_SITE_AFTER = re.compile(r"\s+(?:market|village|town|camp|checkpoint|mosque|church|school|bridge|station|base|prison|"
                         r"bus\s+station|motor\s+park|farm|community)\b", re.IGNORECASE)
# Sites that headlines capitalise ("Bomb Kills Four Near Bridge"): never a town by themselves.
_SITE_NOUNS = frozenset("""market bridge train bus station church mosque temple school hospital camp village town city
border road highway airport hotel prison jail base port square park stadium mall checkpoint
harbour harbor river lake mountain forest farm mine embassy palace parliament court""".split())


def _generic_form(name: str, query: str) -> bool:
    """"Marawi City" for "Marawi", "Amphoe Rueso" for "Rueso": the name with a word for its kind."""
    words, said = fold(name).split(), fold(query).split()
    return words[:len(said)] == said or words[-len(said):] == said


LOCATIVE = re.compile(r"\b(?:in|near|at|outside|off)\s+$", re.IGNORECASE)  # "BLAST IN MUQDISHO"
# "killed in Tipo-Tipo ambush": the attack's own town, told in lower case ("Killed In Market Blast"
# is a headline's capitals). Not before "attack", which follows who or what attacked as often
# ("in Nuer attack", "in Tomahawk attack"); a group named like a town ("in Fano ambush") the
# caller rules out.
_LOWER_LOCATIVE = re.compile(r"\b(?-i:in|near|at|outside)\s+$")
_BARE_EVENT_AFTER = re.compile(r"\s+(?-i:ambush(?:es)?|raids?|blasts?|bombings?|explosions?|massacres?|shootings?)\b")
# "mortars hit Jowhar", "raid on Kwande": the place an attack lands on is where it happened.
_STRUCK = re.compile(r"\b(?:hits?|rock(?:s|ed)|strikes|struck|shell(?:s|ed)|pound(?:s|ed)|storm(?:s|ed)|overr[au]n|"
                     r"(?:attacks?|raids?|assault|ambush|offensive|strikes?)\s+on)\s+$", re.IGNORECASE)


def placed_by_words(text: str, start: int) -> bool:
    """Whether the words before ``start`` put an event there: "in", "near", "raid on", "shells"."""
    return bool(LOCATIVE.search(text, max(0, start - 12), start) or _STRUCK.search(text, max(0, start - 24), start))


_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:the|old|new|central|northern|southern|eastern|western)\s+)?")


def _owned_by(owner: Candidate, c: Candidate) -> bool:
    """Whether ``c`` lies in what ``owner`` (a city, province or country) holds."""
    if c.country != owner.country:
        return False
    if owner.feature == "city":
        return haversine_km(c.lat, c.lon, owner.lat, owner.lon) <= OWNED_QUARTER_KM
    return owner.feature == "country" or c.admin1_code == owner.admin1_code


def _owned_nearby(final: dict[int, Resolved], mentions: Sequence[Mention], live_idx: Sequence[int], text: str) -> None:
    """"Hanover's Linden district", "Kabul's Shakar Dara": a quarter a city owns is the namesake
    inside that city (or the province or country owning it), not the one abroad that outranked it."""
    order = sorted((i for i in live_idx if i in final), key=lambda i: mentions[i].start)
    for a, b in zip(order, order[1:]):
        owner, held = final[a].best, final[b]
        if owner is None or held.best is None or owner.match not in ("name", "alias") \
                or owner.feature not in ("country", "admin1", "city") or mentions[a].source == "norp" \
                or not _POSSESSIVE_GAP.fullmatch(text, mentions[a].end, mentions[b].start):
            continue
        if _owned_by(owner, held.best):
            continue
        alternatives = [sc for sc in held.ranked if _owned_by(owner, sc[1])]
        if alternatives:
            final[b] = dataclasses.replace(held, ranked=(*alternatives, *(sc for sc in held.ranked if sc not in alternatives)))


def _one_sense(final: dict[int, Resolved], mentions: Sequence[Mention], chains: dict[int, int],
               live_idx: Sequence[int]) -> None:
    """One sense per document: a name resolved inside a chain ("Palma, Cabo Delgado,
    Mozambique") means the same place where the document repeats it alone ("the town of
    Palma"), when that place is among the lone mention's candidates."""
    chained = {live_idx[p] for p in chains} | {live_idx[p] for p in chains.values()}
    sense: dict[str, Candidate] = {}
    for p, outer in chains.items():
        i, o = live_idx[p], live_idx[outer]
        best = final[i].best if i in final else None
        held_by = final[o].best if o in final else None
        if best is not None and held_by is not None and held_by.contains(best):
            sense.setdefault(_key(mentions[i]), best)
    for i, r in list(final.items()):
        want = sense.get(_key(mentions[i]))
        if i in chained or want is None or r.best is None or r.best.geonameid == want.geonameid \
                or r.best.feature not in ("city", "admin2", "country") or (mentions[i].hint == r.best.feature == "admin2"):
            continue  # ("Lebanon County" stays the county of a document about "LEBANON, Pa.")
        picked = [x for x in r.ranked if x[1].geonameid == want.geonameid]
        if picked:
            final[i] = Resolved(r.mention, (picked[0], *(x for x in r.ranked if x is not picked[0])))


def _person_words(entities: Sequence[Entity]) -> frozenset[str]:
    """Words of multi-word PERSON names in the document ("John Kerry" -> kerry)."""
    words = set()
    for e in entities:
        parts = e.text.split()
        if e.label == "PERSON" and len(parts) > 1:
            words.update(p.casefold() for p in parts if len(p) > 2)
    return frozenset(words)


def _place_words(entities: Sequence[Entity]) -> frozenset[str]:
    """One-word GPE/LOC names that NER gives at least as often as it puts them inside a PERSON
    name: "Alexandria" twice a place is not undone by a mislabelled "Alexandria Police"."""
    places: dict[str, int] = {}
    in_people: dict[str, int] = {}
    for e in entities:
        parts = e.text.split()
        if e.label in ("GPE", "LOC") and len(parts) == 1:
            places[e.text.casefold()] = places.get(e.text.casefold(), 0) + 1
        elif e.label == "PERSON" and len(parts) > 1:
            for p in {p.casefold() for p in parts}:
                in_people[p] = in_people.get(p, 0) + 1
    return frozenset(w for w, n in places.items() if n >= in_people.get(w, 0))


_PLACE_WORD_AFTER = re.compile(r"\s(?:Town|Village|District|Province|County|Governorate|Municipality)$")


def _bracketed_in_province(r: Resolved, text: str) -> bool:
    """ACLED's "Yirol (Yirol West, Lakes)": a town followed by brackets that name its province is
    the town, whatever NER made of the district named like it."""
    c = r.best
    after = re.match(r"\s*\(([^()]{2,80})\)", text[r.mention.end:])
    return c is not None and c.feature == "city" and bool(c.admin1) and after is not None \
        and fold(c.admin1) in fold(after.group(1))


def _is_person(r: Resolved, people: frozenset[str], named: frozenset[str] = frozenset()) -> bool:
    """A one-word mention that is part of a person's name elsewhere in the same document is
    that person again ("Kerry said"), unless it is a country or continent ("Jordan"). For a
    village the bar is lower: a word of any person's name (``named``) is that person, however
    often NER calls the bare surname a place ("Abdul Razak Ali Artan ... Artan was killed")."""
    c = r.best
    if " " in r.mention.query or c is None or c.feature in ("country", "continent") \
            or r.mention.source == "cue" or _PLACE_WORD_AFTER.search(r.mention.text):
        return False  # (nobody is called "Jolo Town")
    word = r.mention.query.casefold()
    return word in people or (word in named and c.feature == "city" and c.population < SMALL_PLACE_POP)


def _place(r: Resolved) -> Place:
    c, m = r.best, r.mention
    assert c is not None
    runner = None
    if len(r.ranked) > 1:
        s2, c2 = r.ranked[1]
        runner = f"{c2.name} ({c2.country or '-'}, {c2.feature}, {c2.geonameid}) {s2:.2f}"
    return Place(start=m.start, end=m.end, text=m.text, name=c.name, country=c.country,
                 lat=c.lat, lon=c.lon, geonameid=c.real_geonameid, admin1=c.admin1,
                 feature=c.feature, score=round(r.score, 3), runner_up=runner, demonym=c.match == "demonym")


# Marks of scholarly romanisation that GeoNames keeps ("Nangarhār", "Al Ḩudaydah", "Tarīn Kōṯ")
# and English usage drops (ACLED writes "Nangarhar", "Al Hudaydah"): macron, dot below, breve
# below, line below, and a cedilla under t, d, h or z. Letters of Latin-script languages stay
# ("São Paulo", "Tillabéri", "Çanakkale", "İstanbul").
_ROMANISATION_MARKS = {"\u0304", "\u0323", "\u032e", "\u0331"}
_AYN_HAMZA = str.maketrans({"\u2018": "'", "\u02bf": "'", "\u02be": "'"})  # ‘ ʿ ʾ -> '"


def plain_romanisation(name: str) -> str:
    """Without those marks; a name that has one is a romanisation, so its other cedillas go too
    ("Ḩimş" -> "Hims"), while "Timişoara" keeps its letter."""
    chars = unicodedata.normalize("NFD", name)
    marked = any(ch in _ROMANISATION_MARKS or (ch == "\u0327" and i and chars[i - 1] in "tdhzTDHZ")
                 for i, ch in enumerate(chars))
    if not marked:
        return name
    plain = "".join(ch for ch in chars if ch not in _ROMANISATION_MARKS and ch != "\u0327")
    # (a final ayn or hamza is not written in English: "Radā‘" is Rada, "Al Bayḑā’" Al Bayda)
    return unicodedata.normalize("NFC", plain).translate(_AYN_HAMZA).rstrip("'\u2019")


def display_name(name: str | None) -> str | None:
    """A place's name as an English report writes it: romanisation marks dropped, and ISO's
    inverted country names turned round: "Congo, The Democratic Republic of the" -> "Democratic
    Republic of the Congo", "Korea, Republic of" -> "Republic of Korea"."""
    if not name:
        return name
    name = plain_romanisation(name)
    if ", " not in name:
        return name
    head, _, tail = name.partition(", ")
    if not re.match(r"(?:the\s+)?[A-Z][\w ]*\bof(?:\s+the)?$|(?:the\s+)?(?:Islamic|Plurinational|Bolivarian|Federated|Democratic|United)\b", tail, re.IGNORECASE):
        return name
    return re.sub(r"^the\s+", "", f"{tail} {head}", flags=re.IGNORECASE)


def to_location(place: Place, gazetteer: Gazetteer, precision: int | None = None) -> Location:
    """An event ``Location`` from a resolved place; admin1 filled from the gazetteer."""
    admin1 = place.admin1
    admin2 = None
    c = None
    if place.geonameid is not None:
        c = gazetteer.get(place.geonameid)
        if c is not None:
            if c.feature == "admin2":
                admin2 = c.name
            if admin1 is None and c.admin1_code and c.country:
                parent = gazetteer.admin1_of(c.country, c.admin1_code)
                admin1 = parent.name if parent else None
    if precision is None:
        precision = 1 if place.feature == "city" else 3 if place.feature else None
    if c is not None and admin2 is not None and precision == 2 and c.admin1_code and c.country:
        parent = gazetteer.admin1_of(c.country, c.admin1_code)
        if parent is not None and (parent.lat, parent.lon) == (c.lat, c.lon):
            # A district no town of ours lies in carries its province's point: claim no more.
            precision = 3
    lat, lon = place.lat, place.lon
    capital = gazetteer.capital(place.country) if place.feature == "country" and place.country else None
    if capital is not None:
        # ACLED records nothing vaguer than a region: an event known only by its country is
        # pinned at the capital, with precision 3 (the name still says the country).
        lat, lon = capital.lat, capital.lon
    return Location(text=place.text, name=display_name(place.name), country=place.country, lat=lat,
                    lon=lon, admin1=display_name(admin1) if place.feature != "country" else None,
                    admin2=display_name(admin2), geonameid=place.geonameid, precision=precision)


def _one_edit(a: str, b: str) -> bool:
    """Whether two spellings differ by at most one letter added, dropped, changed or swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return (a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]
            or (a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:]))


def _vowels(key: str) -> int:
    return sum(key.count(v) for v in "aeiou")


def _site_town(c: Candidate, m: Mention) -> bool:
    """Whether a word opening or closing a site's name is its town: one of some size spelt so
    ("Gwadar Press Club"), not reached through an article or another spelling ("Taj" of the Taj
    Mahal Palace for At Taj, "Amara" of the Amara Cultural Centre for Al-Amarah) unless a
    metropolis ("Bombay"), nor a hamlet ("Radisson Blu Hotel") unless the head of a name NER
    called an organisation, which the rules for such names judge."""
    # (A country or a province names a site as spelt, "Nangarhar University"; a district never
    # does: "the Krishna Dhaba eatery" is no Krishna district nor its seat Machilipatnam, "the
    # Amara Cultural Centre" no Amhara.)
    if c.feature == "country":
        return True
    if c.feature in ("admin1", "region"):
        return _plain(c.name) == _plain(m.query) and (c.population >= RUN_MIN_FOCUS_POP or c.feature == "region")
    if c.feature != "city":
        return False
    if _plain(c.name) != _plain(m.query):
        return c.population >= SITE_ALT_MIN_POP
    # (the head of a name NER called an organisation, "Huntsville High School", is judged by the
    # rules for such names, whatever the town's size)
    return c.population >= RUN_MIN_FOCUS_POP or m.source == "ner-org"


def _plain(name: str) -> str:
    """A name in lower case without its accents: "Gwadar" as spelt, not "At Tāj" for "Taj" (``fold``'s
    first step only: its article rule would make the two one)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(ch))
