"""Session 18 mends (reviewer's regressions, mission/places round 2).

5. A be-passive recall of one's own diplomat ("Syria's ambassador in Moscow was recalled by Damascus") is the
   recalling state's act on the host, as the active "Damascus recalled its ambassador from Moscow" (166 SYRGOV ->
   RUSGOV), never the state paired with itself (coder._own_envoy_recall; grammar.yaml own_envoy_recall_*).
6. A visit told in a comma-enclosed relative clause of the anaphor's own sentence ("The delegates, who had visited
   Moscow last week, toured a mine in the city") places only that clause's acts; "the city" still points back to
   the place named before (coder._visit_destination_place with the act's start, coder._outside_relative_clause).
7. Coordinated trades share the one country named on the outer side ("Plumbers and carpenters from Kyrgyzstan",
   "Uzbek welders and electricians": one KGZLAB / UZBLAB group; actors._coordinated_role_nouns).
8. recognition.list_as_occupier: the occupier's own register codes nothing (occupier_doer_uncoded), the lister must
   be named (a map with no state named: nothing), a listing by mistake or corrected is no grant.
"""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article

PUB = dt.date(2024, 3, 14)
TH = "diplomatic_recognition"


def _code(text):
    return code_article({"id": "t", "published": PUB, "text": text})


def _dyads(text, rule=None):
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _code(text)
            if rule is None or e["rule"] == rule]


# --- 5. own envoy recalled in a be-passive ----------------------------------------------------------------------
@pytest.mark.parametrize("text,a1,a2", [
    ("Syria's ambassador in Moscow was recalled by Damascus.", "SYRGOV", "RUSGOV"),
    ("Ukraine's ambassador in Minsk was recalled by Kyiv.", "UKRGOV", "BLRGOV"),
    ("The Kazakh ambassador in Moscow was recalled for consultations.", "KAZGOV", "RUSGOV"),
    ("Venezuela's ambassador to Moscow was recalled by Caracas.", "VENGOV", "RUSGOV"),
    ("Moldova's ambassador in Moscow has been recalled for consultations, the foreign ministry said.", "MDAGOV",
     "RUSGOV"),
    ("Georgia's envoy to Minsk was withdrawn by Tbilisi on Friday.", "GEOGOV", "BLRGOV"),
    # the active it mirrors
    ("Damascus recalled its ambassador from Moscow.", "SYRGOV", "RUSGOV"),
])
def test_own_envoy_recalled_acts_on_the_host(text, a1, a2):
    got = _dyads(text)
    assert got and all(d[1:] == (a1, a2) for d in got), got
    assert all(d[1] != d[2] for d in got), got


@pytest.mark.parametrize("text,a1,a2", [
    # no host named: the recalling state alone, never paired with itself
    ("The Syrian ambassador was recalled by Damascus.", "SYRGOV", None),
    # another state's envoy summoned or expelled keeps its roles
    ("Syria's ambassador in Moscow was summoned by the Russian foreign ministry.", "RUSGOV", "SYRGOV"),
])
def test_own_envoy_recall_near_misses(text, a1, a2):
    got = _dyads(text)
    assert got and all(d[1:] == (a1, a2) for d in got), got


def test_accredited_envoy_is_no_self_pair():
    got = _dyads("Venezuela's ambassador in Moscow was accredited by Russia.")
    assert not any(d[1] == d[2] and d[1] for d in got), got


# --- 6. a visit in a relative clause does not move "the city" ------------------------------------------------------
def _assert_placed(text, trigger, region):
    got = [e for e in _code(text) if e["trigger_text"].lower() == trigger]
    assert got and all(e["admin1_code"] == region for e in got), [(e["trigger_text"], e["admin1_code"]) for e in got]


@pytest.mark.parametrize("text,trigger,region", [
    ("A Malian delegation arrived in occupied Donetsk on Monday. The delegates, who had visited Moscow last week, "
     "toured a mine in the city.", "toured", "UA-14"),
    ("A Malian delegation arrived in occupied Donetsk on Monday. The delegates, who had visited Minsk last month, "
     "toured a mine in the city.", "toured", "UA-14"),
    ("A Malian delegation arrived in occupied Donetsk on Monday. The delegates, who visited Moscow last week, met "
     "students at a university in the city.", "met", "UA-14"),
    ("Lawmakers from Burkina Faso arrived in occupied Luhansk on Tuesday. The lawmakers, who had visited Minsk on "
     "Sunday, toured a school in the city.", "toured", "UA-09"),
    # the relative clause's own visit is where it went
    ("A Malian delegation arrived in occupied Donetsk on Monday. The delegates, who had visited Moscow last week, "
     "toured a mine in the city.", "visited", "RU-MOW"),
])
def test_relative_clause_visit_keeps_the_anaphor(text, trigger, region):
    _assert_placed(text, trigger, region)


