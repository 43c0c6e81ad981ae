"""Actor mentions in news text: named armed groups, state forces, unidentified perpetrators, civilians.

Names follow ACLED (schemas.md 1.3): ``Military Forces of <State>``, ``Unidentified Armed Group
(<Country>)``, ``Civilians (<Country>)``... Data: ``data/actors.csv``, ``data/demonyms.csv``.

Matching works on tokens, so word boundaries come for free ("Hamas" never matches in "Hamasi") and
hyphens, apostrophes, dots and diacritics fold away ("al-Shabaab" = "Al Shabaab", "U.S." = "US").
An alias with an upper-case letter after its first (IS, ADF, LeT) keeps its case, so "IS" is never
the verb "is". Every pattern is tried at each token; the longest match wins, named groups on ties.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any, Callable, NamedTuple

from sitrep.models import ACTOR_TYPES, Actor

from .actor_words import (
    _FORCES,
    _BARE,
    _STATE_MODS,
    _QUALIFIERS,
    _GOVERNMENT,
    _BARE_GOVERNMENT,
    _UNIDENTIFIED,
    _NEEDS_PREFIX,
    _UNID_PREFIX,
    _WEAK_PREFIX,
    _CIVILIANS,
    _CIV_PREFIX,
    _GROUP_TAIL,
    _GROUP_LINK,
)

KINDS = ("group", "state", "unidentified", "civilian", "government")
_ENTRY_TYPES = frozenset(ACTOR_TYPES) - {"Rioters", "Protesters", "Civilians"}


@dataclass(frozen=True)
class ActorMention:
    """``text[start:end]`` names ``actor``. ``kind`` (one of KINDS) and ``tags`` ("police", "air",
    "bandit", "suicide", "suspected", "jihadist", "demonym"...) let the caller choose the role."""

    start: int
    end: int
    actor: Actor
    kind: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorEntry:
    """One row of actors.csv, with the aliases derived from its name."""

    name: str
    type: str
    country: str | None
    parent: str | None
    aliases: tuple[str, ...]
    state_since: dt.date | None = None  # a movement that became the state ("Taliban": 2021-08-15)


class _Country(NamedTuple):
    name: str
    adjectives: tuple[str, ...]
    people: tuple[str, ...]


class _Tok(NamedTuple):
    start: int
    end: int
    exact: str  # diacritics, apostrophes and dots removed; case kept
    fold: str  # lower case, spelling variants unified
    key: str  # exact for acronym-like tokens (IS, FAMa), fold otherwise
    brk: bool  # punctuation or a newline separates it from the previous token


# Dotted acronyms (U.S., U.N.) are one token; otherwise words with inner apostrophes (Jama'at).
_TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:['’ʼʿʾ`´]\w+)*")
_STRIP = re.compile(r"['’ʼʿʾ`´.]")
_POSSESSIVE = re.compile(r"^(.*\w)['’ʼ][sS]$")
# A match may cross spaces, hyphens, slashes, brackets and quotes, never a clause break.
_BREAK = re.compile(r"[.,;:!?\n]")
# Transliteration and US/UK spelling variants that press copy mixes freely.
_SPELLING = dict(pair.split("=") for pair in (
    "defense=defence qaida=qaeda shabab=shabaab mujahidin=mujahideen mujahedeen=mujahideen "
    "mujahedin=mujahideen hizbollah=hezbollah hizbullah=hezbollah hizballah=hezbollah "
    "hezbullah=hezbollah organization=organisation mobilization=mobilisation daish=daesh "
    "stabilization=stabilisation taleban=taliban sunnah=sunna worshipers=worshippers "
    "worshiper=worshipper travelers=travellers laborers=labourers airstrikes=airstrike").split())


def _tokenize(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    toks: list[_Tok] = []
    prev_end = start
    for m in _TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        brk = bool(toks) and bool(_BREAK.search(text, prev_end, m.start()))
        pieces = [(m.start(), m.end())]
        if (pm := _POSSESSIVE.match(m.group())) is not None:
            # "Nigeria's army": the possessive is its own token so "Nigeria" still matches.
            cut = m.start() + len(pm.group(1))
            pieces = [(m.start(), cut), (cut, m.end())]
        for k, (s, e) in enumerate(pieces):
            toks.append(_make_tok(s, e, text[s:e], brk and k == 0))
        prev_end = m.end()
    return toks


def _make_tok(start: int, end: int, surface: str, brk: bool) -> _Tok:
    exact = unicodedata.normalize("NFKD", surface)
    exact = _STRIP.sub("", "".join(ch for ch in exact if not unicodedata.combining(ch)))
    low = exact.lower()
    fold = _SPELLING.get(low, low)
    return _Tok(start, end, exact, fold, exact if _acronym(exact) else fold, brk)


def _acronym(word: str) -> bool:
    """IS, ADF, LeT, FAMa: an upper-case letter after the first means case matters."""
    return any(ch.isupper() for ch in word[1:])


def _phrase(words: str) -> tuple[str, ...]:
    return tuple(t.fold for t in _tokenize(words))


def _phrases(words: str) -> frozenset[tuple[str, ...]]:
    return frozenset(_phrase(w) for w in words.split("|"))


def _table(groups: tuple[tuple[str, Any], ...]) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    """Phrases indexed by first word, longest first: one dict lookup rejects most tokens."""
    out: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
    for words, value in groups:
        for p in _phrases(words):
            out.setdefault(p[0], []).append((p, value))
    for v in out.values():
        v.sort(key=lambda pv: -len(pv[0]))
    return out


_PRIORITY = {"group": 0, "state": 1, "government": 2, "unidentified": 3, "civilian": 4}
_Found = tuple[int, str, Callable[[str], tuple[Actor, tuple[str, ...]]]]


class _Words(NamedTuple):
    """The word lists of ``actor_words``, compiled to first-word tables (see ``_table``)."""

    forces: dict
    bare: frozenset
    government: dict
    bare_government: frozenset
    unidentified: dict
    needs_prefix: dict
    civilians: dict

    @classmethod
    def compile(cls) -> _Words:
        return cls(_table(_FORCES), _phrases(_BARE), _table(_GOVERNMENT),
                   _phrases(_BARE_GOVERNMENT), _table(_UNIDENTIFIED), _table(_NEEDS_PREFIX),
                   _table(_CIVILIANS))


# A force's word naming a jurisdiction: "a village under Dhubri police station" (South Asian
# reports place villages by the station they fall under).
_FORCE_AS_PLACE = re.compile(r"\s+(?:station|post|circle|limits|jurisdiction)\b", re.IGNORECASE)
_UNDER = re.compile(r"\b(?:under|jurisdiction\s+of|limits\s+of)\b[^.;]*$", re.IGNORECASE)


class ActorLexicon:
    """Named actors and country words, compiled into token tries. Build once with ``load()``."""

    def __init__(self, entries: list[ActorEntry], countries: dict[str, _Country]) -> None:
        self.entries = tuple(entries)
        self._by_name = {e.name: e for e in entries}
        self._names = {code: c.name for code, c in countries.items()}
        self._trie: dict = {}
        self._words = _Words.compile()
        # The country name doubles as an adjective: "Kenya Police", "Nigeria's army".
        self._adjectives: dict[tuple[str, ...], list[str]] = {}
        people: dict[tuple[str, ...], list[str]] = {}
        for code, c in countries.items():
            for table, words in ((self._adjectives, (c.name, *c.adjectives)), (people, c.people)):
                for word in words:
                    key = tuple(t.key for t in _tokenize(word))
                    if key and code not in table.setdefault(key, []):
                        table[key].append(code)
        # A bare "French" or "Sudanese" is an adjective far more often than a group of people.
        self._people = {k: v for k, v in people.items() if k not in self._adjectives}
        self._country_first = {k[0] for k in self._adjectives} | {k[0] for k in self._people}
        self._children: dict[tuple[str, str], list[ActorEntry]] = {}
        for entry in entries:
            if entry.parent and entry.country:
                self._children.setdefault((entry.parent, entry.country), []).append(entry)
            for alias in entry.aliases:
                self._add_alias(alias, entry)

    def state_on(self, name: str, day: dt.date | None) -> bool:
        """Whether the actor called ``name`` held the state on ``day``: the Taliban of 2016 were
        insurgents, those of 2023 the government (an actor with no date always, an unknown day
        counts as today)."""
        entry = self._by_name.get(name)
        since = entry.state_since if entry else None
        return since is None or day is None or day >= since

    @classmethod
    def load(cls) -> ActorLexicon:
        """Read the packaged ``data/actors.csv`` and ``data/demonyms.csv``."""
        data = resources.files("sitrep") / "data"
        with (data / "demonyms.csv").open(encoding="utf-8", newline="") as fh:
            countries = {row["country"]: _Country(row["name"], tuple(_split(row["adjectives"])),
                                                  tuple(_split(row["people"])))
                         for row in csv.DictReader(fh)}
        with (data / "actors.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        return cls(_read_entries(rows, countries), countries)

    def _add_alias(self, alias: str, entry: ActorEntry) -> None:
        hint_only = alias.startswith("~")  # only when the country hint is the entry's country
        tokens = _tokenize(alias.lstrip("~"))
        for variant in _alias_variants(tokens) if tokens else ():
            cs = any(_acronym(t.exact) for t in variant)
            node = self._trie
            for tok in variant:
                node = node.setdefault(("c", tok.exact) if cs else ("f", tok.fold), {})
            short = cs and len("".join(t.exact for t in variant)) <= 2
            payload = node.setdefault(None, [])
            if all(p[0] is not entry for p in payload):
                payload.append((entry, hint_only, short))

    # ------------------------------------------------------------------ naming helpers
    def country_name(self, code: str | None) -> str | None:
        return self._names.get(code.upper()) if code else None

    def country_code(self, words: str, country_hint: str | None = None) -> str | None:
        """The country that a name, adjective or people noun means: "Turkey", "Turkish", "Turks"."""
        key = tuple(t.key for t in _tokenize(words))
        return _prefer(self._adjectives.get(key) or self._people.get(key) or [], country_hint)

    def lookup(self, name: str) -> ActorEntry | None:
        return self._by_name.get(name)

    def state_actor(self, country_code: str | None, branch: str = "military",
                    text: str | None = None) -> Actor:
        """``Military Forces of X``, ``Police Forces of X`` or ``Government of X`` (branch
        "military", "police", "government"); generic ("Military Forces") for an unknown code."""
        head = {"military": "Military Forces", "police": "Police Forces",
                "government": "Government"}[branch]
        if country_code == "PS" and branch == "military" and text and "alestin" not in text \
                and re.search(r"\b(?:soldiers?|troops|army|military)\b", text, re.IGNORECASE):
            # Soldiers in the West Bank and Gaza are Israel's (Palestine has police and security
            # services, no army), as ACLED codes them.
            country_code = "IL"
        name = self.country_name(country_code)
        full = f"{head} of {_with_article(name)}" if name else head
        return Actor(text or full, full, "State forces", country_code.upper() if name else None)

    def unidentified_actor(self, country_code: str | None, text: str | None = None) -> Actor:
        """ACLED's default for an unnamed perpetrator: a Political militia."""
        return self._labelled("Unidentified Armed Group", "Political militia", country_code, text)

    def civilians_actor(self, country_code: str | None, text: str | None = None) -> Actor:
        return self._labelled("Civilians", "Civilians", country_code, text)

    def crowd_actor(self, kind: str, country_code: str | None) -> Actor:
        """ACLED's crowd actors: ``Protesters (X)`` or ``Rioters (X)`` (``kind`` is the type)."""
        return self._labelled(kind, kind, country_code, None)

    def _labelled(self, head: str, typ: str, code: str | None, text: str | None) -> Actor:
        name = self.country_name(code)
        full = f"{head} ({name})" if name else head
        return Actor(text or full, full, typ, code.upper() if code and name else None)

    # ------------------------------------------------------------------ matching
    def find(self, text: str, start: int = 0, end: int | None = None,
             country_hint: str | None = None) -> list[ActorMention]:
        """Actor mentions in ``text[start:end]`` (offsets into ``text``), left to right.

        ``country_hint`` (alpha-2, usually the event's country) names generic mentions ("troops",
        "gunmen"), picks between groups that share an alias (ADF in Congo or in Cameroon) and
        turns a transnational parent into its only branch there ("Islamic State" in NG -> ISWAP).
        """
        scan = _Scan(self, _tokenize(text, start, end), country_hint.upper() if country_hint else None)
        out: list[ActorMention] = []
        i = 0
        while i < len(scan.toks):
            found = [f for f in (scan.group(i), scan.state(i), scan.government(i),
                                 scan.unidentified(i), scan.civilian(i)) if f]
            if not found:
                i += 1
                continue
            n, kind, make = max(found, key=lambda f: (f[0], -_PRIORITY[f[1]]))
            s, e = scan.toks[i].start, scan.toks[i + n - 1].end
            actor, tags = make(text[s:e])
            if not self._spelt_otherwise(text, s, e, actor.name) \
                    and not (kind == "state" and _FORCE_AS_PLACE.match(text, e)
                             and _UNDER.search(text, max(0, s - 60), s)):
                out.append(ActorMention(s, e, actor, kind, tags))
            i += n
        return out

    def _spelt_otherwise(self, text: str, start: int, end: int, name: str) -> bool:
        """Whether the text spells out the state-forces acronym at ``text[start:end]`` as another
        name: "a leader of the United People's Democratic Front (UPDF)" is no Ugandan army."""
        if text[start - 1:start] != "(" or text[end:end + 1] != ")":
            return False
        spelt = _SPELT_OUT.search(text, max(0, start - 120), start - 1)
        entry = self._by_name.get(name)
        # (Only a state's forces: GTD spells armed groups out in English names our aliases may
        # lack, "Basque Fatherland and Freedom (ETA)"; an army's acronym reused by a party or a
        # movement is the collision that misleads.)
        if spelt is None or entry is None or entry.type != "State forces":
            return False
        words = _content_words(spelt.group())
        known = set().union(*(_content_words(a.lstrip("~")) for a in (entry.name, *entry.aliases)))
        return bool(words) and len(words & known) / len(words) < 0.5


