"""Offline gazetteer: find place names in text (interface; the implementation fills it in).

- get_gazetteer() -> Gazetteer (built once per process, loaded from an on-disk cache)
- Gazetteer.find_places(text, context_countries=()) -> list[PlaceMatch], spans relative to text
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    text: str  # the words matched in the text
    name: str  # canonical English name
    kind: str  # 'settlement' | 'admin1' | 'country' | 'area' (e.g. Donbas: several admin1)
    country_code: str  # ISO 3166-1 alpha-2
    admin1_code: str | None  # ISO 3166-2, e.g. UA-14
    region_name: str | None  # English admin1 name
    latitude: float
    longitude: float
    geo_precision: int  # ACLED 1 town, 2 near/part of region, 3 region/country
    geonameid: int | None = None
    population: int = 0
    qualifier: str | None = None  # 'occupied', 'near', 'in', ... words before the name
    admin1_codes: tuple[str, ...] = field(default_factory=tuple)  # all regions for an 'area'


class Gazetteer:
    def find_places(self, text: str, context_countries: tuple[str, ...] = ()) -> list[PlaceMatch]:
        return []


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer()
