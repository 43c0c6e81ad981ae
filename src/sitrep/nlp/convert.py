"""spaCy Docs -> our Sentence records: the boundary after which no code touches spaCy."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..models import Entity, Sentence, replace

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def doc_to_sentence(doc: "Doc", sentence: Sentence) -> Sentence:
    """Attach the entities of ``doc`` (run over ``sentence.text``) to the sentence, in document
    offsets. Entities are all extraction reads from the model (see nlp/pipeline.py)."""
    base, text = sentence.start, sentence.text
    entities = tuple(
        Entity(base + e.start_char, base + end, e.label_, text[e.start_char:end])
        for e in doc.ents for end in [_word_end(text, e.end_char)]
    )
    return replace(sentence, entities=entities)


def _word_end(text: str, end: int) -> int:
    """Where the word that ``end`` falls in ends: the tokenizer splits a few words that are also
    names ("Gonna" reads as "Gon na"), and an entity is a whole word. (One that ends on a space
    ends there: "Chad.- Gunmen" is read as "Chad:  Gunmen".)"""
    while 0 < end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return end


_WORD = re.compile(r"[^\W\d_]+")
SHOUTING_MIN_WORDS = 3


_WIRE_DATELINE = re.compile(r"^(\W*[A-Z][\w. ]{0,30}?)\.-(?=\s|$)")


def model_text(text: str) -> str:
    """What the model reads for ``text``: a headline in capitals ("FOUR SOLDIERS KILLED IN
    MOCIMBOA") in title case, since NER finds nothing in capitals; same length, so the
    entities' offsets index the original."""
    # Europa Press writes its datelines "Chad.- Gunmen kill ...": the model reads "Chad.-" as one
    # token and tags "Chad.- Gunmen" a person; a colon reads as the dateline it is.
    text = _WIRE_DATELINE.sub(lambda m: m.group(1) + ": ", text)
    words = _WORD.findall(text)
    if len(words) < SHOUTING_MIN_WORDS or sum(w.isupper() and len(w) > 1 for w in words) < 0.8 * len(words):
        return text
    titled = _WORD.sub(lambda m: m.group()[0] + m.group()[1:].lower(), text)
    return titled if len(titled) == len(text) else text


def annotate(nlp: "Language", sentences: Sequence[Sentence], batch_size: int = 32,
             n_process: int = 1) -> list[Sentence]:
    """Run the pipeline over each sentence's text and return annotated copies, in order."""
    texts: Iterable[str] = (model_text(s.text) for s in sentences)
    docs = nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
    return [doc_to_sentence(doc, s) for doc, s in zip(docs, sentences)]
