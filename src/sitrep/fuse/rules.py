"""When two reports can tell the same real event: type family, time, place and actors.

Each test is lenient in the direction the reports are vague: a date given only as "the week before
publication" overlaps any day of that week, a country-level place is compatible with any town of
that country. A mismatch is only declared when both reports are specific enough to disagree.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field

from ..geo.distance import haversine_km
from ..geo.fold import loose
from ..models import ARMED_GROUP_TYPES, Event, Location, Report

# PLOVER types that news of one real event is told under. An abduction is COERCE in one report and
# ASSAULT in the next; an agreement is AGREE, CONCEDE or RETREAT depending on the side quoted.
TYPE_FAMILIES: dict[str, str] = {
    "ASSAULT": "force", "COERCE": "force",
    "AGREE": "settle", "CONCEDE": "settle", "RETREAT": "settle", "CONSULT": "settle",
    "COOPERATE": "settle", "SUPPORT": "settle", "AID": "aid",
    "PROTEST": "protest", "MOBILIZE": "mobilize", "THREATEN": "threaten", "ACCUSE": "accuse",
    "REJECT": "reject", "REQUEST": "request", "SANCTION": "sanction",
}

# Actor types that name a side specific enough to tell two events apart (not victims, not crowds).
_ARMED_TYPES = {*ARMED_GROUP_TYPES, "External/Other forces"}
_AT_HOME_TYPES = {"Civilians", "Protesters", "Rioters"}


@dataclass(frozen=True)
class FusionSettings:
    """Thresholds of the fusion rules; the defaults were tuned on bench/bench_fusion.py."""

    # Slack in days added on each side of a date interval, by date precision.
    date_slack: dict[str, int] = field(default_factory=lambda: {
        "day": 1, "week": 1, "month": 2, "year": 7})
    # A date with no text ("the publication date, week precision") means "on or before publication":
    # the interval reaches this many days back.
    undated_days: int = 7
    # Largest distance in km between two places of the same event, by the coarser precision.
    max_km: dict[int, float] = field(default_factory=lambda: {1: 30.0, 2: 60.0, 3: 250.0})
    # Reports with no place at all join an event only with this corroboration (shared armed actor).
    placeless_needs_actor: bool = True


def fold(name: str | None) -> str:
    """Case, accents and punctuation are noise when comparing names: "Ma’rib" == "Ma'rib"."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in text if c.isalnum())


def family(event: Event) -> str:
    # A riot is violence as much as protest: "police attacked with petrol bombs" and "an end to
    # the rioting" tell one event.
    if event.event == "PROTEST" and ("riot" in event.modes or event.acled_event_type == "Riots"):
        return "force"
    return TYPE_FAMILIES.get(event.event, event.event)


def window(report: Report, settings: FusionSettings) -> tuple[dt.date, dt.date] | None:
    """The days the event may have happened on, widened by its date precision."""
    date, published = report.event.date, report.source.published
    start, end = date.start or date.end, date.end or date.start
    if start is None or end is None:
        if published is None:
            return None
        return published - dt.timedelta(days=settings.undated_days), published
    slack = dt.timedelta(days=settings.date_slack.get(date.precision or "day", 1))
    if date.text is None and date.precision not in (None, "day") and start == end:
        # The extractor fell back on the publication date: the event happened before it.
        return start - dt.timedelta(days=settings.undated_days), end + slack
    if start == end and date.precision == "month":
        start, end = start.replace(day=1), start.replace(day=28) + dt.timedelta(days=3)
    elif start == end and date.precision == "year":
        start, end = start.replace(month=1, day=1), start.replace(month=12, day=31)
    elif start == end and date.precision == "week":
        start, end = start - dt.timedelta(days=3), end + dt.timedelta(days=3)
    return start - slack, end + slack


def overlap(a: tuple[dt.date, dt.date] | None,
            b: tuple[dt.date, dt.date] | None) -> tuple[dt.date, dt.date] | None:
    """The common days of two windows; an unknown window is compatible with any."""
    if a is None:
        return b
    if b is None:
        return a
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return (start, end) if start <= end else None


def distance_km(a: Location, b: Location) -> float | None:
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    return None if math.isinf(km) else km


