"""Non-events in world news: act nouns and verbs used for statistics, sports, electoral metaphors and
commemorations (session 14, helper 22).

First run (before the fixes): 12/29 passed.

1. A statistic of act nouns: "attacks on hospitals rose by 40 percent" is a trend, no attack
   (coder._violence_sense, grammar.yaml statistic_trend_verbs); "attacks on hospitals killed 40" stays.
2. A match report: a score line ("thrashed Zambia 4-1") marks a sports sentence like sports_terms do.
3. Electoral battles: "the battle for the presidency" (figurative_objects: electoral nouns).
4. Commemorations: "Thirty years after the genocide, ..." names a past act as a time reference
   (reference_point_span_units with "after", as "since the invasion").
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 5, 16)


def _codes(text):
    return [(e["cameo_code"], e["trigger_text"]) for e in
            code_article({"id": "t", "published": PUB, "text": text})]


def _roots(text, roots=("14", "17", "18", "19", "20")):
    return [c for c in _codes(text) if c[0][:2] in roots]


# ------------------------------------------------------------------ 1. statistics of act nouns
@pytest.mark.parametrize("text", [
    "Attacks on hospitals rose by 40 percent last year, the World Health Organization said.",
    "The number of attacks on aid workers in Sudan doubled in 2023, according to the UN.",
    "Killings of journalists in Mexico fell by a third last year, the press freedom group said.",
    "Arrests of opposition activists increased sharply in the first half of the year, Amnesty said.",
    "Air strikes on Gaza decreased by 20 percent in March, the monitoring group reported.",
    "Kidnappings of foreigners in the Sahel have risen steadily since 2020, analysts say.",
])
def test_statistic_of_act_nouns_is_no_event(text):
    assert _roots(text) == []


@pytest.mark.parametrize("text, root", [
    ("Attacks on hospitals killed 40 people last year, the World Health Organization said.", "18"),
    ("Air strikes on Gaza killed 20 people on Tuesday, health officials said.", "19"),
    ("Protesters rose up against the junta in Niamey on Friday.", "14"),
    ("Rebels attacked the town on Monday and the death toll rose to 12.", "18"),
])
def test_act_nouns_with_an_act_stay(text, root):
    assert any(c[0].startswith(root) for c in _codes(text))


def test_statistic_keeps_the_later_killing():
    codes = _codes("Attacks on aid convoys rose sharply after gunmen killed three drivers on Monday.")
    assert all(t.lower() != "attacks on" for _, t in codes)
    assert any(c[:2] in ("18", "19") for c, _ in codes)


# ------------------------------------------------------------------ 2. match reports
@pytest.mark.parametrize("text", [
    "Morocco's attack ran riot in the second half as the Atlas Lions thrashed Zambia 4-1.",
    "Nigeria's defence held firm and the Super Eagles shot down Ghana's hopes with a 2-0 win.",
    "Senegal stormed back to beat Egypt 3-2 after trailing at the break.",
    "Argentina crushed Bolivia 6-0 as Messi struck three times.",
])
def test_match_report_is_no_event(text):
    assert _roots(text) == []


@pytest.mark.parametrize("text, root", [
    ("Rebels launched an attack on the town in the second half of the night.", "18"),
    ("Gunmen attacked a bus carrying fans after the 2-1 defeat, killing two.", "18"),
])
def test_attacks_near_sports_words_stay(text, root):
    assert any(c[0].startswith(root) for c in _codes(text))


# ------------------------------------------------------------------ 3. electoral battles
@pytest.mark.parametrize("text", [
    "Ruto fires opening salvo in battle for Kenya's election.",
    "The battle for the presidency heated up on Sunday.",
    "Three candidates are fighting for the party's nomination.",
    "The two ministers are locked in a war of words over the budget.",
])
def test_electoral_battle_is_no_fight(text):
    assert _roots(text, ("19",)) == []


@pytest.mark.parametrize("text", [
    "Government forces battled rebels for control of Goma on Tuesday.",
    "The battle for the city of Bakhmut killed thousands of soldiers.",
])
def test_real_battles_stay(text):
    assert _roots(text, ("19",)) != []


# ------------------------------------------------------------------ 4. commemorations
@pytest.mark.parametrize("text", [
    "Thirty years after the genocide against the Tutsi, hillsides in Rwanda are dotted with memorials.",
    "Ten years after the massacre in the village, survivors still wait for justice.",
    "Twenty years after the invasion of Iraq, Baghdad is a city transformed.",
    "Decades after the bombing of the market, the square has been rebuilt.",
])
def test_years_after_a_past_act_is_no_event(text):
    assert _roots(text) == []


@pytest.mark.parametrize("text, root", [
    ("Two years after the coup, soldiers attacked a village near Bamako on Sunday, killing 12.", "18"),
    ("Hours after the ceasefire began, militants attacked an army post in the north.", "18"),
])
def test_new_acts_after_a_reference_stay(text, root):
    assert any(c[0].startswith(root) for c in _codes(text))


@pytest.mark.parametrize("text, root", [
    ("Russian shelling of Kherson rose sharply on Monday, killing four civilians.", "19"),
    ("Attacks on the port increased overnight, wounding six dock workers, the governor said.", "18"),
    ("Air strikes on Idlib doubled on Sunday, leaving at least ten people dead.", "19"),
])
def test_trend_whose_clause_goes_on_with_casualties_is_an_act(text, root):
    # statistic_act_participles: the trend's own clause reports the act's dead or wounded
    assert any(c.startswith(root) for c, _ in _codes(text)), _codes(text)
