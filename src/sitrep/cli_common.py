"""What every command shares: one way to fail with a one-line message and an exit code."""

from __future__ import annotations

import typer


def fail(message: str, code: int = 2) -> None:
    """Print ``sitrep: error: message`` on stderr and exit (2 unusable arguments, 1 nothing done)."""
    typer.echo(f"sitrep: error: {message}", err=True)
    raise typer.Exit(code)
