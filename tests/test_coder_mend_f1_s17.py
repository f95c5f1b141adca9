"""Session 17 mend F1: the regressions a reviewer found in the day's new rules (/tmp/s17/review_f1_report.md),
each with the reviewer's sentences and new variants: the regressions that must now be right, and the rule's
intended positives that must stay."""
import pytest

from pipeline.coding.coder import code_article


def _rows(text):
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"], e["rule"])
            for e in code_article({"article_id": "t", "published": "2025-03-14", "text": text})]


def _codes(text):
    return {r[0] for r in _rows(text)}


def _rules(text):
    return {r[3] for r in _rows(text)}


# --- finding 1: yield.release verb "trade" matched the noun "trade" (triggers.yaml: only traded/trading/trades) ----
@pytest.mark.parametrize("text, code", [
    ("Russia and Ukraine discussed trade, energy and prisoners of war at the talks.", "061"),
    ("Turkey and Russia discussed trade and the fate of civilians trapped in Mariupol.", "061"),
    ("Putin and Erdogan discussed trade and the exchange of prisoners of war.", "061"),
    ("Kenya and Uganda agreed to expand trade and to free detained fishermen.", "031"),
    ("Vietnam and Cambodia discussed trade and detained fishermen on Monday.", "061"),
])
def test_trade_noun_is_no_release(text, code):
    rows = _rows(text)
    assert code in {r[0] for r in rows}, rows
    assert all(r[0] != "0841" or r[3] != "yield.release" or "exchange" in text for r in rows), rows


@pytest.mark.parametrize("text", [
    "Kyiv and Moscow traded 150 prisoners of war each.",
    "Russia and Ukraine are trading prisoners again, officials said.",
    "Armenia and Azerbaijan traded detainees at the border on Tuesday.",
])
def test_traded_captives_stay_a_swap(text):
    assert "0841" in _codes(text), _rows(text)


# --- finding 2: yield.release_people "couple": possessive and rescue sense --------------------------------------
@pytest.mark.parametrize("text", [
    "Authorities released the couple's names on Monday.",
    "Police released the couple's son after questioning.",
    "Police released the couple's daughter after questioning.",
    "Police released the women's names late on Friday.",
    "Rescuers freed a couple trapped under the rubble of their home in Antakya.",
    "Rescue teams freed a young couple from the collapsed building.",
    "Firefighters freed two elderly women from the burning flat.",
])
def test_couple_possessive_and_rescue_is_no_release(text):
    assert "0841" not in _codes(text), _rows(text)


@pytest.mark.parametrize("text", [
    "Iran freed a British couple held since February.",
    "The militants freed the couple, who had been kidnapped in the north.",
    "Hamas released two elderly Israeli women on Monday.",
])
def test_captive_couple_and_women_still_released(text):
    assert "0841" in _codes(text), _rows(text)


# --- finding 3: disapprove.summon "their" (reverted to excluded: plural subjects recalling their own envoys) --------
@pytest.mark.parametrize("text", [
    "Both countries summoned their ambassadors home for consultations.",
    "The Gulf states summoned their envoys from Beirut after the remarks.",
    "Saudi Arabia and the UAE summoned their ambassadors in Doha.",
])
def test_their_envoys_summoned_is_recall(text):
    assert "114" not in _codes(text), _rows(text)


def test_foreign_envoy_summoned_kept():
    assert ("114", "POL", "RUSGOV", "disapprove.summon") in _rows(
        "Poland summoned the Russian ambassador over the drone incursion.")


# --- finding 4: mobilize weapons only massed/amassed/deployed (triggers.yaml mobilize.weapons) ---------------------
@pytest.mark.parametrize("text", [
    "Russian soldiers reinforced their tanks with cage armour against drones.",
    "Ukraine must strengthen its artillery and air defences, the general said.",
    "Kyiv needs to build up its artillery shell stocks, officials say.",
    "The ministry is reinforcing its tanks with extra armour plates.",
])
def test_weapons_upkeep_is_no_buildup(text):
    assert not _codes(text) & {"154", "100"}, _rows(text)


