"""Actor mentions in news text: named armed groups, state forces, unidentified perpetrators, civilians.

Names follow ACLED's conventions (schemas.md 1.3): ``Military Forces of <State>``, ``Police Forces of
<State>``, ``Unidentified Armed Group (<Country>)``, ``Civilians (<Country>)``. The lexicon comes
from two packaged CSVs (``data/actors.csv``, ``data/demonyms.csv``; see ``data/ACTORS_SOURCES.md``).

Matching works on tokens, not characters, so word boundaries come for free ("Hamas" never matches
inside "Hamasi"), and hyphens, apostrophes and diacritics fold away ("al-Shabaab" = "Al Shabaab").
Aliases with an upper-case letter after the first (IS, ADF, LeT, FAMa) match case-sensitively,
so "IS" is never the verb "is". Every pattern is tried at each token and the longest match wins.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

from sitrep.models import ACTOR_TYPES, Actor

KINDS = ("group", "state", "unidentified", "civilian", "government")
_GROUP_TYPES = frozenset(ACTOR_TYPES) - {"Rioters", "Protesters", "Civilians"}


@dataclass(frozen=True)
class ActorMention:
    """One actor phrase: ``text[start:end]`` names ``actor``.

    ``kind`` tells the caller what role the phrase can play: "group" (named non-state group),
    "state" (state forces), "unidentified" (gunmen, militants...), "civilian" (victim nouns) or
    "government" (the government/authorities, not its forces). ``tags`` refine it, e.g.
    ("bandit",), ("suicide",), ("suspected",), ("air",), ("police",), ("demonym",).
    """

    start: int
    end: int
    actor: Actor
    kind: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorEntry:
    """One row of actors.csv."""

    name: str
    type: str
    country: str | None
    parent: str | None
    aliases: tuple[str, ...]


class _Country(NamedTuple):
    name: str
    adjectives: tuple[str, ...]
    people: tuple[str, ...]


class _Tok(NamedTuple):
    start: int
    end: int
    exact: str  # diacritics, apostrophes and dots removed; case kept
    fold: str  # exact, lower-cased, with spelling variants unified
    brk: bool  # punctuation or a newline separates it from the previous token


# Dotted acronyms (U.S., U.N.) are one token; otherwise words with inner apostrophes (Jama'at).
_TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:['’ʼʿʾ`´]\w+)*")
_APOSTROPHES = re.compile(r"['’ʼʿʾ`´.]")
_POSSESSIVE = re.compile(r"^(.*\w)['’ʼ][sS]$")
# A match may cross spaces, hyphens, slashes, brackets and quotes, never a sentence or clause break.
_BREAK = re.compile(r"[.,;:!?\n]")
# Transliteration and US/UK spelling variants that press copy mixes freely.
_SPELLING = {
    "defense": "defence", "qaida": "qaeda", "shabab": "shabaab", "mujahidin": "mujahideen",
    "mujahedeen": "mujahideen", "mujahedin": "mujahideen", "hizbollah": "hezbollah",
    "hizbullah": "hezbollah", "hizballah": "hezbollah", "hezbullah": "hezbollah",
    "organization": "organisation", "mobilization": "mobilisation", "daish": "daesh",
    "stabilization": "stabilisation", "taleban": "taliban", "sunnah": "sunna",
    "worshipers": "worshippers", "worshiper": "worshipper", "travelers": "travellers",
    "laborers": "labourers", "armored": "armoured", "airstrikes": "airstrike",
}


def _fold_exact(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    word = "".join(ch for ch in word if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", word)


def _fold(exact: str) -> str:
    low = exact.lower()
    return _SPELLING.get(low, low)


def _tokenize(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    end = len(text) if end is None else end
    toks: list[_Tok] = []
    prev_end = start
    for m in _TOKEN_RE.finditer(text, start, end):
        brk = bool(toks) and bool(_BREAK.search(text, prev_end, m.start()))
        pieces = [(m.start(), m.end())]
        if (pm := _POSSESSIVE.match(m.group())) is not None:
            # "Nigeria's army": the possessive is its own token so "Nigeria" still matches.
            cut = m.start() + len(pm.group(1))
            pieces = [(m.start(), cut), (cut, m.end())]
        for k, (s, e) in enumerate(pieces):
            exact = _fold_exact(text[s:e])
            toks.append(_Tok(s, e, exact, _fold(exact), brk and k == 0))
        prev_end = m.end()
    return toks


def _phrase(words: str) -> tuple[str, ...]:
    return tuple(t.fold for t in _tokenize(words))


def _phrases(*items: str) -> frozenset[tuple[str, ...]]:
    return frozenset(_phrase(i) for i in items)


# ---------------------------------------------------------------- word lists for the patterns
_MILITARY = _phrases(
    "army", "armies", "troops", "troop", "soldiers", "soldier", "forces", "military", "militaries",
    "security forces", "armed forces", "defence forces", "defence force", "special forces",
    "ground forces", "ground troops", "naval forces", "navy", "navies", "marines", "paratroopers",
    "commandos", "servicemen", "serviceman", "service members", "personnel", "military personnel",
    "security personnel", "security operatives", "border guards", "border guard", "coast guard",
    "coastguard", "national guard", "peacekeepers", "artillery", "shelling", "bombardment",
    "bombardments", "bombing", "tanks", "warships", "gunboats", "units", "battalion", "brigade",
)
_AIR = _phrases(
    "air force", "air forces", "airforce", "airstrike", "air strike", "air strikes", "air raid",
    "air raids", "airstrike", "jets", "fighter jets", "fighter jet", "warplanes", "warplane",
    "war planes", "aircraft", "military aircraft", "drones", "drone", "drone strike",
    "drone strikes", "helicopters", "helicopter", "helicopter gunships", "gunships", "strikes",
    "strike", "missiles", "missile", "missile strike", "missile strikes",
)
_POLICE = _phrases(
    "police", "policemen", "policeman", "police officers", "police officer", "police force",
    "police forces", "police personnel", "riot police", "cops", "gendarmes", "gendarme",
    "gendarmerie", "law enforcement", "law enforcement officers", "law enforcement agencies",
    "security agents", "counter-terrorism police", "paramilitary police",
)
# Without an adjective only unmistakable nouns count: "forces" or "jets" alone could be anyone's.
_BARE = _phrases(
    "army", "troops", "soldiers", "soldier", "security forces", "armed forces", "special forces",
    "paratroopers", "commandos", "servicemen", "security personnel", "security operatives",
    "border guards", "navy", "air force", "police", "policemen", "policeman", "police officers",
    "police officer", "riot police", "gendarmes", "gendarme", "gendarmerie", "law enforcement",
    "law enforcement officers", "security agents", "ground troops",
) | {("military",)}
# Words that may sit between the adjective and the force noun ("Syrian government forces").
_STATE_MODS = frozenset({
    "government", "regime", "junta", "security", "special", "armed", "national", "federal", "state",
    "regular", "elite", "ground", "border", "military", "army", "led", "occupation", "defence",
    "loyalist", "navy", "naval", "air", "riot", "counter", "terrorism", "interior", "marine",
})
# Bare modifiers that make any force noun a state one: "government forces", "regime airstrikes".
_STATE_QUALIFIERS = frozenset({"government", "regime", "junta", "federal", "army", "military"})
_GOVERNMENT = _phrases(
    "government", "authorities", "regime", "junta", "administration", "military junta",
    "ruling junta", "military government", "transitional government", "interim government",
    "de facto authorities", "military authorities",
)
_BARE_GOVERNMENT = _phrases("authorities", "military junta", "ruling junta", "de facto authorities")

_UNIDENTIFIED = {
    "gunmen": (), "gunman": (), "assailants": (), "assailant": (), "attackers": (), "attacker": (),
    "militants": (), "militant": (), "insurgents": ("rebel",), "insurgent": ("rebel",),
    "terrorists": ("terrorist",), "terrorist": ("terrorist",), "bandits": ("bandit",),
    "bandit": ("bandit",), "armed bandits": ("bandit",), "jihadists": ("jihadist",),
    "jihadist": ("jihadist",), "islamists": ("jihadist",), "extremists": (),
    "armed men": (), "armed man": (), "armed individuals": (), "armed group": (),
    "armed groups": (), "armed gang": ("criminal",), "gangs": ("criminal",),
    "gang": ("criminal",), "gang members": ("criminal",), "gangsters": ("criminal",),
    "criminals": ("criminal",), "armed criminals": ("criminal",), "kidnappers": ("criminal",),
    "abductors": ("criminal",), "suicide bomber": ("suicide",), "suicide bombers": ("suicide",),
    "bombers": (), "rebels": ("rebel",), "rebel fighters": ("rebel",), "fighters": (),
    "separatists": ("rebel",), "raiders": ("bandit",), "cattle rustlers": ("bandit",),
    "rustlers": ("bandit",), "pirates": ("pirate",), "hijackers": ("criminal",),
    "militiamen": ("militia",), "militia": ("militia",), "militias": ("militia",),
    "thugs": ("thug",), "hooligans": ("thug",),
}
_UNIDENTIFIED_KEYS = {_phrase(k): v for k, v in _UNIDENTIFIED.items()}
# Generic nouns that only name perpetrators with a modifier: "armed men", "unknown persons".
_NEEDS_PREFIX = _phrases("men", "man", "individuals", "persons", "people", "group", "groups",
                         "elements", "youths", "motorcyclists")
_UNID_PREFIX = {
    "unknown": (), "unidentified": (), "suspected": ("suspected",), "alleged": ("suspected",),
    "armed": (), "heavily": (), "masked": (), "hooded": (), "islamist": ("jihadist",),
    "jihadist": ("jihadist",), "jihadi": ("jihadist",), "extremist": (), "militant": (),
    "terrorist": ("terrorist",), "rebel": ("rebel",), "separatist": ("rebel",),
    "bandit": ("bandit",), "criminal": ("criminal",), "rival": (), "local": (), "suicide": ("suicide",),
}
# Prefixes too weak to turn "men" or "people" into perpetrators ("local people" are civilians).
_WEAK_PREFIX = frozenset({"rival", "local", "suicide", "alleged", "suspected"})
_CIVILIANS = _phrases(
    "civilians", "civilian", "villagers", "villager", "residents", "resident", "locals",
    "nationals", "citizens", "worshippers", "worshipper", "churchgoers", "congregants", "mourners", "pilgrims",
    "students", "student", "pupils", "schoolchildren", "schoolgirls", "schoolboys", "women",
    "woman", "children", "child", "girls", "boys", "babies", "infants", "teenagers", "elderly",
    "farmers", "farmer", "herders", "herder", "fishermen", "fisherman", "miners", "traders",
    "trader", "merchants", "shopkeepers", "vendors", "passengers", "passenger", "motorists",
    "drivers", "truck drivers", "travellers", "commuters", "journalists", "journalist",
    "reporters", "reporter", "aid workers", "aid worker", "humanitarian workers",
    "health workers", "medical workers", "doctors", "doctor", "nurses", "paramedics",
    "teachers", "teacher", "workers", "labourers", "engineers", "contractors", "refugees",
    "migrants", "displaced people", "displaced persons", "IDPs", "returnees", "tourists",
    "hostages", "detainees", "prisoners", "inmates", "family members", "families", "relatives",
    "elders", "village head", "village chief", "traditional ruler", "traditional rulers",
    "imam", "pastor", "priest", "priests", "clerics", "monks", "nuns", "bystanders",
    "passers-by", "pedestrians", "shoppers", "patients", "Christians", "Muslims", "Hindus",
    "Sikhs", "Yazidis", "Shiites", "Sunnis", "Alawites", "Hazaras", "Rohingya",
)
_CIV_PREFIX = frozenset({
    "unarmed", "innocent", "local", "displaced", "fleeing", "christian", "muslim", "shia",
    "shiite", "sunni", "hindu", "sikh", "yazidi", "alawite", "hazara", "rohingya", "young",
    "elderly", "pregnant", "foreign", "western", "female", "male", "school", "other", "fellow",
})
# Trailing nouns folded into a named-group mention: "Houthi rebels", "IS-linked militants".
_GROUP_TAIL = frozenset({
    "fighters", "fighter", "militants", "militant", "militiamen", "militia", "militias", "rebels",
    "rebel", "insurgents", "insurgent", "gunmen", "gunman", "members", "member", "group",
    "terrorists", "terrorist", "jihadists", "jihadist", "forces", "troops", "soldiers", "soldier",
    "units", "unit", "cadres", "cadre", "guerrillas", "guerrilla", "operatives", "mercenaries",
    "mercenary", "elements", "combatants", "loyalists", "separatists", "personnel", "government",
    "authorities", "administration", "regime", "movement", "organisation", "network", "faction",
})
_GROUP_LINK = frozenset({"linked", "affiliated", "allied", "aligned", "loyal", "backed", "led",
                         "inspired", "affiliate"})
# Bare nouns a capitalised proper name may end in ("Arakan Army"): not a state mention then.
_ARTICLES = frozenset({"the", "a", "an"})
_PRIORITY = {"group": 0, "state": 1, "government": 2, "unidentified": 3, "civilian": 4}


def _is_case_sensitive(exact_tokens: tuple[str, ...]) -> bool:
    """Acronyms and camel-case names (IS, ADF, LeT, FAMa) must keep their case."""
    return any(any(ch.isupper() for ch in tok[1:]) for tok in exact_tokens)


def _derived_aliases(name: str, country_names: set[str]) -> list[str]:
    """ACLED-style names hold their own aliases: "JNIM: Group for ..." gives "JNIM" and the rest."""
    out = [name]
    for sep in (": ", " - "):
        if sep in name:
            out.extend(part.strip() for part in name.split(sep, 1))
    m = re.match(r"^(.*\S)\s+\(([^()]+)\)$", name)
    if m and m.group(2) in country_names and len(_phrase(m.group(1))) > 1:
        out.append(m.group(1))
    return out


def _alias_variants(tokens: list[_Tok]) -> list[list[_Tok]]:
    """"People's Army" also as "Peoples Army": copy-editors drop the apostrophe."""
    variants = [tokens]
    merged: list[_Tok] = []
    for tok in tokens:
        if tok.fold == "s" and merged and tok.start == merged[-1].end:
            last = merged[-1]
            exact = last.exact + tok.exact
            merged[-1] = _Tok(last.start, tok.end, exact, _fold(exact), last.brk)
        else:
            merged.append(tok)
    if len(merged) != len(tokens):
        variants.append(merged)
    return variants


class ActorLexicon:
    """Named actors and country adjectives, compiled into token tries. Build once with ``load()``."""

    def __init__(self, entries: list[ActorEntry], countries: dict[str, _Country]) -> None:
        self.entries = tuple(entries)
        self._by_name = {e.name: e for e in entries}
        self._names = {code: c.name for code, c in countries.items()}
        self._trie: dict = {}
        # The country name doubles as an adjective: "Kenya Police", "Nigeria's army".
        self._adjectives: dict[tuple[str, ...], list[str]] = {}
        self._people: dict[tuple[str, ...], list[str]] = {}
        self._children: dict[tuple[str, str], list[ActorEntry]] = {}
        for code, c in countries.items():
            for table, words in ((self._adjectives, (c.name, *c.adjectives)),
                                 (self._people, c.people)):
                for word in words:
                    key = self._key(word)
                    if key and code not in table.setdefault(key, []):
                        table[key].append(code)
        # A bare "French" or "Sudanese" is an adjective far more often than a group of people.
        self._people = {k: v for k, v in self._people.items() if k not in self._adjectives}
        for entry in entries:
            if entry.parent and entry.country:
                self._children.setdefault((entry.parent, entry.country), []).append(entry)
            for alias in entry.aliases:
                self._add_alias(alias, entry)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls) -> ActorLexicon:
        """Read the packaged CSVs (data/actors.csv, data/demonyms.csv)."""
        data = resources.files("sitrep") / "data"
        with (data / "demonyms.csv").open(encoding="utf-8", newline="") as fh:
            countries = {
                row["country"]: _Country(row["name"], tuple(_split(row["adjectives"])),
                                         tuple(_split(row["people"])))
                for row in csv.DictReader(fh)
            }
        with (data / "actors.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        return cls(_read_entries(rows, countries), countries)

    def _key(self, words: str) -> tuple[str, ...]:
        return tuple(t.exact if _is_case_sensitive((t.exact,)) else t.fold for t in _tokenize(words))

    def _add_alias(self, alias: str, entry: ActorEntry) -> None:
        hint_only = alias.startswith("~")
        tokens = _tokenize(alias.lstrip("~"))
        if not tokens:
            return
        for variant in _alias_variants(tokens):
            cs = _is_case_sensitive(tuple(t.exact for t in variant))
            node = self._trie
            for tok in variant:
                node = node.setdefault(("c", tok.exact) if cs else ("f", tok.fold), {})
            payload = node.setdefault(None, [])
            if all(p[0] is not entry for p in payload):
                payload.append((entry, hint_only, cs and len("".join(t.exact for t in variant)) <= 2))

    # ------------------------------------------------------------------ naming helpers
    def country_name(self, code: str | None) -> str | None:
        return self._names.get(code.upper()) if code else None

    def country_code(self, words: str, country_hint: str | None = None) -> str | None:
        """The country a name, adjective or people noun refers to ("Turkey", "Turkish", "Turks")."""
        key = self._key(words)
        return _prefer(self._adjectives.get(key) or self._people.get(key) or [], country_hint)

    def lookup(self, name: str) -> ActorEntry | None:
        return self._by_name.get(name)

    def state_actor(self, country_code: str | None, branch: str = "military",
                    text: str | None = None) -> Actor:
        """``Military Forces of X`` / ``Police Forces of X`` / ``Government of X`` (no code: generic)."""
        head = {"military": "Military Forces", "police": "Police Forces",
                "government": "Government"}[branch]
        name = self.country_name(country_code)
        full = f"{head} of {_with_article(name)}" if name else head
        return Actor(text=text or full, name=full, type="State forces",
                     country=country_code.upper() if name and country_code else None)

    def unidentified_actor(self, country_code: str | None, text: str | None = None) -> Actor:
        name = self.country_name(country_code)
        full = f"Unidentified Armed Group ({name})" if name else "Unidentified Armed Group"
        return Actor(text=text or full, name=full, type="Political militia",
                     country=country_code.upper() if name and country_code else None)

    def civilians_actor(self, country_code: str | None, text: str | None = None) -> Actor:
        name = self.country_name(country_code)
        full = f"Civilians ({name})" if name else "Civilians"
        return Actor(text=text or full, name=full, type="Civilians",
                     country=country_code.upper() if name and country_code else None)

    # ------------------------------------------------------------------ matching
    def find(self, text: str, start: int = 0, end: int | None = None,
             country_hint: str | None = None) -> list[ActorMention]:
        """Actor mentions in ``text[start:end]``, left to right, longest match first.

        ``country_hint`` (alpha-2) names generic mentions ("troops", "gunmen"), picks between
        groups that share an alias (ADF in Congo vs Cameroon) and turns a transnational parent
        into its only branch in that country ("Islamic State" in Nigeria -> ISWAP).
        """
        hint = country_hint.upper() if country_hint else None
        toks = _tokenize(text, start, end)
        out: list[ActorMention] = []
        i = 0
        while i < len(toks):
            cands = [c for c in (self._group_at(toks, i, hint), self._state_at(toks, i, hint),
                                 self._government_at(toks, i, hint),
                                 self._unidentified_at(toks, i, hint),
                                 self._civilian_at(toks, i, hint)) if c]
            if not cands:
                i += 1
                continue
            n, kind, make = max(cands, key=lambda c: (c[0], -_PRIORITY[c[1]]))
            surface = text[toks[i].start:toks[i + n - 1].end]
            actor, tags = make(surface)
            out.append(ActorMention(toks[i].start, toks[i + n - 1].end, actor, kind, tags))
            i += n
        return out

    def _group_at(self, toks: list[_Tok], i: int, hint: str | None):
        best: tuple[int, ActorEntry] | None = None
        stack = [(self._trie, i)]
        while stack:  # depth-first over both the exact-case and the folded edge of each token
            node, j = stack.pop()
            if None in node and (best is None or j - i > best[0]):
                entry = self._resolve(node[None], hint, toks, i, j)
                if entry is not None:
                    best = (j - i, entry)
            if j < len(toks) and (j == i or not toks[j].brk):
                for key in (("c", toks[j].exact), ("f", toks[j].fold)):
                    if key in node:
                        stack.append((node[key], j + 1))
        if best is None:
            return None
        n, entry = best
        n += _tail_length(toks, i + n)
        kind = "state" if entry.type == "State forces" else "group"
        tags = (("police",) if entry.name.startswith("Police Forces") else ("military",)) \
            if kind == "state" else ()
        return n, kind, lambda s: (Actor(s, entry.name, entry.type, entry.country), tags)

    def _resolve(self, payload, hint, toks, i, j) -> ActorEntry | None:
        usable = [e for e, hint_only, short in payload
                  if (not hint_only or e.country == hint) and not (short and _shouting(toks, i, j))]
        if not usable:
            return None
        entry = next((e for e in usable if hint and e.country == hint), usable[0])
        if entry.country is None and hint:
            # A transnational parent stands for its only branch in the hinted country.
            branches = self._children.get((entry.name, hint), [])
            if len(branches) == 1:
                entry = branches[0]
        return entry

    def _country_at(self, toks: list[_Tok], i: int, hint: str | None) -> tuple[int, str] | None:
        """A capitalised country adjective or name at ``i`` ("Turkish", "Nigeria's", "DR Congo")."""
        if i >= len(toks) or not toks[i].exact[:1].isupper():
            return None
        if i > 0 and not toks[i].brk and toks[i - 1].fold in ("pro", "anti"):
            return None  # "pro-Russian separatists" are not Russian forces
        for n in range(min(5, len(toks) - i), 0, -1):
            if any(t.brk for t in toks[i + 1:i + n]):
                continue
            key = tuple(t.exact if _is_case_sensitive((t.exact,)) else t.fold for t in toks[i:i + n])
            codes = self._adjectives.get(key)
            if codes:
                j = i + n
                if j < len(toks) and toks[j].fold == "s" and not toks[j].brk:
                    j += 1
                return j - i, _prefer(codes, hint) or codes[0]
        return None

    def _state_at(self, toks, i, hint):
        country = self._country_at(toks, i, hint)
        # "Niger State police" is Nigerian: a capitalised "State" after the name is a province.
        if country and not _joined(toks, i + country[0], "State"):
            n0, code = country
            tail = _force_tail(toks, i + n0, bare=False)
            if tail:
                n, branch, tags = tail
                return n0 + n, "state", lambda s: (self.state_actor(code, branch, s), tags)
        if _proper_name_before(toks, i):
            return None
        tail = _force_tail(toks, i, bare=True)
        if tail and (tail[0] > 1 or toks[i].fold != "military"
                     or (i > 0 and toks[i - 1].fold == "the" and not toks[i].brk)):
            n, branch, tags = tail
            return n, "state", lambda s: (self.state_actor(hint, branch, s), tags)
        return None

    def _government_at(self, toks, i, hint):
        country = self._country_at(toks, i, hint)
        n0, code = country if country else (0, hint)
        n = _longest(toks, i + n0, _GOVERNMENT)
        if not n or (n0 and toks[i + n0].brk):
            return None
        if not country:
            bare_ok = _longest(toks, i, _BARE_GOVERNMENT) == n or (
                i > 0 and toks[i - 1].fold == "the" and not toks[i].brk)
            if not bare_ok or _proper_name_before(toks, i):
                return None
        return n0 + n, "government", lambda s: (self.state_actor(code, "government", s), ())

    def _unidentified_at(self, toks, i, hint):
        code, tags, strong, seen_country, best = hint, [], False, False, None
        j = i
        while j < len(toks) and j - i <= 3 and (j == i or not toks[j].brk):
            n = _longest(toks, j, _UNIDENTIFIED_KEYS) or (strong and _longest(toks, j, _NEEDS_PREFIX))
            if n:
                noun_tags = _UNIDENTIFIED_KEYS.get(tuple(t.fold for t in toks[j:j + n]), ())
                best = (j + n - i, code, tuple(dict.fromkeys([*tags, *noun_tags])))
            if toks[j].fold in _UNID_PREFIX:
                tags.extend(_UNID_PREFIX[toks[j].fold])
                strong = strong or toks[j].fold not in _WEAK_PREFIX
                j += 1
            elif not seen_country and (c := self._country_at(toks, j, hint)):
                code, j, seen_country = c[1], j + c[0], True  # "Nigerian bandits"
            else:
                break
        if best is None:
            return None
        n, code, found = best
        return n, "unidentified", lambda s: (self.unidentified_actor(code, s), found)

    def _civilian_at(self, toks, i, hint):
        country = self._country_at(toks, i, hint)
        n0, code = country if country else (0, hint)
        j = i + n0
        while j < len(toks) and toks[j].fold in _CIV_PREFIX and not (j > i and toks[j].brk):
            j += 1
        n = _longest(toks, j, _CIVILIANS)
        if n and not (j > i and toks[j].brk):
            return j + n - i, "civilian", lambda s: (self.civilians_actor(code, s), ())
        if not country and toks[i].exact[:1].isupper():
            for n in (3, 2, 1):  # "Palestinians", "South Sudanese" as victims
                if any(t.brk for t in toks[i + 1:i + n]):
                    continue
                key = tuple(t.exact if _is_case_sensitive((t.exact,)) else t.fold
                            for t in toks[i:i + n])
                if len(key) == n and (people := self._people.get(key)):
                    pcode = _prefer(people, hint)
                    return n, "civilian", lambda s: (self.civilians_actor(pcode, s), ("demonym",))
        return None


# ---------------------------------------------------------------- module helpers
def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def _prefer(codes: list[str], hint: str | None) -> str | None:
    if not codes:
        return None
    return hint if hint in codes else codes[0]


def _with_article(name: str) -> str:
    """ACLED writes "Military Forces of the United States", "... of the Philippines"."""
    plural = {"Philippines", "Netherlands", "Bahamas", "Maldives", "Comoros", "Seychelles",
              "Gambia"}
    if (name in plural or name.startswith(("United ", "Democratic Republic", "Republic of"))
            or name.endswith(("Republic", "Islands", "Emirates"))):
        return "the " + name
    return name


def _read_entries(rows: list[dict], countries: dict) -> list[ActorEntry]:
    """Rows of actors.csv as entries; a bad row is an error naming its line (data is curated)."""
    country_names = {vals[0] for vals in countries.values()}
    names = {row["name"] for row in rows}
    entries = []
    for line, row in enumerate(rows, start=2):
        name, typ = (row.get("name") or "").strip(), (row.get("type") or "").strip()
        country = (row.get("country") or "").strip() or None
        parent = (row.get("parent") or "").strip() or None
        if not name or typ not in _GROUP_TYPES:
            raise ValueError(f"actors.csv line {line}: bad name or type {typ!r}")
        if country and country not in countries:
            raise ValueError(f"actors.csv line {line}: unknown country {country!r}")
        if parent and parent not in names:
            raise ValueError(f"actors.csv line {line}: unknown parent {parent!r}")
        listed = _split(row["aliases"])
        # An alias marked "~" (hint-only) stays hint-only even when the name itself implies it.
        guarded = {a[1:] for a in listed if a.startswith("~")}
        derived = [a for a in _derived_aliases(name, country_names) if a not in guarded]
        aliases = tuple(dict.fromkeys(derived + listed))
        entries.append(ActorEntry(name, typ, country, parent, aliases))
    return entries


def _longest(toks: list[_Tok], j: int, table) -> int:
    """Length of the longest phrase of ``table`` (folded tuples) starting at token ``j``."""
    for n in range(min(3, len(toks) - j), 0, -1):
        if any(t.brk for t in toks[j + 1:j + n]):
            continue
        if tuple(t.fold for t in toks[j:j + n]) in table:
            return n
    return 0


def _force_tail(toks: list[_Tok], j: int, bare: bool) -> tuple[int, str, tuple[str, ...]] | None:
    """Modifiers plus a force noun at ``j``: "government forces", "air strikes", "police"."""
    best = None
    if j >= len(toks) or (not bare and toks[j].brk):
        return None
    for k in range(0, 3):
        mods = toks[j:j + k]
        if len(mods) < k or any(t.fold not in _STATE_MODS for t in mods):
            break
        if j + k < len(toks) and any(t.brk for t in toks[j + 1:j + k + 1]):
            break
        qualified = any(t.fold in _STATE_QUALIFIERS for t in mods)
        for table, branch, tags in ((_POLICE, "police", ("police",)),
                                    (_AIR, "military", ("military", "air")),
                                    (_MILITARY, "military", ("military",))):
            n = _longest(toks, j + k, table)
            if not n:
                continue
            phrase = tuple(t.fold for t in toks[j + k:j + k + n])
            if bare and not qualified and (k or phrase not in _BARE):
                continue
            if best is None or k + n > best[0]:
                best = (k + n, branch, tags)
    return best


def _tail_length(toks: list[_Tok], j: int) -> int:
    """Tokens after a group name that still belong to it: "-linked militants", "fighters"."""
    k = j
    if k < len(toks) and not toks[k].brk and toks[k].fold in _GROUP_LINK:
        k += 1
    if k < len(toks) and not toks[k].brk and toks[k].fold in _GROUP_TAIL:
        return k + 1 - j
    return 0


def _joined(toks: list[_Tok], j: int, exact: str) -> bool:
    return j < len(toks) and not toks[j].brk and toks[j].exact == exact


def _proper_name_before(toks: list[_Tok], i: int) -> bool:
    """"Arakan Army", "Kachin Independence Army": a capitalised noun ending an unknown name."""
    if i == 0 or toks[i].brk or not toks[i].exact[:1].isupper():
        return False
    prev = toks[i - 1]
    return prev.exact[:1].isupper() and prev.fold not in _ARTICLES


def _shouting(toks: list[_Tok], i: int, j: int) -> bool:
    """A two-letter acronym next to all-caps words is a headline ("ARMY IS READY"), not IS."""
    for k in (i - 1, j):
        if 0 <= k < len(toks) and len(toks[k].exact) >= 3 and toks[k].exact.isupper() \
                and toks[k].exact.isalpha():
            return True
    return False
