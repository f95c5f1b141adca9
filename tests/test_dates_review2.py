"""Review 2 of s135 (dates), findings 3, 4 and 12. Sentences of the review and new variants written here.

- dates._sentence_counted (schemas/temporal/lexicon.yaml narrative_relative.sentence_counted_clause_final):
  "six months after Moscow annexed the region" counts from that act, not from an earlier date of the
  sentence: a prepositional "after"/"before" counts only at the end of its clause.
- dates._past_anchor (narrative_relative.later_conjunct_words): a date is taken from a trigger only when
  the trigger is a later conjunct than it and in the counted phrase's clause; a counted phrase that opens a
  later conjunct ("..., and two years later it opened") dates only what follows it.
- dates.act_dates / dated_at_report: a rolling period ("over the past year") is coded to the report:
  event_date = date_end = publication, precision the period's, ACLED time precision 3, and the row says so
  (dictionary_entries "date:relative_period:rolling").
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import find_temporal_expressions, resolve_event_date

PUB = dt.date(2024, 5, 16)


def _rows(text, pub=PUB):
    return code_article({"article_id": "t", "text": text, "published": pub})


def _dated(text, trig, pub=PUB):
    return sorted({str(e["event_date"]) for e in _rows(text, pub) if trig in e["trigger_text"]})


def _counted(text, pub=PUB):
    return [(e.text, str(e.date)) for e in find_temporal_expressions(text, pub) if e.rule == "sentence_counted"]


# ------------------------------------------------------------------ finding 3: "N years after <clause>"
@pytest.mark.parametrize("text,trig,want", [
    ("In March 2023, Kyiv said Russia had opened a consulate in occupied Donetsk six months after Moscow "
     "annexed the region.", "opened", "2023-03-01"),
    ("Putin signed the annexation decrees in September 2022, two years before Russia recognised the new "
     "regions' passports.", "recognised", "2022-09-01"),
    # near-miss: the act before the clause keeps its date either way
    ("Russia opened an embassy in Sukhumi in 2010, two years after Moscow recognised Abkhazia.", "opened",
     "2010-01-01"),
    ("In 2015, Russia sent 3,000 workers to occupied Crimea, a year after it annexed the peninsula.", "sent",
     "2015-01-01"),
    ("Russia opened an embassy in Sukhumi in 2010 two years after Moscow recognised Abkhazia.", "recognised",
     "2010-01-01"),
])
def test_after_before_a_clause_counts_from_no_earlier_date(text, trig, want):
    assert _dated(text, trig) == [want]


@pytest.mark.parametrize("text", [
    "Russian forces captured Avdiivka in February 2024, two years after the full-scale invasion began.",
    "Georgia restored ties with Nicaragua in 2023, 15 years after Managua recognised Abkhazia.",
    "In 2022, eight months before the sham referendums, Russia issued passports in occupied Kherson.",
    "Russia annexed Crimea in March 2014, six months after Yanukovych rejected the EU deal.",
])
def test_prepositional_after_before_is_no_counted_date(text):
    assert _counted(text) == []


@pytest.mark.parametrize("text,want", [
    # at the end of its clause, "after"/"before" is an adverb like "later"/"earlier"
    ("Nauru recognised Abkhazia in December 2009 and opened an embassy two years after.",
     [("two years after", "2011-01-01")]),
    ("Russia recognised Abkhazia in August 2008; two years after, it opened an embassy in Sukhumi.",
     [("two years after", "2010-01-01")]),
    ("Tuvalu withdrew its recognition of Abkhazia in 2014, having granted it three years before.",
     [("three years before", "2011-01-01")]),
    ("Tuvalu recognised Abkhazia in 2011 and withdrew the recognition three years later.",
     [("three years later", "2014-01-01")]),
])
def test_adverbial_counted_dates_stay(text, want):
    assert _counted(text) == want


# ------------------------------------------------------------------ finding 4: the fronted date keeps its clause
@pytest.mark.parametrize("text,want", [
    ("In December 2009, Nauru recognised Abkhazia, and two years later it opened an embassy in Sukhumi.",
     {"recognised": ["2009-12-01"], "opened": ["2011-01-01"]}),
    ("In August 2008, Russia recognised Abkhazia and South Ossetia, which it had fought over, and two years "
     "later Moscow opened embassies there.", {"recognised": ["2008-08-01"], "opened": ["2010-01-01"]}),
    ("In December 2009 Nauru recognised Abkhazia and opened an embassy two years later.",
     {"recognised": ["2009-12-01"], "opened": ["2011-01-01"]}),
    ("In 2008 Russia recognised Abkhazia and two years later Dmitry Medvedev visited Sukhumi.",
     {"recognised": ["2008-01-01"], "visited": ["2010-01-01"]}),
    ("On 26 August 2008 Russia recognised South Ossetia; three years later it opened an embassy in Tskhinvali.",
     {"recognised": ["2008-08-26"], "opened": ["2011-01-01"]}),
    # the intended positives: the trigger after the date, in the counted phrase's clause, is the later act
    ("Nauru recognised Abkhazia in December 2009 and opened an embassy two years later.",
     {"recognised": ["2009-12-01"], "opened": ["2011-01-01"]}),
    ("Russia recognised Abkhazia in August 2008 and two years later opened an embassy in Sukhumi.",
     {"recognised": ["2008-08-01"], "opened": ["2010-01-01"]}),
])
def test_fronted_date_keeps_its_own_clause(text, want):
    for trig, dates in want.items():
        assert _dated(text, trig) == dates, trig


def test_counted_phrase_of_a_later_conjunct_dates_no_earlier_trigger():
    text = ("In August 2008, Russia recognised Abkhazia and South Ossetia, which it had fought over, and two "
            "years later Moscow opened embassies there.")
    assert _dated(text, "fought") == ["2008-08-01"]


# ------------------------------------------------------------------ finding 12: rolling periods
PUB12 = dt.date(2024, 1, 10)


@pytest.mark.parametrize("text,trig,precision", [
    ("Over the past year, construction firms have brought 5,000 workers from Central Asia to occupied "
     "Mariupol.", "brought", "year"),
    ("In the past month, Russia opened a consulate in occupied Donetsk.", "opened", "month"),
    ("Over the past week, Ukrainian drones attacked the port of Berdiansk several times, officials said.",
     "attacked", "week"),
])
def test_rolling_period_is_coded_at_the_report(text, trig, precision):
    rows = [e for e in _rows(text, PUB12) if trig in e["trigger_text"]]
    assert rows
    for e in rows:
        assert (e["event_date"], e["date_end"], e["date_precision"]) == (PUB12, PUB12, precision)
        assert e["time_precision"] == (2 if precision == "week" else 3)
        assert e["date_source"] == "text"
        assert "date:relative_period:rolling" in e["dictionary_entries"]
    ev = resolve_event_date(text, text.index(trig), text.index(trig) + len(trig), PUB12)
    assert (ev.event_date, ev.date_end, ev.date_precision) == (PUB12, PUB12, precision)


def test_calendar_period_is_no_report_date():
    rows = _rows("Last year, Russian firms hired 4,000 workers from Uzbekistan for occupied Mariupol.", PUB12)
    assert [(str(e["event_date"]), str(e["date_end"])) for e in rows] == [("2023-01-01", "2023-12-31")]
    assert not any(d.startswith("date:") for e in rows for d in e["dictionary_entries"])
