"""WHEN, round 5 (split dev5 / fresh5 of tests/data/when_where_articles.jsonl, checked by
tests/test_coder_when_where.py): rule checks with several phrasings per rule and near-misses.

- dates.wire_dateline + coder._continued_date: a Russian wire's dateline split off as a sentence of its own
  ("DONETSK, March 3. /TASS/.") dates the undated act of the lead after it (reported that day).
- dates.choose_expression / _release_verb_end: a date after a present-tense release verb ("The Ministry
  condemns the visit of X to Donetsk on 30-31 January") is its object's; the reaction is the release's.
- coder._sentence_expressions / _interview_day: a date in a quote is counted from the interview day the
  article names ("In an interview on March 29, ..." then "\"Yesterday, ...,\" he said").
- dates.quoted_own_date: an undated lead takes the date the next sentence's quote gives for the
  speaker's own act ("\"We arrived on June 28 ...\"").
- dates.names_story_event: "During the visit, ..." reaches past undated comments to the visit's date.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import choose_expression, find_temporal_expressions, wire_dateline


def _dates(text, pub):
    evs = code_article({"article_id": "t", "text": text, "published": pub})
    return sorted({(e["sentence_index"], str(e["event_date"])) for e in evs})


def _first_dates(text, pub):
    evs = code_article({"article_id": "t", "text": text, "published": pub})
    first = min(e["sentence_index"] for e in evs)
    return sorted({str(e["event_date"]) for e in evs if e["sentence_index"] == first})


# ------------------------------------------------------------------ wire datelines
@pytest.mark.parametrize("text,pub,want", [
    ("DONETSK, February 29. /TASS/. A delegation from Mali arrived in Donetsk to meet the republic's leadership.",
     dt.date(2024, 3, 1), ["2024-02-29"]),
    ("SUKHUMI, 28 December /RIA Novosti/. Venezuela's deputy foreign minister arrived in Abkhazia on a visit.",
     dt.date(2024, 12, 30), ["2024-12-28"]),
    ("LUGANSK, January 31. /TASS/. Nicaragua's ambassador held talks with the head of the Lugansk People's Republic.",
     dt.date(2024, 2, 1), ["2024-01-31"]),
])
def test_wire_dateline_dates_the_lead(text, pub, want):
    assert _first_dates(text, pub) == want


@pytest.mark.parametrize("text,pub,want", [
    # the lead's own date wins over the dateline
    ("DONETSK, March 3. /TASS/. A delegation from Mali arrived in Donetsk on Friday.", dt.date(2024, 3, 4),
     ["2024-03-01"]),
    # a dateline is no date for a later sentence
    ("DONETSK, February 29. /TASS/. The republic prepares for the election. A delegation from Mali arrived in "
     "Donetsk.", dt.date(2024, 3, 1), ["2024-03-01"]),
])
def test_wire_dateline_near_misses(text, pub, want):
    evs = code_article({"article_id": "t", "text": text, "published": pub})
    assert sorted({str(e["event_date"]) for e in evs if "arrived" in e["trigger_text"]}) == want


@pytest.mark.parametrize("text,want", [
    ("DONETSK, March 3. /TASS/.", True),
    ("SUKHUMI, 28 December /RIA Novosti/.", True),
    ("TSKHINVALI, South Ossetia, May 5. /TASS/.", True),
    ("He told TASS. /TASS/.", False),
    ("DONETSK, March 3 - A delegation arrived.", False),
])
def test_wire_dateline_form(text, want):
    assert wire_dateline(text) is want


# ------------------------------------------------------------------ present-tense releases
def _chosen(sentence, trigger, pub=dt.date(2024, 2, 2)):
    i = sentence.index(trigger)
    e = choose_expression(find_temporal_expressions(sentence, pub), i, i + len(trigger), sentence)
    return e.text if e else None


@pytest.mark.parametrize("sentence,trigger,want", [
    ("The Ministry of Foreign Affairs of Ukraine condemns the visit of a delegation to occupied Donetsk on 30-31 "
     "January.", "visit", None),
    ("The Foreign Ministry strongly condemns the opening of a so-called embassy in Sukhumi on January 29.",
     "condemns", None),
    ("Georgia's foreign ministry denounces the so-called elections held in Tskhinvali on 28 January.",
     "denounces", None),
    # near-misses: a past-tense reaction, a date before the verb, a noun after a determiner
    ("Ukraine's foreign ministry condemned the visit on Monday.", "condemned", "on Monday"),
    ("On 1 February, the ministry condemns the visit of a delegation on 30 January.", "condemns", "On 1 February"),
    ("The protests of residents in Sukhumi on January 29 ended peacefully.", "protests", "on January 29"),
])
def test_present_release_is_dated_by_the_release(sentence, trigger, want):
    assert _chosen(sentence, trigger) == want


# ------------------------------------------------------------------ quotes of an interview
@pytest.mark.parametrize("text,pub,want", [
    ("In an interview with Interfax-Ukraine on March 29, the regional governor spoke about labour migration. "
     "\"Yesterday, another group of workers from Uzbekistan arrived in Sievierodonetsk,\" he said.",
     dt.date(2024, 4, 3), "2024-03-28"),
    ("At a press conference on Monday, the governor spoke about the occupied region. \"Yesterday, 200 workers from "
     "North Korea arrived in Donetsk,\" he said.", dt.date(2024, 3, 14), "2024-03-10"),
    # near-misses: no interview named, or the date is outside the quote
    ("The governor spoke about labour migration on March 29. \"Yesterday, another group of workers from "
     "Uzbekistan arrived in Sievierodonetsk,\" he said.", dt.date(2024, 4, 3), "2024-04-02"),
    ("In an interview on March 29, the governor spoke about migration. Yesterday, another group of workers from "
     "Uzbekistan arrived in Sievierodonetsk, officials said.", dt.date(2024, 4, 3), "2024-04-02"),
])
def test_quote_counted_from_the_interview_day(text, pub, want):
    evs = code_article({"article_id": "t", "text": text, "published": pub})
    assert {str(e["event_date"]) for e in evs if "arrived" in e["trigger_text"]} == {want}


# ------------------------------------------------------------------ an undated lead and the quote after it
@pytest.mark.parametrize("text,pub,want", [
    ("A delegation of Burkina Faso visited occupied Luhansk. \"We arrived on June 28 and held talks with the local "
     "government,\" the head of the delegation said.", dt.date(2024, 7, 2), ["2024-06-28"]),
    ("Venezuela's deputy foreign minister visited Abkhazia. \"I met the president on Tuesday,\" he told reporters.",
     dt.date(2024, 3, 14), ["2024-03-12"]),
    # near-misses: the quote is not the speaker's own act, the lead has a date, the quote is not the next one
    ("Ukraine's foreign ministry condemned the visit of a Burkina Faso delegation to Luhansk. \"The delegation "
     "arrived on June 28,\" the ministry said.", dt.date(2024, 7, 2), ["2024-07-02"]),
    ("A delegation of Burkina Faso visited occupied Luhansk on Sunday. \"We arrived on June 28,\" its head said.",
     dt.date(2024, 7, 2), ["2024-06-30"]),
    ("A delegation of Burkina Faso visited occupied Luhansk. It was the first such trip. \"We arrived on June 28,\" "
     "its head said.", dt.date(2024, 7, 2), ["2024-07-02"]),
])
def test_undated_lead_takes_the_quote_date(text, pub, want):
    assert _first_dates(text, pub) == want


# ------------------------------------------------------------------ "During the visit" past an undated comment
@pytest.mark.parametrize("text,want", [
    ("A Syrian delegation visited occupied Donetsk on 5 March. We regard this trip as a violation of Ukrainian law. "
     "During the visit, the delegation met the Russian-installed authorities.", "2024-03-05"),
    # near-miss: no event phrase, the undated comment in between breaks the story
    ("A Syrian delegation visited occupied Donetsk on 5 March. We regard this trip as a violation of Ukrainian law. "
     "The delegation met the Russian-installed authorities.", "2024-03-14"),
])
def test_event_phrase_reaches_past_undated_comments(text, want):
    evs = code_article({"article_id": "t", "text": text, "published": dt.date(2024, 3, 14)})
    assert {str(e["event_date"]) for e in evs if e["trigger_text"] == "met"} == {want}


# ------------------------------------------------------------------ review round 3: near-misses
def _rows(text, pub=dt.date(2024, 3, 14)):
    return [(e["sentence_index"], e["cameo_root"], str(e["event_date"]))
            for e in code_article({"article_id": "t", "published": pub, "text": text})]


@pytest.mark.parametrize("text, root, want", [
    # only the release (and the act it judges right after it) takes the release's date
    ("Protests erupted in Simferopol on September 10.", "14", "2024-09-10"),
    ("Kyiv considers that Russian troops shelled Kherson on September 10.", "19", "2024-09-10"),
    ("The EU urges Russia to release the journalists its forces detained in Crimea on September 10.", "17",
     "2024-09-10"),
    ("Ukraine's foreign ministry condemns the shelling of Kharkiv on September 10.", "11", "2024-09-14"),
])
def test_a_release_verb_dates_only_the_release(text, root, want):
    rows = [r for r in _rows(text, dt.date(2024, 9, 14)) if r[1] == root]
    assert rows and all(r[2] == want for r in rows), _rows(text, dt.date(2024, 9, 14))


def test_a_bounding_date_in_the_next_quote_does_not_date_the_lead():
    rows = _rows('Russian troops shelled Kherson, killing two civilians. "We have not had such heavy shelling '
                 'since March 2," the governor said.')
    assert [r[2] for r in rows if r[0] == 0] == ["2024-03-14"], rows


def test_a_later_quote_is_not_counted_from_an_earlier_interview():
    rows = _rows("Zelensky said in an interview with CNN on March 1 that Ukraine needed more air defence. He spoke "
                 "about the front. Officials reported new attacks. \"Yesterday, Russian missiles struck the centre of "
                 "Kharkiv,\" Oleh Syniehubov said on Telegram.")
    assert [r[2] for r in rows if r[0] == 3] == ["2024-03-13"], rows


def test_during_the_talks_does_not_take_another_storys_date():
    rows = _rows("Putin arrived in Minsk for talks with Lukashenko. The two leaders last met in St Petersburg on "
                 "January 29. The Kremlin said it regards the trip as important. During the talks, Putin and "
                 "Lukashenko signed an agreement on grain supplies.")
    assert rows and all(r[2] == "2024-03-14" for r in rows if r[0] == 3), rows
