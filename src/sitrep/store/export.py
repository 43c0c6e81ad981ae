"""Fused events out as ACLED-style CSV, PLOVER JSON Lines, GeoJSON or Parquet.

Each writer takes the CONTRACT.md dicts that ``Store.fused_events`` returns. The CSV uses ACLED's
31 column names in ACLED's order (design/schemas.md 1.1); columns we cannot fill stay blank
(assoc_actor_*, admin3, region, source_scale, tags). ``fatalities`` is the conservative (low)
figure, as ACLED codes it; ``notes`` adds the reconciled best/high when sources disagree.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_INTER = {"State forces": 1, "Rebel group": 2, "Political militia": 3, "Identity militia": 4,
          "Rioters": 5, "Protesters": 6, "Civilians": 7, "External/Other forces": 8}
_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence", "Riots": "Demonstrations",
             "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}


def _country(alpha2: str | None) -> tuple[str, str]:
    """(name, ISO numeric) for an alpha-2 code; blanks when unknown."""
    if not alpha2:
        return "", ""
    import pycountry

    found = pycountry.countries.get(alpha_2=alpha2)
    if found is None:
        return alpha2, ""
    return getattr(found, "common_name", None) or found.name, str(int(found.numeric))


def _disorder(event: dict[str, Any]) -> str:
    sub, kind = event.get("acled_sub_event_type"), event.get("acled_event_type")
    if sub == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if sub == "Mob violence":
        return "Political violence"
    return _DISORDER.get(kind or "", "")


def _interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's order-normalised code: 17 for State forces-Civilians, 20 for Rebel group only."""
    if inter1 is None:
        return ""
    if inter2 is None:
        return f"{inter1}0"
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


def _sources(event: dict[str, Any]) -> str:
    names = [s.get("title") or s.get("url") or s.get("document_id") for s in event["sources"]]
    return "; ".join(dict.fromkeys(n for n in names if n))


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    date = event.get("date") or {}
    loc = event.get("location") or {}
    actor1 = (event.get("actors") or [None])[0]
    actor2 = (event.get("recipients") or [None])[0]
    inter1 = _INTER.get(actor1.get("type")) if actor1 else None
    inter2 = _INTER.get(actor2.get("type")) if actor2 else None
    killed = event.get("killed")
    country, numeric = _country(loc.get("country"))
    notes = event.get("notes") or ""
    if killed and (killed["best"] != killed["low"] or killed["high"] != killed["low"]):
        high = killed["high"] if killed["high"] is not None else f"{killed['low']}+"
        notes = f"{notes} [fatalities: low {killed['low']}, best {killed['best']}, high {high}]".strip()
    return {
        "event_id_cnty": event["id"], "event_date": date.get("start") or "",
        "year": (date.get("start") or "")[:4], "time_precision": _TIME_PRECISION.get(date.get("precision") or "", ""),
        "disorder_type": _disorder(event), "event_type": event.get("acled_event_type") or "",
        "sub_event_type": event.get("acled_sub_event_type") or "",
        "actor1": actor1["name"] if actor1 else "", "assoc_actor_1": "",
        "inter1": actor1.get("type") or "" if actor1 else "",
        "actor2": actor2["name"] if actor2 else "", "assoc_actor_2": "",
        "inter2": actor2.get("type") or "" if actor2 else "",
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilians targeted" if (
            event.get("acled_event_type") == "Violence against civilians"
            or (actor2 and actor2.get("type") == "Civilians")) else "",
        "iso": numeric, "region": "", "country": country, "admin1": loc.get("admin1") or "",
        "admin2": loc.get("admin2") or "", "admin3": "", "location": loc.get("name") or "",
        "latitude": f"{loc['lat']:.4f}" if loc.get("lat") is not None else "",
        "longitude": f"{loc['lon']:.4f}" if loc.get("lon") is not None else "",
        "geo_precision": loc.get("precision") or "", "source": _sources(event), "source_scale": "",
        "notes": notes, "fatalities": killed["low"] if killed else 0, "tags": "", "timestamp": "",
    }