# A capitalised name right before a bracket: what an acronym in the bracket stands for.
_SPELT_OUT = re.compile(r"(?:[A-Z][\w'’\-]*\s+(?:(?:of|the|for|and|de|du|des|la|al|del|wal)\s+)*){1,8}$")
_NAME_FILLER = frozenset("of the for and de du des la al del wal front forces force group movement party army".split())


def _content_words(name: str) -> set[str]:
    """Word stems of a name, folded as aliases are ("Force de Défense Nationale" ~ "National Defence Force")."""
    return {t.fold[:5] for t in _tokenize(name) if t.fold not in _NAME_FILLER and len(t.fold) > 1}  # (not a possessive's "s")


class _Scan:
    """One ``find`` call: the tokens, the hint and a memo of country words per position."""

    def __init__(self, lex: ActorLexicon, toks: list[_Tok], hint: str | None) -> None:
        self.lex, self.toks, self.hint, self.w = lex, toks, hint, lex._words
        self._countries: dict[int, tuple[int, str] | None] = {}

    def group(self, i: int) -> _Found | None:
        toks, best = self.toks, None
        stack = [(self.lex._trie, i)]
        while stack:  # depth first over the exact-case and the folded edge of each token
            node, j = stack.pop()
            if None in node and (best is None or j - i > best[0]):
                if (entry := self._resolve(node[None], i, j)) is not None:
                    best = (j - i, entry)
            if j < len(toks) and (j == i or not toks[j].brk):
                for key in (("c", toks[j].exact), ("f", toks[j].fold)):
                    if key in node:
                        stack.append((node[key], j + 1))
        if best is None:
            return None
        n, entry = best
        kind = "state" if entry.type == "State forces" else "group"
        tags = () if kind == "group" else (
            ("police",) if entry.name.startswith("Police Forces") else ("military",))
        if entry.state_since is not None:
            tags += ("movement",)  # a movement that took the state: it claimed attacks before it did
        return (n + _tail_length(toks, i + n), kind,
                lambda s: (Actor(s, entry.name, entry.type, entry.country), tags))

    def _resolve(self, payload: list, i: int, j: int) -> ActorEntry | None:
        usable = [e for e, hint_only, short in payload
                  if (not hint_only or e.country == self.hint)
                  and not (short and _shouting(self.toks, i, j))]
        if not usable:
            return None
        entry = next((e for e in usable if self.hint and e.country == self.hint), usable[0])
        if entry.country is None and self.hint:
            # A transnational parent stands for its only branch in the hinted country.
            branches = self.lex._children.get((entry.name, self.hint), [])
            if len(branches) == 1:
                entry = branches[0]
        return entry

    def country(self, i: int) -> tuple[int, str] | None:
        """(tokens, code) of a capitalised country word at ``i``: "Turkish", "Nigeria's", "DRC"."""
        if i not in self._countries:
            self._countries[i] = self._country(i)
        return self._countries[i]

    def _country(self, i: int) -> tuple[int, str] | None:
        toks = self.toks
        if i >= len(toks) or toks[i].key not in self.lex._country_first \
                or not toks[i].exact[:1].isupper():
            return None
        if i > 0 and not toks[i].brk and toks[i - 1].fold in ("pro", "anti"):
            return None  # "pro-Russian separatists" are not Russian forces
        for n in range(min(5, len(toks) - i), 0, -1):
            if any(t.brk for t in toks[i + 1:i + n]):
                continue
            codes = self.lex._adjectives.get(tuple(t.key for t in toks[i:i + n]))
            if codes:
                j = i + n + (i + n < len(toks) and toks[i + n].fold == "s" and not toks[i + n].brk)
                return j - i, _prefer(codes, self.hint) or codes[0]
        return None

    def state(self, i: int) -> _Found | None:
        toks, country = self.toks, self.country(i)
        # "Niger State police" is Nigerian: a capitalised "State" after the name is a province.
        if country and not _is_word(toks, i + country[0], "State"):
            n0, code = country
            if tail := _force_tail(self.w, toks, i + n0, bare=False):
                n, branch, tags = tail
                return n0 + n, "state", lambda s: (self.lex.state_actor(code, branch, s), tags)
            if listed := self._shared_tail(i + n0):
                # "Nigerian and Chadian troops": each country's forces, the first named first.
                branch, tags = listed
                return n0, "state", lambda s: (self.lex.state_actor(code, branch, s), (*tags, "listed"))
        if _inside_name(toks, i):
            return None
        tail = _force_tail(self.w, toks, i, bare=True)
        if tail and (tail[0] > 1 or toks[i].fold != "military" or _after_the(toks, i)):
            n, branch, tags = tail
            return n, "state", lambda s: (self.lex.state_actor(self.hint, branch, s), tags)
        return None

    def _shared_tail(self, j: int) -> tuple[str, tuple[str, ...]] | None:
        """The force noun that a list of countries from ``j`` on shares ("[Nigerian], Chadian
        and Nigerien troops"): (branch, tags), or None where no such list follows."""
        toks = self.toks
        for _ in range(4):
            if j < len(toks) and toks[j].fold == "and" and not toks[j].brk:
                j += 1
            elif not (j < len(toks) and toks[j].brk):  # (a comma before the next country)
                return None
            if j >= len(toks) or (toks[j].brk and toks[j - 1].fold == "and"):
                return None
            if not (c := self.country(j)):
                # ("Mozambican and SADC forces", "Malian and Wagner troops": an ally named last)
                if toks[j - 1].fold == "and" and toks[j].exact[:1].isupper():
                    for k in (1, 2):
                        if all(t.exact[:1].isupper() and not t.brk for t in toks[j + 1:j + k]) \
                                and (tail := _force_tail(self.w, toks, j + k, bare=False)):
                            return tail[1], tail[2]
                return None
            j += c[0]
            if tail := _force_tail(self.w, toks, j, bare=False):
                return tail[1], tail[2]
        return None

    def government(self, i: int) -> _Found | None:
        country = self.country(i)
        n0, code = country if country else (0, self.hint)
        n = _longest(self.toks, i + n0, self.w.government)[0]
        if not n or (n0 and self.toks[i + n0].brk):
            return None
        if not country:
            phrase = tuple(t.fold for t in self.toks[i:i + n])
            if _inside_name(self.toks, i) or not (phrase in self.w.bare_government
                                                  or _after_the(self.toks, i)):
                return None
        return n0 + n, "government", lambda s: (self.lex.state_actor(code, "government", s), ())

    def unidentified(self, i: int) -> _Found | None:
        toks, code, tags, strong, seen_country = self.toks, self.hint, [], False, False
        best, j = None, i
        while j < len(toks) and j - i <= 3 and (j == i or not toks[j].brk):
            n, noun_tags = _longest(toks, j, self.w.unidentified)
            if not n and strong:
                n, noun_tags = _longest(toks, j, self.w.needs_prefix)
            if n:
                best = (j + n - i, code, tuple(dict.fromkeys([*tags, *noun_tags])))
            if toks[j].fold in _UNID_PREFIX:
                tags.extend(_UNID_PREFIX[toks[j].fold])
                strong = strong or toks[j].fold not in _WEAK_PREFIX
                j += 1
            elif not seen_country and (c := self.country(j)):
                code, j, seen_country = c[1], j + c[0], True  # "Nigerian bandits"
            else:
                break
        if best is None:
            return None
        n, code, found = best
        # (the men, not how they looked: "Hooded assailants" are assailants, "heavily armed men" armed men)
        return n, "unidentified", lambda s: (self.lex.unidentified_actor(code, _LOOKS.sub("", s) or s), found)

    def civilian(self, i: int) -> _Found | None:
        toks, country = self.toks, self.country(i)
        n0, code = country if country else (0, self.hint)
        j = i + n0
        while j < len(toks) and toks[j].fold in _CIV_PREFIX and not (j > i and toks[j].brk):
            j += 1
        n = _longest(toks, j, self.w.civilians)[0]
        if n and not (j > i and toks[j].brk):
            return j + n - i, "civilian", lambda s: (self.lex.civilians_actor(code, s), ())
        if country or not toks[i].exact[:1].isupper() or toks[i].key not in self.lex._country_first:
            return None
        for n in (3, 2, 1):  # "Palestinians", "South Sudanese" as victims
            key = tuple(t.key for t in toks[i:i + n])
            if len(key) == n and not any(t.brk for t in toks[i + 1:i + n]) \
                    and (people := self.lex._people.get(key)):
                pcode = _prefer(people, self.hint)
                return n, "civilian", lambda s: (self.lex.civilians_actor(pcode, s), ("demonym",))
        return None


