"""Session 19, late round on the fresh sets (fresh19 mission phrasings, fresh18 articles): the classes of their misses,
each with its row, variants in other wordings and near-misses.

1. Analysts' forecasts of recognition: a doubt is a forecast too (grammar.yaml forecast_verbs: doubt, wonder), so
   "Analysts in Minsk doubt that Belarus will ever recognise Abkhazia" codes no recognition; a state's own plan stays.
2. Entities' invitations: an entity inviting a state to visit or talk is its seek (themes.yaml entity_seek_patterns);
   a state inviting the entity, the visit itself and an entity inviting another entity stay grants.
3. (reverted by the s19ml2 mend: the consular verbs of recognition.mission_starts_work coded the occupier as the
   grantor of another state's mission; only the near-misses stay.)
4. (reverted by the s19ml2 mend: recognition.extend_recognition took the span of recognition.recognize and, when its
   article-context check failed, left the sentence with no event; only the near-misses stay.)
5. Labour told by the work done, no labour verb: workers "doing much of the rebuilding" (triggers.yaml work_done_verbs
   in labor.workers_at_work and labor.workers_from_at_work) and an origin naming a coordinated pair of regions ("from
   the Rostov and Voronezh regions", triggers._origin_gap). (The skipped comma-enclosed which/who clause was reverted
   by the s19ml2 mend: a place inside it placed the act.)
6. Drivers with a nationality in the subject at work for an occupied place (labor.foreign_drivers_at_work). (labor.taken_out_by_transport
   was reverted by the s19ml2 mend: it fired on any work word in the sentence.)
7. Workers named only by a plural demonym noun after a worker actor of the same state ("The first group of 60 Cubans
   arrived" after "recruited 150 workers from Cuba"): labour, no state's visit (coder._demonym_workers).
"""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article


def _code(text, pub="2024-03-14"):
    return code_article({"article_id": "t", "published": dt.date.fromisoformat(pub), "text": text})


def _themed(text, theme="diplomatic_recognition", pub="2024-03-14"):
    return [e for e in _code(text, pub) if theme in (e["themes"] or [])]


# ------------------------------------------------------------------ 1. analysts' forecasts
@pytest.mark.parametrize("text", [
    "Analysts in Minsk doubt that Belarus will ever recognise Abkhazia, given its dependence on Chinese and Gulf "
    "investors who deal with Tbilisi.",
    "Few experts doubt that Nicaragua will recognise the annexation of Zaporizhzhia before the end of the year.",
    "Western observers doubted Venezuela would open an embassy in Sukhumi any time soon.",
    "Political analysts in Bishkek wonder whether Kyrgyzstan could recognise South Ossetia next year.",
])
def test_analysts_doubts_are_no_recognition(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "Belarus will recognise Abkhazia, the Belarusian foreign ministry said in Minsk.",  # the state's own plan
    # the state's own words after the analysts' doubt
    "Analysts doubt that Belarus will recognise Abkhazia, but Lukashenko said on Tuesday that Minsk would recognise "
    "Abkhazia.",
    "Analysts in Minsk doubted the report, but Belarus recognised Abkhazia on Tuesday.",  # a doubt of something else
])
def test_own_plans_and_acts_stay(text):
    assert any(e["rule"] == "recognition.recognize" and e["recognition_stance"] == "grant" for e in _themed(text))


# ------------------------------------------------------------------ 2. entities' invitations
@pytest.mark.parametrize("text, source", [
    ("The de facto leader of Abkhazia invited Iran's foreign minister to visit Sukhumi during a meeting in Moscow, his "
     "office said, adding that Tehran had promised to consider the invitation.", "ABKGOV"),
    ("Iran's foreign minister was invited by the Abkhaz leader to visit Sukhumi.", "ABKGOV"),
    ("Transnistria's leader Vadim Krasnoselsky invited Belarusian lawmakers to attend the independence day parade in "
     "Tiraspol.", "PMRGOV"),
    ("The DPR's de facto foreign minister invited Syria's ambassador to visit Donetsk.", "DPRGOV"),
])
def test_entity_invitation_is_seek(text, source):
    inv = [e for e in _themed(text) if e["rule"] == "agree.invite"]
    assert inv and all(e["recognition_stance"] == "seek" and e["actor1_code"] == source for e in inv), inv


@pytest.mark.parametrize("text", [
    "Syria's president invited the de facto leader of Abkhazia to visit Damascus.",  # a state's invitation
    "Iran's foreign minister visited Sukhumi on Tuesday at the invitation of the de facto leader of Abkhazia.",
    "Iran's foreign minister accepted an invitation to visit Sukhumi.",
    "Pushilin invited the head of the LPR to visit Donetsk.",  # entity to entity
])
def test_other_invitations_and_visits_stay_grants(text):
    evs = _themed(text)
    assert evs and not any(e["recognition_stance"] == "seek" for e in evs), \
        [(e["rule"], e["recognition_stance"]) for e in evs]


# ------------------------------------------------------------------ 3. missions at work
@pytest.mark.parametrize("text", [
    "Poland's consulate in Lviv began issuing visas on Monday.",  # a free city
    "The Turkish embassy in Kyiv resumed issuing visas after the holidays.",
    "Russia's foreign ministry office in occupied Simferopol began issuing visas to foreigners.",  # the occupier's own
    "The migration office in occupied Simferopol began issuing Russian passports.",
])
def test_mission_at_work_near_misses(text):
    assert not _themed(text)


