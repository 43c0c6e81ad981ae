"""Event detection and typing: trigger words -> PLOVER type and modes, ACLED sub-event type.

ACLED codes one event per actor pair, place and day with the highest type of its precedence list;
we do the same over the triggers of one sentence: the highest-ranked trigger decides, then the
context adjusts (a kidnapping with deaths is an Attack; fighting between armed groups is an Armed
clash; violence around a protest is coded under Protests or Riots).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..ontology import Lexicon, Trigger

_VIOLENT_EVENTS = ("ASSAULT",)
_INTERVENTION = re.compile(r"\b(?:tear\s*gas|dispers\w+|water\s+cannons?|rubber\s+bullets|baton|arrest\w*|"
                           r"detain\w*|broke\s+up|pepper\s+spray|stun\s+grenades?)\b", re.IGNORECASE)
_FORCE = re.compile(r"\b(?:live\s+(?:ammunition|rounds|fire)|opened\s+fire|shot|killed|killing|dead|"
                    r"wounded|injured)\b", re.IGNORECASE)
_PROTEST_VIOLENCE = re.compile(r"\b(?:clash\w*|threw|stones|rocks|burn\w*|torch\w*|vandal\w*|loot\w*|"
                               r"barricad\w+|attack\w*|riot\w*|violent)\b", re.IGNORECASE)
_ARMED_VICTIMS = re.compile(r"\b(?:soldiers?|troops|police(?:men)?|officers?|militants?|fighters?|"
                            r"rebels?|insurgents?|militiamen|militia|army|forces|guards?|personnel|"
                            r"military|gendarmes?|combatants?|jihadists?|members\s+of)\b", re.IGNORECASE)
_CIVILIAN_VICTIMS = re.compile(r"\b(?:civilians?|villagers?|residents?|women|children|farmers?|herders?|"
                               r"worshippers?|students?|passengers?|people|persons?|family|man|woman|"
                               r"boy|girl|journalists?|teachers?|traders?|mourners?|motorists?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class TriggerHit:
    start: int
    end: int
    trigger: Trigger

    @property
    def event(self) -> str:
        return self.trigger.event


@dataclass(frozen=True)
class Typing:
    event: str
    modes: tuple[str, ...]
    acled_sub_event_type: str | None
    main: TriggerHit
    strong: bool


def find_triggers(lexicon: Lexicon, text: str, offset: int = 0) -> list[TriggerHit]:
    """Trigger words in a sentence, longest first where two overlap."""
    found: list[TriggerHit] = []
    for trigger in lexicon.triggers:
        for m in trigger.regex.finditer(text):
            found.append(TriggerHit(m.start() + offset, m.end() + offset, trigger))
    found.sort(key=lambda h: (h.start, -(h.end - h.start), -h.trigger.rank))
    kept: list[TriggerHit] = []
    for hit in found:
        if any(k.start <= hit.start and hit.end <= k.end for k in kept):
            continue
        kept.append(hit)
    return kept


def _modes(hits: Sequence[TriggerHit], event: str) -> tuple[str, ...]:
    modes: list[str] = []
    for hit in sorted(hits, key=lambda h: -h.trigger.rank):
        if hit.event == event:
            modes.extend(m for m in hit.trigger.modes if m not in modes)
    return tuple(modes)


def classify(hits: Sequence[TriggerHit], sentence: str, *, has_state_actor: bool,
             has_armed_actor: bool, killed: bool, injured: bool) -> Typing | None:
    """The event one sentence reports, or None when its triggers report none."""
    if not hits:
        return None
    names = {h.trigger.name for h in hits}
    violent = [h for h in hits if h.event in _VIOLENT_EVENTS]
    protest = [h for h in hits if h.trigger.name in ("protest", "riot")]
    if protest and (names & {"protest"} or "riot" in names):
        main = max(protest, key=lambda h: h.trigger.rank)
        if killed or (injured and _FORCE.search(sentence) and re.search(r"\b(?:police|security|forces|soldiers|troops)\b", sentence, re.I)):
            if "riot" not in names and not _PROTEST_VIOLENCE.search(sentence):
                return Typing("ASSAULT", _modes(violent, "ASSAULT") or ("firearms",),
                              "Excessive force against protesters", main, True)
        if "riot" in names or _PROTEST_VIOLENCE.search(sentence):
            return Typing("PROTEST", ("riot",), "Violent demonstration", main, True)
        if _INTERVENTION.search(sentence):
            return Typing("PROTEST", ("demo",), "Protest with intervention", main, True)
        return Typing("PROTEST", ("demo",), "Peaceful protest", main, True)
    pool = violent or list(hits)
    main = max(pool, key=lambda h: (h.trigger.rank, h.trigger.strong))
    event = main.event
    sub = main.trigger.acled
    strong = any(h.trigger.strong for h in pool)
    if event == "ASSAULT":
        if sub == "Government regains territory" and not has_state_actor:
            sub = "Non-state actor overtakes territory"
        if sub == "Abduction/forced disappearance" and killed:
            sub = "Attack"
        if sub in ("Attack", "Looting/property destruction") and (killed or injured) and sub != "Attack":
            sub = "Attack"
        if sub == "Attack" and names & {"mob"}:
            sub = "Mob violence"
        if sub == "Attack" and has_armed_actor and _ARMED_VICTIMS.search(sentence) \
                and not _CIVILIAN_VICTIMS.search(sentence):
            sub = "Armed clash"
    return Typing(event, _modes(pool, event), sub, main, strong)
