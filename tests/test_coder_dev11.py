"""Round 11 (split dev11 of tests/data/when_where_articles.jsonl; error classes of the fresh10/fresh11 whole-article
checks), dates:

- dates.act_dates: a rolling period ("over the past year", "in the past week") ends at the report: the act is
  dated at its end (the publication), not at the period's first day.
- dates._sentence_counted (schemas/temporal/lexicon.yaml narrative_relative.sentence_counted): "two years later",
  "six months later" counted from the last date before them in the same sentence; dates._past_anchor: a trigger
  between that date and the counted phrase is the later act.
Sentences written for this file, not the fresh11 ones.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import find_temporal_expressions

PUB = dt.date(2024, 3, 15)


def _dated(text, trig, pub=PUB):
    return [str(e["event_date"]) for e in code_article({"article_id": "t", "text": text, "published": pub})
            if trig in e["trigger_text"]]


# ------------------------------------------------------------------ periods ending at the report
@pytest.mark.parametrize("text,trig", [
    ("Over the past year, Russian firms have hired 4,000 workers from Uzbekistan for occupied Mariupol.", "hired"),
    ("More than 2,000 residents of occupied Melitopol have left for jobs in Russia over the past year.", "left"),
    ("In the past month, the occupation authorities in Sevastopol recruited 300 builders from Tajikistan.",
     "recruited"),
    ("Over the past week, Ukrainian drones attacked the port of Berdiansk several times, officials said.",
     "attacked"),
])
def test_rolling_period_dates_the_act_at_the_report(text, trig):
    got = _dated(text, trig)
    assert got and all(d == str(PUB) for d in got), got


@pytest.mark.parametrize("text,trig,want", [
    # not a rolling period: a calendar one keeps its first day
    ("Last year, Russian firms hired 4,000 workers from Uzbekistan for occupied Mariupol.", "hired", "2023-01-01"),
    ("Last month, Russian firms hired 400 workers from Uzbekistan for occupied Mariupol.", "hired", "2024-02-01"),
])
def test_calendar_period_keeps_its_start(text, trig, want):
    assert _dated(text, trig) == [want]


# ------------------------------------------------------------------ counted from a date of the same sentence
def _exprs(text, pub=PUB):
    return [(e.text, str(e.date), e.precision) for e in find_temporal_expressions(text, pub)]


@pytest.mark.parametrize("text,want", [
    ("Tuvalu recognised Abkhazia in 2011 and withdrew the recognition three years later.",
     ("three years later", "2014-01-01", "year")),
    ("The plant was seized in March 2022; two years later, it reopened under Russian management.",
     ("two years later", "2024-01-01", "year")),
    ("Russian troops entered Kherson in March 2022 and left it eight months later.",
     ("eight months later", "2022-11-01", "month")),
    ("The consulate opened on 5 May 2019 and closed a year later.", ("a year later", "2020-01-01", "year")),
])
def test_counted_from_the_sentence_date(text, want):
    assert want in _exprs(text)


@pytest.mark.parametrize("text", [
    "Two years later, the consulate was still closed.",                          # no date before it
    "The plant reopened two years later than planned, in 2023.",                 # a comparison
    "In 2019 the consulate opened, and six months later it closed.",             # a year counts no months
])
def test_counted_near_misses(text):
    assert not [e for e in find_temporal_expressions(text, PUB) if e.rule == "sentence_counted"]


@pytest.mark.parametrize("text,trig,want", [
    ("Nauru recognised Abkhazia in December 2009 and opened an embassy in Sukhumi two years later.", "opened",
     "2011-01-01"),
    ("Nauru recognised Abkhazia in December 2009 and opened an embassy in Sukhumi two years later.", "recognised",
     "2009-12-01"),
    ("Venezuela recognised South Ossetia in September 2009 and established diplomatic relations with Tskhinvali "
     "a year later.", "established", "2010-01-01"),
])
def test_the_later_act_takes_the_counted_date(text, trig, want):
    assert _dated(text, trig) == [want]
