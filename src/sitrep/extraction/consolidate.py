"""Mentions of one document -> its events: the headline, the body and the quotes that tell one
event become one event with all their evidence; background events stay apart.

Two mentions are one event when they have the same type, status and background flag and nothing
they state contradicts: the same day (or one undated), the same place (or one unplaced, or one
inside the other's country at region precision) and the same death toll (or one without a figure).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..models import ARMED_GROUP_TYPES, Actor, Attribution, Count, Event, Location, Mention, Place, Span, replace
from ..geo.distance import haversine_km
from ..ontology import PLOVER_MODES, acled_event_type
from .attribution import AttributionHit, combine
from .casualties import NOT_ANOTHER_INCIDENT, ONE_FOUND_DEAD, ORDINAL_WORDS, attackers_within
from .classify import CROWD_ON_FORCES, DEPOT, GRAVELY_HURT, SECOND_DEVICE, TO_COME
from .numbers import NUMBER, parse_number

_VIOLENT = ("ASSAULT", "PROTEST", "COERCE")


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


@dataclass
class _Group:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    def dated(self) -> Mention | None:
        return next((m for m in self.mentions if m.date.text), None)

    def placed(self) -> Mention | None:
        placed = [m for m in self.mentions if m.place is not None]
        return min(placed, key=lambda m: m.precision or 3) if placed else None

    def killed(self) -> int | None:
        lows = [m.killed.low for m in self.mentions if m.killed]
        return max(lows) if lows else None


def _compatible(group: _Group, m: Mention) -> bool:
    first = group.first
    if (m.event, m.status, m.background) != (first.event, first.status, first.background):
        return False
    dated = group.dated()
    if dated and m.date.text and dated.date.start != m.date.start:
        return False
    if m.headline:
        # A headline rounds figures ("Kills Scores") and names the wider place ("Syria's Idlib").
        return True
    placed = group.placed()
    if placed and m.place and placed.place and placed.place.geonameid != m.place.geonameid:
        # Only two pinned places far apart make two events; a region or country named in passing
        # ("one of four attacks in this part of Mali") does not split the event it comments on.
        pinned = (placed.precision or 3) <= 2 and (m.precision or 3) <= 2
        if pinned and _km(placed.place, m.place) > 30:
            return False
    # Figures contradict only when their ranges cannot overlap: "at least 92 killed" and
    # "several victims were beheaded" (3 or more) tell one event; 46 and 26 dead tell two.
    # ("A second man who was injured in the shooting later died": the toll now, which no earlier
    # figure contradicts)
    if m.killed is not None and not _TOLL_NOW.match(m.killed.text or "") \
            and any(o.killed is not None and not _overlap(o.killed, m.killed) for o in group.mentions):
        return False
    return True


_TOLL_NOW = re.compile(r"\W*an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.IGNORECASE)


def _overlap(a: Count, b: Count) -> bool:
    a_high = math.inf if a.high is None else a.high
    b_high = math.inf if b.high is None else b.high
    return a.low <= b_high and b.low <= a_high


def _headline_target(groups: Sequence[_Group], headline: Mention) -> _Group | None:
    """The body event a headline summarises: same place and toll first, then the earliest."""
    def agreement(group: _Group) -> int:
        placed, killed = group.placed(), group.killed()
        same_place = bool(placed and placed.place and headline.place
                          and (placed.place.geonameid == headline.place.geonameid or _km(placed.place, headline.place) <= 30))
        same_toll = killed is not None and headline.killed is not None and killed == headline.killed.low
        return 2 * same_place + 2 * same_toll + (killed is not None)
    candidates = [g for g in groups if _compatible(g, headline)]
    return max(candidates, key=agreement, default=None)


def group_mentions(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Greedy, in reading order: each mention joins the latest compatible group, else starts one.

    Headlines are placed last: a headline summarises the body, so it joins the body's event.
    """
    groups: list[_Group] = []
    ordered = [m for m in mentions if not m.headline] + [m for m in mentions if m.headline]
    for mention in ordered:
        if mention.headline:
            target = _headline_target(groups, mention)
        else:
            target = next((g for g in reversed(groups) if _compatible(g, mention)), None)
        if target is None:
            groups.append(_Group([mention]))
        else:
            target.mentions.append(mention)
    return [g.mentions for g in groups]


_FREED = re.compile(rf"\b(?P<n>{NUMBER})\s+(?:of\s+them\s+)?(?:were|was)\s+later\s+(?:released|freed|rescued|set\s+free)\b",
                    re.IGNORECASE)


def _freed(group: Sequence[Mention], text: str) -> int:
    """How many of those taken the group's sentences say were freed."""
    spans = sorted({(m.evidence.start, m.evidence.end) for m in group})
    told = " ".join(text[s:e] for s, e in spans) if text else ""
    return sum(parse_number(m.group("n")) or 0 for m in _FREED.finditer(told))


def _union(actor_lists: Sequence[Sequence[Actor]]) -> tuple[Actor, ...]:
    out: list[Actor] = []
    for actors in actor_lists:
        for actor in actors:
            if all(a.name != actor.name for a in out):
                out.append(actor)
    return tuple(out)


def _max_count(counts: Sequence[Count | None], extra: int = 0) -> Count | None:
    present = [c for c in counts if c is not None]
    if not present and not extra:
        return None
    if not present:
        return Count(extra, extra, "")
    best = max(present, key=lambda c: c.low)
    if not extra:
        return best
    return Count(best.low + extra, None if best.high is None else best.high + extra, best.text)


# What struck someone who "later died in hospital", when no attack word was strong enough.
_WOUNDED_BEFORE = re.compile(r"\b(?:stray\s+bullets?|bullets?|shrapnel|gunshots?|gunfire|shot|stabbed|shelling|blast|explosion|"
                             r"grenade|bomb|missile|rocket|drone)\b", re.IGNORECASE)


def _died_later(group: Sequence[Mention], killed: Count | None,
                injured: Count | None) -> tuple[Count | None, Count | None]:
    """"He died in hospital": one of those hurt moves to the dead; with nobody counted yet, the
    victim struck died; with the dead already counted and nobody hurt, it is the same death told
    again ("A policeman was killed ... He succumbed on the way to hospital")."""
    later = max(m.died_later for m in group)
    if not later:
        return killed, injured
    if injured is not None and injured.low >= later:
        killed = Count(later, later, "") if killed is None else Count(
            killed.low + later, None if killed.high is None else killed.high + later, killed.text)
        return killed, Count(injured.low - later, None if injured.high is None else injured.high - later, injured.text)
    if killed is None:
        return Count(later, later, ""), injured
    return killed, injured


# "Air defences intercepted several drones, but one hit a fuel tank": a strike all the same.
_DRONES = re.compile(r"\b(?:drones?|UAVs?|loitering\s+munitions?)\b", re.IGNORECASE)
_PROJECTILES = re.compile(r"\b(?:rockets?|missiles?|mortars?|shells?|katyushas?)\b", re.IGNORECASE)
# ("fired about 40 rockets towards Safed. Most were intercepted")
_MOST_WERE_INTERCEPTED = (r"\b(?:most|some|several|many|part|all\s+but\s+\w+|the\s+majority|nearly\s+all|almost\s+all)\s+"
                          r"(?:of\s+(?:them|the\s+\w+)\s+)?(?:were|was)\s+(?:\w+\s+)?(?:intercepted|shot\s+down|downed)\b")
_SOME_INTERCEPTED = re.compile(r"\b(?:intercepted|shot\s+down|downed)\s+(?:some|several|most|part|a\s+number|one|two|three|four|five|\d+)\s+of\s+"
                               r"(?:the|them)\b|" + _MOST_WERE_INTERCEPTED, re.IGNORECASE)
# A strike told as landing ("GNA drones struck an LNA ammunition depot"): what the other side says
# it intercepted afterwards does not undo it.
_STRIKE_LANDED = re.compile(r"\b(?:struck|hit|destroyed|pounded|bombed)\b(?![^.;]{0,20}\bby\b)|"
                            r"\b(?:carried\s+out|conducted)\s+(?:\w+\s+)?(?:air\s*)?(?:strikes|raids)\b", re.IGNORECASE)
# ... told by a share, not a number (which may be the whole salvo: "shot down 6 of them")
_PARTLY_INTERCEPTED = re.compile(r"\b(?:intercepted|shot\s+down|downed)\s+(?:some|several|most|part|a\s+number|the\s+majority|"
                                 r"all\s+but\s+\w+)\s+of\s+(?:the|them)\b|" + _MOST_WERE_INTERCEPTED, re.IGNORECASE)
_SOME_HIT = re.compile(r"\bbut\s+(?:one|two|three|some|several|a\s+few|others?|at\s+least\s+\w+|\w+\s+of\s+them)\s+"
                       r"(?:\w+\s+)?(?:hit|struck|landed|fell|exploded|crashed|got\s+through)\b|"
                       # ("A drone hit an energy facility. Several other drones were shot down.")
                       r"\b(?:several|many|most|all|two|three|\d+|the)\s+other\s+|\bthe\s+(?:remaining|rest\s+of\s+the)\s+|"
                       # ("A missile hit a facility. Air defences shot down another missile.")
                       r"\b(?:shot\s+down|intercepted|downed|destroyed)\s+another\b",
                       re.IGNORECASE)
