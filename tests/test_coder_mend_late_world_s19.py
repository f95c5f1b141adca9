"""Session 19, second mend of this session's world and actor rules (review /tmp/rv19_late_world): an "ahead of"
phrase ends before a subject noun with a finite verb, a leader at a rally against something is at a protest, "he"
after a fronted clause whose second subject no dictionary knows, a concession's target is never the security forces
of its "after" clause, visa restrictions are a sanction only on officials, "any attack by X" is no act, and a
characterising noun after "as a <adjective>" is no act. Each class: the reviewer's sentences, variants, near-misses."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-03-14"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _triples(text):
    return sorted((e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _events(text))


def _show(text):
    return [(e["cameo_code"], e["rule"], e["trigger_text"], e["actor1_code"], e["actor2_code"]) for e in _events(text)]


# --- grammar.yaml reference_point_phrases / coder._ahead_phrase_end: the main clause's subject ends the phrase ----
@pytest.mark.parametrize("text, root", [
    # review rows (NEW coded nothing)
    ("Ahead of the polls gunmen killed a candidate in Guerrero", "19"),
    ("Ahead of the election gunmen shot dead a mayoral candidate", "18"),
    ("In the run-up to the polls gunmen killed a candidate", "19"),
    ("Ahead of the vote gunmen killed two opposition activists in Karachi", "19"),
    # variants
    ("In the run-up to the election unidentified gunmen opened fire on a campaign office in Sindh", "19"),
    ("Ahead of Sunday's runoff militants attacked a polling station in Borno", "18"),
    ("Ahead of the vote gunmen have killed three candidates in Guerrero", "19"),
    ("Ahead of Sunday's vote armed men abducted a candidate in Michoacan", "18"),
])
def test_subject_after_ahead_of_phrase_keeps_main_act(text, root):
    assert root in {e["cameo_root"] for e in _events(text)}, _show(text)


@pytest.mark.parametrize("text, absent", [
    # near-misses: a noun of the phrase with a scheduling participle or a preposition after its verb is no subject
    ("Police detained dozens ahead of the opposition protest planned Sunday in Minsk.", "141"),
    ("Ahead of the opposition rally scheduled for Sunday police detained 30 activists.", "141"),
    ("Israel evacuated border towns ahead of an expected Hezbollah attack.", "180"),
    ("Security was tightened ahead of the expected Hezbollah attack announced by its leader.", "180"),
])
def test_act_noun_of_ahead_of_phrase_stays_uncoded(text, absent):
    assert absent not in {e["cameo_code"] for e in _events(text)}, _show(text)


# --- coder._leader_rally: a rally against something is a protest, also with a leader ------------------------------
@pytest.mark.parametrize("text, actor", [
    # review rows (NEW coded nothing)
    ("Scholz spoke at a rally against the far right in Potsdam", "DEUGOV"),
    ("Biden spoke at a rally against gun violence", "USAGOV"),
    ("Modi spoke at a rally against corruption", "INDGOV"),
    # variant: the cause after the place
    ("Macron addressed a rally in Paris against antisemitism", "FRAGOV"),
])
def test_leader_at_rally_against_something_protests(text, actor):
    assert ("141", actor, None) in _triples(text), _show(text)


@pytest.mark.parametrize("text", [
    # near-misses: the leader's own (campaign, party) rally is no protest
    "Trump spoke at a campaign rally in Ohio.",
    "Erdogan spoke at his party's rally against terrorism in Istanbul",
    "Biden thanked the fans at the rally in Philadelphia",
])
def test_leaders_own_rally_stays_no_protest(text):
    assert not any(e["cameo_root"] == "14" for e in _events(text)), _show(text)


# --- coder._coordinated_subjects: a second subject no dictionary knows -------------------------------------------
@pytest.mark.parametrize("text, wrong", [
    # review row (NEW USAGOV, OLD UKRGOV: the last person named stands)
    ("After Biden and Harris met with Zelensky, he thanked them", "USAGOV"),
    ("After Biden and Harris met Zelensky in Washington, he thanked Congress", "USAGOV"),
])
def test_he_after_two_fronted_subjects_one_unknown_is_not_the_first(text, wrong):
    ev = [e for e in _events(text) if e["cameo_root"] == "05"]
    assert ev and all(e["actor1_code"] != wrong for e in ev), _show(text)


@pytest.mark.parametrize("text, actor", [
    ("After Biden and Harris met with Zelensky, he thanked them", "UKRGOV"),
    ("After Scholz and Habeck met with Zelensky, he thanked them", "UKRGOV"),
    # near-misses: one fronted subject, or an apposition, still gives "he"
    ("After Erdogan met Putin in Sochi, he criticised NATO", "TURGOV"),
    ("When Putin, the Russian president, met Erdogan, he praised Turkey", "RUSGOV"),
])
def test_he_after_fronted_clause(text, actor):
    ev = [e for e in _events(text) if e["cameo_root"] in ("05", "11")]
    assert ev and ev[0]["actor1_code"] == actor, _show(text)


# --- coder._concession_cause_targets_dropped: the police of the "after" clause are no concession target -----------
@pytest.mark.parametrize("text, wrong", [
    ("Germany withdrew the bill after police used tear gas on protesters", "COP"),
    ("Kenya's government withdrew the finance bill after police fired on protesters in Nairobi.", "KENCOP"),
    ("Serbia scrapped the lithium project after soldiers beat protesters in Belgrade.", "MIL"),
])
def test_concession_target_is_not_the_security_forces_of_its_cause(text, wrong):
    ev = [e for e in _events(text) if e["cameo_code"] == "0832"]
    assert ev and all(e["actor2_code"] != wrong for e in ev), _show(text)


@pytest.mark.parametrize("text, kept", [
    # near-misses: the protesters stay the target; a withdrawal's other party stays
    ("The government scrapped the fuel tax after protesters clashed with police.", ("0832", "GOV", "OPP")),
    ("The government scrapped the fuel tax after protesters clashed with police.", ("145", "OPP", "COP")),
    ("Russia withdrew its troops from Kherson after a Ukrainian counteroffensive.", ("0874", "RUS", "UKR")),
    ("Kenya's government withdrew the finance bill after police fired on protesters in Nairobi.",
     ("190", "KENCOP", "KENOPP")),
])
def test_concession_other_parties_kept(text, kept):
    assert kept in _triples(text), _show(text)


# --- triggers.yaml sanction.visa_restrictions targets_without_terms: 163 only on officials --------------------------
@pytest.mark.parametrize("text, expected", [
    ("Canada imposed visa restrictions on Iranian officials and students",
     [("163", "CAN", "IRNGOV"), ("172", "CAN", "EDU")]),
    ("The State Department imposed visa restrictions on Ugandan officials and journalists.",
     [("163", "USAGOV", "UGAGOV"), ("172", "USAGOV", "MED")]),
    # near-misses: officials alone, travellers alone
    ("Washington imposed visa restrictions on 250 Nicaraguan officials", [("163", "USAGOV", "NICGOV")]),
    ("Canada imposed visa restrictions on Mexican travellers", [("172", "CAN", "MEX")]),
])
def test_visa_restrictions_sanction_only_officials(text, expected):
    assert _triples(text) == sorted(expected), _show(text)


def test_visa_restrictions_rule_of_restricted_students():
    ev = {e["actor2_code"]: e["rule"] for e in _events("Canada imposed visa restrictions on Iranian officials and students")}
    assert ev == {"IRNGOV": "sanction.visa_restrictions", "EDU": "coerce.restrict"}


# --- coder._violence_sense: "any attack by X" after a future or vow is no act ---------------------------------------
@pytest.mark.parametrize("text", [
    "Israel said it would respond to any attack by Iran",
    "Israel will respond to any aggression from Hezbollah, Netanyahu said",
])
def test_any_attack_by_named_doer_is_no_act(text):
    assert not any(e["cameo_root"] in ("13", "18", "19") for e in _events(text)), _show(text)


@pytest.mark.parametrize("text, kept", [
    ("Israel vowed to retaliate against any attack by Iran", ("138", "ISR", "IRN")),
    # near-misses: the speaker's own threat without a named attacker, a plain future attack
    ("Iran warned it would respond forcefully to any attack on its nuclear sites", ("138", "IRN", None)),
    ("Russia will attack Kyiv, Medvedev said", ("138", "RUS", "UKRGOV")),
])
def test_threats_beside_any_attack_kept(text, kept):
    assert kept in _triples(text), _show(text)


def test_vowed_retaliation_has_no_second_attack():
    assert [e["rule"] for e in _events("Israel vowed to retaliate against any attack by Iran")] == ["fight.retaliate"]


# --- coder._characterisation: "as a <adjective> attack" with no "on" -------------------------------------------------
@pytest.mark.parametrize("text, rule", [
    ("Macron condemned the assassination as a cowardly attack", "assault.assassinate"),
    ("The UN condemned the bombing as a heinous attack", "assault.bomb"),
])
def test_characterising_attack_without_on_is_no_act(text, rule):
    assert [(e["cameo_code"], e["rule"]) for e in _events(text)] == [("111", rule)], _show(text)


@pytest.mark.parametrize("text, code", [
    # near-misses: an attack told, not a characterisation
    ("Gunmen carried out a cowardly attack on a mosque in Peshawar", "180"),
    ("Ukraine condemned the strike as Russia attacked Kyiv again", "111"),
])
def test_attack_outside_characterisation_kept(text, code):
    assert code in {e["cameo_code"] for e in _events(text)}, _show(text)
