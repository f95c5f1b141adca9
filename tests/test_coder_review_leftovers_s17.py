"""Session 17, reviewers' leftover findings (classes, tested on new sentences with near-misses):
a fronted participle's "by" agent is no doer of the main clause (coder._fronted_participle_end); the "by" agent of
an act noun inside the object of an investigating verb is that act's doer (coder._no_noun_agent, grammar
agent_report_verbs); an Oxford comma closes a list, no new clause (coder._oxford_list_comma); joint decisions such
as membership bids, pacts and communiques blocked are vetoes (triggers.yaml reject.block_adoption*); two states that
cut or freeze relations with no partner named do so with each other (symmetric relations patterns,
coder._unnamed_relation_partner)."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-06-01"):
    return [(e["cameo_code"], e["rule"], e["actor1_code"], e["actor2_code"])
            for e in code_article({"article_id": "t", "published": date, "text": text})]


def _codes(text, root):
    return [ev for ev in _events(text) if ev[0].startswith(root)]


# --- 1. a fronted participle's "by" agent ----------------------------------------------------------------------
@pytest.mark.parametrize("text,agent", [
    ("Supplied by Iran, the drones struck Kyiv overnight.", "IRN"),
    ("Manufactured by Iran, the Shahed drones struck Odesa's port on Tuesday.", "IRN"),
    ("Trained by Russian instructors, the militiamen attacked a village near Gao.", "RUS"),
    ("Financed by Qatar, the gunmen attacked a checkpoint in the north.", "QAT"),
])
def test_a_fronted_participles_agent_is_no_doer_of_the_main_act(text, agent):
    acts = [ev for ev in _events(text) if ev[0][:2] in ("18", "19")]
    assert acts and all(ev[2] != agent and (ev[2] or "")[:3] != agent for ev in acts)


@pytest.mark.parametrize("text,doer", [
    # the main clause names its own subject: unchanged
    ("Supplied by Iran, Russian drones struck Kyiv overnight.", "RUS"),
    ("Backed by Washington, Ukraine launched a counteroffensive against Russian forces.", "UKR"),
    # a companion takes part in the main act (grammar fronted_participle_companion_verbs)
    ("Led by Russian officers, the column attacked Ukrainian positions.", "RUS"),
    ("Commanded by Russian officers, the unit shelled the village.", "RUS"),
    # the participle is the trigger itself: its agent acts (tests/test_coder_fronted_s16.py)
    ("Vetoed by Russia, the draft resolution on Syria failed to pass.", "RUS"),
])
def test_fronted_participle_near_misses_keep_their_doer(text, doer):
    assert any((ev[2] or "").startswith(doer) for ev in _events(text))


# --- 2. the "by" agent of an act inside an investigation's object ---------------------------------------------
@pytest.mark.parametrize("text,root,doer", [
    ("Ukraine opened an investigation into the shelling of Kherson by Russian troops.", "194", "RUS"),
    ("Ukrainian prosecutors have launched a criminal investigation into the bombing of Odesa by Russian forces.",
     "183", "RUS"),
    ("Ukraine's investigation into the shelling of Kherson by Russian troops found dozens of victims.", "194", "RUS"),
    ("Amnesty published a report on the bombing of Gaza by Israel.", "183", "ISR"),
])
def test_the_act_nouns_agent_is_its_doer_when_the_report_has_its_own(text, root, doer):
    acts = _codes(text, root)
    assert acts and all((ev[2] or "").startswith(doer) for ev in acts)


@pytest.mark.parametrize("text,author", [
    # no doer of the report named: "by" may name its author, no doer of the act
    ("Israel rejected a report on the bombing of Gaza by Amnesty International.", "NGOAMN"),
    ("The ministry cited a report on the shelling of Kharkiv by Human Rights Watch.", "NGOHRW"),
])
def test_a_reports_author_stays_no_doer(text, author):
    assert all(ev[2] != author for ev in _codes(text, "18") + _codes(text, "19"))


# --- 3. an Oxford comma closes a list --------------------------------------------------------------------------
@pytest.mark.parametrize("text,target", [
    ("The United States imposed sanctions on Iran, Belarus, and Russian officials linked to the drone programme.",
     "RUSGOV"),
    ("The EU imposed sanctions on Iran, Belarus, and Russian officials involved in the deportations.", "RUSGOV"),
])
def test_the_oxford_lists_last_item_is_a_target(text, target):
    assert target in [ev[3] for ev in _codes(text, "163")]


@pytest.mark.parametrize("text,absent", [
    # a comma and "and" after one item, or after an "and" list, still opens a clause with its own subject
    ("Russia shelled Kharkiv and Sumy, and Ukrainian forces struck Belgorod.", ("194", "UKRMIL")),
    ("Russia struck Kyiv, and Ukrainian forces shelled Belgorod.", ("195", "UKRMIL")),
])
def test_a_comma_clause_after_no_comma_list_is_still_cut(text, absent):
    assert absent not in [(ev[0], ev[2]) for ev in _events(text)]


def test_an_oxford_list_subject_acts_together():
    evs = _events("Poland, Lithuania, and Latvia closed their borders with Belarus.")
    assert {ev[2] for ev in evs if ev[0] == "160"} == {"POL", "LTU", "LVA"}


# --- 4. joint decisions blocked ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,doer", [
    ("Hungary blocked approval of Finland's NATO bid.", "HUN"),
    ("Turkey blocked Sweden's NATO bid for months.", "TUR"),
    ("Hungary has blocked the adoption of a final communique at the summit.", "HUN"),
    ("Hungary blocked Ukraine's EU membership application.", "HUN"),
    ("Slovakia blocked approval of the security pact.", "SVK"),
])
def test_a_blocked_joint_decision_is_a_veto(text, doer):
    assert [ev[2] for ev in _codes(text, "128")] == [doer]


@pytest.mark.parametrize("text", [
    "Regulators blocked approval of the Microsoft takeover bid.",
    "Ukrainian forces blocked a Russian bid to encircle the town.",
    "Police blocked a bid by protesters to storm parliament.",
    "The EU blocked approval of Pfizer's drug application.",
])
def test_blocked_bids_near_misses(text):
    assert _codes(text, "128") == []


# --- 5. relations cut or frozen by a compound subject ----------------------------------------------------------
@pytest.mark.parametrize("text,code", [
    ("Georgia and Russia put relations on ice.", "161"),
    ("Georgia and Russia severed diplomatic relations in 2008.", "161"),
    ("Armenia and Azerbaijan froze their ties after the clashes.", "161"),
])
def test_two_states_cutting_relations_act_toward_each_other(text, code):
    evs = _codes(text, code)
    pairs = {(ev[2], ev[3]) for ev in evs}
    assert len(pairs) == 2 and all(a and b and a != b for a, b in pairs) and {(b, a) for a, b in pairs} == pairs


@pytest.mark.parametrize("text,pairs", [
    # a partner named: each subject acts toward it
    ("Georgia and Ukraine severed ties with Russia.", {("GEO", "RUS"), ("UKR", "RUS")}),
    ("Britain and France put relations with Iran on ice.", {("GBR", "IRN"), ("FRA", "IRN")}),
    # a partner phrase whose partner is no actor: not each other's
    ("Britain, France and Germany suspended contacts with the Taliban.",
     {("GBR", None), ("FRA", None), ("DEU", None)}),
    ("Britain and France restored ties with the Taliban.", {("GBR", None), ("FRA", None)}),
    # one subject: unchanged
    ("Georgia severed diplomatic relations with Russia in 2008.", {("GEO", "RUS")}),
])
def test_relations_near_misses(text, pairs):
    assert {(ev[2], ev[3]) for ev in _events(text) if ev[0][:2] in ("16", "05")} == pairs
