"""Session 19 mends of the mission rules merged this session (the read-only reviewer's regressions and the new rules'
own errors): the reviewer's sentences, variants in other wordings and near-misses.

R1  an act dated to a year after the year's event (rules.yaml year_near_event: "shortly after the 2008 war") is read
    occupied or free on the day its place's occupation began when that was later in the year (by the report), not on
    1 January; one dated only to the year ("in 2008") has an unknown status (None) when its place changed hands that
    year (coder._act_status, geo.control.control_change_days; the second review, test_coder_mend_late_mission_s19.py:
    "Nicaragua recognised Abkhazia in 2008" is no longer read occupied); an annexation's restatement check
    (background_after_days) counts from the range's last day (capped at the report).
R2  "the shipyard" / "the steelworks" pointing back to a sentence naming the site takes the place in the site's own
    name ("The Kerch shipyard in occupied Crimea": Kerch), grammar.yaml site_name_max_words / site_name_breaks.
New rules' own errors: judged visits with no visit told, an unthemed visit's visitors as target, a signing's
place named after the act, workers named before as recruiters, deals and documents judged void by the sayer.
"""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article


def _code(text, pub="2024-03-14"):
    return code_article({"article_id": "t", "published": dt.date.fromisoformat(pub), "text": text})


def _rows(text, pub="2024-03-14"):
    return [(e["cameo_code"], e["rule"], e["actor1_code"], e["actor2_code"], e["admin1_code"], e["location_name"],
             e["occupied"], str(e["event_date"]), e["themes"], e["recognition_stance"]) for e in _code(text, pub)]


# --- R1: annexations dated to a year, read in that year, are no restatement -------------------------------------
@pytest.mark.parametrize("text, pub, regions", [
    ("Moscow annexed four Ukrainian regions days after the 2022 referendums.", "2022-10-05",
     {"UA-14", "UA-09", "UA-23", "UA-65"}),
    ("Moscow annexed four Ukrainian regions in 2022.", "2022-10-05", {"UA-14", "UA-09", "UA-23", "UA-65"}),
    ("Russia annexed Crimea days after the 2014 referendum.", "2014-04-20", {"UA-43"}),
    ("Russia annexed Crimea in 2014.", "2014-04-20", {"UA-43"}),
    ("Russia formally annexed Crimea weeks after the 2014 referendum, Kyiv said.", "2014-05-02", {"UA-43"}),
])
def test_annexation_dated_to_its_year_is_coded(text, pub, regions):
    got = [e for e in _code(text, pub) if e["rule"] == "recognition.annex"]
    assert {e["admin1_code"] for e in got} == regions, _rows(text, pub)
    assert all(e["occupied"] and e["date_precision"] == "year" for e in got), _rows(text, pub)


@pytest.mark.parametrize("text, pub", [
    # a restatement years later (docs/coder.md, background_after_days): not coded
    ("Russia annexed Crimea in 2014.", "2024-03-14"),
    ("Russia annexed Crimea days after the 2014 referendum.", "2022-10-05"),
    # a month's last day more than 90 days before the report
    ("Russia annexed Crimea in March 2014.", "2014-07-15"),
])
def test_annexation_restated_long_after_is_background(text, pub):
    assert not [e for e in _code(text, pub) if e["rule"] == "recognition.annex"], _rows(text, pub)


# --- R1: the occupied flag of an act dated to the year its place's occupation began --------------------------------
@pytest.mark.parametrize("text, admin1", [
    ("Nicaragua recognised Abkhazia shortly after the 2008 war.", "GE-AB"),
    ("Venezuela recognised Abkhazia a few weeks after the 2008 war. Nauru followed in 2009.", "GE-AB"),
    ("Russia recognised Abkhazia and South Ossetia shortly after the 2008 war.", "GE-SO"),
    ("Russia opened an embassy in Sukhumi two weeks after the 2008 war.", "GE-AB"),
    ("Russian forces detained the mayor of Melitopol a few weeks after the 2022 invasion, his family said.", "UA-23"),
    ("Russian troops detained the mayor of Kherson days after the 2022 invasion.", "UA-65"),
])
def test_act_in_the_year_an_occupation_began_is_occupied(text, admin1):
    got = [e for e in _code(text) if e["admin1_code"] == admin1]
    assert got and all(e["occupied"] for e in got), _rows(text)
    assert all(e["event_date"].month == 1 and e["event_date"].day == 1 for e in got)  # the date itself unchanged