# A bomb its attacker set off from the inside: "detonated an explosives-laden vehicle", "drove a
# car bomb into the gate".
# (not one set off from afar, nor a driver shot before or after it: "parked and remotely detonated",
# "In addition to the assailant, who was shot by guards")
_NOT_WITH_THE_BOMB = re.compile(r"\bremote(?:ly|-controlled|-detonated|\s+control)\b|"
                                # (attackers who may have died in the fighting after the blast)
                                r"\b(?:opened\s+fire|firefight|gun\s*fight|gun\s*battle|exchange\s+of\s+fire)\b|"
                                # ("detonated a VBIED at the gate before storming it ... nine assailants died in
                                # the fighting")
                                r"\b(?:before|then|and)\s+storm(?:ed|ing)\b|\b(?:died|killed)\s+in\s+the\s+(?:ensuing\s+)?(?:fighting|clashes|battle)\b|"
                                r"\b(?:assailant|attacker|bomber|driver)s?\b[^.;]{0,40}?\b(?:shot|shot\s+dead|gunned\s+down|killed)\s+by\s+"
                                r"(?:the\s+|a\s+|an\s+)?(?:guards?|police(?:\s+officers?)?|policem[ae]n|soldiers?|troops|forces|security|officers?)\b|"
                                r"\b(?:police|guards|soldiers|troops|forces)\s+(?:later\s+)?(?:shot|killed)\s+the\s+(?:assailant|attacker|bomber|driver)|"
                                # ("the army said it killed nine assailants during the attack")
                                r"\b(?:army|military|police|troops|soldiers|forces)\s+(?:said\s+(?:it|they)\s+)?(?:later\s+)?killed\s+"
                                r"(?:\w+\s+){0,2}?(?:assailants|attackers|militants|gunmen|insurgents)\b",
                                re.IGNORECASE)
# ("the blast killed the driver and four policemen, and police killed two attackers")
_BOMBER_DIED = re.compile(r"\b(?:blast|explosion)\s+(?:also\s+)?killed\s+the\s+(?:driver|bomber)\b|"
                          r"\bblew\s+(?:himself|herself|themselves)\s+up\b", re.IGNORECASE)
_BOMBERS_AMONG_DEAD = re.compile(r"\b(?:in\s+addition\s+to|including|as\s+well\s+as|besides|not\s+counting)\s+(?:the\s+|both\s+)?"
                                 r"(?:(?:two|three|four|\d+)\s+)?(?:suicide\s+)?bombers?\b|"
                                 r"\band\s+(?:the|both|two|three)\s+(?:suicide\s+)?bombers?\s+(?:died|perished|were\s+killed|was\s+killed)\b",
                                 re.IGNORECASE)
_DRIVEN_BOMB = re.compile(r"\b(?:assailants?|attackers?|bombers?|perpetrators?)\s+(?:\w+\s+){0,3}?(?:detonated|drove|rammed)\s+"
                          r"(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,2}?(?:explosives?-(?:laden|packed|filled)|"
                          r"car\s+bomb|truck\s+bomb|vehicle-borne|VBIED)", re.IGNORECASE)
_SUBSET = re.compile(r"\bof\s+(?:the|them|those|these)\b", re.IGNORECASE)


# "stabbed two police officers and shot dead a passer-by": a further act, on someone else (not
# "the younger woman", one of those struck, nor anyone of "people" struck).
_KILLED_OWN_OBJECT = re.compile(r"(?:shot|stabbed|killed|gunned\s+down|hacked|beat|murdered)\s+(?:dead\s+|to\s+death\s+)?"
                                r"(?:an?|one)\s+(?:[\w\-]+\s+)?(?P<noun>[a-z\-]+)$", re.IGNORECASE)
_GENERIC_STRUCK = frozenset({"person", "other", "civilian", "victim"})
_PLURALS = {"men": "man", "women": "woman", "children": "child", "policemen": "policeman", "people": "person"}


def _singular(noun: str) -> str:
    noun = noun.lower()
    return _PLURALS.get(noun) or (noun[:-1] if noun.endswith("s") else noun)


def _others_killed(struck: str, killed: str) -> bool:
    """Whether the dead are told as a further act's own victims, not some of those struck ("stabbed
    three people and shot dead a police officer" is four; "... and shot dead a woman among them",
    whose "among them" the killing phrase does not hold, stays three: a noun as general as
    "person" is one of the people)."""
    own = _KILLED_OWN_OBJECT.fullmatch(killed)
    if own is None:
        return False
    noun, struck_noun = _singular(own.group("noun")), _singular(struck.split()[-1])
    if struck_noun in _GENERIC_STRUCK:
        return noun not in _GENERIC_STRUCK and noun not in ("man", "woman", "child", "boy", "girl")
    return noun != struck_noun


def _beyond_the_struck(further: dict[int, int], struck: Count | None, group: Sequence[Mention],
                       text: str) -> dict[int, int]:
    """The further hurt, by sentence, that are not those struck told again: a later "The officer
    was also injured" after "stabbed a police officer" is that officer ("Another officer" is one
    more; a noun as general as "person" tells nothing)."""
    noun = _singular(struck.text.split()[-1]) if struck is not None and struck.text else ""
    if not noun or noun in _GENERIC_STRUCK:
        return further
    again = re.compile(rf"(?<!another\s)(?<!other\s)(?<!second\s)\b{re.escape(noun)}s?\b", re.IGNORECASE)
    struck_in = {m.sentence for m in group if m.struck}
    return {s: n for s, n in further.items()
            if s in struck_in or not any(m.sentence == s and again.search(text[m.evidence.start:m.evidence.end]) for m in group)}


def _hurt_of_struck(group: Sequence[Mention], killed: Count | None) -> Count | None:
    """"Stabbed four people ... Two women died": the two who did not die were hurt."""
    struck = _max_count([m.struck for m in group])
    if struck is None:
        return None
    dead = killed.low if killed and not _others_killed(struck.text, killed.text) else 0
    if struck.low <= dead:
        return None
    return Count(struck.low - dead, struck.low - dead, struck.text)


def _attach(hits: Sequence[AttributionHit], groups: Sequence[list[Mention]],
            sentence_of: Callable[[int], int], summary: bool = False) -> dict[int, list[AttributionHit]]:
    """Each attribution statement belongs to the violent event told last before it; in a summary
    of one incident (a report that opens with its date) it belongs to every event of it."""
    out: dict[int, list[AttributionHit]] = {}
    violent = [i for i, g in enumerate(groups) if g[0].event in _VIOLENT]
    if not violent:
        return out
    if summary:
        current = [i for i in violent if not groups[i][0].background and groups[i][0].status == "occurred"]
        if any(groups[i][0].event != "COERCE" for i in current):
            # "Gendarmes arrested two suspects ... sources attributed the attack to the FLM": the
            # blame is the attack's; the arrest or the curfew that followed is the state's.
            current = [i for i in current if groups[i][0].event != "COERCE"]
        for i in current or violent:
            out[i] = list(hits)
        return out
    for hit in hits:
        where = sentence_of(hit.start)
        before = [i for i in violent if min(m.sentence for m in groups[i]) <= where]
        current = ([i for i in before if not groups[i][0].background and groups[i][0].status == "occurred"]
                   or [i for i in before if not groups[i][0].background] or before or violent[:1])
        out.setdefault(current[-1], []).append(hit)
    return out


_PROTESTERS = re.compile(r"\b(?:protest\w*|demonstrat\w*|march\w*|rall\w*|crowds?|sit-in|riot\w*)\b", re.IGNORECASE)
# Lethal means used around a protest ("soldiers also fired live bullets at youths"): ACLED's
# excessive force, where rubber bullets and tear gas are an intervention.
# Forces stepping in at a protest without a word our lexicon counts as an event.
_RESPONSE = re.compile(r"\b(?:police|security\s+forces|forces|military|army|soldiers|troops|gendarmes?|officers|carabineros|"
                       r"national\s+guard|authorities|ESMAD|agents)\b"
                       r"[^.;]{0,100}?\b(?:intervened|controlled\s+the\s+situation|brought\s+the\s+situation\s+under"
                       r"\s+control|broke\s+up|re-?open(?:ed|ing)?|cleared|removed|dismantled|pushed\s+back|to\s+disperse|"
                       # ("police prevented a sit-in of contract teachers in front of parliament")
                       r"(?:prevented|stopped|blocked)\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?:sit-in|protest|march|rally|demonstration|gathering)|"
                       # ("Police prevented them from marching towards the highway")
                       r"(?:prevented|stopped|barred)\s+(?:them|the\s+(?:protesters|marchers|demonstrators|crowd))\s+from\s+"
                       r"(?:marching|gathering|protesting|reaching|entering|proceeding|advancing)|"
                       # ("police prevented teachers from holding a sit-in")
                       r"(?:prevented|stopped|barred)\s+(?:[\w\-]+\s+){1,3}?from\s+(?:holding|staging)\s+(?:an?|their|the)\s+"
                       r"(?:[\w\-]+\s+)?(?:sit-in|protest|march|rally|demonstration|gathering|vigil)|"
                       # ("Police blocked their path to the governor's office")
                       r"(?:blocked|barred)\s+their\s+(?:path|way|route)|kettled|"
                       # (not "charged the demonstrators with unlawful assembly": a court's charge)
                       r"charged\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:protesters|demonstrators|marchers|crowds?|students)\b"
                       r"(?!\s+with\s+(?!(?:batons?|sticks|clubs|truncheons|horses|tear\s*gas)\b))|"
                       # (not a crowd that "dispersed after" it was heard)
                       r"(?<!not\s)(?<!never\s)dispersed(?!\s+(?:peacefully|after|later|when|without|quietly|voluntarily|once|soon|before|"
                       r"following|on\s+their\s+own|in\s+the\s+(?:evening|afternoon|morning))\b)|"
                       r"(?:fired|used|lobbed|sprayed)\s+(?:\w+\s+)?(?:tear\s*gas|(?:rubber|rubber-coated|plastic)\s+bullets|pellets|"
                       r"water\s+cannons?|warning\s+shots|pepper\s+spray))\b",
                       re.IGNORECASE)
