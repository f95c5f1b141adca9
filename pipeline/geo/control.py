"""Territorial control: was a place occupied on a date? Periods are data: schemas/geo/control.csv.

Decision at the event date (documented in docs/geo.md):
1. A settlement with rows in the table: occupied iff the date falls in one of its periods
   (`from` inclusive, `to` exclusive: the day control ended); a row with no occupier means
   "never occupied" (Zaporizhzhia city, Kharkiv city). A no-occupier row WITH dates is a
   window of known Ukrainian control (Pokrovsk: never occupied up to the date our sources
   cover); outside every period and window, the region rule below decides (usually None),
   so the table does not claim control beyond what it knows.
2. Otherwise the region's period at that date (a settlement's region, an admin1 match, or
   every region of an area):
   - extent 'full' (Crimea, Sevastopol, Abkhazia, South Ossetia, Transnistria) -> occupied;
   - extent 'most' / 'partial' -> the text's cue wins ("occupied parts of Zaporizhzhia
     oblast" -> True, "the unoccupied part" / "liberated" -> False); without a cue, the row's
     region_default (true for 'most': Luhansk after 2022-07-03, Kherson oblast Mar-Nov 2022),
     else None (unknown: the text does not say which part).
   - no period at that date -> not occupied (False); a text cue "occupied" for a region with no
     period (e.g. a misdated story) is reported as None rather than trusted blindly.
3. Countries: None when any of their regions has a control period at that date (mixed),
   False otherwise.
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from pipeline.geo.index import geo_dir


@dataclass(frozen=True)
class ControlPeriod:
    scope: str  # region | settlement
    admin1_code: str
    place: str
    geonameid: int | None
    occupier: str | None  # ISO-3; None = never occupied
    start: dt.date | None
    end: dt.date | None  # exclusive; None = ongoing
    extent: str  # full | most | partial ('' for settlements)
    region_default: bool | None
    note: str

    def covers(self, on: dt.date) -> bool:
        if self.occupier is None or self.start is None:
            return False
        return self.start <= on and (self.end is None or on < self.end)

    def known_free(self, on: dt.date) -> bool:
        """A no-occupier row: not occupied at that date (open ends = always)."""
        return self.occupier is None and (self.start is None or self.start <= on) and (
            self.end is None or on < self.end)


class ControlTable:
    def __init__(self, periods: list[ControlPeriod]):
        self.periods = periods
        self._by_geonameid: dict[int, list[ControlPeriod]] = {}
        self._by_name: dict[tuple[str, str], list[ControlPeriod]] = {}
        self._by_region: dict[str, list[ControlPeriod]] = {}
        for p in periods:
            if p.scope == "settlement":
                if p.geonameid:
                    self._by_geonameid.setdefault(p.geonameid, []).append(p)
                self._by_name.setdefault((p.admin1_code, p.place.lower()), []).append(p)
            else:
                self._by_region.setdefault(p.admin1_code, []).append(p)
        # country ISO-2 -> the region periods of its regions (a country's status asks for them all)
        self._region_periods_by_country: dict[str, list[ControlPeriod]] = {}
        for code, ps in self._by_region.items():
            if "-" in code:
                self._region_periods_by_country.setdefault(code.split("-")[0], []).extend(ps)
        # ISO-2 codes of the states with a region in the table (UA, GE, MD): the occupied territories' states
        self.states = frozenset(self._region_periods_by_country)

    def settlement_periods(self, place) -> list[ControlPeriod] | None:
        if place.geonameid and place.geonameid in self._by_geonameid:
            return self._by_geonameid[place.geonameid]
        return self._by_name.get((place.admin1_code or "", (place.name or "").lower()))

    def region_period(self, admin1_code: str | None, on: dt.date) -> ControlPeriod | None:
        for p in self._by_region.get(admin1_code or "", ()):
            if p.covers(on):
                return p
        return None

    def region_status(self, admin1_code: str | None, on: dt.date, cue: bool | None):
        p = self.region_period(admin1_code, on)
        if p is None:
            return (None, None) if cue is True else (False, None)
        if p.extent == "full":
            return True, p.occupier
        if cue is not None:
            return (True, p.occupier) if cue else (False, None)
        if p.region_default is not None:
            return (True, p.occupier) if p.region_default else (False, None)
        return None, None

    def status(self, place, on: dt.date) -> tuple[bool | None, str | None]:
        if on is None:
            return None, None
        if isinstance(on, dt.datetime):
            on = on.date()
        cue = getattr(place, "occupied_cue", None)
        kind = getattr(place, "kind", "settlement")
        if kind == "country":
            # a country with an occupied region at that date: not a yes/no question, unless the text speaks of its
            # occupied territories as a whole ("occupied Ukraine", "the occupied territories": occupied_cue True)
            active = [p for p in self._region_periods_by_country.get(place.country_code, ()) if p.covers(on)]
            if active:
                occupiers = {p.occupier for p in active if p.occupier}
                if cue is True and occupiers:
                    return True, (occupiers.pop() if len(occupiers) == 1 else None)
                return None, None
            return False, None
        if kind == "settlement":
            periods = self.settlement_periods(place)
            if periods:
                for p in periods:
                    if p.covers(on):
                        return True, p.occupier
                windows = [p for p in periods if p.occupier is None]
                if not windows or any(p.known_free(on) for p in windows):
                    return False, None
                # beyond the known-control window: what the region says
                return self.region_status(place.admin1_code, on, cue)
            return self.region_status(place.admin1_code, on, cue)
        codes = tuple(getattr(place, "admin1_codes", ()) or ()) or ((place.admin1_code,) if place.admin1_code else ())
        results = {self.region_status(code, on, cue) for code in codes}
        if len(results) == 1:
            return results.pop()
        return None, None  # an area whose regions differ: split it (Gazetteer.split_area)


def _date(s: str) -> dt.date | None:
    s = (s or "").strip()
    return dt.date.fromisoformat(s) if s else None


def load_control_table(path=None) -> ControlTable:
    path = path or geo_dir() / "control.csv"
    periods = []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            default = (r.get("region_default") or "").strip().lower()
            periods.append(ControlPeriod(
                scope=r["scope"].strip(), admin1_code=r["admin1_code"].strip(), place=r["place"].strip(),
                geonameid=int(r["geonameid"]) if r["geonameid"].strip() else None,
                occupier=r["occupier"].strip() or None, start=_date(r["from"]), end=_date(r["to"]),
                extent=(r.get("extent") or "").strip(),
                region_default={"true": True, "false": False}.get(default),
                note=r.get("note", "").strip(),
            ))
    return ControlTable(periods)


@lru_cache(maxsize=1)
def get_control_table() -> ControlTable:
    return load_control_table()


@lru_cache(maxsize=1)
def control_change_days() -> tuple[dt.date, ...]:
    """The distinct days on which an occupation period of the table begins or ends, in order: the only days within a
    range on which a place can change hands (the coder asks whether control changed in an act's year)."""
    days = {d for p in get_control_table().periods if p.occupier for d in (p.start, p.end) if d}
    return tuple(sorted(days))


def occupation_status(place, on: dt.date) -> tuple[bool | None, str | None]:
    """(occupied, occupier ISO-3) for a PlaceMatch at a date; (None, None) when unknown."""
    return get_control_table().status(place, on)
