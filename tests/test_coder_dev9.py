"""Round 9 (split dev9 of tests/data/when_where_articles.jsonl; error classes of the fresh8 whole-article check):

- gazetteer: a document named after a city ("the Geneva Conventions", "the Budapest Memorandum", "the Helsinki
  Final Act") is no place mention (schemas/geo/mention_rules.yaml document_words_after, _MentionRules.is_document_name);
  "talks in Geneva", "the Geneva talks", "signed in Vienna" stay places.
- dates.choose_expression: a noun's period ("the investment programme for 2022-2025", "the budget for 2024", "the
  2024-2026 plan") dates no act (schemas/temporal/lexicon.yaml period_nouns, dates._noun_period).
- coder._coordinated_predicate: a coordinated predicate after the trigger's object ("visited the plant and laid
  flowers at a memorial to children killed ...") has its own participants, except its verb's own object ("arrived
  in the city and met the governor": the host).
- coder._coordinated_mentions: "the republic" after "the Donetsk and Luhansk people's republics" is the entity
  last named alone, not the coordination's last member.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import choose_expression, find_temporal_expressions
from pipeline.geo.gazetteer import get_gazetteer


def _places(text):
    return [p.text for p in get_gazetteer().find_places(text)]


@pytest.mark.parametrize("text,gone", [
    ("Kyiv called the deportations a grave breach of the Geneva Conventions.", "Geneva"),
    ("The ministry cited the Fourth Geneva Convention.", "Geneva"),
    ("The embassy invoked the Vienna Convention on Diplomatic Relations.", "Vienna"),
    ("Ukraine gave up its nuclear arsenal under the Budapest Memorandum of 1994.", "Budapest"),
    ("Turkey closed the straits to warships under the Montreux Convention.", "Montreux"),
    ("Armenia ratified the Rome Statute in 2023.", "Rome"),
    ("The move violates the Helsinki Final Act, Moldova said.", "Helsinki"),
    ("Moscow said the Minsk agreements were dead.", "Minsk"),
    ("Leaders last met in the Normandy format, not the Minsk format.", "Minsk"),
])
def test_a_document_named_after_a_city_is_no_place(text, gone):
    assert gone not in _places(text)


@pytest.mark.parametrize("text,kept", [
    ("Talks in Geneva ended on Monday without a deal.", "Geneva"),
    ("The Geneva talks ended without a deal.", "Geneva"),
    ("The treaty was signed in Vienna in 1961.", "Vienna"),
    ("The two sides signed in Minsk an agreement on grain supplies.", "Minsk"),
    ("Ministers met at Budapest airport on Friday.", "Budapest"),
])
def test_a_place_before_other_nouns_stays_a_place(text, kept):
    assert kept in _places(text)


def _chosen(sentence, trigger, pub=dt.date(2024, 5, 17)):
    exprs = find_temporal_expressions(sentence, pub)
    i = sentence.index(trigger)
    e = choose_expression(exprs, i, i + len(trigger), sentence)
    return sentence[e.start:e.end] if e else None


@pytest.mark.parametrize("sentence,trigger,want", [
    ("Gagloyev received the ambassador and discussed the investment programme for 2022-2025.", "received", None),
    ("The governor met investors and presented the budget for 2024.", "met", None),
    ("The governor met investors on Monday and presented the budget for 2025.", "met", "on Monday"),
    ("The minister approved the 2024-2026 development plan on Friday.", "approved", "on Friday"),
    ("The ministry signed a contract for 2024 on Monday.", "signed", "on Monday"),
    ("The government adopted a strategy for the period 2023-2030 on Friday.", "adopted", "on Friday"),
    ("The sides agreed a labour quota until 2026.", "agreed", None),
])
def test_a_nouns_period_dates_no_act(sentence, trigger, want):
    assert _chosen(sentence, trigger) == want


@pytest.mark.parametrize("sentence,trigger,want", [
    # near-misses: an act's own year, a plan made in a year, a count after a year
    ("The two sides signed the agreement in 2023.", "signed", "in 2023"),
    ("In 2024 budget cuts closed three schools.", "closed", "In 2024"),
    ("Workers arrived in March 2024 under the plan.", "arrived", "in March 2024"),
    ("The plan was adopted in 2022.", "adopted", "in 2022"),
])
def test_an_acts_own_year_stays(sentence, trigger, want):
    assert _chosen(sentence, trigger) == want


LEAD = ("DONETSK, July 20. /TASS/. A delegation from Mali arrived in Donetsk on Wednesday for talks with the head of "
        "the Donetsk People's Republic Denis Pushilin. ")


def _on(text, trigger, pub=dt.date(2023, 7, 21)):
    evs = code_article({"article_id": "t", "text": text, "published": pub})
    i = text.rindex(trigger)
    return [e for e in evs if e["char_start"] <= i < e["char_end"]]


@pytest.mark.parametrize("second", [
    "The delegation visited the Azovstal plant in Mariupol and laid flowers at a memorial to children killed in the war.",
    "The delegation then visited the railway station in Donetsk and laid flowers at a memorial to civilians killed by shelling.",
    "The delegation visited the drama theatre in Mariupol and later placed a wreath at a monument to civilians killed there.",
])
def test_a_coordinated_predicate_has_its_own_participants(second):
    got = _on(LEAD + second, "visited")
    assert got and all(e["actor2_code"] != "CVL" for e in got), [(e["actor1_code"], e["actor2_code"]) for e in got]
    assert any("diplomatic_recognition" in e["themes"] for e in got)


def test_the_coordinated_verbs_own_object_is_the_host():
    text = ("KYIV, May 20 - Ukraine's foreign ministry protested against a visit by an Iranian delegation to occupied "
            "Melitopol. The delegation arrived in the city on Saturday and met the Russian-installed governor.")
    got = _on(text, "arrived", dt.date(2024, 5, 20))
    assert [e["actor2_code"] for e in got] == ["RUSGOV"]


def _signed_by(text):
    return [e["actor1_code"] for e in _on(text, "signed", dt.date(2023, 6, 30))]


@pytest.mark.parametrize("first,want", [
    ("Denis Pushilin, the head of the Donetsk People's Republic, received the ambassador of Nicaragua.", "DPRGOV"),
    ("Leonid Pasechnik, the head of the Luhansk People's Republic, received the ambassador of Nicaragua.", "LPRGOV"),
])
def test_the_republic_is_the_entity_named_alone(first, want):
    text = (first + " Russia recognised the independence of the Donetsk and Luhansk people's republics in February "
            "2022. The republic's government said it had signed an agreement with the Republic of Tatarstan.")
    assert _signed_by(text) == [want]


def test_the_republic_after_two_single_mentions_is_the_nearest():
    text = ("The head of the Luhansk People's Republic Leonid Pasechnik on Thursday met a delegation from Mali. "
            "Later, Denis Pushilin, head of the Donetsk People's Republic, met them too. The republic's labour "
            "ministry said it had signed an agreement with the Republic of Tatarstan.")
    assert _signed_by(text) == ["DPRGOV"]
