"""Labour-migration recall rules of session 14 (dev17 in tests/data/mission_phrasings.jsonl: 14/32 at first run,
27/32 after; they also pass dev16's three labour xfails and two article facts, dev13 d13a's "recruited about 60 men
from Tajikistan" and fresh12 f12local's housed Dagestani workers). Each rule with own variants and near-misses."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text, rule=None):
    return [e for e in _code(text) if "labor_migration" in e["themes"] and (rule is None or e["rule"] == rule)]


@pytest.mark.parametrize("text", [
    "Teenagers from occupied Skadovsk are being lured with promises of free meals to summer jobs at canneries in Dagestan.",
    "Recruiters enticed residents of occupied Tokmak with offers of housing into factory jobs in the Urals, HUR said.",
    "Young people in occupied Berdiansk are tempted by high wages to seasonal work on farms in Krasnodar Krai.",
])
def test_lured_to_jobs(text):
    # labor.lure_to_jobs: a lure verb, a means phrase, a job noun with its place preposition, occupation context
    assert _themed(text, "labor.lure_to_jobs")


@pytest.mark.parametrize("text", [
    "Teenagers in Kharkiv are being lured with promises of quick money into drug trafficking, police said.",
    "Pensioners in Dnipro were lured by fake bank calls into transferring their savings.",
    "Teenagers from Kyiv are being lured with promises of high pay to summer jobs in Poland.",  # no occupation context
])
def test_lured_near_misses(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "Tajik migrants held at a Moscow police station were given a choice: deportation or a contract with the Russian army.",
    "Detained Uzbek labourers face a stark alternative - expulsion or military service, Mediazona reported.",
    "Migrants rounded up in Yekaterinburg were offered deportation or service in the armed forces.",
])
def test_deportation_or_army(text):
    assert _themed(text, "labor.deportation_or_army")


@pytest.mark.parametrize("text", [
    "Detained protesters in St Petersburg were given a choice: a fine or community service.",
    "The court ordered the deportation of three Uzbek migrants for visa violations.",  # no army alternative
    "Ukrainian draft dodgers caught at the border face prosecution or military service.",  # no deportation, no migrants
])
def test_deportation_or_army_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.deportation_or_army"]


@pytest.mark.parametrize("text", [
    "Dispatchers were brought in from Rostov to run the railway junction in occupied Debaltseve.",
    "Replacements have been flown in from Novovoronezh to keep the occupied Zaporizhzhia plant running.",
    "The occupation authorities brought in technicians from Moscow to operate the occupied Kakhovka power station.",
])
def test_staff_brought_in(text):
    assert _themed(text)


@pytest.mark.parametrize("text", [
    "Replacements are being brought in from Crimea to reinforce the battered units near Robotyne.",  # troops
    "Spare parts were brought in from Rostov to repair the turbines of the occupied Zaporizhzhia plant.",  # equipment
    "Technicians were brought in from Kyiv to restore power in Lviv after the strike.",  # no occupation context
])
def test_staff_brought_in_near_misses(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "A brick factory in Tiraspol hired 35 men from Tajikistan in March, Moldovan police said.",
    "A contractor in occupied Mariupol recruited about 80 men from Kyrgyzstan to clear rubble.",
    "A poultry farm in occupied Crimea took on 60 women from Uzbekistan, a local outlet reported.",
])
def test_men_and_women_from_hired(text):
    assert _themed(text, "labor.hire_from") or _themed(text)


@pytest.mark.parametrize("text", [
    "Police in occupied Berdiansk detained two men from Prymorsk suspected of sabotage.",  # no hiring verb
    "A factory in Kharkiv hired 35 men from Poltava, the regional job centre said.",  # no occupation context
])
def test_men_from_near_misses(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "About 150 builders from Dagestan have been living in a hostel in occupied Melitopol since June, rebuilding the market.",
    "Uzbek migrants have been housed in dormitories of the occupied Mariupol port, repairing the grain terminal.",
    "Workers from Chechnya are living in a school in occupied Oleshky, repairing the roof of the hospital.",
])
def test_workers_housed_at_work(text):
    assert _themed(text, "labor.workers_housed") or _themed(text, "labor.workers_housed_passive")


@pytest.mark.parametrize("text", [
    "Builders from Dagestan have been living in occupied Oleshky since August, a resident said.",  # no work told
    "Refugees from Mariupol have been housed in a school in occupied Donetsk, working at a market.",  # no workers
    "Local builders have been living in tents in occupied Mariupol, rebuilding their own houses.",  # no origin
])
def test_workers_housed_near_misses(text):
    assert not [e for e in _code(text) if e["rule"].startswith("labor.workers_housed")]
