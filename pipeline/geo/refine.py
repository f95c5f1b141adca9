"""Refine event coordinates with the configured geopy geocoder (pure: no Dagster import).

The embedded gazetteer finds places in text and decides admin1 + occupied; it also gives
coordinates. When a user points the pipeline at their own Nominatim (OEP_GEOCODER=nominatim),
each distinct place is looked up once (rate-limited, cached on disk) and its coordinates replace
the gazetteer's. admin1_code and occupied stay the gazetteer's: they follow our ISO 3166-2 table
and control periods, which a general geocoder does not know.
"""
from __future__ import annotations

from pipeline.geo.geocoders import OfflineGazetteer


def refine_coordinates(events: list[dict], geocoder) -> dict:
    """Update latitude/longitude in place; returns counts {places, refined, not_found}."""
    if geocoder is None or isinstance(geocoder, OfflineGazetteer):
        return {"places": 0, "refined": 0, "not_found": 0}
    answers: dict[tuple, object] = {}
    for event in events:
        name, country = event.get("location_name"), event.get("country_code")
        if not name or (event.get("geo_precision") == 3 and event.get("admin1_code") is None):
            continue  # nothing to refine for a country-level location
        key = (name, country)
        if key not in answers:
            kwargs = {"country_codes": country.lower()} if country else {}
            answers[key] = geocoder.geocode(name, exactly_one=True, **kwargs)
        location = answers[key]
        if location is not None:
            event["latitude"], event["longitude"] = float(location.latitude), float(location.longitude)
    found = sum(1 for loc in answers.values() if loc is not None)
    return {"places": len(answers), "refined": found, "not_found": len(answers) - found}