# ------------------------------------------------------------------ module helpers
def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


_LOOKS = re.compile(r"^(?:(?:masked|hooded|heavily|local|rival)\s+)+", re.IGNORECASE)


def _prefer(codes: list[str], hint: str | None) -> str | None:
    return (hint if hint in codes else codes[0]) if codes else None


def _with_article(name: str) -> str:
    """ACLED writes "Military Forces of the United States", "... of the Philippines"."""
    plural = {"Philippines", "Netherlands", "Bahamas", "Maldives", "Comoros", "Seychelles", "Gambia"}
    if (name in plural or name.startswith(("United ", "Democratic Republic", "Republic of"))
            or name.endswith(("Republic", "Islands", "Emirates"))):
        return "the " + name
    return name


def _read_entries(rows: list[dict], countries: dict[str, _Country]) -> list[ActorEntry]:
    """actors.csv rows as entries; a bad row raises, naming its line (the data is curated)."""
    country_names = {c.name for c in countries.values()}
    names = {row["name"] for row in rows}
    entries = []
    for line, row in enumerate(rows, start=2):
        name, typ, country, parent = ((row.get(k) or "").strip()
                                      for k in ("name", "type", "country", "parent"))
        since = (row.get("state_since") or "").strip()
        for bad, what in ((not name or typ not in _ENTRY_TYPES, f"name or type {typ!r}"),
                          (country and country not in countries, f"country {country!r}"),
                          (parent and parent not in names, f"parent {parent!r}"),
                          (since and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since), f"state_since {since!r}")):
            if bad:
                raise ValueError(f"actors.csv line {line}: bad {what}")
        listed = _split(row.get("aliases"))
        # An alias marked "~" (hint-only) stays hint-only even where the name implies it.
        guarded = {a[1:] for a in listed if a.startswith("~")}
        derived = [a for a in _derived_aliases(name, country_names) if a not in guarded and a[1:] not in listed]
        entries.append(ActorEntry(name, typ, country or None, parent or None,
                                  tuple(dict.fromkeys(derived + listed)),
                                  dt.date.fromisoformat(since) if since else None))
    return entries


