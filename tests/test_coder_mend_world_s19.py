"""Session 19, mending the world-news rules merged this session (reviewer's regressions, /tmp/rv19_world): an "ahead
of" phrase without a comma keeps the main clause's act, a condemnation stays when it characterises the act it
condemns, a concession keeps the protests it yielded to, a leader's thanks and rally, "any attack" no act, what
prompted an inquiry happened, visa restrictions on non-officials stay 172, a fronted market session, and strike
senses of merchants and labour unions. Each class: the reviewer's sentences, variants, and near-misses."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-03-14"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _codes(text):
    return sorted({e["cameo_code"] for e in _events(text)})


def _triples(text):
    return sorted((e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _events(text))


def _show(text):
    return [(e["cameo_code"], e["rule"], e["trigger_text"], e["actor1_code"], e["actor2_code"]) for e in _events(text)]


# --- grammar.yaml reference_point_phrases: only the noun phrase after "ahead of" has not happened -----------------
@pytest.mark.parametrize("text, code", [
    ("Ahead of the talks Russia attacked Kyiv with drones.", "195"),
    ("Ahead of the summit Israel struck targets in Syria.", "195"),
    ("Hours ahead of the vote police raided the opposition headquarters.", "180"),
    ("Just ahead of the ceasefire Russian forces shelled Kherson.", "194"),
    ("Days ahead of the referendum authorities arrested 40 activists.", "173"),
    ("In the run-up to the election militants bombed a rally in Peshawar.", "195"),
    ("Ahead of the talks, Russia attacked Kyiv with drones.", "195"),
])
def test_main_clause_after_ahead_of_phrase_is_coded(text, code):
    assert code in _codes(text), _show(text)


@pytest.mark.parametrize("text, absent", [
    # near-misses: the act noun inside the phrase is still no event
    ("Israel evacuated border towns ahead of an expected Hezbollah attack.", "180"),
    ("Police arrested the opposition leader hours ahead of a planned march.", "141"),
    ("Police detained dozens ahead of planned protests in Minsk.", "141"),
    ("Ahead of a planned strike, the government raised wages.", "143"),
])
def test_act_noun_inside_ahead_of_phrase_stays_uncoded(text, absent):
    assert absent not in _codes(text), _show(text)


# --- coder._characterisation: the condemnation stays, the characterising "attack" is no act -----------------------
@pytest.mark.parametrize("text, actor", [
    ("Israel condemned the ruling as an attack on its sovereignty.", "ISR"),
    ("Hungary condemned the decision as an attack on national sovereignty.", "HUN"),
    ("Israel condemned the decision as an attack on its right to self-defence.", "ISR"),
    ("The opposition condemned the verdict as an assault on democracy.", "OPP"),
    ("Poland denounced the EU ruling as an attack on its independence.", "POL"),
])
def test_condemnation_characterising_as_attack_is_111(text, actor):
    ev = _events(text)
    assert [e["cameo_root"] for e in ev] == ["11"], _show(text)
    assert ev[0]["actor1_code"] == actor, _show(text)


@pytest.mark.parametrize("text", [
    # near-misses: one 111 for the condemned arrest (no second one for the characterisation), no attack
    "The United States condemned the arrest as an attack on press freedom.",
    "The bar association condemned the arrest of the lawyer as an attack on the legal profession.",
])
def test_characterisation_beside_condemned_act_gives_one_111(text):
    ev = _events(text)
    assert [e["cameo_code"] for e in ev] == ["111"], _show(text)
    assert ev[0]["rule"] == "coerce.arrest", _show(text)


def test_branded_raid_characterisation_is_no_attack():
    text = "Russia branded the raid as a terrorist attack."
    assert "180" not in _codes(text), _show(text)


# --- yield.concede_policy: the protests a concession yielded to stay acts of their own -----------------------------
@pytest.mark.parametrize("text, kept", [
    ("The government scrapped the controversial tax after protesters clashed with police.", ("145", "OPP", "COP")),
    ("The government scrapped the fuel tax after protesters clashed with police in Nairobi.",
     ("145", "KENOPP", "KENCOP")),
    ("The government scrapped the fuel tax after protesters stormed parliament.", ("145", "OPP", "LEG")),
    ("The Kenyan government withdrew the finance bill after deadly protests.", ("141", None, None)),
    ("Serbia's government scrapped the lithium mining project after mass protests.", ("141", None, None)),
    ("Panama's government cancelled the copper mine contract after weeks of protests.", ("141", None, None)),
    ("The government suspended the electricity price hike following protests.", ("141", None, None)),
    # the protesters named after "by" are the doers, never the conceder
    ("The government withdrew the finance bill after protests by students in Nairobi.", ("141", "KENEDU", None)),
])
def test_concession_keeps_protests_it_yielded_to(text, kept):
    t = _triples(text)
    assert kept in t, _show(text)
    assert "0832" in _codes(text), _show(text)


@pytest.mark.parametrize("text, absent", [
    # near-misses: a concession's other causes keep their old reading
    ("Russia withdrew its troops from Kherson after a Ukrainian counteroffensive.", "190"),
    ("The government resumed talks after months of clashes.", "193"),
    # the phrase is the cause of the measures, not of the concession
    ("The authorities in Yerevan eased the emergency measures introduced after the unrest.", "145"),
    ("Peru lifted the curfew imposed after protesters clashed with police.", "145"),
])
def test_non_protest_background_causes_stay_background(text, absent):
    assert absent not in _codes(text), _show(text)


def test_concession_protest_takes_no_conceder_as_doer():
    text = "Georgia's ruling party withdrew the foreign agents bill after mass protests."
    assert all(e["actor1_code"] != "GEOPTY" for e in _events(text) if e["cameo_root"] == "14"), _show(text)


# --- support.praise: a leader's thanks to a crew; a leader's own rally is no protest ------------------------------
@pytest.mark.parametrize("text, actor", [
    ("Putin thanked the crew of the submarine for its service.", "RUSGOV"),
    ("Xi thanked the crew of the Shenzhou spacecraft.", "CHNGOV"),
    ("Modi thanked the crew of the Indian Navy warship for rescuing the sailors.", "INDGOV"),
])
def test_leader_thanking_a_crew_is_051(text, actor):
    assert ("051", actor, None) in _triples(text), _show(text)


@pytest.mark.parametrize("text, actor", [
    ("Biden thanked the fans at the rally.", "USAGOV"),
    ("Erdogan thanked the fans at the rally in Istanbul.", "TURGOV"),
    ("Starmer thanked the audience and urged Labour voters to turn out.", "GBRELI"),
    ("Macron thanked the spectators at the stadium.", "FRAGOV"),
])
def test_leader_thanking_fans_or_audience_is_051(text, actor):
    assert ("051", actor, None) in _triples(text), _show(text)


@pytest.mark.parametrize("text", [
    "Biden thanked the fans at the rally.",
    "Erdogan thanked the fans at the rally in Istanbul.",
    "Biden thanked the audience at the rally in Philadelphia.",
    "Trump spoke at a campaign rally in Ohio.",
])
def test_leaders_own_rally_is_no_protest(text):
    assert "141" not in _codes(text), _show(text)


@pytest.mark.parametrize("text", [
    # near-misses: an opposition leader's rally and a crowd's rally stay protests
    "The opposition leader spoke at a rally in Kampala.",
    "Thousands of people marched at a rally in Tbilisi against the law.",
])
def test_other_rallies_stay_protests(text):
    assert "141" in _codes(text), _show(text)


@pytest.mark.parametrize("text", [
    # near-misses: the culture frame still codes nothing
    "The actress thanked the cast and crew of the film.",
    "The director thanked the jury at Cannes for the Palme d'Or.",
    "The band thanked fans for their support.",
    "Accepting the award in Berlin, the Iranian actress thanked the audience.",
])
def test_artist_thanks_still_code_nothing(text):
    assert _events(text) == [], _show(text)


# --- "any" before an act noun: no act in particular ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Iran warned that Israel would bear the consequences of any attack.",
    "The Houthis warned that US ships would bear the consequences of any aggression.",
    "Iran warned Israel against any attack on its nuclear sites.",
])
def test_any_attack_is_no_attack(text):
    assert not any(e["cameo_root"] in ("18", "19") for e in _events(text)), _show(text)


def test_warning_of_consequences_stays():
    text = "Iran warned that Israel would bear the consequences of any attack."
    assert ("130", "IRN", "ISR") in _triples(text), _show(text)


@pytest.mark.parametrize("text, code", [
    # near-misses: a particular attack after "any" elsewhere in the sentence stays
    ("Russia denied any role in the attack on the convoy.", "120"),
    ("The army said any civilians who attacked soldiers would be arrested.", "180"),
])
def test_any_elsewhere_keeps_the_act(text, code):
    assert code in _codes(text), _show(text)


# --- what prompted an inquiry happened (coder._background_causes, triggers._cause_before_inquiry) ----------------
@pytest.mark.parametrize("text, code", [
    ("The army launched an internal investigation after the strike on the convoy.", "195"),
    ("Israel's military opened an inquiry following the air strike on the aid convoy.", "195"),
    ("Police launched an investigation after a deadly shooting in Memphis.", "190"),
    ("Police opened an investigation after clashes in the capital.", "193"),
])
def test_act_that_prompted_an_inquiry_is_coded(text, code):
    assert {"090", code} <= set(_codes(text)), _show(text)


@pytest.mark.parametrize("text, absent", [
    # near-misses: the topic after "into" is the inquiry's, no act of its own; other acts keep background causes
    ("The ministry opened an inquiry into the air strike on the convoy.", "195"),
    ("French prosecutors opened a preliminary investigation into alleged war crimes.", "180"),
    ("The ministry resumed talks after the air strike on the convoy.", "195"),
])
def test_inquiry_topic_and_other_background_stay_uncoded(text, absent):
    assert absent not in _codes(text), _show(text)


# --- sanction.visa_restrictions: 163 only on a state's officials --------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("Canada imposed visa restrictions on Mexican travellers.", "172"),
    ("The United States imposed visa restrictions on Chinese students.", "172"),
    ("Japan imposed visa restrictions on Russian citizens.", "172"),
    ("Pakistan imposed visa restrictions on Afghan refugees.", "172"),
    ("Saudi Arabia imposed visa restrictions on pilgrims from 14 countries.", "172"),
    ("Washington imposed visa restrictions on 250 Nicaraguan officials.", "163"),
    ("Russia imposed visa restrictions on British diplomats in retaliation.", "163"),
    ("The State Department announced visa restrictions on Georgian officials undermining democracy.", "163"),
    ("The US announced visa restrictions on individuals responsible for undermining democracy in Georgia.", "163"),
])
def test_visa_restrictions_sanction_officials_only(text, code):
    assert _codes(text) == [code], _show(text)


# --- coder._market_session: a fronted "In Asian trading," ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In Asian trading, Brent crude fell 2 percent.",
    "In early Tokyo trading, the yen weakened.",
    "In Buenos Aires trading on Friday, the peso fell.",
])
def test_fronted_market_session_is_no_trade(text):
    assert _events(text) == [], _show(text)


def test_trade_with_partner_stays():
    text = "India is interested in trading with Russia."  # near-miss
    assert "061" in _codes(text), _show(text)


# --- coder._strike_sense: merchants and labour unions strike; an outcome clause's workers are victims -------------
@pytest.mark.parametrize("text", [
    "Iranian bazaar merchants struck in Tehran on Monday.",
    "Shopkeepers in the bazaar struck on Monday.",
    "Nigeria's labour congress said it would begin an indefinite strike on Monday.",
])
def test_labour_strikes(text):
    assert "143" in _codes(text) and "195" not in _codes(text), _show(text)


@pytest.mark.parametrize("text", [
    # near-misses: strikes on places with workers or merchants among the victims are attacks
    "Russia struck a factory in Kharkiv, killing three workers.",
    "Israel struck a market in Gaza, killing merchants.",
    "Russia launched a massive strike on Monday, killing 12 civilians.",
])
def test_attack_strikes_with_worker_victims(text):
    assert "195" in _codes(text) and "143" not in _codes(text), _show(text)
