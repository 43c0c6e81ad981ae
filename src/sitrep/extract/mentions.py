"""One sentence -> the mention of an event it reports (type, actors, date, place, counts, status).

Everything here is a plain function over our records: the sentence arrives annotated (tokens and
entities from the NLP boundary), places arrive resolved, the lexicons arrive built.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Actor, Count, DateInfo, Mention, Place, Sentence, Span
from ..ontology import Lexicon
from .actors import ActorLexicon, ActorMention
from .casualties import INJURED, KILLED, CountHit, find_counts
from .classify import TriggerHit, classify, find_triggers
from .dates import event_date
from .status import trigger_status

# Earlier events told as context: "less than a month ago", "in a similar attack", "last year".
_BACKGROUND = re.compile(
    r"\b(?:ago|similar\s+attack|previous(?:ly)?|earlier\s+(?:this|that|in)|last\s+(?:year|month)|"
    r"in\s+the\s+past|had\s+(?:killed|attacked|claimed|carried\s+out|been\s+killed)|"
    r"the\s+deadliest\s+since|since\s+(?:19|20)\d\d|a\s+similar|anniversary)\b", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:group|militants?|organi[sz]ation|movement|faction|jihadists?|terrorist group)\b", re.IGNORECASE)
# "X came a day after Y": Y happened N days before X, so the sentence holds two events.
_CAME_AFTER = re.compile(r"\b(?:came|comes|happened|occurred|followed)\s+(?:only\s+|just\s+)?(?P<n>a|one|two|three|\d+)\s+(?P<unit>day|week)s?\s+after\b",
                         re.IGNORECASE)
_PREP_BEFORE_PLACE = re.compile(r"\b(?:in|at|near|outside|around|on|into|of|from|to|towards|across)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
                                re.IGNORECASE)
_NEAR = re.compile(r"\b(?:near|outside|outskirts\s+of|close\s+to|area\s+of|vicinity\s+of|km\s+(?:north|south|east|west)\w*\s+of|district|region|province|county|countryside)\b",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What the mention builder needs from the document as a whole."""

    lexicon: Lexicon
    actors: ActorLexicon
    published: dt.date | None
    anchor: DateInfo | None
    country: str | None  # the document's country focus


def _count(hits: Sequence[CountHit], kind: str) -> tuple[Count | None, int]:
    """The victims' figure (largest victim group) and the attackers' deaths reported apart."""
    victims = [h for h in hits if h.kind == kind and not h.attackers]
    attackers = sum(h.low for h in hits if h.kind == kind and h.attackers)
    if not victims:
        return None, attackers
    best = max(victims, key=lambda h: h.low)
    return Count(best.low, best.high, best.text), attackers


def _roles(actor_hits: Sequence[ActorMention], trigger: TriggerHit, text: str, offset: int
           ) -> tuple[list[Actor], list[Actor]]:
    """Actors before the trigger (or after "by") do it; those after it, and victims, suffer it."""
    actors: list[Actor] = []
    recipients: list[Actor] = []
    for hit in actor_hits:
        before = text[max(0, hit.start - offset - 12):hit.start - offset].lower()
        passive_agent = re.search(r"\bby\s+(?:the\s+)?$", before) is not None
        victim_kind = hit.kind == "civilian"
        if passive_agent or (hit.end <= trigger.start and not victim_kind):
            target = actors
        else:
            target = recipients
        if hit.actor not in target:
            target.append(hit.actor)
    return actors, recipients


def _choose_place(places: Sequence[Place], sentence: Sentence) -> tuple[Place | None, int]:
    """The event's place among the toponyms of its sentence, and an ACLED geo precision."""
    inside = [p for p in places if sentence.start <= p.start < sentence.end and p.lat is not None]
    if not inside:
        return None, 3
    def rank(p: Place) -> tuple[int, int, int]:
        before = sentence.text[:p.start - sentence.start]
        preposition = _PREP_BEFORE_PLACE.search(before[-40:]) is not None
        specific = {"city": 0, "admin2": 1, "region": 2, "admin1": 2, "country": 3}.get(p.feature or "city", 1)
        return (specific, 0 if preposition else 1, p.start)
    best = min(inside, key=rank)
    if best.feature in ("country", "admin1", "region"):
        return best, 3
    window = sentence.text[max(0, best.start - sentence.start - 30):best.end - sentence.start + 25]
    return best, 2 if _NEAR.search(window) else 1


