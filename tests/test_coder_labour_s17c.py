"""Labour-migration rules of session 17, second dev round (branch s17z): workers who "reach" an occupied or entity
place, hedged reports of a past move ("are understood to have been moved"), residents going abroad or leaving for
building or farm jobs, and a future date in a later conjunct ("... and would need more in the spring") that no
longer dates the past hiring before it. Each rule with own variants and near-misses (sentences written for this
file, not the dev rows that named the classes)."""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import resolve_event_date


def _code(text, published="2025-10-10"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _themed(text, rule=None, published="2025-10-10"):
    return [e for e in _code(text, published) if "labor_migration" in e["themes"]
            and (rule is None or e["rule"] == rule)]


# -- workers reaching an occupied or entity place (triggers.yaml labor.workers_reach)
@pytest.mark.parametrize("text", [
    "About 60 welders from Kazakhstan reached occupied Melitopol on Thursday to work at the railway depot.",
    "A brigade of 40 Belarusian builders has reached Russian-held Mariupol.",
    "Some 60 workers from Kyrgyzstan reached Tskhinvali by bus on Friday.",
    "Roughly 200 migrant workers reached occupied Sevastopol last week, the city's Russian-installed governor said.",
])
def test_workers_reach(text):
    assert _themed(text, "labor.workers_reach")


@pytest.mark.parametrize("text", [
    # another sense of "reach"
    "Workers at the plant in occupied Enerhodar reached an agreement with the management.",
    "Striking workers in occupied Melitopol reached a deal on wages.",
    # the place reached is not occupied, or is a building or the town's own workers go home
    "Workers from occupied Enerhodar reached Zaporizhzhia city on foot.",
    "Workers from Poland reached Lviv on Monday.",
    "Ukrainian repair crews reached the damaged substation in Kherson.",
    "The builders reached the roof of the building in occupied Mariupol.",
    # aid and rescue workers are no labour migrants
    "Aid workers reached occupied Oleshky after the flood.",
    "Rescue workers reached occupied Nova Kakhovka after the dam collapsed.",
])
def test_workers_reach_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.workers_reach"]


# -- hedged reports (grammar.yaml raising_predicates: understood, thought, alleged, rumoured)
@pytest.mark.parametrize("text", [
    "Several hundred North Korean builders are understood to have been moved into occupied Luhansk region in May.",
    "Some 300 Tajik workers are thought to have arrived in occupied Melitopol last month.",
    "Some 300 Tajik workers are alleged to have been moved to occupied Berdiansk.",
    "About 500 North Korean labourers are rumoured to have arrived in occupied Donetsk.",
])
def test_hedged_worker_moves(text):
    assert _themed(text)


@pytest.mark.parametrize("text", [
    "The workers are understood to have been paid in cash.",
    "Several hundred North Korean builders are understood to be working in Vladivostok.",
])
def test_hedged_near_misses(text):
    assert not _themed(text)


# -- residents going abroad or leaving for building or farm jobs (triggers.yaml labor.move_to_work)
@pytest.mark.parametrize("text", [
    "Hundreds of men from occupied Berdiansk have gone abroad to work in Poland.",
    "About 3,000 residents of Transnistria went abroad for seasonal work in Germany last year.",
    "Young men from occupied Tokmak are increasingly leaving for building jobs in the Moscow region.",
    "Men from occupied Tokmak left for farm work in the Kuban.",
    "Residents of occupied Skadovsk have left for construction work in Rostov, local officials said.",
])
def test_move_to_work_abroad_and_job_kinds(text):
    assert _themed(text, "labor.move_to_work")


@pytest.mark.parametrize("text", [
    # going to work is a commute, not a move
    "Residents of occupied Melitopol went to work in the fields despite the shelling.",
    # going abroad for something else
    "Residents of occupied Melitopol went abroad for medical treatment.",
    "Students from occupied Donetsk went abroad for studies in Russia.",
    # no occupation context
    "Young people in Kyiv are leaving for building jobs in Poland.",
])
def test_move_to_work_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.move_to_work"]


# -- a future date in a later conjunct after a past act (dates._later_plan_dates)
@pytest.mark.parametrize("text", [
    "Sevastopol's port said it had hired 80 welders from Tajikistan for work on the dry dock, and would need more in the summer.",
    "The occupation administration in Melitopol had taken on 120 foreign workers for the tram depot, and will need more in the spring.",
    "The occupation authorities in Mariupol brought in 300 builders from Uzbekistan and will bring in more in the spring.",
    "A contractor in occupied Mariupol said it had hired 200 builders from Kyrgyzstan for the new hospital, but would have to find more by December.",
])
def test_later_plan_date_does_not_date_the_hiring(text):
    evs = _themed(text)
    assert evs and all(e["event_date"] == dt.date(2025, 10, 10) for e in evs)


@pytest.mark.parametrize("text, month", [
    # the date is the act's own: no conjunct, or no future cue in it
    ("The occupation authorities in Mariupol brought in 300 builders from Uzbekistan in the spring.", (2025, 3)),
    ("The occupation authorities in Mariupol brought in 300 builders from Uzbekistan in August and in September.",
     (2025, 8)),
    # the act itself is planned: its plan's date stays
    ("The occupation authorities in Mariupol will bring in 300 builders from Uzbekistan and house them in the spring.",
     (2026, 3)),
])
def test_later_plan_date_near_misses(text, month):
    evs = _themed(text)
    assert evs and all((e["event_date"].year, e["event_date"].month) == month for e in evs)


def test_later_plan_date_other_events():
    # a recognition and a later planned embassy: the embassy keeps its date, the recognition is undated
    text = "Russia recognized Abkhazia and will open an embassy there next year."
    pub = dt.date(2025, 10, 10)
    start = text.index("recognized")
    assert resolve_event_date(text, start, start + len("recognized"), pub).date_source == "publication"
    start = text.index("open")
    assert resolve_event_date(text, start, start + len("open"), pub).event_date.year == 2026
