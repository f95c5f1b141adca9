"""Session 16 (helper s16a2): who did what to whom in general wire phrasings (classes of general_actors dev7/dev8).

Each rule has its own new sentences (several variants) and near-misses that must not change.
"""
import pytest

from pipeline.coding import code_article
from pipeline.coding.actors import find_actors


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


# --- coder._appositives, grammar appositive_relative_max_words: an appositive with its own relative clause ----
@pytest.mark.parametrize("text, root, pair", [
    ("Sergei Lavrov, Russia's foreign minister and a veteran diplomat who has dealt with Washington for two "
     "decades, criticised Ukraine on Monday.", "11", ("RUSGOV", "UKR")),
    ("Hakan Fidan, Turkey's foreign minister and a former spy chief who has led Ankara's outreach to Syria's new "
     "rulers since December, threatened Israel on Tuesday.", "13", ("TURGOV", "ISR")),
    ("Volodymyr Zelensky, Ukraine's president and a former comedian who once played a president in a show watched "
     "across Russia and Belarus, criticised Moscow on Friday.", "11", ("UKRGOV", "RUSGOV")),
    ("Benjamin Netanyahu, Israel's longest-serving prime minister and a politician who has clashed with Washington "
     "over Gaza and Iran, criticised Turkey on Friday.", "11", ("ISRGOV", "TUR")),
    ("The RSF, a paramilitary force that grew out of the Janjaweed militias which fought for Khartoum in "
     "Darfur, attacked El Fasher on Sunday.", "18", ("SDNREB", None)),
])
def test_relative_clause_inside_an_appositive_names_no_doer(text, root, pair):
    got = _pairs(text, root)
    assert pair in got, got
    assert len({a for a, _b in got}) == 1, got


def test_near_miss_fronted_phrase_and_list_keep_their_subject():
    # a fronted adverbial is no appositive; a long list member is no appositive opener
    assert ("TURGOV", "ISR") in _pairs("After talks with Russia, the Turkish president criticised Israel on Monday.", "11")
    got = _pairs("Envoys from Russia, China, and Iran, which opposes the plan, criticised the United States.", "11")
    assert {a for a, _b in got} == {"RUSGOV", "CHNGOV", "IRNGOV"}, got
    # a possessive opener without a relative clause keeps the old rule (short appositive)
    assert _pairs("Hakan Fidan, Turkey's foreign minister, criticised Israel on Monday.", "11") == [("TURGOV", "ISR")]


# --- actors.py: "<armed agent> from <armed organization>" are its members (not a place left) -----------------
@pytest.mark.parametrize("text, code", [
    ("Fighters from al-Shabaab overran an army base.", "SOMREB"),
    ("Militants from Hamas fired rockets at Israel.", "PSEREB"),
    ("Fighters from the RSF stormed the town.", "SDNREB"),
])
def test_armed_agent_from_an_organization(text, code):
    assert find_actors(text)[0].code == code


def test_near_miss_troops_from_a_state_is_a_place():
    got = [(a.text, a.code) for a in find_actors("Troops from Russia withdrew from the village.")]
    assert ("Troops", "MIL") in got and ("Russia", "RUS") in got


# --- triggers.yaml reject.offer / reject.demands "brush off / brush aside" ---------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("The Kremlin brushed off the EU's proposal on Monday.", ("RUSGOV", "IGOEEC")),
    ("Kim Yo Jong brushed off Seoul's offer of talks on Thursday.", ("PRKGOV", "KORGOV")),
    ("Tehran brushed aside the offer from Washington.", ("IRNGOV", "USAGOV")),
])
def test_brushing_off_is_a_rejection(text, pair):
    assert pair in _pairs(text, "12")


def test_near_miss_brush_without_particle():
    assert _pairs("The minister brushed past reporters in Kyiv.", "12") == []


# --- schemas/actors: leaders and armed groups added in this round (term bounds) ------------------------------
@pytest.mark.parametrize("text, date, code", [
    ("Hakan Fidan met Putin.", "2024-05-01", "TURGOV"),
    ("Hakan Fidan met Putin.", "2015-05-01", "TURSPY"),
    ("Rodrigo Duterte met Putin.", "2018-05-01", "PHLGOV"),
    ("Rodrigo Duterte met Putin.", "2025-03-01", "PHLELI"),
    ("Viktor Orban met Putin.", "2024-05-01", "HUNGOV"),
    ("Giorgia Meloni met Putin.", "2024-05-01", "ITAGOV"),
    ("Keith Kellogg met Putin.", "2025-05-01", "USAGOV"),
])
def test_added_leaders_with_terms(text, date, code):
    assert (code, "RUSGOV") in _pairs(text, "04", date)


def test_syrian_democratic_forces_only_with_a_syrian_name():
    assert [a.code for a in find_actors("The Syrian Democratic Forces shelled the town.")][0] == "SYRREB"
    assert [a.code for a in find_actors("The Kurdish-led SDF shelled the town.")][0] == "SYRREB"
    # bare "SDF" is also Japan's Self-Defense Forces
    assert "SYRREB" not in [a.code for a in find_actors("Japan's SDF joined the drill.")]
