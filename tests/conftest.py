"""Shared fixtures: a fake Nominatim server on 127.0.0.1 (started and stopped by the test)."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from urllib.parse import parse_qs, urlparse

import pytest


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
    """host:port of a Nominatim look-alike that knows only Melitopol."""
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




@pytest.fixture
def nominatim_env(fake_server, tmp_path, monkeypatch):
    """Environment that switches the pipeline's geocoder to the fake server (no proxies, own cache)."""
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("OEP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("OEP_GEOCODER", "nominatim")
    monkeypatch.setenv("OEP_NOMINATIM_DOMAIN", fake_server)
    monkeypatch.setenv("OEP_NOMINATIM_SCHEME", "http")
    monkeypatch.setenv("OEP_NOMINATIM_USER_AGENT", "oep-test")
    monkeypatch.setenv("OEP_NOMINATIM_MIN_DELAY", "0")
    return SimpleNamespace(domain=fake_server, requests=FakeNominatim.requests)
