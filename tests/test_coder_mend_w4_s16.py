"""Mends of review w4 (s16): the reaction fallback across a comma clause takes only the first clause's doer, the
anaphoric-determiner branch only for act/referring nouns and never for violent acts; shareholders' meetings; a
fronted status participle's "by" actor in the main clause."""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article


def _events(text, root=None):
    evs = code_article({"id": "t", "published": dt.date(2023, 9, 17), "text": text})
    return sorted((e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in evs
                  if root is None or e["cameo_code"].startswith(root))


# Finding 2 (w4): across the comma clause the reaction's target is the first clause's doer, never its victim,
# object or place (coder._reaction_back fallback, coder._first_clause_doer)
DOER = [
    ("Russia struck Kyiv overnight, and the European Union condemned the attack.", "111", "IGOEEC", "RUS"),
    ("Russia attacked Ukraine's power grid, and Germany condemned the attack.", "111", "DEU", "RUS"),
    ("Azerbaijan shelled Armenian villages, and the EU criticised the escalation.", "111", "IGOEEC", "AZE"),
    ("Belarus hosted Russian nuclear weapons, and Lithuania condemned the deployment.", "111", "LTU", "BLR"),
    # own variants
    ("Russia's army shelled Kharkiv, and France condemned the shelling.", "111", "FRA", "RUSMIL"),
    ("Israel bombed a school in Gaza, and Jordan condemned the strike.", "111", "JOR", "ISR"),
    ("Turkey bombed Kurdish positions in northern Iraq, and Baghdad condemned the attack.", "111", "IRQGOV", "TUR"),
]
# the intended positives of the rule stay
INTENDED = [
    ("North Korea fired a ballistic missile into the sea on Tuesday, and South Korea condemned the launch.", "111",
     "KOR", "PRK"),
    ("Iran seized a tanker in the Gulf, and Britain demanded its release.", "10", "GBR", "IRN"),
    ("Serbian police arrested a Kosovo official, and Pristina protested the arrest.", "1", "XKXGOV", "SRBCOP"),
    ("The United States imposed new sanctions on Russia, and China criticised the decision.", "111", "CHN", "USA"),
    ("Israel struck Gaza, and Egypt condemned the strikes.", "111", "EGY", "ISR"),
    ("Hamas attacked Israel, and Iran praised the group in Tehran.", "051", "IRN", "PSEREB"),
    ("Russian drones hit Odesa, and the United Nations condemned the strike.", "111", "IGOUNO", "RUS"),
]


@pytest.mark.parametrize("text,root,src,tgt", DOER + INTENDED)
def test_reaction_target_is_first_clause_doer(text, root, src, tgt):
    evs = _events(text, root)
    assert any(e[1] == src and e[2] == tgt for e in evs), evs
    assert not any(e[1] == src and e[2] not in (tgt, None) for e in evs), evs


# Finding 3 (w4): the determiner branch needs an act or referring noun (grammar anaphoric_object_nouns), not after a
# relative clause, and never for violent roots (reaction_back_violent_roots)
NO_TARGET = [
    ("India tested a hypersonic missile, and Pakistan launched the same type of missile a week later.", "19", "PAK"),
    ("Israel bombed the Syrian capital, and Iran praised the group that fired back.", "051", "IRN"),
    ("The two leaders met in Beijing, and Xi praised the friendship between the nations.", "051", "CHNGOV"),
    # own variants
    ("Russia tested a new ballistic missile, and Ukraine fired the same kind of rocket a day later.", "19", "UKR"),
    ("Pakistan conducted a missile test, and India praised the spirit of the talks.", "051", "IND"),
    ("India tested a new missile, and Pakistan launched its test missiles at sea.", "19", "PAK"),
]


@pytest.mark.parametrize("text,root,src", NO_TARGET)
def test_determiner_branch_needs_act_noun(text, root, src):
    evs = [e for e in _events(text, root) if e[1] == src]
    assert all(e[2] is None for e in evs), evs


# Finding 4 (w4): a bare occasion noun after "at" is anyone's in the sentence: a shareholders' AGM is no 040
# (grammar occasion_complement_words; triggers._near_head_excluded)
AGM = [
    "At the annual general meeting, shareholders approved the dividend.",
    "The minister met shareholders of the state oil company at the annual meeting.",
    # own variants
    "At the annual meeting, shareholders of Gazprom backed the board.",
    "The finance minister addressed shareholders of the national airline at the annual general meeting.",
]


@pytest.mark.parametrize("text", AGM)
def test_shareholders_occasion_is_no_meeting(text):
    assert not _events(text, "04")


# near-misses: meetings of polities at a venue stay
@pytest.mark.parametrize("text,pair", [
    ("At the summit in Astana, Putin met Erdogan.", ("RUSGOV", "TURGOV")),
    ("Putin met Erdogan at the summit in Astana.", ("RUSGOV", "TURGOV")),
])
def test_polity_meetings_at_a_venue_stay(text, pair):
    assert ("040", *pair) in _events(text, "04")
