"""Review 8 of the session-14 rules: the reviewer's sentences plus new variants and near-misses. Each mended
case failed before its mend (checked once by hand); near-misses (marked "keep") passed before and must not change.

3. a back link ("after which", "whereupon") makes a reaction the cause's denial only when the reaction aims at a
   party of the cause (its target the cause's source or target, or the entity; or no target) and does not judge an
   event noun of another kind ("condemned Russian strikes") (coder._shares_party, _judges_other_act); a forward
   link never reads across a back link ("cut ties with Caracas, after which Venezuela recognised ...":
   coder._back_link_at);
6. the occupier's own visits and meetings with an entity it does not recognise as a state, at the event's own
   occupied place (Transnistria, the annexed Ukrainian regions), are unthemed; per event, not per sentence; only
   for the occupier's visitors (coder._occupier_own_visit);
P. a passive's "by" agent may open with a possessor before the actor's title ("by the region's de facto leader
   Alan Gagloev") (coder._after_agent_marker).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2023, 9, 17)
TH = "diplomatic_recognition"


def _events(text: str) -> list:
    return code_article({"article_id": "r8s14", "text": text, "published": PUB})


def _rows(text: str) -> list:
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"], tuple(e["themes"]), e["location_name"])
            for e in _events(text)]


# 3. (text, code of the reaction, themed?)
REACTIONS = [
    ("Nicaragua recognised Abkhazia in 2008, after which Georgia condemned Russian strikes on Gori.", "111", False),
    ("Venezuela recognised South Ossetia in 2009, whereupon Tbilisi denounced Russian shelling of Georgian villages.",
     "111", False),
    ("Nauru recognised Abkhazia in 2009, after which Georgia expelled Russian diplomats.", "16", False),
    ("Georgia cut ties with Caracas, after which Venezuela recognised South Ossetia.", "161", False),
    ("Tbilisi severed relations with Managua, following which Nicaragua recognised Abkhazia.", "161", False),
    # keep
    ("Syria recognised Abkhazia and South Ossetia in May 2018, after which Tbilisi severed diplomatic relations "
     "with Damascus.", "161", True),
    ("Nicaragua recognised Abkhazia in 2008, after which Georgia broke off diplomatic relations with Managua.",
     "161", True),
    ("Georgia cut ties with Caracas in response to Venezuela's recognition of South Ossetia.", "161", True),
]


@pytest.mark.parametrize("text,code,themed", REACTIONS)
def test_reaction_back_link(text, code, themed):
    rows = [r for r in _rows(text) if r[0].startswith(code)]
    assert rows
    assert any(TH in r[3] for r in rows) == themed


# 6. (text, code, place, themed?)
OWN_SIDE = [
    ("A delegation of the Russian State Duma arrived in Tiraspol and met Transnistrian leader Vadim Krasnoselsky.",
     "040", "Tiraspol", False),
    ("A delegation of the Russian State Duma arrived in Tiraspol and met Transnistrian leader Vadim Krasnoselsky.",
     "042", "Tiraspol", False),
    ("Russian Foreign Ministry officials visited Tiraspol and Sukhumi.", "042", "Tiraspol", False),
    ("Russian Deputy Prime Minister Marat Khusnullin met DPR leader Denis Pushilin in Donetsk.", "040", "Donetsk",
     False),
    # keep
    ("Russian Foreign Ministry officials visited Tiraspol and Sukhumi.", "042", "Sukhumi", True),
    ("Georgian officials visited Sukhumi.", "042", "Sukhumi", True),
    ("Moldovan officials visited Tiraspol.", "042", "Tiraspol", False),
    ("Transnistrian leader Vadim Krasnoselsky received the Russian ambassador in Tiraspol.", "043", "Tiraspol", True),
    ("Russian Foreign Minister Sergei Lavrov met Abkhaz leader Aslan Bzhania in Sukhumi.", "040", "Sukhumi", True),
]


@pytest.mark.parametrize("text,code,place,themed", OWN_SIDE)
def test_occupier_own_side(text, code, place, themed):
    rows = [r for r in _rows(text) if r[0] == code and r[4] == place]
    assert rows
    assert any(TH in r[3] for r in rows) == themed


# P. (text, source, target) of the hosting
PASSIVE_AGENT = [
    ("A delegation of Syria's People's Assembly arrived in Tskhinvali. The guests were received by the region's de "
     "facto leader Alan Gagloev.", "SOSGOV", "SYRLEG"),
    ("The Syrian delegation was received by the region's de facto leader Alan Gagloev.", "SOSGOV", "SYRGOV"),
    ("The Syrian delegation was received by the breakaway republic's president Alan Gagloev.", "SOSGOV", "SYRGOV"),
    # keep
    ("The Syrian delegation was received in the region's capital by Alan Gagloev.", "SOSGOV", "SYRGOV"),
    ("The Syrian delegation was received in the presence of the region's de facto leader Alan Gagloev.", None,
     "SYRGOV"),
]


@pytest.mark.parametrize("text,source,target", PASSIVE_AGENT)
def test_passive_possessor_agent(text, source, target):
    rows = [r for r in _rows(text) if r[0] == "043"]
    assert rows and rows[-1][1] == source and rows[-1][2] == target
