"""Session 17: error classes of the fresh11 (general_phrasings) and fresh7 (general_actors) first-run misses, with
sentences written for this file (several phrasings per class) and near-misses that must code nothing new."""
import pytest

from pipeline.coding.coder import code_article


def _events(text):
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"])
            for e in code_article({"article_id": "t", "published": "2025-03-14", "text": text})]


def _roots(text):
    return {c[:2] for c, _, _ in _events(text)}


# --- triggers.yaml statement.no_comment: "declined/refused to say whether|how|..." ----------------------------
@pytest.mark.parametrize("text", [
    "The Kremlin declined to say whether Putin would attend the summit in Astana.",
    "A Pentagon spokesman refused to say how many advisers remain in the country.",
    "The foreign ministry declined to say when the ambassador would return to Caracas.",
])
def test_declined_to_say_question_is_no_comment(text):
    assert "011" in {c for c, _, _ in _events(text)}


@pytest.mark.parametrize("text", [
    "The ministry declined to say more about the visit.",  # no question word
    "The minister said she would say whether the plan works next week.",
])
def test_declined_to_say_near_misses(text):
    assert "011" not in {c for c, _, _ in _events(text)}


# --- triggers.yaml consult.offer_host_talks: window 7 (talks with a party adjective) -------------------------
@pytest.mark.parametrize("text", [
    "Oman is ready to host a new round of indirect US-Iran talks, its foreign minister said.",
    "Qatar is willing to host the next round of Israeli-Palestinian negotiations in Doha, an official said.",
])
def test_offer_to_host_talks_with_party_adjective(text):
    assert "036" in {c for c, _, _ in _events(text)}


def test_hosted_dinner_before_talks_is_no_offer():
    assert "036" not in {c for c, _, _ in _events("Oman hosted a dinner for the delegations before the talks.")}


# --- triggers.yaml yield.release verb "trade" + grammar.yaml joint_cues "traded" -----------------------------
@pytest.mark.parametrize("text, pair", [
    ("Kyiv and Moscow traded 150 prisoners of war each.", ("UKRGOV", "RUSGOV")),
    ("Armenia and Azerbaijan traded detainees at the border on Tuesday.", ("ARM", "AZE")),
])
def test_prisoners_traded_are_a_swap(text, pair):
    evs = _events(text)
    assert ("0841",) + pair in evs, evs
    assert not any(c == "061" for c, _, _ in evs), evs


def test_goods_traded_stay_trade():
    evs = _events("Kazakhstan and Uzbekistan traded goods worth 5 billion dollars last year.")
    assert ("061", "KAZ", "UZB") in evs and not any(c.startswith("08") for c, _, _ in evs), evs


# --- triggers.yaml coerce.arrest head_object_exclusions: "captured an image/footage" ------------------------
@pytest.mark.parametrize("text", [
    "Astronomers have captured the first image of a black hole at the centre of the galaxy.",
    "A drone camera captured footage of the explosion at the refinery.",
    "The photographer captured the moment the statue fell.",
])
def test_captured_image_is_no_arrest(text):
    assert "17" not in _roots(text)


@pytest.mark.parametrize("text", [
    "Rebels captured two soldiers near the border.",
    "Police captured the suspect after a chase.",
])
def test_captured_people_stay_arrest(text):
    assert "173" in {c for c, _, _ in _events(text)}


# --- triggers.yaml mobilize.troops: weapons massed (objects + object_noncomplements) ---------------------------
@pytest.mark.parametrize("text", [
    "Russia is massing tanks near the Ukrainian border, satellite images show.",
    "Venezuela has amassed armoured vehicles and artillery close to the Guyanese frontier.",
])
def test_massed_weapons_are_a_buildup(text):
    assert "154" in {c for c, _, _ in _events(text)}


def test_massed_artillery_fire_is_no_buildup():
    assert "154" not in {c for c, _, _ in _events("Russian forces used massed artillery fire to break the line.")}


# --- triggers.yaml yield.release_people: "couple" (object_noncomplements "of") -------------------------------
@pytest.mark.parametrize("text", [
    "Iran released a French couple held for three years on spying charges.",
    "Houthi rebels freed an elderly American couple seized in Sanaa last year.",
])
def test_freed_couple_is_a_release(text):
    assert "0841" in {c for c, _, _ in _events(text)}


@pytest.mark.parametrize("text", [
    "The band released a couple of new songs.",
    "The minister freed a couple of hours in his schedule.",
])
def test_couple_of_is_a_count(text):
    assert "08" not in _roots(text)


# --- triggers.yaml appeal.protection_addressed: "appealed to X for more troops" (0234) -----------------------
@pytest.mark.parametrize("text, pair", [
    ("Haiti asked the United Nations for more peacekeepers.", ("HTI", "IGOUNO")),
    ("The president pressed Kenya on Friday for more troops for the Haiti mission.", (None, "KEN")),
])
def test_troops_asked_of_addressee(text, pair):
    evs = _events(text)
    assert any(c == "0234" and (pair[0] is None or a == pair[0]) and b == pair[1] for c, a, b in evs), evs


@pytest.mark.parametrize("text", [
    "Veterans asked the government for better pensions for soldiers.",
    "The ministry asked parliament for approval to send troops to Chad.",
    "Congo appealed to Rwanda for its troops to withdraw from the east.",
])
def test_troops_not_asked_for(text):
    assert "0234" not in {c for c, _, _ in _events(text)}