# Police posted at a protest: "Police were deployed as a precaution", "riot police were stationed
# outside the ministry".
_POLICING = re.compile(r"\b(?:police|policemen|officers|gendarmes?|gendarmerie|security\s+(?:forces|personnel|officials)|"
                       r"soldiers|troops)\s+"
                       r"(?:were|was|had\s+been)\s+(?:\w+\s+)?(?:deployed|stationed|posted|present)\b"
                       r"(?!\s+to\s+(?!(?:counter|prevent|maintain|keep|monitor|control|contain)\b))"
                       r"(?![^.;]{0,60}\bto\s+(?:fight|combat|hunt|pursue|secure\s+the\s+border)\b)", re.IGNORECASE)
_IN_THE_FRAY = re.compile(r"\b(?:in|during|amid)\s+the\s+(?:chaos|melee|m[eê]l[eé]e|unrest|riots?|violence|confusion|"
                          r"stampede|scuffles?|commotion|turmoil)\b", re.IGNORECASE)
_MEANWHILE = re.compile(r"\W*(?:meanwhile|elsewhere|separately|in\s+another\s+development)\b", re.IGNORECASE)
_REGULAR_FORCES = ("Military Forces of", "Police Forces of")  # a state's own army and police, by name
_SELF_HARM = re.compile(r"\bset\s+(?:him|her|them)sel(?:f|ves)\s+(?:on\s+fire|alight|ablaze)|\bself-immolat\w*|"
                        r"\bhunger\s+strik\w*|\bsewed\s+(?:his|her|their)\s+lips", re.IGNORECASE)
_IN_TOTAL = re.compile(r"\b(?:killed|dead|died|deaths|fatalities)\s+(?:\w+\s+){0,2}?(?:in\s+total|in\s+all|altogether)\b|"
                       r"\b(?:a\s+)?total\s+of\s+\S+\s+(?:\w+\s+){0,2}?(?:were\s+)?(?:killed|dead)\b", re.IGNORECASE)
_A_CROWD = re.compile(r"\b(?:mobs?|crowds?|residents|villagers|youths|locals|vigilantes?)\b", re.IGNORECASE)
_LESS_LETHAL = re.compile(r"\b(?:tear\s*gas|(?:rubber|rubber-coated|plastic|sponge)\s+(?:bullets|rounds)|water\s+cannons?|"
                         r"batons?|lathi|truncheons?|stun\s+grenades|pepper\s+spray)\b", re.IGNORECASE)
_BY_BULLETS = re.compile(r"\b(?:by|with)\s+(?:live\s+)?(?:bullets|gunfire|gunshots|live\s+(?:ammunition|rounds|fire))\b", re.IGNORECASE)
_LIVE_FIRED = re.compile(r"\b(?:fired|firing|used|using|shot)\s+live\s+(?:ammunition|rounds|bullets)\b", re.IGNORECASE)
_LIVE_ROUNDS = re.compile(r"\blive\s+(?:ammunition|bullets|rounds|fire)\b", re.IGNORECASE)


_THE_PROTEST = re.compile(r"\s*(?:The|This|That)\s+(?:protest|march|rally|demonstration|sit-in|gathering|procession)\b")


def _fold_protest_responses(groups: list[list[Mention]], text: str) -> list[list[Mention]]:
    """The police's response to a protest told in the next sentences ("Police arrested 2",
    "4 protesters were injured by live fire") is part of the protest event, as ACLED codes it."""
    out: list[list[Mention]] = []
    for group in groups:
        head = group[0]
        protest = next((g for g in reversed(out) if g[0].event in ("PROTEST",) or
                        g[0].acled_sub_event_type == "Excessive force against protesters"), None)
        if head.event == "PROTEST" and out and out[-1][0].event == "COERCE" and head.status == out[-1][0].status \
                and {m.sentence for m in out[-1]} <= {m.sentence for m in group}:
            # "Police detained 15 people during a demonstration": the arrests told first, in the
            # protest's own sentence, are its response too.
            group = [*group, *out.pop()]
        force = out[-1] if out else []
        if head.event == "PROTEST" and force and (
                force[0].acled_sub_event_type == "Excessive force against protesters"
                or (force[0].event == "ASSAULT" and any(a.type == "State forces" for m in force for a in m.actors))) \
                and 0 < head.sentence - max(m.sentence for m in force) <= 1 \
                and all((m.killed or m.injured) and not m.actors for m in group):
            # "Three protesters were injured." right after the force used on a crowd: its toll,
            # and the crowd was a protest.
            force.extend(group)
            continue
        if protest is not None and head.event == "PROTEST" and not head.background and head.status == protest[0].status \
                and 0 < head.sentence - max(m.sentence for m in protest) <= 2 \
                and all(m.place is None for m in group) and _THE_PROTEST.match(text, head.evidence.start):
            # "The protest followed the killing of a farmer ...": the same protest, named again.
            protest.extend(group)
            continue
        if protest is not None and head.event in ("COERCE", "ASSAULT", "MOBILIZE") and not head.background:
            first, last = min(m.sentence for m in protest), max(m.sentence for m in protest)
            said = " ".join(text[m.evidence.start:m.evidence.end] for m in group)
            # Told after the protest began, and no more than two sentences after its last mention.
            # ("2 inmates were killed." right after a prison riot: a toll with no place, type or
            # actor of its own is the riot's.)
            # (a victim of rank, "A BJP leader died", tells who, not another attack)
            toll_only = head.event == "ASSAULT" and head.sentence - last <= 1 and (all(
                not set(m.modes) - {"targeted"} and not m.actors and m.place is None for m in group) or (
                # ("A man was shot dead in the chaos." right after a riot: its toll)
                _IN_THE_FRAY.search(said) is not None and not any(m.actors for m in group)))
            # ("Police opened fire and a Jubo Dal activist was killed." right after a protest: the
            # forces' response to it)
            forces_fired = head.event == "ASSAULT" and head.sentence - last <= 1 and not _MEANWHILE.match(said) \
                and all(m.place is None and all(a.type == "State forces" for a in m.actors) for m in group) \
                and any(m.actors for m in group)
            if head.event == "MOBILIZE" and (not _POLICING.search(said) or _MEANWHILE.match(said)):
                # "Police were deployed as a precaution" polices the protest; "Meanwhile, Russia
                # deployed troops to the border" is news of its own.
                out.append(group)
                continue
            if _ANOTHER_INCIDENT.search(said):
                out.append(group)  # "Police arrested two suspects in a separate incident."
                continue
            if first <= head.sentence and head.sentence - last <= 2 and (head.event in ("COERCE", "MOBILIZE") or _PROTESTERS.search(said)
                                                    or _LIVE_ROUNDS.search(said) or toll_only or forces_fired):
                protest.extend(group)
                continue
        out.append(group)
    return out


# What hurts people with nobody using force on them, told with the toll or before it (not "a
# collision between rival herders' groups").
_ACCIDENT = re.compile(r"\b(?:overturned|capsized|derailed|(?:collided|collision)(?!\s+between)|crashed\s+into|"
                       r"(?:aircraft|plane|airplane|helicopter|jet|chopper|bomber|fighter)\s+(?:has\s+|had\s+)?crashed|"
                       r"crashed\s+(?:during|on)\s+(?:a\s+)?(?:training|test|routine)\s+(?:flight|mission|exercise)|"
                       rf"(?:fire|explosion|blast|detonation)s?\s+(?:\w+\s+){{0,5}}?(?:at|in)\s+(?:an?\s+|the\s+)?(?:military\s+)?(?:{DEPOT}|warehouse)|"
                       r"(?:road|traffic|car|bus|boat|plane|mining|industrial)\s+(?:accident|crash)|stampede|"
                       r"food\s+poisoning|electrocuted|struck\s+by\s+lightning|(?:building|wall|bridge|mine|roof)\s+collapsed|"
                       r"landslides?|flash\s+floods?)\b", re.IGNORECASE)
# ... and an accident told as one ("exploded accidentally"; not "was not accidental")
_ACCIDENTALLY = re.compile(r"(?<!\bnot\s)(?<!\bno\s)\baccidental(?:ly)?\b", re.IGNORECASE)
# Modes that say how an attack was carried out.
_WEAPON_MODES = frozenset({"firearms", "explosives", "heavy-weapons", "aerial", "drone", "primitive", "beat",
                           "unconventional", "suicide-attack", "crowd-control", "sexual"})
_BURNED = re.compile(r"\b(?:burn(?:ed|t)\s+(?:alive|to\s+death)|died\s+in\s+the\s+(?:fire|blaze)|"
                     r"killed\s+in\s+the\s+(?:fire|blaze)|suffocat\w+|drown\w*)\b", re.IGNORECASE)
# ("killing an unspecified number of people", "An undetermined number of herders were killed")
# (people, not "an unknown number of cattle"; not those a fire set just before killed: "set fire to
# the village, killing an unknown number of residents")
_PEOPLE_NOUN = (r"(?:people|persons|civilians|villagers|residents|soldiers|troops|police\w*|officers|herders|farmers|men|women|"
                r"children|fighters|militants|worshipp?ers|passengers|miners|traders|students|guards|members|assailants)")
_UNCOUNTED_DEAD = re.compile(rf"\b(?:unspecified|undetermined|unknown|unconfirmed)\s+number\s+of\s+(?:[\w\-]+\s+)?"
                             rf"{_PEOPLE_NOUN}\s+(?:were\s+|was\s+)?(?:\w+\s+)?(?:killed|dead|died)\b|"
                             rf"\b(?:killing|killed)\s+an?\s+(?:unspecified|undetermined|unknown|unconfirmed)\s+number\s+of\s+"
                             rf"(?:[\w\-]+\s+)?{_PEOPLE_NOUN}\b", re.IGNORECASE)
