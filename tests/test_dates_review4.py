"""Review 4 date findings (docs/dates.md, "Starts ahead, commitments and tallies"):

1. A fronted "Starting in / Beginning in <month>," is a fronted date: the first tense marker after it
   governs it ("Beginning in September, the authorities deported ...": the past September).
2. Irregular past forms (grammar.yaml irregular_past: sent, brought, began, took ...) are past markers like
   -ed words: they govern a start named ahead ("From September, Russia sent builders ...").
3. A plan inside a commitment dated by a fronted date ("In December, Russia agreed to open a consulate
   in Donetsk in March") takes its own date ahead after the cue when it has one; with none it keeps the
   commitment's date and stays planned (the act has not happened).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import find_temporal_expressions

JUL = dt.date(2024, 7, 19)
FEB = dt.date(2025, 2, 14)


def _expr(text, pub, at):
    found = [e for e in find_temporal_expressions(text, pub) if at in e.text]
    assert found, [e.text for e in find_temporal_expressions(text, pub)]
    return found[0]


def _events(text, pub, trig):
    return [e for e in code_article({"article_id": "rev4", "text": text, "published": pub})
            if trig in e["trigger_text"]]


@pytest.mark.parametrize("text,at,want,planned", [
    # 1. a fronted start word: the past verb after it governs the date
    ("Beginning in September, the occupation authorities deported teachers from occupied Melitopol.",
     "September", "2023-09", False),
    ("Starting in August, Russia recruited builders from Rostov for occupied Mariupol.", "August", "2023-08", False),
    ("Starting in October, Russian troops shelled occupied Kherson daily.", "October", "2023-10", False),
    ("Commencing in November, the installed administration confiscated flats of residents who had fled.",
     "November", "2023-11", False),
    # 2. irregular past forms govern it
    ("From September, Russia sent builders from Uzbekistan to occupied Mariupol.", "September", "2023-09", False),
    ("From September, Russia brought in workers from Uzbekistan to occupied Mariupol.",
     "September", "2023-09", False),
    ("Russia began deporting children from occupied Kherson from September.", "September", "2023-09", False),
    ("Beginning in October, Russia took children from occupied Kherson to camps in Crimea.",
     "October", "2023-10", False),
    ("The occupation authorities sold seized flats in occupied Mariupol from August.",
     "August", "2023-08", False),
    # near-misses: no past tense, or a future one, after the fronted start: the coming month
    ("Starting in September, schools in occupied Melitopol will teach only in Russian.",
     "September", "2024-09", True),
    ("Beginning in September, teachers from Rostov take over the schools of occupied Melitopol.",
     "September", "2024-09", True),
    ("From September, builders from Uzbekistan will be sent to occupied Mariupol.", "September", "2024-09", True),
    # the adjective "left" after a determiner is no past form
    ("From October, the left bank of occupied Kherson gets Russian passports offices.", "October", "2024-10", True),
])
def test_fronted_start_and_irregular_past(text, at, want, planned):
    e = _expr(text, JUL, at)
    assert e.date.isoformat()[:len(want)] == want and e.planned is planned, (e.date, e.planned, e.rule)


@pytest.mark.parametrize("text,trig,want", [
    ("From September, Russia sent builders from Uzbekistan to occupied Mariupol.", "sent", "2023-09"),
    ("Beginning in September, the occupation authorities deported teachers from occupied Melitopol.",
     "deported", "2023-09"),
])
def test_past_act_keeps_its_start(text, trig, want):
    got = _events(text, JUL, trig)
    assert got and all(str(e["event_date"])[:7] == want and not e["planned"] for e in got), \
        [(e["trigger_text"], e["event_date"], e["planned"]) for e in got]


@pytest.mark.parametrize("text,pub,trig,want", [
    ("In December, Russia agreed to open a consulate in occupied Donetsk in March.", FEB, "consulate", "2025-03"),
    ("In December, Russia agreed to open a consulate in occupied Donetsk in March.", JUL, "consulate", "2025-03"),
    ("In November, Moscow promised to send 500 builders to occupied Donetsk next month.", FEB, "send", "2025-03"),
    ("On December 20, the occupation administration vowed to bring in 2,000 workers from Central Asia by April.",
     FEB, "bring", "2025-04"),
])
def test_plan_inside_a_commitment_takes_its_own_date(text, pub, trig, want):
    got = _events(text, pub, trig)
    assert got and all(str(e["event_date"])[:7] == want and e["planned"] for e in got), \
        [(e["trigger_text"], e["event_date"], e["planned"], e["date_text"]) for e in got]


@pytest.mark.parametrize("text,pub,trig,want", [
    # no date of its own: the commitment's, still a plan
    ("In December, Belarus agreed to send builders to occupied Mariupol.", JUL, "send", "2023-12"),
    # a past statement date after the cue is no date of the plan
    ("In November, Moscow promised to send 500 builders to occupied Donetsk, officials said on Tuesday.",
     FEB, "send", "2024-11"),
])
def test_plan_without_a_date_of_its_own_keeps_the_commitment_date(text, pub, trig, want):
    got = _events(text, pub, trig)
    assert got and all(str(e["event_date"])[:7] == want and e["planned"] for e in got), \
        [(e["trigger_text"], e["event_date"], e["planned"], e["date_text"]) for e in got]
