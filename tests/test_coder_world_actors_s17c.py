"""Session 17 (branch s17x3) classes of world actors from the dev10 misses of tests/data/general_actors.jsonl; the
sentences here are new, with near-misses that must not change: rebukes told by their manner ("berated", "scolded"),
warnings that a named act would be treated as an act of war, money asked of an addressee (0231), encirclements told
as drills (a posture, 15, not a blockade), consultations requested (108 as a requested meeting), and leaders' terms
(Robert Fico; Denys Shmyhal as defence minister)."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2025-06-01"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _coded(text, date="2025-06-01"):
    return {(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _events(text, date)}


def _rules(text, date="2025-06-01"):
    return {e["rule"] for e in _events(text, date)}


# --- triggers.yaml disapprove.criticize (berate, scold, chastise, castigate, upbraid) ------------------------
@pytest.mark.parametrize("text, event", [
    ("Iran's foreign minister was scolded by Vladimir Putin during talks in Moscow on Tuesday.", ("111", "RUSGOV", "IRNGOV")),
    ("Emmanuel Macron berated Benjamin Netanyahu over the aid blockade in a phone call.", ("111", "FRAGOV", "ISRGOV")),
    ("Mexico was chastised by Donald Trump over migration at a rally on Saturday.", ("111", "USAGOV", "MEX")),
    ("Recep Tayyip Erdogan castigated Sweden for allowing the protest.", ("111", "TURGOV", "SWE")),
])
def test_rebuke_by_manner(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    # another sense or no rebuke at all
    "The berets of the guards were red.",
    "Donald Trump met Volodymyr Zelensky in the Oval Office on Friday.",
])
def test_rebuke_by_manner_near_misses(text):
    assert "disapprove.criticize" not in _rules(text)


# --- triggers.yaml threaten.warn_act_of_war -----------------------------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("Iran warned Washington on Sunday that any strike on its nuclear sites would be considered an act of war.",
     ("130", "IRN", "USAGOV")),
    ("Venezuela warned Guyana that any drilling in the disputed waters will be treated as an act of war.",
     ("130", "VEN", "GUY")),
    ("China warned the Philippines that a blockade of the shoal would be a declaration of war.", ("130", "CHN", "PHL")),
])
def test_warn_act_of_war(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    # no addressee: a forecast or a commentary
    "Analysts warned that a blockade of the island would be seen as an act of war.",
    "Experts warned that a blockade of Taiwan would be seen as an act of war.",
    # a verdict on a past act, no future reply
    "Ukraine said the strike on the dam was an act of war.",
    # no warning verb
    "Iran said any strike on its nuclear sites would be considered an act of war by many observers.",
])
def test_warn_act_of_war_near_misses(text):
    assert "threaten.warn_act_of_war" not in _rules(text)


# --- triggers.yaml appeal.economic_aid ----------------------------------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("Somalia's president appealed to the African Union on Monday for more money for the troops.", ("0231", "SOMGOV", "IGOAFU")),
    ("Haiti asked the United Nations for more funding for its police.", ("0231", "HTI", "IGOUNO")),
    ("Moldova's prime minister pressed the European Union for financial assistance ahead of winter.", ("0231", "MDAGOV", "IGOEEC")),
])
def test_appeal_economic_aid(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    # the money is not what is asked for
    "The minister asked parliament for approval to spend more money on roads.",
    "The WHO appealed to donors for calm as money ran out.",
    "Kenya asked the United Nations to send money to Haiti.",
    "The company asked about funding for the project.",
])
def test_appeal_economic_aid_near_misses(text):
    assert "appeal.economic_aid" not in _rules(text)


# --- triggers.yaml mobilize.encircle_drills (over fight.blockade) --------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("Chinese warships surrounded Taiwan on Monday in large-scale military exercises.", ("150", "CHNMIL", "TWN")),
    ("Russian warships encircled the island during naval drills in the Baltic.", ("150", "RUSMIL", None)),
])
def test_encircle_drills(text, event):
    codes = _coded(text)
    assert event in codes
    assert not any(c[0] == "191" for c in codes)


@pytest.mark.parametrize("text", [
    # a real encirclement: no drill in its clause
    "Russian troops encircled the town of Avdiivka on Saturday.",
    "Russian troops encircled Avdiivka, weeks after drills in Belarus.",
])
def test_encircle_drills_near_misses_stay_blockades(text):
    rules = _rules(text)
    assert "fight.blockade" in rules and "mobilize.encircle_drills" not in rules


def test_encircle_drills_needs_armed_forces():
    # police in a school drill: no posture
    assert "mobilize.encircle_drills" not in _rules("Police surrounded the school in an evacuation drill.")


# --- triggers.yaml demand.meeting (consultations) -----------------------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("Lithuania requested NATO consultations under Article 4 after the drone incursion.", ("108", "LTU", "IGONAT")),
    ("Poland called for urgent NATO consultations on Wednesday.", ("108", "POL", "IGONAT")),
])
def test_consultations_requested(text, event):
    assert event in _coded(text)


def test_consultations_recall_is_no_demand():
    assert "demand.meeting" not in _rules("Lithuania recalled its ambassador from Minsk for consultations.")


# --- schemas/actors/persons.yaml: Robert Fico, Denys Shmyhal -------------------------------------------------
@pytest.mark.parametrize("text, date, event", [
    ("Opposition supporters marched in Bratislava against Robert Fico's government.", "2025-02-01", ("141", "SVKOPP", "SVKGOV")),
    ("Robert Fico criticized the European Commission.", "2016-05-01", ("111", "SVKGOV", "IGOEEC")),
    # out of office between terms: an elite
    ("Robert Fico criticized the European Commission.", "2020-05-01", ("111", "SVKELI", "IGOEEC")),
])
def test_fico(text, date, event):
    assert event in _coded(text, date)


@pytest.mark.parametrize("date, actor", [("2025-09-01", "UKRMIL"), ("2024-09-01", "UKRGOV")])
def test_shmyhal_defence_minister_term(date, actor):
    text = "Denys Shmyhal signed an agreement with Germany's Boris Pistorius on producing drones."
    assert any(c[0] == "057" and c[1] == actor for c in _coded(text, date))
