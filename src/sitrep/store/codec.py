"""Records <-> rows: the CONTRACT.md JSON of an Event read back into the record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..models import Actor, Attribution, Count, DateInfo, Event, Location, Span


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _count(data: dict[str, Any] | None) -> Count | None:
    return Count(data["low"], data.get("high"), data.get("text") or "") if data else None


def _actor(data: dict[str, Any]) -> Actor:
    return Actor(text=data.get("text") or "", name=data["name"], type=data.get("type"),
                 country=data.get("country"))


def event_from_dict(data: dict[str, Any]) -> Event:
    """The inverse of ``Event.to_dict`` (the stored ``id`` is recomputed, and equal)."""
    date = data.get("date") or {}
    loc = data.get("location")
    attribution = data.get("attribution") or {}
    return Event(
        document_id=data["document_id"],
        event=data["event"],
        modes=tuple(data.get("modes") or ()),
        acled_event_type=data.get("acled_event_type"),
        acled_sub_event_type=data.get("acled_sub_event_type"),
        status=data.get("status", "occurred"),
        background=bool(data.get("background", False)),
        date=DateInfo(_day(date.get("start")), _day(date.get("end")), date.get("precision"),
                      date.get("text")),
        location=Location(
            text=loc.get("text"), name=loc.get("name"), country=loc.get("country"),
            lat=loc.get("lat"), lon=loc.get("lon"), admin1=loc.get("admin1"),
            admin2=loc.get("admin2"), geonameid=loc.get("geonameid"), precision=loc.get("precision"),
        ) if loc else None,
        actors=tuple(_actor(a) for a in data.get("actors") or ()),
        recipients=tuple(_actor(a) for a in data.get("recipients") or ()),
        killed=_count(data.get("killed")),
        injured=_count(data.get("injured")),
        attribution=Attribution(attribution.get("status", "unknown"), attribution.get("actor"),
                                attribution.get("text")),
        evidence=tuple(Span(s["start"], s["end"]) for s in data.get("evidence") or ()),
        confidence=float(data.get("confidence", 0.5)),
    )


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
