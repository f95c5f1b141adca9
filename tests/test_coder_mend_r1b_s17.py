"""Mends of review R1 (/tmp/s17/review_r1_report.md, findings 7-10): the reviewer's regression sentences and new
variants of each class, beside the rules' intended positives and near-misses that must not change."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2025-03-01"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _rules(text):
    return [e["rule"] for e in _events(text)]


def _codes(text):
    return [e["cameo_code"] for e in _events(text)]


# --- finding 7: a market's other names and players (Nasdaq, Wall Street, investors, bulls) are owners of a market
# "counter-attack" or "assault" too (assault.attack, fight.offensive clause_exclusions) -----------------------------
@pytest.mark.parametrize("text", [
    "Wall Street staged a late counter-offensive, with stocks recovering most of their losses.",
    "Bulls launched an assault on the 5,000 mark as stocks rallied.",
    "The Nasdaq staged a fierce counter-attack as shares of chipmakers rose.",
    "Investors launched a fresh assault on bank stocks.",
    "Traders mounted a counter-offensive after the sell-off.",
    "The FTSE staged a late counter-attack in afternoon trading.",
    "Wall Street launched a furious assault on record highs.",
])
def test_market_comeback_no_attack(text):
    assert not any(c.startswith(("18", "19")) for c in _codes(text)), _events(text)


@pytest.mark.parametrize("text, rule", [
    ("The army launched an offensive to retake grain stocks seized by rebels.", "fight.offensive"),
    ("Rebels launched an offensive on the town, raiding food stocks.", "assault.attack"),
    ("Gunmen attacked a market in the northern town, killing five traders.", "assault.attack"),
    ("Troops launched a counter-offensive near the stock exchange building.", "fight.offensive"),
])
def test_market_words_elsewhere_still_attacks(text, rule):
    assert rule in _rules(text), _events(text)


# --- finding 8: _work_narration: an "as" clause inside a how/where/when clause, and a coordinated second narration
# verb ("and recalls how"), are still narrated (grammar.yaml work_narration_complementizers) ---------------------
@pytest.mark.parametrize("text", [
    "The documentary recounts how civilians fled as Russian troops shelled the city.",
    "The book chronicles the siege and recalls how troops bombed the hospital.",
    "The film depicts how families hid as soldiers raided the village.",
    "The novel describes the war and recounts how rebels attacked the convoy.",
    "The memoir recounts how she fled as troops shelled the town.",
])
def test_work_narration_reaches_on(text):
    assert not any(c.startswith(("18", "19")) for c in _codes(text)), _events(text)


@pytest.mark.parametrize("text, rule", [
    # (near-misses: the "as" clause after a plain object, a coordinator before a clause of its own)
    ("A new film depicts life in Gaza as Israeli troops shelled Rafah.", "fight.shelling"),
    ("The book describes the war and police arrested its author on Monday.", "coerce.arrest"),
    ("The documentary portrays daily life as soldiers raided the village nearby.", "assault.attack"),
])
def test_work_narration_still_stops(text, rule):
    assert rule in _rules(text), _events(text)


# --- finding 9: fight.blockade's exclusions stop at "and" + verb only after an armed subject
# (grammar.yaml exclusion_scope_subjects): an outage's or hackers' next verb tells the outage -------------------
@pytest.mark.parametrize("text", [
    "A cyberattack cut off services and left customers unable to pay.",
    "Hackers cut off internet access and disrupted banks across the country.",
    "The storm cut off power and left thousands of customers in the dark.",
    "The outage cut off phone lines and stranded airlines' passengers.",
])
def test_outage_no_blockade(text):
    assert "fight.blockade" not in _rules(text), _events(text)


def test_cyberattack_stays_hack():
    assert "coerce.hack" in _rules("A cyberattack cut off services and left customers unable to pay."), \
        _events("A cyberattack cut off services and left customers unable to pay.")


@pytest.mark.parametrize("text", [
    "Russian forces cut off the road and isolated businesses in the town.",
    "Israeli troops cut off northern Gaza and were shelling businesses nearby.",
    "Rebels cut off the highway and looted businesses along it.",
])
def test_armed_blockade_kept(text):
    assert "fight.blockade" in _rules(text), _events(text)


# --- finding 10: polity_required counts a state organ without a country (grammar.yaml polity_roles), and an
# NGO/IGO for appeal.economic_aid (polity_extra_roles) ------------------------------------------------------------
@pytest.mark.parametrize("text, rule", [
    ("The prime minister made an appeal for calm.", "appeal.issued"),
    ("The foreign ministry issued an appeal for restraint.", "appeal.issued"),
    ("The army issued an appeal for calm after the clashes.", "appeal.issued"),
    ("The embassy made serious representations to the host government.", "disapprove.representations"),
    ("The government asked donors for financial aid.", "appeal.economic_aid"),
    ("Aid agencies pressed donors for more funding for Sudan.", "appeal.economic_aid"),
])
def test_countryless_polity_kept(text, rule):
    assert rule in _rules(text), _events(text)


@pytest.mark.parametrize("text", [
    "The student asked his parents for more money.",
    "The family issued an appeal for information.",
    "The teacher made a plea for quiet.",
    "The union made strong representations to management.",
    "The club asked its fans for more money.",
])
def test_no_polity_still_none(text):
    assert _events(text) == [], _events(text)
