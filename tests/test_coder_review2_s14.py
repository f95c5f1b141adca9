"""Review 2 of the session-14 rules: the reviewer's sentences plus new variants and near-misses. Each mended
class failed before its mend (checked once by hand).

1. a meeting where the entity's official is the visitor is placed where the visit went, not in his homeland
   (coder._themed_places, coder._visit_destination);
2. "they" after "Both sides said" carries the pair (coder._anaphor_before);
3. a passive reception of "the guests" after an arrival is the hosting (triggers.yaml consult.host objects);
5. "the ministry" after a visit reported by "the foreign ministry" is nobody's (coder._bare_antecedent_owner);
6. "the two sides" keeps the role a later mention of the act's party has (coder._resolve_anaphor).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 5, 15)


def _events(text: str, published=PUB) -> list:
    return code_article({"article_id": "r2s14", "text": text, "published": published})


def _sent(text: str, sent: str, published=PUB) -> list:
    """Events whose trigger lies in the sentence starting with sent."""
    lo = text.index(sent)
    hi = text.find(". ", lo)
    hi = len(text) if hi < 0 else hi
    return [e for e in _events(text, published) if lo <= e["char_start"] < hi]


def _codes(evs) -> set:
    return {(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in evs}


# ------------------------------------------------------------------ 1. the visitor meets: where the visit went
VISITOR_MEETS = [
    ("South Ossetian leader Alan Gagloev visited Luhansk on Tuesday. Gagloev met LPR head Leonid Pasechnik.",
     "Gagloev met", "Luhansk"),
    ("A delegation of Abkhaz officials arrived in Luhansk on Tuesday. The delegation met LPR head Leonid Pasechnik.",
     "The delegation met", "Luhansk"),
    ("Abkhaz Foreign Minister Inal Ardzinba, on a visit to Luhansk, met LPR head Leonid Pasechnik on Tuesday.",
     "Abkhaz Foreign", "Luhansk"),
    ("DPR head Denis Pushilin arrived in Tskhinvali on Monday and met South Ossetian leader Alan Gagloev.",
     "DPR head", "Tskhinvali"),
    ("A delegation of the separatist authorities of Abkhazia arrived in occupied Donetsk on Wednesday. The visitors "
     "met the Russia-installed leadership of the so-called \"DPR\".", "The visitors met", "Donetsk"),
    # own variants
    ("Abkhaz leader Aslan Bzhania travelled to Donetsk on Friday. Bzhania held talks with DPR head Denis Pushilin.",
     "Bzhania held", "Donetsk"),
    ("LPR head Leonid Pasechnik, on a visit to Sukhumi, met Abkhaz leader Aslan Bzhania on Monday.",
     "LPR head", "Sukhumi"),
]


@pytest.mark.parametrize("text,sent,place", VISITOR_MEETS)
def test_visitor_meeting_placed_where_the_visit_went(text, sent, place):
    meets = [e for e in _sent(text, sent) if e["cameo_code"][:3] == "040"]
    assert meets and all(e["location_name"] == place for e in meets), \
        [(e["cameo_code"], e["actor1_code"], e["location_name"]) for e in meets]


# near-misses: a host, a meeting with no visit, a place named after the act
@pytest.mark.parametrize("text,sent,place", [
    ("DPR head Denis Pushilin received South Ossetia's foreign minister on Monday.", "DPR head", "Donetsk Oblast"),
    ("LPR head Leonid Pasechnik met South Ossetian leader Alan Gagloev on Monday.", "LPR head", "Luhansk Oblast"),
    ("South Ossetian leader Alan Gagloev visited Luhansk on Tuesday. Gagloev met LPR head Leonid Pasechnik in "
     "Alchevsk.", "Gagloev met", "Alchevsk"),
])
def test_host_or_no_visit_keeps_its_place(text, sent, place):
    meets = [e for e in _sent(text, sent) if e["cameo_code"][:3] in ("040", "043")]
    assert meets and all(e["location_name"] == place for e in meets), \
        [(e["cameo_code"], e["actor1_code"], e["location_name"]) for e in meets]


# ------------------------------------------------------------------ 2. "Both sides said they": the pair
VISIT = ("A delegation of the separatist authorities of Abkhazia arrived in occupied Donetsk on Wednesday. The visitors "
         "met the leadership of the DPR. ")


@pytest.mark.parametrize("last", [
    "Both sides said they would open permanent representations in each other's capitals.",
    "The two sides said that they would open permanent representations in each other's capitals.",
    "The sides announced they would open permanent representations in each other's capitals.",
])
def test_pronoun_after_pair_speaker_is_the_pair(last):
    got = _codes(_sent(VISIT + last, last[:12]))
    assert {("054", "ABKGOV", "DPRGOV"), ("054", "DPRGOV", "ABKGOV")} <= got, got


def test_pronoun_after_named_speaker_near_miss():
    # "They said they ...": the visitors of the sentence before, one direction only (unchanged)
    last = "They said they would open a permanent representation in Donetsk."
    got = _codes(_sent(VISIT + last, "They said"))
    assert ("054", "ABKGOV", None) in got and ("054", "DPRGOV", "ABKGOV") not in got, got


# ------------------------------------------------------------------ 3. passive receptions after an arrival
ARRIVAL = "A delegation from the Republic of Abkhazia arrived in occupied Luhansk on Wednesday. "


@pytest.mark.parametrize("last", [
    "The guests were received by Leonid Pasechnik.",
    "The guests were received at the government house by Leonid Pasechnik.",
    "They were received by LPR head Leonid Pasechnik.",
])
def test_passive_reception_of_the_guests(last):
    evs = [e for e in _sent(ARRIVAL + last, last[:10]) if e["cameo_code"] == "043"]
    assert evs and all((e["actor1_code"], e["actor2_code"]) == ("LPRGOV", "ABKGOV") and e["location_name"] == "Luhansk"
                       and "diplomatic_recognition" in e["themes"] for e in evs), \
        [(e["actor1_code"], e["actor2_code"], e["location_name"], e["themes"]) for e in evs]


def test_museum_visitors_are_no_hosting():
    assert not [e for e in _events("The museum in Sevastopol received 1,000 visitors in July.")
                if e["cameo_code"] == "043"]


# ------------------------------------------------------------------ 5. "the ministry" after a reported visit
@pytest.mark.parametrize("text", [
    "A Russian government delegation arrived in Sukhumi on Tuesday, the foreign ministry said. The ministry welcomed "
    "the visit as a sign of recognition.",
    "Russian officials met Georgia's government in Moscow, the foreign ministry said. The ministry welcomed the talks.",
])
def test_bare_ministry_after_visit_is_nobodys(text):
    evs = [e for e in _sent(text, "The ministry") if e["cameo_code"] == "051"]
    assert evs and all(e["actor1_code"] in ("GOV", None) for e in evs), [(e["actor1_code"]) for e in evs]


def test_bare_ministry_of_one_government_near_miss():
    text = ("Georgia's government condemned the elections in Abkhazia, the foreign ministry said. The ministry also "
            "summoned the Russian ambassador.")
    assert ("114", "GEOGOV", "RUSGOV") in _codes(_sent(text, "The ministry"))


# ------------------------------------------------------------------ 6. "the two sides" keeps the roles
@pytest.mark.parametrize("text,sent", [
    ("North Korea recognised the independence of the DPR in July. The DPR said on Wednesday it had received official "
     "notification from Pyongyang, and its self-styled foreign ministry said the two sides would exchange envoys.",
     "The DPR said"),
    ("North Korea recognised the independence of the DPR in July. The DPR said on Wednesday it had received official "
     "notification from Pyongyang, and the DPR foreign ministry said the two sides would soon exchange envoys.",
     "The DPR said"),
])
def test_pair_anaphor_keeps_the_role(text, sent):
    got = {c for c in _codes(_sent(text, sent, dt.date(2022, 7, 20))) if c[0] == "054"}
    assert got == {("054", "PRKGOV", "DPRGOV"), ("054", "DPRGOV", "PRKGOV")}, got
