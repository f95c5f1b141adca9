"""Workers leaving an occupied place (triggers.yaml labor.workers_leave; review s13 findings 1-4):

- coder._place_left / _left_place: the place left is the one after the verb, and it must be occupied on the
  event's date (or called occupied); it is the event's location. Another occupied place elsewhere in the
  sentence is no context for leaving an unoccupied one, and a country is no place left.
- coder._phrase_closed (grammar.yaml departure_place_closers, departure_facility_nouns,
  departure_place_modifiers): the place's phrase must end at the name or at "the city": "the city council
  session", "the Mariupol port", "the Zaporizhzhia nuclear power plant" are a body or a building; "the port"
  is no place noun ("the port city of Berdiansk" still is).
- coder._bare_participle: "workers leaving occupied Mariupol must register" is a reduced relative, no act.
- coder._departure_roles (grammar.yaml departure_destination_prepositions): the workers are the source (not
  residents coordinated with them), the destination after "for/to" the target, never the reporting clause.
Sentences written for this file (the reviewer's, then new variants).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 5, 16)


def _code(text, pub=PUB):
    return code_article({"article_id": "t", "text": text, "published": pub})


def _leaves(text):
    return [e for e in _code(text) if e["rule"] == "labor.workers_leave"]


# ------------------------------------------------------------------ the place left must be the occupied one
@pytest.mark.parametrize("text", [
    "Workers fled Kharkiv after Russian shelling, while occupied Izium remained cut off.",
    "Steelworkers have left Kryvyi Rih for Poland, Russian-installed officials in occupied Mariupol said.",
    "Welders have left Russia's Rostov region for occupied Mariupol.",
    "Engineers have left Kyiv for Lviv, while occupied Melitopol is short of power.",
    "Welders have left Poland for occupied Mariupol, Russian media said.",
    "Builders have quit Rostov for occupied Mariupol, Russian-installed officials said.",
])
def test_leaving_an_unoccupied_place_is_no_departure(text):
    assert not _leaves(text)


# ------------------------------------------------------------------ a building or a body is no place left
@pytest.mark.parametrize("text", [
    "In occupied Nova Kakhovka, doctors left the city council session in protest.",
    "In occupied Melitopol, workers abandoned the port after a drone strike.",
    "In occupied Berdiansk, dockers left the port early after an air raid alert.",
    "Staff left the occupied Zaporizhzhia nuclear power plant after a shift.",
    "Workers left the Mariupol port after the drone attack.",
    "Doctors left occupied Kherson's main hospital after it was shelled.",
    "Staff left the city administration building in occupied Melitopol after a bomb threat.",
    "Doctors left the town hall meeting in occupied Skadovsk early.",
])
def test_leaving_a_building_or_body_is_no_departure(text):
    assert not _leaves(text)


# ------------------------------------------------------------------ reduced relatives: a description, no act
@pytest.mark.parametrize("text", [
    "Workers leaving occupied Mariupol must register with the occupation police.",
    "Residents and workers fleeing occupied Oleshky described shortages of water.",
    "Nurses leaving occupied Nova Kakhovka are searched at checkpoints, residents said.",
    "Teachers fleeing occupied Melitopol face long queues at the Vasylivka crossing.",
    # (a preposition after the place: only the participle tells the phrase from a clause)
    "Workers leaving occupied Mariupol since the summer describe long queues.",
    "Residents and workers fleeing occupied Oleshky since June described shortages of water.",
    "Doctors fleeing occupied Skadovsk through Crimea are questioned for hours, volunteers said.",
])
def test_bare_participle_after_the_workers_is_no_departure(text):
    assert not _leaves(text)


# ------------------------------------------------------------------ roles: workers leave, the speaker is no target
@pytest.mark.parametrize("text", [
    "Electricians have left occupied Enerhodar, Ukraine's energy ministry said.",
    "Teachers have left the occupied city of Berdiansk, Russian-installed officials admitted.",
    "Electricians from occupied Enerhodar have left the city, the mayor in exile said.",
    "Most engineers have left occupied Enerhodar over the past year, Ukraine's energy ministry said.",
    "Electricians left Enerhodar after the occupation, Russian-installed officials admitted.",
])
def test_the_speaker_is_no_target_of_a_departure(text):
    evs = _leaves(text)
    assert evs and all(e["actor2_code"] is None for e in evs), [(e["actor1_code"], e["actor2_code"]) for e in evs]


def test_residents_coordinated_with_workers_are_no_doers():
    evs = _leaves("Residents and workers have fled occupied Oleshky since the flooding.")
    assert [e["actor1_code"] for e in evs] == ["LAB"]


@pytest.mark.parametrize("text, source", [
    # the worker noun's own modifiers and prepositional phrase still name the doers
    ("Rosatom engineers have left occupied Enerhodar.", "RUSBUS"),
    ("Employees of Rosatom have left occupied Enerhodar.", "RUSLAB"),
    ("Workers from Uzbekistan have left occupied Mariupol, officials said.", "UZBLAB"),
])
def test_the_workers_phrase_names_the_doers(text, source):
    assert [e["actor1_code"] for e in _leaves(text)] == [source]


@pytest.mark.parametrize("text, target", [
    ("Thousands of miners have left occupied Mariupol for Russia.", "RUS"),
    ("Hundreds of Uzbek builders have left occupied Melitopol for Russia, a local Telegram channel said.", "RUS"),
])
def test_the_destination_is_the_target(text, target):
    assert [e["actor2_code"] for e in _leaves(text)] == [target]


# ------------------------------------------------------------------ positives, placed where they leave
@pytest.mark.parametrize("text, place", [
    ("Hundreds of teachers have left the port city of Berdiansk since the occupation began.", "Berdiansk"),
    ("Dozens of doctors have fled occupied Kakhovka for Ukrainian-controlled Zaporizhzhia, officials said.",
     "Kakhovka"),
    ("Welders quit occupied Mariupol last year for better pay in Rostov.", "Mariupol"),
    ("Steelworkers have left occupied Mariupol en masse.", "Mariupol"),
    ("Electricians from occupied Enerhodar have left the city, Ukraine's energy ministry said.", "Enerhodar"),
    ("Doctors have left occupied Kherson, the city's mayor said.", "Kherson"),
    # "the city" names the place named last, here in the sentence before
    ("Mariupol was occupied in May 2022. Thousands of teachers have left the city.", "Mariupol"),
])
def test_workers_leaving_an_occupied_place_are_placed_there(text, place):
    evs = _leaves(text)
    assert evs and all(e["location_name"] == place and "labor_migration" in e["themes"] for e in evs), \
        [(e["location_name"], e["themes"]) for e in evs]
