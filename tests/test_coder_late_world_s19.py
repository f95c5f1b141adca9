"""Rule checks for the late round of session 19 on the world-news fresh sets (fresh13 general phrasings, fresh9 general
actors; their first-run misses were strict xfails with their class). Each class: the fresh row, own variants in other
wordings, and near-misses that must still code (or code differently)."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-03-14"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _roots(text, date="2024-03-14"):
    return sorted({e["cameo_root"] for e in _events(text, date)})


def _pairs(text, root, date="2024-03-14"):
    return [(e["actor1_code"], e["actor2_code"]) for e in _events(text, date) if e["cameo_root"] == root]


def _rules(text):
    return sorted({e["rule"] for e in _events(text)})


# --- 1. nonagent subjects: commodities and diseases (grammar.yaml nonagent_subjects, nonagent_rally_subjects,
# market_demand_*) -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Copper staged a fierce rally in London on Wednesday, gaining 4% as Chinese demand recovered and warehouse "
    "stocks fell to a two-year low.",
    "Nickel staged a strong rally in Shanghai on Monday as Indonesian supply tightened.",
    "Cocoa prices mounted a rally in New York after demand from European grinders rose 5%.",
    "Aluminium prices rallied on Friday as Chinese demand picked up.",
    "Global demand for Brazilian soybeans recovered in March, the agriculture ministry said.",
    "Dengue fever has invaded towns across northern Argentina, with cases up fivefold on last year, the health "
    "ministry said.",
    "Cholera has invaded camps across eastern Congo, aid agencies said.",
    "A measles outbreak attacked schools in Lagos, the health ministry said.",
])
def test_commodities_and_diseases_code_nothing(text):
    assert _roots(text) == [], _events(text)


@pytest.mark.parametrize("text, root", [
    ("Protesters staged a rally in London on Wednesday against the new law.", "14"),
    ("Farmers staged a rally in Paris against cheap wheat imports.", "14"),
    ("Tractors blocked the main road into Warsaw as farmers protested against grain imports.", "14"),
    ("Russia demanded the return of its diplomats' property in Washington.", "10"),
    ("Workers demand increased pay from the state mining company.", "10"),
    ("Troops invaded towns across northern Mali on Tuesday.", "19"),
])
def test_near_miss_real_acts_stay(text, root):
    assert root in _roots(text)


# --- 2. accidental deaths (triggers.yaml assault.kill passive_exclusions, clause_exclusions) -------------------
@pytest.mark.parametrize("text", [
    "Almost 2,400 people were killed in road crashes in Kenya in the first half of the year, the National Transport "
    "and Safety Authority said.",
    "More than 120 people were killed in traffic accidents over the holiday week in Thailand, the road safety "
    "centre said.",
    "Two people were killed in a car crash on the highway near Nairobi.",
    "Road crashes killed 1,900 people in Nigeria last year, the road safety corps said.",
    "Eleven people were killed in a stampede at a food distribution point in Kano on Saturday.",
    "Fourteen people were killed in a landslide that buried a village in western Uganda.",
])
def test_accidental_deaths_are_no_killing(text):
    assert "18" not in _roots(text) and "20" not in _roots(text), _events(text)


@pytest.mark.parametrize("text", [
    "Six civilians were killed in an air strike on Idlib on Sunday.",
    "Twelve villagers were killed by gunmen in northern Nigeria.",
])
def test_near_miss_killings_by_an_actor_stay(text):
    assert "18" in _roots(text)


# --- 3. aid told through its equipment (triggers.yaml aid.relief_personnel, fight.air_weapon) ------------------
@pytest.mark.parametrize("text, pair", [
    ("Argentina sent three firefighting aircraft and 60 brigade members to help Bolivia contain forest fires in the "
     "Santa Cruz department, the Argentine presidency said.", ("ARG", "BOL")),
    ("Spain dispatched two water bombers to help Portugal fight wildfires near Porto.", ("ESP", "PRT")),
    ("Chile sent firefighting planes and 200 firefighters to help Argentina battle forest fires in Patagonia.",
     ("CHL", "ARG")),
    ("Brazil sent two helicopters and a team of firefighters to help Bolivia put out fires in the Chiquitania "
     "region.", ("BRA", "BOL")),
    ("Canada sent 300 firefighters to help Greece battle wildfires on Rhodes.", ("CAN", "GRC")),
])
def test_firefighting_aid_is_aid(text, pair):
    assert _roots(text) == ["07"], _events(text)
    assert pair in _pairs(text, "07")


@pytest.mark.parametrize("text, root", [
    ("Russian aircraft bombed a market in Idlib on Monday as firefighters battled the flames.", "19"),
    ("Israeli aircraft struck a fire station in Gaza, killing four firefighters.", "19"),
    ("Iran sent drones to help Russia attack Ukrainian cities.", "07"),
])
def test_near_miss_air_strikes_stay(text, root):
    assert root in _roots(text)
    if root == "07":
        assert "aid.military" in _rules(text)


# --- 4. conditional threats of unnamed measures (threaten.necessary_measures); appeals for calm (appeal.calm) --
@pytest.mark.parametrize("text, pair", [
    ("Azerbaijan's president warned on Tuesday that Baku would \"take all necessary measures\" if Yerevan did not "
     "amend its constitution, the presidential website reported.", ("AZEGOV", "ARMGOV")),
    ("China warned that it would take all necessary measures if Manila continued its patrols near Scarborough "
     "Shoal.", ("CHN", "PHLGOV")),
    ("Moscow said it would take \"all necessary measures\" if Finland hosted US nuclear weapons.", ("RUSGOV", "FIN")),
    ("Turkey warned that it would take every necessary step if Athens extended its territorial waters.",
     ("TUR", "GRCGOV")),
])
def test_conditional_measures_are_threats(text, pair):
    assert _roots(text) == ["13"], _events(text)
    got = _pairs(text, "13")
    assert got and got[0][0] == pair[0], got


@pytest.mark.parametrize("text", [
    "Russia will take all necessary measures to protect its citizens, the Kremlin said.",
    "The central bank said it would take all necessary measures to curb inflation.",
    "The health ministry warned it would take all necessary measures if the outbreak spread.",
])
def test_near_miss_measures_without_a_condition_on_another(text):
    assert "13" not in _roots(text)


@pytest.mark.parametrize("text, pair", [
    ("South Africa's president appealed for calm on Thursday and promised to meet leaders of the striking miners' "
     "union in Rustenburg within a week.", ("ZAFGOV", None)),
    ("Kenya's president called for calm after the disputed election results were announced.", ("KENGOV", None)),
    ("The UN secretary-general urged restraint in Jerusalem.", ("IGOUNO", None)),
    ("Nigeria's police chief appealed for calm in Kano on Sunday.", ("NGACOP", None)),
])
def test_appeals_for_calm(text, pair):
    assert pair in _pairs(text, "02")


def test_appeal_for_calm_beside_a_promise_to_meet():
    text = ("South Africa's president appealed for calm on Thursday and promised to meet leaders of the striking "
            "miners' union in Rustenburg within a week.")
    assert _roots(text) == ["02", "03"]


@pytest.mark.parametrize("text", [
    "The coach appealed for calm from the fans after the match.",
    "The weather stayed calm for the ceremony in Pretoria.",
    # a call as a background noun
    "Russia deployed more troops to the border despite a NATO call for restraint.",
    "Protesters clashed with police in Nairobi despite calls for calm from the president.",
])
def test_near_miss_calm_of_no_polity(text):
    assert "02" not in _roots(text)


# --- 5. topics of talks (grammar.yaml talk_topic_*, coder._talk_topic) -----------------------------------------
@pytest.mark.parametrize("text, roots", [
    ("Meeting on the sidelines of the ASEAN summit in Vientiane, the Thai and Cambodian prime ministers discussed "
     "reopening two border crossings that have been shut since June.", ["04"]),
    ("The Indian and Chinese foreign ministers discussed resuming direct flights and reopening two border crossings "
     "at talks in Beijing.", []),
    ("Serbia and Kosovo negotiators talked about lifting the ban on vehicle plates during their meeting in "
     "Brussels.", ["04"]),
    ("The two presidents discussed the possible reopening of the Rafah crossing in a phone call on Monday.", ["04"]),
])
def test_topics_of_talks_are_no_acts(text, roots):
    assert _roots(text) == roots, _events(text)


@pytest.mark.parametrize("text, root", [
    ("Israel reopened the Kerem Shalom crossing on Sunday after talks with Egypt.", "08"),
    # talks as the subject of an act, and a noun topic (the yield.release convention: "discussed trade" is 061)
    ("The talks ended with no agreement on a ceasefire.", "16"),
    ("Pushilin met the Syrian minister in Donetsk to discuss trade.", "06"),
    ("The Thai and Cambodian prime ministers agreed to reopen two border crossings after talks in Vientiane.", "03"),
])
def test_near_miss_acts_beside_talks_stay(text, root):
    assert root in _roots(text)


def test_near_miss_talks_as_a_subject_keep_their_act():
    assert "consult.mediate" in _rules("Paul Kagame met Felix Tshisekedi in Luanda on Wednesday for talks mediated by "
                                       "Angola.")


def test_near_miss_a_missions_topic_keeps_its_theme():
    evs = _events("Lukashenko met Pasechnik in Minsk and discussed opening a Belarusian consulate in Luhansk.")
    assert any(e["rule"] == "recognition.open_mission" and e["themes"] for e in evs)


# --- 6. actors rows: apologies in a phone call, participation frozen, appeals with a day adverbial --------------
@pytest.mark.parametrize("text, pair", [
    ("In a phone call on Saturday, Russian President Vladimir Putin apologised to his Azerbaijani counterpart Ilham "
     "Aliyev for the \"tragic incident\" in Russian airspace, the Kremlin said.", ("RUSGOV", "AZEGOV")),
    ("In a telephone call on Monday, Japan's prime minister apologised to South Korea for the wartime abuse of "
     "forced labourers.", ("JPNGOV", "KOR")),
    ("Germany's chancellor apologised to his Namibian counterpart for the colonial-era genocide.",
     ("DEUGOV", "NAMGOV")),
    ("Putin apologised to Aliyev for the tragic incident.", ("RUSGOV", "AZEGOV")),
])
def test_apologies_to_a_counterpart(text, pair):
    assert pair in _pairs(text, "05", "2024-12-28"), _events(text)
    assert "02" not in _roots(text)


@pytest.mark.parametrize("text", [
    "The UN renewed its call on Israel to halt the offensive in Rafah.",
    "Macron called on Putin to halt the offensive in a phone call on Monday.",
])
def test_near_miss_a_call_on_an_addressee_stays_an_appeal(text):
    assert "02" in _roots(text)


@pytest.mark.parametrize("text, pair", [
    ("Armenia freezes its participation in Russia-led CSTO bloc", ("ARM", "IGOCST")),
    ("Armenia has frozen its participation in the CSTO, Prime Minister Nikol Pashinyan said.", ("ARM", "IGOCST")),
    ("Niger suspends its membership of ECOWAS", ("NER", "IGOWAS")),
    ("Mali suspended its participation in the G5 Sahel force on Sunday.", ("MLI", None)),
    ("Russia suspended its participation in the New START treaty in February.", ("RUS", None)),
])
def test_participation_frozen_in_an_organisation(text, pair):
    assert pair in _pairs(text, "16"), _events(text)


@pytest.mark.parametrize("text", [
    "The club froze its participation in the league after the scandal.",
    "Georgia froze its participation in the Geneva talks, the foreign ministry said.",
])
def test_near_miss_participation_in_no_organisation(text):
    assert "sanction.freeze_participation" not in _rules(text)


@pytest.mark.parametrize("text, pair", [
    ("Haiti's transitional presidential council asked Kenya on Monday to speed up the deployment of the remaining "
     "600 officers of its police contingent, a council member told Le Nouvelliste.", ("HTI", "KEN")),
    ("Haiti's transitional presidential council asked Kenya to speed up the deployment of its police contingent.",
     ("HTI", "KEN")),
    ("Ukraine asked Germany on Friday to accelerate deliveries of air defence systems.", ("UKR", "DEU")),
])
def test_appeals_asked_with_a_day_between(text, pair):
    assert pair in _pairs(text, "02"), _events(text)


@pytest.mark.parametrize("text", [
    "Reporters asked the minister on Monday to comment on the report.",
    "The coach asked his players on Sunday to speed up their passing.",
])
def test_near_miss_asked_of_no_state(text):
    assert "02" not in _roots(text)
