"""The per-article occupation cache is keyed by the place's value, never by object identity
(temporary per-region copies of an area reuse ids, which once gave events another place's flag)."""
import dataclasses
import datetime as dt

from pipeline.coding import coder
from pipeline.geo.gazetteer import get_gazetteer


def test_occupation_cache_is_keyed_by_value(monkeypatch):
    calls = []

    def fake_status(place, on):
        calls.append(place.admin1_code)
        return (place.admin1_code == "UA-14", "RUS" if place.admin1_code == "UA-14" else None)

    monkeypatch.setattr(coder, "occupation_fn", fake_status)
    base = get_gazetteer().find_places("in Donetsk")[0]
    ctx = coder._Ctx(lex=None, text="", norm="", published=dt.date(2023, 9, 17), actors=[], places=[],
                     occupied_cache={}, article_id="a")
    on = dt.date(2023, 9, 17)
    results = []
    for code in ("UA-14", "UA-23", "UA-14", "UA-23"):
        # a fresh temporary each time, as the coder's per-region copies are
        results.append(coder._occupation(ctx, dataclasses.replace(base, admin1_code=code), on))
    assert results == [(True, "RUS"), (False, None), (True, "RUS"), (False, None)]
    assert calls == ["UA-14", "UA-23"]  # equal places are looked up once
