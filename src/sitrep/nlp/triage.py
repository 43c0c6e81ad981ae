"""The cheap pass: pick the sentences worth the full spaCy pipeline.

Most sentences of most articles report no event. A sentence earns the model when the trigger
lexicon fires in it; its neighbours come along because they carry the place, the date or the
actor the trigger sentence leaves implicit ("The group killed 26 people ..."). The headline always
comes along: it names the main event and its place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..extraction.untriggered import is_note
from ..models import Sentence
from ..ontology import Lexicon


# Who did it is often said in a sentence of its own ("Al-Shabaab claimed responsibility", "Leaflets
# found at the scene bore the name of ...", "the man had pledged allegiance to ...").
_ATTRIBUTION = re.compile(r"\b(?:claim\w*|responsib\w+|attribut\w+|blam\w+|suspect\w*|culprit|denied|"
                          r"leaflets?|pamphlets?|posters?|graffiti|communiqu\w+|allegiance)\b", re.IGNORECASE)


def select(sentences: Sequence[Sentence], lexicon: Lexicon, context: int = 1) -> list[Sentence]:
    """The sentences to annotate, in document order."""
    hot = [i for i, s in enumerate(sentences) if lexicon.fires(s.text)]
    cues = {i for i, s in enumerate(sentences) if hot and _ATTRIBUTION.search(s.text)}
    keep: set[int] = set()
    for i in hot:
        keep.update(j for j in range(i - context, i + context + 1)
                    if 0 <= j < len(sentences) and sentences[j].line == sentences[i].line)
    keep.update(i for i, s in enumerate(sentences) if s.headline)
    keep.update(cues)
    if hot or (sentences and is_note(sentences[0].text)):
        # The first sentence sets the scene (place, date) for short reports and wire copy; an
        # ACLED note's tells its event even in words no trigger reads (see extraction.untriggered).
        keep.add(0)
    return [sentences[i] for i in sorted(keep)]