def _is_background(sentence: Sentence, date: DateInfo, relative: bool, reference: dt.date | None) -> bool:
    if _BACKGROUND.search(sentence.text):
        return True
    if reference is None or date.end is None or not relative:
        return False
    return (reference - date.end).days > 7


def _clauses(text: str) -> list[tuple[int, int, int, str]]:
    """Sentence -> (start, end, days_before, phrase) clauses; only "X came N days after Y" splits."""
    m = _CAME_AFTER.search(text)
    if not m:
        return [(0, len(text), 0, "")]
    word = m.group("n").lower()
    days = 1 if word in ("a", "one") else {"two": 2, "three": 3}.get(word) or int(word)
    days *= 7 if m.group("unit").lower() == "week" else 1
    return [(0, m.start(), 0, ""), (m.end(), len(text), days, m.group())]


def sentence_mentions(sentence: Sentence, places: Sequence[Place], ctx: Context,
                      previous_actors: Sequence[ActorMention]) -> tuple[list[Mention], list[ActorMention]]:
    """The mentions of one sentence, and the actor mentions found in it (for later anaphora)."""
    actor_hits = ctx.actors.find(sentence.text, country_hint=ctx.country)
    actor_hits = [_shift(a, sentence.start) for a in actor_hits]
    mentions: list[Mention] = []
    base_date, base_relative = event_date([(sentence.text, sentence.start)], ctx.published, ctx.anchor)
    for c_start, c_end, days_before, phrase in _clauses(sentence.text):
        clause = sentence.text[c_start:c_end]
        offset = sentence.start + c_start
        hits = find_triggers(ctx.lexicon, clause, offset)
        if not hits:
            continue
        clause_actors = [a for a in actor_hits if offset <= a.start < offset + len(clause)]
        counts = find_counts(clause, offset)
        killed, killed_attackers = _count(counts, KILLED)
        injured, _ = _count(counts, INJURED)
        has_state = any(a.kind == "state" for a in clause_actors)
        has_armed = any(a.kind in ("group", "state", "unidentified") for a in clause_actors)
        typing = classify(hits, clause, has_state_actor=has_state, has_armed_actor=has_armed,
                          killed=bool(killed and killed.low), injured=bool(injured and injured.low))
        if typing is None:
            continue
        place, precision = _choose_place(places, sentence)
        if not typing.strong and not (place or killed or injured or clause_actors):
            continue
        if _ANAPHOR.search(clause) and not any(a.kind == "group" for a in clause_actors):
            groups = [a for a in previous_actors if a.kind == "group"]
            if groups:
                m = _ANAPHOR.search(clause)
                assert m is not None
                clause_actors.insert(0, ActorMention(offset + m.start(), offset + m.start() + 1,
                                                     groups[-1].actor, "group"))
        actors, recipients = _roles(clause_actors, typing.main, sentence.text, sentence.start)
        date, relative = base_date, base_relative
        if days_before and date.start is not None:
            shift = dt.timedelta(days=days_before)
            date = DateInfo(date.start - shift, (date.end or date.start) - shift, date.precision,
                            f"{date.text} ... {phrase}" if date.text else phrase)
        status = trigger_status(sentence.text, typing.main.start - sentence.start,
                                typing.main.end - sentence.start, typing.event)
        reference = ctx.anchor.start if ctx.anchor else ctx.published
        background = _is_background(sentence, date, relative, reference) if not days_before else False
        mentions.append(Mention(
            sentence=sentence.index, event=typing.event, modes=typing.modes,
            acled_sub_event_type=typing.acled_sub_event_type, status=status, background=background,
            date=date, date_relative=relative,
            place=place, precision=precision if place else None, actors=tuple(actors), recipients=tuple(recipients),
            killed=killed, injured=injured, killed_attackers=killed_attackers,
            evidence=Span(offset, offset + len(clause.rstrip())), headline=sentence.headline,
            rank=typing.main.trigger.rank, strong=typing.strong,
        ))
    return mentions, actor_hits


def _shift(hit: ActorMention, offset: int) -> ActorMention:
    return ActorMention(hit.start + offset, hit.end + offset, hit.actor, hit.kind)
