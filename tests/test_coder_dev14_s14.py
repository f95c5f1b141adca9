"""Rules for the dev14 when/where articles (tests/data/when_where_articles.jsonl, split dev14: 28 of 40 facts right
at first run). Each rule: several own phrasings plus near-misses that must not change.

1. A stay told by its length is a visit (triggers.yaml consult.stay): "A delegation of parliamentarians from
   Togo spent three days in Crimea"; not a stay in an institution or in talks, nor without a visiting party.
2. A reaction linked back to its cause by "after which" / "whereupon" (themes.yaml reactions back_links,
   coder._reaction_link): "Syria recognised Abkhazia in May 2018, after which Tbilisi severed relations".
3. Workers from the party's own regions in an article about an occupied territory are the home labour market
   (coder._mission_link: the article's territories do not tie a domestic_origins act).
4. The occupier's own officials visiting a territory it does not recognise as a state (Transnistria) or claims as
   its own are no foreign party (coder._own_side_visitors for every visit, 042; grammar.yaml
   occupier_recognised_entities keeps Russia's visits to Abkhazia and South Ossetia); a body's remit is no actor
   (actors stop_phrases: "the State Duma's committee on CIS affairs" is Russian, not the CIS). A reaction's link
   skips an unthemed visit made for its cause ("sanctions on the lawmakers who visited Tiraspol to open ...").
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 10, 15)


def _code(text, pub=PUB):
    return code_article({"article_id": "t", "text": text, "published": pub})


def _themed(events, rule_prefix=None):
    return [e for e in events if "diplomatic_recognition" in e["themes"]
            and (rule_prefix is None or e["rule"].startswith(rule_prefix))]


# ------------------------------------------------------------------ 1. a stay as a visit
@pytest.mark.parametrize("text,actor1,region", [
    ("A delegation of parliamentarians from Togo spent three days in Crimea last week.", "TGOLEG", "UA-43"),
    ("A group of Venezuelan lawmakers spent a week in occupied Donetsk in August, local media reported.",
     "VENLEG", "UA-14"),
    ("Nicaragua's ambassador spent two days in Sukhumi, where he met Abkhaz officials.", "NICGOV", "GE-AB"),
    ("The Togolese delegation spent the weekend in Sevastopol.", "TGOGOV", "UA-40"),
])
def test_stay_of_a_foreign_party_is_a_visit(text, actor1, region):
    got = [e for e in _themed(_code(text)) if e["rule"] == "consult.stay"]
    assert got and got[0]["cameo_code"] == "042" and got[0]["recognition_stance"] == "grant"
    assert got[0]["actor1_code"] == actor1 and got[0]["admin1_code"] == region


@pytest.mark.parametrize("text", [
    "A Ukrainian soldier spent three days in hospital after the attack.",
    "The deputy spent two weeks in custody before he was released.",
    "Tourists spent three days in Yalta last week.",
    "The minister spent three days in talks with his counterparts.",
    "The delegation spent two million roubles in Crimea on the new school.",
])
def test_stay_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "consult.stay"]


# ------------------------------------------------------------------ 2. "after which": a reaction after its cause
@pytest.mark.parametrize("text,actor1", [
    ("Syria recognized the independence of Abkhazia and the Tskhinvali region in May 2018, after which Tbilisi "
     "severed diplomatic relations with Damascus.", "GEOGOV"),
    ("Nicaragua recognised Abkhazia and South Ossetia in 2008, following which Georgia broke off diplomatic "
     "relations with Managua.", "GEO"),
    ("Nauru recognised Abkhazia in December 2009, whereupon Georgia's foreign ministry condemned Nauru.", "GEOGOV"),
])
def test_reaction_after_its_cause_is_a_denial(text, actor1):
    got = [e for e in _themed(_code(text)) if e["recognition_stance"] == "deny"]
    assert got and got[0]["actor1_code"] == actor1 and got[0]["cameo_root"] in ("11", "16")


@pytest.mark.parametrize("text", [
    # the cause is no recognition act
    "Syria hosted a trade fair in May 2018, after which Tbilisi severed diplomatic relations with Damascus.",
    # no link word: two acts side by side
    "Syria recognised Abkhazia in May 2018. Tbilisi severed diplomatic relations with Damascus in 2008 over the war.",
])
def test_reaction_after_its_cause_near_misses(text):
    assert not [e for e in _code(text) if e["cameo_root"] == "16" and e["themes"]]


# ------------------------------------------------------------------ 3. home labour market in an occupation article
_LEAD = ("At least 200 North Korean workers arrived in occupied Luhansk in early October. "
         "The demand for labour is not limited to the occupied territories. ")


@pytest.mark.parametrize("line", [
    "Construction firms in the Rostov region have been recruiting welders from other Russian regions.",
    "Factories in Voronezh are hiring workers from across Russia with wages of up to 150,000 roubles.",
])
def test_domestic_origins_untied_by_the_article(line):
    events = _code(_LEAD + line, dt.date(2024, 11, 28))
    i = (_LEAD + line).index(line)
    mine = [e for e in events if e["char_start"] >= i]
    assert mine and not [e["themes"] for e in mine if e["themes"]]


def test_domestic_origins_near_miss_occupied_place_keeps_theme():
    text = _LEAD + "The occupation authorities have been recruiting welders from other Russian regions for Luhansk."
    events = _code(text, dt.date(2024, 11, 28))
    i = text.index("The occupation")
    assert [e for e in events if e["char_start"] >= i and "labor_migration" in e["themes"]]


# ------------------------------------------------------------------ 4. the occupier's own visitors
def _visits(text):
    return [e for e in _code(text) if e["cameo_code"] == "042"]


@pytest.mark.parametrize("text", [
    "A delegation of the Russian State Duma's committee on CIS affairs arrived in Tiraspol on Tuesday for a two-day "
    "visit, the press service of the Transnistrian \"parliament\" said.",
    "A delegation of Russian State Duma lawmakers arrived in Tiraspol and met the region's leader Vadim Krasnoselsky.",
    "Moldovan deputy prime minister Oleg Serebrian arrived in Tiraspol for talks with Vadim Krasnoselsky.",
])
def test_own_side_visit_to_transnistria_is_no_recognition(text):
    got = _visits(text)
    assert got and not [e["themes"] for e in got if e["themes"]]


@pytest.mark.parametrize("text", [
    # a third state's visit stays
    "A Belarusian delegation arrived in Tiraspol and met the region's leader Vadim Krasnoselsky.",
    "A delegation of Syrian lawmakers arrived in Sukhumi on Tuesday.",
    # the occupier recognises Abkhazia and South Ossetia: its visits there are a state's to another
    "Russian Foreign Minister Sergei Lavrov visited Sukhumi and met Abkhaz leader Aslan Bzhania.",
    "A Russian government delegation arrived in Tskhinvali for talks with South Ossetia's leader Alan Gagloev.",
])
def test_own_side_visit_near_misses(text):
    assert [e for e in _visits(text) if "diplomatic_recognition" in e["themes"]]


@pytest.mark.parametrize("text", [
    "Members of the State Duma committee on CIS affairs arrived in Sukhumi on Tuesday.",
    "Leonid Kalashnikov, head of the Duma committee on CIS affairs, visited Tskhinvali.",
])
def test_a_remit_is_no_actor(text):
    got = _visits(text)
    assert got and got[0]["actor1_code"] == "RUSLEG"


def test_reaction_link_skips_the_visit_made_for_the_cause():
    text = ("Moldova imposed sanctions on the Russian lawmakers who visited Tiraspol to open a representative "
            "office of the Duma there.")
    assert [e for e in _code(text, dt.date(2024, 3, 14)) if e["cameo_root"] == "16"
            and e["recognition_stance"] == "deny"]
    near = "Moldova imposed sanctions on the Russian lawmakers who visited Tiraspol last week."
    assert not [e for e in _code(near, dt.date(2024, 3, 14)) if e["themes"]]
