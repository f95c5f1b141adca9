"""s18 late round on the fresh sets, world news classes (docs/coder.md "s18 late world"): sports copy read as
violence, weather told in military verbs, appeals told as "asked X for help", financial aid told as a deposit with
another state's central bank. Each class: the fresh row, own variants, near-misses."""
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


VIOLENT = {"14", "17", "18", "19", "20"}


# --- 1. sports copy: race and rugby words (grammar sports_terms), two game words with other senses (sports_pair_terms)
@pytest.mark.parametrize("text", [
    "Ireland's forwards stormed over the line twice in the final ten minutes to seal victory over France in Dublin.",
    "The Kenyan runner attacked on the final climb and broke away from the Ethiopian pack to win the Berlin marathon.",
    "Tottenham's defence crumbled under a relentless assault from Arsenal's forwards in the north London derby.",
    "New Zealand's forwards bulldozed the Welsh pack as the All Blacks ran in five tries in Cardiff.",
    "The Slovenian rider attacked on the last climb and dropped the peloton to take the stage.",
    "Ethiopia's runners ambushed the leaders in the final kilometre of the Tokyo Marathon.",
    "The Dutch cyclist attacked the pack on the final climb to take the title.",
    "The Brazilian boxer battered his opponent in the third round to claim the title.",
])
def test_sports_copy_is_no_violence(text):
    assert not VIOLENT & _roots(text), _events(text)


@pytest.mark.parametrize("text", [
    # an election's victory and race: the protest words stay
    "Protesters stormed the election commission after the ruling party claimed victory in the race.",
    # a war's "victory" with a duration: one pair word only
    "Russia attacked Kyiv for 90 minutes and claimed victory.",
    # violence at a race: security words outweigh the game
    "Gunmen attacked runners at the finish of the Boston marathon, killing three people.",
    "Police clashed with fans after the match, arresting 40 people, as the team celebrated the title.",
    # two game words, but a crowd or an assailant off the field (grammar sports_pair_exclusions)
    "Supporters of the team attacked a bus carrying rival fans after the cup match.",
    "The champion boxer was attacked outside his home in Manchester by two men.",
])
def test_near_miss_violence_around_a_game_stays(text):
    assert VIOLENT & _roots(text), _events(text)


# --- 2. a natural force's comma participle: "Heavy snow besieged villages, cutting off roads" (coder
# _natural_force_participle, grammar natural_force_participle_breaks)
@pytest.mark.parametrize("text", [
    "Heavy snow besieged villages in eastern Turkey for a second day, cutting off roads to more than 300 settlements.",
    "Floods swept through northern Pakistan, cutting off dozens of villages.",
    "A blizzard battered eastern Kazakhstan on Monday, cutting off the regional capital.",
    "Torrential rains have pounded southern Brazil since Friday, cutting off roads to 40 towns.",
    "Heavy snow cut off roads to 200 villages in eastern Turkey.",
    "Wildfires attacked the hills above Athens overnight.",
])
def test_natural_force_is_no_besieger(text):
    assert not VIOLENT & _roots(text), _events(text)


@pytest.mark.parametrize("text", [
    # the participle's subject is the rebels of the later clause
    "Snow fell as rebels attacked the town, cutting off roads to the capital.",
    "Russian troops besieged the city, cutting off roads to more than 300 villages.",
    "The storm passed and militants encircled the town, cutting off its water supply.",
])
def test_near_miss_armed_besiegers_stay(text):
    assert "19" in _roots(text), _events(text)


# --- 3. help asked of an addressee: appeal.aid_addressed (023) ------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Kazakhstan's president asked the Russian-led Collective Security Treaty Organization for help on Wednesday "
     "as unrest spread across the country.", None),
    ("Tokayev asked the Collective Security Treaty Organization for help.", ("KAZGOV", "IGOCST")),
    ("Mozambique asked Rwanda for military help against the insurgents in Cabo Delgado.", ("MOZ", "RWA")),
    ("The Haitian government appealed to the United Nations on Friday for urgent assistance to restore order.",
     ("HTIGOV", "IGOUNO")),
    ("Lebanon's prime minister turned to France for help after the port explosion.", ("LBNGOV", "FRA")),
    ("Niger's junta has asked Russia for security assistance.", ("NERGOV", "RUS")),
])
def test_help_asked_of_an_addressee_is_an_appeal(text, pair):
    assert "023" in _codes(text), _events(text)
    if pair:
        assert pair in _pairs(text, "02"), _events(text)


@pytest.mark.parametrize("text", [
    "The tourist asked a passer-by for help.",
    "The boy asked police for help.",
    "The ministry asked journalists for comment on the report about help for farmers.",
    "The government asked parliament for approval to seek help from the IMF.",
])
def test_near_miss_no_appeal_for_help(text):
    assert "023" not in _codes(text), _events(text)


# --- 4. money deposited with another state's central bank: aid.central_bank_deposit (071; 033 when announced) ------
@pytest.mark.parametrize("text, code", [
    ("Saudi Arabia said it would deposit $3 billion with Pakistan's central bank to shore up its foreign reserves.",
     "033"),
    ("Qatar deposited $2 billion in Egypt's central bank last month to support its currency.", "071"),
    ("The United Arab Emirates will deposit $1 billion with the State Bank of Pakistan, officials said.", "033"),
    ("China has agreed to deposit 10 billion yuan with Sri Lanka's central bank.", "033"),
])
def test_central_bank_deposit_is_economic_aid(text, code):
    assert code in _codes(text), _events(text)


