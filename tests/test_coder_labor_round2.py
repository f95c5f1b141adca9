"""Labour round 2: the rules for workers named only by a domestic origin, origin phrases in passive subjects,
people used as unpaid labour, conditional passports and deportation-or-army choices, foreign firms hired, and
migrants detained in an occupied place. Each rule has hits and near-misses that must stay unthemed."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _labour_rules(text):
    return {e["rule"] for e in _code(text) if "labor_migration" in e["themes"]}


@pytest.mark.parametrize("text, rule", [
    ("Builders from Udmurtia have been restoring the school in occupied Rubizhne since May.", "labor.workers_from_at_work"),
    ("Construction workers from the Leningrad region are rebuilding the hospital in occupied Mariupol.",
     "labor.workers_from_at_work"),
    ("Some 800 workers from other regions of Russia are taking part in the reconstruction of occupied Lysychansk.",
     "labor.workers_from_at_work"),
    # an object ending in its origin preposition runs on through the origin to a passive verb (triggers.py)
    ("Teachers from the Russian regions are being hired to work in schools in occupied Berdiansk.", "labor.hire_from"),
    ("Doctors from Siberia were recruited for hospitals in occupied Luhansk.", "labor.hire_from"),
    ("Russian-installed officials are using local residents as unpaid labour to repair roads in occupied Kherson region.",
     "labor.residents_as_labor"),
    ("Teenagers in occupied Melitopol were used as free labour to clear rubble, the mayor said.", "labor.residents_as_labor"),
    ("A Kyrgyz migrant said recruiters promised him a Russian passport if he signed a contract with the army.",
     "labor.recruit_migrants"),
    ("Tajik workers were offered a passport in exchange for a year of military service.", "labor.recruit_migrants"),
    ("Migrant workers held at the police station were given a choice between deportation and a contract with the army.",
     "labor.recruit_migrants"),
    ("The occupation administration in Melitopol hired a Turkish construction firm to rebuild the market.",
     "labor.hire_foreign_company"),
    ("A Chinese construction company has been contracted to build housing in occupied Mariupol.",
     "labor.hire_foreign_company"),
    ("Police in occupied Yalta detained 20 migrant workers at a construction site.", "labor.detain_migrants"),
    ("Occupation police in Melitopol arrested dozens of labour migrants in a raid on a hostel.", "labor.detain_migrants"),
])
def test_labour_round2_rule(text, rule):
    assert rule in _labour_rules(text), [(e["rule"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    "Builders from Bashkortostan are rebuilding the stadium in Ufa.",  # no occupation context
    "Workers from the local emergency service are rebuilding the bridge in occupied Nova Kakhovka.",  # a local body
    "Workers from the city's water utility are restoring the supply in occupied Donetsk.",
    "Residents from nearby villages took part in the cleanup of the park in occupied Melitopol.",
    "Volunteers in occupied Kherson were used as guides.",
    "He was offered a Russian passport if he moved to Moscow, the newspaper said.",  # no recruiting word
    "The administration in Donetsk hired a local construction company to repair the school.",  # no foreign firm
    "Kazakhstan hired a Turkish construction company to build a new airport in Astana.",
    "Russian police detained 30 migrants in a raid on a market in Yekaterinburg.",
    "German police detained 40 migrants near the Polish border.",
    "Police in occupied Simferopol detained two men suspected of theft.",
])
def test_labour_round2_near_miss(text):
    assert not [e for e in _code(text) if e["themes"]], [(e["rule"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    # review round 3: no labour migration in these
    "The foreign ministry said the occupation authorities hired contractors to rebuild the drama theatre in occupied Mariupol.",
    "The FSB detained two foreign nationals in occupied Crimea suspected of spying for Ukraine.",
    pytest.param("Workers from the Zaporizhzhia nuclear plant took part in the repair of the power line in occupied "
                 "Enerhodar.", marks=pytest.mark.xfail(strict=True, reason=(
                     "a local enterprise named without a local word reads as the workers' origin ('plant' cannot be "
                     "a local word: 'staff from Russian nuclear plants' were brought in)"))),
    "Workers from the local water utility are working to restore the supply in occupied Donetsk.",
])
def test_review_near_misses_carry_no_labour_theme(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    assert not any("labor_migration" in e["themes"] for e in evs), [(e["rule"], e["themes"]) for e in evs]
