"""s16fm: a historical era framing the clause ("In Soviet times, ...", "... in Soviet times") makes the act history,
not news (grammar background_era_markers / background_era_lead_words / background_era_scope_coordinators; coder._era_phrase)."""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article


def _events(text):
    evs = code_article({"id": "t", "published": dt.date(2024, 5, 17), "text": text})
    return [(e["cameo_code"], e["themes"]) for e in evs]


HISTORY = [
    "In Soviet times, thousands of Angolan workers were brought to coal mines in Luhansk.",
    "Back in Soviet times, North Korean loggers were sent to work in Crimea.",
    "During the Soviet era, Cuban students and workers were brought to factories in Donetsk.",
    "In the 19th century, German settlers arrived in Crimea.",
    # (an era after the head is no longer read, lead's decision in s16y1: "... in Soviet times" codes as today's act)
    "In the Soviet period, Bulgarian builders were sent to Sevastopol to build housing.",
]


@pytest.mark.parametrize("text", HISTORY)
def test_era_phrase_makes_background(text):
    assert _events(text) == []


NEWS = [
    # no era phrase: a labour act of today
    "Thousands of Vietnamese workers were brought to textile mills in occupied Donetsk last month.",
    # the era dates the mill, not the act
    "Russia brought 300 North Korean workers to a Donetsk mine built in Soviet times.",
    # a clause break ends the era's scope
    "In Soviet times the mill employed 5,000 people, but last month Russia brought 300 North Korean workers to it.",
    # the era sits in a relative clause after the act
    "Russia recognised Abkhazia, which was in Soviet times part of Georgia.",
    # a comma-less fronted phrase past the lead is a different opener
    "Last week, officials said that in Soviet times the plant was famous, and Russia brought 200 Uzbek workers there.",
]


@pytest.mark.parametrize("text", NEWS)
def test_acts_outside_an_era_stay(text):
    assert _events(text)
