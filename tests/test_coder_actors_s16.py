"""Session 16 (helper s16a2): who did what to whom in general wire phrasings (classes of general_actors dev7/dev8).

Each rule has its own new sentences (several variants) and near-misses that must not change.
"""
import pytest

from pipeline.coding import code_article


def _events(text, date="2025-07-10"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _pairs(text, root=None, date="2025-07-10"):
    return [(e["actor1_code"], e["actor2_code"]) for e in _events(text, date)
            if root is None or e["cameo_root"] == root]


# --- triggers.yaml threaten.warn_met_with: "warned X (that) any attack would be met with force" -------------
@pytest.mark.parametrize("text, pair", [
    ("Iran warned Israel on Sunday that any strike on its nuclear sites would be met with a crushing response.",
     ("IRN", "ISR")),
    ("China warned Taiwan that any move toward independence will be met with force.", ("CHN", "TWN")),
    ("Russia warned NATO that any deployment of troops to Ukraine would be met with a military response.",
     ("RUS", "IGONAT")),
    ("The EU warned Moscow that any annexation would be met with a firm response.", ("IGOEEC", "RUSGOV")),
])
def test_warning_of_an_armed_reply_is_a_threat(text, pair):
    assert pair in _pairs(text, "13")


@pytest.mark.parametrize("text", [
    # a forecast of how something will be received, no threat: no reply word, or no party warned
    "Analysts warned that the plan would be met with scepticism in Brussels.",
    "Analysts warned that the move would be met with a strong response from Washington.",
    "Diplomats warned the proposal would be met with resistance from member states.",
    "The ministry warned citizens that the storm would be met with a full emergency response.",
])
def test_near_miss_forecast_of_a_reception_is_no_threat(text):
    assert _pairs(text, "13") == []


# --- coder._screen_matches, grammar passive_reception_heads: "was met with" is a reception, no meeting ------
@pytest.mark.parametrize("text", [
    "The proposal was met with scepticism in Brussels.",
    "The offer was met with silence in Kyiv.",
    "Any attack on our territory would be met with force, the minister said.",
    "The reform has been met with anger across the country.",
])
def test_passive_met_with_is_no_meeting(text):
    assert not [e for e in _events(text) if e["cameo_root"] in ("03", "04")]


def test_near_miss_met_with_stays_a_meeting_or_a_crackdown():
    assert _pairs("Putin met with Xi in Beijing.", "04") == [("RUSGOV", "CHNGOV")]
    assert _pairs("Putin has met with Xi three times this year.", "04") == [("RUSGOV", "CHNGOV")]
    assert _pairs("The protesters were met with tear gas.", "17") == [(None, "OPP")]


# --- schemas/actors/persons.yaml: popes as heads of state of the Holy See, bounded by their terms ----------
@pytest.mark.parametrize("text, date, pair", [
    ("Pope Leo XIV received Ukraine's president at Castel Gandolfo on Wednesday.", "2025-07-10", ("VATGOV", "UKRGOV")),
    ("Pope Leo met Zelensky at the Vatican.", "2025-07-10", ("VATGOV", "UKRGOV")),
    ("Pope Francis met Zelensky at the Vatican.", "2023-05-13", ("VATGOV", "UKRGOV")),
    ("Pope Benedict XVI met Putin at the Vatican.", "2007-03-13", ("VATGOV", "RUSGOV")),
])
def test_popes_code_the_holy_see(text, date, pair):
    assert pair in _pairs(text, "04", date)


def test_near_miss_pope_outside_the_term():
    # before his election Francis was no head of state
    assert _pairs("Jorge Mario Bergoglio met Putin in Buenos Aires.", "04", "2010-05-01")[0][0] != "VATGOV"
