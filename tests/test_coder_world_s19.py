"""s19 world event types and precision (docs/coder.md "s19 world"): a state's or an army's "strike" read as a labour
strike, diplomatic "representations" with no adjective, the "by" agent of an attack noun in a circumstance adjunct,
and a crowd's protest beside a game word. Each class: the reviewer's sentence, own variants, near-misses."""
import pytest

from pipeline.coding import code_article


def _events(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _roots(text):
    return {e["cameo_root"] for e in _events(text)}


def _codes(text):
    return {e["cameo_code"] for e in _events(text)}


def _pairs(text, root):
    return {(e["actor1_code"], e["actor2_code"]) for e in _events(text) if e["cameo_root"] == root}


# --- 1. "strike" of a state or its forces, or on a target, is force (coder._strike_sense, _strike_force_subject,
# grammar strike_target_nouns, strike_force_subject_*); a modal one is a threat of force (138)
@pytest.mark.parametrize("text, code", [
    ("Israel could strike Iranian nuclear sites.", "138"),
    ("Israel will strike Iranian nuclear sites, Netanyahu said.", "138"),
    ("Russia said it would strike decision-making centres in Kyiv.", "138"),
    ("The Pakistani army could strike again, the defence minister warned.", "138"),
    ("Iran has threatened to strike US bases in the region.", "138"),
    ("Israeli jets struck Hezbollah positions in southern Lebanon on Tuesday.", "195"),
    ("Pakistan struck militant hideouts in Afghanistan overnight.", "195"),
    ("US forces struck Houthi radar installations in Yemen.", "195"),
    ("A strike on the depot killed three soldiers.", "195"),
])
def test_force_strike(text, code):
    codes = _codes(text)
    assert code in codes and "143" not in codes, _events(text)


@pytest.mark.parametrize("text", [
    "Israel could strike Iranian nuclear sites.",
    "Ethiopia may strike rebel camps in Tigray, officials said.",
])
def test_force_strike_is_never_labour(text):
    assert "14" not in _roots(text), _events(text)


@pytest.mark.parametrize("text, code", [
    # labour strikes stay labour, modal ones too
    ("Miners in Chile could strike next week.", "143"),
    ("Doctors in Kenya will strike from Monday.", "143"),
    ("Rail workers in Britain struck on Wednesday.", "143"),
    ("Dockworkers went on strike in Rotterdam on Monday.", "143"),
    # a union's threatened walkout is a threat of protest, not of force (triggers threaten.labour_strike)
    ("Teachers threatened to strike over pay.", "133"),
    ("The union threatened to strike if the layoffs went ahead.", "133"),
    ("Nurses in Nigeria have threatened a general strike over unpaid salaries.", "133"),
])
def test_labour_strike_stays(text, code):
    codes = _codes(text)
    assert code in codes and not {"138", "195", "194"} & codes, _events(text)


@pytest.mark.parametrize("text", [
    # a forecast is no event
    "Analysts said Israel could strike Iranian nuclear sites within weeks.",
    # natural, accidental or abstract strikers (grammar strike_nonagent_subjects)
    "A 6.1-magnitude earthquake struck eastern Turkey on Monday.",
    "Typhoon Haiyan struck the central Philippines in November.",
    "Tragedy struck the village when a bus overturned.",
    "Lightning struck the tower during the storm.",
    "A car struck a pedestrian in Nairobi.",
    "The ship struck a reef off Sri Lanka.",
])
def test_strike_near_misses_code_nothing(text):
    assert not {"13", "14", "18", "19"} & _roots(text), _events(text)


def test_strike_a_deal_is_an_agreement():
    assert _codes("India could strike a trade deal with Britain this year.") == {"030"}


# --- 2. diplomatic representations with no adjective are a formal complaint, 114 (CAMEO "complain officially"),
# between states (triggers disapprove.representations_addressed, state_parties)
@pytest.mark.parametrize("text, pair", [
    ("Chinese officials made solemn representations to Tokyo over the visit.", ("CHNGOV", "JPNGOV")),
    ("Beijing lodged representations with the Japanese embassy.", ("CHNGOV", "JPNGOV")),
    ("China has made representations to the Philippines over the incident, the foreign ministry said.", ("CHN", "PHL")),
    ("Britain made representations to the Chinese authorities about the detention of a British citizen.",
     ("GBR", "CHNGOV")),
    ("Seoul lodged representations with Beijing over the balloons.", ("KORGOV", "CHNGOV")),
])
def test_representations(text, pair):
    assert "114" in _codes(text) and pair in _pairs(text, "11"), _events(text)


@pytest.mark.parametrize("text", [
    "Residents made representations to the planning inquiry about the new road.",
    "The farmers' union made representations to the ministry about subsidies.",
    "Lawyers for the family made representations to the court.",
    "The ministry made representations to the regulator about the merger.",
])
def test_representations_near_misses(text):
    assert "11" not in _roots(text), _events(text)


# --- 3. the "by" agent of an attack noun in a circumstance adjunct is its doer (coder._adjunct_by_agent)
@pytest.mark.parametrize("text, root, doer", [
    ("Two civilians were killed after heavy shelling by Russian forces in Kharkiv.", "19", "RUSMIL"),
    ("The village was evacuated after heavy shelling by Russian forces.", "19", "RUSMIL"),
    ("After heavy shelling by Azerbaijani troops, residents fled the village.", "19", "AZEMIL"),
    ("Two people were killed in shelling by Russian troops on Kherson.", "19", "RUSMIL"),
    ("The town was without power after heavy shelling by Russia overnight.", "19", "RUS"),
    ("Five people died following a missile attack by Houthi rebels on the port.", "19", "YEMREB"),
    ("Villages were emptied amid drone strikes by the Turkish military.", "19", "TURMIL"),
])
def test_adjunct_by_agent_is_the_doer(text, root, doer):
    pairs = _pairs(text, root)
    assert pairs and all(a1 == doer for a1, _ in pairs), _events(text)


@pytest.mark.parametrize("text", [
    # a place's modifier after "by" is no agent
    "Residents fled after shelling by the Lebanese border.",
])
def test_adjunct_by_place_is_no_doer(text):
    assert all(a1 is None for a1, _ in _pairs(text, "19")), _events(text)


def test_adjunct_by_agent_stops_at_the_comma():
    # "After ... by Azerbaijani troops, residents fled": the residents are no doers of the shelling
    text = "After heavy shelling by Azerbaijani troops, residents fled the village."
    assert _pairs(text, "19") == {("AZEMIL", None)}, _events(text)


# --- 4. a crowd's protest beside a game word stays (coder._sports_crowd_protest, grammar sports_protest_*)
@pytest.mark.parametrize("text, code", [
    ("Fans marched on the federation's offices after the race to protest the ban.", "141"),
    ("Fans marched on the federation's offices after the marathon, demanding the president's resignation.", "141"),
    ("Supporters staged a sit-in outside the stadium after the semifinal, demanding the coach's sacking.", "141"),
    ("Thousands of fans rallied in the capital after the playoff to denounce the referee's decision.", "141"),
    ("Residents picketed the marathon route over road closures.", "141"),
    ("Fans boycotted the playoff over ticket prices.", "143"),
])
def test_crowd_protest_beside_a_game(text, code):
    assert code in _codes(text), _events(text)


@pytest.mark.parametrize("text", [
    "The rider attacked on the final climb.",
    "The rider attacked on the final climb to win the stage.",
    "Pogacar attacked with 20 km to go and dropped his rivals.",
    "The sprinter attacked in the final kilometre of the marathon.",
    "The home side rallied to win the playoff in the last minute.",
    "The goalkeeper protested to the referee after the equaliser.",
])
def test_sports_copy_still_codes_nothing(text):
    assert not {"14", "17", "18", "19", "20"} & _roots(text), _events(text)


# --- 5. KNOWN_WRONG class of planned acts on a condition: "if" with a negation in its condition is an ultimatum like
# "unless" (coder._negative_conditions, grammar ultimatum_negative_conditionals)
@pytest.mark.parametrize("text, code", [
    ("Trade unions said they would strike next week if wages were not raised.", "133"),
    ("The opposition said it would boycott the vote if the electoral law was not changed.", "133"),
    ("Doctors will strike on Monday if the government does not pay arrears.", "133"),
    ("Nigeria will withdraw its troops if a ceasefire is not arranged.", "130"),
])
def test_negative_condition_is_an_ultimatum(text, code):
    assert code in _codes(text), _events(text)


@pytest.mark.parametrize("text, code", [
    # no negation in the condition, or no condition: the planned act stays
    ("Teachers will strike on Monday if talks fail.", "143"),
    ("Dockers will strike on Monday.", "143"),
    # a negation after the condition's comma is another clause's
    ("The union said it would strike, if necessary, but not before May.", "143"),
])
def test_planned_act_without_a_negative_condition_stays(text, code):
    assert _codes(text) == {code}, _events(text)


# --- 6. KNOWN_WRONG class "disasters named by their own name": a storm's name after its kind, and a second participle
# coordinated with the first comma participle (coder._natural_force_subject, _natural_force_participle)
@pytest.mark.parametrize("text", [
    "Hurricane Melissa tore through western Jamaica, flattening homes and killing at least 19 people.",
    "The hurricane tore through western Jamaica, flattening homes and killing at least 19 people.",
    "Storm Daniel swept across eastern Libya, destroying dams and killing thousands.",
    "Floods swept the valley, cutting off the town and killing 12 people.",
])
def test_disaster_participles_are_no_acts(text):
    assert not {"17", "18", "19", "20"} & _roots(text), _events(text)


@pytest.mark.parametrize("text", [
    "Rebels swept through the town, looting shops and killing 12 people.",
    "Heavy rain fell as militants stormed the village, burning homes and killing 12 people.",
])
def test_armed_participles_stay(text):
    assert {"17", "18", "19"} & _roots(text), _events(text)
