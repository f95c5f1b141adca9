"""Session 17, labour classes: a foreign firm's own crews, residents assigned to forced public works, staff seconded
to occupied places, jobs far away offered to an occupied area's residents, employers fined for hiring migrants named
by nationality, job adverts in ad style, and a bare 'welcome' that is an adjective. Sentences written for the
classes (not the fresh16 rows), each with near-misses that must not change."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _rules(text, theme="labor_migration"):
    return {e["rule"] for e in _code(text) if theme in e["themes"]}


@pytest.mark.parametrize("text, rule", [
    # a foreign firm's own crews with a building purpose (labor.firm_brings_crews)
    ("The Turkish contractor will bring in crews to build the new terminal in occupied Mariupol.",
     "labor.firm_brings_crews"),
    ("An Iranian company has brought its own teams to construct a desalination plant in occupied Crimea, the "
     "Ukrainian navy said.", "labor.firm_brings_crews"),
    ("A Chinese road builder is shipping in its own crews to pave the highway in occupied Melitopol, Ukrainian "
     "military intelligence said.", "labor.firm_brings_crews"),
    # residents assigned to forced public works (labor.assigned_to_public_works)
    ("Men in occupied Kakhovka who refused to register were sent to compulsory work clearing rubble, local "
     "officials said.", "labor.assigned_to_public_works"),
    ("Occupation authorities in occupied Melitopol forcibly assigned residents to public works.",
     "labor.assigned_to_public_works"),
    ("Pensioners in occupied Tokmak who refuse to take Russian passports are being sent to 'public works' at the "
     "railway station, the mayor in exile said.", "labor.assigned_to_public_works"),
    # staff seconded (labor.staff_seconded)
    ("Rosatom has seconded 30 specialists to the nuclear plant in occupied Enerhodar.", "labor.staff_seconded"),
    ("Twenty doctors from Moscow hospitals were seconded to hospitals in occupied Mariupol for six months.",
     "labor.staff_seconded"),
    ("About 40 technicians from a Minsk tractor factory have been seconded to a plant in occupied Luhansk.",
     "labor.staff_seconded"),
    # jobs far away offered to residents (labor.jobs_away_offered)
    ("The Russian-installed administration of occupied Horlivka promised young men paid flights to take up jobs at "
     "gold mines in Yakutia.", "labor.jobs_away_offered"),
    ("Job centres in occupied Kherson region are offering residents free rail travel to take up seasonal work on "
     "farms in the Krasnodar region.", "labor.jobs_away_offered"),
    # employers fined for hiring migrants named by their nationality (labor.employer_fined)
    ("A Sevastopol restaurant was fined for hiring Tajik cooks, the court said.", "labor.employer_fined"),
    ("A court in occupied Melitopol fined a bakery 300,000 roubles for employing eight Uzbek cleaners.",
     "labor.employer_fined"),
    ("A Simferopol builder was ordered to pay 900,000 roubles in fines for employing 14 Kyrgyz plasterers, the court "
     "in Crimea ruled.", "labor.employer_fined"),
    # job adverts in ad style (labor.job_advert)
    ("Rotational work in the new territories: 150,000 roubles a month, free accommodation, apply via Telegram.",
     "labor.job_advert"),
    ("Drivers wanted! Shift work in the new regions, 200,000 roubles per month, meals provided.", "labor.job_advert"),
])
def test_labour_class_is_coded(text, rule):
    assert rule in _rules(text), [(e["rule"], e["cameo_code"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    # crews: another kind of crew, a Russian firm, a place outside the head's clause, repair crews
    "A Chinese film company brought in its own crews to shoot a documentary in occupied Sevastopol.",
    "Repair crews were brought in to restore power in occupied Donetsk after a Chinese-made drone strike.",
    "The Russian contractor is bringing in crews to build the road in occupied Melitopol.",
    "A Belarusian firm brought in crews to Moscow to build a mall, a source in occupied Luhansk said.",
    # public works: paid schemes, money, a court's penalty, a department
    "Unemployed residents of occupied Mariupol can sign up for paid public works, the city's Russian-installed "
    "administration said.",
    "The occupation administration in occupied Kherson assigned 40 million roubles to public works after residents "
    "refused to pay.",
    "A Crimean activist was sentenced to 200 hours of compulsory work for a social media post.",
    "The official refused the transfer and was assigned to the public works department in occupied Berdiansk, "
    "residents said.",
    # seconded: the ordinal, police, a motion, a place outside the clause
    "A second group of engineers met the mayor of occupied Luhansk on Monday.",
    "Police officers from Rostov have been seconded to occupied Melitopol.",
    "The deputy seconded the motion on occupied Crimea.",
    # jobs offered: local jobs, outside an occupation
    "The city administration of occupied Mariupol offered residents free bus passes to take jobs at the local port.",
    "Poland is offering Ukrainian refugees free train tickets to take seasonal jobs in Germany.",
    # fined: no migrant named
    "A court in occupied Melitopol fined a cafe for hiring a cook who served Uzbek pilaf without a licence.",
    "A court in occupied Melitopol fined a shop for hiring teenagers.",
    # adverts: a report on the work, work elsewhere
    "Shift work in the new regions is exhausting and badly paid, workers say.",
    "Shift work in Moscow, 90,000 roubles a month.",
])
def test_labour_near_miss_is_not_themed(text):
    assert not _rules(text), [(e["rule"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    "Foreigners are welcome.",
    "All applicants welcome, the advert said.",
    "Citizens of Central Asian states welcome. Call for details.",
    "Delegates from every country are welcome to attend.",
])
def test_predicate_adjective_welcome_is_no_praise(text):
    assert not [e for e in _code(text) if e["rule"] == "support.praise"]


@pytest.mark.parametrize("text", [
    "Russia welcomed the decision.",
    "Moscow and Minsk welcome the agreement.",
    "Kazakhstan would welcome such a step.",
    "The EU is expected to welcome the deal.",
])
def test_verb_welcome_is_praise(text):
    assert [e for e in _code(text) if e["rule"] == "support.praise"]


# -- an employment centre whose sentence says the hired are local is no labour migration
# (labor.office_for_migration sentence_exclusions "local", "locals", yielding to a migrant word)
@pytest.mark.parametrize("text", [
    "On March 3, the employment centre in occupied Skadovsk held a job fair at which 30 local residents found work.",
    "The job centre in occupied Melitopol is hiring locals to clean the streets.",
    "The employment service in occupied Berdiansk said 120 local people had been placed in jobs at the port.",
])
def test_employment_centre_with_local_hiring_is_not_themed(text):
    assert "labor.office_for_migration" not in _rules(text)


@pytest.mark.parametrize("text", [
    "The employment centre in occupied Melitopol has registered 300 migrants from Uzbekistan to replace local workers.",
    "The employment centre in occupied Melitopol has registered 300 workers from Russian regions.",
])
def test_employment_centre_with_incomers_still_codes(text):
    assert "labor.office_for_migration" in _rules(text)
