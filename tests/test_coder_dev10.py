"""Round 10 (split dev10 of tests/data/when_where_articles.jsonl; error classes of the fresh10 whole-article check):

- triggers.yaml labor.move_to_work: residents of an occupied place leaving "for seasonal work in", "for better-paid
  jobs in", "for jobs abroad" (a kind or pay of the job before it) is labour migration out of the place.
- dates (schemas/temporal/lexicon.yaml relative_quantifiers): ", most of whom were hired in 2022," is a relative
  clause: its date is not the main act's.
- coder._past_act (grammar.yaml past_act_blockers): a planned date after publication ("and to open a mission
  next year") does not date an act already done ("agreed", "signed"); it still dates the plan.
- grammar.yaml definite_role_anaphors + ministry: "The ministry also called on ..." is the last ministry named
  with a country (coder._same_head_antecedent).
- coder._person_title (grammar.yaml person_title_heads): "it" is never a title naming one person ("summoned the
  Russian ambassador. It handed him a note": the ministry).
Sentences written for this file, not the fresh10 ones.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import choose_expression, find_temporal_expressions

PUB = dt.date(2024, 5, 16)


def _code(text, pub=PUB):
    return code_article({"article_id": "t", "text": text, "published": pub})


# ------------------------------------------------------------------ workers leaving an occupied place
@pytest.mark.parametrize("text", [
    "Hundreds of residents of occupied Nova Kakhovka have left for seasonal work in Crimea, the exiled mayor said.",
    "More than 3,000 residents of occupied Mariupol left for better-paid jobs in Russian regions last year.",
    "Many miners from occupied Horlivka have left for jobs abroad, local officials said.",
    "Young men in occupied Melitopol are leaving for construction jobs in the Rostov region, residents said.",
])
def test_leaving_an_occupied_place_for_work(text):
    assert any("labor_migration" in e["themes"] for e in _code(text))


@pytest.mark.parametrize("text", [
    "Civilians left occupied Oleshky after the flooding, the mayor said.",
    "Ukrainian troops left the village of Krynky in July, the army said.",
    "Many residents of occupied Nova Kakhovka have left for Crimea since the dam was destroyed.",
])
def test_leaving_without_work_is_no_labour_migration(text):
    assert not any("labor_migration" in e["themes"] for e in _code(text))


# ------------------------------------------------------------------ quantified relative clauses
def _chosen(sentence, trigger, pub=dt.date(2024, 8, 21)):
    exprs = find_temporal_expressions(sentence, pub)
    i = sentence.index(trigger)
    e = choose_expression(exprs, i, i + len(trigger), sentence)
    return sentence[e.start:e.end] if e else None


@pytest.mark.parametrize("sentence,trigger,want", [
    ("Many builders of occupied Sevastopol, most of whom were hired in 2022, have left the city for jobs in Russia, "
     "the governor said on Tuesday.", "left", "on Tuesday"),
    ("The 40 prisoners, some of whom were detained in 2014, have been freed, officials said on Friday.", "freed",
     "on Friday"),
    ("The consulates, none of which opened before 2023, have been closed, the ministry said in July.", "closed",
     "in July"),
    # near-misses: the trigger inside the clause keeps its date; no relative clause
    ("Local builders, many of whom left for jobs in Russia in 2023, have complained about wages on Tuesday.",
     "left", "in 2023"),
    ("Two of the prisoners were freed in May, officials said on Tuesday.", "freed", "in May"),
])
def test_quantified_relative_clause_dates_its_own_verb(sentence, trigger, want):
    assert _chosen(sentence, trigger) == want


# ------------------------------------------------------------------ a plan's date and an act already done
def _dated(text, trig, pub=dt.date(2023, 11, 24)):
    return [str(e["event_date"]) for e in _code(text, pub) if trig in e["trigger_text"]]


@pytest.mark.parametrize("text,trig,want", [
    ("The sides agreed on Thursday to twin Melitopol with Tskhinvali and to open a trade mission next year.", "agreed",
     "2023-11-23"),
    ("South Ossetia and the DPR signed an agreement and pledged to open consulates next year.", "signed",
     "2023-11-24"),
    ("Abkhazia's leader met the Syrian envoy and invited him to visit Sukhumi next year.", "met", "2023-11-24"),
    # near-misses: the plan itself keeps its date; a future or passive infinitive head keeps it too
    ("Abkhazia and Syria agreed to open embassies in each other's capitals next year.", "open", "2024-01-01"),
    ("Syria will open an embassy in Sukhumi next year, the ministry said.", "open", "2024-01-01"),
    ("A consulate of Nicaragua is to be opened in Sukhumi next year, officials said.", "opened", "2024-01-01"),
])
def test_plan_date_does_not_date_a_done_act(text, trig, want):
    assert want in _dated(text, trig)


# ------------------------------------------------------------------ "the ministry", "it"
def _pairs(text, trig):
    return [(e["actor1_code"], e["actor2_code"]) for e in _code(text) if trig in e["trigger_text"]]


@pytest.mark.parametrize("text,trig,actor1", [
    ("Ukraine's foreign ministry said on Wednesday that Russia was forcing residents of occupied areas to take "
     "Russian passports. The ministry also called on the International Labour Organization to investigate.",
     "investigate", "UKRGOV"),
    ("Georgia's foreign ministry condemned the visit. Moscow did not comment. The ministry also summoned the "
     "Russian charge d'affaires.", "summoned", "GEOGOV"),
    # near-miss: a ministry with its own country
    ("Ukraine's foreign ministry condemned the visit. Belarus's foreign ministry summoned the Ukrainian charge "
     "d'affaires.", "summoned", "BLRGOV"),
])
def test_the_ministry_is_the_last_ministry_named(text, trig, actor1):
    assert actor1 in [a1 for a1, _ in _pairs(text, trig)]


@pytest.mark.parametrize("text,trig,actor1", [
    ("Moldova's foreign ministry summoned the Russian ambassador, Oleg Vasnetsov. It handed him a note of protest.",
     "handed", "MDAGOV"),
    ("Georgia's foreign ministry summoned the Russian envoy on Monday. It handed him a note of protest.", "handed",
     "GEOGOV"),
    # near-misses: a ministry named by a title-like entry is still "it"; "he" still stands for a person
    ("Russia's Defense Ministry said its forces had captured the village. It also said it had struck Ukrainian "
     "positions near Kupiansk.", "struck", "RUSMIL"),
    ("Syria's foreign minister arrived in Donetsk on Monday. He met Denis Pushilin.", "met", "SYRGOV"),
])
def test_it_is_no_person(text, trig, actor1):
    assert actor1 in [a1 for a1, _ in _pairs(text, trig)]
