"""Session 19, mends of this session's actor rules (review /tmp/rv19_actors): the home-doer fill (resistance
fighters, the fight's roots, other peoples and worshippers), the "by" agent of attack nouns in adjuncts (a list of
doers, "following"/"despite", a duration before the noun) and "he" after a fronted clause with two subjects."""
import pytest

from pipeline.coding import code_article


def _pairs(text, date="2024-03-14", root=None):
    evs = code_article({"article_id": "t", "published": date, "text": text})
    return [(e["actor1_code"], e["actor2_code"]) for e in evs if root is None or e["cameo_root"] == root]


def _codes(text, date="2024-03-14"):
    evs = code_article({"article_id": "t", "published": date, "text": text})
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in evs]


# --- coder._home_doer_fill: resistance fighters (grammar one_country_fill_resistance_nouns) ------------------
# Partisans, guerrillas and the underground fight an occupier's army as often as their own state's: the army they
# attack takes no country from them; a named place still tells whose it is.
@pytest.mark.parametrize("text, root, pair", [
    # review rows (NEW was UKRREB->UKRMIL)
    ("Ukrainian partisans attacked an army truck, a Telegram channel claimed.", "18", ("UKRREB", "MIL")),
    ("Ukrainian guerrillas ambushed an army patrol overnight.", "18", ("UKRREB", "MIL")),
    ("Syrian resistance fighters attacked an army checkpoint.", "18", ("SYRREB", "MIL")),
    ("Belarusian partisans attacked an army convoy near the border, activists said.", "18", ("BLRREB", "MIL")),
    # a named place or the army's own demonym still says whose army it is
    ("Ukrainian partisans attacked a Russian army truck in Melitopol.", "18", ("UKRREB", "RUSMIL")),
])
def test_resistance_fighters_give_the_army_no_country(text, root, pair):
    got = _pairs(text, root=root)
    assert pair in got
    assert ("UKRREB", "UKRMIL") not in got and ("SYRREB", "SYRMIL") not in got and ("BLRREB", "BLRMIL") not in got


@pytest.mark.parametrize("text, root, pair", [
    # near-misses: other armed groups of a country still fight its army
    ("Syrian rebels attacked an army checkpoint, the monitor said.", "18", ("SYRREB", "SYRMIL")),
    ("Pakistani Taliban militants ambushed an army patrol near Mir Ali, killing six soldiers.", "18",
     ("PAKREB", "PAKMIL")),
    ("Pakistani Taliban militants fired at an army post overnight.", "19", ("PAKREB", "PAKMIL")),
])
def test_other_armed_groups_keep_the_army_fill(text, root, pair):
    assert pair in _pairs(text, root=root)


# --- coder._home_army_kept (grammar one_country_fill_army_roots) ---------------------------------------------
# The army fill was made for the fight between an armed group and its state's army (roots 18, 19); another act on
# an army ("blew up an army truck", 1712) keeps the army bare, as before the fill.
@pytest.mark.parametrize("text, code, pair", [
    # review row (NEW was UKRREB->UKRMIL)
    ("Ukrainian partisans blew up an army truck, the resistance movement said.", "1712", ("UKRREB", "MIL")),
    ("Syrian rebels blew up an army checkpoint, the monitor said.", "1712", ("SYRREB", "MIL")),
])
def test_army_fill_only_in_the_fight_roots(text, code, pair):
    got = _codes(text)
    assert (code, *pair) in got
    assert not any(c == code and a2 and a2.endswith("MIL") and a2 != "MIL" for c, _a1, a2 in got)


# --- coder._other_people (grammar home_doer_fill_people_adjectives, home_doer_fill_unplaced_people) -----------
# Police act on people the gazetteer cannot place: a people's adjective before them ("Sahrawi protesters",
# "Tibetan monks") or worshippers (a congregation at a holy site comes from anywhere) take no country from them.
@pytest.mark.parametrize("text, root, pair, wrong", [
    # review rows (NEW was MAROPP, ISRREL)
    ("Moroccan police dispersed Sahrawi protesters.", "17", ("MARCOP", "OPP"), ("MARCOP", "MAROPP")),
    ("Israeli police detained worshippers at the Al-Aqsa compound.", "17", ("ISRCOP", "REL"), ("ISRCOP", "ISRREL")),
    ("Chinese police detained Tibetan monks.", "17", ("CHNCOP", "REL"), ("CHNCOP", "CHNREL")),
    ("Chinese police detained Uyghur students.", "17", ("CHNCOP", "EDU"), ("CHNCOP", "CHNEDU")),
    ("Turkish police detained Kurdish protesters.", "17", ("TURCOP", "OPP"), ("TURCOP", "TUROPP")),
    ("Pakistani police arrested Baloch protesters outside the press club.", "17", ("PAKCOP", "OPP"),
     ("PAKCOP", "PAKOPP")),
    ("Israeli police detained worshippers at the Ibrahimi mosque.", "17", ("ISRCOP", "REL"), ("ISRCOP", "ISRREL")),
])
def test_other_peoples_take_no_country_from_the_police(text, root, pair, wrong):
    got = _pairs(text, root=root)
    assert pair in got
    assert wrong not in got


