"""Actors named only in an earlier sentence (session 14): whole short articles (2-4 sentences, wire style)
where the subject of an act is "the sides", "the republic", "it"/"the guests" after a delegation's arrival, or
"the ministry" after a country's ministry, and the parties are named only in a sentence before.

Articles written for this file before the coder was run on them; expectations from the codebook (a signing,
agreeing or discussing by "the sides" is coded in both directions, as for a compound subject "A and B").
Near-misses: "the sides" with one party named, in a match or a court case; "the republic" when two entities
were named; "it" after a delegation when another actor is the subject in between.

First run (before the session-14 rules): 7 of 18 with the events picked by trigger text; the helper was then
changed to take every event of the sentence (an act may be coded on another word: "agreed to expand
cooperation"), with which 9 of 18 passed at first run; 16 of 18 after the rules (coder._previous_act_parties,
coder._entity_subject, coder._bare_antecedent_owner). The two left are strict xfails with their class.
Near-miss tests added after the first run are marked below.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 5, 15)


def _pairs(text: str, sent: str, trig: str) -> set:
    """(actor1, actor2) of the events of the sentence that starts with sent (trig names the act, for the reader;
    the act may be coded on another word of the sentence: "agreed to expand cooperation")."""
    lo = text.index(sent)
    hi = text.find(". ", lo)
    hi = len(text) if hi < 0 else hi
    out = set()
    for e in code_article({"article_id": "s14", "text": text, "published": PUB}):
        if lo <= e["char_start"] < hi:
            out.add((e["actor1_code"], e["actor2_code"]))
    return out


def _countries(pairs: set) -> set:
    return {tuple((c or "")[:3] or None for c in p) for p in pairs}


# ------------------------------------------------------------------ "the sides" after a meeting of two parties
SIDES = [
    ("MINSK, May 14 (BelTA) - Belarusian Foreign Minister Maxim Ryzhenkov held talks with his Venezuelan "
     "counterpart Yvan Gil in Minsk on Tuesday. The sides signed an agreement on visa-free travel for holders of "
     "diplomatic passports.", "The sides signed", "signed", "BLR", "VEN"),
    ("YEREVAN, May 13 (ARMENPRESS) - Armenian Prime Minister Nikol Pashinyan met Iranian President Masoud "
     "Pezeshkian in Tehran on Monday, the government's press office said. Both sides agreed to expand cooperation "
     "in energy and transport.", "Both sides agreed", "agreed", "ARM", "IRN"),
    pytest.param(
        "SUKHUMI, May 10 (Apsnypress) - A delegation of the Abkhaz foreign ministry visited Caracas last week and met "
        "Venezuelan Foreign Minister Yvan Gil. The parties discussed the opening of an Abkhaz embassy in Venezuela, "
        "the ministry said.", "The parties discussed", "discussed", "ABK", "VEN",
        marks=pytest.mark.xfail(strict=True, reason="'discussed the opening of an embassy' is coded as the opening "
                                "(054, both parties as its doers), not as talks between them (class: discussed act)")),
    ("DAMASCUS, May 7 (SANA) - Syrian President Bashar al-Assad received DPR head Denis Pushilin in Damascus on "
     "Tuesday. The two sides discussed trade and the opening of a DPR representative office in Syria.",
     "The two sides discussed", "discussed", "SYR", "DPR"),
    ("TSKHINVALI, April 30 (RES) - South Ossetian leader Alan Gagloev held talks with a Nicaraguan government "
     "delegation in Tskhinvali on Monday. The sides signed a memorandum on cooperation in education, his press "
     "service said.", "The sides signed", "signed", "SOS", "NIC"),
]


@pytest.mark.parametrize("text,sent,trig,a,b", SIDES)
def test_the_sides_are_the_two_parties_of_the_sentence_before(text, sent, trig, a, b):
    got = _countries(_pairs(text, sent, trig))
    assert (a, b) in got and (b, a) in got, got


SIDES_NEAR = [
    # one party named: no guessing
    ("CHISINAU, May 14 (IPN) - Moldova's government held a new round of talks on Transnistria's status in "
     "Chisinau on Tuesday, a spokesman said. The sides agreed to meet again in June.", "The sides agreed", "agreed"),
    # a match: the clubs are no parties to an agreement
    ("LVIV, May 12 (Reuters) - Shakhtar Donetsk drew 1-1 with Dynamo Kyiv in Lviv on Sunday. The sides meet again "
     "in the cup final later this month.", "The sides meet", "meet"),
    # a court case
    ("TBILISI, May 13 (Civil.ge) - The Tbilisi City Court on Monday began hearing the case of a man detained by "
     "Russian border guards near the occupation line. The sides agreed to postpone the hearing until June.",
     "The sides agreed", "agreed"),
]


@pytest.mark.parametrize("text,sent,trig", SIDES_NEAR)
def test_the_sides_without_two_named_parties_code_no_pair(text, sent, trig):
    got = _countries(_pairs(text, sent, trig))
    assert not any(x and y and x != y for x, y in got), got


# ------------------------------------------------------------------ "the republic" as a subject
REPUBLIC = [
    ("TSKHINVALI, June 3 (RES) - South Ossetia's government on Monday approved a programme to attract 500 builders "
     "from Central Asia. The republic signed an agreement with Uzbekistan's labour ministry last month.",
     "The republic signed", "signed", "SOS"),
    ("TIRASPOL, May 8 (Novosti PMR) - Transnistria's Supreme Council passed a law on foreign workers on "
     "Wednesday. The breakaway republic plans to hire 300 builders from Tajikistan this year, the speaker said.",
     "The breakaway republic plans", "hire", "PMR"),
    ("DONETSK, May 6. /TASS/. The DPR government has approved a new quota for foreign workers, the republic's "
     "labour ministry said. The republic opened a representative office in South Ossetia in 2023.",
     "The republic opened", "opened", "DPR"),
]


@pytest.mark.parametrize("text,sent,trig,want", REPUBLIC)
def test_the_republic_is_the_entity_named_before(text, sent, trig, want):
    got = _countries(_pairs(text, sent, trig))
    assert any(x == want for x, _ in got), got


def test_the_republic_after_two_entities_is_no_guess():
    text = ("SUKHUMI, May 14 (Apsnypress) - Abkhaz President Badra Gunba met South Ossetian leader Alan Gagloev in "
            "Sukhumi on Tuesday. The republic signed an agreement with Nicaragua on Wednesday, officials said.")
    got = _countries(_pairs(text, "The republic signed", "signed"))
    assert not any(x in ("ABK", "SOS") for x, _ in got), got


# ------------------------------------------------------------------ "it" / "the guests" after a delegation's arrival
DELEGATION = [
    ("TIRASPOL, Oct 5 (Novosti PMR) - A delegation of Belarusian lawmakers arrived in Tiraspol on Thursday. It met "
     "Transnistrian leader Vadim Krasnoselsky and discussed trade.", "It met", "met", "BLR", "PMR"),
    ("SUKHUMI, May 13 (Apsnypress) - A delegation of the Syrian parliament arrived in Sukhumi on Monday, the Abkhaz "
     "foreign ministry said. The guests met Abkhaz parliament speaker Lasha Ashuba.", "The guests met", "met",
     "SYR", "ABK"),
    ("DONETSK, May 8. /TASS/. A Nicaraguan government delegation arrived in Donetsk on Wednesday. It signed a "
     "memorandum on cooperation with the DPR government.", "It signed", "signed", "NIC", "DPR"),
]


@pytest.mark.parametrize("text,sent,trig,a,b", DELEGATION)
def test_it_after_a_delegation_arrived_is_the_delegation(text, sent, trig, a, b):
    got = _countries(_pairs(text, sent, trig))
    assert (a, b) in got, got


def test_it_after_another_subject_is_that_subject():
    text = ("CHISINAU, May 9 (IPN) - A delegation of Belarusian lawmakers arrived in Tiraspol on Thursday. Moldova's "
            "foreign ministry condemned the visit. It summoned the Belarusian ambassador on Friday.")
    got = _countries(_pairs(text, "It summoned", "summoned"))
    assert ("MDA", "BLR") in got, got



@pytest.mark.parametrize("sent, want", [
    ("Georgia said on Tuesday it was breaking off", ("GEO", "SYR")),
    ("The Kremlin said it respected", ("RUS", None)),
    ("Moldova's foreign ministry said it had summoned", ("MDA", "BLR")),
])
def test_it_after_an_actor_of_its_own_sentence_is_that_actor(sent, want):
    # the visit of the sentence before does not outrank an antecedent in the pronoun's own sentence
    text = ("A delegation from North Korea arrived in occupied Donetsk on Friday. " + sent +
            {"Georgia s": " diplomatic relations with Syria.", "The Kreml": " the vote but stopped short of "
             "recognizing the result.", "Moldova's": " the Belarusian ambassador."}[sent[:9]])
    got = _countries(_pairs(text, sent, sent.split()[-1]))
    assert want in got and not any(a == "PRK" for a, _ in got), got

# ------------------------------------------------------------------ "the ministry" after a country's ministry
MINISTRY = [
    ("TBILISI, May 14 (Civil.ge) - Georgia's government on Tuesday condemned the opening of a Russian polling "
     "station in Sukhumi, the foreign ministry said in a statement. The ministry also summoned the Swiss ambassador, "
     "whose country represents Russia's interests in Georgia.", "The ministry also summoned", "summoned", "GEO"),
    # (an appeal to a named addressee is 020 since session 15: triggers.yaml appeal.generic)
    ("KYIV, May 10 (Ukrinform) - Ukraine's Foreign Ministry condemned the visit of a Belarusian delegation to "
     "occupied Donetsk. The ministry called on Minsk to stop legitimizing the occupation.", "The ministry called",
     "called on", "UKR"),
]


@pytest.mark.parametrize("text,sent,trig,want", MINISTRY)
def test_the_ministry_is_the_country_named_before(text, sent, trig, want):
    got = _countries(_pairs(text, sent, trig))
    assert any(x == want for x, _ in got), got


# ------------------------------------------------------------------ near-misses added after the first run
def test_the_ministry_after_two_governments_is_no_guess():
    text = ("TBILISI, May 14 (Civil.ge) - Georgia's government and Russia's government traded accusations on Tuesday, "
            "the foreign ministry said. The ministry also summoned the Swiss ambassador.")
    got = _countries(_pairs(text, "The ministry also summoned", "summoned"))
    assert not any(x in ("GEO", "RUS") for x, _ in got), got


def test_the_republic_as_an_object_is_not_the_subject():
    # "talks with the republic": the phrase is no subject; the doer stays the one named in the sentence
    text = ("SUKHUMI, May 14 (Apsnypress) - Abkhazia's parliament passed a law on foreign investment on Tuesday. "
            "Syria signed an agreement with the republic on Wednesday.")
    got = _countries(_pairs(text, "Syria signed", "signed"))
    assert ("SYR", "ABK") in got and not any(x == "ABK" for x, _ in got), got


def test_it_after_a_meeting_without_a_visit_is_the_last_actor():
    # no visit before: "it" is the usual last non-person actor (the ministry), not a guest
    text = ("MOSCOW, May 14 (TASS) - Russia's foreign ministry criticised Moldova's decision to close a Russian "
            "cultural centre. It summoned the Moldovan ambassador on Tuesday.")
    got = _countries(_pairs(text, "It summoned", "summoned"))
    assert ("RUS", "MDA") in got, got


def test_the_sides_after_a_meeting_two_sentences_back_is_no_guess():
    # the meeting is two sentences back, across an unrelated report: "the sides" reads no further than one
    text = ("MINSK, May 14 (BelTA) - Belarusian Foreign Minister Maxim Ryzhenkov held talks with his Venezuelan "
            "counterpart Yvan Gil in Minsk on Tuesday. Separately, a court in Minsk jailed an opposition blogger. "
            "The sides signed the verdict protocol on Wednesday.")
    got = _countries(_pairs(text, "The sides signed", "signed"))
    assert not any(x and y and x != y for x, y in got), got
