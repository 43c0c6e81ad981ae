"""PLOVER and ACLED vocabularies, and the trigger lexicon that maps words onto them."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from .anchors import anchors, fold_for_anchors
from .models import PLOVER_EVENTS

ACLED_SUB_TO_TYPE: dict[str, str] = {
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Armed clash": "Battles",
    "Excessive force against protesters": "Protests",
    "Protest with intervention": "Protests",
    "Peaceful protest": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "CONCEDE": ("ceasefire",),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}


def acled_event_type(sub_event_type: str | None) -> str | None:
    return ACLED_SUB_TO_TYPE.get(sub_event_type) if sub_event_type else None


@dataclass(frozen=True)
class Trigger:
    name: str
    regex: re.Pattern[str]
    event: str
    modes: tuple[str, ...]
    acled: str | None
    rank: int
    strong: bool = True
    needs_state_actor: bool = False
    needs_armed_group: bool = False  # only with an armed group named in its clause ("announced a merger")
    suffered: bool = False  # those named before it suffered it ("a patrol came under fire from ...")
    anchors: frozenset[str] | None = None  # fixed strings one of which every match holds (sitrep.anchors)


@dataclass(frozen=True)
class Lexicon:
    """The compiled trigger lexicon."""

    triggers: tuple[Trigger, ...]
    anchor_strings: tuple[str, ...] = ()  # every trigger's anchors, once each

    def by_name(self, name: str) -> Trigger:
        return next(t for t in self.triggers if t.name == name)

    def candidates(self, text: str) -> list[Trigger]:
        """The triggers that may match ``text``: those whose anchors it holds (a cheap test)."""
        folded = fold_for_anchors(text)
        present = {a for a in self.anchor_strings if a in folded}
        return [t for t in self.triggers if t.anchors is None or not present.isdisjoint(t.anchors)]

    def fires(self, text: str) -> bool:
        """Whether any trigger matches somewhere in ``text``."""
        return any(t.regex.search(text) for t in self.candidates(text))

    def is_trigger(self, text: str) -> bool:
        """Whether ``text`` is, whole, a trigger's match ("Battles" is a word for violence)."""
        return any(t.regex.fullmatch(text) for t in self.candidates(text))


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b{pattern}\b", re.IGNORECASE)


def load_lexicon() -> Lexicon:
    """Read and validate ``data/triggers.toml`` (call once, pass the result down)."""
    raw = tomllib.loads(resources.files("sitrep.data").joinpath("triggers.toml").read_text("utf-8"))
    triggers = []
    for item in raw["trigger"]:
        event = item["event"]
        if event not in PLOVER_EVENTS:
            raise ValueError(f"trigger {item['name']}: unknown PLOVER event {event}")
        modes = tuple(item.get("modes", ()))
        bad = [m for m in modes if m not in PLOVER_MODES.get(event, ())]
        if bad:
            raise ValueError(f"trigger {item['name']}: modes {bad} are not modes of {event}")
        acled = item.get("acled") or None
        if acled and acled not in ACLED_SUB_TO_TYPE:
            raise ValueError(f"trigger {item['name']}: unknown ACLED sub-event type {acled}")
        regex = _compile(item["pattern"])
        triggers.append(Trigger(
            name=item["name"], regex=regex, event=event, modes=modes,
            acled=acled, rank=int(item["rank"]), strong=bool(item.get("strong", True)),
            needs_state_actor=bool(item.get("needs_state_actor", False)),
            needs_armed_group=bool(item.get("needs_armed_group", False)),
            suffered=bool(item.get("suffered", False)), anchors=anchors(regex.pattern, regex.flags),
        ))
    strings = tuple(sorted({a for t in triggers for a in t.anchors or ()}))
    return Lexicon(tuple(triggers), strings)