_FIRE_KILLED = re.compile(r"\b(?:set\s+fire\s+to|torched|set\s+ablaze|set\s+(?:[\w\-]+\s+){0,3}?on\s+fire|razed|"
                          r"burn(?:ed|t)\s+(?:down|(?:[\w\-]+\s+){0,3}?(?:houses|homes|huts|village)))\b[^.;]{0,60}?\bkilling\b",
                          re.IGNORECASE)
# ACLED's closing figure ("3 fatalities. [size=900]"): the toll of the event just told.
_NOBODY_DIED = re.compile(r"(?:^|[.;\]]\s+)No\s+fatalities(?:\s+(?:and/or|or|and)\s+injuries)?(?:\s+(?:were\s+)?reported)?\.?\s*"
                          r"(?:\[[^\]]*\]\s*)?$")
_TOLL_NOTE = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?(?:\d[\d,]*\s+(?:fatalities|fatality|killed|deaths?|dead)|"
                        r"(?:total\s+|unknown\s+(?:number\s+of\s+)?)?fatalities\s+(?:unknown\s*[;,]\s*)?(?:were\s+)?coded\s+(?:as|to|at)\s+\d[\d,]*|"
                        # (ACLED's note without the word: "Unknown number coded as 3.")
                        r"unknown\s+number\s+coded\s+(?:as|to|at)\s+\d[\d,]*)"
                        # ("4 fatalities (incl. the bomber)", "3 fatalities including the bomber", "8
                        # fatalities from both sides")
                        r"(?:\s*\((?:incl\.?|including)\s+[^()]{1,40}\)|\s*,?\s+(?:including|incl\.?|among\s+them|"
                        r"(?:from|on)\s+(?:both|all)\s+sides)\b[^().;]{0,40})?\.?\s*(?:\[[^\]]*\]\s*)?$",
                        re.IGNORECASE)


# A later toll of the event just told: "two of the injured died in hospital, bringing the death
# toll to eight", "The death toll rose to 90 on 05/10/2021", "a third victim later succumbed",
# "His body was found on 03/06/2021".
_TOLL_UPDATE = re.compile(
    r"\b(?:bringing\s+the\s+(?:\w+\s+)?(?:death\s+)?toll|(?:death\s+)?toll\s+(?:later\s+|since\s+|now\s+)?(?:rose|climbed|increased|reached|"
    r"has\s+(?:since\s+)?risen|had\s+(?:since\s+)?risen|stood)|(?:raised|revised|updated)\s+the\s+(?:death\s+)?toll|"
    r"(?:initial|first|early|preliminary)\s+(?:\w+\s+)?(?:reports?|figures?|counts?)\s+put\s+the\s+(?:death\s+)?toll|"
    r"(?:later|since|subsequently)\s+(?:been\s+)?revised\s+(?:up(?:wards?)?\s+|down(?:wards?)?\s+)?to|"
    r"\w+\s+(?:of\s+them\s+)?died\s+(?:the\s+(?:following|next)\s+day|later|in\s+hospital)|"
    r"\bwho\s+(?:were|had\s+been)\s+(?:injured|wounded|hurt)\b[^.;]{0,60}?\b(?:died|succumbed)|"
    rf"\ba\s+{ORDINAL_WORDS}\s+{NOT_ANOTHER_INCIDENT}[^.;]{{0,100}}?\b(?:died|succumbed)|"
    r"(?:of\s+the\s+(?:injured|wounded|victims|hostages)(?:\s+[a-z]+)?|later|subsequently)\s+"
    r"(?:died|succumbed)|died\s+(?:later\s+)?(?:of|from)\s+(?:their|his|her)\s+(?:injuries|wounds)|succumbed\s+to|"
    r"(?:(?:his|her|their|the\s+(?:\w+\s+){0,2}?\w+['’]s)\s+(?:\w+\s+)?(?:bod(?:y|ies)|corpses?|remains)\s+|"
    r"the\s+(?:bod(?:y|ies)|corpses?|remains)\s+of\s+(?:\w+\s+){1,3}?)(?:was|were)\s+(?:later\s+|subsequently\s+)?"
    r"(?:found|discovered|recovered|dumped)|"
    # ... or an earlier figure for it: "Earlier he had put the toll at five dead".
    r"put\s+the\s+(?:death\s+)?toll\s+at|(?:earlier|initial|previous|first)\s+(?:toll|figure|count|reports?|statement)s?)\b",
    re.IGNORECASE)


_IN_CAPTIVITY = re.compile(r"\b(?:killed|executed|died|murdered|beheaded)\s+in\s+captivity\b|"
                           # ("On April 15, 2021, the assailants killed one of the hostages")
                           r"\b(?:killed|executed|murdered|beheaded)\s+(?:(?:one|two|three|four|five|six|all|both|\d+)\s+of\s+)?"
                           r"the\s+(?:\w+\s+)?(?:hostages|captives|abductees)\b|"
                           # ("the bodies of the six hostages", "the bodies of two hostages were recovered")
                           r"\bbod(?:y|ies)\s+of\s+(?:[\w\-]+\s+(?:of\s+)?)?(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|"
                           r"nine|ten|\d+)\s+)?(?:hostages?|captives?|abductees?|kidnapped|abducted)\b|"
                           # ("The two hostages were found dead on April 1, 2021")
                           r"\b(?:the|both|all)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                           r"(?:hostages|captives|abductees)\s+(?:were|had\s+been)\s+(?:later\s+|subsequently\s+)?"
                           r"(?:found\s+dead|killed|executed|beheaded|murdered)\b",
                           re.IGNORECASE)
# (what _IN_CAPTIVITY tells, the fate too: both are asked)
_HOSTAGES_FATE = re.compile(r"^\W*(?:on\s+[\w/ ,]{4,25}?\d{4},\s+)?(?:the|all(?:\s+(?:of\s+)?the)?|both(?:\s+(?:of\s+)?the)?|[\w\-]+(?:\s+of\s+the)?)\s+(?:\w+\s+)?(?:hostages?|captives?|abductees?|"
                            r"kidnapped|abducted|victims?)\b|;\s*the\s+(?:\w+\s+)?(?:hostage|captive|victim)\b|"
                            # (and the operation that freed them: "one kidnapper was killed in the rescue operation")
                            r"\b(?:was|were)\s+(?:later\s+)?(?:freed|rescued|released)\s+by\b|\brescue\s+operation\b|"
                            # ("Soldiers rescued the remaining hostages on May 24, 2021; two assailants were killed")
                            r"\b(?:rescued|freed)\s+(?:the\s+)?(?:remaining\s+|other\s+)?(?:\w+\s+)?(?:hostages|captives|abductees)\b|"
                            # ("Security forces ended the siege on March 5, 2020; four officials ... were killed")
                            # (not a town's siege lifted: "lifted the siege on Taiz")
                            r"\b(?:ended|ending|broke|lifted)\s+the\s+(?:siege|stand-?off|hostage\s+(?:crisis|situation))\b"
                            r"(?!\s+(?:of|around|against)\b|\s+on\s+(?!(?:\d|(?:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)))|"
                            r"\bthe\s+(?:siege|stand-?off|hostage\s+(?:crisis|situation))\s+(?:ended|was\s+(?:over|ended|broken))\b",
                            re.IGNORECASE)


# "The chief was found dead on March 27", "Acosta's body was found", "The bodies of two of the
# officers were found": who the sentence is about.
_FATE_SUBJECT = re.compile(r"^\W*(?:the\s+)?(?:(?:bod(?:y|ies)|corpses?|remains)\s+of\s+(?:[\w\-]+\s+of\s+)?(?:the\s+)?(?:[\w\-]+\s+)?|"
                           r"[\w\-]+\s+of\s+(?:the|his|her|their)\s+)?"  # "Two of the children were found dead"
                           r"(?:(?!(?:deputy|former|acting|vice|assistant|other)\b)[\w\-]+\s+)??(?P<who>[\w\-]+)(?:['’]s)?\s+(?:(?:\w+\s+)?(?:body|corpse|remains)\s+)?(?:was|were)\s+"
                           r"(?:later\s+|subsequently\s+)?(?:found|killed|executed|beheaded|shot|released|freed|rescued)\b",
                           re.IGNORECASE)


def _same_victim(said: str, previous: Sequence[Mention], text: str) -> bool:
    """The sentence tells the fate of someone the kidnapping before it took ("a village chief")."""
    m = _FATE_SUBJECT.match(said)
    if m is None or m.group("who").lower() in ("he", "she", "they", "it", "police", "troops", "soldiers", "one", "all"):
        return False
    if m.group("who").lower() in ("hostage", "hostages", "captive", "captives", "abductee", "abductees"):
        return True  # ("abducted three engineers. The body of one of the hostages was found")
    told = " ".join(text[p.evidence.start:p.evidence.end] for p in previous)
    # (among those taken, after the verb: "militants abducted three aid workers" took no militants)
    taken = re.search(r"\b(?:abduct|kidnapp?|seiz|took|taken|snatch|hijack)\w*", told, re.IGNORECASE)
    return taken is not None and re.search(rf"\b{re.escape(m.group('who'))}\b", told[taken.end():], re.IGNORECASE) is not None


# Weapons taken, or a further device found, after the attack: "the assailants seized weapons",
# "a second device was found and defused nearby".
_SPOILS = re.compile(rf"\b(?:seiz\w*|recover\w*|captur\w*|took|taken|carried\s+off|made\s+off|looted|{SECOND_DEVICE})\b",
                     re.IGNORECASE)


