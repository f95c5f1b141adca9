"""Review of the session-14 rules (findings 2-10 of a read-only reviewer, and three phrasings wrong before them):
the reviewer's sentences plus new variants and near-misses. Each mended class failed before its mend.

Kept (the reviewer's "improvements"): "the sides" after a meeting, "the guests" after a visit, unofficial visitors,
cancelled visits dropped, courting recognition for entities, recruitment "for the Russian army" as an event noun
subject, "the ministry" after "Georgia's government ..., the foreign ministry said".
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 5, 15)


def _events(text: str) -> list:
    return code_article({"article_id": "r14", "text": text, "published": PUB})


def _sent(text: str, sent: str) -> list:
    """Events whose trigger lies in the sentence starting with sent."""
    lo = text.index(sent)
    hi = text.find(". ", lo)
    hi = len(text) if hi < 0 else hi
    return [e for e in _events(text) if lo <= e["char_start"] < hi]


def _codes(evs) -> set:
    return {(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in evs}


# ------------------------------------------------------------------ 2. "the republic" is no entity's then
REPUBLIC_NOT_ENTITY = [
    ("A delegation from the Republic of Belarus visited Luhansk on Monday. The republic plans to open a trade "
     "mission there.", "The republic plans"),
    ("Chechen leader Ramzan Kadyrov visited occupied Mariupol on Monday. The republic will send 500 builders to "
     "rebuild the city.", "The republic will"),
    ("Dagestan's leader met DPR head Denis Pushilin in Makhachkala. The republic will send 300 builders to "
     "Mariupol.", "The republic will"),
    ("The Czech Republic condemned the visit of Abkhaz officials to Moscow. The republic also summoned the Russian "
     "ambassador.", "The republic also"),
    ("Tatarstan's head Rustam Minnikhanov toured occupied Melitopol on Friday. The republic will send 200 workers "
     "to repair schools in the city.", "The republic will"),
]


@pytest.mark.parametrize("text,sent", REPUBLIC_NOT_ENTITY)
def test_republic_not_the_entity(text, sent):
    actors = {c for e in _sent(text, sent) for c in (e["actor1_code"], e["actor2_code"])}
    assert not {c for c in actors if c and c[:3] in {"DPR", "LPR", "ABK", "SOS", "TRN"}}, actors


REPUBLIC_ENTITY = [  # near-misses: the entity named by name stays the antecedent
    ("Abkhaz President Aslan Bzhania met Venezuelan diplomats in Sukhumi on Monday. The republic plans to open an "
     "embassy in Caracas.", "The republic plans", "ABKGOV"),
    ("Luhansk People's Republic head Leonid Pasechnik received a delegation from Nicaragua. The republic will open "
     "a consulate in Managua.", "The republic will", "LPRGOV"),
]


@pytest.mark.parametrize("text,sent,code", REPUBLIC_ENTITY)
def test_republic_still_the_entity(text, sent, code):
    assert code in {e["actor1_code"] for e in _sent(text, sent)}


# ------------------------------------------------------------------ 3. called off, then held after all
HELD_AFTER_ALL = [
    ("A visit by Syrian officials that was postponed in March finally took place in Sukhumi on Tuesday.", "042"),
    ("Talks between Russian and Abkhaz officials that had been cancelled in March were held in Sukhumi on Monday.",
     "04"),
    ("The meeting of Abkhaz and Russian officials was postponed to Tuesday and held in Sukhumi.", "04"),
    ("A visit of a Nicaraguan delegation to Sukhumi, which was postponed last year, went ahead on Monday.", "042"),
]


@pytest.mark.parametrize("text,root", HELD_AFTER_ALL)
def test_held_after_all(text, root):
    assert any(e["cameo_code"].startswith(root) for e in _events(text))


CALLED_OFF = [  # near-misses: still dropped
    "A planned visit of a Nicaraguan delegation to Sukhumi was cancelled on Monday.",
    "Talks between Russian and Abkhaz officials were postponed until further notice.",
]


@pytest.mark.parametrize("text", CALLED_OFF)
def test_called_off_still_dropped(text):
    assert not any(e["cameo_code"].startswith("04") for e in _events(text))


# ------------------------------------------------------------------ 4. hired to make things for the army
FOR_THE_ARMY_WORK = [
    "A factory in Donetsk recruited workers to build drones for the Russian army.",
    "Companies in occupied Melitopol recruited seamstresses to sew uniforms for the Russian army.",
    "Migrants in Moscow are being recruited to work at factories producing shells for the Russian army.",
    "The plant in Yelabuga recruited students to assemble drones for the Russian military.",
]


@pytest.mark.parametrize("text", FOR_THE_ARMY_WORK)
def test_work_for_the_army_is_no_enlistment(text):
    assert not any(e["rule"] == "labor.recruit_into_army" for e in _events(text))


FOR_THE_ARMY_ENLIST = [  # near-misses: enlistment stays
    "Russian officials recruited men in occupied Melitopol for the Russian army.",
    "Recruitment of Central Asian migrants for the Russian army has intensified in Moscow.",
    "Recruiters in Moscow recruited migrants to fight for the Russian army.",
]


@pytest.mark.parametrize("text", FOR_THE_ARMY_ENLIST)
def test_enlistment_for_the_army_stays(text):
    assert any(e["rule"] == "labor.recruit_into_army" for e in _events(text))


# ------------------------------------------------------------------ 7. "the guests" after a reported arrival
def test_the_guests_after_a_reported_arrival():
    text = ("Abkhazia's foreign ministry said a Venezuelan delegation arrived in Sukhumi. It said the guests would "
            "meet Bzhania.")
    assert "VENGOV" in {e["actor1_code"] for e in _sent(text, "It said the guests")}


def test_the_visitors_after_a_reported_arrival():
    text = ("The DPR information ministry said a Nicaraguan delegation arrived in Donetsk on Monday. The visitors "
            "will meet Denis Pushilin on Tuesday.")
    assert "NICGOV" in {e["actor1_code"] for e in _sent(text, "The visitors will")}


# ------------------------------------------------------------------ 8. historical deportations
HISTORICAL_DEPORTATION = [
    "The deportation of Crimean Tatars in 1944 sent thousands to work in labour camps in Uzbekistan.",
    "The deportation of Chechens in 1944 forced thousands to work on collective farms in Kazakhstan.",
]


@pytest.mark.parametrize("text", HISTORICAL_DEPORTATION)
def test_historical_deportation_is_no_forced_labour(text):
    assert not any(e["cameo_code"] == "170" and "deportation" in e["trigger_text"] for e in _events(text))


def test_deportation_to_work_stays():
    text = "The deportation of teenagers from occupied Kherson to work in Crimea was condemned by Kyiv."
    assert any(e["rule"] == "labor.forced_labor" for e in _events(text))


# ------------------------------------------------------------------ 10. courting recognition needs the context
@pytest.mark.parametrize("text", [
    "Taiwan is courting Pacific island states for recognition.",
    "Kosovo is wooing African governments for recognition.",
])
def test_courting_recognition_without_occupation_context(text):
    assert not any(e["cameo_code"] == "0211" for e in _events(text))


def test_courting_recognition_for_an_entity_stays():
    text = "Abkhazia is courting Latin American governments for recognition."
    assert any(e["cameo_code"] == "0211" and e["actor1_code"][:3] == "ABK" for e in _events(text))


# ------------------------------------------------------------------ wrong in both builds
@pytest.mark.parametrize("text", [
    "Belarusian club Dinamo Minsk visited Luhansk for a friendly.",
    "A Belarusian hockey squad visited occupied Donetsk for a tournament.",
])
def test_sports_club_visit_is_no_official_visit(text):
    assert not any(e["themes"] for e in _events(text) if e["cameo_code"].startswith("04"))


def test_the_russian_side_is_still_an_official_visitor():
    text = "The Russian side visited Sukhumi for talks on the border."
    assert any(e["cameo_code"].startswith("04") and e["themes"] for e in _events(text))


@pytest.mark.xfail(strict=True, reason="not mended: 'sign up' as a recruit verb would also read self-enlistment "
                   "('signed up for the Russian army', labor.join_army's class) as recruitment")
def test_signing_up_men_for_the_army():
    text = "Russian recruiters in Abkhazia are signing up local men for the Russian army."
    assert any(e["rule"] == "labor.recruit_into_army" for e in _events(text))
