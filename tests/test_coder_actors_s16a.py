"""Session 16, first round (general_actors dev7 classes): leaders added with date bounds, domestic rebukes
between a former leader or opposition figure and the state (grammar own_country_target_roots "11",
own_country_target_singular_roles), chargé d'affaires with its accent, phrasal rebukes ("lashed out at"),
suspension of a member by an international body and its lifting (sanction.suspend_member,
yield.lift_suspension), the AU acronym and currency prefixes ("US$", "AU$": no actor), armed groups of
Pakistan and Colombia. Sentences written for these rules, not taken from the dev rows; near-misses must not change.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.actors import find_actors


def _events(text, date="2024-06-01"):
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"])
            for e in code_article({"article_id": "t", "published": date, "text": text})]


def _codes(text, date="2024-06-01"):
    return [a.code for a in find_actors(text, dt.date.fromisoformat(date))]


# --- persons.yaml: leaders with date bounds ---------------------------------------------------------
@pytest.mark.parametrize("text, date, code", [
    ("Imran Khan addressed supporters in Lahore.", "2019-05-01", "PAKGOV"),
    ("Imran Khan addressed supporters in Lahore.", "2024-05-01", "PAKELI"),
    ("Evo Morales spoke in La Paz.", "2010-05-01", "BOLGOV"),
    ("Evo Morales spoke in Cochabamba.", "2024-05-01", "BOLELI"),
    ("Luis Arce spoke in La Paz.", "2023-05-01", "BOLGOV"),
    ("Gustavo Petro spoke in Bogota.", "2024-05-01", "COLGOV"),
    ("Asim Munir visited the troops.", "2024-05-01", "PAKMIL"),
])
def test_leaders_with_date_bounds(text, date, code):
    assert code in _codes(text, date)


@pytest.mark.parametrize("text", [
    "Petro Poroshenko spoke in Kyiv.",          # Petro is a short form only
    "Sadiq Khan, the mayor of London, spoke.",  # Khan is a short form only
    "Jimmy Morales spoke in Guatemala City.",   # Morales is a short form only
])
def test_short_forms_alone_are_no_leader(text):
    codes = _codes(text)
    assert "COLGOV" not in codes and "PAKELI" not in codes and "BOLELI" not in codes, codes


# --- own_country_target_roots "11": a domestic rebuke has the state (or its army chief) as target ------
@pytest.mark.parametrize("text, date, event", [
    ("Former president Donald Trump criticised President Joe Biden on Saturday.", "2023-06-11",
     ("111", "USAELI", "USAGOV")),
    ("Ex-president Evo Morales accused President Luis Arce's government of persecuting him.", "2024-10-01",
     ("112", "BOLELI", "BOLGOV")),
    ("Imran Khan accused army chief General Asim Munir of rigging the vote.", "2024-02-20",
     ("112", "PAKELI", "PAKMIL")),
    ("Former president Joe Biden criticised President Donald Trump's tariffs on Tuesday.", "2025-05-01",
     ("111", "USAELI", "USAGOV")),
])
def test_domestic_rebuke_target(text, date, event):
    assert event in _events(text, date)


@pytest.mark.parametrize("text, date, event, wrong", [
    # another country's actor comes first, before the doers' own people
    ("Pakistani Prime Minister Shehbaz Sharif, flanked by army chief Asim Munir, criticised India on Sunday.",
     "2024-06-01", ("111", "PAKGOV", "IND"), ("111", "PAKGOV", "PAKMIL")),
    ("Former president Donald Trump criticised President Joe Biden and China on Saturday.", "2023-06-11",
     ("111", "USAELI", "CHN"), ("111", "USAELI", "USAGOV")),
])
def test_foreign_target_before_own_people(text, date, event, wrong):
    got = _events(text, date)
    assert event in got and wrong not in got, got


@pytest.mark.parametrize("text", [
    # plural armed men are either side: no own-country target
    "Russian officials accused Russian troops of looting.",
    # the same role as the doer stays no party of its own
    "Biden criticised President Vladimir Putin and Vice President Kamala Harris.",
])
def test_own_people_near_misses(text):
    got = _events(text, "2023-06-01")
    assert ("112", "RUSGOV", "RUSMIL") not in got and ("111", "USAGOV", "USAGOV") not in got, got


# --- chargé d'affaires with its accent -------------------------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("Spain summoned Israel's chargé d'affaires on Thursday.", ("114", "ESP", "ISRGOV")),
    ("Spain summoned Israel\u2019s chargé d\u2019affaires on Thursday.", ("114", "ESP", "ISRGOV")),
    ("Russia's chargé d'affaires was summoned by Poland on Monday.", ("114", "POL", "RUSGOV")),
    ("Lithuania expelled the Belarusian chargé d'affaires.", ("166", "LTU", "BLRGOV")),
    ("Argentina recalled its chargé d'affaires from Caracas.", ("166", "ARG", "VENGOV")),
])
def test_charge_d_affaires_accent(text, event):
    assert event in _events(text)


def test_appointed_charge_is_no_summons():
    assert not [e for e in _events("Spain appointed a new chargé d'affaires in Tel Aviv.") if e[0][:2] in ("11", "16")]


# --- disapprove.lash_out: "lash out at", "hit out at" --------------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("Kremlin spokesman Dmitry Peskov lashed out at the European Union over the new sanctions.",
     ("111", "RUSGOV", "IGOEEC")),
    ("Zelensky hit out at Hungary on Tuesday for blocking the aid package.", ("111", "UKRGOV", "HUN")),
])
def test_phrasal_rebuke(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text", [
    "Russian missiles hit an energy facility in Kharkiv overnight.",
    "The Ukrainian delegation lashed together a compromise text.",
])
def test_phrasal_rebuke_near_misses(text):
    assert not [e for e in _events(text) if e[0] == "111"]


# --- sanction.suspend_member / yield.lift_suspension --------------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("The AU suspended Burkina Faso from all its activities after the coup.", ("160", "IGOAFU", "BFA")),
    ("ECOWAS suspended Guinea's membership after the coup.", ("160", "IGOWAS", "GIN")),
    ("The African Union suspended Mali from the bloc after the second coup in nine months.",
     ("160", "IGOAFU", "MLI")),
    ("The African Union lifted Guinea's suspension on Friday.", ("080", "IGOAFU", "GIN")),
    ("ECOWAS lifted the suspension of Mali on Sunday.", ("080", "IGOWAS", "MLI")),
])
def test_member_suspension(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text", [
    "The party suspended the MP from all its activities.",
    "The league lifted the striker's suspension.",
    "The African Union suspended its observer mission in Sudan.",
    "ECOWAS suspended flights to Niger.",
])
def test_member_suspension_near_misses(text):
    got = _events(text)
    assert not [e for e in got if e[0] in ("160", "080")], got


# --- actors: the AU acronym, currency prefixes, armed groups ------------------------------------------
@pytest.mark.parametrize("text, code, absent", [
    ("The AU condemned the coup.", "IGOAFU", None),
    ("Australia pledged AU$50 million in aid.", "AUS", "IGOAFU"),
    ("Japan pledged US$50 million in aid.", "JPN", "USA"),
    ("Fighters of the Balochistan Liberation Army attacked a Frontier Corps post.", "PAKREB", None),
    ("Fighters of the Balochistan Liberation Army attacked a Frontier Corps post.", "PAKMIL", None),
    ("The Pakistani Taliban claimed the attack.", "PAKREB", None),
    ("The TTP claimed the attack.", "PAKREB", None),
    ("The ELN released two soldiers.", "COLREB", None),
    ("FARC rebels ambushed an army patrol in 2001.", "COLREB", None),
])
def test_named_actors(text, code, absent):
    codes = _codes(text)
    assert code in codes, codes
    assert absent is None or absent not in codes, codes
