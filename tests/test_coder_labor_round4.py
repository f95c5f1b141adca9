"""Labour round 4: an occupied origin of an out-of movement locates the themed act (coder._themed_places);
an unoccupied origin still locates nothing."""
import datetime as dt

import pytest

from pipeline.coding import code_article

LEAD = "Denis Pushilin visited a school in occupied Donetsk on Monday. Separately, "


@pytest.mark.parametrize("text,place", [
    ("Russia sent 300 young people from Melitopol to work at factories in Tatarstan.", "Melitopol"),
    ("200 students from Melitopol were taken to work on farms in the Krasnodar region.", "Melitopol"),
    ("workers from Dagestan arrived in Mariupol to rebuild the port.", "Mariupol"),
])
def test_out_of_movement_located_at_occupied_origin(text, place):
    evs = [e for e in code_article({"article_id": "t", "published": dt.date(2024, 3, 14), "text": LEAD + text})
           if e["themes"]]
    assert evs and all(e["location_name"] == place for e in evs), [(e["rule"], e["location_name"]) for e in evs]


def _labour(text):
    return [e for e in code_article({"article_id": "t", "published": dt.date(2024, 3, 14), "text": text})
            if "labor_migration" in e["themes"]]


@pytest.mark.parametrize("text", [
    "Russia sent military engineers to occupied Zaporizhzhia region to build fortifications.",
    "Russia sent 200 sappers to occupied Kherson region to dig trenches.",
])
def test_forces_deployed_are_no_labour(text):
    """coder._force_object: the people a labour verb moves are troops (grammar.yaml labor_non_worker_roles)."""
    assert not _labour(text)


@pytest.mark.parametrize("text", [
    "Russia sent residents of occupied Enerhodar to dig trenches near the front.",
    "Labour migrants in occupied Luhansk are being pressed to sign contracts with the Russian army.",
    "Migrants from Central Asia are being lured into the Russian army in occupied Donetsk.",
])
def test_people_moved_to_the_army_or_trenches_stay_labour(text):
    assert _labour(text)


@pytest.mark.parametrize("text, source, target", [
    ("North Korean workers guarded by Russian military police arrived in occupied Donetsk.", "PRKLAB", None),
    ("Migrants recruited by the Wagner group have arrived in occupied Luhansk.", "LAB", None),
])
def test_reduced_relative_with_agent_between_subject_and_verb(text, source, target):
    """triggers._without_by_relative: "workers | guarded by X | arrived" is one arrival of the workers; X is
    no party of it, and the participle is no second event."""
    (ev,) = _labour(text)
    assert ev["rule"] == "labor.workers_arrive" and (ev["actor1_code"], ev["actor2_code"]) == (source, target)


def test_relative_participle_is_not_a_second_labour_event():
    (ev,) = _labour("Builders hired by a Moscow contractor were brought to occupied Mariupol.")
    assert ev["rule"] == "labor.bring_workers" and ev["actor2_code"] == "LAB"


@pytest.mark.parametrize("text", [
    "Ukrainian officials said the offices would be used to bring North Korean labourers into the occupied territories.",
    "Foreign workers held after the raid in occupied Donetsk were offered military service as an alternative to deportation.",
    "The occupation administration in Melitopol opened an employment centre that recruits builders from Russian regions.",
])
def test_one_act_is_one_event(text):
    """triggers.find_matches: two heads of one pattern reaching one object ("used to bring" and "bring",
    "the raid were offered" and "offered") are one act, so analysts count it once."""
    assert len(_labour(text)) == 1
