"""Killed and injured figures with the phrase they came from.

Rules (README "Coding rules: casualties"):
- "46 people were killed" -> 46/46; "at least 12", "more than 100" -> 12/None, 101/None;
  "10 to 15" -> 10/15; "nearly/about 50" -> 50/50.
- Vague words take ACLED's conservative values: dozens 12, several 3, tens 10, hundreds 100.
- "an unknown number" gives no figure.
- Groups joined in one clause are summed: "two soldiers and three civilians were killed" -> 5.
- A singular subject with "was killed" is one death.
- Victim groups that are the attackers ("the assailant", "five militants") are flagged, because
  GTD counts attackers in its totals while other figures in the same report may not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import NUMBER, parse_number

KILLED, INJURED = "killed", "injured"

_QUAL = (r"(?:at\s+least|more\s+than|over|nearly|almost|about|around|approximately|some|up\s+to|"
         r"as\s+many\s+as|at\s+most|fewer\s+than|less\s+than|roughly|an\s+estimated|a\s+total\s+of|"
         r"reportedly|another|an\s+additional|a\s+further)")
_NUM = (rf"(?:between\s+{NUMBER}\s+and\s+{NUMBER}\b|(?:{_QUAL}\s+)?{NUMBER}\b(?:\s*(?:-|to|or)\s*\d+\b)?)")
_KILL_VERB = (r"(?:killed|dead|died|slain|murdered|executed|beheaded|massacred|shot\s+dead|"
              r"lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|perished|fatalities|deaths|"
              r"bodies|hacked\s+to\s+death|burned\s+to\s+death|stabbed\s+to\s+death|beaten\s+to\s+death|"
              r"lynched|assassinated)")
_INJURE_VERB = r"(?:injured|wounded|hurt|injuries|suffered\s+(?:\w+\s+)?injuries)"
_AUX = r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got|being|been)\s+)"
_ADV = r"(?:(?:reportedly|allegedly|also|later|all|critically|seriously|severely|slightly|lightly|fatally|reported|confirmed|left|found)\s+)"
# Words between the number and the verb: the victim noun phrase ("people", "police officers",
# "fighters from the 5th Brigade"); no other number and no sentence break inside.
_GAP = (r"(?:(?!(?:and|or|were|was|killed|injured|wounded|dead|died|killing|injuring|wounding)\b)"
        r"[\w'’()\-]+[,]?\s+){0,12}?")
_ATTACKER = re.compile(
    r"\b(?:assailants?|attackers?|gunm[ae]n|militants?|insurgents?|terrorists?|bombers?|"
    r"perpetrators?|suspects?|jihadists?|fighters? of the|rebels?)\b", re.IGNORECASE)
_WEAPON = re.compile(r"\b(?:bombs?|explosions?|blasts?|attacks?|shells?|rockets?|missiles?|"
                     r"strikes?|IEDs?|devices?|grenades?|mines?|vehicles?|cars?)\b", re.IGNORECASE)

# "46 people were killed", "two soldiers and three civilians were killed", "46 killed"
_SUBJECT_FIRST = re.compile(
    rf"\b(?P<nums>(?:{_NUM}\s+{_GAP}(?:,\s*(?!and\b)|(?<!,\s)and\s+|as\s+well\s+as\s+))*{_NUM})\s+"
    rf"(?P<gap>{_GAP})(?P<aux>{_AUX})?{_ADV}?{_ADV}?(?:\w+\s+and\s+)?(?P<verb>{_KILL_VERB}|{_INJURE_VERB})\b",
    re.IGNORECASE,
)
# "killed 26 people", "killing at least 12", "Kills 46", "left 5 dead", "wounding two others"
_VERB_FIRST = re.compile(
    rf"\b(?P<verb>kill(?:ed|ing|s)?|injur(?:ed|ing|es)|wound(?:ed|ing|s)?|claim(?:ed|ing)?\s+the\s+lives\s+of|"
    rf"left|leaving|death\s+toll\s+(?:\w+\s+){{0,3}}(?:to|at|of)|toll\s+(?:rose|climbed|reached)\s+to)\s+"
    rf"(?P<nums>{_NUM})(?=(?P<tail>(?:\s+[\w'’\-]+){{0,4}}))",
    re.IGNORECASE,
)
# A lone attacker killed by the security forces: GTD counts the attacker in its total.
_ATTACKER_KILLED = re.compile(
    r"\b(?:(?:killed|shot\s+dead|shot\s+and\s+killed|neutrali[sz]ed)\s+(?:the|an?|one)\s+(?:suicide\s+)?"
    r"(?:assailant|attacker|gunman|bomber|perpetrator|terrorist|militant)\b|"
    r"(?:the|an?|one)\s+(?:suicide\s+)?(?:assailant|attacker|gunman|bomber|perpetrator)\s+(?:was|were)\s+"
    r"(?:also\s+)?(?:killed|shot\s+dead))", re.IGNORECASE)
# "The victim was injured", "the officer suffered serious injuries": one person.
_SINGULAR = re.compile(
    rf"\bthe\s+(?:[\w\-]+\s+){{0,2}}?(?:victim|man|woman|boy|girl|officer|soldier|policeman|guard|"
    rf"driver|child|journalist|student|teacher|priest|imam|worker|official|leader|chief|commander|"
    rf"civilian|resident|farmer|member)\s+(?:was\s+(?:\w+\s+)?(?P<verb>{_KILL_VERB}|{_INJURE_VERB})|"
    rf"(?P<verb2>died|suffered\s+(?:\w+\s+)?injuries))\b", re.IGNORECASE)
_ACLED_CODED = re.compile(rf"\bfatalities\s+(?:were\s+)?coded\s+as\s+(?P<nums>{_NUM})", re.IGNORECASE)
_NUM_RE = re.compile(_NUM, re.IGNORECASE)
_NOT_VICTIMS = re.compile(
    r"^(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilometers?|kilometres?|miles?|metres?|meters?|"
    r"percent|%|am|pm|a\.m\.|p\.m\.|o'clock|times)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CountHit:
    kind: str
    low: int
    high: int | None
    start: int
    end: int
    text: str
    attackers: bool = False


def _number_range(phrase: str) -> tuple[int, int | None] | None:
    phrase = " ".join(phrase.split())
    lowered = phrase.lower()
    between = re.match(r"between\s+(.+?)\s+and\s+(.+)$", lowered)
    if between:
        low, high = parse_number(between.group(1)), parse_number(between.group(2))
        return (low, high) if low is not None and high is not None else None
    range_match = re.search(r"(\S+)\s*(?:-|to|or)\s*(\d+)$", phrase)
    if range_match and parse_number(range_match.group(1)) is not None:
        low = parse_number(range_match.group(1))
        return (low, int(range_match.group(2))) if low is not None else None
    qualifier = re.match(_QUAL, lowered)
    core = phrase[qualifier.end():].strip() if qualifier else phrase
    value = parse_number(core)
    if value is None:
        return None
    qual = qualifier.group() if qualifier else ""
    if qual.startswith(("more than", "over")):
        return value + 1, None
    if qual.startswith(("at least", "as many as")) or core.lower() in ("dozens", "hundreds", "several", "scores", "tens", "thousands"):
        return value, None
    if qual.startswith(("fewer than", "less than")):
        return max(value - 1, 0), value - 1
    return value, value


def _sum(phrase: str) -> tuple[int, int | None] | None:
    """All the figures of a coordinated subject, added up."""
    parts = [m.group() for m in _NUM_RE.finditer(phrase)]
    values = [r for r in (_number_range(p) for p in parts) if r is not None]
    if not values:
        return None
    low = sum(v[0] for v in values)
    high = None if any(v[1] is None for v in values) else sum(v[1] for v in values)  # type: ignore[misc]
    return low, high


def _kind(verb: str) -> str:
    return INJURED if re.search(r"(?:injur|wound|hurt)", verb, re.IGNORECASE) else KILLED


def find_counts(text: str, base: int = 0) -> list[CountHit]:
    """Casualty figures in one sentence; offsets are ``base`` + position in ``text``."""
    hits: list[CountHit] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, nums: str, start: int, end: int, attackers: bool) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        total = _sum(nums)
        if total is None:
            return
        taken.append((start, end))
        hits.append(CountHit(kind, total[0], total[1], base + start, base + end,
                             text[start:end], attackers))

    for m in _SUBJECT_FIRST.finditer(text):
        gap, verb = m.group("gap") or "", m.group("verb")
        nums = m.group("nums")
        if _NOT_VICTIMS.match(gap) or _WEAPON.search(gap):
            continue
        first = _NUM_RE.match(nums)
        is_article = bool(first and first.group().strip().lower() in ("a", "an"))
        # Active "N <noun> killed ..." is a subject doing the killing; only the passive, the
        # adjectival "46 killed" and intransitive "died"/"dead" are victims.
        intransitive = re.match(r"(?:dead|died|perished|lost|fatalities|deaths|bodies|injuries|casualties)", verb, re.IGNORECASE)
        if not m.group("aux") and not intransitive and len(gap.split()) > 2:
            continue
        if is_article and not m.group("aux"):
            continue
        if is_article and re.search(r"\bwere\b", m.group("aux") or ""):
            continue
        add(_kind(verb), nums, m.start(), m.end(), bool(_ATTACKER.search(gap)))
    for m in _VERB_FIRST.finditer(text):
        verb, tail = m.group("verb").lower(), m.group("tail") or ""
        if _NOT_VICTIMS.match(tail.strip()):
            continue
        if verb.startswith(("left", "leaving")):
            kind_match = re.search(rf"\b({_KILL_VERB}|{_INJURE_VERB})\b", tail, re.IGNORECASE)
            if not kind_match:
                continue
            kind = _kind(kind_match.group(1))
        elif verb.startswith(("death", "toll", "claim")):
            kind = KILLED
        else:
            kind = _kind(verb)
        if m.group("nums").strip().lower() in ("a", "an") and re.match(r"\s+(?:car|bomb|suicide|vehicle)", tail, re.IGNORECASE):
            continue
        noun = re.match(r"\s+[a-z][\w'’\-]*", tail)
        end = m.end("nums") + (noun.end() if noun else 0)
        add(kind, m.group("nums"), m.start(), end, bool(_ATTACKER.match(tail.strip())))
    for m in _ACLED_CODED.finditer(text):
        add(KILLED, m.group("nums"), m.start(), m.end(), False)
    for m in _ATTACKER_KILLED.finditer(text):
        add(KILLED, "one", m.start(), m.end(), True)
    for m in _SINGULAR.finditer(text):
        add(_kind(m.group("verb") or m.group("verb2")), "one", m.start(), m.end(), False)
    return sorted(hits, key=lambda h: h.start)
