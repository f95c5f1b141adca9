"""geopy geocoders: the offline gazetteer, and Nominatim on a fake server on 127.0.0.1."""
from __future__ import annotations

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from pipeline.geo.geocoders import CachedNominatim, OfflineGazetteer, geocoder_settings, get_geocoder


def test_offline_is_the_default(monkeypatch):
    for var in ("OEP_GEOCODER", "OEP_GEOCODER_CONFIG", "OEP_NOMINATIM_DOMAIN"):
        monkeypatch.delenv(var, raising=False)
    g = get_geocoder()
    assert isinstance(g, OfflineGazetteer) and isinstance(g, Geocoder)


@pytest.mark.parametrize("query, name, admin1, geonames_admin1, cc", [
    ("Melitopol", "Melitopol", "UA-23", "UA.26", "UA"),
    ("Donetsk", "Donetsk", "UA-14", "UA.05", "UA"),
    ("Donetsk Oblast", "Donetsk Oblast", "UA-14", "UA.05", "UA"),
    ("Lugansk", "Luhansk", "UA-09", "UA.14", "UA"),
    ("Sukhumi, Georgia", "Sukhumi", "GE-AB", "GE.02", "GE"),
    ("Tskhinvali", "Tskhinvali", "GE-SO", None, "GE"),
])
def test_offline_geocode(query, name, admin1, geonames_admin1, cc):
    loc = OfflineGazetteer().geocode(query)
    assert isinstance(loc, Location)
    assert loc.raw["name"] == name
    assert (loc.raw["admin1_code"], loc.raw["admin1_geonames_code"], loc.raw["country_code"]) == (
        admin1, geonames_admin1, cc)
    assert -90 <= loc.latitude <= 90 and -180 <= loc.longitude <= 180 and loc.latitude != 0
    assert name in loc.address


def test_offline_geocode_many_and_unknown():
    g = OfflineGazetteer()
    many = g.geocode("Donetsk", exactly_one=False)
    assert [loc.raw["country_code"] for loc in many[:2]] == ["UA", "RU"]
    assert many[0].raw["geonameid"] == 709717
    assert g.geocode("Qwxyzzy") is None
    # context countries (ISO-3 accepted) pick the Russian town
    assert g.geocode("Kirovsk", country_codes=["RUS"]).raw["admin1_code"] == "RU-MUR"


def test_offline_reverse():
    loc = OfflineGazetteer().reverse((46.8489, 35.3653))  # Melitopol
    assert loc.raw["name"] == "Melitopol" and loc.raw["admin1_code"] == "UA-23"


def test_nominatim_on_loopback_with_cache(nominatim_env, tmp_path):
    g = get_geocoder()
    assert isinstance(g, CachedNominatim)
    loc = g.geocode("Melitopol, Ukraine")
    assert isinstance(loc, Location)
    assert loc.raw["address"]["ISO3166-2-lvl4"] == "UA-23"
    assert round(loc.latitude, 3) == 46.849
    assert len(nominatim_env.requests) == 1
    path, params = nominatim_env.requests[0]
    assert path.startswith("/search") and params["q"] == ["Melitopol, Ukraine"]
    # the same query again, even from a new geocoder object: answered from the disk cache
    again = get_geocoder().geocode("Melitopol, Ukraine")
    assert again.raw == loc.raw and len(nominatim_env.requests) == 1
    # misses are cached too
    assert g.geocode("Nowhere") is None and g.geocode("Nowhere") is None
    assert len(nominatim_env.requests) == 2
    assert (tmp_path / "cache" / "geo" / "nominatim-cache.sqlite").exists()


def test_settings_from_yaml_file_and_env_override(tmp_path, monkeypatch):
    cfg = tmp_path / "geocoder.yaml"
    cfg.write_text("geocoder: nominatim\nnominatim:\n  domain: geo.example.internal\n  scheme: http\n")
    monkeypatch.setenv("OEP_GEOCODER_CONFIG", str(cfg))
    monkeypatch.delenv("OEP_GEOCODER", raising=False)
    monkeypatch.delenv("OEP_NOMINATIM_DOMAIN", raising=False)
    s = geocoder_settings()
    assert s["geocoder"] == "nominatim" and s["nominatim"]["domain"] == "geo.example.internal"
    monkeypatch.setenv("OEP_GEOCODER", "offline")
    assert isinstance(get_geocoder(), OfflineGazetteer)
    monkeypatch.setenv("OEP_GEOCODER", "nominatim")
    monkeypatch.setenv("OEP_NOMINATIM_DOMAIN", "")
    cfg.write_text("geocoder: nominatim\n")
    with pytest.raises(ValueError):
        get_geocoder()
