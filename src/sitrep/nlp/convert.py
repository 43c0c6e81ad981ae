"""spaCy Docs -> our Sentence records: the boundary after which no code touches spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..models import Entity, Sentence, Token, replace

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def doc_to_sentence(doc: "Doc", sentence: Sentence) -> Sentence:
    """Attach the tokens and entities of ``doc`` (parsed from ``sentence.text``) to the sentence."""
    base = sentence.start
    tokens = tuple(
        Token(start=base + t.idx, end=base + t.idx + len(t.text), text=t.text,
              lemma=t.lemma_ or t.lower_, pos=t.pos_, dep=t.dep_, head=t.head.i,
              ent=t.ent_type_)
        for t in doc
    )
    entities = tuple(
        Entity(base + e.start_char, base + e.end_char, e.label_, e.text) for e in doc.ents
    )
    return replace(sentence, tokens=tokens, entities=entities)


def annotate(nlp: "Language", sentences: Sequence[Sentence], batch_size: int = 32,
             n_process: int = 1) -> list[Sentence]:
    """Run the pipeline over each sentence's text and return annotated copies, in order."""
    texts: Iterable[str] = (s.text for s in sentences)
    docs = nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
    return [doc_to_sentence(doc, s) for doc, s in zip(docs, sentences)]
