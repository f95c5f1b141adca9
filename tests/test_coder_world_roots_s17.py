"""Session 17 (fix of the fresh10 classes, world news roots): agreements initialled, shows of force, aid told as
relief personnel sent to a disaster, attacker nouns beside a violent act, past events in an exhibition feature.
Each rule has its own sentences and near-misses that must not change."""
import pytest

from pipeline.coding import code_article


def _codes(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    return sorted({e["cameo_code"] for e in evs})


def _roots(text):
    return sorted({c[:2] for c in _codes(text)})


@pytest.mark.parametrize("text", [
    # British spelling of "initial" doubles the l (triggers.yaml irregular_verbs)
    "Serbia and Kosovo initialled a framework agreement in Brussels on Monday.",
    "The two foreign ministers initialled the draft accord in Geneva.",
    "Negotiators from both sides are initialling the text of the treaty this week.",
])
def test_agreement_initialled(text):
    assert "057" in _codes(text)


@pytest.mark.parametrize("text", [
    "China flew 30 warplanes near Taiwan in a show of force on Sunday.",
    "Russia staged a show of force with tanks and troops on the Finnish border.",
    "Riot police mounted a show of force in the capital ahead of the opposition march.",
])
def test_show_of_force(text):
    assert "150" in _codes(text)


@pytest.mark.parametrize("text", [
    # no military or police word, or a game / campaign: no display of military power
    "Arsenal's show of force left fans stunned after the match.",
    "The opposition's turnout was a show of force ahead of the election.",
    "The union's show of force brought the city to a halt.",
])
def test_show_of_force_near_misses(text):
    assert "150" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Turkey sent 300 rescuers to Syria after the earthquake.",
    "Japan dispatched a medical team to Pakistan after the floods.",
    "Cuba sent 200 doctors to Haiti to fight the cholera epidemic.",
])
def test_relief_personnel_sent(text):
    assert "073" in _codes(text)


@pytest.mark.parametrize("text", [
    # no disaster: doctors sent to the wounded of an attack, or staff moved around
    "The hospital sent doctors to treat the wounded after the bombing.",
    "The ministry sent doctors to rural clinics to cut waiting times.",
    "Germany sent doctors to Ukraine to treat soldiers wounded in the shelling.",
])
def test_relief_personnel_near_misses(text):
    assert "073" not in _codes(text)


@pytest.mark.parametrize("text, code", [
    ("Gunmen shot dead three policemen in Quetta on Tuesday.", ["1823"]),
    ("A gunman gunned down a journalist outside his home in Veracruz.", ["1823"]),
    # alone the attacker noun stays the event
    ("Gunmen killed five villagers in Zamfara state.", ["190"]),
])
def test_attacker_noun_beside_a_violent_act(text, code):
    assert _codes(text) == code


@pytest.mark.parametrize("text", [
    "The exhibition revisits the siege of Sarajevo through photographs by local reporters.",
    "A new retrospective documents the bombing of Dresden in 1945.",
    "The exhibition explores the shelling of Mostar's old bridge.",
])
def test_exhibition_features(text):
    assert _codes(text) == []


@pytest.mark.parametrize("text", [
    # the exhibition is no depiction frame here: the acts are news
    "Police raided the exhibition and arrested two artists in Moscow.",
    "Russian missiles struck Kyiv as the exhibition opened in Madrid.",
])
def test_exhibition_news_kept(text):
    assert _codes(text) != []
