"""choose_expression: a date inside an inserted clause (", which ... ,", "— who ... —",
"( ... )") that does not hold the trigger does not date the event."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.coding.dates import resolve_event_date

PUB = dt.date(2023, 10, 14)  # a Saturday


def date_of(sentence, trigger):
    i = sentence.index(trigger)
    return resolve_event_date(sentence, i, i + len(trigger), PUB)


@pytest.mark.parametrize("sentence, trigger, expected_text", [
    ("On Friday the authorities, which have controlled the city since March, asked Moscow to annex the region.",
     "asked", "On Friday"),
    ("On Tuesday the council, whose members were appointed in 2022, voted to close the border.",
     "voted", "On Tuesday"),
    ("The envoy — who had served in Pyongyang since 2019 — arrived in Moscow on Thursday.",
     "arrived", "on Thursday"),
    ("The minister (appointed in May) signed the labour agreement on Wednesday.", "signed", "on Wednesday"),
    ("Last week the mayor, who was detained in August, was released in a swap.", "released", "Last week"),
])
def test_date_in_an_inserted_clause_loses(sentence, trigger, expected_text):
    ev = date_of(sentence, trigger)
    assert ev.date_text == expected_text
    assert ev.date_source == "text"


@pytest.mark.parametrize("sentence, trigger", [
    ("The authorities, which have controlled the city since March, asked Moscow to annex the region.", "asked"),
    ("Kim, who visited the Vostochny cosmodrome in September, praised the workers.", "praised"),
    ("The regional head — who fled to Russia in 2014 — recognized the new border.", "recognized"),
])
def test_only_date_inside_a_foreign_clause_gives_the_publication_date(sentence, trigger):
    ev = date_of(sentence, trigger)
    assert (ev.date_source, ev.event_date) == ("publication", PUB)


@pytest.mark.parametrize("sentence, trigger, expected_text", [
    # the trigger is inside the inserted clause: its own date applies
    ("The mayor, who was abducted in March, said on Friday he had been freed.", "abducted", "in March"),
    ("The council — which voted on Tuesday to close the border — met again.", "voted", "on Tuesday"),
    # a parenthesis that only holds a date is an apposition, not a clause
    ("The workers arrived (on 2 October) and started work.", "arrived", "on 2 October"),
    # no inserted clause: the usual nearest-date rule
    ("On Friday officials said the border had been closed since March.", "closed", "since March"),
])
def test_dates_that_still_apply(sentence, trigger, expected_text):
    assert date_of(sentence, trigger).date_text == expected_text