@pytest.mark.parametrize("text, pub", [
    # the city was free all of 2023 (liberated in November 2022)
    ("Ukrainian troops shelled Kherson in 2023.", "2024-03-14"),
    # the occupation began after the report: the year up to the report saw none
    ("Russian troops detained the mayor of Kherson in 2022.", "2022-02-01"),
])
def test_act_in_a_year_without_occupation_stays_free(text, pub):
    got = [e for e in _code(text, pub) if e["admin1_code"] == "UA-65"]
    assert got and not any(e["occupied"] for e in got), _rows(text, pub)


# --- R2: "the shipyard" takes the place in the site's own name -----------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("The Kerch shipyard in occupied Crimea was hit by Ukrainian missiles last year. The shipyard has since hired 70 "
     "welders from Uzbekistan.", "Kerch"),
    ("The Alchevsk steelworks in occupied Luhansk region resumed output in 2023. The steelworks has hired 200 workers "
     "from Uzbekistan.", "Alchevsk"),
    ("The Kerch shipyard in occupied Crimea was hit by Ukrainian missiles last year. The facility has since hired 70 "
     "welders from Uzbekistan.", "Kerch"),
    ("Ukrainian drones hit Sevastopol and the Kerch shipyard in occupied Crimea last year. The shipyard has since "
     "hired 70 welders from Uzbekistan.", "Kerch"),
    ("The Zaliv shipyard in Kerch was hit by Ukrainian missiles last year. The shipyard has since hired 70 welders "
     "from Uzbekistan.", "Kerch"),
])
def test_site_anaphor_takes_the_place_in_the_sites_name(text, place):
    got = [e for e in _code(text) if e["rule"] == "labor.bring_workers"]
    assert [(e["location_name"], e["occupied"]) for e in got] == [(place, True)], _rows(text)


@pytest.mark.parametrize("text", [
    # the site named by no place: the region after "in"
    "A shipyard in occupied Crimea was hit by Ukrainian missiles last year. The shipyard has since hired 70 welders "
    "from Uzbekistan.",
    # a speaker's city before "said" names no site
    "Russian officials in Simferopol said a shipyard in occupied Crimea had been hit. The shipyard has since hired 70 "
    "welders from Uzbekistan.",
])
def test_site_anaphor_without_a_named_site_keeps_the_region(text):
    got = [e for e in _code(text) if e["rule"] == "labor.bring_workers"]
    assert [(e["admin1_code"], e["location_name"]) for e in got] == [("UA-43", "Autonomous Republic of Crimea")], \
        _rows(text)


# --- judged visits: a visit must be told; an unthemed visit's visitors are the target ------------------------------
@pytest.mark.parametrize("text", [
    "Tbilisi said the trip was a provocation.",
    "Kyiv said the visit was illegal.",
    "Kyiv said the trip breached Ukrainian law.",
    "Moldova's foreign ministry said the visit was an unfriendly act.",
])
def test_judged_visit_with_no_visit_told_codes_nothing(text):
    assert not _code(text), _rows(text)


@pytest.mark.parametrize("text, judge, visitors", [
    ("Russian State Duma deputies visited Tiraspol on Friday. Moldova's foreign ministry said the visit was an "
     "unfriendly act.", "MDAGOV", "RUSLEG"),
    ("A delegation of Russian senators arrived in Sukhumi on Monday. Georgia's foreign ministry said the trip was a "
     "provocation.", "GEOGOV", "RUSLEG"),
    ("Serbian President Aleksandar Vucic travelled to Moscow on Wednesday. Ukraine's foreign ministry said the visit "
     "was an unfriendly act.", "UKRGOV", "SRBGOV"),
])
def test_judged_unthemed_visit_targets_the_visitors(text, judge, visitors):
    got = [e for e in _code(text) if e["rule"] == "disapprove.judged_visit_copula"]
    assert [(e["actor1_code"], e["actor2_code"], e["themes"]) for e in got] == [(judge, visitors, [])], _rows(text)


def test_judged_themed_visit_stays_a_denial():
    text = ("A Venezuelan delegation arrived in Tskhinvali on Tuesday. Tbilisi said the trip violated Georgia's "
            "territorial integrity.")
    got = [e for e in _code(text) if e["rule"] == "disapprove.judged_visit_verb"]
    assert [(e["actor1_code"], e["actor2_code"], e["recognition_stance"]) for e in got] == [
        ("GEOGOV", "VENGOV", "deny")], _rows(text)


