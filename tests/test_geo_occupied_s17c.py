"""Session 17, second round (branch s17g2): the occupied flag of towns on both sides of the front, and the place of a
result participle when a weapon clause follows it.

1. schemas/geo/control.csv: settlement rows for towns of Zaporizhzhia and Kherson oblasts (partly occupied regions
   whose bare towns read None) with a known status: the Ukrainian-held Stepnohirsk, Vilniansk, Komyshuvakha; the
   occupied Yakymivka, Prymorsk, Molochansk, Kamianka-Dniprovska, Dniprorudne, Kalanchak, Chaplynka, Hola Prystan,
   Novotroitske; Bilozerka (right bank: occupied in 2022, free after the liberation). Capture days that are not
   known stay the region rule's (a window "free before the invasion", then the occupation from a "held by" date).
2. coder._weapon_clause_at (grammar.yaml clause_weapon_subjects / clause_weapon_verbs): ", and drones struck houses
   in X" opens a clause of its own, so an "injuring three people" before it is not placed at X.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.geo.control import occupation_status
from pipeline.geo.gazetteer import get_gazetteer

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _status(gaz, text, on):
    found = gaz.find_places(text, ("UKR",))
    assert found, text
    return occupation_status(found[-1], D(on))


# held / occupied pairs in the partly occupied oblasts, on dates after the front settled
@pytest.mark.parametrize("text,on,want", [
    # Zaporizhzhia oblast: the city and the towns north of the front vs the occupied south
    ("in Zaporizhzhia city", "2024-02-07", False),
    ("a strike on the city of Zaporizhzhia", "2023-05-01", False),
    ("drones hit Stepnohirsk", "2024-02-08", False),
    ("evacuated from Stepnohirsk", "2023-09-10", False),
    ("in Vilniansk", "2024-06-01", False),
    ("shelling of Komyshuvakha", "2023-11-20", False),
    ("in Orikhiv", "2024-03-01", False),
    ("in Melitopol", "2024-02-07", True),
    ("in Yakymivka", "2023-07-15", True),
    ("in Prymorsk", "2024-01-10", True),
    ("near Molochansk", "2023-10-02", True),
    ("in Kamianka-Dniprovska", "2024-04-01", True),
    ("workers sent to Dniprorudne", "2023-08-01", True),
    # Kherson oblast: the right bank (liberated 2022-11-11) vs the left bank
    ("in Kherson city", "2023-08-16", False),
    ("the city of Kherson", "2022-06-01", True),
    ("shelled Bilozerka", "2023-08-16", False),
    ("in Bilozerka", "2022-07-01", True),
    ("near Skadovsk and Kalanchak", "2023-08-14", True),
    ("in Chaplynka", "2024-05-01", True),
    ("in Hola Prystan", "2023-12-01", True),
    ("in Novotroitske", "2023-03-01", True),
    # Donetsk, Luhansk, Kharkiv, Crimea: older rows, the same question
    ("in Kramatorsk", "2024-02-01", False),
    ("in Horlivka", "2024-02-01", True),
    ("in Sievierodonetsk", "2023-02-01", True),
    ("in Izium", "2023-02-01", False),
    ("in Yalta", "2023-02-01", True),
])
def test_town_status_on_date(gaz, text, on, want):
    assert _status(gaz, text, on)[0] is want


@pytest.mark.parametrize("text,on,want", [
    # a capture day we do not know is not invented: the region rule (None in a partly occupied oblast)
    ("in Prymorsk", "2022-02-26", None),
    ("in Dniprorudne", "2022-03-02", None),
    # before the invasion: free
    ("in Prymorsk", "2021-06-01", False),
    ("in Kalanchak", "2021-06-01", False),
    # a bare region still does not say which side
    ("in Zaporizhzhia region", "2024-02-07", None),
    ("in Kherson oblast", "2023-08-16", None),
    # the front-line window ends where our sources end
    ("in Stepnohirsk", "2025-12-01", None),
])
def test_unknown_days_stay_unknown(gaz, text, on, want):
    assert _status(gaz, text, on)[0] is want


def _events(text, published):
    return code_article({"article_id": "t", "text": text, "published": D(published)})


def _by_trigger(events, word):
    got = [e for e in events if word in e["trigger_text"]]
    assert got, [(e["trigger_text"], e["location_name"]) for e in events]
    return got[0]


@pytest.mark.parametrize("text,trig,place,occupied", [
    ("A missile slammed into a warehouse in Zaporizhzhia city late on Tuesday, injuring four people, according to "
     "the governor, and drones struck houses in Vasylivka overnight.", "injuring", "Zaporizhzhia", False),
    ("A missile hit an apartment block in Zaporizhzhia city on Tuesday, injuring four people, and drones were shot "
     "down over Dniprorudne.", "injuring", "Zaporizhzhia", False),
    ("A missile slammed into a market in Kherson city on Monday, injuring five people, and artillery shells fell on "
     "Hola Prystan.", "injuring", "Kherson", False),
    ("A drone struck a bus in Kherson city on Monday, injuring five people, and rockets hit houses in Hola Prystan.",
     "injuring", "Kherson", False),
])
def test_result_participle_stays_before_a_weapon_clause(text, trig, place, occupied):
    e = _by_trigger(_events(text, "2024-03-10"), trig)
    assert (e["location_name"], e["occupied"]) == (place, occupied)


@pytest.mark.parametrize("text,trig,place", [
    # the weapon is the act's own object list or its place's words: no clause of its own
    ("Russian forces shelled the outskirts on Sunday, killing two people, and missiles and drones in Melitopol.",
     "shelled", "Melitopol"),
    # a place inside the participle's own phrase is still its place
    ("A missile struck the region overnight, injuring three people in Vilniansk, and drones hit Orikhiv.",
     "injuring", "Vilnyansk"),
])
def test_weapon_clause_near_misses(text, trig, place):
    e = _by_trigger(_events(text, "2024-03-10"), trig)
    assert e["location_name"] == place


@pytest.mark.parametrize("text,trig,occupied", [
    ("The occupation authorities have brought in 200 workers from Tajikistan to repair roads near Chaplynka and "
     "Kalanchak.", "brought", True),
    ("The Russian-installed administration hired 100 workers from Kyrgyzstan for construction sites in Yakymivka "
     "and Prymorsk.", "hired", True),
    ("Russian artillery shelled Bilozerka on Friday, wounding two people.", "shelled", False),
    ("Russian forces shelled Stepnohirsk and Komyshuvakha on Monday, the regional governor said.", "shelled", False),
])
def test_coded_events_carry_the_town_status(text, trig, occupied):
    e = _by_trigger(_events(text, "2023-08-18"), trig)
    assert e["occupied"] is occupied
