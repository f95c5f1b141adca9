"""Rules of dev15 one by one: a be-passive whose subject has a complement phrase ("a memorandum on trade was signed
by", grammar.yaml passive_subject_complements), a passive agent that opens a list ("signed by Pushilin and the
Nicaraguan ambassador": both sign, paired both ways), and scare-quoted missions with no owner
(grammar.yaml scare_quoted_institutions, coder._scare_quoted_missions)."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _pairs(evs, rule):
    return {(e["actor1_code"], e["actor2_code"]) for e in evs if e["rule"] == rule}


@pytest.mark.parametrize("text", [
    "A memorandum on cooperation was signed on Friday by Abkhazia and Nicaragua.",
    "An accord on direct flights was signed in Sukhumi by Abkhazia and Syria.",
    "The agreement about visa-free travel was signed by Abkhazia and Nicaragua.",
    "A new treaty on friendship was signed by Abkhazia and Nicaragua in Sukhumi.",
])
def test_passive_signing_with_complement_both_ways(text):
    pairs = _pairs(_code(text), "support.sign")
    assert {("ABK", "NIC"), ("NIC", "ABK")} <= pairs or {("ABK", "SYR"), ("SYR", "ABK")} <= pairs, pairs


def test_passive_agent_list_both_ways_without_complement():
    pairs = _pairs(_code("The agreement was signed in Sukhumi by Abkhazia and Syria."), "support.sign")
    assert {("ABK", "SYR"), ("SYR", "ABK")} <= pairs


def test_passive_agent_list_are_all_doers():
    pairs = _pairs(_code("Civilians in Kherson were attacked by Russia and Belarus."), "assault.attack")
    assert ("RUS", "UKRCVL") in pairs and ("BLR", "UKRCVL") in pairs and ("RUS", "BLR") not in pairs


@pytest.mark.parametrize("text", [
    "A petition on the new tariffs was signed by 10,000 residents of Sukhumi.",
    "The law on the state budget was signed by President Zelensky on Friday.",
    # a noun after a verb is its object, not a passive subject
    "Workers who refused to sign contracts with Rosatom were being deported.",
])
def test_passive_complement_near_misses(text):
    evs = _code(text)
    assert not any(e["rule"] == "support.sign" and e["themes"] for e in evs)
    assert not any(e["rule"] == "support.sign" and not e["negated"] for e in evs if "contracts" in text)


@pytest.mark.parametrize("text", [
    "Supporters set up an 'embassy' in a Warsaw bar.",
    "Fans opened a so-called \"consulate\" for Abkhazia supporters in Moscow.",
    "Art students opened a mock 'embassy' of a fictional republic at a festival.",
    "Supporters of a Moldovan club set up an 'embassy' in a Bucharest pub.",
])
def test_scare_quoted_mission_without_owner_is_no_mission(text):
    assert not any(e["rule"] == "recognition.open_mission" for e in _code(text))


@pytest.mark.parametrize("text", [
    "The so-called 'embassy' of the DPR opened in Moscow.",
    "Abkhazia's so-called \"embassy\" opened in Damascus.",
    "The DPR opened an \"embassy\" in Moscow.",
    "The 'DPR' embassy in Moscow opened on Friday.",
    "The Donetsk separatists said they had opened a \"consulate\" in Rostov-on-Don.",
])
def test_scare_quoted_mission_of_an_owner_stays(text):
    assert any(e["rule"] == "recognition.open_mission" and "diplomatic_recognition" in e["themes"] for e in _code(text))
