"""What every command shares: one way to fail, and one way to show untrusted text."""

from __future__ import annotations

import re

import typer

# Control characters from an article (ANSI escapes, carriage returns) never reach the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Text from documents, safe to print on a terminal: control characters become spaces."""
    return _CONTROL.sub(" ", text)


def fail(message: str, code: int = 2) -> None:
    """Print ``sitrep: error: message`` on stderr and exit (2 unusable arguments, 1 nothing done)."""
    typer.echo(f"sitrep: error: {message}", err=True)
    raise typer.Exit(code)
