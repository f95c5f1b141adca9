"""Review 5 of the session-14 rules (relative clauses, expletive "it is time/necessary to", act nouns): the
reviewer's sentences plus new variants and near-misses. Each mended case failed before its mend (checked once
by hand); near-misses (marked "keep") passed before and must not change.

1. a relative clause that is itself passive ("who were detained by X") is never skipped between a subject and
   its passive verb (triggers._without_relative);
2. the actors of a skipped relative clause are no party of the main passive verb: its patient is the
   antecedent (coder._roles_pair);
3. the advocate cue governs only the first verb after its "to" (triggers._advocated_head);
4/8. a "for" phrase with no state, or no doer named by a speaker who does not govern: an appeal with no
   addressee and no target (coder._advocacy, Match.no_addressee);
9. the speaker is the subject phrase's head actor, not a place inside it (coder._advocacy_speaker);
10. a speaker that is no actor still speaks; a question is no appeal (coder._advocacy);
5. an event noun's own "by" phrase after its "of" object is its doer (coder._nominal_participants); the
   determiner-skipping object agent is only for a noun that is another trigger's object (coder._object_agent).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2023, 9, 17)


def _rows(text: str) -> list:
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"], bool(e.get("planned")))
            for e in code_article({"article_id": "r5s14", "text": text, "published": PUB})]


def _has(rows, code, a1, a2, planned=None):
    return any(r[:3] == (code, a1, a2) and (planned is None or r[3] == planned) for r in rows)


# (text, expected rows that must be there, rows (code, a1, a2) that must not be there)
CASES = [
    # 1. a passive relative clause keeps its own act
    ("The journalists who were detained by Russian forces in Kherson were released on Tuesday.",
     [("173", "RUSMIL", "MED")], [("0841", None, "RUSMIL")]),
    ("Activists who were detained by Russian police were released on bail.",
     [("173", "RUSCOP", "NGO")], [("0841", None, "RUSCOP")]),
    ("Soldiers who were captured by Ukrainian forces were exchanged.",
     [("173", "UKRMIL", "MIL")], [("0841", None, "UKRMIL")]),
    # keep (no skip before either): "had been" ends the clause
    ("Two bloggers who had been arrested by the FSB in Simferopol were freed last week.",
     [("173", "RUSSPY", "MED")], [("0841", None, "RUSSPY")]),
    # keep: an active relative clause is still skipped
    ("Companies that operate in occupied Crimea were sanctioned by the United States.",
     [("163", "USA", "BUS")], []),
    ("Diplomats who visited occupied Crimea were expelled by Ukraine.",
     [("166", "UKR", "GOV")], []),
    # 2. the patient is the antecedent, never an actor inside the clause
    ("Syrian lawmakers who visited Sukhumi were received by Bzhania.",
     [("043", "ABKGOV", "SYRLEG")], [("043", "ABKGOV", "ABKGOV")]),
    ("Officials who visited Sukhumi last week were sanctioned by Georgia.",
     [], [("163", "GEO", "ABKGOV")]),
    ("Officials who met Bzhania in Sukhumi last month were sanctioned by Georgia.",
     [], [("163", "GEO", "ABKGOV")]),
    # keep: the clause's own act
    ("Businessmen who traded with Tiraspol were fined by Moldova.",
     [("061", "BUS", "PMRGOV")], []),
    ("Russian diplomats who visited Sukhumi were expelled by Georgia.",
     [("166", "GEO", "RUSGOV")], [("166", "GEO", "ABKGOV")]),
    # 3. the cue judges only its own verb
    ("It is time for the world to recognise the genocide, the Armenian president said.",
     [("202", None, None, False)], [("202", "ARMGOV", None)]),
    ("Zelensky said it was necessary to impose sanctions on Iran for supplying drones to Russia.",
     [("072", "IRN", "RUS")], [("023", "UKRGOV", "IRN")]),
    ("It is time for Russia to pay for its attack on Ukraine, Zelensky said.",
     [("180", "RUS", "UKR")], [("025", "UKRGOV", "RUS")]),
    ("Putin said it was necessary to protect civilians from attacks by Ukraine.",
     [("180", "CVL", "UKR", False)], []),
    ("Kuleba said it was time to hold Russia accountable for its shelling of Kharkiv.",
     [], [("025", "UKRGOV", "RUS")]),
    # keep: adverbs and "for X to" between the cue and its verb
    ("Putin said it was necessary for NATO to withdraw its forces.",
     [("025", "RUSGOV", "IGONAT")], []),
    ("Armenia said it was time for Azerbaijan to release Armenian prisoners.",
     [("025", "ARM", "AZE")], []),
    ("The Russian ambassador said it is time for Serbia to recognise Crimea.",
     [("0211", "RUSGOV", "SRB")], []),
    ("Bzhania said it was time for Belarus to recognise Abkhazia.",
     [("0211", "ABKGOV", "BLR")], []),
    ("Lukashenko said it was time for Belarus to recognise Abkhazia.",
     [("054", "BLR", "ABK", True)], []),
    # 4. a "for" phrase with no state: an appeal with no addressee
    ("Georgia said it was time for the world to condemn the occupation of Abkhazia by Russia.",
     [("020", "GEO", None)], [("111", "GEO", "RUS")]),
    ("Kyiv said it was time for the international community to impose sanctions on Russia.",
     [("020", "UKRGOV", None)], [("163", "UKRGOV", "RUS")]),
    # 8. no addressee: the act's object is no target
    ("The US Congress said it was time to impose sanctions on Georgia.",
     [("020", "USALEG", None)], [("020", "USALEG", "GEO")]),
    ("Opposition lawmakers said it was time to impose sanctions on Russia.",
     [("020", "LEG", None)], [("020", "LEG", "RUS")]),
    # 9. the speaker is the subject's head actor, not a place inside it
    ("Opposition lawmakers in Moldova said it was time to expel the Russian ambassador.",
     [("020", "MDALEG", None)], [("166", "MDALEG", "RUSGOV")]),
    # 10. a speaker that is no actor; a question
    ("The analyst said it was time for Ukraine to negotiate with Russia.",
     [("026", None, "UKR")], [("046", "UKR", "RUS")]),
    ("Is it time for Belarus to recognise Abkhazia?",
     [], [("0211", None, "BLR")]),
    ("Is it time for Serbia to impose sanctions on Russia?",
     [], [("020", None, "SRB"), ("025", None, "SRB")]),
    # 5. an event noun's own agent
    # (was "... is unlikely": a hedged noun now names no act, tests/test_coder_hedged_nouns_s14.py)
    ("The recognition of Abkhazia by other Latin American states angered Tbilisi, officials said.",
     [("054", "LAM", "ABK")], [("054", None, "LAM")]),
    ("Ukrainian officials said the arrests of Crimean Tatars by the FSB were politically motivated.",
     [("173", "RUSSPY", "UKRCVL")], [("173", None, "RUSSPY")]),
    # keep: a noun that is another trigger's object, and "by Belarus" right after the noun's phrase
    ("They called for recognition of Abkhazia by other Latin American states.",
     [("0211", None, "LAM")], []),
    ("The release of political prisoners by Belarus was welcomed by the EU.",
     [("0841", "BLR", "CVL")], []),
]


@pytest.mark.parametrize("text,want,banned", CASES, ids=[c[0][:60] for c in CASES])
def test_review5(text, want, banned):
    rows = _rows(text)
    for w in want:
        assert _has(rows, *w), (w, rows)
    for b in banned:
        assert not _has(rows, *b), (b, rows)
