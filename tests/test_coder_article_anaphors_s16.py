"""Session 16 (third round, branch s16p): visitors named again in a whole article.

A hosting's guests named by a definite plural role noun, maybe counted ("received the nine deputies", "the
lawmakers were received by X"), are the visitors of the visit before (grammar.yaml hosted_guest_nouns,
coder._hosted_guest_anaphor); a visiting party named again as "the group" right after its visit is that party
(cues.yaml anaphora). Near-misses: a noun with its own country, an indefinite or counted noun with "from X",
no visit before, a sports story.
"""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article


def _events(text):
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"])
            for e in code_article({"id": "t", "published": dt.date(2024, 6, 20), "text": text})]


@pytest.mark.parametrize("text,want", [
    ("A delegation of Belarusian lawmakers arrived in Sukhumi on June 16. The same day, the lawmakers were "
     "received by Aslan Bzhania.", ("043", "ABKGOV", "BLRLEG")),
    ("A group of Syrian deputies arrived in Luhansk on Monday. Leonid Pasechnik received the six deputies at "
     "the government house.", ("043", "LPRGOV", "SYRLEG")),
    ("Nine lawmakers from Burkina Faso and Mali arrived in Simferopol on Monday for a working visit. The next "
     "day Sergei Aksyonov received the nine deputies at his residence.", ("043", "RUSGOV", "MLILEG")),
    ("A Nicaraguan parliamentary delegation arrived in Tskhinvali on Tuesday. Alan Gagloev later received "
     "the parliamentarians in his office.", ("043", "SOSGOV", "NICLEG")),
])
def test_hosted_guests_named_again(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text,bad", [
    # the noun's own country wins
    ("A delegation of Belarusian lawmakers arrived in Sukhumi on June 16. The same day, Aslan Bzhania "
     "received the Russian deputies.", "BLRLEG"),
    # counted with its own origin: no anaphor
    ("A delegation of Belarusian lawmakers arrived in Sukhumi on June 16. Aslan Bzhania received three "
     "deputies from Venezuela.", "BLRLEG"),
    # no visit before
    ("Belarus criticised the sanctions on Monday. Aslan Bzhania received the deputies on Tuesday.", "BLRLEG"),
    # a visit of officials (GOV), the noun a legislature's (LEG): another role
    ("A delegation of Belarusian officials arrived in Sukhumi on June 16. Aslan Bzhania received the deputies.",
     "BLRLEG"),
])
def test_hosted_guest_near_misses(text, bad):
    assert not any(bad in (a1, a2) and code == "043" for code, a1, a2 in _events(text))


def test_group_after_a_visit_is_the_visitors():
    ev = _events("A delegation of Nicaraguan officials visited occupied Mariupol on Monday. Two days later the "
                 "group travelled to Donetsk and visited a mine.")
    assert ("042", "NICGOV", None) in [e for e in ev if e[0] == "042"][1:]


def test_group_near_misses():
    # a sports story: the guest noun reaches back only to the sentence right before it
    ev = _events("Ukraine's national team arrived in Tbilisi on Monday. The match ended 1-1 and the coach praised "
                 "the squad. Later the group visited a museum.")
    assert [e[1] for e in ev if e[0] == "042"][-1] is None
    # no visit before: "the group" is no visitor
    ev = _events("Hamas fighters attacked an Israeli post on Monday. The group said it had captured two soldiers.")
    assert not any(e[0].startswith("04") for e in ev)


# The two parties' own bodies ("the two foreign ministries", "the two legislatures") right after their visit or
# talks are those two parties (cues.yaml anaphora, kind act_pair); "signed a plan of consultations" is a signing.
@pytest.mark.parametrize("text,pair", [
    ("Nicaraguan deputy foreign minister Ligia Zamora arrived in Sukhumi on November 4. The same day, Aslan "
     "Bzhania received the Nicaraguan guests. That evening the two foreign ministries signed a plan of "
     "consultations for 2025-2026.", {"ABKGOV", "NIC"}),
    ("A delegation of Abkhazia's People's Assembly arrived in Tiraspol on February 10. The same day, Vadim "
     "Krasnoselsky received the Abkhaz deputies. A day later, the speakers of the two legislatures signed an "
     "accord on cooperation.", {"PMRGOV", "ABKLEG"}),
    ("Serbia's foreign minister held talks with his Hungarian counterpart in Budapest on Monday. The two "
     "ministries later signed a memorandum on consular cooperation.", {"SRBGOV", "HUNGOV"}),
])
def test_two_bodies_after_a_visit_are_its_parties(text, pair):
    signed = {a for code, a1, a2 in _events(text) if code == "057" for a in (a1, a2)}
    assert pair <= signed


@pytest.mark.parametrize("text,want", [
    # no visit or talks before: no parties
    ("Inflation rose again in March. The two governments signed a deal on Monday.", [("057", "GOV", None)]),
    # one named party only before (no talks between two): no pair
    ("Serbia's foreign minister spoke on television on Monday. The two ministries later signed a memorandum.",
     [("057", "SRBGOV", "GOV")]),
])
def test_two_bodies_near_misses(text, want):
    assert [e for e in _events(text) if e[0] == "057"] == want
