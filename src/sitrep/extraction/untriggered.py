"""An ACLED note that no trigger reads is still one event.

ACLED writes a note for every event it codes, so a note always tells one; the notes our trigger
lexicon misses are mostly strategic developments told in everyday words ("announced that they
would end underground activities", "moved into an outpost abandoned by the army", "put up posters
calling on villagers to ..."). Such a note gets one event of its first sentence, typed by the
likeliest reading of its words, with low confidence. A news article is no note: it tells what a
reporter chose, and a sentence without a trigger there is not an event.
"""

from __future__ import annotations

import re

from ..models import Actor, Count, DateInfo, Event, Location, Span
from ..ontology import acled_event_type
from .dates import document_anchor

# (below any event a trigger reads: consolidate's floor is 0.35)
NOTE_CONFIDENCE = 0.2
# GTD's "03/07/2017:" opens a summary of an attack, which a trigger always reads.
_GTD_OPENING = re.compile(r"\s*\d{1,2}/\d{1,2}/\d{4}\b")
# A grave found or people displaced today: news beside the killings or fighting they recall.
_FOUND_NOW = re.compile(r"\b(?:mass\s+graves?|(?:graves?|pits?)\s+containing|displaced|fled|exhumed)\b", re.IGNORECASE)
# What a crowd of a sized note came for ("to demand the implementation of promises"), or how it
# made itself seen ("occupied the landowner's estate and refused to leave") ...
_CROWD_PURPOSE = re.compile(r"\b(?:to\s+(?:demand|protest|denounce|condemn|call\s+for|press|oppose|reject|express|show\s+solidarity|"
                            r"commemorate|mark)|demanding|protesting|denouncing|condemning|in\s+protest|in\s+solidarity|against|"
                            r"over(?!\s+(?:the\s+)?(?:weekend|past|last|next|coming|following|previous|course|night|years?|months?|days?)\b)|"
                            r"chanting|slogans|placards|banners|occup(?:ied|ying)|refus\w+\s+to\s+leave|block(?:ed|ing|aded)|"
                            r"(?:gathered|assembled)\s+(?:at|outside|in\s+front\s+of|before)|marched|sit-in|camped|"
                            # ("rejecting the omnibus bill", "a caravan ... in support of workers")
                            r"rejecting|opposing|in\s+support\s+of|to\s+support|in\s+tribute|caravan|motorcade|cacerolazos?|"
                            r"honk\w*|waving\s+(?:flags|banners))\b", re.IGNORECASE)
# ... or what it did to someone: a mob's justice.
_CROWD_ON_SOMEONE = re.compile(r"\b(?<!\bby\s)(?:(?:caught|seized|paraded|chased|stripped|stoned|assaulted|beat)\s+(?:an?\s+|the\s+|two\s+|three\s+|"
                               r"several\s+|some\s+)?(?:[\w\-]+\s+){0,2}?(?:suspects?|thie(?:f|ves)|robbers?|m[ae]n|wom[ae]n|youths?|boys?|"
                               r"kidnappers?|witch(?:es)?|him|her|them)\b|beaten|lynch\w*|"
                               r"tied\s+(?:him|her|them|the\s+\w+)\s+(?:up|to)|"
                               r"handed\s+(?:him|her|them|the\s+(?:\w+\s+){0,3}?(?:suspects?|thie(?:f|ves)|men|man|boys?))\s+over\s+to)\b", re.IGNORECASE)
# Force the state used on the crowd, told anywhere in the note.
# (not "Police monitored the blockade, which dispersed peacefully", "Police did not disperse the
# crowd", nor a similar blockade dispersed last week)
_CROWD_CONTROLLED = re.compile(r"\b(?:police\w*|officers|agents|forces|troops|soldiers|gendarm\w*|ESMAD|carabineros|security)\b"
                               r"(?:(?!\b(?:not|never|without|which|who|had|refused|failed)\b)[^.;,]){0,60}?"
                               r"\b(?:dispers\w+(?!\s+peacefully)|tear\s*-?gas\w*|baton[- ]charg\w+|lathi[- ]charg\w+|water\s+cannons?|"
                               r"rubber\s+bullets|used\s+(?:mild\s+|excessive\s+)?force|broke\s+up|cleared\s+the)\b"
                               r"(?![^.;]*\b(?:similar|last\s+week|earlier|previous)\b)", re.IGNORECASE)
