"""Every record type of sitrep and its JSON form (CONTRACT.md, schema version 1).

Records are frozen dataclasses: stages build new records instead of changing old ones. Lists are
tuples so records stay hashable and cannot be changed behind a stage's back. ``None`` means
"not known"; no sentinel strings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA_VERSION = "1"

PLOVER_EVENTS = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("occurred", "future", "hypothetical", "negated")
ATTRIBUTION_STATUSES = ("claimed", "suspected", "unclaimed", "denied", "unknown")
DATE_PRECISIONS = ("day", "week", "month", "year")
ACTOR_TYPES = (
    "State forces", "Rebel group", "Political militia", "Identity militia", "Rioters",
    "Protesters", "Civilians", "External/Other forces",
)
ARMED_GROUP_TYPES = ("Rebel group", "Political militia", "Identity militia")  # non-state armed actors


def content_hash(*parts: str, length: int = 16) -> str:
    """A stable id from text parts (sha256, hex, truncated)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class Span:
    """Character offsets ``[start, end)`` into a document's original text."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class Document:
    """One article as read: the original text (offsets point into it) and its provenance."""

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None

    @staticmethod
    def make_id(text: str) -> str:
        return "sha256:" + content_hash(text, length=24)


@dataclass(frozen=True)
class DateInfo:
    start: dt.date | None = None
    end: dt.date | None = None
    precision: str | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "text": self.text,
        }


@dataclass(frozen=True)
class Location:
    """Where an event happened; ``precision`` follows ACLED's geo_precision (1, 2, 3)."""

    text: str | None
    name: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    geonameid: int | None = None
    precision: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "name": self.name, "admin1": self.admin1, "admin2": self.admin2,
            "country": self.country, "lat": self.lat, "lon": self.lon,
            "geonameid": self.geonameid, "precision": self.precision,
        }


@dataclass(frozen=True)
class Actor:
    text: str
    name: str
    type: str | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "type": self.type, "country": self.country}


@dataclass(frozen=True)
class Count:
    """A casualty figure: ``low`` is the conservative figure, ``high`` None when open-ended."""

    low: int
    high: int | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "text": self.text}


@dataclass(frozen=True)
class Attribution:
    status: str = "unknown"
    actor: str | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "actor": self.actor, "text": self.text}


@dataclass(frozen=True)
class Event:
    """One event as one document reports it (CONTRACT.md "Output: one event per line")."""

    document_id: str
    event: str
    modes: tuple[str, ...] = ()
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    status: str = "occurred"
    background: bool = False
    date: DateInfo = field(default_factory=DateInfo)
    location: Location | None = None
    actors: tuple[Actor, ...] = ()
    recipients: tuple[Actor, ...] = ()
    killed: Count | None = None
    injured: Count | None = None
    attribution: Attribution = field(default_factory=Attribution)
    evidence: tuple[Span, ...] = ()
    confidence: float = 0.5

    @property
    def id(self) -> str:
        """Stable: the same document, type and evidence give the same id."""
        spans = ",".join(f"{s.start}-{s.end}" for s in self.evidence)
        return "ev:" + content_hash(self.document_id, self.event, spans)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "document_id": self.document_id,
            "event": self.event,
            "modes": list(self.modes),
            "acled_event_type": self.acled_event_type,
            "acled_sub_event_type": self.acled_sub_event_type,
            "status": self.status,
            "background": self.background,
            "date": self.date.to_dict(),
            "location": self.location.to_dict() if self.location else None,
            "actors": [a.to_dict() for a in self.actors],
            "recipients": [a.to_dict() for a in self.recipients],
            "killed": self.killed.to_dict() if self.killed else None,
            "injured": self.injured.to_dict() if self.injured else None,
            "attribution": self.attribution.to_dict(),
            "evidence": [s.to_dict() for s in self.evidence],
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Place:
    """A toponym found in a document and what it was resolved to (``sitrep places``)."""

    start: int
    end: int
    text: str
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    admin1: str | None = None
    feature: str | None = None
    score: float | None = None
    runner_up: str | None = None
    # Resolved, but on evidence too thin to report as a toponym (a capitalised word NER did not
    # tag, a small town): an event with no other place may still use it.
    weak: bool = False
    demonym: bool = False  # matched as a nationality ("Burkinabé"), not as the country's name

    def to_dict(self, debug: bool = False) -> dict[str, Any]:
        out = {
            "start": self.start, "end": self.end, "text": self.text, "name": self.name,
            "country": self.country, "lat": self.lat, "lon": self.lon, "geonameid": self.geonameid,
        }
        if debug:
            out.update(admin1=self.admin1, feature=self.feature, score=self.score,
                       runner_up=self.runner_up)
        return out