def _derived_aliases(name: str, country_names: set[str]) -> list[str]:
    """ACLED-style names carry aliases: "JNIM: Group for ..." gives "JNIM" and "Group for ..."."""
    out = [name]
    for sep in (": ", " - "):
        if sep in name:
            out.extend(part.strip() for part in name.split(sep, 1))
    if name.startswith("Islamic State ") and name.endswith(" Province"):
        out.append(name[:-len(" Province")])  # "Islamic State Sahel claims ambush"
    m = re.match(r"^(.*\S)\s+\(([^()]+)\)$", name)  # "Fulani Ethnic Militia (Nigeria)"
    if m and m.group(2) in country_names and len(_phrase(m.group(1))) > 1:
        out.append(m.group(1))
        if m.group(1).endswith(" Ethnic Militia"):
            # Reports name an ethnic militia by its people and any fighters' noun ("Fulani
            # extremists", "Murle raiders"); listing each pair per row would miss the next one.
            people = m.group(1)[:-len(" Ethnic Militia")]
            if people not in _PEOPLES_OF_MANY_COUNTRIES:
                # Only where the event is in the militia's country: "Fulani assailants" in the
                # Central African Republic are not Nigeria's Fulani militia.
                out.extend(f"~{people} {noun}" for noun in _ETHNIC_FIGHTERS)
    return out


