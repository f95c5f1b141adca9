"""Session 18, world-news precision: third-party forecasts read as threats, traded accusations read as trade, and an
adjunct's event noun ("during the shelling") given the clause's subject as its doer. Each class: the reviewers'
sentence, variants in other wordings, and near-misses that must keep their old reading."""
import pytest

from pipeline.coding.coder import code_article


def _events(text):
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"])
            for e in code_article({"article_id": "t", "published": "2025-03-14", "text": text})]


# --- grammar.yaml forecast_* (coder._forecast_frames): a forecast by analysts is no act or threat of the actor ------
@pytest.mark.parametrize("text", [
    "Israel could resume strikes on Lebanon within weeks, analysts say.",  # the reviewers' sentence
    "Experts expect Russia to launch a new offensive in the spring.",
    "Analysts warn that China may blockade Taiwan within the next few years.",
    "Iran is likely to attack Israel again, observers believe.",
    "Observers believe Turkey will attack Kurdish fighters in northern Syria.",
    "According to analysts, Russia could strike Kyiv again before the winter.",
    "Pakistan could retaliate against India, according to several military analysts.",
    "Analysts at the Institute for the Study of War said Russian forces will likely attack Kharkiv.",
    "Security experts predict that Hezbollah might fire rockets at Haifa.",
    "Analysts say a Russian offensive could begin in May.",
])
def test_forecast_by_third_parties_is_no_event(text):
    evs = _events(text)
    assert not {c[:2] for c, _, _ in evs} & {"13", "15", "17", "18", "19", "20"}, evs


@pytest.mark.parametrize("text, code, actor", [
    # the actor's own threat, reported or quoted
    ("Israel threatened to resume strikes on Lebanon.", "138", "ISR"),
    ("Israel threatened to resume strikes on Lebanon, analysts say.", "138", "ISR"),
    ("Israel said it could resume strikes on Lebanon within weeks.", "138", "ISR"),
    ("Analysts say Israel said it could resume strikes on Lebanon.", "138", "ISR"),
    # an act reported done, with analysts as the source
    ("Israel resumed strikes on Lebanon, analysts say.", "195", "ISR"),
    ("Analysts say Russia attacked Kyiv overnight.", "180", "RUS"),
])
def test_own_threats_and_reported_acts_stay(text, code, actor):
    evs = _events(text)
    assert any(c == code and a == actor for c, a, _ in evs), evs


def test_done_act_beside_a_forecast_stays():
    evs = _events("Experts expect Russia to launch a new offensive in the spring, and Russia launched an attack on Kyiv.")
    assert ("180", "RUS", "UKR") in evs and not any(c.startswith("19") for c, _, _ in evs), evs


# --- triggers.yaml disapprove.trade_accusations + grammar.yaml mutual_accusation_*: 112 both ways ------------------
@pytest.mark.parametrize("text, pair", [
    ("Ukraine and Russia traded accusations over the shelling of the Zaporizhzhia nuclear plant.", ("UKR", "RUS")),
    ("Russia traded accusations with Ukraine over the shelling of the plant.", ("RUS", "UKR")),
    ("Armenia and Azerbaijan traded blame for violating the truce.", ("ARM", "AZE")),
    ("India and Pakistan exchanged accusations of violating the ceasefire.", ("IND", "PAK")),
    ("Sudan and South Sudan swapped allegations of supporting rebels.", ("SDN", "SSD")),
    ("Kyiv and Moscow continued to trade accusations over the attack.", ("UKRGOV", "RUSGOV")),
    ("Pakistan exchanged accusations with Afghanistan over the border clashes.", ("PAK", "AFG")),
    ("Cambodia and Thailand traded accusations of opening fire first.", ("KHM", "THA")),
])
def test_traded_accusations_are_mutual_accusations(text, pair):
    evs = _events(text)
    a, b = pair
    assert ("112", a, b) in evs and ("112", b, a) in evs, evs
    # no trade, swap, and no attack or violation by the accusers (the accusation's topic)
    assert not {c[:2] for c, _, _ in evs} - {"11"}, evs


@pytest.mark.parametrize("text, code", [
    ("Kyiv and Moscow traded 150 prisoners of war each.", "0841"),
    ("Israel and Hezbollah traded fire across the border.", "193"),
    ("Kazakhstan and Uzbekistan traded goods worth 5 billion dollars last year.", "061"),
])
def test_other_things_traded_keep_their_reading(text, code):
    evs = _events(text)
    assert any(c == code for c, _, _ in evs) and not any(c == "112" for c, _, _ in evs), evs


def test_accusation_then_own_attack_keeps_the_attack():
    # the attack is named in its own clause, no content of the accusations
    evs = _events("Russia and Ukraine exchanged accusations after Russian forces shelled Kharkiv.")
    assert ("194", "RUSMIL", "UKR") in evs and ("112", "RUS", "UKR") in evs, evs


# --- grammar.yaml circumstance_event_* (coder._circumstance_event_doers): no doer from the clause ----------------------------
@pytest.mark.parametrize("text", [
    "Residents were asked to stay indoors during the shelling.",  # the reviewers' sentence
    "Civilians fled their homes amid the shelling in Donetsk.",
    "Residents took shelter during the shelling.",
    "Civilians sheltered in basements during heavy shelling in Kharkiv.",
    "Schools were closed after the bombing.",
])
def test_circumstance_event_noun_takes_no_doer_from_its_clause(text):
    evs = _events(text)
    attacks = [e for e in evs if e[0][:2] in {"18", "19", "20"}]
    assert attacks and all(a is None for _, a, _ in attacks), evs


@pytest.mark.parametrize("text, victim", [
    ("Two soldiers were wounded in the shelling.", "MIL"),
    ("Three Ukrainian civilians were killed in the shelling of Kherson.", "UKRCVL"),
    ("Kyiv mourned the soldiers who were killed in the shelling of Kherson.", "MIL"),
])
def test_harm_passive_subject_is_the_victim(text, victim):
    evs = _events(text)
    attacks = [e for e in evs if e[0][:2] in {"18", "19", "20"}]
    assert attacks and all(a is None and b is not None and b.endswith(victim) for _, a, b in attacks), evs


@pytest.mark.parametrize("text, code, actor", [
    ("Residents were evacuated during the shelling by Russian forces.", "194", "RUSMIL"),  # its own agent
    ("Residents fled amid Russian strikes on the city.", "195", "RUS"),  # its own modifier
    ("Russian forces withdrew after shelling the village.", "194", "RUSMIL"),  # a gerund: the subject shelled
    ("Russia killed three people in a strike on Kharkiv.", "195", "RUS"),  # "in" of an active clause: the means
])
def test_circumstance_event_with_its_own_doer_keeps_it(text, code, actor):
    evs = _events(text)
    assert any(c == code and a == actor for c, a, _ in evs), evs
