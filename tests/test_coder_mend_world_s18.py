"""Session 18, mending the world-news rules merged this session (reviewer's regressions, /tmp/rv_world): a concession's
cause in an "after" phrase kept as its own act, lender aid only between states and lenders, the topic of shared
intelligence no partner, an order to leave a territory a demand, one relief delivery told once, and insults, threats
and blows traded as mutual acts. Each class: the reviewer's sentences, variants, and near-misses."""
import pytest

from pipeline.coding.coder import code_article


def _coded(text, pub="2024-03-14"):
    return code_article({"article_id": "t", "published": pub, "text": text})


def _events(text):
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _coded(text)]


# --- triggers._cause_before_concession: what led to a concession is an act of its own ------------------------------
@pytest.mark.parametrize("text, cause, concession", [
    # the reviewer's sentences
    ("Israel reopened the Kerem Shalom crossing after a Hamas rocket attack on Sunday.",
     ("194", "PSEREB", "ISR"), ("081", "ISR", None)),
    ("The Torkham crossing was reopened on Friday after talks between Pakistani and Afghan officials.",
     ("046", "PAKGOV", "AFGGOV"), ("081", None, None)),
    ("The Rafah crossing was reopened after talks between Egyptian and Israeli officials.",
     ("046", "EGYGOV", "ISRGOV"), ("081", None, None)),
    ("Egypt reopened the Rafah crossing after talks with Israel.", ("040", "EGY", "ISR"), ("081", "EGY", None)),
    # variants: other concessions, parties and tenses
    ("Turkey dropped its objection to Sweden's NATO bid after talks with Sweden.",
     ("040", "TUR", "SWE"), ("080", "TUR", "SWE")),
    ("Hungary lifted its veto on the aid package after talks with the European Commission.",
     ("040", "HUN", "IGOEEC"), ("080", "HUN", None)),
    ("Egypt released the prisoners after talks with Israel.", ("040", "EGY", "ISR"), ("0841", "EGY", None)),
    ("Hamas released two hostages after talks with Qatari mediators.", ("040", "PSEREB", "QAT"),
     ("0841", "PSEREB", None)),
    ("Israel has reopened the Kerem Shalom crossing following talks with Egypt.",
     ("040", "ISR", "EGY"), ("081", "ISR", None)),
])
def test_cause_of_a_concession_is_its_own_act(text, cause, concession):
    evs = _events(text)
    assert cause in evs, evs
    assert concession in evs, evs


def test_cause_keeps_its_own_date():
    evs = {e["cameo_code"]: str(e["event_date"]) for e in
           _coded("Israel reopened the Kerem Shalom crossing after a Hamas rocket attack on Sunday.")}
    assert evs["194"] == "2024-03-10" and evs["081"] == "2024-03-14", evs
    # a date before the cause's phrase dates the concession
    evs = {e["cameo_code"]: str(e["event_date"]) for e in
           _coded("The Torkham crossing was reopened on Friday after talks between Pakistani and Afghan officials.")}
    assert evs["081"] == "2024-03-08", evs


@pytest.mark.parametrize("text, codes", [
    # a cause with no parties of its own stays background ("lifted the curfew after clashes")
    ("Israel lifted the curfew after clashes.", {"081"}),
    ("Israel reopened the crossing after clashes.", {"081"}),
    # a relative clause's cause beside a concession: the attack kept as before, the reopening its own
    ("Israel reopened the Kerem Shalom crossing, which it closed after a Hamas rocket attack on Sunday.",
     {"081", "194"}),
    # a closure is no concession: the attack as before
    ("Israel closed the Kerem Shalom crossing after a Hamas rocket attack on Sunday.", {"194"}),
    # talks with no state or entity named, and a visit, stay background
    ("The teachers' union called off a planned strike after talks with the government.", {"08"}),
    ("The minister resigned after talks with the president.", {"08"}),
    ("Belarus freed 14 political prisoners, among them a Japanese citizen, after a visit by a senior US envoy.",
     {"08"}),
    # an unnamed party's fighting
    ("Russian forces withdrew from the village after heavy fighting.", {"08"}),
])
def test_cause_near_misses(text, codes):
    got = {c for c, _, _ in _events(text)}
    assert got == codes or {c[:2] for c in got} == codes, _events(text)


# --- aid.economic_received state_parties: a bank's loan to a farmer or a firm is commerce ---------------------------
@pytest.mark.parametrize("text", [
    "The farmer received a loan from the bank.",
    "The shop received a loan from the bank.",
    "Tata Steel received a loan from the state bank.",
    "The company received a loan from HSBC.",
    "The Kenyan farmer received a loan from the World Bank.",
    "The bakery secured a loan from a local lender.",
])
def test_commercial_loan_is_no_aid(text):
    assert not [e for e in _events(text) if e[0] == "071"], _events(text)


@pytest.mark.parametrize("text, event", [
    ("Pakistan received a $1 billion tranche from the IMF.", ("071", "IGOIMF", "PAK")),
    ("Kenya secured a $500 million loan from the World Bank.", ("071", "IGOWBK", "KEN")),
    ("Ukraine received a EUR4.5 billion tranche from the European Union.", ("071", "IGOEEC", "UKR")),
    ("Sri Lanka secured a loan from China.", ("071", "CHN", "LKA")),
    ("The Ukrainian government received a grant from Japan.", ("071", "JPN", "UKRGOV")),
])
def test_lender_aid_between_states(text, event):
    assert event in _events(text), _events(text)


