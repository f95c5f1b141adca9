"""Review 3 of the session-14 rules (findings 3-11 of a read-only reviewer): the reviewer's sentences plus new
variants and near-misses. Each mended class failed before its mend.

Kept (the reviewer's "improvements"): hedged outcomes dropped, "took on 120 women from Kyrgyzstan", "Technicians were
flown in", "deportation or a contract with the defence ministry", the scheduled-visit grant.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2023, 9, 18)


def _events(text: str) -> list:
    return code_article({"article_id": "r14c", "text": text, "published": PUB})


def _rules(text: str) -> set:
    return {e["rule"] for e in _events(text)}


# ------------------------------------------------------------------ 3. an expected delegation's act is hoped for
@pytest.mark.parametrize("text", [
    "Abkhazia expects Venezuela's delegation to recognise its independence during the visit.",
    "Abkhazia expects the Nicaraguan delegation to sign a treaty recognising Abkhazia's independence.",
    "South Ossetia expects the Syrian delegation to recognise its independence.",
])
def test_expected_delegation_act_is_sought(text):
    evs = [e for e in _events(text) if e["rule"] == "recognition.recognize"]
    assert evs and all(e["recognition_stance"] == "seek" and e["planned"] for e in evs)


@pytest.mark.parametrize("text", [
    "Sukhum expects an official Venezuelan delegation next week to discuss the opening of a Venezuelan embassy.",
    "Abkhazia expects a delegation from Nicaragua on Friday for talks on recognising its independence.",
])
def test_scheduled_visit_act_is_planned_grant(text):
    evs = [e for e in _events(text) if "diplomatic_recognition" in e["themes"] and e["cameo_code"] != "057"]
    assert evs and all(e["recognition_stance"] == "grant" and e["planned"] for e in evs)


# ------------------------------------------------------------------ 4. men/women from: hiring only, never for war
@pytest.mark.parametrize("text", [
    "Police are searching for men from Dagestan suspected of a robbery in occupied Mariupol.",
    "Police in occupied Simferopol are looking for women from Moldova who went missing.",
    "Wagner recruited men from Russian prisons to fight in occupied Donetsk region.",
    "Russia recruited men from Nepal to fight in occupied Donetsk region.",
    "The army is recruiting men from occupied Crimea for the war.",
])
def test_men_from_not_labour(text):
    assert not any(e["cameo_code"] == "061" for e in _events(text))


@pytest.mark.parametrize("text", [
    "A construction firm in Tiraspol had recruited about 60 men from Tajikistan and Uzbekistan last month.",
    "The company took on 120 women from Kyrgyzstan at the plant in occupied Mariupol.",
])
def test_men_from_hired(text):
    assert "labor.hire_men_from" in _rules(text)


# ------------------------------------------------------------------ 5. an army's operators and mechanics
@pytest.mark.parametrize("text", [
    "Russia has transferred Rubikon drone operators from Avdiivka to occupied Zaporizhzhia region.",
    "Military technicians were brought in from Russia to service the S-400 systems in occupied Crimea.",
    "Rosgvardia transferred operators from Chechnya to guard the occupied Zaporizhzhia plant.",
    "Russia brought in mechanics from Rostov to repair tanks in occupied Tokmak.",
    "Russia flew in technicians from Moscow to maintain air defence missiles in occupied Sevastopol.",
])
def test_military_staff_not_labour(text):
    assert not any(e["cameo_code"] == "061" for e in _events(text))


@pytest.mark.parametrize("text,rule", [
    ("Technicians were flown in from Russia to run the occupied Zaporizhzhia nuclear plant.",
     "labor.staff_brought_in"),
    ("Crane operators were flown in from St Petersburg to run the port of occupied Mariupol.",
     "labor.staff_brought_in"),
    ("Rosatom brought in operators from the Novovoronezh plant to occupied Enerhodar.", "labor.hire_staff_from"),
])
def test_civilian_staff_brought_in(text, rule):
    assert rule in _rules(text)


# ------------------------------------------------------------------ 6. deportation or the army: a choice only
@pytest.mark.parametrize("text", [
    "Ukrainian nationals in occupied Crimea face deportation and the army draft.",
    "The deportation and the Russian army's mobilisation of Crimean Tatar workers were condemned by Kyiv.",
    "Migrant workers face deportation and service in the Russian army.",
    "Migrant workers face deportation or the Russian army's front line units.",
])
def test_deportation_and_army_not_choice(text):
    assert "labor.deportation_or_army" not in _rules(text)


@pytest.mark.parametrize("text", [
    "Migrants detained in raids are offered a choice: deportation or a contract with the defence ministry.",
    "Tajik workers face deportation or service in the Russian army.",
])
def test_deportation_or_army_choice(text):
    assert "labor.deportation_or_army" in _rules(text)


# ------------------------------------------------------------------ 7. incorporation of territory only
@pytest.mark.parametrize("text", [
    "Ukraine's foreign ministry condemned the incorporation of a Russian state company in occupied Crimea.",
    "Kyiv criticised the incorporation of Crimean Tatar units into the Russian army.",
    "Kyiv condemned the incorporation of schools in occupied Crimea into Russia's education system.",
    "Kyiv condemned the incorporation of occupied Crimea's courts into the Russian judicial system.",
])
def test_institution_incorporation_not_denial(text):
    assert "recognition.deny_incorporation" not in _rules(text)


@pytest.mark.parametrize("text", [
    "Ukraine rejected the illegal incorporation of Crimea into Russia.",
    "Georgia condemned the purported incorporation of Abkhazia into Russia.",
])
def test_territory_incorporation_denied(text):
    assert "recognition.deny_incorporation" in _rules(text)


# ------------------------------------------------------------------ 8. workers from a local plant are locals
@pytest.mark.parametrize("text", [
    "Ukrainian workers from the Zaporizhzhia nuclear plant have been living in occupied Enerhodar, working under "
    "Rosatom control.",
    "Workers from occupied Mariupol have been living in occupied Berdiansk, repairing the port.",
    "Builders from the Mariupol port have been housed in a former school in occupied Mariupol, repairing the port.",
])
def test_local_workers_not_incomers(text):
    assert not any(e["cameo_code"] == "061" for e in _events(text))


@pytest.mark.parametrize("text", [
    "Some 80 workers from Dagestan have been living since August in the dormitory of the agricultural college in "
    "occupied Kherson region, repairing the roof of the hospital.",
    "Migrant workers from occupied Mariupol have been living in occupied Berdiansk, repairing the port.",
    "Builders from the Rostov region have been housed in a former school in occupied Mariupol, repairing the port.",
])
def test_incoming_workers_housed(text):
    assert any(e["cameo_code"] == "061" for e in _events(text))


# ------------------------------------------------------------------ 9. flown migrants are no labour
@pytest.mark.parametrize("text", [
    "Belarus flew migrants from Iraq to Minsk and pushed them to the Polish border.",
    "Russia flew foreign nationals from Syria to Minsk.",
])
def test_flown_migrants_not_labour(text):
    assert not any(e["cameo_code"] == "061" for e in _events(text))


@pytest.mark.parametrize("text", [
    "Russia flew 300 builders from Uzbekistan to occupied Mariupol.",
    "The contractor flew in welders from Kazakhstan to occupied Mariupol.",
])
def test_flown_workers_labour(text):
    assert "labor.fly_workers" in _rules(text)


# ------------------------------------------------------------------ 10. a headline's "TO" + verb is planned
@pytest.mark.parametrize("text", [
    "RUSSIA TO OPEN CONSULATE IN SUKHUMI - the building has been chosen.",
    "SYRIA TO OPEN CONSULATE IN DONETSK - the building has been chosen.",
    "Russia To Open Consulate In Sukhumi",
])
def test_caps_lead_to_is_planned(text):
    evs = [e for e in _events(text) if e["rule"] == "recognition.open_mission"]
    assert evs and all(e["planned"] for e in evs)


# ------------------------------------------------------------------ 11. one forced-labour order, one event
@pytest.mark.parametrize("text", [
    "Men in occupied Enerhodar were reportedly ordered by Russian forces to dig anti-tank ditches.",
    "Residents of occupied Melitopol were ordered by Russian forces to build fortification lines.",
])
def test_order_by_forces_one_event(text):
    assert len([e for e in _events(text) if e["cameo_code"] == "170"]) == 1


# ------------------------------------------------------------------ lured into a war
def test_lured_into_fighting_not_labour():
    text = "Nepali men lured with promises of jobs in Russia ended up fighting in occupied Donetsk."
    assert "labor.lure_to_jobs" not in _rules(text)
