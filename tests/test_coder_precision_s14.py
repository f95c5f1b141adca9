"""Two precision classes (a wrong themed event coded), new sentences written before the fixes of branch s14_21.

1. Work contracts with workers: a contract whose party after "with" is a worker noun is hiring (061, as
   labor.work_contract), never a 057 agreement between polities (triggers.yaml labor.contract_with_workers;
   complement_stops keep "an agreement with Uzbekistan to send workers" a 057).
2. An office opened for recruitment, hiring, employment or tourism is no diplomatic mission (054): its purpose
   decides the act (recognition.open_office_in_occupied sentence_exclusions / gap_exclusions); the recruitment is
   coded when a worker noun follows. Representative offices, consulates and trade offices stay missions (codebook).

First run (HEAD 560d443, before the fixes): 9/20 tests passed (the contract and office near-misses passed; all
four worker contracts, the article, the three recruiting offices and the three job/tourist offices failed).
After the fixes: 20/20.
"""
import pytest

from pipeline.coding.coder import code_article


def _code(text, published="2024-03-14"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _codes(text):
    return {(e["cameo_code"], e["rule"]) for e in _code(text)}


# ------------------------------------------------------------------ 1. contracts with workers
@pytest.mark.parametrize("text", [
    "In June the contractor concluded contracts with 40 welders from Uzbekistan.",
    "The company signed contracts with 200 builders from Kyrgyzstan to work in occupied Mariupol.",
    "The occupation authorities signed contracts with 300 workers from Tajikistan.",
    "The occupation authorities in Mariupol concluded contracts with more than 200 builders from Central Asia.",
])
def test_contract_with_workers_is_hiring(text):
    evs = _code(text)
    assert not [e for e in evs if e["cameo_code"] == "057"], evs
    assert [e for e in evs if e["cameo_code"] == "061"], evs
    assert not [e for e in evs if "diplomatic_recognition" in e["themes"]], evs


@pytest.mark.parametrize("text", [
    "Russia signed a contract with Venezuela.",
    "Russia signed an agreement with the Abkhaz government.",
    "The DPR signed a contract with a Chinese company to build a bridge.",
    # the workers are no party to the agreement: still a 057 between the two states
    "Russia signed an agreement with Uzbekistan to send workers to Mariupol.",
])
def test_contract_with_a_polity_or_firm_stays_an_agreement(text):
    assert ("057", "support.sign") in _codes(text)


def test_contract_with_workers_in_an_article_is_themed_labour():
    text = ("DONETSK, July 18. A government delegation of Belarus arrived in Donetsk on Tuesday. "
            "The republic's Ministry of Labour said that in June it had concluded contracts with 35 welders from "
            "Uzbekistan who will work at a plant in Mariupol.")
    evs = [e for e in _code(text, "2023-07-19") if "welders" in text and e["trigger_text"].startswith("concluded")]
    assert evs and all(e["cameo_code"] == "061" and e["themes"] == ["labor_migration"] for e in evs), evs


# ------------------------------------------------------------------ 2. offices opened for another purpose
@pytest.mark.parametrize("text", [
    "The Kherson-region occupation 'government' has opened an office in Tashkent to recruit tractor drivers.",
    "The Kherson occupation administration opened an office in Tashkent to recruit workers for farms on the left bank.",
    "The DPR opened an office in Bishkek for hiring builders.",
])
def test_recruiting_office_is_recruitment_not_a_mission(text):
    evs = _code(text)
    assert not [e for e in evs if e["cameo_code"] == "054"], evs
    assert [e for e in evs if e["cameo_code"] == "061" and "labor_migration" in e["themes"]], evs


@pytest.mark.parametrize("text", [
    "The DPR opened a tourist information office in Minsk.",
    "The LPR has opened an employment office in Dushanbe.",
    "The occupation authorities opened a recruitment office in Samarkand.",
])
def test_job_or_tourist_office_is_no_mission(text):
    evs = _code(text)
    assert not [e for e in evs if "diplomatic_recognition" in e["themes"]], evs


@pytest.mark.parametrize("text", [
    "The DPR opened a representative office in Sukhumi.",
    "Russia opened a consulate in Donetsk to issue visas.",
    "The DPR opened a trade office in Tehran.",
    "Abkhazia opened an office in occupied Donetsk.",
    "The DPR opened a representative office in Sukhumi to promote trade.",
])
def test_missions_stay_missions(text):
    evs = _code(text)
    assert [e for e in evs if e["cameo_code"] == "054" and "diplomatic_recognition" in e["themes"]], evs
