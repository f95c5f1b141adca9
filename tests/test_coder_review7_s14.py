"""Review 7 of the session-14 rules: the reviewer's sentences plus new variants and near-misses. Each mended
case failed before its mend (checked once by hand); near-misses (marked "keep") passed before and must not change.

1. workers from the party's other regions, with no free home place named, are tied to the mission by the
   article's occupied territory (coder._mission_link: themes.yaml labor_migration brings domestic workers into
   occupied territories); a free home place of the sentence ("in the Rostov region") keeps them home;
2. a full passive relative clause ("who were detained by X") is skipped before the main passive and coded
   itself: the main verb's patient is the antecedent, its doer never the clause's agent
   (triggers._without_relative, _relative_passive);
4. a stay is a visit only with a visiting subject (triggers.yaml consult.stay clause_terms_subject), not a
   private one (holiday, family);
5. a body named by its role alone after the advocate cue's "for" ("for the government to") is the speaker's own
   state's, appealed to (coder._advocacy, grammar.yaml advocate_role_addressees);
7. a meeting noun after "for" right after a visit or stay told as done is the meeting held there
   (triggers._visit_purpose, grammar.yaml visit_purpose_prepositions).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2023, 9, 17)


def _events(text: str) -> list:
    return code_article({"article_id": "r7s14", "text": text, "published": PUB})


def _rows(text: str) -> list:
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"], tuple(e["themes"]), e["rule"])
            for e in _events(text)]


def _has(rows, code, a1=..., a2=..., theme=None, rule=None):
    return any(r[0] == code and (a1 is ... or r[1] == a1) and (a2 is ... or r[2] == a2)
               and (theme is None or theme in r[3]) and (rule is None or r[4] == rule) for r in rows)


# 1. (text, themed?) for the labour act of the article's last sentence
LABOUR = [
    ("Houses in Mariupol are being rebuilt. Workers from other Russian regions have arrived.", True),
    ("The occupation authorities in Mariupol are short of builders. They have hired builders from other "
     "Russian regions.", True),
    ("The Kremlin is rebuilding occupied Mariupol. Contractors are bringing workers from other Russian regions.",
     True),
    ("The bridge in Melitopol is being repaired. Hundreds of builders from other Russian regions have arrived.", True),
    # keep: a free home place of the sentence is the home labour market
    ("Russian forces hold Luhansk. The demand for labour is not limited to the occupied territories. Construction "
     "firms in the Rostov region have been recruiting welders and concrete workers from other Russian regions.",
     False),
    ("Houses in Mariupol are being rebuilt. Meanwhile, defence plants in Tatarstan are recruiting welders from "
     "other Russian regions.", False),
]


@pytest.mark.parametrize("text,themed", LABOUR)
def test_domestic_workers_and_article_territory(text, themed):
    last = [e for e in _events(text) if e["cameo_code"].startswith("06")]
    assert last, text
    assert ("labor_migration" in last[-1]["themes"]) is themed, _rows(text)


# 2. (text, rows that must be there, rows that must not)
RELATIVE = [
    ("The journalists who were detained by Russian forces were released.",
     [("173", "RUSMIL", "MED"), ("0841", None, "MED")], [("0841", "RUSMIL", "MED")]),
    ("The soldiers who were captured by Ukraine in Kursk were exchanged.",
     [("173", "UKR", "MIL"), ("0841", None, "MIL")], [("0841", "UKR", "MIL")]),
    ("Ukrainian children who were deported by Russia were returned to Ukraine.",
     [("174", "RUS", "UKRCVL"), ("0841", None, "UKRCVL")], [("0841", "RUS", "UKRCVL")]),
    ("The officials who are accused by Kyiv of deporting children were sanctioned by the EU.",
     [("112", "UKRGOV", "GOV"), ("163", "IGOEEC", "GOV")], []),
    ("The ambassador who was summoned by the Georgian foreign ministry was expelled.",
     [("166", None, "GOV")], [("174", None, "GEOGOV")]),
    ("The diplomat who was expelled by Moldova was recalled to Moscow.",
     [("174", "MDA", "GOV"), ("166", None, "GOV")], [("166", "MDA", "GOV")]),
    ("Activists who were arrested by Russian police in Simferopol were released on bail.",
     [("173", "RUSCOP", "NGO"), ("0841", None, "NGO")], [("0841", "RUSCOP", "NGO")]),
    # keep: an active relative clause is skipped, its actors no party of the main passive
    ("Diplomats who visited occupied Crimea were expelled by Ukraine.", [("166", "UKR", "GOV")], []),
]


@pytest.mark.parametrize("text,present,absent", RELATIVE)
def test_passive_relative_and_main_passive(text, present, absent):
    rows = _rows(text)
    for code, a1, a2 in present:
        assert _has(rows, code, a1, a2), (text, rows)
    for code, a1, a2 in absent:
        assert not _has(rows, code, a1, a2), (text, rows)


# 4. (text, a stay visit coded?)
STAYS = [
    ("Officials say the children spent weeks in Crimea at so-called re-education camps.", False),
    ("Reuters journalists spent a week in Donetsk with Russian officials.", False),
    ("The president spent three days in Sukhumi on holiday, officials said.", False),
    ("The president spent the weekend in Sochi with his family.", False),
    ("Human rights groups say deported teenagers spent months in Crimea with Russian officials.", False),
    # keep: a visiting subject
    ("A delegation of parliamentarians from Togo spent three days in Crimea.", True),
    ("Officials said the Syrian envoy spent a week in Sukhumi.", True),
]


@pytest.mark.parametrize("text,visit", STAYS)
def test_stay_needs_visiting_subject(text, visit):
    assert _has(_rows(text), "042", rule="consult.stay") is visit, _rows(text)


# 7. (text, a 040 meeting coded?)
PURPOSE = [
    ("The Russian president spent three days in Minsk for talks with Lukashenko.", True),
    ("The Russian president spent a week in Minsk for consultations with Belarusian officials.", True),
    # keep: "arrived in ... for talks" as before; "preparing for talks" is another verb's purpose
    ("The Russian president arrived in Minsk for talks with Lukashenko.", True),
    ("The envoy spent two days in Minsk, preparing for talks with Lukashenko.", False),
]


@pytest.mark.parametrize("text,meeting", PURPOSE)
def test_stay_for_talks_keeps_meeting(text, meeting):
    assert _has(_rows(text), "040") is meeting, _rows(text)


# 5. (text, the appeal's (actor1, actor2))
ROLE_ADDRESSEE = [
    ("Georgian opposition leaders said it was time for the government to recall its ambassador from Moscow.",
     ("GEOOPP", "GEOGOV")),
    ("Moldovan opposition lawmakers said it was time for the authorities to expel Russian diplomats.",
     ("MDALEG", "MDAGOV")),
    ("Georgian opposition leaders said it was time for parliament to condemn Russia.", ("GEOOPP", "GEOLEG")),
    # keep: no body named, or a speaker with no state: no addressee
    ("Georgian opposition leaders said it was time for the world to condemn Russia.", ("GEOOPP", None)),
    ("The analyst said it was time for the government to recall its ambassador from Moscow.", (None, None)),
]


@pytest.mark.parametrize("text,pair", ROLE_ADDRESSEE)
def test_role_only_addressee_is_speakers_state(text, pair):
    assert _has(_rows(text), "020", *pair), _rows(text)
