"""The event's own date, resolved against the publication date.

News dates its events relative to the day it is written: "on Sunday" is the last Sunday on or
before publication, "less than a month ago" a month-wide window ending the day before. Our own
rules cover the forms conflict reporting uses (explicit dates in the common formats, GTD's
"MM/DD/YYYY:" prefix, ACLED's "On 7 May 2020", weekdays, relative phrases). They are plain
regular expressions: dateparser's ``search_dates`` finds dates in "We" and "may", and on the
phrases our rules miss it added nothing on the dev texts.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import DateInfo
from .numbers import parse_number

FUTURE_PENALTY_DAYS = 150
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMWORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("mdy_slash", re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)\b")),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("mdy", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("dm", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})(?!\w)", re.I)),
    ("md", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)", re.I)),
    ("month_year", re.compile(rf"\b(?:(?P<edge>early|mid|late|the\s+end\s+of|the\s+beginning\s+of)[-\s]+)?(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|during|of)\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-/])", re.I)),
    ("month", re.compile(rf"\b(?:in|since|during|early|late|mid)[-\s]+(?P<mon>(?-i:January|February|March|April|June|July|August|"
                         rf"September|October|November|December))\b(?!\s*\d)", re.I)),
    ("weekday", re.compile(rf"\b(?:(?P<last>last|this\s+past|past)\s+)?(?P<wd>{_WEEKDAY})(?:'s)?\b", re.I)),
    ("ago", re.compile(rf"\b(?P<qual>less\s+than|more\s+than|over|about|nearly|almost|some)?\s*(?P<n>{_NUMWORD})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("today", re.compile(r"\b(?:today|this\s+morning|this\s+afternoon|this\s+evening|tonight|earlier\s+today)\b", re.I)),
    ("yesterday", re.compile(r"\b(?:yesterday|last\s+night|overnight)\b", re.I)),
    ("last_unit", re.compile(r"\b(?:last|past|previous|earlier\s+this)\s+(?P<unit>week|month|year)\b", re.I)),
]


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    info: DateInfo
    relative: bool  # resolved against the publication date rather than stated outright


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _minus_months(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _resolve(kind: str, m: re.Match[str], base: dt.date | None) -> DateInfo | None:
    text = m.group().strip()
    g = m.groupdict()
    if kind in ("iso", "mdy_slash", "dmy", "mdy"):
        month = int(g["m"]) if g.get("m") else _MONTHS[g["mon"].lower().rstrip(".")]
        day = _safe_date(int(g["y"]), month, int(g["d"]))
        return DateInfo(day, day, "day", text) if day else None
    if kind in ("dm", "md"):
        if base is None:
            return None
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        # The year that puts the day nearest the report: "December 30" read in January is last
        # year's, "March 15" in a March report of a plan is this year's. News mostly tells the
        # past, so a day ahead counts as FUTURE_PENALTY_DAYS further ("October 7" read in April
        # is last October's).
        options = [d for d in (_safe_date(y, month, int(g["d"])) for y in (base.year - 1, base.year, base.year + 1)) if d]
        day = min(options, key=lambda d: (abs((d - base).days) + (FUTURE_PENALTY_DAYS if d > base else 0),
                                          d > base)) if options else None
        return DateInfo(day, day, "day", text) if day else None
    if kind == "month_year":
        start, end = _month_span(int(g["y"]), _MONTHS[g["mon"].lower().rstrip(".")])
        return DateInfo(start, end, "month", text)
    if kind == "month":
        if base is None:
            return None
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        # "In March", read in April 2024, is March 2024; read in January, March of last year.
        start, end = _month_span(base.year if month <= base.month else base.year - 1, month)
        return DateInfo(start, end, "month", text)
    if kind == "year":
        year = int(g["y"])
        return DateInfo(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)
    if base is None:
        return None
    if kind == "weekday":
        # The most recent such weekday on or before publication (news reports the past).
        back = (base.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
        if g.get("last") and back == 0:
            back = 7
        day = base - dt.timedelta(days=back)
        return DateInfo(day, day, "day", text)
    if kind == "today":
        return DateInfo(base, base, "day", text)
    if kind == "yesterday":
        day = base - dt.timedelta(days=1)
        return DateInfo(day, day, "day", text)
    if kind == "ago":
        n = parse_number(g["n"]) or 1
        unit, qual = g["unit"].lower(), (g.get("qual") or "").lower()
        if unit == "day":
            day = base - dt.timedelta(days=n)
            return DateInfo(day, day, "day", text)
        months = {"week": 0, "month": n, "year": 12 * n}[unit]
        point = base - dt.timedelta(weeks=n) if unit == "week" else _minus_months(base, months)
        precision = "week" if unit == "week" else unit
        if qual == "less than":
            return DateInfo(point, base - dt.timedelta(days=1), precision, text)
        return DateInfo(point, point, precision, text)
    if kind == "last_unit":
        unit = g["unit"].lower()
        if unit == "week":
            start = base - dt.timedelta(days=base.weekday() + 7)
            return DateInfo(start, start + dt.timedelta(days=6), "week", text)
        if unit == "month":
            prev = _minus_months(base, 0 if "this" in text.lower() else 1)
            start, end = _month_span(prev.year, prev.month)
            return DateInfo(start, end, "month", text)
        year = base.year if "this" in text.lower() else base.year - 1
        return DateInfo(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)
    return None


def find_dates(text: str, base: dt.date | None, offset: int = 0) -> list[DateHit]:
    """Every date phrase in ``text`` we can resolve; longer, earlier phrases win overlaps."""
    hits: list[DateHit] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start() + offset, m.end() + offset
            if any(h.start < end and start < h.end for h in hits):
                continue
            try:
                info = _resolve(kind, m, base)
            except (ValueError, OverflowError):  # "3000 years ago": outside the calendar we keep
                info = None
            if info is not None:
                relative = kind in ("weekday", "ago", "today", "yesterday", "last_unit", "dm", "md", "month")
                hits.append(DateHit(start, end, info, relative))
    return sorted(hits, key=lambda h: h.start)


# A wire dateline: "BAMAKO, March 12 (Reuters) -", "KABUL, Afghanistan, Sept. 3 —". Its date is
# the day the story was filed, not the day of the events it tells.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z .'’\-]{1,40}(?:,\s*[A-Z][A-Za-z .'’\-]{1,30})?,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:,?\s*(?:19|20)\d\d)?\s*(?:\(\s*[\w .'’]+\))?\s*[-–—:]")


def _in_dateline(text: str, hit: DateHit, offset: int = 0) -> bool:
    return bool(_DATELINE_BEFORE.search(text[:hit.start - offset])) and bool(_DATELINE_AFTER.match(text, hit.end - offset))


def dateline_date(text: str, base: dt.date | None = None) -> dt.date | None:
    """The filing date of a wire story's dateline, if it opens with one."""
    head = text.lstrip()[:120]
    for hit in find_dates(head, base):
        if hit.info.precision == "day" and _in_dateline(head, hit):
            return hit.info.start
    return None


