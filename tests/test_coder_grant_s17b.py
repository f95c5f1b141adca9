"""Recognition granted told through its consequences (session 17, branch s17m1): a parliamentary friendship group
with an entity's assembly (recognition.friendship_group), premises that are to house a mission
(recognition.mission_premises), a visit told by "his stay in" (consult.stay_noun), a visit in a sentence that points
back to the visited city ("on the city's outskirts": coder._pointed_places), and a visit noun whose complement names
an occupied place before a parenthetical and "was cancelled" (coder._cancelled_after). Sentences written for these
rules, with near-misses that must not change."""
import pytest

from pipeline.coding import code_article


def _code(text, published="2024-05-17"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _themed(evs, rule=None):
    return [e for e in evs if "diplomatic_recognition" in e["themes"] and (rule is None or e["rule"] == rule)]


# ------------------------------------------------------------------ friendship groups between parliaments
@pytest.mark.parametrize("text,source,target", [
    ("Venezuela's National Assembly set up a parliamentary friendship group with the People's Assembly of Abkhazia "
     "on Tuesday, officials in Sukhumi said.", "VENLEG", "ABKLEG"),
    ("Nicaraguan deputies formed an inter-parliamentary friendship group with the People's Council of the DPR.",
     "NICLEG", "DPRLEG"),
    ("The Syrian parliament announced the creation of a parliamentary friendship group with South Ossetia.",
     "SYRLEG", "SOS"),
])
def test_friendship_group_with_entity_assembly_is_grant(text, source, target):
    evs = _themed(_code(text), "recognition.friendship_group")
    assert evs and all(e["recognition_stance"] == "grant" and e["cameo_code"] == "050" for e in evs)
    assert any(e["actor1_code"] == source and e["actor2_code"] == target for e in evs)


@pytest.mark.parametrize("text", [
    "Japan's Diet set up a parliamentary friendship group with Mongolia's parliament.",
    "Students in Sukhumi set up a friendship club with a school in Kazan.",
    "Abkhaz and Russian veterans formed a friendship society in Sukhumi last year.",
    "The Serbian parliament's friendship group with Russia met in Belgrade on Monday.",
])
def test_friendship_near_misses_code_no_theme(text):
    assert not _themed(_code(text))


# ------------------------------------------------------------------ premises that are to house a mission
@pytest.mark.parametrize("text", [
    "A renovated mansion in the centre of Donetsk is to house Syria's consulate general, the DPR foreign ministry "
    "said.",
    "A villa on the seafront in Sukhumi will house the Nicaraguan embassy, Abkhaz officials said.",
    "The former bank building in Tskhinvali would house Venezuela's diplomatic mission, South Ossetia's foreign "
    "minister said.",
])
def test_premises_to_house_a_mission_is_grant(text):
    evs = _themed(_code(text), "recognition.mission_premises")
    assert evs and all(e["recognition_stance"] == "grant" and e["cameo_code"] == "054" for e in evs)


@pytest.mark.parametrize("text", [
    "A shell hit the building housing the Russian consulate in occupied Donetsk.",
    "The building that used to house the Ukrainian consulate in Simferopol is now a museum.",
    "The mansion in Sukhumi that once housed the Georgian embassy was demolished.",
    "A new office tower in Kyiv will house the Polish embassy from next year.",
    "The hangar is large enough to house two planes, officials in occupied Donetsk said.",
])
def test_premises_near_misses_code_no_grant(text):
    assert not _themed(_code(text), "recognition.mission_premises")
    assert not [e for e in _themed(_code(text)) if e["recognition_stance"] == "grant"]


# ------------------------------------------------------------------ a visit told by "his stay in"
@pytest.mark.parametrize("text", [
    "Gustavo Porras, the speaker of Nicaragua's parliament, planted a tree outside the parliament in Sukhumi on the "
    "last day of his stay in Abkhazia.",
    "The Syrian deputy foreign minister visited a bread factory in Luhansk during his stay in the LPR.",
    "A delegation of Malian lawmakers laid flowers at a memorial in Donetsk on the second day of their stay in the "
    "DPR.",
])
def test_stay_in_occupied_place_is_themed_visit(text):
    evs = _themed(_code(text))
    assert any(e["cameo_code"] == "042" and e["recognition_stance"] == "grant" for e in evs), \
        [(e["rule"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    "Ukrainian refugees said their stay in Poland had been difficult.",
    "The former president spent most of his stay in power fighting corruption.",
    "The minister thanked doctors for their care during his stay in hospital.",
    "Russian troops will stay in Transnistria, the defence minister said.",
    "The governor said his stay in office would end in May.",
    "The footballer said his stay in Donetsk had been the best years of his career.",
])
def test_stay_near_misses_code_no_visit(text):
    assert not [e for e in _code(text) if e["rule"] == "consult.stay_noun"]
    assert not _themed(_code(text))


# ------------------------------------------------------------------ a visit pointing back to the visited city
_LEAD = ("Malian delegation visits occupied Melitopol\n\nMELITOPOL, May 17 (TASS) - A delegation of Malian lawmakers "
         "arrived in occupied Melitopol on Wednesday. Ouagadougou has not commented. Nothing was said about trade. ")


@pytest.mark.parametrize("tail", [
    "In March, a group of Eritrean lawmakers toured a grain terminal on the city's outskirts.",
    "Last year a group of Nicaraguan deputies visited a bread factory in the city.",
])
def test_visit_pointing_back_to_story_city_is_themed(tail):
    evs = [e for e in _code(_LEAD + tail) if e["trigger_text"].lower() in ("toured", "visited")]
    assert evs and all("diplomatic_recognition" in e["themes"] for e in evs), \
        [(e["trigger_text"], e["themes"]) for e in evs]


@pytest.mark.parametrize("text", [
    # the story is about Kyiv: "the city" is Kyiv, though the article names occupied Donetsk
    "Hungarian mayors tour Kyiv\n\nKYIV, May 3 - A group of Hungarian mayors arrived in Kyiv on Tuesday. Separately, "
    "shelling hit occupied Donetsk again. Russia denied it. Officials said. In the afternoon, a group of Hungarian "
    "lawmakers toured a school on the city's outskirts.",
    # no anaphor: the school is nowhere named
    "Malian delegation visits occupied Melitopol\n\nMELITOPOL, May 17 (TASS) - A delegation of Malian lawmakers "
    "arrived in occupied Melitopol on Wednesday. Ouagadougou has not commented. Nothing was said about trade. In "
    "March, a group of Eritrean lawmakers toured a grain terminal.",
])
def test_visit_pointing_back_near_misses(text):
    evs = [e for e in _code(text) if e["trigger_text"].lower() == "toured"]
    assert evs and not any(e["themes"] for e in evs)


# ------------------------------------------------------------------ a cancelled visit to an occupied place
@pytest.mark.parametrize("text", [
    "A visit by a Chadian government delegation to occupied Melitopol, announced by the occupation governor, was "
    "cancelled on Friday.",
    "A trip by Nicaraguan lawmakers to annexed Crimea, planned for May, has been postponed.",
    "The visit of a Syrian delegation to occupied Luhansk, touted by local officials, was called off hours before "
    "it was due to begin.",
])
def test_cancelled_visit_to_occupied_place_codes_no_grant(text):
    assert not _themed(_code(text))


@pytest.mark.parametrize("text", [
    "A visit by a Chadian government delegation to occupied Melitopol, announced last week, took place on Monday.",
    "A visit by a Chadian delegation to occupied Melitopol, hosted by the occupation governor, ended on Friday.",
])
def test_visit_that_took_place_stays_grant(text):
    assert any(e["recognition_stance"] == "grant" for e in _themed(_code(text)))
