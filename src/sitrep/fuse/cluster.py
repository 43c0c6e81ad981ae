"""Reports -> fused events, incrementally: each new report joins the best compatible event or starts one.

Blocking: an event is indexed under (country, ISO week) for every week its date window touches, so
a report is only compared with events of its own country and weeks, never with all of them. A
report with no place looks at every country in its weeks but needs a shared armed actor to join.

A report is compared with the event's profile, not with each member: the profile keeps the
narrowest date window and the most specific place seen so far, so an event cannot drift by
chaining (A near B, B near C, C far from A). Two reports of one document never fuse: the
extractor already decided they are different events.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..models import Event, FusedEvent, Location, Report, content_hash
from .merge import merge
from .rules import distinctive_words
from .rules import (FusionSettings, actor_countries, armed_sides, distance_km, family, is_country_level, overlap,
                    places_match, sides_match, specificity, window)

Window = tuple[dt.date, dt.date]


@dataclass
class _Cluster:
    """A fused event being built: members and the profile new reports are compared with."""

    id: str
    members: list[Report] = field(default_factory=list)
    family: str = ""
    status: str = ""
    window: Window | None = None
    location: Location | None = None
    sides: frozenset[str] = frozenset()
    tolls: set[int] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    changed: bool = False

    def add(self, report: Report, settings: FusionSettings) -> None:
        event = report.event
        if not self.members:
            self.family, self.status = family(event), event.status
            self.window = window(report, settings)
        else:
            self.window = overlap(self.window, window(report, settings))
        if specificity(event.location) > specificity(self.location):
            self.location = event.location
        self.sides = self.sides | armed_sides(event)
        self.countries |= actor_countries(event)
        if event.killed is not None and event.killed.low >= 2:
            self.tolls.add(event.killed.low)
        self.words |= report_words(report)
        self.documents.add(report.source.document_id)
        self.members.append(report)


def fused_id(report: Report) -> str:
    """A fused event is named after the report that founded it, so its id survives new members."""
    return "fe:" + content_hash(report.source.mention_id)


def block_country(location: Location | None) -> str:
    return (location.country or "") if location else ""


def weeks(span: Window | None) -> list[tuple[int, int]]:
    if span is None:
        return [(0, 0)]
    start, end = span
    if (end - start).days > 300:  # a year-precision date: block by its middle week only
        start = end = start + (end - start) / 2
    out: list[tuple[int, int]] = []
    day = start - dt.timedelta(days=start.weekday())
    while day <= end:
        out.append(day.isocalendar()[:2])
        day += dt.timedelta(days=7)
    return out


@dataclass(frozen=True)
class _Traits:
    """What a report brings to every comparison, computed once per report."""

    span: Window | None
    sides: frozenset[str]
    words: frozenset[str]


def _traits(report: Report, settings: FusionSettings) -> _Traits:
    return _Traits(window(report, settings), armed_sides(report.event), frozenset(report_words(report)))


def report_words(report: Report) -> set[str]:
    """The particulars a report tells of its event: its evidence's words, and the whole headline's
    when the evidence is in the headline ("Burkina Faso. Murdering raid in the North": the raid's
    sentence leaves the country out, but the headline is about the raid)."""
    words = distinctive_words(report.notes)
    title = report.source.title
    if title and report.notes and report.notes.strip() in title:
        words |= distinctive_words(title)
    return words


def _score(report: Report, cluster: _Cluster, traits: _Traits, settings: FusionSettings) -> float | None:
    """How well a report fits an event; None when it cannot be the same event."""
    event, span = report.event, traits.span
    if family(event) != cluster.family or event.status != cluster.status:
        return None
    if report.source.document_id in cluster.documents:
        return None
    common = overlap(span, cluster.window)
    if common is None and span is not None and cluster.window is not None:
        return None  # two known windows that share no day; an unknown one fits any
    sides = traits.sides
    if not sides_match(sides, cluster.sides):
        return None
    score = 0.0
    if sides and sides & cluster.sides:
        score += 2.0
    here, there = event.location, cluster.location
    if not _countries_agree(here, there, event, cluster) or _toll_fell(report, cluster):
        return None
    # The same death toll reported in the same days is corroboration in its own right: headlines
    # often name no place ("Six park rangers killed at gorilla park") but repeat the figure.
    same_toll = (event.killed is not None and event.killed.low >= 2 and event.killed.low in cluster.tolls
                 and _published_near(report, cluster, days=2))
    if same_toll:
        score += 1.5
    # Reports of one event share its particulars ("park rangers", "pregnant woman", "Tesla").
    shared = traits.words & cluster.words
    if len(shared) >= 2:
        score += 0.5 * len(shared)
    vague = (here is None or is_country_level(here)) and (there is None or is_country_level(there))
    if here is None or there is None or vague:
        # "Six park rangers killed in Congo" and "ADF rebels kill 46 in DR Congo", days apart:
        # a country says too little to tell two events of one week apart without a shared
        # side, toll or particulars.
        corroborated = bool(sides and sides & cluster.sides) or same_toll or len(shared) >= 2 \
            or _similar_toll(event, cluster)
        if settings.placeless_needs_actor and not corroborated:
            return None
        if here is not None and there is not None and not places_match(here, there, settings):
            return None
    elif not places_match(here, there, settings):
        return None
    else:
        km = distance_km(here, there)
        score += 1.0 + min(specificity(here), specificity(there)) * 0.5
        if km is not None:
            score += max(0.0, 1.0 - km / settings.max_km[3])
    if span and cluster.window:
        score += 1.0 / (1 + (common[1] - common[0]).days)
    return score


def _countries_agree(here: Location | None, there: Location | None, event: Event, cluster: _Cluster) -> bool:
    """A report with no place still tells its country through its actors ("DR Congo militia
    kills 12"): it is not news of an attack in Mali, and the other way round."""
    if here is None and there is not None and there.country:
        countries = actor_countries(event)
        return not countries or there.country in countries
    if there is None and here is not None and here.country:
        return not cluster.countries or here.country in cluster.countries
    return True


SIMILAR_TOLL = 0.25  # tolls within this share of each other (or 2) corroborate


def _similar_toll(event: Event, cluster: _Cluster) -> bool:
    """A toll close to one already reported ("at least 9 soldiers" and "10 soldiers"): outlets
    count differently, and tolls rise, but not tenfold in a day."""
    if event.killed is None or event.killed.low < 2:
        return False
    n = event.killed.low
    return any(abs(n - t) <= max(2, SIMILAR_TOLL * max(n, t)) for t in cluster.tolls)


TOLL_FALL = 1 / 3  # a later report whose toll is at most this share of an earlier one tells another event


def _toll_fell(report: Report, cluster: _Cluster) -> bool:
    """Tolls rise as bodies are counted (or are revised down a little), they do not fall to a
    third: "kills 18" on Friday and "kills 6" on Tuesday in the same town are two attacks. (Only
    where both name a town: over a province or a country, outlets count different dead, "50
    insurgents" and "20 soldiers".)"""
    killed, day = report.event.killed, report.source.published
    if killed is None or killed.low < 2 or day is None \
            or min(specificity(report.event.location), specificity(cluster.location)) < 3:
        return False
    for m in cluster.members:
        other, when = m.event.killed, m.source.published
        if other is None or other.low < 2 or when is None or when == day or abs(other.low - killed.low) < 3:
            continue  # (reports of one day count at different hours)
        earlier, later = (other, killed) if when < day else (killed, other)
        if later.low <= TOLL_FALL * earlier.low:
            return True
    return False


def _published_near(report: Report, cluster: _Cluster, days: int) -> bool:
    """Reported within ``days`` of a member: a shared toll only corroborates news of the same days."""
    day = report.source.published
    return day is not None and any(
        m.source.published is not None and abs((m.source.published - day).days) <= days for m in cluster.members)


def fuse(reports: Iterable[Report], existing: Mapping[str, Sequence[Report]] | None = None,
         settings: FusionSettings | None = None) -> list[FusedEvent]:
    """Fuse new reports into existing events (id -> members); returns the events created or changed.

    Pure: nothing is read or written. Reports are taken in publication order so the result does not
    depend on the order they were given in.
    """
    settings = settings or FusionSettings()
    clusters: dict[str, _Cluster] = {}
    by_block: dict[tuple[str, tuple[int, int]], list[str]] = defaultdict(list)
    by_week: dict[tuple[int, int], list[str]] = defaultdict(list)

    def index(cluster: _Cluster, report: Report) -> None:
        country = block_country(report.event.location) or block_country(cluster.location)
        for week in weeks(window(report, settings)):
            by_block[(country, week)].append(cluster.id)
            by_week[week].append(cluster.id)

    for cid, members in (existing or {}).items():
        cluster = clusters[cid] = _Cluster(cid)
        for report in sorted(members, key=_order):
            cluster.add(report, settings)
            index(cluster, report)

    for report in sorted(reports, key=_order):
        traits = _traits(report, settings)
        span = traits.span
        country = block_country(report.event.location)
        seen: set[str] = set()
        best: tuple[float, str] | None = None
        for week in weeks(span):
            candidates = by_block.get((country, week), []) if country else by_week.get(week, [])
            # A report with a country also meets events that have no place yet.
            if country:
                candidates = [*candidates, *by_block.get(("", week), [])]
            for cid in candidates:
                if cid in seen:
                    continue
                seen.add(cid)
                score = _score(report, clusters[cid], traits, settings)
                if score is not None and (best is None or (score, cid) > best):
                    best = (score, cid)
        if best is None:
            cluster = clusters.setdefault(fused_id(report), _Cluster(fused_id(report)))
        else:
            cluster = clusters[best[1]]
        cluster.add(report, settings)
        cluster.changed = True
        index(cluster, report)
    return [merge(c.id, c.members) for c in clusters.values() if c.changed]


def _order(report: Report) -> tuple:
    # Within a day, the most specific reports found events first, so that a vague one ("Police
    # engage Boko Haram in Nigeria") meets the event it belongs to, not the first compatible one.
    return (report.source.published or dt.date.min, -specificity(report.event.location),
            report.source.mention_id)


def block_span(report: Report, settings: FusionSettings | None = None) -> tuple[str, Window | None]:
    """(country or "", date window) under which a report's candidate events are looked up."""
    return block_country(report.event.location), window(report, settings or FusionSettings())