# ACLED's closing figure, which it codes whatever the event: "... The pilot was killed. 1 fatality."
_CLOSING_TOLL = re.compile(r"(?:^|[.\]]\s+)(?P<toll>(?P<n>\d[\d,]*)\s+fatalit(?:y|ies))\.?\s*$")
# A note names something of conflict or security, or an armed or state actor does it: "a cholera
# outbreak was declared", "the club opened a training facility" tell no conflict.
_CONFLICT = re.compile(
    r"\b(?:graves?|bod(?:y|ies)|remains|inmates|prisoners?|prisons?|jails?|detainees|escaped|drones?|UAVs?|forces|troops|"
    r"soldiers|army|military|militia\w*|rebels?|insurgents?|militants?|jihadists?|fighters|combatants|police|gendarm\w*|"
    r"security|curfew|checkpoints?|weapons?|arms|ammunition|explosives?|ceasefire|truce|peace|hostilities|insecurity|"
    r"fighting|clash\w*|attacks?|armed|peacekeep\w*|blockades?|barracks|war|conflict|occup\w*|cartel|gangs?|"
    r"separatists?|extremists?|hostages?|abduct\w*|kidnap\w*|pamphlets?|posters?|banners?|threat\w*|"
    r"warplanes?|(?:fighter|military)\s+(?:jets?|aircraft|planes?|helicopters?)|(?-i:Su|MiG|Mi|F)-\d+|"
    r"unexploded|ordnance|UXOs?|sappers|deminers|landmines?)\b", re.IGNORECASE)
# The likeliest sub-event type for the words of an untriggered note, first match wins:
# (sub-event type, PLOVER event, cue).
_READINGS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (sub, event, re.compile(cue, re.IGNORECASE)) for sub, event, cue in (
        # (ACLED's residual developments: mass graves, displacement)
        ("Other", "COERCE", _FOUND_NOW.pattern),
        # (not "pamphlets signed by the AGC", nor "declared the Skhirat agreement void")
        ("Agreement", "AGREE",
         r"\b(?:agreed|reached\s+an?\s+(?:[\w\-]+\s+){0,2}(?:agreement|deal|accord|truce|ceasefire)|"
         r"signed\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}(?:agreement|deal|accord|truce|ceasefire|memorandum)|"
         r"(?:agreement|deal|accord|truce|ceasefire)\s+was\s+(?:reached|signed|concluded))\b"),
        ("Headquarters or base established", "MOBILIZE",
         r"\b(?:inaugurated|installed|set\s+up|established|opened|built|building|constructed|constructing)\s+"
         r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,4}?(?:base(?!\s+stations?)|camp|barracks|outpost|post|headquarters|"
         r"office|unit|deployment|facility|garrison|station)\b|"
         r"\b(?:base|camp|barracks|outpost|headquarters|unit|garrison)\s+was\s+(?:inaugurated|installed|set\s+up|established|opened)\b"),
        # (property damaged or taken with nobody hurt; not "houses were damaged in a strike by drones")
        ("Looting/property destruction", "ASSAULT",
         r"^(?!.*\b(?:strikes?|drones?|shell\w*|bomb\w*|explosions?|IEDs?|missiles?|rockets?|mortars?)\b)"
         r".*\b(?:looted|pillaged|ransacked|vandali[sz]ed|smashed|torched|set\s+(?:\w+\s+){0,3}?on\s+fire|"
         r"burn(?:ed|t)\s+(?:down\s+)?(?:an?|the|their|his|her|several|\d+)\b|damaged|destroyed|stole|"
         r"took\s+(?:food|supplies|livestock|cattle|goods))"),
        # (ground changing hands with no fight: "moved into an outpost abandoned by the army")
        ("Non-violent transfer of territory", "RETREAT",
         r"\b(?:took\s+(?:control|over)|moved\s+into|handed\s+over\s+(?:the\s+)?(?:control|security|area|town|base|camp|"
         r"positions?|posts?|territory)|vacated|abandoned|pulled\s+out|"
         # (not "withdrawn from the Deir Ez-Zor Military Council")
         r"withdr[ea]wn?\s+(?:\w+\s+){0,3}?from\s+(?!(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:talks|council|negotiations|agreement|"
         r"deal|dialogue|race|elections?|government|coalition|parliament|process)\b))\b"),
        ("Change to group/activity", "MOBILIZE",
         r"\b(?:announc(?:ed|ing)|declar(?:ed|ing)|decided|resolved|pledged|vowed|surrendered|defected|disbanded|dissolved|merged|"
         r"split|formed|launched|suspended|postponed|called\s+off|resumed|recruited|deployed|reinforced|moved\s+additional|"
         r"began|started|imposed|lifted|banned|closed|ordered|relocated|redeployed|"
         r"moved\s+(?:their|its)\s+(?:base|camp|headquarters|positions?))\b"),
        # (people freed, not "released a statement")
        ("Other", "RETREAT", r"\b(?:released|freed)\s+(?:\w+\s+){0,3}?(?:hostages|captives|prisoners|detainees|people|civilians|"
                             r"men|women|children|students|workers|activists|members|\d+)\b"),
    ))