@pytest.mark.parametrize("text", [
    "The company deposited $3 million with the court as bail for its chief executive.",
    "Pakistan's central bank said customers deposited $3 billion in new accounts in March.",
    "Kuwait deposited $500 million in a London bank.",
])
def test_near_miss_deposits_are_no_aid(text):
    assert not {"03", "07"} & _roots(text), _events(text)


# --- 3b. a body led or backed by a state is the body (actors._Parser.compound): "the Russian-led CSTO" -> IGOCST
@pytest.mark.parametrize("text, root, pair", [
    ("Kazakhstan's president asked the Russian-led Collective Security Treaty Organization for help on Wednesday "
     "as unrest spread across the country.", "02", ("KAZGOV", "IGOCST")),
    ("Armenia asked the Russian-led CSTO for help.", "02", ("ARM", "IGOCST")),
    ("Armenia criticised the Russian-led Collective Security Treaty Organization.", "11", ("ARM", "IGOCST")),
    ("Russia attacked the US-led NATO alliance.", "18", ("RUS", "IGONAT")),
])
def test_state_led_organization_is_the_organization(text, root, pair):
    assert pair in _pairs(text, root), _events(text)


@pytest.mark.parametrize("text, root, pair", [
    # a led agent noun stays the leader's (docs/actors.md, Sponsored armed groups: "-led" is an installer)
    ("Russian-led forces attacked Kyiv.", "18", ("RUSMIL", "UKR")),
    ("Russian-installed officials attacked Kyiv.", "18", ("RUSGOV", "UKR")),
    ("Houthis attacked the Saudi-led coalition.", "18", ("YEMREB", "SAU")),
])
def test_near_miss_state_led_agents_stay_the_leaders(text, root, pair):
    assert pair in _pairs(text, root), _events(text)


# --- 5. hardware agents: a state's jets and helicopters are its MIL (agents.tsv ~jets; bare, no actor) ----------
@pytest.mark.parametrize("text, root, pair", [
    ("Pakistani jets shot down two Indian military aircraft over Kashmir on Wednesday, the army in Rawalpindi said.",
     "19", ("PAKMIL", "INDMIL")),
    ("An Indian jet shot down a Pakistani F-16.", "19", ("INDMIL", "PAK")),
    ("Israeli helicopters fired on Hezbollah positions.", "19", ("ISRMIL", "LBNREB")),
    ("Israeli jets struck targets in Gaza City overnight.", "19", ("ISRMIL", None)),
])
def test_state_jets_are_its_military(text, root, pair):
    assert pair in _pairs(text, root), _events(text)


@pytest.mark.parametrize("text", [
    "Jets flew over the stadium.",
    "A Turkish Airlines jet landed in Kabul.",
    "The EU banned Russian jets from its airspace.",
])
def test_near_miss_jets_without_violence_code_nothing(text):
    assert not VIOLENT & _roots(text), _events(text)


def test_near_miss_state_drones_stay_the_state():
    # the drones are the trigger's own word (fight.drone_strike), so the state is the doer
    assert ("RUS", "UKR") in _pairs("Russian drones attacked Kyiv overnight.", "19")


# --- review of the late round (session 18): what its rules must not swallow or invent ------------------------
@pytest.mark.parametrize("text, root", [
    # an armed group's fight beside two game words (grammar sports_security_terms: militia words)
    ("The militia attacked its opponent's camp and claimed victory in the power struggle.", "18"),
    ("Militiamen attacked a rival camp and claimed victory in the race for the oil fields.", "18"),
    ("Gangs attacked a rival clan's village and claimed victory in the struggle for the port.", "18"),
    # a protest beside a race (farmers, blocked)
    ("Farmers blocked the road and attacked the peloton with manure during the Tour de France stage.", "14"),
])
def test_late_review_violence_beside_sports_words_stays(text, root):
    assert root in _roots(text)


@pytest.mark.parametrize("text", [
    # private or domestic addressees, and help in a search or a vote: no appeal for aid
    "The injured soldier asked a nurse for help.",
    "Police asked the public for help in identifying the suspects.",
    "The mayor asked residents for help in finding the missing girl.",
    "The minister asked parliament for help in passing the budget.",
    "Detectives asked witnesses for help in tracing the driver.",
    # a private depositor is no state's aid
    "The wealthy investor deposited $1 billion with Egypt's central bank, the newspaper reported.",
    "A Gulf tycoon deposited $500 million with Lebanon's central bank.",
])
def test_late_review_no_aid_appeal_or_deposit(text):
    assert not {"02", "03", "07"} & set(_roots(text))


@pytest.mark.parametrize("text, root", [
    ("Ukraine asked NATO for help in defending its airspace.", "02"),
    ("Armenia asked the CSTO for help after Azerbaijani forces shelled its territory.", "02"),
    ("Qatar deposited $2 billion with Turkey's central bank.", "07"),
])
def test_late_review_state_appeals_and_deposits_stay(text, root):
    assert root in _roots(text)
