"""Gazetteer fixes: hyphenated compounds, steering ambiguous names by an admin1/country named
with them, natural features named like towns, known-control windows in control.csv."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.geo.control import occupation_status
from pipeline.geo.gazetteer import get_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def places(gaz, text):
    return [(m.text, m.name, m.admin1_code or m.country_code) for m in gaz.find_places(text)]


# -- 1. hyphenated compounds ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A Moscow-installed official toured the port.",
    "The Kremlin-backed leader and a Kyiv-based analyst disagreed.",
    "The Donetsk-born singer gave a concert.",
    "A Luhansk-registered company shipped grain.",
    "Pro-Moscow activists and anti-Kyiv bloggers rallied.",
    "Two Crimea-bound ferries were delayed.",
])
def test_compound_modifiers_are_not_places(gaz, text):
    assert places(gaz, text) == []


def test_occupier_compound_is_a_cue_for_the_next_place(gaz):
    found = gaz.find_places("Teachers were sent to Russia-occupied Berdiansk last spring.")
    assert [(m.name, m.occupied_cue) for m in found] == [("Berdiansk", True)]


def test_real_place_names_with_hyphens_survive(gaz):
    assert places(gaz, "Trucks left Rostov-on-Don for Kherson-Mykolaiv road checkpoints.")[:2] == [
        ("Rostov-on-Don", "Rostov-on-Don", "RU-ROS"), ("Kherson", "Kherson", "UA-65")]
    # a capitalised word after the hyphen is another place, not a modifier
    assert [p[1] for p in places(gaz, "the Russia-Ukraine border near Sumy")] == ["Russia", "Ukraine", "Sumy"]


# -- 2. an admin1/country named with an ambiguous name steers it ----------------------------
@pytest.mark.parametrize("text", [
    "A drone fell on a warehouse in Donetsk, Rostov oblast, late on Sunday.",
    "Power was cut in Donetsk in Russia's Rostov region after the strike.",
    "Officials in the Russian town of Donetsk reported damage.",
    "Residents of Russia's Donetsk queued for water.",
    "The Rostov region governor said a fire broke out in Donetsk overnight.",
])
def test_donetsk_in_rostov_region(gaz, text):
    found = [m for m in gaz.find_places(text) if m.name == "Donetsk"]
    assert [(m.country_code, m.admin1_code) for m in found] == [("RU", "RU-ROS")]


@pytest.mark.parametrize("text", [
    "Shelling hit a market in Donetsk on Monday.",
    "Shelling hit Donetsk, the Moscow-installed mayor said, as Russia pressed its offensive.",
    "Missiles launched from the Rostov region hit Donetsk overnight.",
    "Ukraine's forces shelled Donetsk in the Donetsk region.",
])
def test_donetsk_stays_the_ukrainian_city(gaz, text):
    found = [m for m in gaz.find_places(text) if m.name == "Donetsk" and m.kind == "settlement"]
    assert [m.admin1_code for m in found] == ["UA-14"]


def test_a_named_region_steers_another_ambiguous_name(gaz):
    # Mykolaiv is a big city in UA-48, Mykolaiv (Mykolayiv) also a town in Lviv oblast (UA-46)
    default = [m for m in gaz.find_places("Aid reached Mykolaiv on Monday.")]
    steered = [m for m in gaz.find_places("Aid reached Mykolaiv, Lviv oblast, on Monday.")
               if m.kind == "settlement"]
    assert default[0].admin1_code == "UA-48"
    assert steered[0].admin1_code == "UA-46"


# -- 3. natural features named like towns ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Marines crossed the Dnipro at night in rubber boats.",
    "Positions on the left bank of the Dnipro were shelled.",
    "The Dnipro river rose after the dam burst.",
    "Supplies were ferried across the Dnieper.",
    "Fighting continued along the Oskil and across the Donets.",
    "A bridge over the Kuban river collapsed.",
])
def test_rivers_are_not_towns(gaz, text):
    assert [p for p in places(gaz, text) if p[1] in ("Dnipro", "Oskil", "Donets", "Krasnodar Krai", "Kuban’")] == []


@pytest.mark.parametrize("text", [
    "A missile hit an apartment block in Dnipro.",
    "Dnipro was struck again overnight.",
    "The Dnipro city council met on Monday.",
])
def test_dnipro_city_is_kept(gaz, text):
    assert [p[1:] for p in places(gaz, text)] == [("Dnipro", "UA-12")]


def test_a_river_does_not_hide_the_town_next_to_it(gaz):
    assert [p[1] for p in places(gaz, "Troops crossed the Dnipro near Krynky and Kherson.")] == ["Krynky", "Kherson"]


# -- 4. settlements that stayed under Ukrainian control --------------------------------------
def status(gaz, name, on):
    found = gaz.find_places(f"Shelling hit {name} again.")
    assert len(found) == 1, found
    return occupation_status(found[0], on)


@pytest.mark.parametrize("name", ["Ochakiv", "Pokrovsk", "Kostiantynivka", "Druzhkivka", "Orikhiv",
                                  "Huliaipole", "Kramatorsk", "Sloviansk", "Kupiansk", "Mykolaiv"])
def test_held_towns_in_partly_occupied_oblasts_are_not_occupied_in_2023(gaz, name):
    assert status(gaz, name, dt.date(2023, 6, 1)) == (False, None)


def test_beryslav_period(gaz):
    assert status(gaz, "Beryslav", dt.date(2022, 2, 20)) == (False, None)
    assert status(gaz, "Beryslav", dt.date(2022, 6, 1)) == (True, "RUS")
    assert status(gaz, "Beryslav", dt.date(2022, 11, 11)) == (False, None)


def test_control_is_not_claimed_beyond_the_known_window(gaz):
    # after the window the region rule decides: Donetsk oblast is partly occupied -> unknown
    assert status(gaz, "Pokrovsk", dt.date(2026, 1, 15)) == (None, None)
    assert status(gaz, "Kupiansk", dt.date(2022, 5, 1)) == (True, "RUS")
    assert status(gaz, "Kramatorsk", dt.date(2014, 5, 1)) == (True, "RUS")
    # a town without a window row keeps "never occupied"
    assert status(gaz, "Zaporizhzhia", dt.date(2026, 1, 15)) == (False, None)


@pytest.mark.parametrize("text", [
    "Shakhtar Donetsk signed a Brazilian midfielder.",
    "Sheriff Tiraspol beat Real Madrid in the Champions League.",
    "FC Sevastopol played its first match in the Russian league.",
    "Tiraspol FC lost at home.",
    "Fans of Zorya Luhansk travelled to Lviv.",
])
def test_a_club_name_is_no_place(gaz, text):
    found = {p[1] for p in places(gaz, text)}
    assert not found & {"Donetsk", "Tiraspol", "Sevastopol", "Luhansk"}, found


def test_the_city_beside_its_club_is_still_a_place(gaz):
    found = [p[1] for p in places(gaz, "The stadium of Shakhtar Donetsk in occupied Donetsk was shelled.")]
    assert found.count("Donetsk") == 1
    assert "Lviv" in {p[1] for p in places(gaz, "Fans of Zorya Luhansk travelled to Lviv.")}
