"""Hedged event nouns and "trip of/by X to Y" visits (session 14, helper 20). New sentences, variants and
near-misses (marked "keep": they passed before and must not change).

First run (before the mends): 19 failed, 10 passed of 29. After: part 1 mended except the "meeting between A
and B" variant (xfail); part 2 NOT landed in the time box (its tests are strict xfails; "trip to the polls" is
an older consult.visit "trip to" false positive, xfail too).

1. An event noun whose own clause goes on with a predicate saying the act is improbable, excluded or not
   planned ("The recognition of Abkhazia by other Latin American states is unlikely", "A visit by the Syrian
   president to Sukhumi is not on the agenda", "Talks with the Transnistrian leader were ruled out") names no
   act: dropped, as a hedge before a verb is ("unlikely to open"). A predicate saying it is likely ("is likely",
   "is on the agenda") makes it planned, as "could recognise" is. A predicate followed by "to" + another verb
   judges a consequence ("the visit was likely to anger Kyiv"): the act stands. (coder._hedged_after,
   grammar hedged_noun_predicates, likely_noun_predicates, hedged_predicate_copulas)
2. (landed in session 15: triggers.yaml consult.trip, the traveller in coder._nominal_participants) "the trip of
   X to Y", "the trip by X to Y" are a visit, as "the visit of X to Y" is; "a trip of 500 kilometres", "the trip
   of a lifetime", "the trip to the polls" not. The article whose trip goes to "the occupied peninsula" passes
   since "occupied/annexed peninsula" names Crimea in a Ukraine or Russia context (schemas/geo/areas.csv).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2023, 9, 17)
TH = "diplomatic_recognition"


def _events(text: str) -> list:
    return code_article({"article_id": "hn20", "text": text, "published": PUB})


def _coded(text: str, root: str) -> list:
    return [e for e in _events(text) if e["cameo_code"].startswith(root)]


# 1. (text, code root of the noun's event)
HEDGED = [
    ("The recognition of Abkhazia by other Latin American states is unlikely, officials said.", "05"),
    ("Recognition of the DPR by Belarus remains remote.", "05"),
    ("A visit by the Syrian president to Sukhumi is not on the agenda.", "04"),
    ("Talks with the Transnistrian leader were ruled out.", "04"),
    ("Any recognition of Crimea as Russian is out of the question.", "05"),
    ("Official recognition of South Ossetia by Belarus seems highly improbable, analysts say.", "05"),
    pytest.param("A meeting between Bzhania and the Belarusian president is off the table for now.", "04",
                 marks=pytest.mark.xfail(strict=True, reason="gap: a 'between A and B' meeting is not dropped")),
    ("Recognition of Abkhazia by Nicaragua's neighbours is unlikely to happen soon.", "05"),
    ("A visit by Venezuelan lawmakers to Tskhinvali remains a distant prospect, diplomats said.", "04"),
]


@pytest.mark.parametrize("text,root", HEDGED)
def test_hedged_noun_dropped(text, root):
    assert not _coded(text, root)


# likely: the act is planned, not done
LIKELY = [
    ("Recognition of Abkhazia by Belarus is likely.", "05"),
    ("A visit by the Syrian president to Sukhumi is on the agenda.", "04"),
    ("Recognition of the DPR by Belarus now seems likely, officials said.", "05"),
]


@pytest.mark.parametrize("text,root", LIKELY)
def test_likely_noun_planned(text, root):
    # planned as under a `future` cue: a visit becomes 036, recognition keeps its themed 054
    ev = [e for e in _events(text) if e["rule"].startswith({"05": "recognition.", "04": "consult."}[root])]
    assert ev and all(e["planned"] for e in ev)


# keep: the act happened
KEPT = [
    ("The recognition of Abkhazia by Nicaragua was unexpected.", "05"),
    ("The visit by the Syrian president to Sukhumi was likely to anger Kyiv.", "04"),
    ("Talks between Russia and Abkhazia were held although a deal is unlikely.", "04"),
    ("Talks with the Transnistrian leader were held in Tiraspol, although a deal remains remote.", "04"),
    ("The recognition of Abkhazia by Nicaragua, which analysts had called unlikely, came in 2008.", "05"),
    ("Nicaragua recognised Abkhazia in 2008, and a reversal is unlikely.", "05"),
]


@pytest.mark.parametrize("text,root", KEPT)
def test_kept_noun(text, root):
    ev = _coded(text, root)
    assert ev and not any(e["planned"] for e in ev)


# 2. (text, code, actor1, actor2 or None, themed?)
TRIPS = [
    ("Ukraine's Foreign Ministry strongly condemns the trip of the Togolese MPs to Crimea.", "111", "UKRGOV", True),
    ("Georgia condemned the trip by Venezuelan lawmakers to Sukhumi.", "111", "GEO", True),
    ("Kyiv denounced the trips of Syrian officials to occupied Donetsk.", "111", "UKR", True),
    ("The trip of the Togolese MPs to Crimea lasted three days.", "042", "TGOLEG", True),
    ("The trip by Venezuelan lawmakers to Sukhumi angered Georgia.", "042", "VENLEG", True),
]


# (part 2 landed in session 15: triggers.yaml consult.trip, coder._nominal_participants' visit traveller)
@pytest.mark.parametrize("text,code,actor1,themed", TRIPS)
def test_trip_of_by(text, code, actor1, themed):
    ev = [e for e in _events(text) if e["cameo_code"] == code and (e["actor1_code"] or "").startswith(actor1)]
    assert ev
    assert any(TH in e["themes"] for e in ev) == themed


def test_trip_to_occupied_peninsula_article():
    # (passes since session 15: schemas/geo/areas.csv "occupied peninsula", Crimea named by its status)
    text = ("A delegation of parliamentarians from Togo spent three days in Crimea last week, visiting Simferopol. "
            "Ukraine's Foreign Ministry said it strongly condemns the trip of the Togolese MPs to the occupied "
            "peninsula and will seek sanctions against them.")
    ev = [e for e in _events(text) if e["cameo_code"] == "111" and e["actor1_code"] == "UKRGOV"]
    assert ev and any(TH in e["themes"] and e["recognition_stance"] == "deny" for e in ev)


NOT_TRIPS = [
    "The convoy made a trip of 500 kilometres to the border.",
    "It was the trip of a lifetime, the Georgian tourist said.",
    "The students went on a school trip to Crimea in 2010.",
    "Voters in Sukhumi made the trip to the polls on Sunday.",
    "The trip of three days was organised by a travel agency in Tbilisi.",
]


@pytest.mark.parametrize("text", NOT_TRIPS)
def test_not_a_trip(text):
    assert not _coded(text, "04")
