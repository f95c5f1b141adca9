"""geopy geocoders: the offline gazetteer, and Nominatim on a fake server on 127.0.0.1."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

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


class FakeNominatim(BaseHTTPRequestHandler):
    requests: list = []

    def do_GET(self):  # noqa: N802
        url = urlparse(self.path)
        FakeNominatim.requests.append((url.path, parse_qs(url.query)))
        q = parse_qs(url.query).get("q", [""])[0]
        body = []
        if url.path.startswith("/search") and q.lower().startswith("melitopol"):
            body = [{"place_id": 1, "osm_type": "relation", "osm_id": 1, "lat": "46.8489", "lon": "35.3653",
                     "display_name": "Melitopol, Melitopol Raion, Zaporizhzhia Oblast, Ukraine",
                     "address": {"city": "Melitopol", "state": "Zaporizhzhia Oblast",
                                 "ISO3166-2-lvl4": "UA-23", "country": "Ukraine", "country_code": "ua"}}]
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_server():
    FakeNominatim.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_nominatim_on_loopback_with_cache(fake_server, tmp_path, monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("OEP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("OEP_GEOCODER", "nominatim")
    monkeypatch.setenv("OEP_NOMINATIM_DOMAIN", fake_server)
    monkeypatch.setenv("OEP_NOMINATIM_SCHEME", "http")
    monkeypatch.setenv("OEP_NOMINATIM_USER_AGENT", "oep-test")
    monkeypatch.setenv("OEP_NOMINATIM_MIN_DELAY", "0")
    g = get_geocoder()
    assert isinstance(g, CachedNominatim)
    loc = g.geocode("Melitopol, Ukraine")
    assert isinstance(loc, Location)
    assert loc.raw["address"]["ISO3166-2-lvl4"] == "UA-23"
    assert round(loc.latitude, 3) == 46.849
    assert len(FakeNominatim.requests) == 1
    path, params = FakeNominatim.requests[0]
    assert path.startswith("/search") and params["q"] == ["Melitopol, Ukraine"]
    # the same query again, even from a new geocoder object: answered from the disk cache
    again = get_geocoder().geocode("Melitopol, Ukraine")
    assert again.raw == loc.raw and len(FakeNominatim.requests) == 1
    # misses are cached too
    assert g.geocode("Nowhere") is None and g.geocode("Nowhere") is None
    assert len(FakeNominatim.requests) == 2
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
