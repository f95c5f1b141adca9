"""WHERE on whole articles, round 7 (split dev7 / fresh7 of tests/data/when_where_articles.jsonl, checked by
tests/test_coder_when_where.py; facts with `all` require every event of the sentence in the region):

- coder._story_starts / _story_main / _territories_in: a sentence opening with a story_break_openers phrase
  ("Meanwhile", "Separately", "In other news", ...) or a new wire dateline starts another story; a sentence with
  no place of its own takes its story's main place / territory, never the earlier story's.
- coder._whole_territories: "the occupied territories", "occupied Ukraine", "Ukrainian territories" as a whole
  (grammar.yaml whole_territory_phrases, territory_adjectives) are one event at country level (admin1 null,
  occupied True: geo.control reads a country's occupied cue), not one per region the article names; not when
  the phrase is in a relative clause after the act.
- schemas/geo/stopwords.txt: feasts and months of the religious calendars are no places ("Ramadan" had matched
  the Ukrainian village Romodan).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.geo.gazetteer import get_gazetteer

PUB = dt.date(2024, 3, 14)
LEAD = ("DONETSK, March 13 (Reuters) - About 200 construction workers from Uzbekistan arrived in occupied Donetsk "
        "on Tuesday to rebuild housing, the Russian-installed authorities said.\n\n")


def _regions(text, needle):
    evs = code_article({"article_id": "t", "text": text, "published": PUB})
    i = text.index(needle)
    return [(e["admin1_code"], e["country_code"], e["occupied"]) for e in evs
            if e["char_start"] <= i + len(needle) and e["char_end"] >= i
            or (e["evidence"] and needle in e["evidence"])]


# ------------------------------------------------------------------ story boundaries
@pytest.mark.parametrize("story", [
    "Meanwhile, Moldova's president Maia Sandu met Romania's president Klaus Iohannis on Wednesday.",
    "Separately, Moldova's president Maia Sandu met Romania's president Klaus Iohannis on Wednesday.",
    "In other news, Moldova's president Maia Sandu met Romania's president Klaus Iohannis on Wednesday.",
    "In a separate development, Moldova's president Maia Sandu met Romania's president Klaus Iohannis.",
    "In unrelated news, Moldova's president Maia Sandu met Romania's president Klaus Iohannis on Wednesday.",
])
def test_a_new_story_does_not_take_the_earlier_main_place(story):
    got = _regions(LEAD + story, "met")
    assert got and all(r[0] is None for r in got), got


def test_a_new_dateline_is_a_new_story():
    # the dateline's city is the new story's place (ACLED-style), not the earlier story's
    got = _regions(LEAD + "CHISINAU, March 13 - Moldova's president Maia Sandu met Romania's president Klaus "
                          "Iohannis on Wednesday.", "met")
    assert got and {r[0] for r in got} == {"MD-CU"}, got


@pytest.mark.parametrize("story,want", [
    # near-misses: a continuation with no opener keeps the story's place, and a new story's own place wins
    ("The workers met the Russian-installed mayor on Wednesday.", "UA-14"),
    ("Local officials met the workers at the railway station on Wednesday.", "UA-14"),
    ("Meanwhile, a delegation from Mali met the Russian-installed governor in Melitopol on Wednesday.", "UA-23"),
])
def test_a_continuation_keeps_the_story_place(story, want):
    got = _regions(LEAD + story, "met")
    assert got and {r[0] for r in got} == {want}, got


def test_a_themed_act_in_a_new_story_takes_its_own_territory():
    text = (LEAD + "MANAGUA, March 12 - Nicaragua's parliament approved an agreement on diplomatic relations with "
            "Abkhazia. Georgia's foreign ministry condemned the vote on Wednesday.")
    assert {r[0] for r in _regions(text, "condemned the vote")} == {"GE-AB"}
    text = LEAD + "Meanwhile, Kyrgyzstan said on Wednesday it would not recognise the annexation by Russia."
    assert {r[0] for r in _regions(text, "recognise")} == {None}
    # near-miss: without a story break the act stays in the article's territory
    text = LEAD + "Kyrgyzstan said on Wednesday it would not recognise the annexation by Russia."
    assert {r[0] for r in _regions(text, "recognise")} == {"UA-14"}


# ------------------------------------------------------------------ the occupied territories as a whole
WHOLE_LEAD = ("MELITOPOL, March 13 - A delegation from Mali visited occupied Melitopol on Tuesday. Officials from "
              "Niger visited occupied Luhansk and Crimea the same week.\n\n")


@pytest.mark.parametrize("sentence,needle", [
    ("Kazakhstan said on Wednesday it would not recognise the annexation of Ukrainian territories by Russia.",
     "recognise"),
    ("Russian authorities continue to deport Ukrainian children from occupied territories.", "deport"),
    ("North Korea is preparing to send workers to occupied Ukraine, Seoul said.", "send workers"),
    ("Armenia said it would not recognise Russia's annexation of Ukrainian regions.", "recognise"),
    ("Georgia has never recognised Russia's claims to the occupied territories of Ukraine, its minister said.",
     "recognised"),
])
def test_the_whole_territories_are_one_country_event(sentence, needle):
    got = _regions(WHOLE_LEAD + sentence, needle)
    assert got and {(r[0], r[1]) for r in got} == {(None, "UA")}, got
    assert len(got) == len({id(r) for r in got}) and len(got) <= 2  # not one per region (actor pairs only)
    assert all(r[2] is True for r in got)


@pytest.mark.parametrize("sentence,needle,want", [
    # near-misses: a relative clause describes someone, not the act; a named region is the place
    ("The delegation met Russian Deputy Prime Minister Marat Khusnullin, who oversees reconstruction in the "
     "occupied territories.", "met", {"UA-23"}),
    ("Russian authorities deported 20 children from the occupied Kherson region.", "deported", {"UA-65"}),
    ("The delegation met the Russian-installed governor in Melitopol to discuss the occupied territories.", "met",
     {"UA-23"}),
])
def test_whole_territory_near_misses(sentence, needle, want):
    got = _regions(WHOLE_LEAD + sentence, needle)
    assert got and {r[0] for r in got} == want, got


# ------------------------------------------------------------------ gazetteer: calendar words
@pytest.mark.parametrize("text", [
    "The UN called for a ceasefire during the holy month of Ramadan.",
    "Fighting continued on the first day of Ramadan in Khartoum.",
    "Ramadan began on Monday.",
])
def test_ramadan_is_no_place(text):
    assert not any(p.admin1_code == "UA-53" for p in get_gazetteer().find_places(text, ()))


def test_the_village_itself_still_matches():
    assert any(p.admin1_code == "UA-53" for p in get_gazetteer().find_places("Shelling hit Romodan in the Poltava "
                                                                            "region.", ("UA",)))


@pytest.mark.parametrize("sentence,want", [
    # a themed act with a bare "the occupied territories" points back to the story's territories ...
    ("\"No representation opened in occupied territory will be recognized by Ukraine,\" the ministry said.",
     {"UA-23", "UA-09", "UA-43"}),
    # ... one naming the state speaks of them all: one country-level event
    ("\"No representation opened in the occupied territories of Ukraine will be recognized,\" the ministry said.",
     {None}),
])
def test_bare_occupied_territories_in_a_themed_act(sentence, want):
    got = _regions(WHOLE_LEAD + sentence, "recognized")
    assert got and {r[0] for r in got} == want, got


def test_a_gazetteer_failure_is_not_remembered(monkeypatch):
    # a failed lookup (gazetteer cache being rebuilt, file missing) gives no place for that article only:
    # the next article asks again and gets the country row
    from pipeline.coding import coder
    from pipeline.geo import gazetteer

    monkeypatch.setattr(coder, "_COUNTRY_PLACES", {})
    real = gazetteer.get_gazetteer

    def broken():
        raise OSError("gazetteer cache missing")

    monkeypatch.setattr(gazetteer, "get_gazetteer", broken)
    assert coder._gazetteer_country("UA") is None
    monkeypatch.setattr(gazetteer, "get_gazetteer", real)
    place = coder._gazetteer_country("UA")
    assert place is not None and place.country_code == "UA" and place.occupied_cue