_RANGE_OPENING = re.compile(r"\W*(?:Between|From)\s+\d{1,2}(?:\s+[A-Z][a-z]+)?\s+(?:and|to|-)\s+", re.IGNORECASE)
_CODED_ON = re.compile(r"\(\s*coded\s+(?:on|as|to)\s+$", re.IGNORECASE)
_REPORTED_ON = re.compile(r"\b(?:as\s+)?reported\s+(?:on\s+)?$", re.IGNORECASE)
# "In a statement released on 8 May, AFRICOM said the strike killed 2": the statement's day.
# A hostage's release day is never the attack's: "the five civilians were released on September 23".
_FREED_ON = re.compile(r";\s*[^;]{0,60}?\b(?:were|was|had\s+been|been)\s+(?:later\s+|subsequently\s+|eventually\s+)?"
                       r"(?:released|freed|rescued|set\s+free)\s+(?:(?!by\b)\w+\s+){0,3}?on\s+$", re.IGNORECASE)
# "the fighting, which lasted until 08/04/2020": when it ended, not when it began.
_LASTED_UNTIL = re.compile(r"\b(?:lasted|continued|went\s+on|raged|ended)\s+(?:until|till|through|on)\s+$", re.IGNORECASE)
_STATED_ON = re.compile(r"\b(?:in\s+)?(?:an?\s+(?:\w+\s+)?(?:statement|communiqu[ée]|press\s+release|report)\s+"
                        r"(?:released|issued|published|posted|dated)\s+on)\s+$",
                        re.IGNORECASE)


