"""The subject of a coordinated predicate (coder._shared_subject): a verb after "and"/"but" with no subject of its
own ("..., and have instead brought") shares the subject of the clause before the coordinator when no earlier event
of the sentence gave one: not the nearest actor before it ("local builders"), not nobody. A passive first clause
leaves its subject a patient ("workers were hired in Moscow and sent to Donetsk": nobody named sends them), and a
second clause with its own subject keeps it."""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 5, 16)


def _pairs(text, trigger_word):
    evs = code_article({"article_id": "t", "text": text, "published": PUB})
    return [(e["actor1_code"], e["actor2_code"]) for e in evs if trigger_word in e["trigger_text"]]


@pytest.mark.parametrize("text,trigger,source", [
    ("The Russian-installed authorities have failed to pay local builders and have instead brought 1,500 builders "
     "from Uzbekistan to occupied Mariupol.", "brought", "RUSGOV"),
    ("The occupation authorities promised to rebuild the city but instead recruited cheaper workers from Central "
     "Asia.", "recruited", "RUSGOV"),
    ("The ministry condemned the attack and summoned the Russian ambassador.", "summoned", "GOV"),
    ("Georgia's foreign ministry criticised the decision and eventually recalled its ambassador from Managua.",
     "recalled", "GEOGOV"),
])
def test_a_coordinated_verb_shares_the_clause_subject(text, trigger, source):
    got = _pairs(text, trigger)
    assert got and all(p[0] == source for p in got), got


@pytest.mark.parametrize("text,trigger,not_source", [
    # a passive first clause: its subject is the patient of the second verb too
    ("The workers were hired in Moscow and sent to occupied Donetsk.", "sent", "LAB"),
    # the second clause has its own subject
    ("The ministry condemned the attack and Russia summoned the Georgian ambassador.", "summoned", "GOV"),
])
def test_no_shared_subject_for_a_passive_or_a_subject_of_its_own(text, trigger, not_source):
    got = _pairs(text, trigger)
    assert all(p[0] != not_source for p in got), got


@pytest.mark.parametrize("text,trigger,target", [
    # a bare participle after a passive clause shares its auxiliary: the clause's subject is its patient
    ("Several journalists were arrested in Minsk and charged with extremism.", "charged", "MED"),
    ("Teachers from Dagestan were recruited last year and sent to work in occupied Melitopol.", "sent", "RUSEDU"),
    ("Prisoners were moved from Olenivka and forced to dig trenches.", "forced", "CVL"),
])
def test_a_participle_after_a_passive_clause_is_passive(text, trigger, target):
    got = _pairs(text, trigger)
    assert got and all(p == (None, target) for p in got), got


@pytest.mark.parametrize("text,trigger,source", [
    # near-misses: an active verb with its own object after a passive clause, or after an active "had left"
    ("Russian diplomats were expelled from Moldova and summoned the Moldovan ambassador.", "summoned", "RUSGOV"),
])
def test_an_active_verb_after_a_passive_clause_keeps_its_subject(text, trigger, source):
    got = _pairs(text, trigger)
    assert got and all(p[0] == source for p in got), got


@pytest.mark.parametrize("text,trigger,not_source", [
    # a be-form before an irregular participle ("were sent") or with fillers between ("were later sent",
    # "were later expelled") is passive: its subject is no doer (triggers._be_before, _participle)
    ("Russia recruited Uzbek migrants to work in occupied Donetsk, and they were sent to dig trenches.", "sent",
     "UZBLAB"),
    ("Russia recruited Uzbek migrants to work in occupied Donetsk, and the men were later sent to dig trenches.",
     "sent", "UZBLAB"),
    ("Two of those held, a teacher and a pensioner, were later expelled to Ukrainian-controlled territory.",
     "expelled", "EDU"),
])
def test_a_passive_subject_is_no_doer(text, trigger, not_source):
    got = _pairs(text, trigger)
    assert got and all(p[0] != not_source for p in got), got


def test_being_before_a_participle_with_its_object_is_passive():
    # near-miss for the fillers: "are being lured into the Russian army" keeps the army as the doer
    got = _pairs("Migrants from Central Asia are being lured into the Russian army with promises of citizenship.",
                 "lured")
    assert got == [("RUSMIL", "CASLAB")], got


@pytest.mark.parametrize("text,trigger,source", [
    # near-misses of the shared passive: verbs of the subject's own motion, fight or protest stay active
    # (grammar.yaml passive_share_roots)
    ("Russian troops were deployed to Belarus and attacked from the north.", "attacked", "RUSMIL"),
    ("The Russian ambassador was summoned to the ministry and protested against the decision.", "protested",
     "RUSGOV"),
    ("The soldiers were mobilised in September and fought in Bakhmut.", "fought", "MIL"),
])
def test_an_intransitive_verb_after_a_passive_clause_stays_active(text, trigger, source):
    got = _pairs(text, trigger)
    assert got and all(p[0] == source for p in got), got


def test_a_partitive_subject_is_the_noun_after_of():
    # "Dozens of Uzbek migrants were detained ... and deported": the migrants are the subject (grammar.yaml
    # partitive_heads), so the shared passive makes them the deported, not the deporters
    got = _pairs("Dozens of Uzbek migrants were detained in Moscow and deported to Tashkent.", "deported")
    assert got == [(None, "UZBREF")], got
