"""Labor-migration phrasings of wire copy: an origin phrase between the workers and their verb
("workers from Uzbekistan arrived"), progressive vs passive, and Russia's migrant "patents"."""
import pytest

from pipeline.coding import code_article


def _events(text, published="2024-03-14"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _labor(events):
    return [e for e in events if "labor_migration" in e["themes"]]


@pytest.mark.parametrize("text, origin", [
    ("About 150 labourers from Kyrgyzstan arrived in occupied Mariupol last week to rebuild apartment blocks.", "KGZ"),
    ("Migrant workers from Tajikistan have been arriving in Luhansk since the spring.", "TJK"),
    ("A brigade of welders from Belarus came to Melitopol in May.", "BLR"),
    ("Dozens of construction workers from North Korea recently arrived in occupied Donetsk.", "PRK"),
])
def test_workers_arrive_through_an_origin_phrase(text, origin):
    ev = _labor(_events(text))
    assert ev, text
    # the arrivals are the doers, not the patients: progressive "have been arriving" is not passive
    assert {e["actor1_country"] for e in ev} == {origin}
    assert all(e["rule"] == "labor.workers_arrive" for e in ev)


def test_transitive_verb_after_an_origin_phrase_is_not_bringing_workers():
    # "migrants from X use/send ...": the migrants act, nobody brings them
    for text in ("Migrants from Tajikistan use a mobile app to find jobs in occupied Donetsk.",
                 "Workers from Uzbekistan send most of their wages home from Luhansk."):
        assert not _labor(_events(text)), text


def test_passive_through_an_origin_phrase_keeps_the_workers_as_patients():
    ev = _labor(_events("Migrant workers from Kyrgyzstan were brought to Luhansk by a Russian contractor to build roads."))
    assert ev
    assert {e["actor2_country"] for e in ev} == {"KGZ"}
    assert "KGZ" not in {e["actor1_country"] for e in ev}


def test_origin_phrase_is_bounded():
    # a long phrase after "from" is not an origin phrase of the workers' verb
    ev = _events("Workers from the plant that makes steel pipes for the whole region arrived late.")
    assert not [e for e in ev if e["rule"] == "labor.workers_arrive"]


@pytest.mark.parametrize("text", [
    "The Russian Interior Ministry said it had issued more than 5,000 patents to foreign citizens in the "
    "Zaporizhzhia region in 2023.",
    "Occupation authorities in Kherson began issuing patents for migrant workers in January.",
])
def test_migrant_patents_are_work_permits(text):
    ev = _labor(_events(text))
    assert [e for e in ev if e["rule"] == "labor.work_permit"], text


def test_patents_for_inventions_are_not_work_permits():
    ev = _events("The Donetsk university was granted two patents for a new welding method.")
    assert not _labor(ev)


def test_the_month_may_is_not_the_modal_may():
    # lower-cased, "May" the month would be the future cue "may" and make a past act planned
    past = _labor(_events("Between March and May, some 3,000 migrant workers were brought to occupied Mariupol."))
    assert past and not any(e["planned"] for e in past)
    modal = _labor(_events("Russia may bring thousands of North Korean workers to occupied Donetsk."))
    assert modal and all(e["planned"] for e in modal)


def test_forced_labour_is_coercion_not_a_killing():
    for text in ("Detained residents of occupied Enerhodar were forced to dig trenches near the front.",
                 "Prisoners in occupied Luhansk region were made to work on railway repairs without pay."):
        ev = [e for e in _labor(_events(text)) if e["rule"] == "labor.forced_labor"]
        assert ev, text
        assert all(e["cameo_root"] == "17" and e["quad_class"] == 4 for e in ev)


@pytest.mark.parametrize("text, rule", [
    ("Dozens of Tajik migrants are signing contracts to work on construction sites in occupied Mariupol.",
     "labor.work_contract"),
    ("A job fair for foreign workers was held in occupied Donetsk on Saturday.", "labor.job_fair"),
    ("The Kremlin set a quota of 10,000 foreign workers for annexed Crimea for 2024.", "labor.quota"),
])
def test_hiring_phrasings_of_migrant_labour(text, rule):
    assert rule in {e["rule"] for e in _labor(_events(text))}, text


@pytest.mark.parametrize("text", [
    "The two companies signed a contract to supply gas to Serbia.",
    "The EU set a quota for steel imports from Ukraine.",
    "A job fair for local graduates was held in Donetsk on Saturday.",
])
def test_contracts_quotas_and_fairs_without_migrant_labour_are_not_labour_events(text):
    assert not _labor(_events(text)), text


def test_phrasal_verbs_take_their_head_verbs_irregular_forms():
    # "took up", "took control of": the irregular past of "take" inside a phrasal verb
    rec = _events("The Syrian consul took up his post in occupied Donetsk in October.")
    assert "recognition.envoy_takes_post" in {e["rule"] for e in rec}
    assert {e["actor1_country"] for e in rec} == {"SYR"}
    assert "fight.occupy" in {e["rule"] for e in _events("Russian forces took control of the village on Monday.")}
    # a domestic appointment is not a diplomatic one
    assert not _events("The new finance minister took up his post in Donetsk in October.")


def test_deporting_workers_or_migrants_from_an_occupied_place_is_labour_migration():
    for text in ("Migrants from Uzbekistan were deported from occupied Sevastopol after a raid on a building site.",
                 "Occupation authorities expelled 30 North Korean workers from Donetsk for breaking curfew."):
        ev = [e for e in _events(text, published="2023-09-17") if e["cameo_code"] == "174"]
        assert ev and all("labor_migration" in e["themes"] for e in ev), text


def test_deportations_of_other_people_or_outside_occupied_places_are_not():
    for text in ("Russia deported dozens of Ukrainian children from occupied Kherson region to Crimea.",
                 "Police in Moscow deported 40 migrants to Tajikistan."):
        ev = [e for e in _events(text, published="2023-09-17") if e["cameo_code"] == "174"]
        assert ev and not any("labor_migration" in e["themes"] for e in ev), text


def test_passive_with_a_following_object_makes_the_subject_the_recipient():
    # "were handed draft notices": the migrants receive the notices, they do not hand them out
    ev = [e for e in _labor(_events("Migrant workers in occupied Luhansk were handed draft notices by military "
                                    "recruiters after raids on hostels.")) if e["trigger_text"].startswith("handed")]
    assert ev
    assert all(e["actor2_code"] and e["actor2_code"].endswith("LAB") for e in ev)
    assert not any((e["actor1_code"] or "").endswith("LAB") for e in ev)


def test_recruited_to_serve_in_the_army_is_army_recruitment():
    ev = _labor(_events("Cuban citizens were recruited to serve in the Russian army in occupied Donetsk region."))
    assert "labor.recruit_into_army" in {e["rule"] for e in ev}


# ------------------------------------------------------------------ round 5 labour patterns, one test each
def _rules(text):
    return {e["rule"] for e in _labor(_events(text))}


@pytest.mark.parametrize("text", [
    "Russia has sent teachers to schools in occupied Berdiansk.",
    "Engineers from Rosatom were dispatched to work at the occupied Zaporizhzhia nuclear plant.",
    "Moscow seconded 40 civil servants from the Russian regions to work in the occupation administration of Kherson region.",
])
def test_professionals_sent_to_work_in_occupied_places(text):
    # (schools and hospitals as the destination are labor.send_to_workplace's, with a profession word)
    assert _rules(text) & {"labor.send_to_work", "labor.send_to_workplace"}, text


@pytest.mark.parametrize("text", [
    "Kyiv sent teachers to a seminar in Lviv.",  # no work destination
    "The wounded were sent to hospitals in occupied Donetsk.",  # nobody's labour
    "Poland sent doctors to work in hospitals in Lviv.",  # no occupation context
])
def test_sending_that_moves_no_labour_into_occupied_places(text):
    assert not _labor(_events(text)), text


@pytest.mark.parametrize("text", [
    "Teachers in occupied Melitopol were pressured to sign contracts with the Russian education ministry or lose their jobs.",
    "Staff of the Kakhovka power plant were pressed to sign new contracts with a Russian operator.",
])
def test_employees_pressured_into_work_contracts(text):
    assert "labor.pressure_to_sign" in _rules(text), text


def test_pressure_to_sign_other_contracts_is_no_forced_labour():
    assert not any(e["rule"] == "labor.pressure_to_sign"
                   for e in _events("The US pressured Ukraine to sign contracts for the minerals deal."))


@pytest.mark.parametrize("text", [
    "The Russian-installed authorities in Mariupol promised builders salaries of 90,000 roubles to work on reconstruction.",
    "Recruiters offer drivers 150,000 rubles a month for jobs in occupied Luhansk.",
])
def test_wages_offered_for_work_in_occupied_places(text):
    assert "labor.wage_offer" in _rules(text), text


@pytest.mark.parametrize("text", [
    "The Russian-installed authorities offered pensioners 10,000 roubles to vote in the referendum in Kherson.",
    "Canada offered nurses salaries of 90,000 dollars to work in Ontario.",
])
def test_payments_that_recruit_no_labour(text):
    assert not _labor(_events(text)), text


def test_workers_on_student_visas():
    assert "labor.student_visa_workers" in _rules(
        "Thousands of North Koreans have come to Russia on student visas to work at construction sites.")
    assert not _labor(_events("Tourists from Turkey entered Russia on tourist visas."))
    # with the arrival coded, the visa phrase restates it: one event
    evs = _labor(_events("Thousands of North Korean workers arrived in Russia on student visas to work at construction sites."))
    assert [e["rule"] for e in evs] == ["labor.workers_arrive"]


def test_expulsion_of_migrants_from_an_occupied_place():
    evs = _labor(_events("A court in occupied Simferopol ordered the expulsion of 12 Uzbek migrant workers."))
    assert any(e["rule"] == "labor.expel_migrants" for e in evs)
    assert not _labor(_events("Germany ordered the expulsion of 200 migrant workers."))


def test_foreign_nationals_taken_to_an_enlistment_office():
    assert "labor.summon_migrants" in _rules(
        "Police in Sevastopol took a group of Uzbek nationals to the military enlistment office after a raid.")
    # Russian men called up are conscripts, not migrants
    assert "labor.summon_migrants" not in _rules("Men in Sevastopol were summoned to the military enlistment office.")