@pytest.mark.parametrize("text", [
    "Russia has massed armour and artillery near the border.",
    "NATO will deploy tanks and artillery to Lithuania.",
    "China has deployed tanks and armoured vehicles near the border.",
    "Belarus amassed heavy weapons along the frontier, Kyiv said.",
])
def test_weapons_massed_or_deployed_kept(text):
    assert "154" in _codes(text), _rows(text)


# --- finding 5: statement.sympathy_for with a state's stance or claim is support -----------------------------------
@pytest.mark.parametrize("text", [
    "China expressed sympathy for Russia's security concerns.",
    "Hungary expressed sympathy with Israel's right to defend itself.",
    "Serbia voiced sympathy for Moscow's stance on Ukraine.",
])
def test_sympathy_for_stance_is_no_016(text):
    assert "016" not in _codes(text), _rows(text)


@pytest.mark.parametrize("text", [
    "Morocco expressed sympathy for Russia after the concert hall attack.",
    "Erdogan expressed sympathy for the Palestinian people in Gaza.",
    "Japan expressed sympathy for the victims of the earthquake in Turkey.",
])
def test_sympathy_for_victims_kept(text):
    assert "016" in _codes(text), _rows(text)


# --- finding 6: "traded" joint cue only for its own object (grammar.yaml joint_object_cues) -----------------------
@pytest.mark.parametrize("text", [
    "Shares traded lower as Russia and China condemned the new sanctions.",
    "Russia and China, whose companies traded oil last year, condemned the sanctions.",
    "Oil traded higher while France and Germany criticized the decision.",
])
def test_unrelated_traded_pairs_nothing(text):
    rows = [r for r in _rows(text) if r[0].startswith("11")]
    assert rows and all(r[2] is None for r in rows), _rows(text)


@pytest.mark.parametrize("text, pair", [
    ("Kyiv and Moscow traded 150 prisoners of war each.", ("UKRGOV", "RUSGOV")),
    ("Armenia and Azerbaijan traded blame for the clashes.", ("ARM", "AZE")),
])
def test_traded_own_object_is_mutual(text, pair):
    assert any(r[1:3] == pair for r in _rows(text)), _rows(text)


# --- finding 7: coerce.arrest head_object_exclusions only on the head (grammar head_object_modifier_heads) ---------
@pytest.mark.parametrize("text", [
    "Russian forces captured the video journalist in Kherson, his editor said.",
    "Militants captured a photo editor near the border.",
    "Soldiers detained a video blogger at the checkpoint.",
])
def test_image_word_as_modifier_keeps_arrest(text):
    assert "173" in _codes(text), _rows(text)


@pytest.mark.parametrize("text", [
    "Astronomers have captured the first image of a black hole at the centre of the galaxy.",
    "A drone camera captured footage of the explosion at the refinery.",
    "The photographer captured the moment the statue fell.",
])
def test_recording_sense_still_no_arrest(text):
    assert "173" not in _codes(text), _rows(text)


# --- finding 8: threaten.warn_not_tolerate: a club's or union's rule for its members ------------------------------
@pytest.mark.parametrize("text", [
    "The club warned members it would not tolerate racist chanting.",
    "The union warned workers it would not tolerate strike-breaking.",
    "The league warned members it will not tolerate racist abuse of players.",
])
def test_members_rule_is_no_threat(text):
    assert "130" not in _codes(text), _rows(text)


@pytest.mark.parametrize("text", [
    "The government warned workers it would not tolerate illegal strikes.",
    "Beijing warned members of the legislature it would not tolerate dissent.",
])
def test_state_warning_workers_kept(text):
    assert "130" in _codes(text), _rows(text)


# --- finding 9: appeal.protection_addressed: the first "for" must open the troops ----------------------------------
@pytest.mark.parametrize("text", [
    "Farmers asked the ministry for more support for troops' families.",
    "Veterans asked the government for better pensions for soldiers.",
    "Relatives petitioned parliament for funding for troops' housing.",
])
def test_nested_for_troops_is_no_0234(text):
    assert "0234" not in _codes(text), _rows(text)


@pytest.mark.parametrize("text", [
    "The African Union asked the UN for more peacekeepers.",
    "Haiti asked Kenya for more troops to fight the gangs.",
    "Mali asked Russia for additional troops on Sunday.",
])
def test_troops_asked_kept(text):
    assert "0234" in _codes(text), _rows(text)
