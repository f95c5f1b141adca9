"""Session 17 mend B: regressions a reviewer found in the world-root rules of s17w1/s17w2
(/tmp/s17/review_wb_report.md, findings 1-15). Each block names its finding; the regression sentences must now
be right, the rule's intended positives must still fire, and near-misses must not change."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2023-09-17"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _codes(text):
    return sorted({e["cameo_code"] for e in _events(text)})


def _rules(text):
    return sorted({e["rule"] for e in _events(text)})


def _dyads(text):
    return sorted({(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _events(text)})


# finding 1: a be-passive "was asked to" without its "by" agent, or no asker and no polity asked, is no appeal
@pytest.mark.parametrize("text", [
    "The ministry was asked to comment but did not respond.",
    "The embassy was asked to comment on Monday.",
    "A police spokesperson was asked to comment but declined.",
    "Residents were asked to stay indoors.",
    "A court in Paris was asked to rule.",
    "The airline asked passengers to arrive three hours early.",
    "The foreign ministry was asked to confirm the report.",
    "Shoppers were asked to leave the mall.",
])
def test_ask_without_asker_is_none(text):
    assert "appeal.ask" not in _rules(text), _dyads(text)


@pytest.mark.parametrize("text, dyad", [
    ("Israel was asked by the United States to halt the offensive.", ("020", "USA", "ISR")),
    ("Kenya asked the African Union to send more troops to Somalia.", ("020", "KEN", "IGOAFU")),
    ("Ukraine asked Turkey to close the straits to Russian warships.", ("020", "UKR", "TUR")),
    ("Mali was asked by ECOWAS to hold elections within a year.", None),
])
def test_ask_with_asker_stays(text, dyad):
    codes = _codes(text)
    assert any(c.startswith("02") for c in codes), _dyads(text)
    if dyad:
        assert dyad in _dyads(text), _dyads(text)


# finding 2: a weather word inside a prepositional phrase ("on the southern front") is no subject
@pytest.mark.parametrize("text, code", [
    ("Ukrainian units on the southern front attacked Russian positions.", "180"),
    ("Forces on the eastern front shelled Ukrainian positions overnight.", "194"),
    ("Russian troops along the front attacked Ukrainian positions near Pokrovsk.", "180"),
    ("Troops at the front attacked enemy trenches.", "180"),
    ("Rebels hiding in the fog attacked the convoy.", "180"),
    ("Soldiers stationed behind the front lines shelled the town.", "194"),
])
def test_front_as_place_keeps_attack(text, code):
    assert code in _codes(text), _dyads(text)


@pytest.mark.parametrize("text", [
    "A cold front invaded the Balkans.",
    "A blizzard ambushed trekkers on Everest.",
    "Floodwaters stormed the valley.",
    "Heavy snow killed 10 people.",
    "A wildfire destroyed 200 homes.",
])
def test_natural_force_still_dropped(text):
    assert not [c for c in _codes(text) if c[:2] in ("18", "19", "20")], _dyads(text)


# finding 3: a fronted "Despite/Under the X" without a comma does not make the main verb a reduced relative
@pytest.mark.parametrize("text, code", [
    ("Despite the truce Russian forces attacked Kharkiv overnight.", "180"),
    ("Despite the ceasefire Israeli jets struck Gaza on Sunday.", "195"),
    ("Under the agreement Hamas freed three hostages.", "0841"),
    ("Under the deal Israel released 90 Palestinian prisoners.", "0841"),
    ("Despite the heavy rain thousands marched through Belgrade.", "141"),
    ("Despite the ban hundreds protested outside parliament.", "141"),
    ("Soldiers under the general's command attacked the village.", "180"),
])
def test_fronted_background_phrase_keeps_main_verb(text, code):
    assert code in _codes(text), _dyads(text)


@pytest.mark.parametrize("text, gone", [
    ("Fighting continued despite the ceasefire brokered by Qatar.", "045"),
    ("Fighting continues despite the ceasefire brokered by Egypt.", "045"),
    ("Artillery duels resumed despite the truce brokered in Kuala Lumpur.", "045"),
    ("Under the deal signed in Washington, Rwanda agreed to withdraw its troops.", "057"),
])
def test_background_participle_still_dropped(text, gone):
    assert gone not in _codes(text), _dyads(text)


def test_subject_participle_stays():
    assert "045" in _codes("The truce brokered by Malaysia took effect.")


# finding 4: the blame's "for" charge ends at "and" + a finite verb; a finite past verb is never the charge
@pytest.mark.parametrize("text, code", [
    ("Israel blamed Hezbollah for the rocket attack and struck targets in Lebanon.", "194"),
    ("The government blamed the opposition for the violence and arrested its leader.", "173"),
    ("He blamed the West for the war and threatened to use nuclear weapons.", "130"),
    ("He blamed the media for his defeat and attacked journalists.", "182"),
    ("The junta blamed France for the unrest and expelled its ambassador.", "166"),
])
def test_blamers_next_act_kept(text, code):
    codes = _codes(text)
    assert any(c.startswith(code[:3]) for c in codes) or code in codes, _dyads(text)


@pytest.mark.parametrize("text", [
    "Kyiv blamed Moscow for the shelling of the Zaporizhzhia plant.",
    "Washington blamed Tehran for a string of drone attacks on shipping in the Red Sea.",
    "Kyiv blamed Moscow for killings and torture in Bucha.",
])
def test_blamed_charge_still_dropped(text):
    assert {c[:2] for c in _codes(text)} == {"11"}, _dyads(text)


# finding 5: artificial/market intelligence, intelligence laws and spy cases are no intelligence sharing
@pytest.mark.parametrize("text", [
    "Nvidia will provide artificial intelligence chips to Saudi Arabia.",
    "China supplies artificial intelligence technology to Russia.",
    "The company provides market intelligence to investors.",
    "The House passed the Intelligence Authorization Act.",
    "The senate passed the intelligence authorization act.",
    "He passed on intelligence to the Russians for years, prosecutors said.",
    "A former officer was charged with handing intelligence to China.",
    "The engineer was convicted of spying after passing intelligence to Iran.",
])
def test_intelligence_non_sharing(text):
    assert "cooperate.intelligence_pass" not in _rules(text), _dyads(text)


@pytest.mark.parametrize("text", [
    "Britain provided intelligence to Ukraine about the strike.",
    "The United States is passing intelligence to Kyiv on Russian troop movements.",
    "Britain will supply real-time intelligence to Kyiv.",
])
def test_intelligence_sharing_stays(text):
    assert "cooperate.intelligence_pass" in _rules(text), _dyads(text)
    assert not any(e["actor2_code"] == "SPY" for e in _events(text)), _dyads(text)


# finding 6: a brought request yields to the specific act asked for, which keeps the "request for" cue
@pytest.mark.parametrize("text, code", [
    ("Armenia made a formal request for peacekeepers to the CSTO.", "0234"),
    ("Pakistan made a request for financial assistance to China.", "023"),
    ("Niger made a request for humanitarian aid.", "023"),
    ("Mali went to Moscow with a request for military help.", "023"),
    ("Turkey filed a request for the extradition of the journalist with Sweden.", "0212"),
    ("The families made a request for the bodies to be returned.", "025"),
])
def test_request_yields_to_specific_appeal(text, code):
    codes = _codes(text)
    assert code in codes and "020" not in codes, _dyads(text)
    assert "0841" not in codes, _dyads(text)


def test_request_not_double_counted():
    codes = _codes("Lebanon made a request for the withdrawal of Israeli troops.")
    assert codes == ["025"], codes


@pytest.mark.parametrize("text", [
    "He went to the hospital with a request for painkillers.",
    "The farmer went to the bank with a request for a loan.",
])
def test_request_needs_polity(text):
    assert "appeal.request" not in _rules(text), _dyads(text)


@pytest.mark.parametrize("text", [
    "Pakistan turned to Saudi Arabia with a request for a fresh loan.",
    "Sri Lanka went to China on Monday with a request for a debt moratorium.",
    "Ethiopia filed a request for debt restructuring with the IMF.",
])
def test_request_bare_stays(text):
    assert "appeal.request" in _rules(text), _dyads(text)


# finding 7: named weapons and "shelling" are munitions of a barrage
@pytest.mark.parametrize("text", [
    "Russia fired a barrage of Iskanders at Kyiv.",
    "The city came under a barrage of shelling overnight.",
    "Hamas fired a barrage of Qassams at Israeli towns.",
])
def test_barrage_of_named_weapons(text):
    assert "194" in _codes(text), _dyads(text)


@pytest.mark.parametrize("text", [
    "The band opened with a barrage of fireworks.",
    "The company faced a barrage of lawsuits.",
    "The minister faced a barrage of criticism.",
])
def test_barrage_non_fire(text):
    assert not [c for c in _codes(text) if c[:2] in ("18", "19")], _dyads(text)


# finding 8: an "asked to" appeal frame leaves its cue to the act asked for
@pytest.mark.parametrize("text, code", [
    ("Ukraine asked to take part in the negotiations.", "026"),
    ("Iraq asked to be included in the negotiations.", "026"),
])
def test_asked_to_cues_inner_act(text, code):
    assert code in _codes(text), _dyads(text)


def test_asked_to_prevent_is_no_massacre():
    codes = _codes("The court in The Hague asked Israel to prevent acts of genocide.")
    assert "202" not in codes and any(c.startswith("02") for c in codes), codes


# finding 9: a document that "made no comment" declines nothing
@pytest.mark.parametrize("text", [
    "The joint statement made no comment on Taiwan.",
    "The report made no comment on civilian casualties.",
    "The communique made no comment on the sanctions.",
])
def test_document_made_no_comment(text):
    assert "011" not in _codes(text), _dyads(text)


@pytest.mark.parametrize("text", [
    "The Kremlin made no comment on the report.",
    "A Kremlin spokesman said the Kremlin had no comment on the report.",
])
def test_speaker_no_comment_stays(text):
    assert "011" in _codes(text), _dyads(text)


# finding 10: safety checks and decisions are no investigation
@pytest.mark.parametrize("text", [
    "Authorities are checking whether the dam can hold.",
    "Police checked if anyone was inside the building.",
    "Regulators are examining whether to approve the drug.",
    "Engineers are checking whether the bridge is safe to reopen.",
])
def test_check_whether_non_inquiry(text):
    assert "investigate.examine_whether" not in _rules(text), _dyads(text)


@pytest.mark.parametrize("text", [
    "Police are examining whether the fire was started deliberately.",
    "Prosecutors are checking if the minister lied to parliament.",
    "Detectives are checking whether the two deaths are linked.",
])
def test_check_whether_inquiry_stays(text):
    assert "investigate.examine_whether" in _rules(text), _dyads(text)


# finding 11: a debtor paying off its own debt, and domestic debt relief, are no aid
@pytest.mark.parametrize("text", [
    "Argentina cancelled its debt to the IMF in 2006.",
    "Biden cancelled billions of dollars of debt for public servants.",
    "The government wrote off $2 billion of debt held by US colleges.",
])
def test_debt_non_relief(text):
    assert "aid.debt_relief" not in _rules(text), _dyads(text)


# finding 12: a host expected to host talks offers nothing; the talks' own dyad stays
def test_expected_host_keeps_talks_dyad():
    d = _dyads("Saudi Arabia is expected to host talks between Russia and the United States next week.")
    assert not any(a == "SAU" for _, a, _ in d), d
    assert any(c.startswith("03") and {a, b} == {"RUS", "USA"} for c, a, b in d), d


def test_offer_to_host_stays():
    assert "consult.offer_host_talks" in _rules(
        "Qatar offered to host the next round of negotiations between Israel and Hamas.")


# finding 14: leaving a job site is no strike
def test_walk_off_job_site():
    assert "143" not in _codes("He walked off the job site after an argument with the foreman.")
    assert "143" in _codes("Dockworkers walked off the job on Monday.")


# finding 15: a hospital on alert mobilizes no force
def test_hospital_alert():
    assert "152" not in _codes("The hospital was on full alert as casualties arrived.")
    assert "152" in _codes("The army was placed on full alert.")


# finding 4 (the coordinator stop itself): an act noun after "and" + a finite verb is the blamer's, not the charge
@pytest.mark.parametrize("text, code", [
    ("The president blamed the rebels for the attack and ordered airstrikes.", "195"),
    ("Moscow blamed Kyiv for the sabotage and launched a wave of missile strikes.", "19"),
])
def test_blame_coordinator_stop(text, code):
    assert any(c.startswith(code) for c in _codes(text)), _dyads(text)