_ETHNIC_FIGHTERS = ("militia", "militias", "militiamen", "gunmen", "armed men", "fighters",
                    "attackers", "assailants", "militants", "extremists", "raiders", "armed youth",
                    "youth militia")
# "Arab gunmen" in Israel or "Druze fighters" in Lebanon are not the Syrian or Sudanese militia.
_PEOPLES_OF_MANY_COUNTRIES = {"Arab", "Bedouin", "Druze"}


def _alias_variants(tokens: list[_Tok]) -> list[list[_Tok]]:
    """"People's Army" also as "Peoples Army": copy editors drop the apostrophe."""
    merged: list[_Tok] = []
    for tok in tokens:
        if tok.fold == "s" and merged and tok.start == merged[-1].end:
            last = merged[-1]
            merged[-1] = _make_tok(last.start, tok.end, last.exact + "s", last.brk)
        else:
            merged.append(tok)
    return [tokens, merged] if len(merged) != len(tokens) else [tokens]


def _longest(toks: list[_Tok], j: int, table: dict) -> tuple[int, Any]:
    """(length, value) of the longest ``table`` phrase at token ``j``; (0, ()) if none."""
    if j < len(toks):
        for phrase, value in table.get(toks[j].fold, ()):
            n = len(phrase)
            if j + n <= len(toks) and all(toks[j + k].fold == phrase[k] and not toks[j + k].brk
                                          for k in range(1, n)):
                return n, value
    return 0, ()


