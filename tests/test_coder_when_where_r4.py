"""WHEN and WHERE, round 4 (split dev4 / fresh4 of tests/data/when_where_articles.jsonl, checked by
tests/test_coder_when_where.py): rule checks with several phrasings per rule and near-misses.

- dates.continues_story: an event phrase ("During the visit, ...") goes on with the story before it.
- coder._entity_regions: an entity's territory is occupied ("arrived in the Donetsk People's Republic").
- coder._themed_places: a partly occupied region or an entity's territory is made precise by an occupied
  settlement of it named in the act's clause ("the occupation administration in Melitopol signed ...").
- dates.choose_expression: a date that only dates the statement ("..., officials said on Tuesday") is
  kept as the act's latest possible day; its rule ('statement:...') is in the row's dictionary entries.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import continues_story, resolve_event_date


def _code(text, pub=dt.date(2024, 3, 14)):
    return code_article({"article_id": "t", "text": text, "published": pub})


def _last_sentence_dates(text, pub):
    evs = _code(text, pub)
    last = max(e["sentence_index"] for e in evs)
    return sorted({(str(e["event_date"]), e["date_precision"]) for e in evs if e["sentence_index"] == last})


# ------------------------------------------------------------------ continuation by an event phrase
@pytest.mark.parametrize("text,pub,want", [
    ("From 29 September to 2 October, a delegation from Mali visited occupied Luhansk. During the visit, the "
     "delegation met the region's Russian-installed leader.", dt.date(2023, 10, 4), [("2023-09-29", "week")]),
    ("Venezuela's foreign minister arrived in Sukhumi on Tuesday. In the course of the talks, he signed a "
     "cooperation agreement with Abkhazia's de facto leader.", dt.date(2024, 3, 14), [("2024-03-12", "day")]),
    ("A Syrian delegation visited occupied Donetsk on 5 March. At the end of the trip, the delegation signed a "
     "trade agreement with the Russian-installed authorities.", dt.date(2024, 3, 14), [("2024-03-05", "day")]),
])
def test_event_phrase_continues_the_story(text, pub, want):
    assert _last_sentence_dates(text, pub) == want


@pytest.mark.parametrize("text", [
    "During the visit, the delegation met the region's Russian-installed leader.",
    "In the course of the talks, he signed an agreement.",
    "After the meeting, the two sides signed a memorandum.",
    "On the sidelines of the ceremony, the envoy met local officials.",
])
def test_event_phrases(text):
    assert continues_story(text)


@pytest.mark.parametrize("text", [
    "During the war, thousands of workers left the region.",       # no event noun of the story
    "During the night, drones struck a fuel depot.",
    "During the visit, the minister will sign an agreement.",      # a statement of plans: a blocker
    '"During the visit we signed an agreement," he said.',          # a quote
    "The delegation met the region's leader.",                     # no continuation at all
])
def test_event_phrase_near_misses(text):
    assert not continues_story(text)


# ------------------------------------------------------------------ an entity's territory is occupied
def _themed_locs(text, pub=dt.date(2024, 3, 14)):
    return sorted({(e["location_name"], e["admin1_code"], e["occupied"]) for e in _code(text, pub) if e["themes"]})


@pytest.mark.parametrize("text,want", [
    ("A delegation from the Central African Republic arrived in the Donetsk People's Republic on Sunday.",
     ("Donetsk Oblast", "UA-14", True)),
    ("Nicaragua recognised the Luhansk People's Republic on Monday.", ("Luhansk Oblast", "UA-09", True)),
    ("Russia recognised the Donetsk People's Republic on Monday.", ("Donetsk Oblast", "UA-14", True)),
])
def test_entity_territory_is_occupied(text, want):
    assert _themed_locs(text) == [want]


def test_entity_territory_before_any_occupation():
    # no occupied cue can make a region occupied before it was (the DPR was proclaimed in April 2014)
    evs = _code("Russia recognised the Donetsk People's Republic on Monday.", dt.date(2013, 3, 14))
    assert all(e["occupied"] is not True for e in evs if e["admin1_code"] == "UA-14")


# ------------------------------------------------------------------ a settlement of the act's clause
@pytest.mark.parametrize("text,want", [
    ("The occupation administration in Melitopol signed an agreement with a recruitment agency in Tashkent on "
     "Monday to bring 500 workers from Uzbekistan to the Zaporizhzhia region.", ("Melitopol", "UA-23", True)),
    ("Russian-installed officials in Enerhodar hired 200 workers from Tajikistan on Monday for projects in the "
     "Zaporizhzhia region.", ("Enerhodar", "UA-23", True)),
    ("The Russian-installed administration in Nova Kakhovka recruited 300 builders from Kyrgyzstan on Monday to "
     "work in the Kherson region.", ("Nova Kakhovka", "UA-65", True)),
    ("In Donetsk, the DPR signed a cooperation agreement with Syria on Monday.", ("Donetsk", "UA-14", True)),
    ("The DPR signed a trade agreement with Syria in Donetsk on Monday.", ("Donetsk", "UA-14", True)),
])
def test_clause_settlement_makes_the_region_precise(text, want):
    assert want in _themed_locs(text)


@pytest.mark.parametrize("text,want", [
    # the settlement is not occupied: the region stays
    ("Officials in Zaporizhzhia said on Monday that Russia had brought 500 workers from Uzbekistan to the "
     "Zaporizhzhia region.", ("Zaporizhzhia Oblast", "UA-23", None)),
    # a settlement of another region is no part of this one
    ("Officials in Donetsk said on Monday that Russia had brought 500 workers from Uzbekistan to the "
     "Zaporizhzhia region.", ("Zaporizhzhia Oblast", "UA-23", None)),
])
def test_clause_settlement_near_misses(text, want):
    assert want in _themed_locs(text)


# ------------------------------------------------------------------ the statement's date
def _dated(sentence, trigger, pub=dt.date(2024, 10, 3)):
    i = sentence.index(trigger)
    d = resolve_event_date(sentence, i, i + len(trigger), pub)
    # a report's date keeps date_source 'text' (the column's values are public); its rule says 'statement:'
    assert d.date_source in ("text", "publication")
    return str(d.event_date), "statement" if d.date_rule.startswith("statement:") else d.date_source


@pytest.mark.parametrize("sentence,trigger,want", [
    ("Russian-installed authorities have opened a migration centre in Berdiansk, officials said on Tuesday.",
     "opened", ("2024-10-01", "statement")),
    ("Officials said on Tuesday that 90 workers from Tajikistan had arrived in Berdiansk.", "arrived",
     ("2024-10-01", "statement")),
    ("BERDIANSK, Oct 3 - The mayor said on Monday that a migration centre had opened in the city.", "opened",
     ("2024-09-30", "statement")),
])
def test_statement_date_is_marked(sentence, trigger, want):
    assert _dated(sentence, trigger) == want


@pytest.mark.parametrize("sentence,trigger,want", [
    # the act's own date: text
    ("Russian-installed authorities opened a migration centre in Berdiansk on Monday, officials said on Tuesday.",
     "opened", ("2024-09-30", "text")),
    # the reporting verb is the act
    ("Ukraine's foreign ministry condemned the opening on Tuesday.", "condemned", ("2024-10-01", "text")),
    ("Ukraine's foreign ministry said on Tuesday that the centre was illegal.", "said", ("2024-10-01", "text")),
    # no date at all: the publication
    ("Russian-installed authorities have opened a migration centre in Berdiansk, officials said.", "opened",
     ("2024-10-03", "publication")),
])
def test_statement_date_near_misses(sentence, trigger, want):
    assert _dated(sentence, trigger) == want


def test_statement_date_in_the_event_row():
    evs = _code("Russian-installed authorities have opened a migration centre for foreign workers in occupied "
                "Berdiansk, officials said on Tuesday.", dt.date(2024, 10, 3))
    themed = [e for e in evs if e["themes"]]
    assert themed and all(str(e["event_date"]) == "2024-10-01" and e["date_source"] == "text"
                          and any(x.startswith("date:statement:") for x in e["dictionary_entries"]) for e in themed)


# ------------------------------------------------------------------ "this <season>" in a plan
@pytest.mark.parametrize("text,pub,want", [
    ("Nicaragua would open an embassy in Tskhinvali this autumn.", dt.date(2024, 8, 1), ("2024-09-01", True)),
    ("Syria will open a consulate in Donetsk this winter.", dt.date(2024, 10, 5), ("2024-12-01", True)),
    ("The first workers will arrive this summer.", dt.date(2025, 2, 10), ("2025-06-01", True)),
])
def test_this_season_in_a_plan_is_the_coming_one(text, pub, want):
    from pipeline.coding.dates import find_temporal_expressions
    got = [(str(e.date), e.planned) for e in find_temporal_expressions(text, pub)]
    assert got == [want]


@pytest.mark.parametrize("text,pub,want", [
    ("Workers arrived in Melitopol this spring.", dt.date(2024, 8, 1), "2024-03-01"),      # past: this year's
    ("The embassy opened this winter.", dt.date(2024, 2, 10), "2023-12-01"),              # the current winter
    ("Nicaragua will open an embassy this summer.", dt.date(2024, 7, 1), "2024-06-01"),  # already under way
])
def test_this_season_near_misses(text, pub, want):
    from pipeline.coding.dates import find_temporal_expressions
    assert [str(e.date) for e in find_temporal_expressions(text, pub)] == [want]


# ------------------------------------------------------------------ "the nearby village of X"
def _places(text):
    from pipeline.geo.gazetteer import get_gazetteer
    return [(p.name, p.admin1_code) for p in get_gazetteer().find_places(text)]


@pytest.mark.parametrize("text,want", [
    ("Russian troops shelled Kurakhove and the nearby village of Ivanivka on Monday.", ("Ivanivka", "UA-14")),
    ("Russian forces captured Kurakhove on Monday. The next day they entered the nearby village of Ivanivka.",
     ("Ivanivka", "UA-14")),
    ("Russian troops shelled Kurakhove and the nearby village of Novoselivka on Monday.", ("Novoselivka", "UA-14")),
    ("Troops entered Tokmak on Monday and the neighbouring village of Oleksandrivka on Tuesday.",
     ("Oleksandrivka", "UA-23")),
    ("Workers were housed in Oleshky and in nearby Oleksandrivka.", ("Oleksandrivka", "UA-65")),
])
def test_nearby_name_takes_the_region_of_the_place_before(text, want):
    assert want in _places(text)


@pytest.mark.parametrize("text,want", [
    # no "nearby": the name's usual reading, unchanged
    ("Russian troops shelled Kurakhove and Ivanivka on Monday.", ("Ivanivka", "UA-09")),
    ("Russian troops shelled Kurakhove and the village of Novoselivka on Monday.", ("Novoselivka", "UA-51")),
    ("Workers were housed in the nearby village of Semenivka.", ("Semenivka", "UA-53")),   # no place before
])
def test_nearby_near_misses(text, want):
    assert want in _places(text)


def test_unknown_nearby_village_is_at_the_town_before():
    text = ("Russian-installed officials in Melitopol opened a school on Monday. Officials in Melitopol said more "
            "would follow. Russian troops captured Kurakhove on Tuesday. They shelled the nearby village of Dalne "
            "on Wednesday.")
    evs = [e for e in _code(text, dt.date(2024, 11, 20)) if e["sentence_index"] == 3]
    assert evs and {(e["location_name"], e["admin1_code"]) for e in evs} == {("Kurakhove", "UA-14")}


def test_unknown_nearby_near_miss():
    # a nearby plant is no settlement phrase: the article's main place, as before
    text = ("Russian-installed officials in Melitopol opened a school on Monday. Officials in Melitopol said more "
            "would follow. Russian troops captured Kurakhove on Tuesday. They shelled the nearby plant on "
            "Wednesday.")
    evs = [e for e in _code(text, dt.date(2024, 11, 20)) if e["sentence_index"] == 3]
    assert evs and {e["admin1_code"] for e in evs} == {"UA-23"}


# ------------------------------------------------------------------ a themed act sent out of the territories
STORY = "Russia is bringing North Korean workers to occupied Donetsk, Ukraine's intelligence agency said. "


@pytest.mark.parametrize("sentence,want", [
    ("Pyongyang is preparing to send more workers to Russia despite UN sanctions.", "RU"),
    ("Seoul said North Korea would send 5,000 labourers to Russia's Far East next year.", "RU"),
    ("Uzbekistan agreed to send seasonal workers to Russia under a new quota.", "RU"),
])
def test_destination_outside_the_territories_locates_the_act(sentence, want):
    """coder._themed_places: the act's own destination outside the occupied territories' states is where it
    happened, not the article's territory (Donetsk here)."""
    evs = [e for e in _code(STORY + sentence) if e["sentence_index"] == 1 and "labor_migration" in e["themes"]]
    assert evs and all(e["country_code"] == want and not e["occupied"] and e["admin1_code"] is None for e in evs)


@pytest.mark.parametrize("sentence,want", [
    # the act's clause names a place of the territories' state: the old order decides
    ("Occupation officials sent 300 workers from occupied Melitopol to Russia's Far East.", "UA-23"),
    # a destination in the occupied territories stays
    ("Pyongyang is preparing to send more workers to occupied Luhansk.", "UA-09"),
])
def test_destination_rule_keeps_the_territories(sentence, want):
    evs = [e for e in _code(STORY + sentence) if e["sentence_index"] == 1 and "labor_migration" in e["themes"]]
    assert evs and all(e["admin1_code"] == want for e in evs)
