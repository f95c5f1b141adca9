"""Session 17 (branch s17l1): labour crossing into an occupied or entity territory (labor.workers_cross_into), the
building trades as arriving workers (grammar.yaml worker_arrival_nouns), and a plan to bring labour that was called
off (coder: a proposal noun's content before postponed_act_verbs). New sentences written for this module, with
near-misses that must not change."""
import datetime as dt

import pytest

from pipeline.coding import code_article


def _events(text, pub=dt.date(2024, 5, 20)):
    return code_article({"id": "t", "published": pub, "text": text})


def _labour(text):
    return [e for e in _events(text) if "labor_migration" in e["themes"]]


@pytest.mark.parametrize("text", [
    "Some 150 road workers from Russia's Krasnodar region crossed into occupied Zaporizhzhia region on Monday to repair the highway.",
    "A column of 60 builders from Dagestan crossed into South Ossetia last week, the region's construction ministry said.",
    "Two coaches carrying 70 plasterers and tilers from Tashkent crossed into Russian-held Luhansk region on Friday.",
    "Construction workers from Rostov crossed into occupied Donetsk region on Tuesday, local media reported.",
    "Bricklayers from Kazakhstan crossed the border into Abkhazia on Saturday to work on the new stadium.",
])
def test_workers_crossing_into_occupied_territory(text):
    assert [e["cameo_code"] for e in _labour(text)] == ["061"], text


@pytest.mark.parametrize("text", [
    "Hundreds of workers crossed into Poland from Belarus on Monday, officials said.",  # no occupied end
    "Aid workers crossed into occupied Kherson region with medicines on Monday.",  # non-labour workers
    "Migrants crossed into occupied Crimea, officials said.",  # bare migrants: a border story
    "Ukrainian troops crossed into Russia's Kursk region in August.",
    "Welders from Kazakhstan crossed into Russia's Belgorod region on Sunday.",  # not occupied
    "Workers from the Zaporizhzhia nuclear plant crossed into occupied Enerhodar.",  # the place's own staff
])
def test_crossing_near_misses(text):
    assert not _labour(text), text


@pytest.mark.parametrize("text", [
    "Two coaches carrying 90 plasterers from Samarkand arrived in occupied Luhansk on Sunday.",
    "A minibus with twelve carpenters from Kyrgyzstan arrived in occupied Mariupol on Thursday.",
    "Forty roofers from Uzbekistan arrived in occupied Berdiansk at the weekend.",
])
def test_trades_arriving_are_labour(text):
    assert [e["cameo_code"] for e in _labour(text)] == ["061"], text


@pytest.mark.parametrize("text", [
    "A delegation of carpenters' union officials arrived in occupied Mariupol on Thursday.",  # officials visit
    "Plumbers arrived at the flooded building in Kyiv on Thursday.",  # no occupation article
])
def test_trades_arriving_near_misses(text):
    assert not _labour(text), text


@pytest.mark.parametrize("text", [
    "Plans to bring 800 North Korean builders into occupied Luhansk were shelved last year, a lawmaker said.",
    "A plan to send 500 Uzbek workers to occupied Mariupol has been scrapped, the contractor said.",
    # (a plan put off is still a plan: "were put off until next year" is planned; review M-L finding 3,
    # tests/test_coder_mend_labour_s17.py)
])
def test_plan_called_off_is_no_event(text):
    assert not _labour(text), text


@pytest.mark.parametrize("text", [
    "Plans to bring 800 North Korean builders into occupied Luhansk were approved last year, a lawmaker said.",
    "Plans to bring 800 North Korean builders into occupied Luhansk were revealed by the governor.",
    "Russia plans to bring 800 North Korean builders into occupied Luhansk, officials said.",
])
def test_plan_not_called_off_is_kept(text):
    assert [e["cameo_code"] for e in _labour(text)] == ["061"], text
