"""Round 13 date checks (dev13): written for this round's rules, several phrasings per class plus
near-misses that must not change. Classes (docs/dates.md, "Starts ahead and plans inside an agreement"):

1. A start named ahead ("to work in schools from September", "starting in September", "as of
   January", "effective from 1 September") in a clause with no future cue: the month ahead when it is at
   most `start_ahead.max_months_ahead` months ahead (the nearest occurrence), unless a past tense governs
   the date itself ("From March, the town was shelled"); the act told in the clause (the recruiting) is no
   plan and is dated by the report, not by the start of the work.
2. A fronted date before a past verb of commitment ("In December, the government agreed to let ...",
   "In November, Moscow promised to send ..."): the commitment's date, in the past, not the next December.
3. A running tally from a named start ("have issued 2,300 work patents since January") keeps its start
   (the convention of tests/test_coder_scope.py and docs/coder.md): no change, pinned here.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import find_temporal_expressions

JUL = dt.date(2024, 7, 19)
FEB = dt.date(2025, 2, 14)
DEC = dt.date(2024, 12, 5)


def _expr(text, pub, at):
    found = [e for e in find_temporal_expressions(text, pub) if at in e.text]
    assert found, [e.text for e in find_temporal_expressions(text, pub)]
    return found[0]


def _events(text, pub):
    return code_article({"article_id": "dev13", "text": text, "published": pub})


# ------------------------------------------------------------------ 1. a start ahead
@pytest.mark.parametrize("text,pub,at,want,planned", [
    ("Some 150 teachers from Russian regions have been recruited to work in schools in occupied Melitopol "
     "from September.", JUL, "September", "2024-09", True),
    ("The occupation authorities are recruiting doctors from Russia to work in Donetsk hospitals starting in "
     "September.", JUL, "September", "2024-09", True),
    ("Builders from Tatarstan were hired to rebuild the school, with classes to resume from October.",
     JUL, "October", "2024-10", True),
    ("Migrants in occupied Crimea need a new work patent as of January, the occupation authorities said.",
     dt.date(2024, 11, 20), "January", "2025-01", True),
    ("The new rules for foreign workers apply from 1 September, the installed administration said.",
     JUL, "September", "2024-09-01", True),
    ("Beginning in August, crews from Rostov take over the repair of the Mariupol port.",
     JUL, "August", "2024-08", True),
    # near-misses: the month behind is nearer, or a past tense governs the date itself
    ("Teachers from Russian regions were sent to work in occupied Mariupol from March.",
     JUL, "March", "2024-03", False),
    ("From September, the town was shelled almost daily.", JUL, "September", "2023-09", False),
    ("As of November, the city had some 3,000 migrant workers, the mayor said.",
     dt.date(2025, 2, 10), "November", "2024-11", False),
    ("The school has been closed from September, residents said.", JUL, "September", "2023-09", False),
    ("Russian troops held the village from April until the counteroffensive.", JUL, "April", "2024-04", False),
    ("The office has worked since September.", JUL, "September", "2023-09", False),
    ("Builders arrived in Mariupol in September.", JUL, "September", "2023-09", False),
])
def test_start_ahead_month(text, pub, at, want, planned):
    e = _expr(text, pub, at)
    assert e.date.isoformat()[:len(want)] == want and e.planned is planned, (e.date, e.planned, e.rule)


@pytest.mark.parametrize("text,pub,trig,want", [
    # the recruiting is no plan: dated by the report
    ("Some 150 teachers from Russian regions have been recruited to work in schools in occupied Melitopol "
     "from September.", JUL, "recruited", "2024-07-19"),
    ("The occupation authorities are recruiting doctors from Russia to work in Donetsk hospitals starting in "
     "September.", JUL, "recruiting", "2024-07-19"),
    # near-misses: an act in the future keeps the start; a past start dates the act
    ("Teachers from Rostov will be sent to work in occupied Mariupol from September.", JUL, "sent", "2024-09"),
    ("Teachers from Russian regions were sent to work in occupied Mariupol from March.", JUL, "sent", "2024-03"),
])
def test_start_ahead_act_date(text, pub, trig, want):
    got = [e for e in _events(text, pub) if trig in e["trigger_text"]]
    assert got and all(str(e["event_date"])[:len(want)] == want for e in got), \
        [(e["trigger_text"], e["event_date"], e["date_text"]) for e in got]


# ------------------------------------------------------------------ 2. a plan inside a dated agreement
@pytest.mark.parametrize("text,pub,at,want,planned", [
    ("In December, the government agreed to let Russian contractors bring in their own construction crews.",
     FEB, "December", "2024-12", False),
    ("In November, Moscow promised to send 500 builders to occupied Donetsk.", FEB, "November", "2024-11", False),
    ("Last autumn's talks stalled, but in December the two sides pledged to open consulates.",
     FEB, "December", "2024-12", False),
    ("On December 20, the occupation administration vowed to bring in 2,000 workers from Central Asia.",
     FEB, "December 20", "2024-12-20", False),
    # near-misses: a date inside the plan, or a future verb after a fronted date, stays ahead
    ("Moscow agreed to send 500 builders to occupied Donetsk in March.", FEB, "March", "2025-03", True),
    ("In March, Moscow will send 500 builders to occupied Donetsk.", FEB, "March", "2025-03", True),
    ("In March, the two sides are expected to open consulates.", FEB, "March", "2025-03", True),
])
def test_fronted_date_of_a_commitment(text, pub, at, want, planned):
    e = _expr(text, pub, at)
    assert e.date.isoformat()[:len(want)] == want and e.planned is planned, (e.date, e.planned, e.rule)


def test_plan_inside_a_dated_agreement_takes_the_agreement_month():
    text = ("In December, the government agreed to let Russian contractors bring in their own construction crews "
            "to occupied Mariupol.")
    got = [e for e in _events(text, FEB) if "crews" in e["trigger_text"]]
    assert got and all(str(e["event_date"])[:7] == "2024-12" for e in got), \
        [(e["trigger_text"], e["event_date"]) for e in got]


# ------------------------------------------------------------------ 3. running tallies keep their start
@pytest.mark.parametrize("text", [
    "Occupation authorities in Crimea have issued some 1,800 work patents to migrants from Tajikistan since January.",
    "Since January, the installed authorities in Melitopol have brought in 900 builders from Russian regions.",
])
def test_tally_from_a_named_start_keeps_its_start(text):
    got = _events(text, DEC)
    assert got and all(str(e["event_date"])[:7] == "2024-01" for e in got), \
        [(e["trigger_text"], e["event_date"]) for e in got]
