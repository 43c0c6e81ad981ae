"""Gazetteer and geoparsing: toponyms in text resolved to GeoNames places, offline.

``geoparse(text, entities, gazetteer)`` is the entry point; ``Gazetteer.open()`` gives the index
(built on first use into the user cache). Importing this package does no work.
"""

from sitrep.geo.gazetteer import Candidate, Gazetteer, GazetteerRow, default_path
from sitrep.geo.geoparse import geoparse, to_location

__all__ = ["Candidate", "Gazetteer", "GazetteerRow", "default_path", "geoparse", "to_location"]
