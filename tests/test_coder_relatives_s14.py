"""Roles in relative clauses and act nouns (session 14, round 13): general English syntax in world news
as well as the mission. Expectations written from the codebook before the coder was run on them.

Classes:
1. a restrictive "who/that" clause after an object noun: the relative verb's doer is that noun ("the
   diplomats who visited", "the soldiers who captured"), never the main clause's subject;
2. a non-restrictive ", which/who <verb>" clause after a country in object position: the country acts
   ("protested to Nicaragua, which recognised Abkhazia");
3. a passive inside the relative ("protesters who were arrested"): the noun is the target; the main
   clause's passive ("Officials who signed ... were sanctioned by the EU") is coded with its agent;
4. an act noun with its agent phrase ("a visit by X to Y", "a trip by", "the signing of ... by X"):
   X is the doer, Y (or its owner) the target; "a statement by the ministry" is no act;
5. a caps headline lead ("SYRIAN DELEGATION ARRIVES IN LUHANSK - ...").

dev (first run, before any fix): 10/33 passed; after the fixes 27/33 (6 strict xfails with their reasons) plus 4
new variants written with the fixes. Expectations corrected after the first run because they were
wrong by the dictionary or codebook, not by the coder's roles (they failed for that reason too): the rebels'
attack is CAMEO 18x (assault.attack), not 19x; a killing of soldiers is any violent root; a journalist is MED;
a consulate's host is ABKGOV; the Russian defence ministry is RUSMIL; "Venezuela"/"the envoy of Syria" before
", which" may be coded with the GOV role; "the countries that recognised" names no recognizer (no event is
right; the class is that Georgia is not the doer).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 5, 15)


def _events(text: str) -> list:
    return code_article({"article_id": "rel14", "text": text, "published": PUB})


def _match(value, want) -> bool:
    """want: "*" anything; a string: equal; "!X": not X; a set: one of them."""
    if want == "*":
        return True
    if isinstance(want, (set, frozenset)):
        return value in want
    if want.startswith("!"):
        return value != want[1:]
    return value == want


# (text, cameo prefix, actor1 wanted, actor2 wanted): at least one event of the prefix, all of them so
ROWS = [
    # ---- 1. restrictive relative after an object noun: the noun is the doer
    ("Ukraine expelled the diplomats who visited occupied Crimea.", "042", "GOV", "!UKR"),
    ("Putin thanked the soldiers who captured Avdiivka.", "192", {"MIL", "RUSMIL"}, "*"),
    ("Police detained the protesters who attacked the parliament building.", "18", "OPP", "*"),
    ("Moldova expelled the Russian diplomats who met Transnistrian leaders in Tiraspol.", "04", "RUSGOV", "*"),
    ("The Kremlin praised the lawmakers who visited Donetsk last week.", "042", "LEG", "!RUS"),
    ("The army hunted down the rebels who attacked a military convoy.", "18", "REB", "*"),
    # the subject's own relative: the doer is still the noun before "who" (near-miss: unchanged)
    ("The diplomats who visited occupied Crimea were expelled by Ukraine.", "042", "GOV", "!UKR"),
    ("Nauru became the fourth country that recognised Abkhazia.", "054", "NRU", "ABK"),
    # ---- 2. non-restrictive ", which <verb>" after a country: the country acts
    ("Georgia protested to Nicaragua, which recognised Abkhazia and South Ossetia.", "054", "NIC", {"ABK", "SOS"}),
    ("Tbilisi recalled its ambassador from Venezuela, which recognised the two breakaway regions.", "054",
     {"VEN", "VENGOV"}, "!GEOGOV"),
    ("Ukraine severed relations with Syria, which recognised the independence of the DPR.", "054", "SYR", "*"),
    ("Georgia summoned the envoy of Syria, which recognised Abkhazia in 2018.", "054", {"SYR", "SYRGOV"}, "ABK"),
    # near-misses: the subject's own non-restrictive clause, and a comma-set clause of a non-actor
    ("Russia, which recognised Abkhazia in 2008, opened a consulate in Sukhumi.", "054", "RUS", {"ABK", "ABKGOV"}),
    ("Kyiv sanctioned the company, which signed a supply deal with the Russian defence ministry.", "057",
     "BUS", {"RUSGOV", "RUSMIL"}),
    # ---- 3. a passive inside the relative: the noun is the target
    ("Rights groups demanded the release of protesters who were arrested in Minsk.", "173", "!NGO", "OPP"),
    ("Kyiv mourned the soldiers who were killed in the shelling of Kherson.", "1", "!UKR", {"MIL", "UKRMIL"}),
    ("Officials who signed the accession treaties in Moscow were sanctioned by the European Union.", "057",
     "GOV", "!IGOEEC"),
    ("Officials who signed the accession treaties in Moscow were sanctioned by the European Union.", "163",
     "IGOEEC", "GOV"),
    ("The journalist who was arrested in Moscow last year was released on Monday.", "173", "!MED", "MED"),
    ("Lawmakers who travelled to Crimea were sanctioned by Ukraine.", "163", "UKR", "LEG"),
    # ---- 4. an act noun with "by X": X is the doer
    ("A visit by Nauru's president to Sukhumi may pave the way for an embassy.", "042", "NRUGOV", "ABK"),
    ("A visit by the Syrian foreign minister to Donetsk drew condemnation from Kyiv.", "042", "SYRGOV", "DPR"),
    ("The trip by Abkhaz leader Aslan Bzhania to Damascus lasted three days.", "042", "ABKGOV", "SYR"),
    ("A visit by the pope to Iraq in March was the first ever.", "042", "!IRQ", "IRQ"),
    ("A visit by French President Emmanuel Macron to China ended on Friday.", "042", "FRAGOV", "CHN"),
    ("Talks by the Russian envoy in Minsk ended without an agreement.", "04", "RUSGOV", "!RUSGOV"),
    # variants of the act-noun agent rule (coder._nominal_participants after a determiner, _nominal_goal)
    ("A visit by Belarusian President Alexander Lukashenko to Beijing was announced on Monday.", "042",
     "BLRGOV", "*"),
    ("A visit by Abkhaz Foreign Minister Inal Ardzinba to Syria ended on Friday.", "042", "ABKGOV", "SYR"),
    ("The signing of the treaty by Russia and the DPR took place in Moscow.", "057", {"RUS", "DPR"}, {"RUS", "DPR"}),
    # ---- 5. caps headline lead
    ("SYRIAN DELEGATION ARRIVES IN LUHANSK - lawmakers met officials on Monday.", "042", "SYRGOV", "*"),
    ("SYRIAN DELEGATION ARRIVES IN LUHANSK - lawmakers met officials on Monday.", "040", {"SYRLEG", "SYRGOV"},
     "!SYRGOV"),
]

# no event of the prefix at all
NONE_ROWS = [
    # a determiner before a verb form that ends in -ed is no act noun with an agent
    ("The visit was cancelled by the ministry on Monday.", "!GOV042"),
    ("A statement by the ministry said the meeting had been useful.", "042"),
    ("A statement by the Georgian foreign ministry said the country would not recognise the vote.", "042"),
    ("Georgia condemned the countries that recognised Abkhazia.", "!GEO054"),
    # a noun before "who" that is the main verb's object: the main subject did not visit
    ("Ukraine expelled the diplomats who visited occupied Crimea.", "!UKR042"),
    ("Kyiv expelled two Hungarian officials whose visit to Crimea was not authorised.", "!UKR042"),
]

KNOWN_WRONG: dict[tuple[str, str], str] = {
    ("A visit by Nauru's president to Sukhumi may pave the way for an embassy.", "042"):
        "the doer is right now (NRUGOV); a place goal ('to Sukhumi') gets its host only from the visit logic",
    ("A visit by the Syrian foreign minister to Donetsk drew condemnation from Kyiv.", "042"):
        "the visit noun under 'drew condemnation' is no event of its own (only the reaction is coded)",
    ("The trip by Abkhaz leader Aslan Bzhania to Damascus lasted three days.", "042"):
        "'trip' is a trigger only as the form 'trip to'; the agent phrase splits it",
    ("Talks by the Russian envoy in Minsk ended without an agreement.", "04"):
        "'talks by X' with no partner codes nothing",
    ("SYRIAN DELEGATION ARRIVES IN LUHANSK - lawmakers met officials on Monday.", "042"):
        "a caps headline's verb ('ARRIVES IN') is no trigger",
    ("SYRIAN DELEGATION ARRIVES IN LUHANSK - lawmakers met officials on Monday.", "040"):
        "the headline's delegation is read as the meeting's target, the lawmakers get no country",
}


def _params(rows):
    return [pytest.param(*r, id=f"{r[1]}:{r[0][:60]}",
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[(r[0], r[1])])]
                         if (r[0], r[1]) in KNOWN_WRONG else [])
            for r in rows]


@pytest.mark.parametrize("text,prefix,a1,a2", _params(ROWS))
def test_relative_and_act_noun_roles(text, prefix, a1, a2):
    evs = [e for e in _events(text) if (e["cameo_code"] or "").startswith(prefix)]
    got = [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in evs]
    assert evs, [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _events(text)]
    assert all(_match(e["actor1_code"], a1) and _match(e["actor2_code"], a2) for e in evs), got


@pytest.mark.parametrize("text,prefix", [pytest.param(*r, id=f"{r[1]}:{r[0][:60]}",
                                                      marks=[pytest.mark.xfail(strict=True,
                                                                               reason=KNOWN_WRONG[(r[0], r[1])])]
                                                      if (r[0], r[1]) in KNOWN_WRONG else [])
                                         for r in NONE_ROWS])
def test_no_such_event(text, prefix):
    evs = _events(text)
    if prefix.startswith("!"):
        # "!UKR042": no 042 whose doer is UKR
        who, code = prefix[1:4], prefix[4:]
        bad = [e for e in evs if (e["cameo_code"] or "").startswith(code) and e["actor1_code"] == who]
    else:
        bad = [e for e in evs if (e["cameo_code"] or "").startswith(prefix)]
    assert not bad, [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in bad]