_ATTACKERS_TOOK = re.compile(r"\W*(?:the\s+)?(?:assailants|attackers|gunmen|militants|insurgents|raiders|jihadists|bandits)\s+"
                            r"(?:also\s+|then\s+)?(?:seized|took|stole|looted|carried\s+off|made\s+off\s+with)\b", re.IGNORECASE)


def _trophies(told: Sequence[Mention], group: Sequence[Mention], text: str) -> list[Mention]:
    """Weapons seized, or another device defused, after an attack that killed or hurt, and what
    the attackers themselves took: not the disrupted weapons use the attack was ("... and said it
    had seized weapons"). (A missile intercepted whose debris hurt people is still a disrupted use
    of that missile.)"""
    hurt = any((m.killed and m.killed.low) or (m.injured and m.injured.low) for m in group)
    first = min((m.evidence.start for m in told if m.event == "ASSAULT"
                 and m.acled_sub_event_type != "Disrupted weapons use"), default=None)
    return [m for m in told if m.acled_sub_event_type == "Disrupted weapons use"
            and first is not None and first < m.evidence.start
            and ((hurt and _SPOILS.search(text, m.evidence.start, m.evidence.end))
                 or _ATTACKERS_TOOK.match(text, m.evidence.start))]


def _one_state_relieving(actors: Sequence[Actor], recipients: Sequence[Actor]) -> bool:
    """Whether the sides are one and the same state's regular forces, at least two of them."""
    sides = [*actors, *recipients]
    return len({a.name for a in sides}) >= 2 and all(
        a.type == "State forces" and a.name.startswith(_REGULAR_FORCES)
        and a.name.partition(" of ")[2] == sides[0].name.partition(" of ")[2] for a in sides)


def _own_forces(actors: Sequence[Actor], location: Location | None) -> bool:
    """Whether the first actor is the state's own forces where it acts (a foreign army taking ground
    is, for ACLED, a non-state actor overtaking it)."""
    return bool(actors) and location is not None and actors[0].name.startswith(("Military Forces of", "Police Forces of")) \
        and actors[0].country == location.country


def _others_downed(told: Sequence[Mention], text: str) -> list[Mention]:
    """Weapons downed beside one that got through ("A missile hit a facility ... Air defences shot
    down another"): the strike told before them is the event."""
    strikes = [m.evidence.start for m in told if m.acled_sub_event_type in ("Air/drone strike",
                                                                             "Shelling/artillery/missile attack")]
    return [m for m in told if m.acled_sub_event_type == "Disrupted weapons use" and strikes
            and min(strikes) < m.evidence.start and _SOME_HIT.search(text, m.evidence.start, m.evidence.end)]


# A side's claim of the toll, told as a sentence of its own.
# (a group's full name may run long: "The Front for the Liberation of Cabinda / Cabinda Armed Forces
# (FLEC-FAC) claimed responsibility for the incident and stated that 12 soldiers had been killed")
_TOLL_CLAIM = re.compile(r"\W*(?:the\s+)?(?:[\w\-'’/()]+\s+){1,12}?claim(?:ed|s)\s+(?:that\s+)?(?:it\s+had\s+|they\s+had\s+|to\s+have\s+)?"
                         r"[^.;]{0,80}?\b(?:killed|died|dead|casualties|fatalities)\b", re.IGNORECASE)
# "claimed responsibility for a bombing in Mogadishu": an event of its own, not the one told before.
_ANOTHER_CLAIMED = re.compile(r"\bresponsib\w*\s+for\s+(?:an?|another|two|three|several)\b[^.;]{0,60}?\b(?:in|near|at)\s+(?-i:[A-Z])",
                              re.IGNORECASE)


def _same_scene(claims: Sequence[Mention], event: Sequence[Mention], text: str) -> bool:
    """A claim tells the event before it only with no place, date or claimed attack of its own
    ("ISWAP claimed it killed 20 soldiers in a raid on a base in Marte" is another raid)."""
    places = {(m.place.geonameid, m.place.name) for m in event if m.place is not None}
    # (a province or country that holds the event's place is no other scene: "the Front for the
    # Liberation of Cabinda ... stated that 12 soldiers had been killed", after Buco-Zau, Cabinda)
    areas = {(m.place.country, m.place.admin1) for m in event if m.place is not None} \
        | {(m.place.country, None) for m in event if m.place is not None}
    days = {(m.date.start, m.date.end) for m in event}
    return all((m.place is None or (m.place.geonameid, m.place.name) in places
                or (m.place.feature in ("admin1", "country")
                    and (m.place.country, m.place.admin1 if m.place.feature == "admin1" else None) in areas))
               and (m.date.text is None or (m.date.start, m.date.end) in days)
               and not _ANOTHER_CLAIMED.search(text, m.evidence.start, m.evidence.end) for m in claims)


_ANOTHER_INCIDENT = re.compile(r"\b(?:separate|another|unrelated|different)\s+(?:\w+\s+)?(?:incident|operation|attack|raid|case)",
                               re.IGNORECASE)
# Hostages of another kidnapping, besides another incident: "found in another province", "from a
# 2019 kidnapping".
_ELSEWHERE_HOSTAGES = re.compile(r"\b(?:separate|another|unrelated|different)\s+(?:\w+\s+)?(?:province|region|district|town|"
                                 r"state|village)|\bfrom\s+(?:an?|the)\s+(?:(?:19|20)\d\d|previous|earlier|separate|older)\s+"
                                 r"(?:kidnapping|abduction|attack|raid)", re.IGNORECASE)
# ("the other was rescued by soldiers in a separate operation": the hostages' fate all the same)
_RESCUED_APART = re.compile(r"\b(?:rescued|freed)\s+(?:by\s+[\w\s\-]{1,40}?\s+)?in\s+a\s+separate\s+operation\b", re.IGNORECASE)


def _rescuers_apart(m: Mention) -> Mention:
    """A mention of the hostages' rescue with the state forces that freed them as recipients."""
    rescuers = tuple(a for a in m.actors if a.type == "State forces")
    if not rescuers:
        return m
    return replace(m, actors=tuple(a for a in m.actors if a not in rescuers), recipients=(*m.recipients, *rescuers))


# A sentence that only tells who was killed or hurt: "One young man was killed by a gunshot during
# the clashes", "3 riders were injured by gunshots", "7 insurgents were killed, while 3 soldiers
# were wounded".
_CASUALTY_SENTENCE = re.compile(r"^\W*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|several|another)\s+"
                                r"(?:[\w\-]+\s+){0,4}?(?:was|were)\s+(?:also\s+|reportedly\s+|later\s+)?(?:shot\s+dead|killed|"
                                r"injured|wounded|hurt)\b(?![^.;]*\b(?:in|at|near)\s+(?-i:[A-Z]))", re.IGNORECASE)


# ... unless they say they are another scene's ("elsewhere in the territory", "in another part of
# town") or name a doer of their own ("were killed by Mai-Mai militiamen").
_OTHER_SCENE = re.compile(r"\b(?:elsewhere|another\s+part|other\s+parts?|separate(?:ly)?|in\s+another|unrelated|meanwhile)\b",
                          re.IGNORECASE)
_OWN_AGENT = re.compile(r"\bby\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:gunmen|militia\w*|militants|rebels|soldiers|police\w*|"
                        r"forces|troops|assailants|attackers|bandits|fighters|insurgents|jihadists|(?-i:[A-Z][\w\-]+))\b",
                        re.IGNORECASE)


def _fold_toll_notes(groups: list[list[Mention]], text: str, summary: bool = False) -> list[list[Mention]]:
    """A sentence that only states a toll belongs to the event before it, whatever its type; a
    sentence that updates the toll of a violent event ("bringing the death toll to eight")
    belongs to it too, dated or not."""
    out: list[list[Mention]] = []
    for group in groups:
        said = [text[m.evidence.start:m.evidence.end] for m in group]
        if out and all(_TOLL_NOTE.match(x) for x in said):
            out[-1].extend(group)
            continue
        if summary and out and out[-1][0].event in ("ASSAULT", "PROTEST") and all(m.event == "ASSAULT" for m in group) \
                and all(m.date.start == out[-1][0].date.start for m in group) and all(_CASUALTY_SENTENCE.match(x) or _TOLL_NOTE.match(x) for x in said) \
                and not any(_OTHER_SCENE.search(x) or _ANOTHER_INCIDENT.search(x) or _OWN_AGENT.search(x) for x in said):
            # A report of one incident (an ACLED note) tells its casualties after the act: they are
            # the act's, whatever other figure came before (and so is its closing "1 fatality.").
            out[-1].extend(group)
            continue
        if out and out[-1][0].event == "ASSAULT" and all(m.event == "ASSAULT" and not m.modes for m in group) \
                and all(_TOLL_UPDATE.search(x) for x in said):
            out[-1].extend(group)
            continue
        if out and out[-1][0].event == "ASSAULT" and all(m.event == "ASSAULT" for m in group) \
                and _TOLL_CLAIM.match(text, group[0].evidence.start) and _same_scene(group, out[-1], text):
            # "The PDF claimed 11 soldiers were killed": a side's claim about the event just told.
            told = out[-1][0].background
            out[-1] = _claims_yield([*out[-1], *(replace(m, background=told) for m in group)], text)
            continue
        if out and any("abduct" in m.modes for m in out[-1]) \
                and not any(_ANOTHER_INCIDENT.search(_RESCUED_APART.sub("", x)) or _OTHER_SCENE.search(_RESCUED_APART.sub("", x))
                            for x in said) \
                and all(m.event == "ASSAULT" for m in group) and all(
                    _HOSTAGES_FATE.search(x) or _IN_CAPTIVITY.search(x) or _same_victim(x, out[-1], text) for x in said):
            # "The hostages were later executed": the fate of those taken is the kidnapping's.
            # (The forces that freed them are not its perpetrators: "freed by gendarmes".)
            # ("The pastor was killed in captivity on May 30": one taken, dead on top of the
            # attack's own dead, on a later day of the same incident)
            out[-1].extend(_rescuers_apart(replace(m, killed=None, killed_extra=m.killed.low, date=out[-1][0].date)
                                           if m.killed and _IN_CAPTIVITY.search(text, m.evidence.start, m.evidence.end)
                                           else m) for m in group)
            continue
        out.append(_claims_yield(group, text))
    return out


