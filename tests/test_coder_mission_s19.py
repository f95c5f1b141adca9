"""Session 19 (mission: labour acts and their places). A labour act whose doer is a place-bound noun ("the facility",
"the port", "the shipyard", "authorities there") is placed where the text puts it: "the facility" points back to a
sentence naming any site (grammar.yaml facility_anaphor_general), and port trades (dockers, stevedores, crane
operators) and drivers named with their origin are labour objects. A workers' origin never places the act: "from
Russia's Rostov region" is an origin as "from the Rostov region" is (coder._owner_origins), an origin named with its
state after "of" ("from the Rostov region of Russia") still lets the passive verb find its subject
(triggers._origin_gap), and a labour act whose only place is the origin has no place (coder._themed_places)."""
import pytest

from pipeline.coding.coder import code_article


def _events(text, published="2025-03-03"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _labour(text):
    return [e for e in _events(text) if "labor_migration" in e["themes"]]


def _labour_places(text):
    return sorted({e["admin1_code"] for e in _labour(text)}, key=str)


# ------------------------------------------------------------------ doers bound to a place (class 1)
# (text, admin1 of the labour act)
PLACE_BOUND = [
    # "the facility" after a sentence naming a plant, a steelworks, a mine
    ("Russia seized the Zaporizhzhia nuclear plant in March 2022. The facility has since hired 300 specialists "
     "from Rosatom plants in Russia.", "UA-23"),
    ("Russian forces took the Avdiivka coke plant in February 2024. The facility has hired 90 welders from "
     "Uzbekistan, the Russian-installed administration said.", "UA-14"),
    ("The Krasnodon coal mine in occupied Luhansk region reopened in May. The facility has taken on 120 miners "
     "from Kyrgyzstan.", "UA-09"),
    # port trades, "there" and a port as doers
    ("In occupied Berdiansk, the port has resumed grain shipments. Authorities there have hired 70 dockers from "
     "Uzbekistan.", "UA-23"),
    ("Mariupol's port was taken over by a Russian state company. The port has hired 80 crane operators from "
     "Tajikistan.", "UA-14"),
    ("The port in occupied Berdiansk has taken on 45 stevedores from Kyrgyzstan, a local outlet reported.", "UA-23"),
    # drivers only with their origin
    ("HENICHESK, Dec 12 - The Russian-installed governor of the Kherson region said on Wednesday that 400 workers "
     "from Kyrgyzstan would arrive in Henichesk. He said the region would also recruit drivers from Tajikistan.",
     "UA-65"),
    ("The occupation authorities in Melitopol have hired 60 bus drivers from Uzbekistan.", "UA-23"),
]


@pytest.mark.parametrize("text,admin1", PLACE_BOUND)
def test_place_bound_doer_labour(text, admin1):
    assert admin1 in _labour_places(text)


PLACE_BOUND_NEAR_MISSES = [
    # dockers hired far from any mission place, drivers with no origin, drivers or dockers in no labour act
    "The port of Rotterdam has hired 70 dockers from Poland.",
    "The occupation authorities in Melitopol have hired 60 bus drivers.",
    "Dockers at the port of Odesa went on strike on Monday.",
    "A bus driver from Uzbekistan was injured in shelling in occupied Donetsk, local officials said.",
    "Russia seized the Zaporizhzhia nuclear plant in March 2022. The facility was shelled again on Sunday.",
]


@pytest.mark.parametrize("text", PLACE_BOUND_NEAR_MISSES)
def test_place_bound_near_misses(text):
    assert not _labour(text)


def test_facility_points_to_the_site_sentence():
    # "the facility" skips a sentence naming no site for the one before it that names one
    text = ("Russia seized the Zaporizhzhia nuclear plant in March 2022. Officials later met in Kherson. The facility "
            "has since hired 300 specialists from Belarus.")
    assert _labour_places(text) == ["UA-23"]
    # the named-site reading stays for the specific nouns
    text = "Russia seized the Zaporizhzhia nuclear plant in 2022. The plant has since taken on 300 workers from Belarus."
    assert _labour_places(text) == ["UA-23"]


# ------------------------------------------------------------------ an origin is no place (class 2)
# (text, admin1 of the labour act: the destination, or None when none is named)
ORIGIN_NOT_PLACE = [
    ("Authorities there have recruited 300 builders from Russia's Rostov region.", None),
    ("Occupied Sievierodonetsk was largely destroyed in 2022. Authorities there have recruited 300 builders from "
     "Russia's Rostov region.", "UA-09"),
    ("The mine in occupied Rovenky took on 150 miners from Russia's Rostov region.", "UA-09"),
    ("The shipyard in occupied Kerch has hired 60 welders from Russia's Krasnodar region.", "UA-43"),
    ("Russian-installed officials said on Monday they had hired 40 electricians from Belarus's Gomel region for "
     "the Nova Kakhovka grid.", "UA-65"),
    # an origin with its state after "of" before a passive verb
    ("Hundreds of miners from the Rostov region of Russia were brought to work at mines in occupied Luhansk region.",
     "UA-09"),
    ("Builders from the Republic of Bashkortostan have been sent to occupied Mariupol.", "UA-14"),
    ("Welders from the Gomel region of Belarus arrived in occupied Mariupol last week.", "UA-14"),
    # the dev21 row (KNOWN_WRONG before s19) and an officialese variant
    ("In accordance with the instruction of the Head of the Republic, 1,500 specialists from the constituent entities "
     "of the Russian Federation have been attracted to restore housing and utilities in Lisichansk and Severodonetsk, "
     "the LPR Ministry of Construction reported.", "UA-09"),
    ("Builders from the subjects of the Russian Federation have been sent to occupied Lysychansk.", "UA-09"),
]


@pytest.mark.parametrize("text,admin1", ORIGIN_NOT_PLACE)
def test_origin_is_no_place(text, admin1):
    places = _labour_places(text)
    assert places, "no labour event"
    assert places == [admin1]


ORIGIN_NEAR_MISSES = [
    # an act whose own place follows "from" with a moving verb stays there; a non-labour origin stays unthemed
    ("Russian troops withdrew from Russia's Kursk region, the ministry said.", None),
    ("Two men from Russia's Rostov region were detained in Kharkiv.", "UA-63"),
]


@pytest.mark.parametrize("text,admin1", ORIGIN_NEAR_MISSES)
def test_origin_near_misses(text, admin1):
    assert not _labour(text)
    if admin1 is not None:
        assert admin1 in {e["admin1_code"] for e in _events(text)}


def test_origin_region_of_not_past_a_clause():
    # a relative clause or a second phrase is no origin: the passive finds no subject across it
    assert not _labour("Officials from the Rostov region of Russia who visited the city said roads were repaired.")


# ------------------------------------------------------------------ housing put up for incoming workers (class 3)
# (KNOWN_WRONG class "housing for incoming workers": d20b's hostel; dev22's tented camp that "has gone up" and dev24's
# dormitory "turned into a hostel" stay open)
HOUSING = [
    # d20b's act, with its occupied place in the sentence
    ("In occupied Mariupol, the administration opened a hostel for 500 migrant workers in a former vocational school.",
     "UA-14"),
    # own variants: other housing, verbs, workers and regions
    ("The Russian-installed authorities in Kherson region have set up a modular town for 800 construction workers "
     "near Henichesk.", "UA-65"),
    ("Occupation authorities in Luhansk have built barracks for 600 miners from Kyrgyzstan near the Sverdlov mine.",
     "UA-09"),
    ("Russian contractors put up a tent camp for Central Asian workers outside occupied Tokmak, Ukrainian partisans "
     "said.", "UA-23"),
]


@pytest.mark.parametrize("text,admin1", HOUSING)
def test_housing_for_workers(text, admin1):
    got = [e for e in _labour(text) if e["rule"] == "labor.housing_for_workers"]
    assert got and {e["admin1_code"] for e in got} == {admin1}


HOUSING_NEAR_MISSES = [
    # housing that exists (an attack on it), housing for others, housing in no occupation context, a place's own staff
    "A Russian missile hit a hostel for construction workers in Kharkiv.",
    "A drone struck a dormitory for workers of the Zaporizhzhia nuclear plant in occupied Enerhodar.",
    "The occupation authorities in Melitopol opened a hostel for students.",
    "Authorities in occupied Mariupol opened a camp for displaced families.",
    "The university in Kazan opened a new dormitory for 500 foreign students.",
    "Authorities in occupied Mariupol opened a hostel for workers of the local port.",
]


@pytest.mark.parametrize("text", HOUSING_NEAR_MISSES)
def test_housing_near_misses(text):
    assert not [e for e in _labour(text) if e["rule"] == "labor.housing_for_workers"]


# ------------------------------------------------------------------ documents signed named by their purpose (class 3)
# (KNOWN_WRONG class "signing wording": fresh14's "inked eleven cooperation documents")
SIGNED_DOCUMENTS = [
    ("Officials from the DPR and Venezuelan state governors inked eleven cooperation documents on the sidelines of "
     "the St Petersburg economic forum.", True),
    ("Abkhazia and Nicaragua signed four intergovernmental documents in Managua on Tuesday.", True),
    ("The foreign ministers of Serbia and Hungary signed several bilateral documents in Belgrade.", False),
    ("South Ossetia's leader and a Syrian delegation signed documents on cooperation in trade and education.", True),
]


@pytest.mark.parametrize("text,themed", SIGNED_DOCUMENTS)
def test_signed_documents(text, themed):
    signs = [e for e in _events(text) if e["rule"] == "support.sign"]
    assert signs
    assert all(("diplomatic_recognition" in e["themes"]) == themed for e in signs)


SIGNED_DOCUMENTS_NEAR_MISSES = [
    # any paper signed, and documents that are not signed
    "The notary signed the documents on Monday.",
    "The DPR delegation signed documents at the border checkpoint.",
    "Police seized cooperation documents from the company's office in Donetsk.",
]


@pytest.mark.parametrize("text", SIGNED_DOCUMENTS_NEAR_MISSES)
def test_signed_documents_near_misses(text):
    assert not [e for e in _events(text) if e["rule"] == "support.sign"]
