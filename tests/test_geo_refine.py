"""The geocoder setting reaches the pipeline: with OEP_GEOCODER=nominatim (a fake server on
127.0.0.1 here) event coordinates come from the user's Nominatim; by default nothing is asked."""
import json

import pyarrow.parquet as pq
import pytest

from pipeline.geo.geocoders import get_geocoder
from pipeline.geo.refine import refine_coordinates


def _event(name="Melitopol", lat=46.84, lon=35.37):
    return {"location_name": name, "country_code": "UA", "admin1_code": "UA-23", "geo_precision": 1,
            "latitude": lat, "longitude": lon, "occupied": True}


def test_offline_default_leaves_coordinates_and_asks_nobody(monkeypatch):
    monkeypatch.delenv("OEP_GEOCODER", raising=False)
    events = [_event(lat=1.0, lon=2.0)]
    assert refine_coordinates(events, get_geocoder())["places"] == 0
    assert (events[0]["latitude"], events[0]["longitude"]) == (1.0, 2.0)


def test_nominatim_refines_each_place_once(nominatim_env):
    events = [_event(lat=0.0, lon=0.0), _event(lat=0.0, lon=0.0), _event("Atlantis", 5.0, 6.0)]
    counts = refine_coordinates(events, get_geocoder())
    assert counts == {"places": 2, "refined": 1, "not_found": 1}
    assert [(e["latitude"], e["longitude"]) for e in events] == [(46.8489, 35.3653)] * 2 + [(5.0, 6.0)]
    assert events[0]["admin1_code"] == "UA-23" and events[0]["occupied"] is True  # ours, not Nominatim's
    assert len(nominatim_env.requests) == 2
    assert nominatim_env.requests[0][1]["countrycodes"] == ["ua"]


@pytest.mark.slow
def test_oep_run_uses_the_configured_geocoder(nominatim_env, tmp_path):
    from pipeline.runner import run_pipeline

    raw = tmp_path / "raw"
    raw.mkdir()
    article = {"id": "m1", "published": "2023-05-10", "title": "Office opened",
               "text": "Abkhazia opened a representative office in occupied Melitopol on Tuesday, "
                       "the occupation authorities said."}
    (raw / "a.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    run_pipeline(raw_dir=raw, warehouse_dir=tmp_path / "wh")
    rows = pq.read_table(tmp_path / "wh" / "events").to_pylist()
    melitopol = [r for r in rows if r["location_name"] and r["location_name"].startswith("Melitopol")]
    assert melitopol, rows
    assert all((r["latitude"], r["longitude"]) == (46.8489, 35.3653) for r in melitopol)
    assert any(path.startswith("/search") for path, _ in nominatim_env.requests)