_TAKERS_NOUN = re.compile(r"(?:gunm[ae]n|assailants?|attackers?|kidnappers?|abductors?|bandits?|militants?|suspects?|"
                          r"perpetrators?|hostage-takers?)", re.IGNORECASE)


def _found_is_taken(found: re.Match[str], group: Sequence[Mention], text: str) -> bool:
    """"He was found dead", or the name or noun of the one the kidnapping took ("kidnapped a
    journalist, Carlos Mena ... Mena was found dead", "abducted a school principal and two
    teachers ... The principal was later found dead"), not any capitalised word."""
    who = found.group("noun") or re.match(r"\W*([\w'’\-]+)", found.group()).group(1)  # type: ignore[union-attr]
    if who.lower() in ("he", "she"):
        return True
    if _TAKERS_NOUN.fullmatch(who):
        return False  # "The gunman was later found dead": one of those who took them
    told = " ".join(text[m.evidence.start:m.evidence.end] for m in group)
    # (not "abducted three students from the principal's residence", nor "the wife of a chief": whose
    # house or wife it was)
    return re.search(rf"(?<!\bof\sa\s)(?<!\bof\san\s)(?<!\bof\sthe\s)(?<!\bof\shis\s)(?<!\bof\sher\s)"
                     rf"(?<!\bof\sa\slocal\s)\b{re.escape(who)}\b(?!['’]s)", told, re.IGNORECASE) is not None


def _claims_yield(group: list[Mention], text: str) -> list[Mention]:
    """A side's claimed toll is no figure where the event's own toll was reported ("killing 4
    soldiers. The army claimed 30 militants were killed" is 4)."""
    claims = [m for m in group if _TOLL_CLAIM.match(text, m.evidence.start)]
    if not claims or not any(m.killed is not None for m in group if m not in claims):
        return group
    return [replace(m, killed=None, injured=None, killed_attackers=0, killed_extra=0, killed_perpetrators=0,
                    injured_extra=0) if m in claims else m for m in group]


# ACLED tags the crowd of a demonstration, and only of one, with its size: "[size=around 200]".
_CROWD_SIZE = re.compile(r"\[size=[^\]]{1,60}\]")
_SIZED_MISREAD = frozenset({"Attack", "Armed clash", "Arrests", "Looting/property destruction"})  # what a crowd's note is misread as
# ... and the crowd it must name (not "police shot dead a suspected robber ... [size=no report]")
_CROWD_NAMED = re.compile(r"\b(?:crowds?|gather\w*|protest\w*|demonstrat\w*|march\w*|rall(?:y|ies|ied)|strik(?:e|es|ing|ers)|"
                          r"groups?\s+of\s+(?:young\s+)?men|young\s+men|gangs\s+of\s+youths|graduates|unemployed|jobless|"
                          r"mobs?|residents|students|traders|vendors|\w*workers|villagers|youths|supporters|community|"
                          r"miners|farmers|teachers|drivers|nurses|doctors|employees|pensioners|customers|depositors|commuters|"
                          r"labou?rers|professionals|fishermen|participants|retirees|seafarers|dockers|"
                          r"members\s+of\s+the\s+public|inmates|prisoners|sit-in|(?:human|solidarity)\s+chain|"
                          r"women|mourners|relatives|mothers|families|activists(?=\s+who\s+(?:had\s+)?(?:tried|attempted|gathered|staged|"
                          r"blocked|marched|held|carried|were\s+(?:protesting|demonstrating|marching|blocking|holding|carrying))))\b", re.IGNORECASE)
# ... or a looser word for one, when it is not those shot or arrested ("police shot dead three
# people at a checkpoint", "arrested a group of journalists", "as people looked on")
_CROWD_LOOSE = re.compile(r"\b(?:people|riders|group\s+of)\b(?!\s+(?:looked\s+on|watched|soldiers|police|journalists|men|gunmen))",
                          re.IGNORECASE)
_CROWD_STRUCK = re.compile(r"\b(?:shot|killed|arrested|detained|dead|wounded|injured|kidnapped|abducted|beat|beaten|assaulted)\s+"
                           r"(?:\w+\s+){0,3}$",
                           re.IGNORECASE)
# ... nor one yet to gather ("arrested activists ahead of planned gatherings [size=no report]")
_CROWD_TO_COME = re.compile(TO_COME + r"[\w\-]+", re.IGNORECASE)
# (armed men killing or fighting are no crowd, whatever a note's tag says)
_ARMED_MEN = re.compile(r"\b(?:militants?|gunm[ae]n|insurgents?|rebels?|jihadists?|maoists?|cadres?|fighters?|"
                        r"attackers?|assailants?|bandits?|terrorists?)\b", re.IGNORECASE)
_SET_UPON = re.compile(r"\b(?:attack\w*|beat(?!\s+(?:pots|pans|drums|saucepans|casseroles)\b)\w*|assault\w*|lynch\w*|ston(?:ed|ing)|whipp\w*|hack\w*|kill\w*|injur\w*|"
                       r"wound\w*|stabb\w*|set\s+(?:upon|alight)|burn\w*\s+(?:\w+\s+)?(?:alive|to\s+death))\b", re.IGNORECASE)
_RIOTING = re.compile(r"\b(?:vandali[sz]\w*|loot\w*|torch\w*|set\s+fire|burn(?:ed|t|ing)|ston(?:ed|ing)|pelt\w*|threw|ransack\w*|smash\w*|"
                      r"stormed)\b", re.IGNORECASE)
# (the forces' own storming or burning is no riot: "police stormed a sit-in by students")
_STATE_DOER = re.compile(r"\b(?:police\w*|soldiers|troops|forces|army|gendarm\w*|officers|guards)\b"
                         r"(?:(?!\b(?:who|which|that|people|protesters|crowds?|residents|youths|demonstrators)\b)[^.;,])*$",
                         re.IGNORECASE)


def crowd_sized(text: str) -> bool:
    """Whether ``text`` is an ACLED note with a crowd's size that names a crowd gathered: a
    demonstration even where no word of it is a protest verb ("farmers drove some 40 tractors into
    Rennes to demand ... [size=some 40 tractors]")."""
    return bool(_CROWD_SIZE.search(text)) and bool(_CROWD_NAMED.search(_CROWD_TO_COME.sub(" ", text)))


def _sized_note(mentions: Sequence[Mention], text: str) -> bool:
    """Whether the document is an ACLED note with a crowd's size whose news reads as no
    demonstration (the crowd the tag speaks of is the note's only news: not the arrests after a
    lynching or a rape, nor a clash recalled)."""
    told_now = [m for m in mentions if not m.background and m.status == "occurred"]
    if not (told_now and _CROWD_SIZE.search(text)):
        return False
    text = _CROWD_TO_COME.sub(" ", text)
    crowd = bool(_CROWD_NAMED.search(text)) or any(
        not _CROWD_STRUCK.search(text, max(0, w.start() - 40), w.start()) for w in _CROWD_LOOSE.finditer(text))
    return crowd and all(m.event != "PROTEST" and m.acled_sub_event_type in _SIZED_MISREAD for m in told_now)


_FORCE_ON_CROWD = re.compile(r"\b(?:tear\s*gas|water\s+cannons?|rubber\s+bullets|dispers(?:e|ed|ing)|kettl(?:ed|ing)|"
                             # ("police removed striking miners who were blocking the road"; "detained 3
                             # women who laid flowers in memory of ...": what they were doing was the protest)
                             r"removed\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:protesters|demonstrators|miners|workers|strikers|drivers|"
                             r"farmers|students|residents|activists)|"
                             r"(?:detained|arrested)\s+(?:\d+|two|three|four|five|several|dozens\s+of)\s+(?:[\w\-]+\s+)?"
                             r"(?:people|women|men|activists|protesters|students|residents)\s+who\s+(?:were\s+)?"
                             r"(?:laid|laying|held|holding|staged|staging|chanted|chanting|carried|carrying|picketed|picketing)"
                             r"(?!\s+(?:[\w\-]+\s+)?(?:weapons|guns|arms|explosives|drugs|knives|ammunition|grenades|rifles)\b)|"
                             r"prevented\s+(?:\w+\s+){1,8}?from\s+(?:gathering|marching|protesting|assembling|rallying))\b",
                             re.IGNORECASE)


def _sized_crowd_type(group: Sequence[Mention], subs: set[str | None], said: str,
                      text: str = "") -> tuple[str, str, tuple[str, ...]] | None:
    """A note with a crowd's size tells a demonstration, whatever words it used for the crowd
    ("opened fire on a crowd that had gathered peacefully ... [size=around 200]"): force on it by
    the state is its response, violence by it a riot."""
    if _ARMED_MEN.search(said) or any(a.type in ARMED_GROUP_TYPES for m in group for a in m.actors):
        return None
    if any(a.type == "State forces" for m in group for a in m.actors):
        if any(not _STATE_DOER.search(said, max(0, w.start() - 40), w.start()) for w in _RIOTING.finditer(said)):
            return "PROTEST", "Violent demonstration", ("riot",)  # (force on rioters, as ACLED codes it)
        if any(m.killed or m.injured for m in group):
            return "ASSAULT", "Excessive force against protesters", ("firearms",)
        return "PROTEST", "Protest with intervention", ("demo",)
    if "Arrests" in subs:
        # (arrests, by whoever made them, in a note that tells the force used on the crowd:
        # "police fired tear gas to disperse supporters ... Several people were arrested.")
        return ("PROTEST", "Protest with intervention", ("demo",)) if _FORCE_ON_CROWD.search(text) else None
    # (a crowd set upon people is a mob; one that loots and burns, or stones the police, riots)
    return ("ASSAULT", "Mob violence", ("beat",)) if _SET_UPON.search(said) and not CROWD_ON_FORCES.search(said) \
        else ("PROTEST", "Violent demonstration", ("riot",))


