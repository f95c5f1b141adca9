"""Rules for the miss classes of splits dev16 (tests/data/mission_phrasings.jsonl, 32/40 at first run, 34/40 after)
and dev13 (tests/data/when_where_articles.jsonl, 17/25 at first run, 21/25 after), each with own variants and
near-misses that must not change. The dev rows themselves are checked in tests/test_coder_mission_phrasings.py and
tests/test_coder_when_where.py."""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import find_temporal_expressions


def _code(text, published="2024-03-14"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _themed(evs, theme="diplomatic_recognition"):
    return [e for e in evs if theme in e["themes"]]


# ------------------------------------------------------------------ hedged outcomes (cues.yaml outcome)
@pytest.mark.parametrize("text", [
    "Ethiopia's memorandum with Somaliland, which Addis Ababa said could lead to recognition of the breakaway region, "
    "angered Mogadishu.",
    "The agreement may lead to the opening of a Syrian consulate in Donetsk, officials said.",
    "Analysts said closer trade ties could pave the way for recognition of Abkhazia by Managua.",
    "Diplomats said the talks might result in the opening of a Belarusian consulate in Simferopol.",
])
def test_hedged_outcome_is_no_act(text):
    assert not _themed(_code(text))


@pytest.mark.parametrize("text, rule", [
    # the other act of the sentence is coded on its own
    ("Nicaragua opened a consulate in Sukhumi on Monday, a move that could lead to recognition by other states.",
     "recognition.open_mission"),
    ("Belarus signed a trade memorandum with the DPR which could lead to the opening of a representative office.",
     "support.sign"),
    # a plain modal is a planned act, and a past "led to" a consequence that happened
    ("Russia could recognise the independence of Transnistria, a Duma deputy said.", "recognition.recognize"),
    ("The referendum led to Russia's recognition of the annexation, Lavrov said.", "recognition.recognize"),
])
def test_hedged_outcome_near_misses(text, rule):
    assert any(e["rule"] == rule for e in _themed(_code(text)))


# ------------------------------------------------------------------ incorporation denounced (recognition.deny_incorporation)
@pytest.mark.parametrize("text", [
    "Poland condemned the incorporation of the Donetsk People's Republic into Russia.",
    "The Senate condemns the illegal incorporation of Crimea into the Russian Federation.",
    "EU leaders denounced the forcible incorporation of occupied Ukrainian territories into Russia.",
])
def test_incorporation_condemned_is_denial(text):
    assert any(e["rule"] == "recognition.deny_incorporation" and e["recognition_stance"] == "deny"
               for e in _themed(_code(text)))


@pytest.mark.parametrize("text", [
    "The board condemned the incorporation of the new subsidiary in Delaware.",
    "Residents criticised the incorporation of the village into the city of Lviv.",
])
def test_incorporation_near_misses(text):
    assert not _themed(_code(text))


# ------------------------------------------------------------------ expected visits (grammar.yaml scheduled_visit_frames)
@pytest.mark.parametrize("text", [
    "Ardzinba also said Sukhum expects an official Venezuelan delegation next week to discuss the opening of a "
    "Venezuelan embassy in the republic.",
    "Tskhinvali expects a Nicaraguan delegation in March to sign an agreement on opening a consulate in South Ossetia.",
    "The DPR is awaiting a Syrian delegation next month to discuss the opening of a Syrian consulate in Donetsk.",
])
def test_expected_delegation_is_no_appeal(text):
    evs = _themed(_code(text, "2023-10-04"))
    assert evs and {e["recognition_stance"] for e in evs} == {"grant"}


@pytest.mark.parametrize("text", [
    "Abkhazia expects more countries to recognise its independence.",
    "Sukhum expects Venezuela to open an embassy in the republic soon.",
])
def test_expecting_another_to_act_still_seeks(text):
    assert {e["recognition_stance"] for e in _themed(_code(text, "2023-10-04"))} == {"seek"}


# ------------------------------------------------------------------ sanctioned people; "who" clauses
@pytest.mark.parametrize("text", [
    "Britain sanctioned three foreign politicians on Friday.",
    "The EU sanctioned five Russian banks.",
    "Washington sanctioned two officials of the occupation administration.",
])
def test_sanction_verb_with_people(text):
    assert any(e["rule"] == "sanction.sanction_people" and e["cameo_code"] == "163" for e in _code(text))


@pytest.mark.parametrize("text", [
    "The rally was not sanctioned by city authorities.",
    "The Kremlin sanctioned the plan in March.",
])
def test_sanction_approval_sense(text):
    assert not any(e["rule"] == "sanction.sanction_people" for e in _code(text))


def test_sanctioned_visitors_give_no_grant():
    # the observers' visit in the relative clause is theirs, not Britain's: no grant coded for the sanctioning state
    evs = _code("Britain sanctioned three foreign politicians who travelled to occupied Kherson as 'observers' at "
                "the sham referendums of September 2022.")
    assert not [e for e in evs if e["recognition_stance"] == "grant"]
    assert not [e for e in evs if e["actor1_code"] == "GBR" and e["rule"] == "consult.visit"]


@pytest.mark.parametrize("text, code", [
    ("Canada sanctioned four Syrian officials who visited occupied Crimea last year.", "SYR"),
    ("Kyiv imposed sanctions on French politicians who travelled to occupied Donetsk as observers.", "FRA"),
])
def test_sanction_reacts_to_visit_in_who_clause(text, code):
    evs = _code(text)
    assert any(e["cameo_code"] == "163" and e["recognition_stance"] == "deny" for e in _themed(evs))
    assert all((e["actor1_code"] or "").startswith(code) for e in evs if e["rule"] == "consult.visit")


def test_comma_set_who_keeps_its_antecedent():
    evs = _code("Members of Mali's National Transitional Council, who arrived in Lugansk on Monday, laid flowers at "
                "a war memorial.", "2025-04-22")
    assert any(e["rule"] == "consult.visit" and e["actor1_code"] == "MLI" for e in evs)


# ------------------------------------------------------------------ "In response" over a line with no act
def test_in_response_skips_a_background_line():
    text = ("A delegation of Zimbabwean ruling party officials reportedly toured Simferopol and Yalta on February 9. "
            "ISW has not observed any official statement from Harare confirming the trip. In response, the "
            "Ukrainian Ministry of Foreign Affairs said on February 11 that it would seek sanctions against the "
            "delegation's members.")
    evs = _code(text, "2024-02-12")
    assert any(e["cameo_root"] == "13" and e["recognition_stance"] == "deny" for e in _themed(evs))


def test_in_response_links_only_the_last_act():
    # the line before the reaction reports its own act (shelling), so the reaction is not tied to the earlier visit
    text = ("A delegation of Zimbabwean ruling party officials toured Simferopol and Yalta on February 9. "
            "Russian forces shelled Kherson on Saturday. In response, the Ukrainian Ministry of Foreign Affairs "
            "said that it would seek sanctions against Russia.")
    evs = _code(text, "2024-02-12")
    assert not [e for e in _themed(evs) if e["cameo_root"] == "13"]


# ------------------------------------------------------------------ a month before a count (temporal/rules.yaml month)
@pytest.mark.parametrize("text, want", [
    ("The ministry reported that in September 420 specialists had been invited.", "in September"),
    ("In June 150 teenagers were taken to Krasnodar.", "In June"),
    ("In March 2023 the office opened.", "In March 2023"),
    ("since April 3 the plant has been idle", "since April 3"),
])
def test_month_before_a_count(text, want):
    got = [x.text for x in find_temporal_expressions(text, dt.date(2023, 10, 4))]
    assert got == [want]


def test_month_before_a_count_dates_the_event():
    evs = _code("Earlier, the republic's Ministry of Labour reported that in September 420 specialists from Russia "
                "and Belarus had been invited to work at Abkhaz resorts.", "2023-10-04")
    assert any(str(e["event_date"]).startswith("2023-09") for e in _themed(evs, "labor_migration"))


# ------------------------------------------------------------------ headlines in capitals (coder._caps_lead)
@pytest.mark.parametrize("text, rule", [
    ("CENTRAL AFRICAN REPUBLIC TO OPEN HONORARY CONSULATE IN DONETSK – a building has already been chosen, "
     "officials said on Thursday.", "recognition.open_mission"),
    ("NICARAGUA RECOGNISES ABKHAZIA'S INDEPENDENCE — the decision was announced in Managua on Monday.",
     "recognition.recognize"),
    ("SYRIA OPENS EMBASSY IN SUKHUMI – the ceremony was held on Monday.", "recognition.open_mission"),
])
def test_caps_headline_lead(text, rule):
    assert any(e["rule"] == rule for e in _themed(_code(text)))


def test_caps_headline_about_unoccupied_place_is_not_themed():
    evs = _code("LITHUANIA TO OPEN HONORARY CONSULATE IN ZAPORIZHZHIA – the mission will serve the region's "
                "businesses, the ministry said.")
    assert any(e["rule"] == "recognition.open_mission" for e in evs) and not _themed(evs)


def test_capitalized_word_inside_a_sentence_is_still_a_name():
    assert not any(e["rule"] == "recognition.open_mission"
                   for e in _code("The visitors toured the Open Society office in occupied Donetsk."))


# ------------------------------------------------------------------ ordered to dig defences (labor.obliged_to_work)
@pytest.mark.parametrize("text", [
    "In April 2024, at least 30 men from occupied Vasylivka, Zaporizhzhia region, were reportedly ordered by the "
    "Russian-installed administration to dig defensive positions near the front line, under threat of "
    "\"mobilization\" if they refused.",
    "At least 30 men from occupied Vasylivka were allegedly ordered by the administration to dig trenches.",
    "Residents of occupied Oleshky have been ordered to dig anti-tank ditches outside the town, the Ukrainian "
    "military said.",
])
def test_ordered_to_dig_defences(text):
    assert any(e["rule"] == "labor.obliged_to_work" for e in _themed(_code(text, "2024-07-01"), "labor_migration"))


@pytest.mark.parametrize("text", [
    "Ukrainian troops were ordered to dig defensive positions near Pokrovsk.",
    "Residents of Kharkiv were ordered to evacuate villages near the border.",
    "Soldiers of the brigade were ordered by their commander to dig defensive positions near occupied Tokmak.",
    "A lunch hosted by the Ambassador was held in Donetsk.",
])
def test_ordered_to_dig_near_misses(text):
    assert not _themed(_code(text, "2024-07-01"), "labor_migration")
