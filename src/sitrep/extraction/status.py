"""Whether an event happened: occurred, future (announced, planned), hypothetical, negated.

The cue has to govern the trigger: we look at the words of the trigger's own clause just before
it ("could begin", "is prepared to halt", "did not explode") and at conditional frames around it
("on the condition that", "unless", "if"). A cue in another clause of the sentence does not count.
"""

from __future__ import annotations

import re

_CLAUSE_BREAK = re.compile(r"[;:,“”\"()]|\b(?:but|while|whereas|although|after|before|when|as)\b", re.IGNORECASE)
_NEGATED = re.compile(
    r"\b(?:not|never|no|neither|nor|didn't|did\s+not|wasn't|weren't|denied(?!\s+that\b)(?:\s+any)?|"
    r"failed\s+to|without)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "fears of an attack", "fears of a bandit attack": the attack feared (not "fears of bandits who
# killed 12").
_FEARED = re.compile(r"\bfears?\s+(?:of|that)\s+(?:(?!(?:who|which|that|had|have|has|were|was)\b)[\w\-]+\s+){0,3}$",
                     re.IGNORECASE)
# "refuse to suspend hostilities": the very act refused (not "refuse to bury slain elder").
_REFUSED = re.compile(r"\brefus(?:e|ed|es|ing)\s+to\s+$", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|going\s+to|plans?\s+to|planned|planning\s+to|set\s+to|expected\s+to|"
    r"scheduled\s+to|due\s+to(?!\s+(?:the|a|an|its|their|his|her|this|that|ongoing|recent|heavy|poor|lack)\b)|intends?\s+to|"
    # (not "armed men believed to be FPRC members killed 2 traders": who they are, not when)
    r"(?<!believed\s)(?<!thought\s)(?<!said\s)(?<!reported\s)(?<!suspected\s)(?<!alleged\s)(?<!presumed\s)"
    r"(?<!understood\s)(?<!known\s)(?<!claimed\s)(?<!appeared\s)(?<!seemed\s)(?<!appear\s)(?<!seem\s)"
    # (nor "migrant workers demanding to be sent home pelted stones": what they want)
    r"(?<!demanding\s)(?<!asking\s)(?<!wanting\s)(?<!begging\s)to\s+be|could\s+begin|would\s+begin|about\s+to|"
    r"prepared\s+to|ready\s+to|willing\s+to|offered\s+to|vowed\s+to|threaten(?:ed|ing|s)?\s+to|promised\s+to|"
    r"agreed\s+to|called\s+for|calls\s+for|urged|demanded|aims?\s+to|seeks?\s+to|try\s+to|"
    r"plot(?:ted|ting)?\s+to|conspir(?:ed|ing|acy)\s+to|planning|plotting)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:would|could|might|(?<!\bin\s)(?<!\bon\s)(?<!\bof\s)(?<!\bsince\s)(?<!\bearly\s)(?<!\blate\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bthis\s)(?<!mid-)may(?!\s+(?:\d|Day\b))|if|unless|should|possibility|possible|impossible|likely\s+to|"
    r"in\s+case|whether)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:on\s+the\s+condition|provided\s+that|as\s+long\s+as|unless|only\s+if|"
                        r"impossible|if\s+\w+\s+(?:stop|agree|accept))\b", re.IGNORECASE)
# "a suicide attack plot", "bomb plots": an attack planned, not carried out.
_PLOT_AFTER = re.compile(r"^(?:[\s-]+\w+){0,2}?[\s-]+(?:plots?|plotters?|conspirac(?:y|ies))\b", re.IGNORECASE)
_AFTER_FUTURE = re.compile(r"^\s*,?\s*(?:that|which)\s+(?:could|would|will|is\s+(?:set\s+)?to|are\s+(?:set\s+)?to)\s+"
                           r"(?:begin|start|take\s+effect|come\s+into\s+effect)\b", re.IGNORECASE)


def _clause_before(text: str, position: int) -> str:
    before = text[:position]
    cuts = list(_CLAUSE_BREAK.finditer(before))
    return before[cuts[-1].end():] if cuts else before


# "Two residents who could not flee were killed": the negation is the relative clause's, whose
# verb ends before the main clause's auxiliary.
# (not "that", which also opens what was said: "Police said that no civilians were killed")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_RELATIVE_ENDS = re.compile(r"^\w+\s+(?:\w+\s+)?\w+\s+(?:was|were|is|are|ha(?:ve|s|d)\s+been)\s+$", re.IGNORECASE)


def _governs(cue: re.Pattern[str], before: str) -> bool:
    """Whether ``cue`` ends the clause ``before`` the trigger, outside a finished relative clause."""
    m = cue.search(before)
    return m is not None and not (_RELATIVE_BEFORE.search(before, 0, m.start()) and _RELATIVE_ENDS.match(before[m.start():]))


def trigger_status(text: str, start: int, end: int, event: str) -> str:
    """The status of the event whose trigger is ``text[start:end]``."""
    before = _clause_before(text, start)
    if _governs(_NEGATED, before) or _REFUSED.search(before):
        return "negated"
    if (_governs(_HYPOTHETICAL, before) or _FEARED.search(before)) and not re.search(r"\b(?:have|has|had)\b", before, re.IGNORECASE):
        return "hypothetical"
    if _governs(_FUTURE, before) or (event == "ASSAULT" and _PLOT_AFTER.match(text[end:])):
        return "future"
    if _CONDITION.search(text) and event not in ("ASSAULT", "PROTEST"):
        return "hypothetical"
    # "a cessation of hostilities that could begin in the coming days" is announced, not begun.
    if event in ("AGREE", "CONCEDE", "RETREAT") and _AFTER_FUTURE.match(text[end:]):
        return "future"
    return "occurred"
