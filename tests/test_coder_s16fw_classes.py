"""s16fw: split phrasal verbs opened by a spelled number, "throw out" an offer, aircraft type designators as
subjects (their digits are no count before an attributive participle). Own sentences, near-misses included."""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article


def _codes(text):
    return [(e["cameo_code"], e["rule"]) for e in
            code_article({"id": "t", "published": dt.date(2025, 7, 1), "text": text})]


@pytest.mark.parametrize("text", [
    "Azerbaijan handed four Armenian prisoners back to Yerevan on Wednesday.",
    "Russia handed twelve Ukrainian soldiers back at the Belarusian border, Kyiv said.",
    "The rebels handed two kidnapped aid workers back to the Red Cross on Sunday.",
    "Iran handed three detained sailors back to the British embassy.",
])
def test_split_phrasal_opened_by_spelled_number(text):
    assert any(c.startswith("084") for c, _ in _codes(text))


@pytest.mark.parametrize("text", [
    "The shop handed four leaflets back to the customer.",
    "She handed two books back to the library on Monday.",
])
def test_split_phrasal_number_near_miss(text):
    assert not any(c.startswith("084") for c, _ in _codes(text))


@pytest.mark.parametrize("text", [
    "Sudan's army-led government threw out a proposal by the United States for a humanitarian truce.",
    "Serbia threw out an EU proposal to recognise Kosovo's licence plates.",
    "The Taliban threw out an offer from Pakistan to mediate the border dispute.",
])
def test_throw_out_offer_is_rejection(text):
    assert ("120", "reject.offer") in _codes(text)


@pytest.mark.parametrize("text", [
    "The club threw out the old kit after the season.",
    "Protesters threw out bags of rubbish in front of the ministry.",
])
def test_throw_out_near_miss(text):
    assert not any(c.startswith("12") for c, _ in _codes(text))


@pytest.mark.parametrize("text", [
    "Thai F-16s bombed Cambodian positions along the border on Thursday.",
    "Russian Su-34s bombed Ukrainian positions near Bakhmut.",
    "Russian Tu-95s attacked Ukrainian energy facilities overnight.",
])
def test_aircraft_designator_subject_acts(text):
    assert any(c.startswith(("18", "19")) for c, _ in _codes(text))


def test_count_before_participle_still_attributive():
    # a real count opens the noun phrase: "21 captured soldiers" is no capture
    assert not any(c.startswith("19") or r.startswith("fight.capture") for c, r in
                   _codes("Ukraine said 21 captured soldiers were returned home."))