@dataclass(frozen=True)
class ReadError:
    """An input record that could not be read: where it was and what is wrong with it."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def replace(record: Any, **changes: Any) -> Any:
    """dataclasses.replace that keeps the frozen-record habit readable at call sites."""
    values = {f.name: getattr(record, f.name) for f in fields(record)}
    values.update(changes)
    return type(record)(**values)


# --------------------------------------------------------------------------- JSON Schema

_NULL_STR = {"type": ["string", "null"]}
_ACTOR = {
    "type": "object",
    "required": ["text", "name", "type", "country"],
    "properties": {
        "text": {"type": "string"},
        "name": {"type": "string"},
        "type": {"enum": [*ACTOR_TYPES, None]},
        "country": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
    },
}
_COUNT = {
    "type": ["object", "null"],
    "required": ["low", "high", "text"],
    "properties": {
        "low": {"type": "integer", "minimum": 0},
        "high": {"type": ["integer", "null"], "minimum": 0},
        "text": {"type": "string"},
    },
}


def event_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one output event line."""
    date_str = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "sitrep event",
        "type": "object",
        "additionalProperties": False,
        "required": [
            "schema_version", "id", "document_id", "event", "modes", "acled_event_type",
            "acled_sub_event_type", "status", "background", "date", "location", "actors",
            "recipients", "killed", "injured", "attribution", "evidence", "confidence",
        ],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "id": {"type": "string"},
            "document_id": {"type": "string"},
            "event": {"enum": list(PLOVER_EVENTS)},
            "modes": {"type": "array", "items": {"type": "string"}},
            "acled_event_type": _NULL_STR,
            "acled_sub_event_type": _NULL_STR,
            "status": {"enum": list(STATUSES)},
            "background": {"type": "boolean"},
            "date": {
                "type": "object",
                "required": ["start", "end", "precision", "text"],
                "properties": {
                    "start": date_str, "end": date_str,
                    "precision": {"enum": [*DATE_PRECISIONS, None]},
                    "text": _NULL_STR,
                },
            },
            "location": {
                "type": ["object", "null"],
                "required": ["text", "name", "admin1", "admin2", "country", "lat", "lon",
                             "geonameid", "precision"],
                "properties": {
                    "text": _NULL_STR, "name": _NULL_STR, "admin1": _NULL_STR, "admin2": _NULL_STR,
                    "country": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
                    "lat": {"type": ["number", "null"], "minimum": -90, "maximum": 90},
                    "lon": {"type": ["number", "null"], "minimum": -180, "maximum": 180},
                    "geonameid": {"type": ["integer", "null"]},
                    "precision": {"enum": [1, 2, 3, None]},
                },
            },
            "actors": {"type": "array", "items": _ACTOR},
            "recipients": {"type": "array", "items": _ACTOR},
            "killed": _COUNT,
            "injured": _COUNT,
            "attribution": {
                "type": "object",
                "required": ["status", "actor", "text"],
                "properties": {
                    "status": {"enum": list(ATTRIBUTION_STATUSES)},
                    "actor": _NULL_STR, "text": _NULL_STR,
                },
            },
            "evidence": {
                "type": "array", "minItems": 1,
                "items": {
                    "type": "object", "required": ["start", "end"],
                    "properties": {"start": {"type": "integer", "minimum": 0},
                                   "end": {"type": "integer", "minimum": 0}},
                },
            },
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        },
    }