# ------------------------------------------------------------------ 4. recognition extended
@pytest.mark.parametrize("text", [
    "The ministry extended recognition to foreign medical diplomas issued in Germany.",
    "Abkhazia's film festival gave recognition to young directors from Sukhumi.",  # an honour
    "Nicaragua never extended recognition to Taiwan.",
])
def test_recognition_extended_near_misses(text):
    assert not any(e["rule"] == "recognition.extend_recognition" for e in _code(text))


def _labour(text, pub="2024-06-14"):
    return [e for e in _code(text, pub) if "labor_migration" in (e["themes"] or [])]


# ------------------------------------------------------------------ 5. labour told by the work done
@pytest.mark.parametrize("text, pub", [
    ("Two years on, occupied Mariupol rebuilt by migrant hands. Migrant workers from Central Asia are doing much of "
     "the rebuilding in occupied Mariupol, where Russian contractors have put up dozens of apartment blocks since the "
     "city fell in May 2022.", "2024-02-22"),
    ("Uzbek builders are doing most of the reconstruction work in occupied Melitopol, residents say.", "2024-02-22"),
    ("Construction crews from Dagestan are doing the bulk of the repairs at the hospital in occupied Berdiansk.",
     "2024-02-22"),
    ("North Korean workers have been doing the building at the new airport in Donetsk, Ukrainian intelligence said.",
     "2024-02-22"),
    ("Workers from the Rostov and Voronezh regions completed repairs of schools in occupied Mariupol.", "2023-09-14"),
])
def test_work_done_is_labour(text, pub):
    assert _labour(text, pub)


@pytest.mark.parametrize("text", [
    "Local volunteers are doing much of the rebuilding in Kharkiv.",
    "Migrant workers from Central Asia did not show up for work in occupied Mariupol.",
    "Workers from the city's water utility are doing the repairs in occupied Mariupol.",  # local upkeep
    "Workers from the Zaporizhzhia nuclear plant, which Russia seized in 2022, completed the repairs of the cooling "
    "pond.",  # the plant's own staff
    "Builders from Kyiv, which was shelled overnight, completed the restoration of a school in Bucha.",  # free places
])
def test_work_done_near_misses(text):
    assert not _labour(text)


# ------------------------------------------------------------------ 6. drivers and transport
@pytest.mark.parametrize("text", [
    "Kazakh and Kyrgyz lorry drivers hired by a Russian logistics firm have been hauling cement to building sites in "
    "occupied Mariupol since March, an RFE/RL investigation found.",
    "Uzbek truck drivers are delivering steel and bricks to construction sites in occupied Melitopol.",
    "Tajik drivers employed by a Rostov contractor transport building materials to occupied Luhansk every week.",
    "Migrant lorry drivers have been ferrying gravel to the new motorway in occupied Crimea.",
])
def test_drivers_and_transport_are_labour(text):
    assert _labour(text)


@pytest.mark.parametrize("text", [
    "Truck drivers have been hauling cement to building sites in occupied Mariupol, Uzbek officials said.",
    "Kazakh lorry drivers have been hauling grain from Kostanay to China since March.",
    "Kazakh drivers have been hauling cement to building sites in Kharkiv.",
    "Buses carrying residents from occupied Kakhovka departed for a sanatorium in Anapa for a month of rest.",
    "A bus carrying 30 teenagers from occupied Nova Kakhovka left for a summer camp in Crimea.",
    "A bus carrying 35 teenagers from Kyiv left for a farm in Poland, where they are to pick fruit for a month.",
    "A bus carrying 35 teenagers from occupied Nova Kakhovka was hit by a drone near a farm where they worked.",
])
def test_drivers_and_transport_near_misses(text):
    assert not _labour(text)


# ------------------------------------------------------------------ 7. workers named by a demonym noun
@pytest.mark.parametrize("text", [
    "The Russian-installed authorities in occupied Crimea have recruited 150 workers from Cuba for construction sites "
    "in Simferopol and Kerch, the peninsula's occupation \"labour ministry\" said on April 14. The first group of 60 "
    "Cubans arrived at Simferopol airport on a flight from Moscow on April 12, according to a video posted by the "
    "ministry.",
    "A Moscow contractor has hired 300 Uzbek builders for the reconstruction of Mariupol's drama theatre. About 120 "
    "Uzbeks arrived in the occupied city on Monday.",
    "The occupation administration of Luhansk signed a deal to bring in 500 workers from India. The first 80 Indians "
    "landed in Rostov and travelled on to occupied Luhansk by bus on Friday.",
])
def test_demonym_workers_arrive(text):
    evs = _code(text, "2026-04-16")
    arrivals = [e for e in evs if e["rule"] == "labor.workers_arrive"]
    assert arrivals and all("labor_migration" in e["themes"] for e in arrivals)
    assert not any(e["rule"] == "consult.visit" for e in evs)


@pytest.mark.parametrize("text", [
    # another state's workers before
    "The occupation authorities in Crimea recruited 150 workers from Uzbekistan. Three Cubans arrived in Simferopol on "
    "Tuesday.",
    "Cuba's foreign minister visited Moscow. A group of 60 Cubans arrived in occupied Simferopol on Tuesday.",
    # an official party
    "Cuban workers were recruited for Crimea last year. A delegation of Cuban lawmakers arrived in occupied Simferopol "
    "on Tuesday.",
])
def test_demonym_visitors_stay_visits(text):
    evs = _code(text, "2026-04-16")
    assert any(e["rule"] == "consult.visit" and e["cameo_code"] == "042" and "diplomatic_recognition" in e["themes"]
               for e in evs)
    assert not any(e["rule"] == "labor.workers_arrive" for e in evs)
