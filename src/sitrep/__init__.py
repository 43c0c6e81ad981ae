"""sitrep: news reports in, a geocoded conflict-event dataset out.

    >>> import sitrep
    >>> events = sitrep.extract(text, published="2016-02-21")

Importing sitrep loads no model: resources load on the first call.
"""

from .api import extract, places
from .config import Settings
from .models import SCHEMA_VERSION, Document, Event, Place, event_json_schema

__version__ = "0.1.0"
__all__ = ["extract", "places", "Settings", "Document", "Event", "Place", "SCHEMA_VERSION",
           "event_json_schema", "__version__"]
