"""Review 4 precision mends of the dev13/dev14 patterns (docs/coder.md "Review 4 precision"): near-misses that
must code no such event, and the intended phrasings that must keep theirs. Sentences written for this file."""
import datetime as dt

import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-07-19", "text": text})


def _rules(text):
    return {e["rule"] for e in _code(text)}


@pytest.mark.parametrize("text, rule", [
    # 111 judged_uncoordinated: the judged act must be a foreign presence (a visitor or mission word), a visit
    ("Residents of occupied Kherson said the appointment of a new doctor was not agreed with them.",
     "recognition.judged_uncoordinated"),
    ("The occupation authorities said the vote in occupied Zaporizhzhia was not agreed with the central election "
     "commission.", "recognition.judged_uncoordinated"),
    ("Ukraine's ombudsman said the visit of the Red Cross to prisoners in occupied Olenivka had not been agreed "
     "with Russia.", "recognition.judged_uncoordinated"),
    ("The occupation administration said the meeting of residents in occupied Melitopol was illegal.",
     "recognition.judged_uncoordinated"),
    ("Russian officials said the talks with Ukraine on occupied Zaporizhzhia were unacceptable.",
     "recognition.judged_uncoordinated"),
    ("Ukrainian officials said the appointment of Russian officials in occupied Kherson was illegal.",
     "recognition.judged_uncoordinated"),
    # 130 warn_against: a consequence denying the recognition's force is a judgement
    ("Georgia warned that recognition of Abkhazia by Nicaragua would have no legal effect.",
     "recognition.warn_against"),
    ("Moldova warned that any recognition of Transnistria by Moscow will have no legal consequences.",
     "recognition.warn_against"),
    # 154 army_contract_offer: supply or service contracts with an army body are business
    ("Gazprom offered residents of occupied Mariupol contracts with the military hospital as nurses.",
     "labor.army_contract_offer"),
    ("The bank offered young entrepreneurs in occupied Crimea contracts with the Russian defence ministry for "
     "uniforms.", "labor.army_contract_offer"),
    ("A Rostov firm offered residents of occupied Berdiansk contracts with the army for the supply of bread.",
     "labor.army_contract_offer"),
    # 170 obliged_to_work: an army's own men, and any duty at work, are no forced labour
    ("The Russian commander ordered men of the battalion to dig trenches near occupied Tokmak.",
     "labor.obliged_to_work"),
    ("The occupation governor ordered residents to work on Saturday to clean the streets of occupied Melitopol.",
     "labor.obliged_to_work"),
    ("The occupation health department directed doctors to work in the hospital in occupied Kherson.",
     "labor.obliged_to_work"),
    ("The occupation authorities ordered reservists in occupied Crimea to dig fortifications.",
     "labor.obliged_to_work"),
    # 061 workers_by_transport: the vehicle must carry the people
    ("Trucks carrying cement from Rostov arrived in occupied Mariupol for the construction of new apartment blocks, "
     "said men from the site.", "labor.workers_by_transport"),
    ("Trains carrying steel from Magnitogorsk reached occupied Mariupol for the rebuilding of the port, workers "
     "from the yard said.", "labor.workers_by_transport"),
    # 061 jobs_for_incomers: people from the place itself are locals
    ("Occupation authorities in Donetsk announced jobs for teachers from the region who had stayed.",
     "labor.jobs_for_incomers"),
    ("The company in occupied Mariupol offered jobs for people from the city who lost their homes.",
     "labor.jobs_for_incomers"),
    # 154 migrants_to_front: the migrants must be the ones sent
    ("The migrants were deported to Tajikistan after being detained in raids in occupied Simferopol, while soldiers "
     "were sent to the front.", "labor.migrants_to_front"),
    ("North Korean nationals were deployed to fight in Kursk.", "labor.migrants_to_front"),
    ("Migrants in occupied Melitopol complained of raids; Russian troops were sent to the front from the city.",
     "labor.migrants_to_front"),
])
def test_near_miss(text, rule):
    assert rule not in _rules(text)