def is_country_level(location: Location) -> bool:
    return location.lat is None or (location.precision == 3 and not location.admin1)


def specificity(location: Location | None) -> int:
    """Higher is more specific: a country 1, a region 2, near a town 3, the town 4."""
    if location is None:
        return 0
    if is_country_level(location):
        return 1
    return {1: 4, 2: 3}.get(location.precision or 3, 2)


def places_match(a: Location, b: Location, settings: FusionSettings) -> bool:
    """Same place within the precision of the vaguer of the two."""
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    km = distance_km(a, b)
    if a.country and b.country and a.country != b.country:
        # Across a border only two precise places close together are one event.
        return km is not None and max(a.precision or 3, b.precision or 3) == 1 and km <= settings.max_km[1]
    if is_country_level(a) or is_country_level(b):
        return True
    coarse = max(a.precision or 3, b.precision or 3)
    if coarse == 3 and a.admin1 and b.admin1:
        # A province-level report names its province: a town of another province, however near,
        # is another event ("airstrikes in Saada" is not the Marib attack 200 km away).
        return _province(a.admin1) == _province(b.admin1)  # "Idleb" as written is Idlib
    return km is not None and km <= settings.max_km.get(coarse, settings.max_km[3])


_PROVINCE_WORD = re.compile(r"\s+(?:province|region|state|governorate|district|department|oblast)$", re.IGNORECASE)


def _province(name: str) -> str:
    """A province's name for comparison: "Eastern Province" as written is the gazetteer's "Eastern"."""
    return loose(fold(_PROVINCE_WORD.sub("", name.strip())))


def armed_sides(event: Event) -> frozenset[str]:
    """Named armed groups the report involves (perpetrator, target or suspect)."""
    names = {a.name for a in (*event.actors, *event.recipients)
             if a.type in _ARMED_TYPES and not a.name.startswith("Unidentified")}
    if event.attribution.actor and not event.attribution.actor.startswith("Unidentified"):
        names.add(event.attribution.actor)
    return frozenset(fold(n) for n in names)


def actor_countries(event: Event) -> set[str]:
    """The countries of the report's actors that act at home: unidentified groups (ACLED names them
    after the country they act in), police, civilians and crowds. Armies and named armed groups
    cross borders ("Turkish drones", "Al-Shabaab in Kenya"), so they tell nothing."""
    return {a.country for a in (*event.actors, *event.recipients) if a.country and (
        a.name.startswith(("Unidentified", "Police Forces of")) or a.type in _AT_HOME_TYPES)}


def sides_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two reports naming different armed groups, and no common one, tell different events."""
    return not a or not b or bool(a & b)


# Words every conflict report uses: sharing them says nothing about being the same event.
_COMMON = frozenset("""
about after again against also among attack attacked attacks been before being between both
could days dead death deaths during each from have having here into killed killing kills least
like many more most near news other over people police report reported reports said says security
several since some soldiers such than that their them then there these they this those three
through today troops under until were what when where which while with would year years
forces force militants gunmen government official officials army military state town village
city district province region area local group groups injured wounded dozens hundreds people's
monday tuesday wednesday thursday friday saturday sunday week weeks month months
toll tolls rise rises rose risen climb climbs climbed reach reaches reached update updated
""".split())


_SUFFIX = re.compile(r"(?:'s|’s|ings?|ed|es|s)$")


def stem(word: str) -> str:
    """A crude English stem, enough for headlines to meet: "Woman's" and "woman", "covered" and
    "covering"; a word left shorter than four letters stays whole ("bus", not "bu")."""
    bare = _SUFFIX.sub("", word.casefold())
    return bare if len(bare) >= 4 else word.casefold()


@functools.cache
def _common_stems() -> frozenset[str]:
    return frozenset({*_COMMON, *(stem(w) for w in _COMMON)})


def distinctive_words(text: str | None) -> set[str]:
    """The content words of a report that can tell its event from others (4+ letters, folded,
    stemmed)."""
    if not text:
        return set()
    out = set()
    common = _common_stems()
    for token in re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text):
        word = fold(stem(token))
        if len(word) >= 4 and fold(token) not in _COMMON and word not in common and not word.isdigit():
            out.add(word)
    return out
