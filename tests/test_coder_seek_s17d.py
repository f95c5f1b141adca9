"""Session 17, branch s17s: seek acts told in other ways, on new sentences (not the dev rows' words).

- an appeal whose addressee is followed by a comma parenthetical before the act's "to" (coder._screen_matches,
  coder._without_parenthetical_to);
- pushing for, and proposing that, another's recognition (grammar.yaml seek_frames);
- a lobbyist hired to win recognition (triggers.yaml recognition.seek);
- near-miss: a business named like a mission (grammar.yaml business_appositive_heads, triggers._business_appositive).
"""
import pytest

from pipeline.coding.coder import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _stances(text):
    return {e["recognition_stance"] for e in _code(text) if "diplomatic_recognition" in e["themes"]}


@pytest.mark.parametrize("text", [
    "Bzhania said he had urged Belarusian President Alexander Lukashenko, in a letter handed over by Russia's ambassador in Minsk, to recognise Abkhazia's independence.",
    "Pasechnik said he had asked the Syrian authorities, in a message delivered by a Latakia businessman last month, to open a consulate in Luhansk.",
    "The Abkhaz leader pressed the Venezuelan government, in a video address broadcast on state television on Sunday, to establish diplomatic relations with Sukhumi.",
])
def test_appeal_across_a_comma_parenthetical_seeks(text):
    assert _stances(text) == {"seek"}


@pytest.mark.parametrize("text", [
    # no appeal verb before the parenthetical: the act keeps its stance
    "Nicaragua, in a note sent to Sukhumi on Friday, decided to establish diplomatic relations with Abkhazia.",
    "Venezuela, in a statement read out by its foreign minister, agreed to recognise the independence of Abkhazia.",
])
def test_parenthetical_without_appeal_keeps_grant(text):
    assert _stances(text) == {"grant"}


@pytest.mark.parametrize("text", [
    "Pushing for the breakaway republics to be recognised as independent states, Lavrov lobbied his Venezuelan counterpart in Caracas.",
    "Moscow has pushed for Minsk to open a consulate in Sukhumi, diplomats say.",
    "The Kremlin pushed for the opening of a Syrian consulate in Donetsk.",
    "Abkhaz deputies proposed that the parliaments of Venezuela and Nicaragua recognise the independence of the republic.",
    "The People's Assembly adopted an appeal to the Nicaraguan parliament, proposing that it recognise South Ossetia's sovereignty.",
])
def test_pushing_for_and_proposing_that_another_recognise_seeks(text):
    assert _stances(text) == {"seek"}


@pytest.mark.parametrize("text, event_rule", [
    ("Russia pushed for talks with Ukraine in Istanbul.", "consult.meet"),
    ("Putin proposed that talks with Kyiv be held in Minsk.", "consult.meet"),
])
def test_pushing_or_proposing_other_acts_is_no_seek(text, event_rule):
    evs = _code(text)
    assert any(e["rule"] == event_rule for e in evs) and not any(e["themes"] for e in evs)


def test_pushed_for_after_a_grant_keeps_the_grant():
    assert _stances("Belarus recognised Abkhazia after Moscow pushed for closer ties.") == {"grant"}


@pytest.mark.parametrize("text", [
    "The breakaway republic of Abkhazia has hired lobbyists to gain recognition from European parliaments.",
    "Transnistria's leadership has retained a lobbying firm to secure international recognition, FARA filings show.",
    "South Ossetia has hired a lobbying firm to win recognition in Africa.",
])
def test_lobbyist_hired_to_win_recognition_seeks(text):
    assert _stances(text) == {"seek"}


@pytest.mark.parametrize("text", [
    "The winery hired a lobbying firm to win recognition for its wines in Brussels.",
    "South Ossetia hired a lobbying firm to win contracts for its mineral water in Moscow.",
    "The charity hired a lobbying firm to win recognition for carers in Westminster.",
])
def test_lobbyist_near_misses(text):
    assert not any(e["themes"] for e in _code(text))


@pytest.mark.parametrize("text", [
    "The Consulate, a popular restaurant in central Donetsk, reopened on Monday.",
    "The Embassy, an upscale nightclub in Tiraspol, was opened by a Moscow businessman.",
    "The Embassy, a boutique hotel near the seafront in Yalta, opened after a renovation.",
])
def test_business_named_like_a_mission_is_no_opening(text):
    assert not any(e["themes"] for e in _code(text))


@pytest.mark.parametrize("text", [
    "The Belarusian consulate, a two-storey villa in central Sukhumi, reopened on Friday.",
    "The embassy of Nicaragua in Sukhumi, a two-storey villa, opened on Friday.",
    "A consulate of Belarus opened in Sevastopol.",
])
def test_mission_with_a_building_appositive_still_opens(text):
    assert any(e["rule"] == "recognition.open_mission" and e["recognition_stance"] == "grant" for e in _code(text))