def document_anchor(text: str) -> DateInfo | None:
    """The date a short report opens with: GTD's "MM/DD/YYYY:" or ACLED's "On 7 May 2020,"
    (a wire dateline is a filing date, not an incident's)."""
    head = text.lstrip()[:80]
    # ACLED notes may open with a label: "Detonation: On 29 April 2020, ...".
    label = re.match(r"[A-Z][A-Za-z/ \-]{0,40}:\s+(?=On\b)", head)
    opening = label.end() if label else 0
    for hit in find_dates(head, None):
        if hit.info.precision == "day" and not _in_dateline(head, hit) and (
                hit.start < opening + 12 or _RANGE_OPENING.fullmatch(head, opening, hit.start)):
            return hit.info  # ("Between 1 and 3 May 2020": the range's last day anchors it)
        if hit.info.precision == "day" and hit.start < opening + 30 and _REPORTED_ON.search(head, 0, hit.start):
            # ACLED's "As reported on 13 February 2022, on 11 February ...": the day after the
            # report's, read in the report's year.
            told = next((h for h in find_dates(head, hit.info.start)
                         if h.start > hit.end and h.start < hit.end + 12 and h.info.precision == "day"), None)
            # (with no day of its own, the report's is the one ACLED codes)
            return told.info if told is not None else hit.info
    return None


def event_date(sentences_text: Sequence[tuple[str, int]], base: dt.date | None,
               anchor: DateInfo | None) -> tuple[DateInfo, bool]:
    """The date of an event told in these (text, offset) sentences: (date, relative_to_base)."""
    stated = None  # the day of a statement about it: the event was that day or before
    for text, offset in sentences_text:
        hits = find_dates(text, base, offset)
        # ACLED's "Between 1 and 3 May 2020 (coded on 2 May)": the day it was coded on.
        coded = [h for h in hits if _CODED_ON.search(text, max(0, h.start - offset - 20), max(0, h.start - offset))]
        for hit in coded + hits:
            if _in_dateline(text, hit, offset):
                continue  # "BAMAKO, March 12 (Reuters) - ... on Sunday": the event is Sunday's
            if _STATED_ON.search(text, max(0, hit.start - offset - 60), max(0, hit.start - offset)):
                stated = stated or hit
                continue
            if _REPORTED_ON.search(text, max(0, hit.start - offset - 60), max(0, hit.start - offset)) \
                    or _LASTED_UNTIL.search(text, max(0, hit.start - offset - 40), max(0, hit.start - offset)) \
                    or _FREED_ON.search(text, max(0, hit.start - offset - 120), max(0, hit.start - offset)):
                continue  # ("... were later shot and killed; the five civilians were released on September 23")  # ACLED's "As reported on 9 February 2021, on 7 February 2021, ...": the report's day
            if hit.info.precision in ("day", "week", "month") or hit.info.start:
                return hit.info, hit.relative
    if anchor is not None:
        return anchor, False
    if stated is not None:
        return stated.info, stated.relative
    if base is not None:
        # Nothing in the text: the publication date, and a precision that says it is a guess.
        return DateInfo(base, base, "week", None), True
    return DateInfo(None, None, None, None), False
