"""Session 17 (branch s17w3) classes of world actors from the dev9 misses of tests/data/general_actors.jsonl; the
sentences here are new, with near-misses that must not change: hosting told as "played host to", diplomats
ordered "out of" the country, troops ordered to a border, cooperation suspended with a partner, a cabinet
approving a truce ("security cabinet" is the government), a rebuke, and defence secretaries coded MIL."""
import pytest

from pipeline.coding import code_article
from pipeline.coding.actors import find_actors


def _events(text, date="2025-06-01"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _coded(text, date="2025-06-01"):
    return {(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _events(text, date)}


def _rules(text, date="2025-06-01"):
    return {e["rule"] for e in _events(text, date)}


# --- triggers.yaml consult.play_host -----------------------------------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("Kyrgyz President Sadyr Japarov played host to Vladimir Putin in Bishkek on Thursday.", ("043", "KGZGOV", "RUSGOV")),
    ("Hungary's Viktor Orban plays host to Turkish President Recep Tayyip Erdogan in Budapest this week.", None),
    ("On Monday Ankara played host to Ukrainian President Volodymyr Zelensky.", None),
])
def test_play_host(text, event):
    codes = _coded(text)
    if event:
        assert event in codes, codes
    assert any(c[0] == "043" for c in codes), codes


@pytest.mark.parametrize("text", [
    "Qatar played host to the World Cup in 2022.",
    "Turkey plays host to more than three million Syrian refugees.",
    "The Black Sea port has played host to the Russian fleet for decades.",
    "Riyadh will play host to a summit of Arab leaders next month.",
])
def test_play_host_near_misses(text):
    assert "consult.play_host" not in _rules(text)


# --- triggers.yaml sanction.order_diplomats_out ("out of") --------------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("Beijing ordered two Canadian diplomats out of the country on Friday.", ("166", "CHNGOV", "CANGOV")),
    ("Minsk ordered the Lithuanian ambassador out of Belarus within 72 hours.", None),
])
def test_ordered_out(text, event):
    codes = _coded(text)
    assert any(c[0] == "166" for c in codes), codes
    if event:
        assert event in codes, codes


@pytest.mark.parametrize("text", [
    "The speaker ordered the diplomat out of the room after he shouted.",
    "Police ordered the protesters out of the square.",
])
def test_ordered_out_near_misses(text):
    assert "sanction.order_diplomats_out" not in _rules(text)


# --- triggers.yaml mobilize.order_troops_to_border -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Armenia's prime minister ordered more troops to the border with Azerbaijan on Monday.",
    "The president ordered 5,000 soldiers to the northern frontier after the clashes.",
    "India ordered reinforcements to its border with China.",
])
def test_order_troops_to_border(text):
    assert "mobilize.order_troops_to_border" in _rules(text)


@pytest.mark.parametrize("text", [
    "The commander ordered troops to leave the border area by Friday.",
    "The commander ordered troops to seal the border.",
    "The president ordered troops to the capital after the riots.",
    "The general ordered troops to the hospital near the border.",
])
def test_order_troops_to_border_near_misses(text):
    assert "mobilize.order_troops_to_border" not in _rules(text)


# --- triggers.yaml sanction.suspend_cooperation ---------------------------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("Tehran halted its cooperation with the International Atomic Energy Agency on Thursday.",
     ("160", "IRNGOV", "IGOIAE")),
    ("Niger's junta ended all military cooperation with France.", None),
    ("Mali froze its cooperation with the United Nations mission.", None),
])
def test_suspend_cooperation(text, event):
    codes = _coded(text)
    assert any(c[0] == "160" for c in codes), codes
    if event:
        assert event in codes, codes


@pytest.mark.parametrize("text", [
    "The company suspended cooperation with its Russian supplier.",
    "The witness ended his cooperation with prosecutors.",
    "Iran suspended uranium enrichment at Fordow.",
])
def test_suspend_cooperation_near_misses(text):
    assert "sanction.suspend_cooperation" not in _rules(text)


# --- triggers.yaml yield.ceasefire (approve); agents.tsv security cabinet -------------------------------------
def test_cabinet_approves_ceasefire():
    codes = _coded("Israel's security cabinet approved a ceasefire with Hamas on Friday.")
    assert ("0871", "ISRGOV", "PSEREB") in codes or any(c[:2] == ("0871", "ISRGOV") for c in codes), codes


@pytest.mark.parametrize("text", [
    "The Security Council approved a resolution calling for a ceasefire in Gaza.",
    "Parliament approved a plan for a ceasefire.",
])
def test_approve_ceasefire_near_misses(text):
    assert "yield.ceasefire" not in _rules(text)


# --- triggers.yaml disapprove.criticize (rebuke) ----------------------------------------------------------------
def test_rebuke():
    assert ("111", "FRAGOV", "ITAGOV") in _coded("France's foreign ministry rebuked the Italian government on Monday.")


# --- agents.tsv defence secretary -> MIL -------------------------------------------------------------------------
@pytest.mark.parametrize("text, span, code", [
    ("British Defence Secretary John Healey arrived in Kyiv.", "British Defence Secretary John Healey", "GBRMIL"),
    ("The US defense secretary visited Warsaw.", "US defense secretary", "USAMIL"),
    # near-miss: other secretaries stay GOV
    ("British Foreign Secretary David Lammy arrived in Kyiv.", "British Foreign Secretary David Lammy", "GBRGOV"),
])
def test_defence_secretary(text, span, code):
    codes = {m.text: m.code for m in find_actors(text)}
    assert codes.get(span) == code, codes