def _protest_type(group: Sequence[Mention], text: str = "",
                  sized: bool = False) -> tuple[str, str, tuple[str, ...]] | None:
    """(event, sub-event, modes) of a protest event once the response is folded in. ``sized``:
    the document is a note with a crowd's size whose events read as no demonstration."""
    subs = {m.acled_sub_event_type for m in group}
    if not any(m.event == "PROTEST" or m.acled_sub_event_type == "Excessive force against protesters" for m in group):
        return _sized_crowd_type(group, subs, " ".join(text[m.evidence.start:m.evidence.end] for m in group), text) \
            if sized else None
    if "Violent demonstration" in subs:
        # ACLED: force used on rioters, lethal or not, stays a violent demonstration; excessive
        # force is lethal force against peaceful protesters.
        return "PROTEST", "Violent demonstration", ("riot",)
    def told(m: Mention) -> str:
        return text[m.evidence.start:m.evidence.end]

    # ("riot police fired live ammunition to disperse contract lecturers": told in the protest's own
    # sentence too)
    live = any((m.event == "ASSAULT" and _LIVE_ROUNDS.search(told(m))) or _LIVE_FIRED.search(told(m))
               or ((m.killed or m.injured) and _BY_BULLETS.search(told(m))) for m in group)
    if not live and "Excessive force against protesters" not in subs and \
            _SELF_HARM.search(" ".join(told(m) for m in group)):
        return "PROTEST", "Peaceful protest", ("demo",)  # a protester who set himself on fire hurt himself
    hurt = [m for m in group if m.event == "ASSAULT" and (m.killed or m.injured)]
    # ("Israeli forces fired tear gas and rubber-coated bullets, injuring 17", "charged batons ...,
    # injuring 7 activists": hurt by the means of crowd control, an intervention)
    crowd_control = not any(m.killed for m in group) and all(
        _LESS_LETHAL.search(told(m)) and not GRAVELY_HURT.search(told(m)) for m in hurt)
    if "Excessive force against protesters" in subs or live or (hurt and not crowd_control):
        return "ASSAULT", "Excessive force against protesters", ("firearms",)
    if "Protest with intervention" in subs or any(m.event in ("COERCE", "ASSAULT") for m in group):
        if any(m.injured and GRAVELY_HURT.search(told(m)) for m in group):
            # ("police fired tear gas shells directly at traders ... A protester was hit in the
            # head and critically injured": grave harm done by the intervention)
            return "ASSAULT", "Excessive force against protesters", ("firearms",)
        return "PROTEST", "Protest with intervention", ("demo",)
    said = " ".join(text[m.evidence.start:m.evidence.end] for m in group)
    end = max(m.evidence.end for m in group)
    following = re.match(r"[^.!?]{0,300}[.!?]?", text[end:end + 300])
    if _RESPONSE.search(said) or (following and _RESPONSE.search(following.group())):
        # "Police arrived and controlled the situation": forces stepped in.
        return "PROTEST", "Protest with intervention", ("demo",)
    return None


