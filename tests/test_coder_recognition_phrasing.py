"""Recognition phrasings whose stance is easy to get backwards: a withdrawn or revoked recognition is
a denial (CAMEO 161), never a grant, while the recognition itself keeps coding as a grant."""
import pytest

from pipeline.coding import code_article


def _events(text, published="2024-03-14"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _recognition(events):
    return [e for e in events if "diplomatic_recognition" in e["themes"]]


@pytest.mark.parametrize("text, doer, entity", [
    ("Tuvalu withdrew its recognition of Abkhazia and South Ossetia in 2014.", "TUV", "ABK"),
    ("Vanuatu later revoked its recognition of Abkhazia, officials in Sukhumi confirmed.", "VUT", "ABK"),
    ("The government of Nauru decided on Friday to rescind its recognition of South Ossetia.", "NRU", "SOS"),
    ("Two Pacific states have since withdrawn their diplomatic recognition of Abkhazia.", None, "ABK"),
])
def test_withdrawn_recognition_is_a_denial(text, doer, entity):
    ev = _recognition(_events(text))
    assert ev, text
    assert all(e["recognition_stance"] == "deny" for e in ev), [(e["rule"], e["recognition_stance"]) for e in ev]
    assert all(e["cameo_root"] != "05" for e in ev)
    assert entity in {e["actor2_country"] for e in ev}
    if doer:
        assert doer in {e["actor1_country"] for e in ev}


def test_recognition_beside_an_unrelated_withdrawal_stays_a_grant():
    ev = _events("Russia withdrew its troops from the border on Monday and recognized Abkhazia on Tuesday.")
    rec = [e for e in _recognition(ev) if e["cameo_root"] == "05"]
    assert rec and all(e["recognition_stance"] == "grant" for e in rec)
    assert not [e for e in ev if e["rule"] == "recognition.withdraw"]


def test_followers_repeat_the_nearest_earlier_act():
    ev = _events("Nicaragua recognized the annexation of Crimea in March. Two months later Syria and Venezuela "
                 "followed suit, state media reported.")
    antecedent = [e for e in ev if e["actor1_country"] == "NIC"]
    followers = [e for e in ev if e["rule"] == antecedent[0]["rule"] and e["actor1_country"] in {"SYR", "VEN"}]
    assert {e["actor1_country"] for e in followers} == {"SYR", "VEN"}
    assert all(e["recognition_stance"] == "grant" and e["sentence_index"] == 1 for e in followers)
    assert all(e["trigger_text"] == "followed suit" for e in followers)
    # the evidence names the phrase and the event it repeats
    assert all(any(x.startswith("follow_suit:") and antecedent[0]["event_id"] in x for x in e["dictionary_entries"])
               for e in followers)


def test_tit_for_tat_turns_the_target_into_the_doer():
    ev = _events("Moldova expelled a Russian diplomat on Monday over the Transnistria crisis. "
                 "Russia did the same on Wednesday.")
    back = [e for e in ev if e["actor1_country"] == "RUS" and e["trigger_text"] == "did the same"]
    assert back and all(e["actor2_country"] == "MDA" for e in back)
    assert all(e["event_date"].weekday() == 2 for e in back)  # "on Wednesday", not the antecedent's date


@pytest.mark.parametrize("text", [
    "North Korea opened a consulate in Donetsk in May. Belarus did not follow suit.",
    "North Korea opened a consulate in Donetsk in May. Prices rose. Wages fell. Belarus followed suit.",
    "The weather in Sukhumi was mild. Officials said they would follow suit.",
])
def test_no_follower_event_without_a_near_antecedent_or_when_negated(text):
    ev = _events(text)
    assert not [e for e in ev if e["trigger_text"] in {"followed suit", "follow suit"}]


@pytest.mark.parametrize("text", [
    "Belarus has so far refrained from recognizing Crimea as part of Russia.",
    "Kazakhstan stopped short of recognizing the annexation of the four regions, its foreign ministry said.",
    "Beijing has shied away from recognising Abkhazia.",
])
def test_refraining_from_recognition_is_a_denial(text):
    ev = _recognition(_events(text))
    assert ev and all(e["recognition_stance"] == "deny" and e["negated"] for e in ev), text


def test_not_ruling_out_recognition_is_a_possibility_not_a_denial():
    ev = _recognition(_events("Armenia has not ruled out recognising the independence of Abkhazia, its deputy "
                              "foreign minister said."))
    assert ev
    assert all(e["recognition_stance"] == "grant" and e["planned"] and not e["negated"] for e in ev)


@pytest.mark.parametrize("text, seeker, addressees", [
    ("Abkhazia's de facto president is expected to ask Minsk for diplomatic recognition during his visit.",
     "ABK", {"BLR"}),
    ("The DPR leader asked Belarus and Kazakhstan for recognition at a forum in Moscow.", "DPR", {"BLR", "KAZ"}),
])
def test_asking_an_addressee_for_recognition_is_seeking_it(text, seeker, addressees):
    ev = [e for e in _recognition(_events(text)) if e["recognition_stance"] == "seek"]
    assert ev, text
    assert {e["actor1_country"] for e in ev} == {seeker}
    assert {e["actor2_country"] for e in ev} == addressees


@pytest.mark.parametrize("text", [
    "Georgia's foreign ministry called the visit a provocation and said Tbilisi would never accept the loss of "
    "its territories.",
    "Kyiv called the opening of the consulate in Donetsk a flagrant violation of international law.",
])
def test_calling_an_act_a_provocation_or_a_violation_is_a_denunciation(text):
    ev = _events(text)
    assert [e for e in ev if e["cameo_root"] == "11" and e["recognition_stance"] == "deny"], text
    assert not [e for e in ev if e["rule"] == "consult.visit"]
