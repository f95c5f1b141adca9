"""Session 15 (branch s15c): classes of the dev8 misses, on sentences written for these rules (not the dev rows):
repression wording (a baton charge; a crowd "met with" riot weapons), appeals to a named addressee whose infinitive
is no trigger (triggers.yaml appeal.generic, addressee_required), threatened ground operations, massacre verbs
(CAMEO 202), and false events: a violent head recoded by a cue keeps its figurative sense ("his attack on
inflation"), "fighting" as an adjective ("fighting fit"), levels reached by act-noun statistics ("reached a record
361"), and a hyphenated "-led" modifier inside a background cause ("after months of student-led protests")."""
import datetime as dt

import pytest

from pipeline.coding import code_article


def _events(text):
    return code_article({"id": "t", "published": dt.date(2024, 6, 1), "text": text})


def _roots(text):
    return sorted({e["cameo_code"][:2] for e in _events(text)})


def _codes(text):
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _events(text)]


@pytest.mark.parametrize("text,root", [
    # repression: a baton charge, and a crowd met with riot weapons (passive: the crowd is the target)
    ("Police baton-charged striking garment workers outside the factory gates in Gazipur.", "17"),
    ("Security forces baton-charged hundreds of lawyers marching to the high court.", "17"),
    ("Protesters who gathered outside parliament in Nairobi were met with tear gas and water cannon.", "17"),
    ("Farmers blocking the motorway were met with rubber bullets by riot police.", "17"),
    ("Students who tried to reach the palace were met with a violent crackdown.", "17"),
    # massacre verbs: a killing of many is a mass killing
    ("Soldiers massacred dozens of worshippers at a mosque in the north.", "20"),
    ("Gunmen slaughtered at least 40 villagers in Plateau state overnight.", "20"),
    # a threatened ground operation
    ("Ankara threatened to launch a new ground operation against Kurdish militants in Iraq.", "13"),
    ("Israel warned it would expand its ground operation in Lebanon unless Hezbollah withdrew.", "13"),
])
def test_recall(text, root):
    assert root in _roots(text)


@pytest.mark.parametrize("text,code,actor2", [
    ("Washington urged Beijing to show restraint over Taiwan.", "020", "CHNGOV"),
    ("The EU pressed Serbia to tone down its rhetoric.", "020", "SRB"),
    ("The opposition appealed to the Constitutional Court to annul the vote.", "020", "JUD"),
    ("GERMANY URGES ISRAEL TO LET MORE TRUCKS INTO GAZA", "020", "ISR"),
])
def test_appeal_to_addressee(text, code, actor2):
    assert any(c == code and a2 == actor2 for c, _, a2 in _codes(text)), _codes(text)


def test_appeal_with_trigger_keeps_the_trigger_reading():
    # the infinitive's own trigger takes the appeal cue and consumes the generic appeal
    got = _codes("The EU called on Russia to stop shelling Kharkiv.")
    assert [c for c, _, _ in got] == ["025"], got


@pytest.mark.parametrize("text", [
    # near-misses: no actor asked, or no appeal at all
    "She pressed the button to open the door.",
    "Officials pressed ahead with plans to build a new runway.",
    "The coach urged his players to stay calm.",
    "The minister called on reporters to leave the room.",
    # livestock is no massacre
    "Farmers slaughtered their cattle ahead of the drought.",
    # figurative attacks under a cue, idioms with "fighting"
    "The new governor vowed to press ahead with his attack on inflation.",
    "The finance minister pledged to continue her assault on unemployment.",
    "The veteran goalkeeper says he is fighting fit for the derby.",
    "Doctors say the patient has a fighting chance.",
    # statistics of act nouns: a level reached is a count
    "Killings of activists hit a record high of 200 in 2023, the report said.",
    "Abductions in the region totalled 300 last year.",
    "Attacks on aid workers reached their highest level since records began.",
])
def test_no_event(text):
    assert _roots(text) == [], _codes(text)


@pytest.mark.parametrize("text,root", [
    # near-misses of the statistics and idiom rules that keep their events
    ("The offensive reached the city of 300,000 people.", "19"),
    ("Russia vowed to press ahead with its attack on Kharkiv.", "13"),
    ("Fighting raged in Khartoum on Monday.", "19"),
    ("The president resigned after students led protests in the capital.", "14"),
])
def test_kept(text, root):
    assert root in _roots(text), _codes(text)


def test_met_with_other_object_is_no_repression():
    assert "17" not in _roots("The proposal was met with scepticism in Brussels.")


@pytest.mark.parametrize("text", [
    "The government resigned amid weeks of opposition-led demonstrations.",
    "The prime minister stepped down after weeks of Islamist-led rallies.",
])
def test_hyphenated_modifier_in_background_cause(text):
    # "opposition-led demonstrations" is the cause of the resignation, no event of its own
    assert _roots(text) == ["08"], _codes(text)


def test_one_appeal_cue_is_one_appeal():
    # the generic appeal on "urged" yields to an act the same cue governs later in its "to" list (lead's mend
    # after the merge: the frozen corpus had both)
    text = ("In an open letter, the Russia-installed authorities in Kherson urged foreign governments to send "
            "observers and to acknowledge the results of the vote.")
    evs = code_article({"article_id": "s15g", "text": text, "published": dt.date(2024, 5, 1)})
    assert [e["rule"] for e in evs] == ["recognition.recognize"]