# --- topic_prepositions: what shared intelligence is about is no partner --------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Japan and South Korea swapped intelligence on North Korean missile launches.", {("JPN", "KOR"), ("KOR", "JPN")}),
    ("Germany and France swapped intelligence on Islamic State.", {("DEU", "FRA"), ("FRA", "DEU")}),
    ("Israel and Egypt exchanged information about Hamas.", {("ISR", "EGY"), ("EGY", "ISR")}),
    ("Japan shared intelligence with South Korea on North Korea.", {("JPN", "KOR")}),
    ("Turkey shared information about the attack with Iraq.", {("TUR", "IRQ")}),
])
def test_intelligence_topic_is_no_partner(text, pairs):
    got = {(a, b) for c, a, b in _events(text) if c == "064"}
    assert got == pairs, _events(text)


@pytest.mark.parametrize("text", [
    "The United States and Japan agreed to share intelligence on North Korea.",
    "The US shared intelligence on Russia with Ukraine.",
])
def test_intelligence_topic_never_target(text):
    evs = _events(text)
    assert not [e for e in evs if e[2] in ("PRK", "RUS")], evs


def test_intelligence_swap_between_companies_is_none():
    assert not _events("The two companies swapped data on customers.")


# --- demand.troops_leave: forces ordered or told to leave are a demand, not a withdrawal ----------------------------
@pytest.mark.parametrize("text, event", [
    ("Niger ordered French troops to leave its territory.", ("106", "NER", "FRAMIL")),
    ("The junta in Burkina Faso gave French forces one month to leave the country.", ("106", "BFA", "FRAMIL")),
    ("Mali insisted that French troops leave its territory.", ("106", "MLI", "FRAMIL")),
    ("Mali demanded that French troops leave its territory.", ("106", "MLI", "FRAMIL")),
    ("Mali insisted that French troops withdraw.", ("106", "MLI", "FRAMIL")),
])
def test_order_to_leave_is_a_demand(text, event):
    evs = _events(text)
    assert event in evs, evs
    assert not [e for e in evs if e[0] == "0874"], evs


@pytest.mark.parametrize("text", [
    "Niger told French troops to leave its territory.",
    "The Malian junta told the French army to leave the country.",
])
def test_told_to_leave_is_no_withdrawal(text):
    evs = _events(text)
    assert [e for e in evs if e[0] == "106"] and not [e for e in evs if e[0] == "0874"], evs


@pytest.mark.parametrize("text, codes", [
    ("Russian forces left Ukrainian territory.", {"0874"}),  # the withdrawal itself
    ("France ordered its troops to leave Niger.", set()),  # a state's own forces: no demand
    ("Niger ordered the French ambassador to leave the country.", {"166"}),  # an expulsion
])
def test_leave_near_misses(text, codes):
    assert {c for c, _, _ in _events(text)} == codes, _events(text)


# --- one relief delivery told by its carrier and its arrival is one event ------------------------------------------
@pytest.mark.parametrize("text", [
    "A Turkish ship carrying humanitarian aid docked at Al-Arish.",
    "A UAE ship carrying humanitarian aid docked in Cyprus.",
    "A Jordanian convoy carrying food aid arrived in Gaza.",
    "A Qatari plane carrying medical supplies landed in Benghazi.",
])
def test_relief_delivery_told_once(text):
    evs = [e for e in _events(text) if e[0] == "073"]
    assert len(evs) == 1, evs


def test_relief_delivery_and_a_second_delivery():
    evs = [e for e in _events("Egypt sent food aid to Gaza and Jordan delivered medicine to Rafah.") if e[0] == "073"]
    assert len(evs) == 2, evs


# --- insults, threats and blows traded are mutual acts, no trade ---------------------------------------------------
@pytest.mark.parametrize("text, code, a, b", [
    ("Russia and Ukraine traded threats on Monday.", "130", "RUS", "UKR"),
    ("Iran traded threats with Israel.", "130", "IRN", "ISR"),
    ("India and Pakistan traded insults at the UN.", "111", "IND", "PAK"),
    ("China and the Philippines exchanged barbs over the South China Sea.", "111", "CHN", "PHL"),
    ("Israel and Hezbollah traded blows across the border.", "190", "ISR", "LBNREB"),
    ("Israel and Iran traded strikes in April.", "190", "ISR", "IRN"),
])
def test_traded_hostility_is_mutual(text, code, a, b):
    evs = _events(text)
    assert (code, a, b) in evs and (code, b, a) in evs, evs
    assert not [e for e in evs if e[0] == "061"], evs


@pytest.mark.parametrize("text, code", [
    ("India and Pakistan exchanged fire along the Line of Control.", "193"),  # fight.clash keeps its exchange of fire
    ("Russia and Ukraine traded 200 prisoners.", "0841"),
    ("Armenia and Azerbaijan traded accusations.", "112"),
])
def test_traded_neighbours_keep_their_reading(text, code):
    assert {c for c, _, _ in _events(text)} == {code}, _events(text)


def test_figurative_blows_are_no_fight():
    assert not [e for e in _events("The two candidates traded blows in a televised debate.") if e[0][:2] == "19"]


@pytest.mark.parametrize("text, concession, place", [
    ("Pakistan reopened the Torkham crossing after talks with Afghan officials in Kabul.", "081", "Kabul"),
    ("Russia returned 100 prisoners of war following talks with Ukraine in Istanbul.", "0841", "Istanbul"),
])
def test_cause_keeps_its_own_place(text, concession, place):
    evs = _coded(text)
    assert [e["location_name"] for e in evs if e["cameo_code"] == "040"] == [place], evs
    assert [e["location_name"] for e in evs if e["cameo_code"] == concession] == [None], evs
