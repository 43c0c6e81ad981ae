"""Patterns anchored on a name known only at run time ("Idleb province, ...", "the Hodan
district of Mogadishu").

A regular expression built around each document's place name is compiled afresh for almost
every document (re's cache holds 512 patterns), and compiling one costs as much as reading a
sentence. These helpers find the name as a plain string and match a pattern compiled once
right after or right before it: what ``re.search(re.escape(name) + tail, text)`` and
``re.search(head + re.escape(name), text)`` would find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD_EDGE = re.compile(r"\b")
# How far back a pattern before a name may start: a few words and their kind ("the Bab Amr
# district of the city of ...").
HEAD_REACH = 200


def _occurrences(text: str, name: str) -> Iterator[int]:
    i = text.find(name)
    while i != -1:
        yield i
        i = text.find(name, i + 1)


def edge_at(text: str, i: int) -> bool:
    """Whether ``\\b`` holds at ``i``."""
    return _WORD_EDGE.match(text, i) is not None


def after_name(text: str, name: str, tail: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Matches of ``tail`` right after ``name``, left to right and not overlapping, as
    ``re.finditer(re.escape(name) + tail.pattern, text)`` finds them (the match covers the tail
    only)."""
    if not name:
        return
    resume = 0
    for i in _occurrences(text, name):
        if i < resume:
            continue
        m = tail.match(text, i + len(name))
        if m:
            resume = m.end()
            yield m


def first_after(text: str, name: str, tail: re.Pattern[str], *, head: re.Pattern[str] | None = None,
                word_start: bool = False) -> re.Match[str] | None:
    """The first match of ``tail`` right after ``name`` where ``head`` (a pattern ending in
    ``\\Z``), if given, matches right before it: what ``re.search(head + re.escape(name) + tail,
    text)`` finds (the match covers the tail only). ``word_start``: the name starts a word."""
    for i in _occurrences(text, name) if name else ():
        if word_start and not edge_at(text, i):
            continue
        m = tail.match(text, i + len(name))
        if m and (head is None or head.search(text, max(0, i - HEAD_REACH), i)):
            return m
    return None


def before_name(text: str, name: str, head: re.Pattern[str], *, word_end: bool = False) -> re.Match[str] | None:
    """The leftmost match of ``head`` (a pattern ending in ``\\Z``) that ``name`` follows at once,
    as ``re.search(head.pattern[:-2] + re.escape(name), text)`` finds it (the match covers the
    head only). ``word_end``: the name ends a word (a trailing ``\\b``)."""
    if not name:
        return None
    best = None
    for i in _occurrences(text, name):
        if best is not None and i > best.start() + HEAD_REACH:
            break
        if word_end and not edge_at(text, i + len(name)):
            continue
        m = head.search(text, max(0, i - HEAD_REACH), i)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best
