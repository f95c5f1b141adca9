"""s18 mend of the dev-round review: regressions of the dev round's rules (tests/test_coder_dev_s18.py) made precise.
Each class: the reviewer's sentences, own variants, and near-misses (docs/coder.md "s18 mend of the dev review")."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-03-14"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _roots(text, date="2024-03-14"):
    return sorted({e["cameo_root"] for e in _events(text, date)})


def _codes(text, date="2024-03-14"):
    return [e["cameo_code"] for e in _events(text, date)]


def _pairs(text, root, date="2024-03-14"):
    return [(e["actor1_code"], e["actor2_code"]) for e in _events(text, date) if e["cameo_root"] == root]


# --- 1. a terror attack at a cricket match: security words outweigh the cricket players (grammar sports_security_terms)
@pytest.mark.parametrize("text", [
    "A suicide bomber blew himself up at a cricket match in Nangarhar, killing a bowler.",
    "A suicide bomber struck a cricket match in Nangarhar, killing a bowler and eight spectators.",
    "Gunmen attacked a cricket match in Kabul on Friday, killing two batsmen.",
    "A gunman opened fire at a cricket match in Karachi, wounding the bowler.",
])
def test_violence_at_a_cricket_match_stays(text):
    assert {"18", "19"} & set(_roots(text)), _events(text)


@pytest.mark.parametrize("text", [
    "The fast bowlers bombarded the batsmen with short-pitched deliveries.",
    "India's bowlers struck twice in the first over to leave the batsmen reeling.",
])
def test_near_miss_cricket_play_is_no_violence(text):
    assert not {"18", "19", "20"} & set(_roots(text))


# --- 2. "sanctioned by X" approves: the sanctioned are the passive subject, never its agent (agent_not_object) ------
@pytest.mark.parametrize("text", [
    "The strike, which was sanctioned by the army chief, killed 20 militants.",
    "The attacks were sanctioned by the junta, a UN report said.",
    "The use of force was sanctioned by the junta.",
    "The army chief has been sanctioned by parliament to lead the transition.",
    "The operation was sanctioned by the military chief, officials said.",
    "Parliament sanctioned the army chief to form an interim government.",
    "The president sanctioned the military chief's plan.",
])
def test_approval_by_a_military_ruler_is_no_sanction(text):
    assert "163" not in _codes(text), _events(text)


def test_approved_strike_keeps_its_killing():
    assert "18" in _roots("The strike, which was sanctioned by the army chief, killed 20 militants.")


@pytest.mark.parametrize("text, pair", [
    ("The Myanmar military and its commander-in-chief were sanctioned by the United States.", ("USA", "MMRMIL")),
    ("Three Russian officials were sanctioned by the EU in response to the deportations.", ("IGOEEC", "RUSGOV")),
    ("The EU sanctioned three Russian officials over the deportation of children.", ("IGOEEC", "RUSGOV")),
])
def test_penalised_people_stay_sanctioned(text, pair):
    assert pair in _pairs(text, "16"), _events(text)


# --- 3. a mission's closure as a noun: ordered by a host, another state's mission (sanction.close_mission_noun) ----
@pytest.mark.parametrize("text", [
    "The ministry announced the closure of its embassy in Kabul for security reasons.",
    "Britain announced the temporary closure of its embassy in Kyiv.",
    "Germany announced the closure of its embassy in Kabul after the Taliban takeover.",
    "The closure of the US embassy in Kabul in August 2021 was chaotic.",
    "The temporary closure of the Spanish embassy in Niamey was announced on Monday.",
    "Kyiv welcomed the closure of Russia's consulate in Krakow.",
    "Moscow condemned the closure of its consulate in Krakow.",
    "The United States suspended operations and announced the closure of their embassy in Kabul.",
])
def test_own_or_mentioned_closure_is_no_sanction(text):
    assert "161" not in _codes(text), _events(text)


@pytest.mark.parametrize("text, pair", [
    ("Warsaw ordered the closure of Russia's consulate in Krakow.", ("POLGOV", "RUSGOV")),
    ("Prague has ordered the shutdown of Russia's embassy.", ("CZEGOV", "RUSGOV")),
    ("The Netherlands decided on the closure of Russia's consulate in Rotterdam.", ("NLD", "RUSGOV")),
    ("Lithuania announced the closure of the Russian consulate general in Klaipeda on Friday.", ("LTU", "RUSGOV")),
])
def test_ordered_closure_of_a_foreign_mission(text, pair):
    assert pair in _pairs(text, "16"), _events(text)


# --- 4. a response in a relative clause keeps the act it answers (coder._response_relative) ---------------------
@pytest.mark.parametrize("text", [
    "Protesters threw rocks at police in Tbilisi, who responded with water cannon and pepper spray.",
    "Demonstrators threw petrol bombs at police in Belgrade, who responded with tear gas.",
    "Protesters hurled stones at riot police in Nairobi, who later responded with tear gas and rubber bullets.",
])
def test_riot_and_response_both_stay(text):
    evs = _events(text)
    riots = [e for e in evs if e["cameo_code"] == "145"]
    responses = [e for e in evs if e["cameo_code"] == "175"]
    assert riots and responses, evs
    assert riots[0]["actor1_code"].endswith("OPP") and riots[0]["actor2_code"].endswith("COP")
    assert responses[0]["actor1_code"].endswith("COP") and responses[0]["actor2_code"].endswith("OPP")


def test_near_miss_response_of_the_subject_itself():
    # the relative clause describes the subject: one doer, no protest
    text = "Riot police, who responded with tear gas and water cannon, dispersed the crowd."
    assert "14" not in _roots(text)
    assert all(e["actor1_code"].endswith("COP") for e in _events(text))


# --- 5. a guest greeted by protesters is the protest's target, never its doer (coder._greeting_crowd) -----------
@pytest.mark.parametrize("text, target", [
    ("Biden was greeted by protesters in Riyadh.", "USAGOV"),
    ("Putin was greeted by demonstrators in Astana.", "RUSGOV"),
    ("Netanyahu was greeted by protesters outside the Knesset.", "ISRGOV"),
])
def test_guest_greeted_by_protesters(text, target):
    evs = [e for e in _events(text) if e["cameo_root"] == "14"]
    assert evs, _events(text)
    assert all(e["actor1_code"] != target for e in evs)
    assert any(e["actor2_code"] == target for e in evs)


def test_near_miss_a_hosting_stays():
    text = "Ukrainian President Volodymyr Zelensky was welcomed at the White House by Joe Biden."
    assert ("USAGOV", "UKRGOV") in _pairs(text, "04")


# --- 6. regions recognised AS occupied are no grant (recognition.recognize_pair object_noncomplements) -----------
@pytest.mark.parametrize("text", [
    "Georgia recognised both regions as occupied territories.",
    "Georgia recognised both regions as temporarily occupied territories.",
    "Ukraine recognised both regions as Russian-occupied territories.",
    "Kyiv recognised both regions as illegally annexed.",
    "The Georgian parliament recognised both regions as territories under Russian occupation.",
    "Georgia's parliament recognised both regions as part of Georgia.",
])
def test_regions_recognised_as_occupied_are_no_grant(text):
    assert not any(e["recognition_stance"] == "grant" for e in _events(text)), _events(text)


def test_pair_recognition_in_context_stays():
    text = ("Damascus recognised Abkhazia and the Tskhinvali region in May 2018. Russia recognised both regions in "
            "August 2008.")
    assert any(e["rule"] == "recognition.recognize_pair" and e["recognition_stance"] == "grant"
               for e in _events(text)), _events(text)


def test_near_miss_recognised_as_russian_territory_stays_a_grant():
    assert any(e["recognition_stance"] == "grant" for e in _events("Nicaragua recognised Crimea as Russian territory."))


# --- 7. a vetoed resolution: the veto is the act, its content none (triggers._apply_cues) ------------------------
@pytest.mark.parametrize("text, pair", [
    ("The United States vetoed a resolution recognising the State of Palestine as a UN member.", ("USA", "PSE")),
    ("Washington vetoed a draft resolution recognising the State of Palestine.", ("USAGOV", "PSE")),
])
def test_veto_of_a_resolution_stays_a_veto(text, pair):
    evs = _events(text)
    assert [e["cameo_code"] for e in evs] == ["128"], evs
    assert (evs[0]["actor1_code"], evs[0]["actor2_code"]) == pair


@pytest.mark.parametrize("text, code", [
    ("The United States refused to recognise the State of Palestine.", "120"),
    ("Spain voted to recognise a Palestinian state.", "054"),
])
def test_near_miss_recognition_without_a_veto(text, code):
    assert code in _codes(text)


# --- errors of both builds: a response with the answered act between (coerce.responded_to_with_force) -------------
@pytest.mark.parametrize("text", [
    "Police responded to the protest with tear gas.",
    "Riot police in Nairobi responded to the demonstrations with tear gas and rubber bullets.",
    "Security forces replied to the stone-throwing with rubber bullets.",
])
def test_response_to_a_protest_with_riot_weapons(text):
    evs = _events(text)
    assert "175" in [e["cameo_code"] for e in evs], evs
    assert "14" not in _roots(text)  # the police are no protesters


@pytest.mark.parametrize("text", [
    "Protesters responded to tear gas with stones.",
    "The ministry responded to the criticism with a statement.",
    "Police responded to the protest with restraint.",
])
def test_near_miss_no_riot_weapons_after_with(text):
    assert "175" not in _codes(text)


# --- workers sent home idle are no labour migration (labor.bring_workers object_noncomplements) ---------------------
@pytest.mark.parametrize("text", [
    "The factory sent workers home on leave without pay.",
    "The plant sent 400 workers home without pay.",
    "The steel plant sent its workers on furlough.",
])
def test_workers_sent_home_idle(text):
    assert not any("labor_migration" in (e["themes"] or []) for e in _events(text))


def test_near_miss_workers_brought_stay_labour():
    text = "Russia brought 300 workers from Uzbekistan to occupied Mariupol."
    assert any("labor_migration" in (e["themes"] or []) for e in _events(text))
