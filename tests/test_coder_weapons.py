"""A weapon named in a sentence is not an attack by itself: arms deliveries, production, talks, tests,
museums and shell companies are news about weapons. Bare weapon nouns ("missiles", "artillery",
"aircraft", "Shaheds", "shells") code an attack only beside an attack word (triggers.yaml
fight.shelling sentence_terms); "launched / fired N missiles / drones at X" is an attack act of its
own. Sentences are our own."""
import pytest

from pipeline.coding import code_article


def _codes(text):
    return [(e["cameo_code"], e["rule"], e["actor1_code"]) for e in
            code_article({"article_id": "t", "text": text, "published": "2024-05-14"})]


@pytest.mark.parametrize("text", [
    "Kyiv asked its allies for more air defence missiles.",
    "The factory in Perm produces mortars and shells for the army.",
    "Negotiators discussed limits on cruise missiles in Geneva.",
    "The airline bought ten aircraft from Airbus.",
    "Poland will receive new fighter jets from the United States.",
    "The exhibition showed mortars from the Second World War.",
    "North Korea tested a new ballistic missile on Tuesday.",
    "Shell sold its stake in the Sakhalin project.",
    "The sanctions target a shell company in Cyprus.",
    "Ukraine faces a shortage of artillery shells.",
    "A plant in Alabuga assembles Shaheds for the Russian army.",
    "The army will test fire new rockets next week.",  # a planned test is no threat either
])
def test_a_weapon_named_without_an_attack_is_no_attack(text):
    assert not any(c.startswith(("19", "18")) for c, _, _ in _codes(text)), (text, _codes(text))


@pytest.mark.parametrize("text, code", [
    ("Missiles hit an apartment block in Dnipro.", "194"),
    ("Russian troops used cluster munitions in Kharkiv, the report said.", "194"),
    ("A shell hit the roof of the hospital in Kherson.", "194"),
    ("Russian warplanes dropped glide bombs on Vovchansk.", "195"),
    ("Kamikaze drones struck a substation in Odesa overnight.", "195"),
    ("Russian troops continued to shell Nikopol across the river.", "194"),
    ("Kherson was shelled by Russian forces overnight.", "194"),
])
def test_a_weapon_with_an_attack_word_is_an_attack(text, code):
    assert code in {c for c, _, _ in _codes(text)}, (text, _codes(text))


@pytest.mark.parametrize("text, code", [
    ("Russia launched 40 Shahed drones at Kyiv overnight.", "195"),
    ("Russian forces fired missiles at Kharkiv overnight.", "194"),
    ("Russia launched a barrage of ballistic missiles at Lviv.", "194"),
    ("Moscow unleashed dozens of drones against Odesa.", "195"),
])
def test_launching_missiles_or_drones_is_an_attack_by_the_launcher(text, code):
    evs = _codes(text)
    assert any(c == code and a1 and a1.startswith("RUS") for c, _, a1 in evs), (text, evs)


def test_launched_weapons_as_a_modifier_do_not_hide_the_attack():
    # "drones, launched from the left bank": the launch pattern needs its object after the head, and
    # a failed one no longer displaces the attack of the same sentence
    evs = _codes("Russian drones attacked a minibus in Kherson, and small drones, launched from the "
                 "left bank, hunt for anyone on the streets.")
    assert ("195", "fight.drone_strike", "RUS") in evs, evs
    assert not any(r == "fight.launch_drones" for _, r, _ in evs), evs


@pytest.mark.parametrize("text, pair", [
    ("Russian missiles hit Kyiv overnight.", ("RUS", "UKR")),
    ("Ukrainian drones attacked Moscow on Sunday.", ("UKR", "RUS")),
])
def test_a_capital_that_is_hit_is_the_country_not_its_government(text, pair):
    evs = code_article({"article_id": "t", "text": text, "published": "2024-05-14"})
    assert [(e["actor1_code"], e["actor2_code"]) for e in evs if e["cameo_root"] in ("19", "18")] == [pair], evs


def test_a_capital_that_acts_is_still_its_government():
    evs = code_article({"article_id": "t", "text": "Kyiv launched drones at Moscow overnight.", "published": "2024-05-14"})
    assert any(e["actor1_code"] == "UKRGOV" for e in evs), evs
