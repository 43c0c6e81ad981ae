"""sitrep: news reports in, a geocoded conflict-event dataset out."""

__version__ = "0.1.0"
