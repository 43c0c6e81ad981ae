"""``sitrep ingest``, ``events``, ``export`` and ``quarantine``: thin commands over ``sitrep.store``.

``register(app)`` adds them to the main Typer app. Each command parses its options, opens the
store, calls one library function and prints; errors become one line on stderr and an exit code
(0 done, 1 nothing could be read or the store failed, 2 unusable arguments).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from .cli_common import clean as _clean
from .cli_common import fail as _fail
from .errors import SitrepError

DB_HELP = "Database: a path, sqlite:///PATH or postgresql://... (default $SITREP_DB, else sitrep.db)."


class ListFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    csv = "csv"
    plover = "plover"
    geojson = "geojson"
    parquet = "parquet"


def _day(value: Optional[str], name: str) -> Optional[dt.date]:
    if not value:
        return None
    from .ingest.readers import parse_published

    try:
        return parse_published(value)
    except ValueError:
        _fail(f"{name} must be YYYY-MM-DD, not {value!r}")
    return None


def _country(value: Optional[str]) -> Optional[str]:
    """An alpha-2 code or a country name -> alpha-2."""
    if not value or len(value) == 2:
        return value.upper() if value else None
    import pycountry

    try:
        return pycountry.countries.lookup(value).alpha_2
    except LookupError:
        _fail(f"unknown country {value!r}: give a name or an ISO alpha-2 code")
    return None


def _open(db: Optional[str]):
    from .store import Store

    try:
        return Store.open(db)
    except SitrepError as err:
        _fail(str(err), 1)


def _progress_printer(enabled: bool):
    """A rich progress line on stderr (counts and rate); a no-op when disabled."""
    if not enabled:
        return None, None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
    task = progress.add_task("starting", total=None)

    def update(summary: Any) -> None:
        rate = (summary.new + summary.revised) / max(summary.elapsed, 1e-9)
        progress.update(task, description=(
            f"{summary.read:,} read, {summary.new + summary.revised:,} stored, {summary.unchanged:,} unchanged,"
            f" {len(summary.skipped):,} skipped, {summary.mentions:,} events, {rate:,.1f} docs/s"))

    return progress, update


def ingest_cli(
    sources: list[str] = typer.Argument(..., help="Files, directories, feeds (.rss/.atom/.xml), http(s) URLs, JSON Lines; - reads JSON Lines from stdin."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for documents without one."),
    follow: bool = typer.Option(False, "--follow", help="For feeds fetched over http(s), fetch each item's page."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress line (default: on a terminal)."),
    fuse_every: int = typer.Option(64, help="Fuse after this many new documents (and at the end)."),
    timeout: float = typer.Option(20.0, help="Seconds before a URL fetch gives up."),
    delay: float = typer.Option(1.0, help="Seconds between two requests to the same host."),
    max_bytes: int = typer.Option(10_000_000, help="Largest page or feed fetched, in bytes."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to load."),
) -> None:
    """Read sources, extract their events, store them and fuse reports of the same event."""
    from .config import Settings
    from .ingest.fetch import Fetcher, FetchSettings
    from .store import ingest, read_sources

    settings = Settings.from_env(model=model)
    day = _day(published, "--published")
    store = _open(db)
    fetcher = Fetcher(FetchSettings(timeout=timeout, max_bytes=max_bytes, delay=delay))
    items = read_sources(sources, settings.max_chars, fetcher=fetcher, published=day, follow=follow)
    bar, update = _progress_printer(sys.stderr.isatty() if progress is None else progress)

    failed: list = []

    def extract(documents):
        from .api import resources_for
        from .run import extract_documents

        return extract_documents(documents, resources_for(settings), settings, on_error=extraction_failed)

    def extraction_failed(error) -> None:
        # Not stored, so a later run tries the document again; kept in quarantine meanwhile.
        failed.append(error)
        store.quarantine(error)
        report(error)

    def report(error) -> None:
        if bar is not None:
            bar.console.print(f"sitrep: skipped {_clean(str(error))}", markup=False, highlight=False, emoji=False)
        else:
            typer.echo(f"sitrep: skipped {_clean(str(error))}", err=True)

    try:
        if bar is not None:
            with bar:
                summary = ingest(items, store, extract, fuse_every=fuse_every, progress=update, on_error=report)
        else:
            summary = ingest(items, store, extract, fuse_every=fuse_every, on_error=report)
        total = store.counts()
    except SitrepError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    summary.skipped.extend(failed)
    reasons: dict[str, int] = {}
    for error in summary.skipped:
        reasons[error.reason.split(" (")[0]] = reasons.get(error.reason.split(" (")[0], 0) + 1
    typer.echo(
        f"sitrep: {summary.read:,} documents read ({summary.new:,} new, {summary.revised:,} revised,"
        f" {summary.unchanged:,} unchanged), {len(summary.skipped):,} skipped, {summary.mentions:,} events"
        f" extracted, {summary.fused:,} fused events written in {summary.elapsed:.1f} s;"
        f" the store holds {total['fused_events']:,} fused events from {total['documents']:,} documents",
        err=True)
    for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1]):
        typer.echo(f"sitrep:   skipped {count:,}: {reason}", err=True)
    if summary.skipped:
        typer.echo(f"sitrep: skipped inputs are kept in quarantine ({total['quarantined']:,} in all):"
                   " `sitrep quarantine` lists them", err=True)
    if summary.read == 0:
        _fail("no document could be read", 1)


def _filters(since, until, country, admin1, type_, actor, min_killed, text, limit):
    from .store import EventFilter

    return EventFilter(since=_day(since, "--since"), until=_day(until, "--until"), country=_country(country),
                       admin1=admin1, type=type_, actor=actor, min_killed=min_killed, text=text, limit=limit)


_SINCE = typer.Option(None, help="Events on or after this date (YYYY-MM-DD).")
_UNTIL = typer.Option(None, help="Events on or before this date.")
_COUNTRY = typer.Option(None, help="Country: ISO alpha-2 code or name.")
_ADMIN1 = typer.Option(None, help="First-level region, e.g. Borno.")
_TYPE = typer.Option(None, "--type", help="PLOVER type, ACLED event type or sub-event type.")
_ACTOR = typer.Option(None, help="Part of an actor's name.")
_MIN_KILLED = typer.Option(None, help="At least this many killed (reconciled best figure).")
_TEXT = typer.Option(None, help="Words in the place, actors, notes or source titles.")


def _table(events: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table()
    for column in ("date", "event", "ACLED sub-event", "place", "actors", "killed (low/best/high)", "sources"):
        table.add_column(column, overflow="fold")
    for e in events:
        loc = e.get("location") or {}
        k = e.get("killed")
        killed = "" if not k else f"{k['low']}/{k['best']}/{k['high'] if k['high'] is not None else '+'}"
        place = ", ".join(x for x in (loc.get("name"), loc.get("country")) if x)
        table.add_row(*(Text(_clean(str(x))) for x in (
            (e.get("date") or {}).get("start") or "", e["event"] + ("*" if e.get("background") else ""),
            e.get("acled_sub_event_type") or "", place,
            "; ".join(a["name"] for a in e.get("actors") or []), killed, len(e.get("sources") or []))))
    console = Console(width=None if sys.stdout.isatty() else 200, emoji=False, highlight=False)
    console.print(table)
    if any(e.get("background") for e in events):
        console.print("* background: an earlier event the articles mention as context")


def events_cli(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    since: Optional[str] = _SINCE, until: Optional[str] = _UNTIL, country: Optional[str] = _COUNTRY,
    admin1: Optional[str] = _ADMIN1, type_: Optional[str] = _TYPE, actor: Optional[str] = _ACTOR,
    min_killed: Optional[int] = _MIN_KILLED, text: Optional[str] = _TEXT,
    limit: Optional[int] = typer.Option(None, help="At most this many events."),
    fmt: Optional[ListFormat] = typer.Option(None, "--format", "-f", help="table (default on a terminal) or jsonl."),
) -> None:
    """Print fused events (CONTRACT.md "Stored (fused) events")."""
    where = _filters(since, until, country, admin1, type_, actor, min_killed, text, limit)
    store = _open(db)
    try:
        events = store.fused_events(where)
    except SitrepError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    chosen = fmt or (ListFormat.table if sys.stdout.isatty() else ListFormat.jsonl)
    if chosen is ListFormat.table:
        _table(events)
        return
    for event in events:
        sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")


def export_cli(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="csv (ACLED columns), plover, geojson or parquet."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    since: Optional[str] = _SINCE, until: Optional[str] = _UNTIL, country: Optional[str] = _COUNTRY,
    admin1: Optional[str] = _ADMIN1, type_: Optional[str] = _TYPE, actor: Optional[str] = _ACTOR,
    min_killed: Optional[int] = _MIN_KILLED, text: Optional[str] = _TEXT,
) -> None:
    """Write fused events as ACLED-style CSV, PLOVER JSON Lines, GeoJSON or Parquet."""
    from .store.export import export

    where = _filters(since, until, country, admin1, type_, actor, min_killed, text, None)
    store = _open(db)
    try:
        count = export(store.fused_events(where), fmt.value, output)
    except SitrepError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    typer.echo(f"sitrep: {count:,} fused events written to {output}", err=True)


def quarantine_cli(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    release: list[str] = typer.Option([], "--release", help="Forget this input (repeatable), e.g. after fixing it."),
    release_all: bool = typer.Option(False, "--release-all", help="Forget every quarantined input."),
    limit: Optional[int] = typer.Option(None, help="At most this many inputs."),
    fmt: Optional[ListFormat] = typer.Option(None, "--format", "-f", help="table (default on a terminal) or jsonl."),
) -> None:
    """List the inputs ingest could not read, with the reason, or release them."""
    store = _open(db)
    try:
        if release or release_all:
            n = store.release(release)
            typer.echo(f"sitrep: {n:,} quarantined inputs released", err=True)
            return
        rows = store.quarantined(limit)
    except SitrepError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    if (fmt or (ListFormat.table if sys.stdout.isatty() else ListFormat.jsonl)) is ListFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table()
    for column in ("input", "reason", "times", "last seen"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text(_clean(str(row[k]))) for k in ("location", "reason", "times_seen", "last_seen")))
    Console(width=None if sys.stdout.isatty() else 200, emoji=False, highlight=False).print(table)


def register(app: typer.Typer) -> None:
    """Add ingest, events, export and quarantine to the main app."""
    app.command("ingest")(ingest_cli)
    app.command("events")(events_cli)
    app.command("export")(export_cli)
    app.command("quarantine")(quarantine_cli)
