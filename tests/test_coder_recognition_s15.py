"""Session 15 recognition rules (dev18 misses), each with several new phrasings and near-misses that must not
change: a mission noun with an owner AND a place phrase before its verb (triggers._owner_place_gap), a spaced
dash as a parenthetical edge like a comma (coder._comma_tokens), relations raised to ambassadorial level
(triggers.yaml recognition.upgrade_relations), votes named as staged or rigged (recognition.recognize_judged_vote)
and a search for recognition as a journey's purpose (recognition.seek forms)."""
import datetime as dt

import pytest

from pipeline.coding import code_article


def _events(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text, stance):
    return [e for e in _events(text) if "diplomatic_recognition" in e["themes"] and e["recognition_stance"] == stance]


OWNER_PLACE = [
    # owner and place phrases, then auxiliaries and adverbs, before an intransitive or passive verb
    ("The trade mission of the Syrian Arab Republic in Donetsk has officially started work.", "SYR"),
    ("The consulate general of the Republic of Belarus in Luhansk has begun operating.", "BLR"),
    ("The honorary consulate of the Republic of Nicaragua in Simferopol has officially opened.", "NIC"),
    ("The embassy of South Ossetia in occupied Luhansk was officially inaugurated on Tuesday.", "SOS"),
]


@pytest.mark.parametrize("text,owner", OWNER_PLACE)
def test_owner_and_place_before_mission_verb(text, owner):
    got = _themed(text, "grant")
    assert any(e["cameo_code"] == "054" and (e["actor1_code"] or "").startswith(owner) for e in got), \
        [(e["rule"], e["actor1_code"]) for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The embassy of Syria in Damascus has started work.",  # no occupation context
    "A conference on the work of the embassy of Syria in Luhansk was held.",  # the mission is no subject
])
def test_owner_and_place_near_misses(text):
    assert not [e for e in _events(text) if e["themes"]], [e["rule"] for e in _events(text)]


@pytest.mark.parametrize("text", [
    "Sudan's honorary consulate in Simferopol — the first foreign mission of its kind on the peninsula — was "
    "inaugurated with a flag-raising ceremony on Friday.",
    "The consulate of Venezuela in Sukhumi – the second in the republic – was opened on Monday.",
    "Migrants from Uzbekistan — many of them lured by promises of high wages — are working on the site in "
    "occupied Mariupol.",
])
def test_dash_parenthetical_between_subject_and_verb(text):
    assert [e for e in _events(text) if e["themes"]], [e["rule"] for e in _events(text)]


def test_dash_inside_a_word_is_no_parenthetical():
    # "self-proclaimed": no spaced dash, so nothing changes for the attached hyphen
    from pipeline.coding.coder import _comma_tokens
    from pipeline.coding.text import normalize
    import re
    for text, want in [("the self-proclaimed republic", 0), ("the consulate - the first - opened", 2),
                       ("the consulate, the first, opened", 2)]:
        norm = normalize(text)
        toks = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9']+", norm)]
        assert len(_comma_tokens(norm, toks)) == want, text


@pytest.mark.parametrize("text", [
    "Damascus has raised its ties with Abkhazia to ambassadorial level under a decree published on Monday.",
    "Syria and the DPR agreed to elevate their relations to the level of embassies.",
    "Nicaragua upgraded its diplomatic representation in Sukhumi to embassy level.",
])
def test_upgrade_relations(text):
    assert _themed(text, "grant"), [e["rule"] for e in _events(text)]


@pytest.mark.parametrize("text", [
    "Hanoi and Washington raised their ties to ambassadorial level in 1995.",  # no occupation context
    "Tbilisi raised concerns about Minsk's ties with Abkhazia at a meeting with the ambassador.",
    "Georgia raised the issue of Russia's ties with Abkhazia with the EU ambassador.",
])
def test_upgrade_relations_near_misses(text):
    assert not [e for e in _events(text) if e["rule"] == "recognition.upgrade_relations"]


@pytest.mark.parametrize("text", [
    "NO RECOGNITION FOR KREMLIN-STAGED VOTE IN OCCUPIED REGIONS, EU'S KALLAS SAYS",
    "The EU will never recognise the Kremlin-staged referendums in occupied Ukraine.",
    "Brussels said it would not recognise the staged elections in Crimea.",
])
def test_staged_vote_denied(text):
    assert _themed(text, "deny"), [e["rule"] for e in _events(text)]


def test_rigged_vote_elsewhere_is_no_mission():
    assert not [e for e in _events("The opposition refused to recognise the rigged vote in Minsk.") if e["themes"]]


@pytest.mark.parametrize("text", [
    "The DPR's 'ambassador' in Moscow, Olga Makeeva, has been touring African capitals in search of new "
    "recognitions, Kommersant reported.",
    "South Ossetia's leader travelled to Damascus in search of diplomatic recognition.",
    "Abkhazia's foreign minister flew to Caracas and Managua in pursuit of wider international recognition.",
])
def test_search_for_recognition_is_seek(text):
    assert _themed(text, "seek"), [(e["rule"], e["recognition_stance"]) for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The veteran actor, in search of recognition, moved to Hollywood.",  # no occupation context
    "Tiraspol has been canvassing Asian capitals in search of investors.",
])
def test_search_near_misses(text):
    assert not [e for e in _events(text) if e["recognition_stance"] == "seek"]


@pytest.mark.parametrize("text", [
    # between two states the head's third reading stays (establish_relations and upgrade_relations both fail)
    "Czechia and Albania have upgraded their diplomatic ties to ambassadorial level.",
    "Czechia and Albania have upgraded their diplomatic ties back up to ambassadorial level after an 18-year break.",
])
def test_upgraded_ties_between_states_stay_cooperation(text):
    evs = code_article({"article_id": "s15u", "text": text, "published": dt.date(2024, 5, 1)})
    assert {e["cameo_code"] for e in evs} == {"050"} and not any(e["themes"] for e in evs)
