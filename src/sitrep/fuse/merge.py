"""The fields of one fused event from the reports that tell it.

Fatalities follow UCDP: ``low`` is the lowest figure any source reports, ``high`` the highest
(None when the highest figure is open-ended, "at least 40"), and ``best`` is the figure of the most
recently published report, clamped to [low, high]: tolls are revised as bodies are counted, and the
latest report has seen the earlier ones. Ties on the publication day go to the larger figure.
Injuries follow the same rule. The other fields come from the most specific report: the most
precise date and place; actors are the union, in order of how many reports name them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from ..models import Actor, Count, Event, FusedCount, FusedEvent, Report, replace
from .rules import specificity

_DATE_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}
# Strongest first: a claim settles who did it; a denial or "no group claimed" says less.
_ATTRIBUTION_RANK = {"claimed": 0, "suspected": 1, "denied": 2, "unclaimed": 3, "unknown": 4}


def reconcile(counts: Sequence[tuple[dt.date | None, Count]]) -> FusedCount | None:
    """Reported figures with their publication days -> low, high, best (rule in the module doc)."""
    if not counts:
        return None
    low = min(c.low for _, c in counts)
    finite = [v for _, c in counts for v in (c.low, c.high) if v is not None]
    top = max(finite)
    # Open-ended only when no source gives a closed figure at least as large as the largest low.
    open_ended = all(c.high is None for _, c in counts if c.low == top) and not any(
        c.high is not None and c.high >= top for _, c in counts)
    high = None if open_ended else top
    day, latest = max(counts, key=lambda item: (item[0] or dt.date.min, item[1].low))
    best = max(low, latest.low if high is None else min(latest.low, high))
    return FusedCount(low=low, high=high, best=best, text=latest.text)


def _actors(groups: Sequence[Sequence[Actor]]) -> tuple[Actor, ...]:
    votes: Counter[str] = Counter(a.name for group in groups for a in {x.name: x for x in group}.values())
    first: dict[str, Actor] = {}
    for group in groups:
        for actor in group:
            first.setdefault(actor.name, actor)
    order = {name: i for i, name in enumerate(first)}
    return tuple(first[n] for n in sorted(first, key=lambda n: (-votes[n], order[n])))


def _most_common(values: Sequence[str | None]) -> str | None:
    counted = Counter(v for v in values if v is not None)
    return counted.most_common(1)[0][0] if counted else None


def _representative(reports: Sequence[Report]) -> Report:
    """The report whose place and date are the most specific; then the most confident."""
    def key(r: Report) -> tuple:
        e = r.event
        return (specificity(e.location), _DATE_RANK.get(e.date.precision or "", 0),
                e.date.text is not None, e.confidence, -(r.source.published or dt.date.min).toordinal())
    return max(reports, key=key)


def merge(fused_id: str, reports: Sequence[Report]) -> FusedEvent:
    """One FusedEvent from its member reports (at least one)."""
    if not reports:
        raise ValueError("a fused event needs at least one report")
    ordered = sorted(reports, key=lambda r: (r.source.published or dt.date.min, r.source.mention_id))
    rep = _representative(ordered)
    events = [r.event for r in ordered]
    best_date = max(events, key=lambda e: (_DATE_RANK.get(e.date.precision or "", 0), e.date.text is not None,
                                           e.confidence)).date
    attribution = min((e.attribution for e in events), key=lambda a: _ATTRIBUTION_RANK.get(a.status, 9))
    killed = reconcile([(r.source.published, r.event.killed) for r in ordered if r.event.killed])
    injured = reconcile([(r.source.published, r.event.injured) for r in ordered if r.event.injured])
    event: Event = replace(
        rep.event,
        event=_most_common([e.event for e in events]) or rep.event.event,
        acled_event_type=rep.event.acled_event_type or _most_common([e.acled_event_type for e in events]),
        acled_sub_event_type=rep.event.acled_sub_event_type or _most_common(
            [e.acled_sub_event_type for e in events]),
        modes=tuple(dict.fromkeys(m for e in events for m in e.modes)),
        background=all(e.background for e in events),
        date=best_date,
        actors=_actors([e.actors for e in events]),
        recipients=_actors([e.recipients for e in events]),
        attribution=attribution,
        confidence=max(e.confidence for e in events),
    )
    return FusedEvent(id=fused_id, event=event, sources=tuple(r.source for r in ordered),
                      killed=killed, injured=injured, notes=rep.notes)