def consolidate(
    document_id: str,
    mentions: Sequence[Mention],
    attribution_hits: Sequence[AttributionHit],
    sentence_of: Callable[[int], int],
    locate: Callable[[Place, int], Location],
    fallback: Location | None,
    text: str = "",
    summary: bool = False,
) -> list[Event]:
    """The events of one document from its mentions, in reading order."""
    groups = _fold_toll_notes(_fold_protest_responses(group_mentions(mentions), text), text, summary)
    attributions = _attach(attribution_hits, groups, sentence_of, summary)
    sized = _sized_note(mentions, text)
    events: list[Event] = []
    armed = any(m.modes for g in groups for m in g)
    for index, group in enumerate(groups):
        if not armed and all(not m.modes and not m.actors for m in group) \
                and _ACCIDENT.search(text, 0, max(m.evidence.end for m in group)):
            # "A bus overturned near Mbeya. Twelve people were hospitalised.", "A stampede at a
            # religious gathering killed 21 people": no one's violence
            continue
        if all(not (m.strong or m.killed or m.injured) for m in group) and any(m.died_later or m.killed_extra for m in group) \
                and not _WOUNDED_BEFORE.search(text, max(0, group[0].evidence.start - 200), group[0].evidence.start):
            continue  # "He died in hospital" with no attack told before it: an illness, an accident
        # ACLED's closing "18 fatalities." is the coded figure: it wins over "killing around 20",
        # and it names no type of its own ("5 fatalities." after an ambush is still a clash).
        notes = [m for m in group if _TOLL_NOTE.match(text[m.evidence.start:m.evidence.end])]
        if len(notes) == len(group) and (_ACCIDENT.search(text) or _ACCIDENTALLY.search(text)):
            # ("an ammunition store ... exploded accidentally, killing 2 soldiers. 2 fatalities.":
            # the closing toll of an accident is no attack; the note's own development tells it)
            continue
        told = [m for m in group if m not in notes] or group
        trophies = _trophies(told, group, text)
        told = [m for m in told if m not in trophies] or told
        downed = _others_downed(told, text)
        told = [m for m in told if m not in downed] or told
        # (a response folded in with its own denial, "no injuries reported", leaves the event told)
        main = max(told, key=lambda m: (m.status == "occurred" or group[0].status != "occurred", m.rank, not m.headline))
        modes: list[str] = []
        for m in sorted((m for m in group if m not in trophies), key=lambda m: -m.rank):
            modes.extend(x for x in m.modes if x not in modes)
        if not [x for x in modes if x != "targeted"]:
            for m in group:
                modes.extend(x for x in m.fallback_modes if x not in modes)
        if main.event == "ASSAULT" and not set(modes) & _WEAPON_MODES \
                and any((m.killed and m.killed.low) or (m.injured and m.injured.low)
                        or (_UNCOUNTED_DEAD.search(text, m.evidence.start, m.evidence.end)
                            and not _FIRE_KILLED.search(text, m.evidence.start, m.evidence.end)) for m in group) \
                and not any(_BURNED.search(text[m.evidence.start:m.evidence.end]) for m in group):
            # People killed or hurt in a raid told only by what was burnt or who was taken
            # ("killing residents and burning houses"): with no weapon named, most such
            # reports are of shootings (GTD's Armed Assault).
            modes.append("firearms")
        dated = next((m for m in group if m.date.text), group[0])
        placed = [m for m in group if m.place is not None]
        best_place = min(placed, key=lambda m: (m.precision or 3, m.headline)) if placed else None
        location = locate(best_place.place, best_place.precision or 1) if best_place and best_place.place else fallback
        attribution, responsible = combine(attributions.get(index, []))
        actors = _union([m.actors for m in group])
        struck = {a.name for m in group for a in m.recipients}
        # (not a group the report also tells as struck: "attacked a VDP post. Three VDP members
        # were killed")
        named = [a for a in actors if a.type in ARMED_GROUP_TYPES and not a.name.startswith("Unidentified")
                 and a.name not in struck]
        if attribution.status == "unclaimed" and named:
            # "Boko Haram militants abducted 11 fishermen. No group claimed responsibility": the
            # report names the doer without a claim, which GTD codes as a suspected perpetrator.
            attribution = Attribution("suspected", named[0].name, attribution.text)
        # A claimed or suspected perpetrator is the event's actor, as ACLED and GTD code it.
        if attribution.status in ("claimed", "suspected"):
            actors = _union([actors, responsible])
        # "Assailants attacked a PMF checkpoint. One fighter was killed.": the later clause
        # borrowed the group an armed doer struck; beside that doer, it is no doer.
        struck_by_doer = {r.name for m in group for r in m.recipients
                          if any(a.type in ARMED_GROUP_TYPES and a.name not in {b.name for b in m.recipients}
                                 for a in m.actors)}
        if not any(a.type in ARMED_GROUP_TYPES and a.name not in struck for a in actors):
            struck_by_doer = set()
        actors = tuple(a for a in actors if a.type not in ARMED_GROUP_TYPES or a.name not in struck_by_doer
                       or a.name == attribution.actor)  # (whoever is blamed did it)
        recipients = tuple(r for r in _union([m.recipients for m in group]) if r not in actors)
        # A coded incident (GTD, ACLED) counts everyone killed; prose (news, encyclopedia rows)
        # gives the victims' toll and tells the attackers' deaths apart, unless they are the
        # only dead it reports ("troops kill 15 militants").
        # "Eleven civilians were killed and six others were abducted ... The bodies of the six
        # hostages were found": the hostages' dead add to the attack's own.
        captive_dead = [m for m in group if m.killed and m.killed.low and not m.killed_extra
                        and _IN_CAPTIVITY.search(text, m.evidence.start, m.evidence.end)
                        and not _ANOTHER_INCIDENT.search(text, m.evidence.start, m.evidence.end)
                        and not _ELSEWHERE_HOSTAGES.search(text, m.evidence.start, m.evidence.end)
                        and any("abduct" in o.modes and o.killed and o.killed.low and o.evidence.start < m.evidence.start
                                for o in group)]
        group = [replace(m, killed=None, killed_extra=m.killed.low) if m in captive_dead and m.killed else m for m in group]
        attackers = max(m.killed_attackers for m in group)
        if not summary and any(m.killed for m in group):
            attackers = 0
        elif not summary:
            # With no victims dead, fighters killed are the toll ("troops kill 15 militants"),
            # but not an attack's own perpetrators ("wounding a priest; both attackers were shot").
            attackers = max(m.killed_attackers - m.killed_perpetrators for m in group)
        if summary and any(m.killed and attackers_within(text[m.evidence.start:m.evidence.end]) for m in group):
            attackers = 0  # ("In total, 148 people were killed, including the four gunmen": they are in it)
        if not any(m.killed and _IN_TOTAL.search(text, m.evidence.start, m.evidence.end) for m in group):
            # ("... then stabbed a police officer to death. Five people were killed in total": the
            # total holds him)
            attackers += max(m.killed_extra for m in group)
        sub = main.acled_sub_event_type
        if "explosives" in modes and "suicide-attack" not in modes and any(m.killed_attackers for m in group) \
                and (any(_DRIVEN_BOMB.search(text, m.evidence.start, m.evidence.end) for m in group)
                     # ("Twenty-one people were killed, in addition to the two bombers", "Twenty-nine
                     # people and the bomber died": in a coded incident, bombers among the dead)
                     or (summary and any(_BOMBERS_AMONG_DEAD.search(text, m.evidence.start, m.evidence.end) for m in group))) \
                and (not any(_NOT_WITH_THE_BOMB.search(text, m.evidence.start, m.evidence.end) for m in group)
                     or any(_BOMBER_DIED.search(text, m.evidence.start, m.evidence.end) for m in group)):
            # "An assailant detonated an explosives-laden vehicle ... In addition to the assailant,
            # six fighters were killed": the driver died with the bomb he set off (GTD's suicide).
            modes.append("suicide-attack")
            sub = "Suicide bomb" if sub in ("Remote explosive/landmine/IED", "Attack") else sub
        if sub == "Looting/property destruction" and any(m.acled_sub_event_type == "Attack" and m.killed and m.killed.low
                                                         for m in group):
            sub = "Attack"  # "killed six civilians ... and set fire to several shops": the killing is the event
        if sub == "Attack" and not main.actors and any(m.acled_sub_event_type == "Mob violence" and m.evidence.start < main.evidence.start
                                                        and _A_CROWD.search(text, m.evidence.start, m.evidence.end) for m in group):
            sub = "Mob violence"  # "a group of residents attacked foreign nationals ... 2 people were stabbed to death"
        if sub == "Abduction/forced disappearance" and any((m.killed and m.killed.low) or m.killed_extra for m in group):
            sub = "Attack"  # ACLED: an abduction with killings is coded as the attack it became
        if sub in ("Air/drone strike", "Shelling/artillery/missile attack") and not any(m.killed or m.injured for m in group) \
                and not _STRIKE_LANDED.search(text, main.evidence.start, main.evidence.end) \
                and any(m.acled_sub_event_type == "Disrupted weapons use" and not _SOME_HIT.search(text, m.evidence.start, m.evidence.end)
                        and not _PARTLY_INTERCEPTED.search(text, m.evidence.start, m.evidence.end) for m in group):
            # "launched 12 drones at Odesa; all were shot down" (not "air defences intercepted most
            # of the missiles": the rest landed)
            sub = "Disrupted weapons use"
        elif sub == "Disrupted weapons use" and any(_SOME_INTERCEPTED.search(text, m.evidence.start, m.evidence.end) for m in group):
            # "fired several missiles at military positions ... air defences intercepted some of
            # the missiles. 2 fatalities.": the strike landed.
            struck = [m.acled_sub_event_type for m in group if m.acled_sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack")]
            said = " ".join(text[m.evidence.start:m.evidence.end] for m in group)
            # (with no strike word beside it, the weapon tells which: rockets are shelling, drones air strikes)
            sub = struck[0] if struck else "Air/drone strike" if _DRONES.search(said) \
                else "Shelling/artillery/missile attack" if _PROJECTILES.search(said) else sub
        if sub in ("Shelling/artillery/missile attack", "Air/drone strike") and any(
                m.acled_sub_event_type == "Armed clash" and m.evidence.start < main.evidence.start for m in group) \
                and re.search(r"\b(?:responded|retaliated|returned\s+fire|hit\s+back)\b",
                              text[main.evidence.start:main.evidence.end], re.IGNORECASE):
            # "KNDF fighters ambushed a military column. The military responded with artillery.":
            # ACLED codes the fight, the artillery being its answer.
            sub = "Armed clash"
        if sub == "Non-violent transfer of territory" and _one_state_relieving(actors, recipients):
            # "the Assam Rifles were withdrawn from a checkpoint and replaced by CRPF personnel":
            # one state's forces relieving each other change a deployment, not who holds the land.
            sub = "Change to group/activity"
        if sub == "Non-state actor overtakes territory" and _own_forces(actors, location):
            sub = "Government regains territory"  # "GNA-affiliated forces took control of Tarhuna"
        if sub == "Sexual violence" and not (main.killed and main.killed.low) and any(
                m.killed and m.killed.low and m.acled_sub_event_type == "Attack" and m.evidence.start < main.evidence.start
                for m in told):
            # "raided Rufaa, killing 52 civilians ... Women were also raped": the killings are
            # what ACLED codes; rapes told after them are part of the attack (not "raped seven
            # women ... One of the women was killed when she resisted").
            sub = "Attack"
        if sub == "Attack" and not main.modes and any(m.acled_sub_event_type == "Armed clash" for m in group):
            # "attacked a VDP post ... 9 VDPs were killed": a toll told apart is the clash's.
            sub = "Armed clash"
        event_type = main.event
        protest = _protest_type(group, text, sized and not any(m.background for m in group))
        if protest is not None:
            event_type, sub, protest_modes = protest
            modes = list(dict.fromkeys([*protest_modes, *modes]))
        killed = notes[-1].killed if notes and notes[-1].killed else _max_count([m.killed for m in group], attackers)
        if summary and killed is not None and _NOBODY_DIED.search(text) and not any(m.background for m in group):
            # An ACLED note's closing "No fatalities and/or injuries reported." is its coded toll:
            # a death told as the cause ("rioted after a colleague was killed") is not the event's.
            killed = None
        if killed is None and any(m.refers for m in group):
            killed = _max_count([m.taken for m in group])  # "the hostages were executed": all of them
            freed = _freed(group, text)
            if killed is not None and freed:
                # "kidnapped 12 workers; 10 were later released. The hostages' bodies were found":
                # those not freed.
                killed = Count(killed.low - freed, None, killed.text) if killed.low > freed else None
            if killed is not None and sub == "Abduction/forced disappearance":
                sub = "Attack"
        taken = _max_count([m.taken for m in group])
        found = ONE_FOUND_DEAD.match(text, max(m.evidence.end for m in group))
        if killed is None and sub == "Abduction/forced disappearance" and found is not None \
                and ((taken is not None and taken.low == 1) or found.group("noun")) \
                and _found_is_taken(found, group, text):
            # "kidnapped a businessman ... He was found dead two days later": the one taken.
            killed, sub = Count(1, 1, found.group().strip() if found.group("noun") or taken is None else taken.text), "Attack"
        if sub == "Non-violent transfer of territory" and killed is not None and killed.low:
            # "captured Boni from the FAMa. 3 fatalities.": taken in a fight
            sub = "Government regains territory" if _own_forces(actors, location) else "Non-state actor overtakes territory"
        # Hurt told only as more ("Two assailants were also wounded") add up, sentence by sentence.
        further = {m.sentence: m.injured_extra for m in group if m.injured_extra}
        told_hurt = [m.injured for m in group if not m.injured_extra and m.injured is not None]
        injured = _max_count(told_hurt, sum(further.values()))
        dead_told = _max_count([m.killed for m in group])
        struck_hurt = _hurt_of_struck(group, dead_told)
        further = _beyond_the_struck(further, struck_hurt, group, text)
        if struck_hurt is not None and further and not told_hurt:
            # ("stabbed two tourists, one fatally, and injured a third person", "An assailant stabbed
            # three people ... The assailant was shot and wounded by police": those struck who
            # lived, and the further hurt told beside or after them)
            injured = _max_count([struck_hurt], sum(further.values()))
        elif injured is None or (struck_hurt is not None and _SUBSET.search(injured.text)):
            # ("stabbed three people ... One of the victims was seriously hurt": all three were hurt)
            injured = _max_count([injured, struck_hurt])
        moved = max(m.injured_died for m in group)
        if injured is not None and injured is struck_hurt and dead_told is not None and dead_told.low:
            moved = 0  # ("Two women were stabbed; one of them died of her injuries": the dead are out already)
        if injured is not None and 0 < moved <= injured.low:
            # "Nine were injured. One of the injured later died": eight injured, counted once.
            injured = Count(injured.low - moved, None if injured.high is None else injured.high - moved, injured.text)
        killed, injured = _died_later(group, killed, injured)
        evidence = tuple(sorted({m.evidence for m in group}, key=lambda s: s.start))
        support = len(group) + (location is not None) + (dated.date.text is not None)
        events.append(Event(
            document_id=document_id, event=event_type, modes=tuple(m for m in modes if m in PLOVER_MODES.get(event_type, ())),
            acled_event_type=acled_event_type(sub), acled_sub_event_type=sub,
            status=main.status, background=main.background, date=dated.date, location=location,
            actors=actors, recipients=recipients,
            killed=killed, injured=injured,
            attribution=attribution if event_type in _VIOLENT else Attribution(),
            evidence=evidence,
            confidence=min(0.95, 0.35 + 0.1 * support + (0.1 if main.strong else 0.0)),
        ))
    return events