def _force_tail(w: _Words, toks: list[_Tok], j: int,
                bare: bool) -> tuple[int, str, tuple[str, ...]] | None:
    """Up to two modifiers and a force noun at ``j``: "government forces", "air strikes"."""
    if j >= len(toks) or (not bare and toks[j].brk):
        return None
    best = None
    for k in range(3):
        mods = toks[j:j + k]
        if len(mods) < k or any(t.fold not in _STATE_MODS or (m and t.brk)
                                for m, t in enumerate(mods)):
            break
        n, tags = _longest(toks, j + k, w.forces)
        if not n or (k and toks[j + k].brk):
            continue
        phrase = tuple(t.fold for t in toks[j + k:j + k + n])
        if bare and not any(t.fold in _QUALIFIERS for t in mods) and (k or phrase not in w.bare):
            continue
        if best is None or k + n > best[0]:
            best = (k + n, "police" if "police" in tags else "military", tags)
    return best


def _tail_length(toks: list[_Tok], j: int) -> int:
    """Words after a group name that still belong to it: "-linked militants", "fighters"."""
    k = j + (j < len(toks) and not toks[j].brk and toks[j].fold in _GROUP_LINK)
    if k < len(toks) and not toks[k].brk and toks[k].fold in _GROUP_TAIL:
        return k + 1 - j
    return 0


def _is_word(toks: list[_Tok], j: int, exact: str) -> bool:
    return j < len(toks) and not toks[j].brk and toks[j].exact == exact


def _after_the(toks: list[_Tok], i: int) -> bool:
    return i > 0 and not toks[i].brk and toks[i - 1].fold == "the"


def _inside_name(toks: list[_Tok], i: int) -> bool:
    """A capitalised noun after a capitalised word ends a name we lack ("Karenni Army")."""
    if i == 0 or toks[i].brk or not toks[i].exact[:1].isupper():
        return False
    before = i - 1
    if before > 0 and toks[before].exact in ("s", "'s", "’s"):
        before -= 1  # "the Paraguayan People's Army"
    return toks[before].exact[:1].isupper() and toks[before].fold not in ("the", "a", "an")


def _shouting(toks: list[_Tok], i: int, j: int) -> bool:
    """A two-letter acronym beside all-caps words is a headline ("ARMY IS READY"), not IS."""
    return any(0 <= k < len(toks) and len(toks[k].exact) >= 3 and toks[k].exact.isupper()
               and toks[k].exact.isalpha() for k in (i - 1, j))
