"""Session 19, second review of the mission mends (reviewer /tmp/rv19_late_mission): the reviewer's sentences, variants
in other wordings and near-misses.

1. The occupied state (Ukraine, Georgia, Moldova) denouncing a mission kind of act named as the head's own object
   ("Moldova condemned the opening as a provocation", "Ukraine condemned the recognition") keeps the recognition theme
   past _mission_link's states-only test (coder: own_denial, as _generic_judgement_tied rules for "the visit"); other
   states' denunciations and acts between states stay unthemed.
2. A town called occupied that is free at the date ("occupied Zaporizhzhia", "Russian-occupied Kherson" in 2024) makes
   the occupied part of its region a territory of the story (coder._cued_occupied_region), so "Kyiv condemned the move
   as a provocation" after it keeps the theme.
3. An entity or the occupier judging something void ("Tiraspol said the decision was null and void") refuses no
   recognition (triggers.yaml judge_not_occupation): no event from that reading.
4. An act dated only to a year in which its place changed hands has an unknown occupied status (None), unless its date
   puts it after the year's event ("shortly after the 2008 war"): coder._act_status, docs/dates.md.
"""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article


def _code(text, pub="2024-03-14"):
    return code_article({"article_id": "t", "published": dt.date.fromisoformat(pub), "text": text})


def _rows(text, pub="2024-03-14"):
    return [(e["cameo_code"], e["rule"], e["actor1_code"], e["actor2_code"], e["admin1_code"], e["location_name"],
             e["occupied"], str(e["event_date"]), e["themes"], e["recognition_stance"]) for e in _code(text, pub)]


# --- 1. the occupied state's denial of a mission kind of act --------------------------------------------------------
@pytest.mark.parametrize("text, actor", [
    ("Moldova condemned the opening as a provocation.", "MDA"),
    ("Georgia condemned the opening of the embassy as a provocation.", "GEO"),
    ("Kyiv condemned the opening of the consulate as a provocation.", "UKRGOV"),
    ("Ukraine condemned the recognition as a flagrant violation.", "UKR"),
    # variants
    ("Tbilisi strongly condemned the establishment of the embassy.", "GEOGOV"),
    ("Chisinau condemned the opening of the office as illegal.", "MDAGOV"),
    ("Georgia has condemned the recognition as a gross violation of international law.", "GEO"),
])
def test_occupied_state_denial_of_mission_act_is_themed(text, actor):
    got = [e for e in _code(text) if e["rule"] == "recognition.deny_sham"]
    assert got and all(e["actor1_code"] == actor and e["themes"] == ["diplomatic_recognition"]
                       and e["recognition_stance"] == "deny" for e in got), _rows(text)


@pytest.mark.parametrize("text", [
    # other states' denunciations: their own relations (states-only)
    "China condemned the opening as a provocation.",
    "Japan condemned the establishment of the base as a provocation.",
    "Serbia condemned the recognition as a flagrant violation.",
    # acts between states
    "Tajikistan and Kyrgyzstan agreed to reopen embassies.",
    "Russia and Belarus agreed to open embassies.",
])
def test_other_states_acts_stay_unthemed(text):
    got = _code(text)
    assert got and not any(e["themes"] for e in got), _rows(text)


# --- 2. a town called occupied: the occupied part of its region is the story's territory ---------------------------
@pytest.mark.parametrize("text", [
    "Russia held elections in occupied Zaporizhzhia over the weekend. Kyiv condemned the move as a flagrant violation "
    "of international law.",
    "Russian officials opened a school in occupied Zaporizhzhia on Monday. Kyiv condemned the move as a provocation.",
    "Russia held so-called elections in occupied Kherson over the weekend. Kyiv condemned the move as a provocation.",
    "Russia issued passports in Russian-occupied Kherson last week. Ukraine condemned the move as a flagrant violation.",
    # variants
    "Russia held elections in occupied Zaporizhzhia region over the weekend. Kyiv condemned the move as a flagrant "
    "violation of international law.",
    "Moscow appointed a new governor in Russian-occupied Zaporizhzhia. Ukraine's foreign ministry condemned the "
    "decision as a provocation.",
])
def test_anaphor_after_occupied_town_is_themed(text):
    got = [e for e in _code(text) if e["rule"] == "recognition.deny_sham"]
    assert got and all(e["themes"] == ["diplomatic_recognition"] and e["recognition_stance"] == "deny"
                       for e in got), _rows(text)


@pytest.mark.parametrize("text", [
    # no occupied place: the free city
    "Russian troops shelled Zaporizhzhia. Kyiv condemned the move as a provocation.",
    # another state's occupation
    "Israel expanded settlements in the occupied West Bank. Jordan condemned the move as a provocation.",
])
def test_anaphor_without_occupied_territory_stays_unthemed(text):
    got = [e for e in _code(text) if e["rule"] == "recognition.deny_sham"]
    assert got and not any(e["themes"] for e in got), _rows(text)


