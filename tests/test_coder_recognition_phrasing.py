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