def is_note(text: str) -> bool:
    """Whether ``text`` is an ACLED-style note: it opens with its event's day ("On 9 March 2021,",
    "Around 19 March 2021 (as reported),", "Looting: On ...")."""
    return not gtd_summary(text) and document_anchor(text) is not None


def gtd_summary(text: str) -> bool:
    """Whether ``text`` opens as a GTD summary does ("03/07/2017: ...")."""
    return _GTD_OPENING.match(text) is not None


def note_event(document_id: str, text: str, end: int, actors: tuple[Actor, ...],
               location: Location | None, date: DateInfo, recalled: bool = False,
               crowd: bool = False) -> Event | None:
    """The one event of an ACLED note whose first sentence ends at ``end`` and tells no event as
    news: a strategic development, "Other" unless its words say which. ``recalled``: the sentence
    does tell an event, but as background ("announced that it had killed 10 PDF members"), which
    leaves a development only where the sentence finds a grave or displaces people today. None
    where the note names no conflict (see _CONFLICT). ``crowd``: the note tags a crowd's size, which
    ACLED gives only a demonstration: mob violence where the crowd sets upon someone, a peaceful
    protest where it says what it came for or how it made itself seen, else the words decide."""
    said = text[:end]
    if crowd and not recalled and _CROWD_ON_SOMEONE.search(said):
        # ("residents caught a suspected thief and paraded him naked through the market")
        sub, event, modes = "Mob violence", "ASSAULT", ("beat",)
    elif crowd and not recalled and _CROWD_PURPOSE.search(said):
        # (the note's next sentences may tell the state's answer: "Police used mild force to
        # disperse the crowd", "ESMAD agents dispersed the blockade with tear gas")
        sub = "Protest with intervention" if _CROWD_CONTROLLED.search(text) else "Peaceful protest"
        event, modes = "PROTEST", ("demo",)
    elif (not actors and not _CONFLICT.search(said)) or (recalled and not _FOUND_NOW.search(said)):
        return None
    else:
        sub, event = next(((s, e) for s, e, cue in _READINGS if cue.search(said)), ("Other", "COERCE"))
        modes = ()
    toll = _CLOSING_TOLL.search(text)
    n = int(toll["n"].replace(",", "")) if toll else 0
    killed = Count(n, n, toll["toll"]) if toll and n else None
    return Event(document_id=document_id, event=event, modes=modes, acled_event_type=acled_event_type(sub),
                 acled_sub_event_type=sub, date=date, location=location, actors=actors, killed=killed,
                 evidence=(Span(len(said) - len(said.lstrip()), end),
                           *((Span(toll.start("toll"), toll.end("toll")),) if killed else ())),
                 confidence=NOTE_CONFIDENCE)