@dataclass(frozen=True)
class Entity:
    """A named-entity span from the NLP boundary (offsets into the document text)."""

    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class Line:
    """A kept (non-boilerplate) line of a document; the first may read as the headline."""

    start: int
    end: int
    headline: bool = False


@dataclass(frozen=True)
class Sentence:
    """A sentence with offsets into its document; its named entities once annotated."""

    start: int
    end: int
    text: str
    line: int = 0
    index: int = 0
    headline: bool = False
    entities: tuple[Entity, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One sentence's account of an event, before the accounts of a document are consolidated.

    ``place`` is the toponym the sentence names for the event (resolved), ``killed_attackers``
    the attackers' deaths reported apart from the victims' (GTD and ACLED count both).
    """

    sentence: int
    event: str
    modes: tuple[str, ...]
    acled_sub_event_type: str | None
    status: str
    background: bool
    date: DateInfo
    date_relative: bool
    place: Place | None
    precision: int | None
    actors: tuple[Actor, ...]
    recipients: tuple[Actor, ...]
    killed: Count | None
    injured: Count | None
    killed_attackers: int
    evidence: Span
    headline: bool = False
    rank: int = 0
    strong: bool = True
    fallback_modes: tuple[str, ...] = ()
    struck: Count | None = None  # "stabbed four people": those not said to have died were hurt
    killed_extra: int = 0  # deaths told on top of the figure ("another was also killed"), not attackers
    injured_extra: int = 0  # the hurt a clause tells only on top of others ("Two assailants were also wounded")
    killed_perpetrators: int = 0  # of killed_attackers, the attack's own perpetrators ("both attackers")
    taken: Count | None = None  # people abducted or attacked ("abducted two people")
    refers: bool = False  # "the hostages were executed": as many as were taken
    injured_died: int = 0  # "two of the injured later died": no longer among the injured
    died_later: int = 0  # "He died in hospital": whoever the report told of before died, unless already dead


# --------------------------------------------------------------------------- stored (fused) events
# CONTRACT.md "Stored (fused) events": one real event told by several documents.


@dataclass(frozen=True)
class Source:
    """One supporting mention of a fused event: which document said it, and when it was published."""

    document_id: str
    mention_id: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id, "url": self.url, "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "mention_id": self.mention_id,
        }


@dataclass(frozen=True)
class Report:
    """An event as one document reports it, with the provenance fusion needs (a stored mention)."""

    event: Event
    source: Source
    notes: str | None = None  # the evidence sentences' text, ACLED's "notes"


@dataclass(frozen=True)
class FusedCount:
    """Casualties reconciled across sources, UCDP style: ``low <= best <= high`` (high None: open-ended)."""

    low: int
    high: int | None
    best: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "best": self.best, "text": self.text}


@dataclass(frozen=True)
class FusedEvent:
    """One real event: the fields agreed across its reports, the reconciled counts and the sources.

    ``event`` carries the merged fields (its own ``killed``/``injured`` are the representative
    report's; the reconciled figures are ``killed``/``injured`` here).
    """

    id: str
    event: Event
    sources: tuple[Source, ...]
    killed: FusedCount | None = None
    injured: FusedCount | None = None
    notes: str | None = None

    @property
    def first_reported(self) -> dt.date | None:
        days = [s.published for s in self.sources if s.published]
        return min(days) if days else None

    @property
    def last_reported(self) -> dt.date | None:
        days = [s.published for s in self.sources if s.published]
        return max(days) if days else None

    def to_dict(self) -> dict[str, Any]:
        out = self.event.to_dict()
        first, last = self.first_reported, self.last_reported
        out.update(
            id=self.id,
            killed=self.killed.to_dict() if self.killed else None,
            injured=self.injured.to_dict() if self.injured else None,
            sources=[s.to_dict() for s in self.sources],
            first_reported=first.isoformat() if first else None,
            last_reported=last.isoformat() if last else None,
            notes=self.notes,
        )
        return out
