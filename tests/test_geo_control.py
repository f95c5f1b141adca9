"""Territorial control at the event date (schemas/geo/control.csv)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.geo.control import load_control_table, occupation_status
from pipeline.geo.gazetteer import get_gazetteer

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def place(gaz, text):
    found = gaz.find_places(text)
    assert found, text
    return found[-1]


@pytest.mark.parametrize("text, date, occupied, occupier", [
    ("in Kherson", "2022-06-01", True, "RUS"),
    ("in Kherson", "2023-01-01", False, None),
    ("in Kherson", "2022-11-11", False, None),  # `to` is the day control ended
    ("in Kherson", "2022-03-02", True, "RUS"),
    ("in Bakhmut", "2023-01-01", False, None),
    ("in Bakhmut", "2023-06-01", True, "RUS"),
    ("in Zaporizhzhia", "2023-06-01", False, None),  # the city: never occupied
    ("in Kharkiv", "2022-03-15", False, None),
    ("in Donetsk", "2015-05-01", True, "RUS"),
    ("in Donetsk", "2013-05-01", False, None),
    ("in Crimea", "2013-05-01", False, None),
    ("in Crimea", "2014-03-20", True, "RUS"),
    ("in Yalta", "2020-01-01", True, "RUS"),  # no settlement row: Crimea is fully occupied
    ("in Sevastopol", "2016-01-01", True, "RUS"),
    ("in Kramatorsk", "2014-05-01", True, "RUS"),
    ("in Kramatorsk", "2015-05-01", False, None),
    ("in Bucha", "2022-03-10", True, "RUS"),
    ("in Bucha", "2022-05-10", False, None),
    ("in Lyman", "2022-07-01", True, "RUS"),
    ("in Lyman", "2022-10-02", False, None),
    ("in Mariupol", "2022-04-01", False, None),
    ("in Mariupol", "2022-06-01", True, "RUS"),
    ("in Avdiivka", "2024-02-18", True, "RUS"),
    ("in Sievierodonetsk", "2022-07-01", True, "RUS"),
    ("in Abkhazia", "2010-01-01", True, "RUS"),
    ("in South Ossetia", "2007-01-01", False, None),
    ("in Tiraspol", "2000-01-01", True, "RUS"),
    ("in Lviv", "2022-03-01", False, None),
    ("in Moscow", "2022-03-01", False, None),
])
def test_occupation_at_date(gaz, text, date, occupied, occupier):
    assert occupation_status(place(gaz, text), D(date)) == (occupied, occupier)


def test_partly_occupied_region_follows_the_text(gaz):
    on = D("2023-06-01")
    occupied = place(gaz, "in the occupied parts of Zaporizhzhia oblast")
    unoccupied = place(gaz, "in the unoccupied part of Zaporizhzhia oblast")
    plain = place(gaz, "in Zaporizhzhia oblast")
    assert occupation_status(occupied, on) == (True, "RUS")
    assert occupation_status(unoccupied, on) == (False, None)
    assert occupation_status(plain, on) == (None, None)  # the text does not say which part
    # Luhansk oblast after July 2022 is occupied almost entirely: region default
    assert occupation_status(place(gaz, "in Luhansk region"), on) == (True, "RUS")
    # a settlement without its own row in a partly occupied region takes the text cue
    assert occupation_status(place(gaz, "in occupied Kamianka-Dniprovska"), on) == (True, "RUS")


def test_settlement_table_beats_text_cue(gaz):
    # "occupied Kherson" in a story dated after the liberation: the dated table decides
    assert occupation_status(place(gaz, "in occupied Kherson"), D("2023-03-01")) == (False, None)


def test_areas_and_countries(gaz):
    donbas = place(gaz, "in the Donbas")
    assert occupation_status(donbas, D("2013-01-01")) == (False, None)
    # Luhansk (region default occupied) and Donetsk (unknown part) differ: split the area
    assert occupation_status(donbas, D("2023-01-01")) == (None, None)
    per_region = [occupation_status(p, D("2023-01-01")) for p in gaz.split_area(donbas)]
    assert per_region == [(None, None), (True, "RUS")]
    assert occupation_status(place(gaz, "in Ukraine"), D("2023-01-01")) == (None, None)
    assert occupation_status(place(gaz, "in Ukraine"), D("2010-01-01")) == (False, None)
    assert occupation_status(place(gaz, "in Belarus"), D("2023-01-01")) == (False, None)


def test_control_table_is_well_formed():
    table = load_control_table()
    admin1 = get_gazetteer()._admin1_names
    assert len(table.periods) >= 50
    for p in table.periods:
        assert p.scope in ("region", "settlement")
        assert p.admin1_code in admin1, p
        assert p.note, p
        if p.occupier:
            assert len(p.occupier) == 3 and p.start is not None, p
        if p.start and p.end:
            assert p.start < p.end, p
        if p.scope == "region":
            assert p.extent in ("full", "most", "partial"), p
    # every settlement row resolves to an indexed place
    gaz = get_gazetteer()
    for p in table.periods:
        if p.scope == "settlement":
            found = [m for m in gaz.find_places(f"in {p.place}") if m.kind == "settlement"]
            assert found and found[0].admin1_code == p.admin1_code, p
            if p.geonameid:
                assert found[0].geonameid == p.geonameid, p
