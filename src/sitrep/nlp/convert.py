"""spaCy Docs -> our Sentence records: the boundary after which no code touches spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..models import Entity, Sentence, replace

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def doc_to_sentence(doc: "Doc", sentence: Sentence) -> Sentence:
    """Attach the entities of ``doc`` (run over ``sentence.text``) to the sentence, in document
    offsets. Entities are all extraction reads from the model (see nlp/pipeline.py)."""
    base = sentence.start
    entities = tuple(
        Entity(base + e.start_char, base + e.end_char, e.label_, e.text) for e in doc.ents
    )
    return replace(sentence, entities=entities)


def annotate(nlp: "Language", sentences: Sequence[Sentence], batch_size: int = 32,
             n_process: int = 1) -> list[Sentence]:
    """Run the pipeline over each sentence's text and return annotated copies, in order."""
    texts: Iterable[str] = (s.text for s in sentences)
    docs = nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
    return [doc_to_sentence(doc, s) for doc, s in zip(docs, sentences)]
