"""Mends of review W-C (world rules of s17x1/s17x2/s17x3/s17ma/s17mb): the reviewer's regression sentences and new
variants of each class, beside the rules' intended positives (which must keep working)."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2025-03-01"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _rules(text):
    return [e["rule"] for e in _events(text)]


def _pairs(text, rule):
    return [(e["actor1_code"], e["actor2_code"]) for e in _events(text) if e["rule"] == rule]


# --- finding 1: sanction.suspend_cooperation excluded "union"/"federation"/"league" sentence-wide ----------------
@pytest.mark.parametrize("text, pair", [
    ("The European Union suspended cooperation with Niger after the coup.", ("IGOEEC", "NER")),
    ("The African Union suspended cooperation with Mali's junta.", ("IGOAFU", "MLIGOV")),
    ("Moldova suspended cooperation with the Russian Federation in the CIS.", ("MDA", "RUS")),
    ("The Arab League suspended cooperation with Syria.", None),
    ("Mali froze all military cooperation with France.", None),
])
def test_suspend_cooperation_unions_kept(text, pair):
    got = _pairs(text, "sanction.suspend_cooperation")
    assert got, _events(text)
    if pair:
        assert pair in got, got


@pytest.mark.parametrize("text", [
    "FIFA suspended cooperation with the Russian football union.",
    "The national sports federation suspended cooperation with the club.",
    "Google suspended cooperation with Huawei.",
])
def test_suspend_cooperation_sports_near_misses(text):
    assert "sanction.suspend_cooperation" not in _rules(text), _events(text)


# --- finding 2: the noun "rebuke" issued to a party (disapprove.rebuke_issued; the bare noun stays discarded) -------
@pytest.mark.parametrize("text, pair", [
    ("China issued a sharp rebuke to the United States over arms sales to Taiwan.", ("CHN", "USA")),
    ("The State Department issued a public rebuke of Israel's settlement plans.", ("USAGOV", "ISR")),
    ("Germany issued a rare rebuke to Israel over the strikes.", ("DEU", "ISR")),
    ("Beijing delivered a stern rebuke to Tokyo over the Yasukuni visit.", None),
    ("France sent a rebuke to Italy over the migrant ship.", None),
])
def test_rebuke_issued(text, pair):
    got = _pairs(text, "disapprove.rebuke_issued")
    assert got, _events(text)
    if pair:
        assert pair in got, got


@pytest.mark.parametrize("text", [
    "Germany issued a rare rebuke to Israel over the strikes.",
    "China issued a sharp rebuke to the United States over the strikes on Yemen.",
])
def test_rebuke_cause_no_labour_strike(text):
    assert "protest.strike" not in _rules(text), _events(text)


@pytest.mark.parametrize("text", [
    "In a rare rebuke, the Pope criticised Israel's strikes.",
    "The coach issued a new kit to the players.",
    "The bank issued a loan to the farmers.",
])
def test_rebuke_issued_near_misses(text):
    assert "disapprove.rebuke_issued" not in _rules(text), _events(text)


# --- finding 4: disapprove.summon excluded "consultations" sentence-wide --------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Poland summoned the Russian ambassador and recalled its own envoy from Moscow for consultations.",
     ("POL", "RUSGOV")),
    ("Ukraine summoned Hungary's ambassador after Budapest recalled its envoy for consultations.", ("UKR", "HUNGOV")),
    ("Kenya summoned the Ugandan envoy for consultations over the border dispute.", ("KEN", "UGAGOV")),
    ("The Russian ambassador was summoned to the foreign ministry over the drone incursion.", (None, "RUSGOV")),
])
def test_foreign_envoy_summoned(text, pair):
    assert pair in _pairs(text, "disapprove.summon"), _events(text)


@pytest.mark.parametrize("text", [
    "France's ambassador to Italy was summoned home for consultations.",
    "The ambassador to Belgium was summoned to Paris for consultations.",
    "Germany summoned its ambassador to Turkey back to Berlin for consultations.",
    "Italy summoned back its envoy to Paris.",
    "Spain summoned its ambassador in Buenos Aires for consultations.",
])
def test_own_envoy_summoned_is_recall(text):
    assert "disapprove.summon" not in _rules(text), _events(text)


# --- finding 5: mobilize.show_of_force excluded "party", "union", "crowds" sentence-wide ----------------------------
@pytest.mark.parametrize("text", [
    "Russia staged a naval show of force near Sweden, the European Union said.",
    "China's military parade, a show of force marking the Communist Party's centenary, featured new missiles.",
    "North Korean troops staged a show of force as crowds gathered in Pyongyang.",
    "The navy held a show of force off the coast as the ruling party met in the capital.",
])
def test_show_of_force_other_owners_in_sentence(text):
    assert "mobilize.show_of_force" in _rules(text), _events(text)


@pytest.mark.parametrize("text", [
    "The ruling party's show of force in the capital drew thousands of supporters as police stood by.",
    "The union's strike was a show of force that the army could not ignore.",
    "It was a show of force by the union as riot police watched the march.",
])
def test_show_of_force_owner_near_misses(text):
    assert "mobilize.show_of_force" not in _rules(text), _events(text)


# --- finding 6: threaten.warn_not_tolerate excluded people words sentence-wide ---------------------------------------
@pytest.mark.parametrize("text", [
    "China warned it would not tolerate foreign interference as students protested in Hong Kong.",
    "Israel warned it would not tolerate attacks on its citizens, after fans were assaulted in Amsterdam.",
    "Iran warned it would not tolerate strikes on its soil as parents mourned the victims.",
])
def test_not_tolerate_people_elsewhere(text):
    assert "threaten.warn_not_tolerate" in _rules(text), _events(text)


@pytest.mark.parametrize("text", [
    "The company warned staff that it would not tolerate harassment.",
    "The school warned parents it would not tolerate bullying.",
    "The club warned fans it would not tolerate racism in the stands.",
    "The league warned it would not tolerate any form of abuse.",
    "The university warned students it would not tolerate protests on campus.",
])
def test_not_tolerate_rules_near_misses(text):
    assert "threaten.warn_not_tolerate" not in _rules(text), _events(text)


# --- finding 7: appeal.economic_aid needs a polity and takes the addressee as target --------------------------------
@pytest.mark.parametrize("text", [
    "The student asked his parents for more money.",
    "Shareholders pressed the board for more funding for research.",
    "The hospital asked the council for more money for staff.",
    "The club pressed the council for more funding for the stadium.",
])
def test_economic_aid_needs_polity(text):
    assert "appeal.economic_aid" not in _rules(text), _events(text)


@pytest.mark.parametrize("text, pair", [
    ("The UN chief pressed donors for more funding for Sudan.", ("IGOUNO", None)),
    ("Kenya appealed to donors for more money for the Haiti mission.", ("KEN", None)),
    ("Ukraine asked the European Union for more financial aid.", ("UKR", "IGOEEC")),
])
def test_economic_aid_addressee_target(text, pair):
    assert pair in _pairs(text, "appeal.economic_aid"), _events(text)


# --- finding 9: investigate.examine_whether lost "authorities"/"regulators" ------------------------------------------
@pytest.mark.parametrize("text", [
    "Authorities are examining whether the crash was caused by sabotage.",
    "Regulators are checking whether the bank broke sanctions on Russia.",
    "Authorities are checking whether the fire was set deliberately.",
])
def test_examine_whether_authorities(text):
    assert "investigate.examine_whether" in _rules(text), _events(text)


@pytest.mark.parametrize("text", [
    "Authorities are checking whether the dam can hold.",
    "Regulators are examining whether to approve the drug.",
    "Authorities are checking whether the bridge is safe to reopen.",
    "Authorities are examining whether the levees can withstand the storm.",
])
def test_examine_whether_safety_near_misses(text):
    assert "investigate.examine_whether" not in _rules(text), _events(text)
