"""Fusion: reports of the same real event from different documents become one fused event.

``fuse(reports, existing, settings)`` is pure (no I/O); ``merge`` reconciles the fields and the
casualty figures of one event's reports; ``rules`` holds the compatibility tests and thresholds.
"""

from sitrep.fuse.cluster import block_span, fuse, fused_id
from sitrep.fuse.merge import merge, reconcile
from sitrep.fuse.rules import FusionSettings

__all__ = ["FusionSettings", "block_span", "fuse", "fused_id", "merge", "reconcile"]
