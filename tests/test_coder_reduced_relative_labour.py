"""Labour reduced relatives and their limits (review s13 findings 5, 6, 7, 10).

- triggers._reduced_relative_before: a participle right after its noun (_participle_after_noun, shared with the cue
  rule _reduced_relative) folds into a later passive verb of its theme only when it takes no direct object and no
  new clause stands between ("Russia recruited Uzbek migrants ..., and they were sent": the recruiter keeps its act).
- triggers._crosses_passive: an object search never reaches past a finite be-form and participle ("Men recruited in
  Melitopol | were taken | to Russia to dig trenches": one act, taken's).
- labor.send_to_workplace: schools, hospitals, clinics and universities as the destination need a profession word.
- themes.yaml labor_migration mission_link occupied_state_doer_roles: the occupied state's own hiring is no mission
  labour; geo qualifiers: "the de-occupied parts of" is unoccupied."""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.text import tokenize
from pipeline.coding.triggers import _participle_after_noun

PUB = dt.date(2024, 5, 16)


def _labour(text):
    return [e for e in code_article({"article_id": "t", "text": text, "published": PUB})
            if "labor_migration" in e["themes"]]


def _show(ev):
    return [(e["rule"], e["actor1_code"], e["actor2_code"], e["trigger_text"]) for e in ev]


# ---------------------------------------------------------------- finding 5: a main-clause verb is no reduced relative
@pytest.mark.parametrize("text, doer, hired", [
    ("Russia recruited Uzbek migrants to work in occupied Donetsk, and they were sent to dig trenches.",
     "RUS", "UZBLAB"),
    ("A Moscow contractor hired 200 Kyrgyz citizens to work in occupied Mariupol, where they were sent to build "
     "fortifications.", "RUSBUS", "KGZCVL"),
    ("A Rostov firm recruited dozens of Tajik nationals to work in occupied Melitopol, and the men were later sent "
     "to dig trenches.", "BUS", "TJKCVL"),
    # no object, but a new clause ("and the workers were sent"): the firm's recruiting stays its own act
    ("A Moscow firm recruited in Tashkent to work in occupied Mariupol, and the workers were sent to dig trenches.",
     "RUSBUS", "LAB"),
])
def test_a_main_clause_hiring_keeps_its_hirer(text, doer, hired):
    ev = _labour(text)
    assert any(e["actor1_code"] == doer and e["actor2_code"] == hired for e in ev), _show(ev)


@pytest.mark.parametrize("text", [
    "Citizens of Kyrgyzstan hired in Moscow to work in occupied Donetsk were sent to dig trenches.",
    "Kazakh citizens hired in Moscow to work in occupied Mariupol were sent to build fortifications.",
    # a coordinated place is one noun phrase, no new clause
    "Builders hired in Moscow to work in occupied Mariupol and Donetsk were sent to build fortifications.",
])
def test_a_reduced_relative_before_its_passive_verb_is_one_act(text):
    ev = _labour(text)
    assert len(ev) == 1 and ev[0]["trigger_text"].startswith("sent"), _show(ev)


@pytest.mark.parametrize("text, i, expected", [
    ("citizens recruited into the army", 1, True),
    ("the territories annexed by russia", 2, True),
    ("men taken from kherson", 1, True),
    ("russia has recruited migrants", 2, False),  # an auxiliary: a verb of its own
    ("and recruited migrants", 1, False),
    ("were quickly recruited", 2, False),
    ("the recruited men", 1, False),  # a determiner: an adjective
])
def test_participle_after_noun(text, i, expected):
    words = [t[0] for t in tokenize(text)]
    assert _participle_after_noun(words, i) is expected


# ---------------------------------------------------------------- finding 7: no object across a finite passive verb
@pytest.mark.parametrize("text", [
    "Men recruited in occupied Melitopol were taken to Russia to work at plants.",
    "Men recruited in occupied Melitopol were taken to Russia to dig trenches.",
    "Teenagers recruited in occupied Skadovsk were later taken to Russia to dig trenches.",
    "Workers hired in Moscow were taken to occupied Mariupol to build fortifications.",
])
def test_one_act_when_the_participle_object_is_past_the_finite_verb(text):
    ev = _labour(text)
    assert len(ev) == 1 and ev[0]["rule"] == "labor.taken_to_work", _show(ev)


# ---------------------------------------------------------------- finding 6: patients, pupils, the occupied state
@pytest.mark.parametrize("text", [
    "Wounded citizens were transferred to hospitals in Rostov from occupied Mariupol.",
    "Patients were moved to hospitals in Crimea from occupied Kherson.",
    "Students from occupied Melitopol were sent to universities in Russia.",
    "Pupils from occupied Kherson were sent to schools in Crimea.",
    # the occupied state's own hiring, on its own side of the line
    "Ukraine's Reintegration Ministry hired staff to work on returning citizens from the occupied territories.",
    "The Ukrainian government recruited citizens to work in the de-occupied parts of Kherson region.",
    "The Ukrainian government hired engineers to work in the liberated parts of Kharkiv region.",
])
def test_no_labour_migration(text):
    assert not _labour(text), _show(_labour(text))


@pytest.mark.parametrize("text", [
    "Russia has sent teachers to schools in occupied Berdiansk.",
    "Surgeons from Moscow were posted to hospitals in occupied Mariupol.",
    "Doctors from Rostov were assigned to hospitals in occupied Melitopol for six-month stints.",
    "The Russian-installed authorities recruited residents to work in occupied Kherson region.",
    # Ukraine's people taken to work stay labour migration (no doer of the Ukrainian state)
    "Schoolchildren from occupied Kherson region were taken to a camp in Russia, where they were made to pick "
    "vegetables, Ukrainian officials said.",
])
def test_labour_migration_kept(text):
    assert _labour(text), text


@pytest.mark.parametrize("text", [
    "The ministry is recruiting teachers for the de-occupied parts of Kherson region.",
    "Engineers restored power in the de-occupied areas of Kharkiv region.",
])
def test_de_occupied_parts_are_unoccupied(text):
    from pipeline.geo.gazetteer import get_gazetteer
    places = get_gazetteer().find_places(text, ("UKR",))
    assert places and all(p.occupied_cue is False for p in places), [(p.name, p.occupied_cue) for p in places]
