"""Roles and actors of general wire phrasings, session 15 second round (classes of the general_actors dev5 rows,
tested on new sentences with near-misses): the country of role-only actors in a one-country sentence, a
same-country target of coercion and protest, a possessive state before its own agency, what a protest is
against, the object of a nominal expulsion, a deadline to leave given to a diplomat, a state taking over a
company's assets."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-06-01"):
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"])
            for e in code_article({"article_id": "t", "published": date, "text": text})]


def _pairs(text, root):
    return [(a1, a2) for code, a1, a2 in _events(text) if code[:2] == root]


# --- coder._one_country_fill; grammar one_country_fill_roles -------------------------------------------------
@pytest.mark.parametrize("text,root,pair", [
    ("Belarusian police arrested two Catholic priests in the town of Pinsk.", "17", ("BLRCOP", "BLRREL")),
    ("Junior doctors in Kenya staged a protest against government plans to cut salaries.", "14", ("KENHLH", "KENGOV")),
    ("Soldiers from Guinea's special forces detained President Alpha Conde in Conakry.", "17", ("GINMIL", "GINGOV")),
    ("Turkish police detained journalists in Istanbul.", "17", ("TURCOP", "TURMED")),
])
def test_role_only_actor_takes_the_one_country(text, root, pair):
    assert pair in _pairs(text, root)


@pytest.mark.parametrize("text,root,pair", [
    # a second country in the sentence: the civilians are not Israel's
    ("Israeli troops killed two civilians in Jenin.", "18", ("ISRMIL", "CVL")),
    # no place: nothing says where the act happens
    ("Russian troops detained civilians.", "17", ("RUSMIL", "CVL")),
    # foreigners and ethnic groups keep no country
    ("Turkish police detained foreign journalists in Istanbul.", "17", ("TURCOP", "MED")),
    ("Kosovo police detained three ethnic Albanians in Mitrovica.", "17", ("XKXCOP", "CVL")),
])
def test_role_only_actor_keeps_no_country(text, root, pair):
    assert pair in _pairs(text, root)


# --- coder._own_people; grammar own_country_target_roots -------------------------------------------------------
@pytest.mark.parametrize("text,root,pair", [
    ("A court in Rawalpindi sentenced former Pakistani prime minister Nawaz Sharif to ten years in prison.", "17",
     ("PAKJUD", "PAKELI")),
    ("A court in Moscow sentenced a Russian journalist to seven years in prison.", "17", ("RUSJUD", "RUSMED")),
    ("Armenian protesters rallied in Yerevan against Prime Minister Nikol Pashinyan.", "14", ("ARMOPP", "ARMGOV")),
])
def test_same_country_target_of_coercion_and_protest(text, root, pair):
    assert pair in _pairs(text, root)


def test_same_country_target_not_for_other_acts():
    # a same-country official after a meeting verb is the doers' own side, not a party of their own
    assert ("RUSGOV", "RUSGOV") not in _pairs("Russian officials met Russian lawmakers in Moscow.", "04")


# --- coder._possessor_of_own_body --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,root,pair", [
    ("The Dutch government accused Russia's GRU military intelligence agency of hacking the chemical weapons watchdog.",
     "11", ("NLDGOV", "RUSSPY")),
    ("Britain accused Russia's FSB intelligence service of targeting British lawmakers.", "11", ("GBR", "RUSSPY")),
])
def test_possessor_state_gives_way_to_its_own_agency(text, root, pair):
    assert pair in _pairs(text, root)


def test_possessor_of_another_country_stays():
    # "Russia's ally Belarus": Belarus is another country, Russia stays in the sentence
    assert ("POL", "BLR") in _pairs("Poland accused Russia's ally Belarus of pushing migrants across the border.", "11")


# --- coder._protested_against; grammar protest_target_roots / protest_target_prepositions -------------------------
@pytest.mark.parametrize("text,pair", [
    ("Thousands of Serbian students marched outside the presidency in Belgrade against President Aleksandar Vucic.",
     ("SRBEDU", "SRBGOV")),
    ("Georgian opposition supporters rallied outside parliament in Tbilisi against the ruling Georgian Dream party.",
     ("GEOOPP", "GEOPTY")),
])
def test_protest_target_is_what_it_is_against(text, pair):
    assert pair in _pairs(text, "14")


def test_protest_without_against_keeps_the_place_owner():
    assert ("OPP", "RUSGOV") in _pairs("Protesters rallied outside the Russian embassy in Tbilisi.", "14")


# --- coder._nominal_participants: the "of" ending the noun's form --------------------------------------------------
@pytest.mark.parametrize("text,pair", [
    ("The expulsion of two Polish diplomats by Belarus drew protests from Warsaw.", ("BLR", "POLGOV")),
    ("The expulsion of a Latvian diplomat by Moscow was announced on Monday.", ("RUSGOV", "LVAGOV")),
])
def test_nominal_expulsion_object(text, pair):
    assert pair in _pairs(text, "16")


# --- triggers.yaml sanction.deadline_to_leave ----------------------------------------------------------------------
@pytest.mark.parametrize("text,pair", [
    ("Iraq gave the Swedish ambassador 72 hours to leave the country.", ("IRQ", "SWEGOV")),
    ("Mali's junta, which seized power in 2021, gave the French ambassador three days to leave.", ("MLIGOV", "FRAGOV")),
])
def test_deadline_to_leave_is_expulsion(text, pair):
    assert pair in _pairs(text, "16")


@pytest.mark.parametrize("text", [
    "The army gave residents two days to leave the town.",
    "The landlord gave tenants a week to leave the building.",
])
def test_deadline_to_leave_without_diplomat(text):
    assert not [e for e in _events(text) if e[0][:2] == "16"]


# --- triggers.yaml coerce.seize_assets ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,pair", [
    ("The Kremlin seized control of the Russian subsidiary of the French company Danone.", ("RUSGOV", "FRABUS")),
    ("Russia took over the assets of the German energy company Uniper.", ("RUS", "DEUBUS")),
])
def test_state_takes_over_company_assets(text, pair):
    assert pair in _pairs(text, "17")


@pytest.mark.parametrize("text", [
    "Shareholders took control of the company's board.",
    "Rebels took control of the town of Kalehe.",
])
def test_takeover_without_assets_is_no_confiscation(text):
    assert not [e for e in _events(text) if e[0][:4] == "1711"]