@pytest.mark.parametrize("text, root, pair", [
    # near-misses: people with no people's adjective are the police's own; a demonym gives its own country
    ("Turkish police detained dozens of protesters.", "17", ("TURCOP", "TUROPP")),
    ("Zimbabwean police beat protesters with batons on Wednesday.", "18", ("ZWECOP", "ZWEOPP")),
    ("Iranian police arrested students, rights groups said.", "17", ("IRNCOP", "IRNEDU")),
    ("Israeli police arrested Palestinian journalists.", "17", ("ISRCOP", "PSEMED")),
    # a named place still places them
    ("Moroccan police arrested Sahrawi activists in Laayoune.", "17", ("MARCOP", "ESHNGO")),
])
def test_own_people_keep_the_police_fill(text, root, pair):
    assert pair in _pairs(text, root=root)


# --- coder._adjunct_by_agent, _circumstance_event -------------------------------------------------------------
# Every actor of the "by" list of an attack noun in a fronted adjunct is a doer (the comma after it ends the
# list); "following", "despite" open such an adjunct too, and a duration may stand before the noun ("after days
# of shelling by ...").
@pytest.mark.parametrize("text, doers", [
    # review rows (NEW was RUSMIL->BLRMIL; None->RUSMIL in both builds)
    ("After shelling by Russian forces and Belarusian troops, villagers fled.", ["RUSMIL", "BLRMIL"]),
    ("Following shelling by Russian forces and Belarusian troops, villagers fled.", ["RUSMIL", "BLRMIL"]),
    ("After days of shelling by Russian forces, villagers fled.", ["RUSMIL"]),
    ("Despite shelling by Russian forces, villagers stayed.", ["RUSMIL"]),
    ("After a week of shelling by Russian and Belarusian forces, villagers fled.", ["RUSMIL", "BLRMIL"]),
    ("Following shelling by Russian forces, the town was left without power.", ["RUSMIL"]),
    ("Despite shelling by Israeli forces, Hezbollah fired rockets at Haifa.", ["ISRMIL"]),
    ("After days of shelling by Israeli forces, residents of Khiam fled.", ["ISRMIL"]),
])
def test_adjunct_by_list_are_all_doers(text, doers):
    got = [p for p in _pairs(text, root="19") if p[0] in doers or p[1] in doers]
    assert sorted(a1 for a1, _a2 in got) == sorted(doers)
    assert all(a2 not in doers for _a1, a2 in got)


@pytest.mark.parametrize("text, pairs", [
    # near-misses: the comma ends the adjunct (the main clause's subject is no doer of it); no attack noun
    ("After shelling by Azerbaijani troops, residents fled.", [("AZEMIL", None)]),
    ("After years of negotiations, the two sides signed a deal.", []),
    ("After three days of fighting, Azerbaijani forces took the town.", []),
])
def test_adjunct_by_list_near_misses(text, pairs):
    assert _pairs(text, root="19") == pairs


# --- coder._fronted_clause_subject: two subjects (_coordinated_subjects) -------------------------------------
# "he" after a fronted clause whose subject is two people may be either: the fronted-clause rule does not choose
# (the pronoun falls back to the last person named, as before the rule).
@pytest.mark.parametrize("text, root, pair, wrong", [
    # review row (NEW was RUSGOV->IGONAT)
    ("After Putin and Erdogan met in Sochi, he criticised NATO.", "11", ("TURGOV", "IGONAT"), ("RUSGOV", "IGONAT")),
    ("When Macron and Scholz spoke to reporters in Paris, he criticised Russia.", "11", ("DEUGOV", "RUS"),
     ("FRAGOV", "RUS")),
    ("When Putin, Xi and Modi met in Kazan, he praised the BRICS.", "05", ("INDGOV", "IGOBRI"),
     ("RUSGOV", "IGOBRI")),
])
def test_two_fronted_subjects_leave_he_to_the_old_rule(text, root, pair, wrong):
    got = _pairs(text, root=root)
    assert pair in got
    assert wrong not in got


@pytest.mark.parametrize("text, root, pair", [
    # near-misses: one subject (an apposition is no second one) keeps the fronted-clause rule
    ("After Putin, the Russian president, met Erdogan in Sochi, he criticised NATO.", "11", ("RUSGOV", "IGONAT")),
    ("After Recep Tayyip Erdogan met Vladimir Putin in Sochi, he criticised NATO.", "11", ("TURGOV", "IGONAT")),
    ("After Putin and Erdogan met in Sochi, they criticised NATO.", "11", ("RUSGOV", "IGONAT")),
])
def test_one_fronted_subject_keeps_the_rule(text, root, pair):
    assert pair in _pairs(text, root=root)


# --- coder._unknown_named_object: the fallback target does not cross into the fronted clause ------------------
@pytest.mark.parametrize("text, pairs", [
    # review row (NEW had RUSGOV->CHNGOV twice)
    ("When Putin met Xi, he also met Kim.", [("RUSGOV", "CHNGOV"), ("RUSGOV", None)]),
    ("When Putin met Xi, he also met Lula.", [("RUSGOV", "CHNGOV"), ("RUSGOV", None)]),
    # near-misses: a known object is the target; no object named takes the fronted clause's party as before
    ("When Putin met Xi in Beijing, he also met Kim Jong Un.", [("RUSGOV", "CHNGOV"), ("RUSGOV", "PRKGOV")]),
    ("When Erdogan hosted Putin, he also hosted Aliyev.", [("TURGOV", "RUSGOV"), ("TURGOV", "AZEGOV")]),
])
def test_unknown_object_after_fronted_clause(text, pairs):
    assert _pairs(text, root="04") == pairs


def test_unnamed_object_still_takes_the_fronted_party():
    assert ("USAGOV", "UKRGOV") in _pairs("When Biden met Zelensky in Kyiv, he pledged more aid.", root="03")
