"""Session 17 (branch s17y1): grant-side phrasings of the dev25 classes, on new sentences written for this file.

- consult.sit_down_with: "sat down with <a state's or entity's actor>" is a meeting (040, themed as any meeting with
  an entity); with no such partner ("sat down with reporters", "with his family", "with little hope") no event
  (triggers.yaml partner_required, read in coder.code_article).
- a be-passive subject's pair phrase "relations between A and B were established" (grammar.yaml
  passive_subject_pair_prepositions / passive_subject_pair_max_words, triggers._pair_gap): the relations are the
  passive's subject; without an "and" or with an active verb, the phrase is no subject complement.
"""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article


def _events(text):
    return code_article({"article_id": "t", "published": dt.date(2024, 3, 14), "text": text})


def _rules(text):
    return [(e["rule"], e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _events(text)]


SIT_DOWN = [
    ("Nicaragua's foreign minister did sit down with the LPR's foreign minister on the sidelines of a forum in Moscow.",
     "LPR"),
    ("Lavrov sat down with Wang Yi in Beijing on Monday.", "CHN"),
    ("Syria's deputy foreign minister sat down with Abkhazia's leader Aslan Bzhania in Sukhumi.", "ABK"),
    ("The Venezuelan ambassador will sit down with Denis Pushilin next week, the DPR said.", "DPR"),
]


@pytest.mark.parametrize("text,partner", SIT_DOWN)
def test_sit_down_with_partner_is_a_meeting(text, partner):
    evs = [e for e in _events(text) if e["rule"] == "consult.sit_down_with"]
    assert evs, _rules(text)
    assert any((e["actor2_code"] or "").startswith(partner) or (e["actor1_code"] or "").startswith(partner)
               for e in evs), _rules(text)


def test_sit_down_with_entity_is_themed():
    evs = _events("Nicaragua's foreign minister Denis Moncada sat down with the DPR's foreign minister in Moscow.")
    assert any(e["rule"] == "consult.sit_down_with" and "diplomatic_recognition" in e["themes"]
               and e["recognition_stance"] == "grant" for e in evs), [(e["rule"], e["themes"]) for e in evs]


SIT_DOWN_NEAR_MISSES = [
    "Zelensky sat down with reporters after the summit.",
    "The minister sat down with his family for dinner.",
    "The delegates sat down with little expectation of progress.",
    "Fans sat down with their scarves raised as the anthem played.",
    "She sat down with a cup of tea to read the report.",
]


@pytest.mark.parametrize("text", SIT_DOWN_NEAR_MISSES)
def test_sit_down_with_no_partner_is_no_event(text):
    assert not [r for r in _rules(text) if r[0] == "consult.sit_down_with"], _rules(text)


PAIR_PASSIVES = [
    ("Consular relations between the Luhansk People's Republic and the Syrian Arab Republic were formally established "
     "on Monday.", "recognition.establish_relations"),
    ("Diplomatic relations between Abkhazia and Nicaragua were officially established in July.",
     "recognition.establish_relations"),
    ("Diplomatic relations between the Donetsk People's Republic and Mali were established on Friday.",
     "recognition.establish_relations"),
]


@pytest.mark.parametrize("text,rule", PAIR_PASSIVES)
def test_relations_between_pair_passive(text, rule):
    evs = [e for e in _events(text) if e["rule"] == rule]
    assert evs and all("diplomatic_recognition" in e["themes"] and e["recognition_stance"] == "grant" for e in evs), \
        _rules(text)


PAIR_NEAR_MISSES = [
    # a predicate, no act
    "Relations between the Donetsk People's Republic and the Central African Republic were tense for years.",
    "Ties between the Luhansk People's Republic and Syria have deepened.",
    # no pair: a single party after "between" is no pair phrase
    "The border between occupied Donetsk districts was established by decree in 2014.",
]


@pytest.mark.parametrize("text", PAIR_NEAR_MISSES)
def test_pair_phrase_near_misses(text):
    assert not [r for r in _rules(text) if r[0] == "recognition.establish_relations"], _rules(text)