def _inert(value: Any) -> Any:
    """Text from articles that a spreadsheet would run as a formula ("=HYPERLINK(...)") gets a
    leading apostrophe, the usual guard against CSV formula injection; numbers stay numbers."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(events: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow({k: _inert(v) for k, v in acled_row(event).items()})
        count += 1
    return count


def _plover_actor(actor: dict[str, Any]) -> dict[str, Any]:
    return {"entity_text": actor.get("text"), "entity_name": actor.get("name"),
            "code": actor.get("country"), "sector": actor.get("type")}


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """PLOVER JSON (design/schemas.md 5.4): id, date, event, mode, actor, recipient, event_loc, ..."""
    date = event.get("date") or {}
    loc = event.get("location")
    killed, injured = event.get("killed"), event.get("injured")
    return {
        "id": event["id"], "date": date.get("start"), "enddate": date.get("end"),
        "event": [event["event"]], "mode": event.get("modes") or [], "context": [],
        "actor": [_plover_actor(a) for a in event.get("actors") or []],
        "recipient": [_plover_actor(a) for a in event.get("recipients") or []],
        "event_loc": {"extracted_place": loc.get("text"), "resolved_place": loc.get("name"),
                      "geonameid": loc.get("geonameid"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                      "province": loc.get("admin1"), "district": loc.get("admin2"),
                      "country": loc.get("country")} if loc else None,
        "dead": killed.get("best") if killed else None,
        "injured": injured.get("best") if injured else None,
        "event_text": [event["notes"]] if event.get("notes") else [],
        "cite_info": [{"url": s.get("url"), "title": s.get("title"), "publication": s.get("published")}
                      for s in event.get("sources") or []],
        "coder": "sitrep",
    }


def write_plover(events: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    count = 0
    for event in events:
        stream.write(json.dumps(plover_record(event), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_geojson(events: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    features = []
    for event in events:
        loc = event.get("location") or {}
        geometry = ({"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
                    if loc.get("lat") is not None and loc.get("lon") is not None else None)
        features.append({"type": "Feature", "id": event["id"], "geometry": geometry, "properties": event})
    json.dump({"type": "FeatureCollection", "features": features}, stream, ensure_ascii=False)
    stream.write("\n")
    return len(features)


def write_parquet(events: Sequence[dict[str, Any]], path: Path) -> int:
    """The ACLED columns plus the reconciled figures and the full record as JSON, via pyarrow."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        from ..errors import ResourceError

        raise ResourceError("Parquet export needs pyarrow: pip install pyarrow") from None
    rows = []
    for event in events:
        row = {k: (str(v) if v != "" else None) for k, v in acled_row(event).items()}
        killed, injured = event.get("killed") or {}, event.get("injured") or {}
        row.update(fatalities=killed.get("low", 0), killed_best=killed.get("best"),
                   killed_high=killed.get("high"), injured_best=injured.get("best"),
                   n_sources=len(event.get("sources") or []),
                   first_reported=event.get("first_reported"), last_reported=event.get("last_reported"),
                   json=json.dumps(event, ensure_ascii=False))
        rows.append(row)
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: pa.array([], pa.string()) for c in ACLED_COLUMNS})
    pq.write_table(table, path)
    return len(rows)


def export(events: Sequence[dict[str, Any]], fmt: str, output: Path) -> int:
    """Write events in ``fmt`` (csv, plover, geojson, parquet) to ``output``; returns the count."""
    if fmt == "parquet":
        return write_parquet(events, output)
    writers = {"csv": write_csv, "plover": write_plover, "geojson": write_geojson}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}: use csv, plover, geojson or parquet")
    with output.open("w", encoding="utf-8", newline="") as stream:
        return writers[fmt](events, stream)
