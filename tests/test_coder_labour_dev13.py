"""Rules of the dev13 round (docs/coder.md "Labour by vehicle, adverts for incomers, decrees, the front"): labour
recall classes found by the end-of-session check (fresh13 rows of mission_phrasings.jsonl, fresh12 articles of
when_where_articles.jsonl). Several phrasings per rule, written for this file, and near-misses that must not change."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _rules(text):
    return {e["rule"] for e in _code(text) if "labor_migration" in e["themes"]}


def _themed(text):
    return [(e["rule"], e["themes"]) for e in _code(text) if e["themes"]]


@pytest.mark.parametrize("text, rule", [
    # men brought in told by their vehicle, their work named in the sentence
    ("Two buses carrying about seventy men from Tajikistan reached occupied Henichesk; they will be put to work "
     "on the port.", "labor.workers_by_transport"),
    ("A coach with thirty men from Uzbekistan was seen unloading outside a hostel in occupied Tokmak; locals say "
     "they will repair the rail depot.", "labor.workers_by_transport"),
    ("A train carrying 150 men from Kyrgyzstan arrived in occupied Luhansk, where they are to work on building "
     "sites, the LPR's ministry said.", "labor.workers_by_transport"),
    # jobs advertised for workers from elsewhere
    ("The occupation job centre in Skadovsk is advertising farm jobs for workers from other regions of Russia.",
     "labor.jobs_for_incomers"),
    ("A firm in occupied Melitopol posted vacancies for welders from Kazakhstan and Kyrgyzstan.",
     "labor.jobs_for_incomers"),
    # decrees and orders obliging people to work
    ("The Russian-installed head of occupied Zaporizhzhia region signed a decree obliging unemployed men to take "
     "part in public works on the front line.", "labor.obliged_to_work"),
    ("An order of the occupation administration in Kakhovka requires residents to dig trenches near the river.",
     "labor.obliged_to_work"),
    # migrants sent to the front; army contracts offered to an occupied area's men
    ("Uzbek nationals held in a raid in occupied Mariupol were sent to the front, their families said.",
     "labor.migrants_to_front"),
    ("Recruiters are offering residents of occupied Berdiansk contracts with the Russian defence ministry.",
     "labor.army_contract_offer"),
    # workers named by the occupied place they leave
    ("Engineers from occupied Enerhodar are increasingly leaving for Russian cities.", "labor.workers_from_leave"),
    ("Nurses from occupied Melitopol have moved to Crimea, the hospital's former head said.",
     "labor.workers_from_leave"),
    # named farm or factory work after send
    ("The occupation authorities sent 80 students from occupied Kherson region to pick grapes in Crimea.",
     "labor.send_to_work"),
    ("Tiraspol will send 200 residents to factories in Bryansk region under a deal with a Russian holding.",
     "labor.send_to_work"),
])
def test_dev13_labour_rules(text, rule):
    assert rule in _rules(text), _themed(text)


@pytest.mark.parametrize("text", [
    # other people on the bus, a bus hit or crashed, no work named, no occupation context
    "Buses carrying evacuees from occupied Oleshky arrived in Mykolaiv, where they were helped to find work.",
    "A bus carrying Russian soldiers from Crimea pulled into occupied Tokmak to rebuild their positions.",
    "A drone hit a bus carrying men from Enerhodar to their jobs at the nuclear plant in occupied Enerhodar.",
    "A bus with forty men from Tajikistan arrived in occupied Melitopol for Friday prayers.",
    "Buses carrying sixty men from Kyrgyzstan arrived in Bishkek after years of work abroad.",
    # vacancies for locals or in unoccupied places
    "The occupation administration in Henichesk posted vacancies for local drivers.",
    "A Kharkiv plant is advertising jobs for welders from other regions of Ukraine.",
    # orders elsewhere, or to troops
    "The Dnipro city council obliged residents to register for public works after the flood.",
    "The Russian command ordered troops in occupied Zaporizhzhia region to dig trenches.",
    # soldiers sent to the front, army contracts elsewhere
    "Russian conscripts were sent to the front near occupied Bakhmut, the general staff said.",
    "Recruiters in Moscow are offering men contracts with the Russian army.",
    # people who are no workers leaving, workers leaving unoccupied places
    "Fans from occupied Sevastopol are leaving for Moscow for the cup final.",
    "Doctors from Kyiv are increasingly leaving for Poland.",
    # sending to pick up, not to pick
    "The occupation authorities sent residents of Skadovsk to pick up humanitarian aid in Kherson region.",
])
def test_dev13_near_misses(text):
    assert not any("labor_migration" in th for _, th in _themed(text)), _themed(text)
