"""Fronted participles, session 16 third round (classes of the general_phrasings dev13 and mission_phrasings dev23
rows, tested on new sentences with near-misses): the main clause's subject may open with an owner or adjective
("Nicaragua's ambassador", "French national": triggers._subject_premodifier, grammar
fronted_participle_nonmodifiers), and a sentence-initial participle with its "by" agent is a passive ("Vetoed by
the United States, the draft ...")."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-06-01"):
    return [(e["cameo_code"], e["rule"], e["actor1_code"], e["actor2_code"], tuple(e["themes"]))
            for e in code_article({"article_id": "t", "published": date, "text": text})]


# --- triggers._subject_premodifier ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,code", [
    ("Received by Leonid Pasechnik at his Luhansk office on Monday, Nicaragua's consul discussed grain exports.",
     "043"),
    ("Hosted by Sergei Lavrov in Moscow on Tuesday, Syria's foreign minister praised Russian support.", "043"),
    ("Received by the Abkhaz leader in Sukhumi, Venezuela's ambassador handed over a letter.", "043"),
    ("Released after two years in jail, American journalist Evan Gershkovich arrived in Texas.", "0841"),
    ("Freed after eight months in detention, British national Craig Foreman landed in London on Friday.", "0841"),
    ("Freed after a year in captivity, a former hostage told reporters he had been beaten.", "0841"),
])
def test_a_fronted_participle_takes_a_modified_main_subject(text, code):
    assert code in [ev[0] for ev in _events(text)]


@pytest.mark.parametrize("text", [
    "Asked about the talks, Russia's foreign minister said nothing.",
    "Faced with mounting pressure, the French government withdrew the bill.",
    "Born in Kyiv, the Ukrainian journalist moved to Paris.",
    "Freed, they were later flown home.",
    "Received by Pushilin last week, the letter from the ambassador was published.",
    "Released in 2019, the Iranian film won a prize at Cannes.",
    # the subject's noun is no object of the pattern: nothing is hosted or freed
    "Received by the ministry in March, the Syrian request was approved.",
    "Freed from red tape, French exporters said sales rose.",
])
def test_fronted_participle_near_misses(text):
    assert [ev for ev in _events(text) if ev[0] in ("043", "0841")] == []


# --- triggers.find_matches: a sentence-initial participle with its "by" agent --------------------------------
@pytest.mark.parametrize("text,actor1", [
    ("Vetoed by Russia, the draft resolution on Syria failed to pass.", "RUS"),
    ("Vetoed by the United States, the draft text had the support of 13 members.", "USA"),
])
def test_a_fronted_by_passive_keeps_its_agent_as_the_doer(text, actor1):
    vetoes = [ev for ev in _events(text) if ev[0] == "128"]
    assert vetoes and all(ev[2] == actor1 for ev in vetoes)


def test_a_by_phrase_mid_sentence_is_unchanged():
    # not sentence-initial: the headline-style rule as before
    assert [ev[2] for ev in _events("The draft resolution was vetoed by Russia.") if ev[0] == "128"] == ["RUS"]
