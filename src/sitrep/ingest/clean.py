"""Split a document into lines and sentences that keep offsets into the original text.

Scraped articles carry breadcrumbs, share prompts and captions inline with the story. They are
dropped here, line by line, so that no event can ever cite them as evidence; the original text is
never rewritten, so every offset downstream points into exactly what the user gave us.
"""

from __future__ import annotations

import re
from ..models import Line, Sentence

# Whole lines that are page furniture, not reporting. Matched case-insensitively on the stripped
# line; kept short and anchored so that a real sentence that merely contains "share" survives.
_BOILERPLATE = re.compile(
    r"""^(?:
        you\ are\ here\b.*
      | home\ *[»>/|].*
      | here\ (?:are|is)\ (?:some\ )?(?:the\ )?(?:visuals?|images?|photos?|pictures?|footage|video)\b.*:?
      | (?:watch|see)\ (?:the\ )?(?:video|footage|photos?)\ (?:below|here|above)\b.*
      | [*\-_=~·•]{1,}(?:\s*[*\-_=~·•])*
      | (?:share|tweet|email|print|pin)(?:\s*(?:this|on\ \w+|article|story))?[.:!]?
      | (?:share|follow)\ (?:this|us)\b.{0,60}
      | (?:subscribe|sign\ up|click\ here|read\ more)\b.{0,80}
      | (?:related(?:\ (?:stories|articles|coverage|content|news))?|advertisement|sponsored|comments?)\s*:?
      | (?:copyright|©|\(c\)).{0,120}
      | all\ rights\ reserved.{0,40}
      | (?:photo|image|video|picture)\s*(?:credit)?\s*:.{0,160}
      | (?:also\ read|recommended|trending|most\ read|more\ from)\b.{0,80}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Sentence ends: punctuation (optionally closed by a quote/bracket), then space, then a capital,
# a digit or an opening quote. Abbreviations below are not ends.
# (ACLED's crowd tag closes its sentence: "11 militants were killed. [size=no report] | 11 fatalities.")
_SENT_END = re.compile(r"""[.!?…]+["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])|\[size=[^\]]{0,60}\]\s+(?=[A-Z0-9])""")
_ABBREV = re.compile(
    r"""(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Gov|Sen|Rep|Rev|St|Mt|Ft|No|Co|Corp|Inc|Ltd|Jr|Sr|
    Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|est|Ave|Blvd|Rd|Kan|Ariz|Calif|Colo|Conn|Fla|Ga|Ill|Ind|
    Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.|\b[A-Z]\.|\b(?:[A-Z]\.){2,})$""",
    re.VERBOSE,
)


# Wire-service slugs before a headline ("1st LD Writethru:", "1ST LEAD", "UPDATE 2-", "BREAKING:")
# are routing marks for editors, not words of the story: read as text they become actors.
_WIRE_SLUG = re.compile(
    r"""^(?:(?:
        (?:\d+(?:st|nd|rd|th|ST|ND|RD|TH)\s+)(?:LD|LEAD|Lead)(?:[\s-]+(?:Writethru|WRITETHRU))?
      | (?:LD|LEAD)[\s-]+(?:Writethru|WRITETHRU)
      | (?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|URGENT|FLASH|BREAKING|EXCLUSIVE)(?:\s*\d+)?(?=\s*[:\-–—|])
      | (?:UPDATE|WRAPUP)\s*\d+
      | (?:Breaking|Update|Urgent|Exclusive|Refile|Corrected)(?:\s*\d+)?(?=\s*[:|])
    )\s*[:\-–—|]?\s*)+""",
    re.VERBOSE,
)


def wire_slug_length(line: str) -> int:
    """Characters of wire-service slug at the start of ``line`` (0 if none, or if nothing follows)."""
    match = _WIRE_SLUG.match(line)
    return match.end() if match and match.end() < len(line) else 0


def is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line.strip()))


def _looks_like_headline(text: str) -> bool:
    """Title-case, short, no final full stop: the usual shape of a headline line."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if not 3 <= len(words) <= 25 or text.rstrip().endswith((".", "?\"", ".\"", ".”")):
        return False
    small = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "as", "with",
             "from", "after", "over", "into", "near", "amid", "vs"}
    capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return capitalised / len(words) >= 0.8


def _lone_headline(text: str) -> bool:
    return len(text) <= 200 and not text.rstrip().endswith(".") and len(text.split()) >= 3


def split_lines(text: str) -> list[Line]:
    """Non-empty, non-boilerplate lines with their spans (whitespace trimmed)."""
    lines: list[Line] = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped or is_boilerplate(stripped):
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        slug = wire_slug_length(stripped)
        start, stripped = start + slug, stripped[slug:]
        # Only the first kept line can be the headline: later title-case lines are subheads.
        lines.append(Line(start, end, headline=not lines and _looks_like_headline(stripped)))
    if len(lines) == 1 and not lines[0].headline and _lone_headline(text[lines[0].start:lines[0].end]):
        # A document that is one short line with no full stop is a headline, whatever its case
        # ("Gunmen kill 5 in Zamfara village").
        lines[0] = Line(lines[0].start, lines[0].end, headline=True)
    return lines


def split_sentences(text: str, lines: list[Line] | None = None) -> list[Sentence]:
    """A cheap rule-based sentence split of every kept line (the triage pass)."""
    lines = split_lines(text) if lines is None else lines
    sentences: list[Sentence] = []
    for line_no, line in enumerate(lines):
        body = text[line.start:line.end]
        cut = 0
        for match in _SENT_END.finditer(body):
            if _ABBREV.search(body[cut:match.start() + 1]):
                continue
            end = match.start() + len(match.group().rstrip())
            _add_sentence(sentences, text, line.start + cut, line.start + end, line_no, line.headline)
            cut = match.end()
        _add_sentence(sentences, text, line.start + cut, line.end, line_no, line.headline)
    return sentences


# A "sentence" longer than this is a list, a table or a run-on scrape: it is cut at spaces so
# that no piece can exceed what the model takes (spaCy's max_length) or cost it quadratic time.
MAX_SENTENCE_CHARS = 5000


def _add_sentence(out: list[Sentence], text: str, start: int, end: int, line: int,
                  headline: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _add_sentence(out, text, start, cut, line, headline)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start and not is_boilerplate(text[start:end]):
        out.append(Sentence(start, end, text[start:end], line=line, index=len(out), headline=headline))