@pytest.mark.parametrize("text,trigger,region", [
    # a visit told between the antecedent and the anaphor, as the story's current act, still moves "the city"
    ("A Malian delegation arrived in occupied Donetsk on Monday. On Tuesday the delegates visited Moscow. They "
     "toured a mine in the city.", "toured", "RU-MOW"),
    ("A Serbian delegation visited occupied Donetsk. On Tuesday the delegation travelled to Moscow. Members of the "
     "delegation toured a museum in the city.", "toured", "RU-MOW"),
    # a visit's destination in the main clause places the acts of its sentence
    ("A Malian delegation visited Moscow, where they met Volodin.", "met", "RU-MOW"),
])
def test_visit_between_still_moves_the_anaphor(text, trigger, region):
    _assert_placed(text, trigger, region)


# --- 7. coordinated trades share their country ---------------------------------------------------------------------
def _labour_codes(text):
    return sorted({c for e in _code(text) if "labor_migration" in e["themes"]
                   for c in (e["actor1_code"], e["actor2_code"]) if c})


@pytest.mark.parametrize("text,codes", [
    ("Plumbers and carpenters from Kyrgyzstan were recruited to work in occupied Luhansk.", ["KGZLAB"]),
    ("Welders and electricians from Uzbekistan were hired to rebuild Mariupol.", ["UZBLAB"]),
    ("Bricklayers and plasterers from Tajikistan arrived in occupied Mariupol.", ["TJKLAB"]),
    ("Welders, plumbers and electricians from Uzbekistan were hired to rebuild Mariupol.", ["UZBLAB"]),
    ("Uzbek welders and electricians arrived in occupied Mariupol.", ["UZBLAB"]),
    ("Carpenters from Kyrgyzstan were recruited to work in occupied Luhansk.", ["KGZLAB"]),
])
def test_coordinated_trades_share_the_country(text, codes):
    assert _labour_codes(text) == codes
    assert len([e for e in _code(text) if "labor_migration" in e["themes"]]) == 1


@pytest.mark.parametrize("text,codes", [
    # each with its own country: two groups
    ("Uzbek welders and Tajik electricians arrived in occupied Mariupol.", ["TJKLAB", "UZBLAB"]),
    # the origin on the first noun only: the second has none
    ("Builders from Kyrgyzstan and electricians arrived in occupied Mariupol.", ["KGZLAB", "LAB"]),
])
def test_coordinated_trades_near_misses(text, codes):
    assert _labour_codes(text) == codes


def test_coordinated_other_roles_stay_apart():
    got = _dyads("Russian soldiers and police officers from Dagestan arrived in occupied Melitopol.")
    assert {d[1] for d in got} == {"RUSMIL", "RUSCOP"}, got


# --- 8. listings as the occupier's -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Russia's statistics agency lists Crimea as a Russian region.",
    "Russia's customs service lists the ports of Crimea as Russian.",
    "Russia's federal statistics service listed Sevastopol as a Russian region in its census.",
    "Apple Maps lists Crimea as Russian.",
    "Google Maps listed Crimea as Russian territory.",
    "Serbia's railway listed Crimea as Russian territory by mistake, then corrected the map.",
    "Serbia's railway listed Crimea as Russian territory, then corrected the map.",
    "Armenia's post office mistakenly listed Crimea as part of Russia on a stamp.",
])
def test_listing_codes_nothing(text):
    assert not [e for e in _code(text) if e["rule"] == "recognition.list_as_occupier"], _dyads(text)


@pytest.mark.parametrize("text,a1,stance", [
    ("Nicaragua's foreign ministry lists Crimea as part of Russia.", "NICGOV", "grant"),
    ("Syria's transport ministry registers ships from Sevastopol as Russian.", "SYR", "grant"),
    ("Belarus's customs service listed the ports of Crimea as Russian.", "BLR", "grant"),
    ("India's shipping registry declined to register tankers from Sevastopol as Russian.", "IND", "deny"),
    # the lister as a "by" agent
    ("Crimea was listed as Russian territory by Syria's customs service.", "SYR", "grant"),
])
def test_listing_by_a_third_state(text, a1, stance):
    got = [e for e in _code(text) if e["rule"] == "recognition.list_as_occupier"]
    assert got and all(e["actor1_code"] == a1 and e["recognition_stance"] == stance and TH in e["themes"]
                       for e in got), [(e["actor1_code"], e["recognition_stance"]) for e in got]
