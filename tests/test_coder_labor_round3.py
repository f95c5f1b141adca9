"""Labour round 3 (split "dev7" of tests/data/mission_phrasings.jsonl): a comma-enclosed parenthetical between
the workers and their verb (cues.yaml parenthetical_max_words), catenative "helping to / continued to" before a
work verb (grammar.yaml raising_predicates), building verbs of every kind, deporting or forcing people "to
work" with room for a long people's phrase, students sent on placements and workers sent "to <place> to
rebuild", rotational (vakhta) jobs, citizenship one "would get if". Each rule has hits and near-misses that
must stay unthemed."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _labour_rules(text):
    return {e["rule"] for e in _code(text) if "labor_migration" in e["themes"]}


@pytest.mark.parametrize("text, rule", [
    # a parenthetical between the subject and its verb
    ("Welders from Chelyabinsk, recruited through a regional employment programme, are repairing the port in "
     "occupied Berdiansk.", "labor.workers_from_at_work"),
    ("Migrant workers, most of them from Uzbekistan, have been building a new hospital in occupied Donetsk.",
     "labor.workers_at_work"),
    # catenative verbs
    ("Builders from Tatarstan are helping to restore the drama theatre in occupied Mariupol.",
     "labor.workers_from_at_work"),
    ("Construction crews from Russia's regions have continued to repair roads in occupied Melitopol.",
     "labor.workers_from_at_work"),
    # building verbs
    ("Road builders from Bashkortostan are paving streets in occupied Mariupol.", "labor.workers_from_at_work"),
    ("Workers from Dagestan have been laying pipes in occupied Sievierodonetsk.", "labor.workers_from_at_work"),
    # moved or forced "to work", a long people's phrase between
    ("Occupation forces deported dozens of men from Kakhovka district to work on fortifications in Crimea.",
     "labor.forced_labor"),
    ("Russian soldiers forced men from the villages around occupied Melitopol to dig trenches.", "labor.forced_labor"),
    # sent to work
    ("Russian universities are sending students to occupied Luhansk region to rebuild schools over the summer.",
     "labor.send_to_work"),
    ("Engineers from Rosatom were dispatched to occupied Enerhodar to repair the plant's cooling system.",
     "labor.send_to_work"),
    # rotational jobs, conditional citizenship
    ("Recruitment agencies are advertising vakhta jobs in occupied Luhansk region.", "labor.job_offer"),
    ("Recruiters told Tajik migrants they would receive Russian citizenship if they signed up.",
     "labor.recruit_migrants"),
])
def test_round3_rules(text, rule):
    assert rule in _labour_rules(text)


@pytest.mark.parametrize("text", [
    "Local builders, paid by the city council, are repairing schools in Kharkiv.",
    "Volunteers from Lviv are helping to rebuild homes in Irpin.",
    "The United States deported 80 Guatemalans on a charter flight on Tuesday.",
    "Kyiv sent engineers to Kharkiv to repair the damaged substation.",
    "A Novosibirsk firm advertised vacancies for welders on its website.",
    "Workers from the city's water utility, working through the night, restored supply in occupied Donetsk.",
    "Students in Kyiv were sent home early as air raid sirens sounded.",
])
def test_round3_near_misses_carry_no_labour_theme(text):
    assert not _labour_rules(text)