def test_occupied_town_place_keeps_the_control_table():
    # the town itself stays the control table's (docs/geo.md): free in 2024
    got = [e for e in _code("Russian troops shelled occupied Zaporizhzhia.") if e["cameo_code"] == "194"]
    assert got and all(e["location_name"] == "Zaporizhzhia" and not e["occupied"] for e in got), \
        _rows("Russian troops shelled occupied Zaporizhzhia.")


# --- 3. the entity or the occupier judging something void ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tiraspol said the decision was null and void.",
    "Sukhumi said the decree was null and void.",
    "The Kremlin said the decision of the Ukrainian parliament was null and void.",
    "Moscow said the agreement was legally void.",
])
def test_occupation_side_judging_void_is_no_denial(text):
    got = _code(text)
    assert not any(e["recognition_stance"] == "deny" for e in got), _rows(text)


@pytest.mark.parametrize("text, actor", [
    ("Chisinau said the decision of the Tiraspol authorities was null and void.", "MDAGOV"),
    ("Tbilisi said the agreements signed in Sukhumi were null and void.", "GEOGOV"),
    ("Ukraine said passports issued by the occupation authorities were null and void.", "UKR"),
])
def test_occupied_state_judging_void_is_its_denial(text, actor):
    got = [e for e in _code(text) if e["rule"] == "recognition.mission_invalid_copula"]
    assert got and all(e["actor1_code"] == actor and e["recognition_stance"] == "deny" for e in got), _rows(text)


# --- 4. a year in which the place changed hands: unknown ------------------------------------------------------------
@pytest.mark.parametrize("text, admin1", [
    ("Georgian forces shelled Tskhinvali in 2008.", "GE-SO"),
    ("Russian forces shelled Mariupol in 2022.", "UA-14"),
    ("Protesters rallied in Simferopol in 2014.", "UA-43"),
    ("Russian troops shelled Kherson in 2022.", "UA-65"),
    ("Nicaragua recognised Abkhazia in 2008.", "GE-AB"),
    ("Georgian forces shelled Tskhinvali shortly before the 2008 war.", "GE-SO"),
])
def test_year_of_a_change_of_hands_is_unknown(text, admin1):
    got = [e for e in _code(text) if e["admin1_code"] == admin1]
    assert got and all(e["occupied"] is None and e["date_precision"] == "year" for e in got), _rows(text)


@pytest.mark.parametrize("text, occupied", [
    # after the event that began the occupation
    ("Georgian forces shelled Tskhinvali shortly after the 2008 war.", True),
    ("Nicaragua recognised Abkhazia shortly after the 2008 war.", True),
    # no change of hands that year
    ("Protesters rallied in Simferopol in 2015.", True),
    ("Russian forces shelled Donetsk in 2022.", True),
    ("Ukrainian troops shelled Kherson in 2023.", False),
])
def test_year_without_change_or_after_the_event_is_known(text, occupied):
    got = [e for e in _code(text) if e["date_precision"] == "year" and e["admin1_code"]]
    assert got and all(e["occupied"] is occupied for e in got), _rows(text)


@pytest.mark.parametrize("text, pub", [
    ("Moscow annexed four Ukrainian regions in 2022.", "2022-10-05"),
    ("Russia annexed Crimea in 2014.", "2014-04-20"),
])
def test_annexation_dated_to_its_year_still_coded(text, pub):
    got = [e for e in _code(text, pub) if e["rule"] == "recognition.annex"]
    assert got and all(e["occupied"] for e in got), _rows(text, pub)


# --- an error of both builds: the passive refusal of documents is the sayer's denial ---------------------------------
@pytest.mark.parametrize("text, actor", [
    ("Kyiv said Russian passports issued in occupied Kherson would not be recognised.", "UKRGOV"),
    ("Kyiv said passports issued in occupied Kherson would not be recognised.", "UKRGOV"),
    ("Georgia said Russian passports handed out in Abkhazia would not be recognized.", "GEO"),
    ("Moldova said documents issued by the Tiraspol authorities are not recognised.", "MDA"),
])
def test_passive_refusal_of_documents_is_the_sayers(text, actor):
    got = [e for e in _code(text) if e["recognition_stance"] == "deny"]
    assert got and all(e["actor1_code"] == actor for e in got), _rows(text)


@pytest.mark.parametrize("text", [
    "The ministry said the diplomas were not recognised abroad.",  # no occupation context
    "Tiraspol said Moldovan passports would not be recognised.",  # the entity's own refusal
    "Moscow said Ukrainian documents issued in Kherson would not be recognised.",
])
def test_passive_refusal_near_misses(text):
    assert not any(e["recognition_stance"] == "deny" for e in _code(text)), _rows(text)
