"""Labour-migration rules of session 16, second labour round: workers "signed up" by recruiters (the idiom discard of
"signed up" no longer hides the head "sign up" that spans it), employers fined for employing migrants, people drafted
into labour units, workers named by their origin starting work in an occupied place, and employment centres serving
people displaced from occupied towns (no labour moved). Each rule with own variants and near-misses (sentences written
for this file, not the dev rows that named the classes)."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text, rule=None):
    return [e for e in _code(text) if "labor_migration" in e["themes"] and (rule is None or e["rule"] == rule)]


# -- workers signed up (triggers.yaml labor.sign_up_workers; triggers.find_matches' idiom discard)
@pytest.mark.parametrize("text", [
    "The Moscow-installed labour ministry of occupied Kherson region said it had signed up 250 workers from Kyrgyzstan for road repairs.",
    "A Rostov contractor has signed up 90 welders from Tajikistan for the shipyard in occupied Mariupol.",
    "Teenagers from occupied Skadovsk were signed up for summer work brigades and taken to farms in Krasnodar.",
    "An agency from Moscow signed up dozens of builders at a job fair in Tiraspol last week.",
])
def test_sign_up_workers(text):
    assert _themed(text, "labor.sign_up_workers")


@pytest.mark.parametrize("text", [
    # enrolling oneself, not recruited labour
    "Over 200 workers signed up for the union at the plant in occupied Melitopol.",
    "Thousands of students signed up for the course in occupied Donetsk.",
    # no occupation context
    "A Polish agency signed up 70 welders from Ukraine for shipyards in Gdansk.",
    # no labour word
    "The club in occupied Donetsk signed up two new players from Brazil.",
    # army recruitment, not labour
    "Wagner recruiters visited hostels in occupied Luhansk to sign up migrant workers for the front.",
    "Officers in occupied Melitopol signed up builders from Central Asia to fight in the Russian army.",
])
def test_sign_up_workers_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.sign_up_workers"]


@pytest.mark.parametrize("text", [
    "Recruiters from a Kazan firm visited colleges in occupied Berdiansk, signing up school-leavers for jobs at plants in Tatarstan.",
    "Occupation officials had signed up 30 young men from occupied Tokmak for work on a pipeline in Russia's Krasnodar region.",
])
def test_recruit_to_work_signed_up(text):
    assert _themed(text, "labor.recruit_to_work")


def test_signed_up_is_still_no_signing():
    # the idiom discard still keeps "signed up" from being read as a signing
    assert not [e for e in _code("Officials in occupied Melitopol signed up for the new pension scheme.")
                if e["cameo_code"] == "057"]


# -- employers fined for employing migrants (labor.employer_fined)
@pytest.mark.parametrize("text", [
    "A court in occupied Berdiansk fined a hotel 300,000 roubles for employing five Tajik nationals without permits.",
    "Occupation authorities in Henichesk fined three market traders for hiring migrants from Uzbekistan without patents.",
    "The Russian-installed prosecutor in occupied Mariupol said a building firm was fined for illegally employing foreign workers.",
])
def test_employer_fined(text):
    assert _themed(text, "labor.employer_fined")


@pytest.mark.parametrize("text", [
    # no migrant, foreigner or permit word
    "A court in occupied Donetsk fined a cafe owner for employing teenagers after midnight.",
    # no occupation context
    "A court in Berlin fined a construction firm for employing foreign workers without permits.",
    # fined for something else
    "A court in occupied Melitopol fined a driver for speeding with a foreign number plate.",
])
def test_employer_fined_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.employer_fined"]


# -- labour units (labor.labour_units)
@pytest.mark.parametrize("text", [
    "In occupied Tokmak, the Russian commandant has drafted local men into labour battalions to build roads for the army.",
    "Residents of occupied Enerhodar were herded into work detachments to repair the damaged dam.",
    "Men of working age in occupied Vasylivka are being mustered into labour detachments, the exiled council said.",
])
def test_labour_units(text):
    assert _themed(text, "labor.labour_units")


@pytest.mark.parametrize("text", [
    # no labour word: an army unit
    "Soldiers of the brigade were sent to detachments near occupied Bakhmut.",
    # history, no occupation context
    "Historians recalled how Soviet authorities drafted Germans into labour battalions in 1942.",
    # the unit named, nobody put into it
    "The occupation administration in Nova Kakhovka sent food parcels to families of men in labour battalions.",
])
def test_labour_units_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.labour_units"]


# -- workers from elsewhere starting work (labor.workers_from_start_work)
@pytest.mark.parametrize("text", [
    "80 welders from Uzbekistan have started work at the shipyard in occupied Kerch.",
    "Builders from Rostov have begun work on a school in occupied Mariupol.",
    "Some 200 electricians and fitters from Kyrgyzstan started work at the power plant in occupied Vuhlehirsk.",
])
def test_workers_from_start_work(text):
    assert _themed(text, "labor.workers_from_start_work")


@pytest.mark.parametrize("text", [
    # no occupation context
    "Builders from Tajikistan have begun work on a housing block in Almaty.",
    # no origin: local builders
    "Local builders started work on the school in occupied Melitopol after a delegation from Uzbekistan left.",
    # the origin is the occupied place itself: the town's own staff
    "Workers from occupied Enerhodar started work at the nuclear plant.",
])
def test_workers_from_start_work_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.workers_from_start_work"]


# -- employment centres serving the displaced (labor.office_for_migration sentence_exclusions)
@pytest.mark.parametrize("text", [
    "People who fled occupied Mariupol can register at the employment centre in Zaporizhzhia for courses, officials said.",
    "Families from shelled Avdiivka who resettled in Dnipro have been offered free retraining, the city employment centre said.",
    "The employment centre in Kyiv region has found jobs for 300 displaced people from occupied Kherson region.",
])
def test_office_for_displaced_is_no_labour(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.office_for_migration"]


def test_office_for_migration_still_codes():
    assert _themed("The occupation authorities opened a migration centre in occupied Melitopol for workers from Central Asia.")