# --- a signing between entities named in one of their towns: there for both directions ----------------------------
@pytest.mark.parametrize("text, admin1, place", [
    ("The leaders of Abkhazia and South Ossetia signed a package of bilateral documents in Sukhumi.", "GE-AB",
     "Sukhumi"),
    ("Abkhazia and South Ossetia signed a cooperation agreement in Sukhumi.", "GE-AB", "Sukhumi"),
    ("The leaders of Abkhazia and South Ossetia signed a cooperation agreement in Tskhinvali.", "GE-SO", "Tskhinvali"),
    ("The heads of the DPR and LPR signed an agreement in occupied Donetsk.", "UA-14", "Donetsk"),
])
def test_signing_place_in_a_partys_territory_for_both_directions(text, admin1, place):
    got = [e for e in _code(text) if e["rule"] == "support.sign"]
    assert len(got) == 2 and {(e["admin1_code"], e["location_name"]) for e in got} == {(admin1, place)}, _rows(text)


@pytest.mark.parametrize("text, places", [
    # a place outside both entities: each direction keeps the territory it concerns
    ("Abkhazia and South Ossetia signed a cooperation agreement in Moscow.", {"GE-AB", "GE-SO"}),
    ("Venezuela and Abkhazia signed a memorandum on cooperation in Caracas.", {"GE-AB"}),
])
def test_signing_place_outside_the_entities_stays_their_territory(text, places):
    got = [e for e in _code(text) if e["rule"] == "support.sign"]
    assert got and {e["admin1_code"] for e in got} == places, _rows(text)


# --- workers told before are no recruiters ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Occupation authorities in Henichesk said on Monday that 400 workers from Kyrgyzstan would arrive. They said the "
    "region would also recruit drivers from Tajikistan.",
    "Occupation authorities in Henichesk said on Monday that 400 workers from Kyrgyzstan would arrive. They said they "
    "would also recruit drivers from Tajikistan.",
    "Occupation authorities in Henichesk said on Monday that 400 workers from Kyrgyzstan would arrive. They will also "
    "recruit builders from Tajikistan.",
])
def test_workers_told_before_do_not_recruit(text):
    got = [e for e in _code(text) if e["rule"] == "labor.bring_workers"]
    assert got and not any((e["actor1_code"] or "").endswith("LAB") for e in got), _rows(text)
    # the arriving workers stay the arrival's own doers
    assert any(e["rule"] == "labor.workers_arrive" and e["actor1_code"] == "KGZLAB" for e in _code(text))


def test_workers_told_before_keep_their_own_acts():
    # a signing is no taking on of workers: the builders told before sign their contracts
    text = ("Some 300 builders from Uzbekistan arrived in occupied Mariupol on Monday. They signed contracts with the "
            "city administration.")
    assert any(e["rule"] == "support.sign" and e["actor1_code"] == "UZBLAB" for e in _code(text)), _rows(text)


# --- deals and documents of the occupation authorities judged void: the sayer's denial, no signing ------------------
@pytest.mark.parametrize("text, sayer", [
    ("Moldova said deals signed with Tiraspol's leaders were null and void.", "MDA"),
    ("Moldova said any deals signed with Tiraspol's leaders were null and void.", "MDA"),
    ("Ukraine said passports issued by the occupation authorities were null and void.", "UKR"),
    ("Kyiv said all contracts signed with Russian-installed officials in Crimea are null and void.", "UKRGOV"),
    ("Ukraine said that decisions taken by the occupation authorities in Kherson were null and void.", "UKR"),
    ("Georgia said decrees adopted by the de facto authorities in Sukhumi were null and void.", "GEO"),
])
def test_documents_judged_void_are_the_sayers_denial(text, sayer):
    got = _code(text)
    themed = [e for e in got if "diplomatic_recognition" in e["themes"]]
    assert [(e["actor1_code"], e["recognition_stance"]) for e in themed] == [(sayer, "deny")], _rows(text)
    assert not any(e["cameo_code"] == "057" for e in got), _rows(text)


@pytest.mark.parametrize("text", [
    "The board said decisions taken by the former chairman were null and void.",
    "The court said the contract signed with the supplier was null and void.",
])
def test_documents_judged_void_without_occupation_are_no_denial(text):
    assert not [e for e in _code(text) if "diplomatic_recognition" in e["themes"]], _rows(text)
