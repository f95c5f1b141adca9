"""Review 6 (session 14): visit reactions and meeting places. Each rule: own phrasings plus near-misses.

6. An anaphoric reaction ("Ukraine condemned the visit") judges first a visit to the reacting state's own de jure
   territory, then the nearest (coder._visit_anaphor_reactions).
7. A guest meeting's host place of the doer's own state is dropped only when that state claims the guest entity
   (Moldova with Tiraspol); a patron or another state keeps it when it is a territory (coder._themed_places).
   Talks with an entity held in a place that is no territory (Moscow, Sochi) stay at the entity's territory: the
   placement convention for themed events (docs/coder.md section 9).
11. The host entity or the occupier judging a visit ("Abkhazia criticised the visit") is no denial of recognition
   (coder._host_judges).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2023, 9, 17)


def _code(text, pub=PUB):
    return code_article({"article_id": "t", "text": text, "published": pub})


def _denials(events):
    return [e for e in events if "diplomatic_recognition" in e["themes"] and e["recognition_stance"] == "deny"]


# ------------------------------------------------------------------ 6. the reacting state's own territory first
@pytest.mark.parametrize("text,actor1,region", [
    ("Syrian lawmakers visited occupied Donetsk on Monday. A day later, Nicaraguan officials travelled to Sukhumi. "
     "Ukraine condemned the visit.", "UKR", "UA-14"),
    ("Nicaraguan officials travelled to Sukhumi on Monday. On Tuesday Syrian lawmakers visited occupied Donetsk. "
     "Georgia condemned the visit.", "GEO", "GE-AB"),
    ("A Venezuelan delegation arrived in Tskhinvali on Friday. Days later, Syrian lawmakers visited occupied "
     "Luhansk. Georgia's foreign ministry condemned the visit.", "GEOGOV", "GE-SO"),
])
def test_reaction_judges_visit_to_own_territory(text, actor1, region):
    d = [e for e in _denials(_code(text)) if e["actor1_code"] == actor1]
    assert d and {e["admin1_code"] for e in d} == {region}


@pytest.mark.parametrize("text,region", [
    # near-miss: no visit to the reacting state's territory, the nearest visit stays
    ("Syrian lawmakers visited occupied Donetsk on Monday. A day later, Nicaraguan officials travelled to Sukhumi. "
     "Poland condemned the visit.", "GE-AB"),
    ("Nicaraguan officials travelled to Sukhumi. Ukraine condemned the visit.", "GE-AB"),
])
def test_reaction_nearest_visit_otherwise(text, region):
    d = _denials(_code(text))
    assert d and {e["admin1_code"] for e in d} == {region}


# ------------------------------------------------------------------ 7. the claimant's own place only
@pytest.mark.parametrize("text,place", [
    ("Moldova's deputy prime minister met representatives of Abkhazia in Bender.", "Bender"),
    ("Moldova's reintegration minister held talks with a South Ossetian delegation in Bender.", "Bender"),
])
def test_guest_meeting_keeps_non_claimant_place(text, place):
    ev = [e for e in _code(text) if e["cameo_code"].startswith("04") and e["themes"]]
    assert ev and all(e["location_name"] == place for e in ev)


@pytest.mark.parametrize("text,region", [
    # near-misses: the claimant's own place is its talks with the entity (the entity's territory); talks in a
    # place that is no territory stay at the entity's territory
    ("Moldova's deputy prime minister met representatives of Tiraspol in Bender.", "MD-SN"),
    ("Lavrov held talks with Abkhazia in Moscow.", "GE-AB"),
    ("A meeting by Lavrov with Bzhania in Sochi ended without a statement.", "GE-AB"),
])
def test_guest_meeting_entity_place(text, region):
    ev = [e for e in _code(text) if e["cameo_code"].startswith("04") and e["themes"]]
    assert ev and all(e["admin1_code"] == region for e in ev)


# ------------------------------------------------------------------ 11. the host judging a visit denies nothing
@pytest.mark.parametrize("text", [
    "A Syrian delegation arrived in Sukhumi. Abkhazia criticised the visit.",
    "A Syrian delegation arrived in Sukhumi. Abkhazia's leader criticised the visit as too short.",
    "Moscow condemned the visit of Georgian officials to Sukhumi.",
    "The DPR condemned the visit of Ukrainian officials to Mariupol.",
])
def test_host_judging_visit_is_no_denial(text):
    assert not _denials(_code(text))


@pytest.mark.parametrize("text,actor1", [
    # near-misses: the de jure state's judgement is a denial
    ("Georgia condemned the visit of Nicaraguan officials to Sukhumi.", "GEO"),
    ("A Syrian delegation arrived in Sukhumi. Georgia criticised the visit.", "GEO"),
])
def test_state_judging_visit_is_denial(text, actor1):
    assert any(e["actor1_code"] == actor1 for e in _denials(_code(text)))
