"""Other senses of violent words (coder._violence_sense, grammar.yaml "Other senses of violent words"), and the
name-before-participle rule of coder._attributive_participle. Several phrasings per rule, with near-misses that
keep the violent reading."""
import pytest

from pipeline.coding import code_article


def _roots(text):
    return {e["cameo_root"] for e in code_article({"article_id": "t", "published": "2024-03-14", "text": text})}


def _rules(text):
    return [e["rule"] for e in code_article({"article_id": "t", "published": "2024-03-14", "text": text})]


@pytest.mark.parametrize("text", [
    "The central bank fought inflation with a series of rate hikes.",
    "Firefighters battled a wildfire near Athens on Tuesday.",
    "The singer lost her battle against cancer on Sunday.",
    "The director shot most of the film in Morocco.",
    "The minister faced a barrage of criticism over the floods.",
    "Senate Republicans killed the bill in committee.",
])
def test_figurative_objects_are_no_violence(text):
    assert not _roots(text) & {"17", "18", "19", "20"}, _rules(text)


@pytest.mark.parametrize("text", [
    "Russian troops fought Ukrainian forces near Bakhmut.",
    "Missiles struck a cancer hospital in Kyiv.",
    "Russian forces shelled a fire station in Kherson.",
    "Russian aircraft launched a series of strikes on Kharkiv.",
])
def test_targets_keep_violence(text):
    assert _roots(text) & {"18", "19"}, _rules(text)


@pytest.mark.parametrize("text", [
    "Opposition lawmakers attacked the budget proposal as reckless.",
    "The senator launched a scathing attack on the president's immigration policy.",
    "The union attacked the government's pension reform.",
])
def test_verbal_attack_is_criticism(text):
    assert "disapprove.criticize" in _rules(text) and not _roots(text) & {"18", "19"}, _rules(text)


@pytest.mark.parametrize("text", [
    "Poland signed a deal to buy 96 Apache attack helicopters.",
    "Baykar unveiled a new combat drone at the fair.",
    "Germany will send Leopard battle tanks to Ukraine.",
])
def test_modifier_nouns(text):
    assert not _roots(text) & {"18", "19"}, _rules(text)


def test_noun_homograph_and_particles():
    assert not _roots("The storm battered the coast of Florida.") & {"18"}
    assert not _roots("The team stormed back from two goals down.")
    assert not _roots("Oil prices shot up 5% on Monday.")
    assert "18" in _roots("Gunmen stormed a hotel in Mogadishu.")


def test_reference_point_and_history():
    assert _roots("Hungary's prime minister visited Kyiv for the first time since the full-scale invasion.") == {"04"}
    assert not _roots("The film tells the story of the 1995 Srebrenica massacre.")
    assert not _roots("The book recounts the bombing of Dresden in February 1945.")
    # an adverb, not a reference point; a span, not a date of the act
    assert _roots("Two Pacific states have since withdrawn their diplomatic recognition of Abkhazia.")
    assert "04" in _roots("The visit to Pyongyang was the first by a Russian minister since 2000.")


def test_untargeted_launches():
    assert not _roots("North Korea fired two ballistic missiles into the sea off its east coast.")
    assert not _roots("Russia test-fired a new intercontinental ballistic missile.")
    assert "19" in _roots("Russia fired two ballistic missiles at Odesa overnight.")


def test_crowd_violence_is_a_riot():
    assert "protest.riot" in _rules("Protesters clashed with police in Dakar.")
    assert "protest.riot" in _rules("Rioters looted shops in the suburbs of Paris.")
    assert "protest.riot" not in _rules("Protesters were beaten by police in Minsk.")
    assert "fight.clash" in _rules("Armenian and Azerbaijani troops clashed along the border.")


def test_sports_report():
    assert not _roots("Haaland's strike in the 89th minute sealed the win.")
    assert _roots("Fans clashed with police in the 89th minute.") & {"14", "19"}  # a security word: kept


def test_speculation_and_cause():
    assert not _roots("Experts warned that a new wave of protests could erupt.")
    assert _roots("The EU slapped sanctions on 11 Iranian officials over the crackdown on protesters.") == {"16"}


def test_names_ending_like_verbs_before_a_participle():
    assert "16" in _roots("Beijing imposed sanctions on two US defence firms.")
    assert "04" in _roots("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow.")
    # a real attributive participle stays one
    assert "19" not in _roots("Residents of occupied Melitopol protested.")