@pytest.mark.parametrize("text, rule", [
    ("Moldova's foreign ministry said the opening of a Russian consulate in Tiraspol had not been coordinated "
     "with Chisinau.", "recognition.judged_uncoordinated"),
    ("Georgia's foreign ministry said the trip of a Venezuelan delegation to occupied Sukhumi had not been "
     "agreed with Tbilisi.", "recognition.judged_uncoordinated"),
    ("Moldova has warned Moscow that recognising Transnistria would have serious consequences.",
     "recognition.warn_against"),
    ("Recruiters offered men in occupied Melitopol contracts with the Russian army.", "labor.army_contract_offer"),
    ("The occupation governor signed a decree obliging residents of occupied Kakhovka to work on fortifications.",
     "labor.obliged_to_work"),
    ("A coach with thirty men from Kyrgyzstan pulled into occupied Tokmak; they will work at the rail depot.",
     "labor.workers_by_transport"),
    ("A job centre in occupied Melitopol advertised jobs for welders from the Urals.", "labor.jobs_for_incomers"),
    ("Tajik migrants detained in occupied Sevastopol were sent to the front, rights groups said.",
     "labor.migrants_to_front"),
])
def test_kept(text, rule):
    assert rule in _rules(text)


def test_judged_visit_keeps_visitor_as_target():
    """The sayer judges the visitors: "said the visit of Russian deputies ... had not been coordinated"."""
    ev = [e for e in _code("Moldova's foreign ministry said the visit of Russian deputies to Tiraspol had not been "
                           "coordinated with Chisinau.") if e["rule"] == "recognition.judged_uncoordinated"]
    assert ev and ev[0]["actor1_code"] == "MDAGOV" and ev[0]["actor2_code"] == "RUSLEG"


@pytest.mark.parametrize("text,coded", [
    # labor.workers_from_leave needs an occupied origin after "from" or an occupied destination after the head
    # (triggers.yaml occupied_end): a conference, a building or a plant is no place left for
    ("Specialists from Moscow left for the conference in occupied Sevastopol.", False),
    ("Engineers from Rosatom headed for the occupied Zaporizhzhia nuclear plant.", False),
    ("Staff from the Russian embassy moved to the new building, officials in occupied Sukhumi said.", False),
    ("Young specialists from Sevastopol are increasingly leaving for Moscow and St Petersburg.", True),
    ("Over 400 teachers from Russia have been relocated to the occupied part of Zaporizhzhia region.", True),
    ("Doctors from occupied Donetsk are moving to Rostov.", True),
    # the occupied end may be named as held, controlled, a territory or an entity
    ("Doctors from Rostov have moved to Russian-held Melitopol, the occupation administration said.", True),
    ("Teachers from Kursk have moved to the Russian-controlled city of Melitopol.", True),
    ("Engineers from St Petersburg moved to the self-proclaimed Donetsk People's Republic.", True),
    ("Doctors from Moscow moved to the occupied territories of Zaporizhzhia region.", True),
])
def test_workers_named_by_origin_need_an_occupied_end(text, coded):
    evs = [e for e in code_article({"article_id": "t", "text": text, "published": dt.date(2024, 5, 16)})
           if e["rule"] == "labor.workers_from_leave"]
    assert bool(evs) == coded, [(e["rule"], e["trigger_text"]) for e in evs]


@pytest.mark.parametrize("text,coded", [
    # a facility modifier after a name continues the phrase into a building only before a facility noun
    ("Thousands of miners have left the occupied Donbas coal region for Russia.", True),
    ("Staff left the occupied Zaporizhzhia nuclear power plant after a shift.", False),
    ("Dockers left the Mariupol sea port after an air raid alert, officials in occupied Mariupol said.", False),
])
def test_facility_modifiers_continue_only_into_a_facility(text, coded):
    evs = [e for e in code_article({"article_id": "t", "text": text, "published": dt.date(2023, 9, 17)})
           if e["rule"] == "labor.workers_leave"]
    assert bool(evs) == coded, [(e["rule"], e["trigger_text"]) for e in evs]
