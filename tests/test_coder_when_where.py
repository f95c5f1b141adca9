"""The WHEN and WHERE of coded events: what moves an event between months and regions in
marts.events_by_region_month (event_date month, admin1_code, occupied).

1. Per-fact checks over tests/data/when_where_articles.jsonl: wire-style articles written for this file
   (`fresh: false`: written before the fixes of this branch; `fresh: true`: written after them, before
   the coder was run on them). A fact names a sentence (`sent`, optionally a trigger substring `trig`),
   the expected month (`YYYY-MM`, or `YYYY` for a year-precision date), region (`admin1`, with `alt`
   regions also right) and, when given, the occupied flag. Round 2: `split: dev2` articles were written for
   its rules (continuation dates, capture status, labour origins, Kamenka), `split: fresh2` ones after
   them, before the coder was run on them (10 of 12 facts right at first run; the two misses are xfails). Round 3:
   `split: dev3` articles (4-8 sentences) written before its fixes (25 of 37 facts right at first run; the
   8 left are sentences coded with no event), `split: fresh3` (5 articles) after them, before the coder was run
   on them (14 of 16 facts right at first run: one sentence with no event, one date taken from a place's
   apposition, fixed afterwards by dates._insets). Round 4: `split: dev4` (10 articles, 6-12 sentences: a
   ministry press release with dated paragraphs, TASS reports, a weekly round-up across two months, an
   analysis with background years, an AP interview with "yesterday", a January report on "December"; 32 of
   41 facts right at first run, 36 after its fixes), `split: fresh4` (5 articles) after them, before the
   coder was run on them (13 of 17 facts right at first run; "this autumn" in a plan fixed afterwards).
   Rule checks of round 4: tests/test_coder_when_where_r4.py. Round 5 (dates of the report): `split: dev5`
   (8 articles: TASS/RIA datelines, present-tense ministry releases, an Interfax-Ukraine interview, an
   undated lead and its quote; 15 of 20 facts right at first run, 20 after its fixes, which also fixed
   a fresh4 fact), `split: fresh5` (4 articles) after them, before the coder was run on them (9 of 10
   facts right at first run; the miss is a sentence coded with no event). Rule checks of round 5:
   tests/test_coder_when_where_r5.py. Round 6 (whole articles: who did it, across sentences): facts may
   also name `actor1`/`actor2` (null = no target), one event of the sentence must carry them; `split: dev6`
   (9 articles, 21 facts: wire with two stories, TASS, an MFA statement, ISW, Civil.ge, Transnistria, NK
   workers, SANA/Managua, Sudan/Gaza; 6 right before round 6, 9 after), `split: fresh6` (4 articles, 11
   facts, 9 right at first run). Round 7 (WHERE on whole articles: story boundaries, the occupied territories as
   a whole, calendar words): facts may set `all` (every event of the sentence in the region, none spread);
   `split: dev7` (12 multi-story articles, 30 facts: 18 right before round 7, 30 after), `split: fresh7`
   (4 articles, 8 facts, 8 right at first run); rule checks in tests/test_coder_when_where_r7.py. Round 7
   changed four older facts on purpose ("occupied Ukraine", "Ukrainian regions/territories" as a whole: admin1
   null, not every region). Round 8 (the mission's themes on whole articles): facts may set `theme` (one event
   of the sentence carries it, and the `stance` when given) or `theme: null` (no event of the sentence is themed;
   a sentence coded with no event passes); `split: fresh8` (8 articles in eight outlets' styles, 43 facts,
   written before the coder was run on them; the first-run score is the generalization figure). Round 10
   (whole articles: actors named only in an earlier sentence, dates of relative or coordinated clauses, workers
   leaving an occupied city, two stories in one article, near-misses): `split: fresh10` (8 articles, 38 facts,
   written and committed before the coder was run on them: 20 of 38 right at first run; two more pass after the
   dev10 fixes), `split: dev10` (8 articles, 17 facts, written after: 6 right before the fixes of
   tests/test_coder_dev10.py, 10 after). Round 11 (visits of foreign guests in occupied cities, actors across
   sentences, in-sentence relative dates, periods ending at the report): `split: fresh11` (6 articles, 32 facts,
   written and committed before the coder was run on them: 19 of 32 right at first run; three more pass after the round-11 date fixes),
   `split: dev11` (8 articles, 16 facts, written after: 6 right before the fixes of tests/test_coder_dev11.py,
   8 after; the actor and visit classes are left as strict xfails). `split: fresh12` (6 articles, 30 facts in six
   new styles, written at the end of the sixth session by an engineer who neither ran the coder nor read its code,
   scored once after all that session's fixes: 12 of 30 right at first run, three more after the dev13 labour
   rules of tests/test_coder_labour_dev13.py; its misses, mostly recall of new wordings, are
   strict xfails with their class; three are convention questions). Session 14 (visits of an entity's guests,
   tests/test_coder_visits_s14.py) passes five of those xfails (first-run scores above unchanged): the arrivals of
   f10rtr and d11blr are themed, the receptions of f10tass, d10twin and d11sos take the host's place.
   `split: dev13` (6 articles, 25 facts: Reuters
   with two stories, TASS, Kyiv Independent, an OHCHR report, an LPR Telegram digest, ISW; written by an engineer
   who never ran the coder): 17 of 25 right at first run (before fixes), 21 after the rules of
   tests/test_coder_dev16_s14.py (expected delegations, "In response" over a background line, "in September 420",
   passive orders with an adverb and an agent); three of the four left are other engineers' classes.
   `split: dev14` (8 articles, 40 facts: BBC Monitoring digest, Krym.Realii, Novaya Gazeta Europe, Civil.ge,
   NewsMaker, Asia-Plus, a regional administration's Telegram; written by an engineer who never ran the coder):
   dev14: 28/40 at first run (before fixes), 32 after the rules of tests/test_coder_dev14_s14.py (a stay as a
   visit, "after which" reactions, the home labour market in an occupation article, the occupier's own visitors
   to Transnistria); the eight left are strict xfails with their class. Those rules also pass f11ap (fresh11's
   Russian lawmakers in Tiraspol; its first-run score above unchanged). `split: fresh13` (6 articles, 26 facts: Reuters,
   TASS, UN report prose, Telegram, RFE/RL, a live blog; written by the same engineer before any of the seventh
   session's fixes, scored once after all of them): 20 of 26 right at first run, its misses strict xfails with their
   class (one is a precision error: work contracts with welders coded as a themed agreement). `split: dev15`
   (6 articles d15a-d15f, 30 facts, written from the codebook by an engineer who never ran the coder): 22/30 at
   first run; its two labour misses (seamstresses brought in, migrants "currently working") pass after
   tests/test_coder_labour_s15.py, its recognition misses (anaphoric visitors and parties, a condemned anaphoric
   trip, guests at a forum) are strict xfails with their class. `split: dev16` (6 articles d16a-d16f, 30 facts, same
   writer's method, session 15 second round): 20/30 at first run; two recognition misses (lawmakers watching an
   occupation vote, a date-only dateline's agency as an arrival's target) pass after
   tests/test_coder_recognition_s15b.py; four recognition facts whose `trig` names the condemning verb are
   convention xfails, one (a visiting guest's signing placed by the guest's adjective) a class xfail. `split: dev17`
   (6 articles d17a-d17f, 22 facts, session 15 third round, same writer's method): 15/22 at first run; a fronted date
   after a live blog's time stamp and an expulsion subject with an owner phrase and a relative clause pass after
   tests/test_coder_dates_subjects_s15c.py; the rest are strict xfails with their class. `split: dev18` (6 articles
   d18a-d18f, 28 facts, session 16 first round, independent writer): 19/28 at first run; its recognition facts that
   still fail are strict xfails with their class. `split: dev19` (6 articles d19a-d19f, 31 facts, session 16 second
   round, same writer): 15/31 at first run; its recognition facts that still fail (visitors named again by number or
   as "the group", a meeting's place after its object) are strict xfails with their class; its labour facts (workers
   signed up, welders starting work, young men signed up for work on a project in Russia) pass after
   tests/test_coder_labour2_s16.py (which also fixes dev18's welders from Uzbekistan starting work), the other labour
   facts of both are strict xfails with their class. The reactions to visits of both that still fail (a reaction
   naming no visit noun, a visit told paragraphs before, an anaphoric visit resolved to an unthemed later one, visitors
   named "the group", "two days after the visit", a trigger told by the judged noun as convention) are strict xfails
   with their class (branch s16m3). `split: dev20` (6 articles d20a-d20f, 37 facts, session 16 third round,
   independent writer): 16/37 at first run; its recognition facts: "The same day" after a sentence whose last date
   is a "since" clause's reference point passes after tests/test_coder_recognition_r3_s16.py, the other recognition
   facts (occupied places named once then "the peninsula / the city / the region", agreements signed by "the two
   sides", a since-clause date beating "The same day", capitals coded as governments by convention) are strict xfails
   with their class; its labour facts that still fail (a train with workers on board, a hostel opened, men detained
   without valid patents and "nine of them" deported, men signed up at a hiring day or putting their names to
   contracts, a decree on work patents, a recruitment office's opening) are strict xfails with their class
   (tests/test_coder_labour3_s16.py). `split: dev22` (session 17, second round, independent writer): 12/26 at first
   run; its reaction facts: a protest note to the visitors' embassy and a condemned "minister's trip" restated by an
   unthemed "first visit to the city" pass after tests/test_coder_reactions_s17c.py (as does dev21's protest against
   "an illegal trip"); a pronoun for the visit, a reply dismissing a recognition plea and a judged meeting placed
   where its cause was misplaced are strict xfails with their class (branch s17y2). Known-wrong
   facts carry `known_wrong` and
   are strict xfails, so a fix shows up as an XPASS.
2. Rule checks, several phrasings per rule plus near-misses that must not change.
Split "fresh14": 6 articles, 32 facts, written before the session-15 fixes and scored once after all of them: 21/32 at
first run (fresh13 was 20/26), its misses known-wrong facts with their class.
Split "fresh15" (session 16): 6 articles f15a-f15f, 23 facts, written by the independent engineer before the session-16
fixes and scored once after all of them: 16/23 at first run (fresh14 was 21/32), its misses known-wrong facts with their
class (one, a condemnation coded on the judged visit noun, a convention of the fact's trigger).
Split "dev22" (session 17, second round, independent writer): 6 articles d22a-d22f, 26 facts, 12/26 at first run; its
labour facts (welders who "reached" occupied Berdiansk, workers "understood to have been moved", a hiring dated by a
later conjunct's "would need more in the spring") pass after tests/test_coder_labour_s17c.py (which also passes dev21's
residents who "went abroad for seasonal jobs" and dev20's train with workers on board that "reached" Mariupol); a river crossing and a hiring dated only by the next sentence are strict
xfails with their class.
dev22 occupied flags (branch s17g2): d22a's missile on Zaporizhzhia city and d22b's canal workers near Skadovsk and
Kalanchak pass after tests/test_geo_occupied_s17c.py (control rows for front towns; a weapon clause keeps its places),
as does d14h's evacuation from Stepnohirsk.
Split "fresh16" (session 17): 6 articles f16a-f16f, 33 facts, written by the independent engineer before the session-17
fixes and scored once after all of them: 22/33 at first run (fresh15 was 16/23), its misses known-wrong facts with their
class (signatures put to a programme, workers at a visited site, lawmakers who "flew into" a city, a protest at visitors'
"presence", deportation of migrants working without patents, work coerced by lost benefits, plan dates, a since-clause
date, a dismissal with recalled background acts, a second coordinated recognised entity).
Split "dev23" (session 18, first round, independent writer): 6 articles d23a-d23f, 34 facts, 25/34 at first run, 29/34
after tests/test_coder_dev_s18.py (a fronted locative over a trailing participle clause's place, workers sent on leave,
a delegation led by "the country's ambassador to" a state, "recognised both regions"; two of the misses left are conventions of the occupier's own
side) (its
near-miss facts that name neither `month` nor `admin1` check only that no event of the sentence is themed).
Split "fresh17" (session 18): 6 articles f17a-f17f, 34 facts, written by the independent writer before any fix of session 18
and scored once after all of them: 29/34 at first run (one of the five a KeyError of this harness on a fact naming no
`month`; a fact without `month` now checks no date, and that fact passes), its misses strict xfails with their class.
Split "dev24" (session 19, first round, independent writer): 6 articles d24a-d24f, 35 facts, 29/35 at first run (a fact
naming no `admin1` now checks no place: the writer gave none), 35/35 after tests/test_coder_dev27_s19.py.
Split "fresh18" (session 19): 6 articles f18a-f18f, 36 facts, written by the independent writer before any fix of session
19 and scored once after all of them and their review mends: 27/36 at first run (two misses conventions of the occupier's
own side), its misses strict xfails with their class.
"""
import datetime as dt
import json
from pathlib import Path

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import choose_expression, find_narrative_expressions, find_temporal_expressions
from pipeline.coding.text import normalize, split_sentences

DATA = Path(__file__).parent / "data" / "when_where_articles.jsonl"
ARTICLES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
FACTS = [(a, f) for a in ARTICLES for f in a["facts"]]
_CODED: dict = {}


def _events(a):
    if a["id"] not in _CODED:
        _CODED[a["id"]] = code_article({"article_id": a["id"], "text": a["text"],
                                        "published": dt.date.fromisoformat(a["published"])})
    return _CODED[a["id"]]


def _fact_params():
    out = []
    for a, f in FACTS:
        marks = [pytest.mark.xfail(strict=True, reason=f["known_wrong"])] if f.get("known_wrong") else []
        out.append(pytest.param(a, f, marks=marks, id=f"{a['id']}:{f['sent'][:30]}:{f.get('admin1')}"))
    return out


@pytest.mark.parametrize("article,fact", _fact_params())
def test_article_fact(article, fact):
    text = article["text"]
    i = text.index(fact["sent"])
    sent = next(s for s in split_sentences(normalize(text)) if s.start <= i < s.end)
    got = [e for e in _events(article) if sent.start <= e["char_start"] < sent.end
           and (not fact.get("trig") or fact["trig"] in e["trigger_text"])]
    if "theme" in fact and fact["theme"] is None and not got:
        return  # round 8: a background or non-themed line may code no event at all
    assert got, "no event coded for the fact's sentence"
    if "theme" in fact:
        # round 8 (split fresh8): the mission's themes on whole articles. `theme: null`: no event of the
        # sentence carries a theme; else one event carries it (and the `stance`, when given)
        if fact["theme"] is None:
            assert not [e["themes"] for e in got if e["themes"]], [e["themes"] for e in got]
        else:
            themed = [e for e in got if fact["theme"] in e["themes"]]
            assert themed, [(e["cameo_code"], e["themes"]) for e in got]
            if fact.get("stance"):
                assert any(e["recognition_stance"] == fact["stance"] for e in themed), \
                    [e["recognition_stance"] for e in themed]
    if fact.get("theme", "") is None and "month" not in fact and "admin1" not in fact:
        return  # dev23: a near-miss fact naming neither date nor place checks only that nothing is themed
    if "month" in fact:  # fresh17: a fact naming no `month` checks no date (the writer gave none)
        want = fact["month"]
        assert [str(e["event_date"])[:len(want)] for e in got] == [want] * len(got)
    if "admin1" in fact:  # dev24: a fact naming no `admin1` checks no place (the writer gave none)
        regions = {fact["admin1"], *fact.get("alt", ())}
        mine = [e for e in got if e["admin1_code"] in regions]
        assert mine, f"regions {[e['admin1_code'] for e in got]}"
        if "occupied" in fact:
            assert all(e["occupied"] is fact["occupied"] for e in mine)
        if fact.get("all"):
            # round 7 (split dev7/fresh7): every event of the sentence is there, none spread to another
            # story's or every occupied region
            assert all(e["admin1_code"] in regions for e in got), [e["admin1_code"] for e in got]
    if "actor1" in fact or "actor2" in fact:
        # round 6 (split dev6/fresh6): who did it to whom, across the article's sentences
        pairs = [(e["actor1_code"], e["actor2_code"]) for e in got]
        assert any(fact.get("actor1", a1) == a1 and fact.get("actor2", a2) == a2 for a1, a2 in pairs), pairs


def test_fresh_articles_are_marked():
    assert sum(a["fresh"] for a in ARTICLES) >= 8 and sum(not a["fresh"] for a in ARTICLES) >= 25


# ------------------------------------------------------------------ dates
PUB = dt.date(2024, 11, 2)


def _exprs(text, pub=PUB):
    return [(e.text, e.date.isoformat(), e.precision) for e in find_temporal_expressions(text, pub)]


@pytest.mark.parametrize("text,want", [
    ("Drones hit the city on the night of March 3, officials said.", ("March 3", "2024-03-03", "day")),
    ("Survivors of the attack of May 9th were evacuated.", ("May 9th", "2024-05-09", "day")),
    ("the fighting of March 2023 destroyed the town", ("March 2023", "2023-03-01", "month")),
    ("the referendums of September 2022 were a sham", ("September 2022", "2022-09-01", "month")),
])
def test_bare_month_with_lead_is_not_cut_before_its_number(text, want):
    """rules.yaml `month`: "of March" does not take a month whose day or year follows."""
    assert want in _exprs(text)


@pytest.mark.parametrize("text,want", [
    ("in March, 12 people were detained", ("in March", "2024-03-01", "month")),
    ("the events of March shook the town", ("of March", "2024-03-01", "month")),
    ("since May the town has been shelled daily", ("since May", "2024-05-01", "month")),
])
def test_bare_month_near_misses(text, want):
    assert want in _exprs(text)


def _chosen(sentence, trigger, pub=dt.date(2023, 11, 2)):
    i = sentence.index(trigger)
    e = choose_expression(find_temporal_expressions(sentence, pub), i, i + len(trigger), sentence)
    return e.text if e else None


@pytest.mark.parametrize("sentence,trigger,want", [
    ("DONETSK, Nov 2 - North Korean workers have been arriving in the region since the summer, officials said.",
     "arriving", "since the summer"),
    ("BENDER, Moldova, Nov 2 (Reuters) - Russian troops held exercises near Bender in October, officials said.",
     "held", "in October"),
    ("KYIV, Nov 2 (Reuters) - Russia opened a consulate in Donetsk last month, Ukraine's foreign ministry said.",
     "opened", "last month"),
    # near-misses: the dateline is the only date, or the other date is in another clause
    ("KYIV, Nov 2 - Ukrainian forces recaptured the village, officials said.", "recaptured", "Nov 2"),
    ("KYIV, Oct 3 - Ukrainian forces recaptured Lyman, a town Russia seized in May.", "recaptured", "Oct 3"),
    ("Russian troops recaptured the village on Nov 2 - a day after it fell - officials said.", "recaptured", "on Nov 2"),
])
def test_dateline_dates_the_report(sentence, trigger, want):
    """lexicon.yaml clause_boundaries.dateline_penalty."""
    assert _chosen(sentence, trigger) == want


@pytest.mark.parametrize("text,days", [
    ("The next day, troops entered the town.", 1),
    ("The following day Russia recognised the republic.", 1),
    ("Two days later, Damascus opened talks.", 2),
    ("A week later it signed an agreement.", 7),
    ("On the same day, he met the envoy.", 0),
    ("A day earlier, officials had arrived.", -1),
    ("Kyiv had protested the day before.", -1),
])
def test_narrative_expressions(text, days):
    assert [f[3] for f in find_narrative_expressions(text)] == [days]


@pytest.mark.parametrize("text", [
    "The day after the vote, Russia opened a consulate.",
    "Two days before the referendum, troops arrived.",
    "Every day, workers arrive in the city.",
    "Day after day, shelling hit the town.",
])
def test_narrative_near_misses(text):
    assert find_narrative_expressions(text) == []


def _code(text, pub=dt.date(2024, 3, 14)):
    return code_article({"article_id": "t", "text": text, "published": pub})


@pytest.mark.parametrize("text,want", [
    ("Russian troops entered Kupiansk on 27 February 2022. The next day, they shelled Balakliia.", "2022-02-28"),
    ("Syria recognised the DPR on June 29, 2022. Two days later, Damascus opened talks with the LPR.", "2022-07-01"),
    ("Russian forces shelled Kherson on Monday. Drones attacked Oleshky the same day, officials said.", "2024-03-11"),
    # a chain: the second narrative date counts from the first
    ("The delegation arrived in Sukhumi on 4 March. The next day it met officials. "
     "A day later, it signed an agreement with Abkhazia.", "2024-03-06"),
])
def test_narrative_date_from_the_story(text, want):
    """coder._narrative_date: the last event of the last sentence is dated from the story's last date."""
    evs = _code(text)
    assert evs and str(evs[-1]["event_date"]) == want and evs[-1]["date_source"] == "text"


@pytest.mark.parametrize("text", [
    "The next day, Russian forces shelled Kherson.",                     # nothing to count from
    "Russia opened a consulate in Sukhumi the day after the vote.",       # counts from the vote
    "Russian troops entered the village. The next day, they shelled Kherson.",  # no date before
])
def test_narrative_date_near_misses(text):
    evs = _code(text)
    assert evs and all(e["date_source"] == "publication" for e in evs)


# ------------------------------------------------------------------ places
def _places(text, pub=dt.date(2024, 3, 14)):
    return [(e["location_name"], e["admin1_code"], e["occupied"]) for e in _code(text, pub)]


@pytest.mark.parametrize("text,want", [
    ("Ukraine's army shelled Horlivka in the Donetsk region on Monday.", ("Horlivka", "UA-14", True)),
    ("Drones attacked the port of Sevastopol in Crimea early on Monday.", ("Sevastopol", "UA-40", True)),
    ("Russian forces attacked the village of Robotyne in Zaporizhzhia oblast on Friday.", ("Robotyne", "UA-23", None)),
    ("Ukrainian drones attacked a fuel depot in Oleshky, Kherson region, on Tuesday.", ("Oleshky", "UA-65", True)),
    ("Ukrainian artillery shelled Tokmak in the occupied Zaporizhzhia region on Friday.", ("Tokmak", "UA-23", True)),
    ("In Horlivka in the Donetsk region, shelling killed two people on Monday.", ("Horlivka", "UA-14", True)),
])
def test_settlement_named_with_its_region(text, want):
    """coder._most_precise / _drop_containers, grammar.yaml nested_place_links: one event at the town."""
    assert _places(text) == [want]


@pytest.mark.parametrize("text,want", [
    # a town not in the region named after it stays the region (the text's words decide nothing here)
    ("Ukraine's army shelled Kramatorsk in the Luhansk region on Monday.", ("Luhansk Oblast", "UA-09", True)),
    # a list, not a container
    ("Russian forces shelled Kherson, Zaporizhzhia and Nikopol on Monday.", ("Kherson", "UA-65", False)),
])
def test_nested_place_near_misses(text, want):
    assert _places(text)[0] == want


@pytest.mark.parametrize("text,want", [
    ("Drones struck an oil refinery in Russia's Rostov region on Monday.", ("Rostov Oblast", "RU-ROS", False)),
    ("Drones struck an oil depot in Russia's southern Belgorod region on Monday.", ("Belgorod Oblast", "RU-BEL", False)),
    ("Drones struck Russia's Belgorod on Monday.", ("Belgorod", "RU-BEL", False)),
    ("Missiles hit a factory in Ukraine's Dnipropetrovsk region on Monday.", ("Dnipropetrovsk Oblast", "UA-12", False)),
])
def test_possessive_country_is_not_the_place(text, want):
    """grammar.yaml possessive_markers: "in Russia's Belgorod region" is the region, not Russia."""
    assert _places(text) == [want]


@pytest.mark.parametrize("text,want", [
    ("Russia formally annexed the Donetsk, Luhansk, Zaporizhzhia and Kherson regions on Friday.",
     {"UA-14", "UA-09", "UA-23", "UA-65"}),
    ("Russia plans to hire workers from Kyrgyzstan for projects in the Zaporizhzhia region next month.", {"UA-23"}),
    ("Russia will bring migrant workers from Tajikistan to the Kherson region, officials said.", {"UA-65"}),
])
def test_themed_act_names_a_partly_occupied_region(text, want):
    """coder._themed_places regions(partly=True): a region only partly occupied on the date (status
    None) named in the act's own phrase is the territory the act concerns."""
    assert {e["admin1_code"] for e in _code(text, dt.date(2022, 10, 1)) if e["themes"]} == want


def test_themed_partly_occupied_near_miss():
    """A partly occupied region elsewhere in the sentence (the speaker's place) is not the territory."""
    evs = _code("Occupied Melitopol hired Uzbek builders last week, an official in the Zaporizhzhia region said.")
    assert [(e["location_name"], e["occupied"]) for e in evs if e["themes"]] == [("Melitopol", True)]


@pytest.mark.parametrize("text", ["in Java, South Ossetia", "in Dzhava", "in Znaur", "in Znauri"])
def test_south_ossetian_towns(text):
    """places_extra.csv: Java (Dzau) and Znauri are in South Ossetia (GE-SO), not Shida Kartli."""
    from pipeline.geo.gazetteer import get_gazetteer

    assert get_gazetteer().find_places(text, ("GE",))[0].admin1_code == "GE-SO"


# ------------------------------------------------------------------ round 2 (split dev2)
@pytest.mark.parametrize("text,want", [
    ("A delegation from Syria arrived in Sukhumi on 4 March. The delegation also met the de facto foreign minister.",
     "2024-03-04"),
    ("Russian troops entered Kupiansk on 27 February 2022. They later shelled Balakliia.", "2022-02-27"),
    ("A Syrian delegation arrived in occupied Donetsk in late February. It then signed a trade agreement with the DPR.",
     "2024-02-01"),
    ("Russian troops entered Kupiansk on 27 February 2022. Soldiers detained two officials there.", "2022-02-27"),
    # a chain of continuing sentences goes back to the first dated one
    ("A delegation from Syria arrived in Sukhumi on 4 March. It also visited Gagra. The envoys later met "
     "the leader of Abkhazia.", "2024-03-04"),
])
def test_continuation_takes_the_story_date(text, want):
    """coder._continued_date, lexicon.yaml narrative_relative.continuation."""
    evs = _code(text)
    assert evs and str(evs[-1]["event_date"]) == want and evs[-1]["date_source"] == "text"


@pytest.mark.parametrize("text", [
    "A delegation from Syria arrived in Sukhumi on 4 March. Georgia condemned the visit.",      # a new topic
    'A delegation from Syria arrived in Sukhumi on 4 March. "We also met the minister," the envoy said.',  # quote
    "A delegation from Syria arrived in Sukhumi on 4 March. Syria will also open an embassy there.",  # future
    "A delegation from Syria arrived in Sukhumi on 4 March. Russia has also recognised Abkhazia.",  # perfect: now
    "Syria recognised Abkhazia in 2018. It then opened an embassy in Sukhumi.",                # a year: background
    "Russian troops entered Kupiansk on 27 February 2022. There were no casualties. Troops detained two men there.",
])
def test_continuation_near_misses(text):
    evs = _code(text)
    assert evs and evs[-1]["date_source"] == "publication"


def test_continuation_own_date_wins():
    evs = _code("A delegation from Syria arrived in Sukhumi on 4 March. It also met the foreign minister on 6 March.")
    assert str(evs[-1]["event_date"]) == "2024-03-06"


@pytest.mark.parametrize("text,pub,want", [
    ("Russian forces seized Bakhmut in May after a ten-month battle.", dt.date(2023, 6, 20), True),
    ("Russian troops captured Avdiivka in February.", dt.date(2024, 3, 20), True),
    ("Wagner fighters took control of Bakhmut in May 2023, Moscow said.", dt.date(2023, 12, 1), True),
    # near-misses: not a capture (the start of the range), a capture before the fall (still free)
    ("Russian artillery shelled Avdiivka in February.", dt.date(2024, 3, 20), False),
    ("Russian forces shelled Bakhmut in May.", dt.date(2023, 6, 20), False),
    ("Russian troops captured Avdiivka in January.", dt.date(2024, 3, 20), False),
])
def test_capture_status_at_the_end_of_its_date(text, pub, want):
    """grammar.yaml status_at_range_end_codes: a capture's place has the status the capture produced."""
    evs = [e for e in _code(text, pub) if e["location_name"] in ("Bakhmut", "Avdiivka") and e["cameo_code"] != "193"]
    assert evs and all(e["occupied"] is want for e in evs)


@pytest.mark.parametrize("text,want", [
    ("Kherson's Russian-installed governor said construction crews from Dagestan would arrive next month.", "UA-65"),
    ("The Russian-installed head of the Zaporizhzhia region said builders from Chechnya were being sent.", "UA-23"),
    ("Melitopol's occupation authorities said workers from Dagestan would arrive next month.", "UA-23"),
])
def test_labor_origin_does_not_locate_the_event(text, want):
    """coder._themed_places: the workers' origin ("from Dagestan") gives way to another place in the sentence."""
    evs = [e for e in _code(text) if "labor_migration" in e["themes"]]
    assert evs and {e["admin1_code"] for e in evs} == {want}


def test_labor_origin_near_miss():
    """With no other place the origin stays (nothing better to say)."""
    evs = [e for e in _code("Builders from Dagestan would arrive next month, officials said.") if e["themes"]]
    assert all(e["admin1_code"] in ("RU-DA", None) for e in evs)


@pytest.mark.parametrize("text,countries,want", [
    ("Moldova said Russian troops held drills near Kamenka on Tuesday.", ("RU", "UA"), "MD-SN"),
    ("Moldova said Russian troops held drills near Kamenka on Tuesday.", ("UA",), "MD-SN"),
    ("Moldova's interior ministry said police detained two men in Kamenka.", ("UA", "RU"), "MD-SN"),
    # near-misses: the country named is another one, or in another sentence
    ("Police in Russia detained two men in Kamenka.", ("RU", "MD"), "RU-PNZ"),
    ("Russian troops in Moldova held drills. Separately, drones hit Kamenka overnight.", ("UA",), "UA-71"),
])
def test_country_named_in_the_sentence_steers_a_shared_name(text, countries, want):
    """gazetteer._steering, mention_rules.yaml bonus_country_same_sentence."""
    from pipeline.geo.gazetteer import get_gazetteer

    got = [p.admin1_code for p in get_gazetteer().find_places(text, countries) if p.kind != "country"]
    assert got == [want]


# ------------------------------------------------------------------ round 3 (split dev3)
def _loc(text, pub=dt.date(2024, 3, 14), themed=False):
    return [(e["location_name"], e["admin1_code"], e["occupied"]) for e in _code(text, pub)
            if not themed or e["themes"]]


@pytest.mark.parametrize("text,pub,want", [
    ("KYIV, Oct 3 - Russian troops entered Kupiansk on September 28. Soldiers detained two local officials there.",
     dt.date(2023, 10, 3), ("Kupiansk", "UA-63")),
    ("KYIV, Jan 9 - Russia said its forces had captured Kurakhove. Builders from Dagestan would be sent to the town "
     "in February.", dt.date(2025, 1, 9), ("Kurakhove", "UA-14")),
    ("MOSCOW, May 3 - Troops seized Rubizhne last spring. Officials there said migrant workers from Uzbekistan had "
     "arrived.", dt.date(2023, 5, 3), ("Rubizhne", "UA-09")),
    # a sentence without a place in between: two sentences back
    ("KYIV, Oct 3 - Russian troops entered Kupiansk on September 28. The general staff confirmed it. Soldiers "
     "detained two local officials in the city.", dt.date(2023, 10, 3), ("Kupiansk", "UA-63")),
    # not an antecedent: an actor's name, a capitalized first word, a speaker's title after the object
    ("MOSCOW, May 3 - Russian troops shelled Kherson on Monday. Moscow said nothing. It was the third attack on "
     "the city this month.", dt.date(2024, 5, 3), ("Kherson", "UA-65")),
    ("KYIV, May 3 - Russian troops shelled Kherson on Monday. Officials appealed to Moscow for calm. It was the "
     "third attack on the city this month.", dt.date(2024, 5, 3), ("Kherson", "UA-65")),
    ("KYIV, May 3 - Russian troops shelled Kherson on Monday, Ukraine's Zaporizhzhia regional governor said. It "
     "was the third attack on the city this month.", dt.date(2024, 5, 3), ("Kherson", "UA-65")),
    # "the city" is a settlement: not the regions of the sentence before
    ("KYIV, May 3 - Russian drones hit Nikopol on Monday. The G7 condemned the referendums in the Donetsk and "
     "Luhansk regions. It was the third attack on the city this month.", dt.date(2024, 5, 3), ("Nikopol", "UA-12")),
])
def test_locative_anaphor_carries_the_place_before(text, pub, want):
    """coder._anaphor_places, grammar.yaml locative_anaphors: "there" / "the town" is the place named before."""
    assert [loc[:2] for loc in _loc(text, pub)][-1] == want


@pytest.mark.parametrize("text,want", [
    ("Officials there said workers would arrive.", "there"),
    ("Workers arriving there will get housing.", "there"),
    ("Builders would be sent to the town in February.", "the town"),
    ("He said the region would recruit drivers.", "the region"),
    # near-misses: existential "there", no anaphor, a possessive
    ("Its consul said there would be visa services.", None),
    ("There were no casualties, officials said.", None),
    ("There has been no comment from Moscow.", None),
    ("Troops detained two officials on Monday.", None),
    ("The region's de facto leader met the envoy.", None),
])
def test_locative_anaphor_phrase(text, want):
    from pipeline.coding.coder import _Ctx, _locative_anaphor

    ctx = _Ctx(lex=None, text=text, norm=text, published=PUB, actors=[], places=[], occupied_cache={},
               article_id="t", lower=text.lower())
    assert _locative_anaphor(ctx, 0, len(text)) == want


@pytest.mark.parametrize("text,pub", [
    # the sentence names its own place
    ("KYIV, Oct 3 - Russian troops entered Kupiansk on September 28. Soldiers detained two officials there and in "
     "Izium.", dt.date(2023, 10, 3)),
    # too far back (more than locative_anaphor_sentences_back sentences)
    ("KYIV, Oct 3 - Russian troops entered Kupiansk on September 28. The general staff confirmed it. It gave no "
     "details. Soldiers detained two local officials there.", dt.date(2023, 10, 3)),
])
def test_locative_anaphor_near_misses(text, pub):
    assert [loc[0] for loc in _loc(text, pub)][-1] != "Kupiansk"


@pytest.mark.parametrize("text,want", [
    ("Russian artillery shelled Kurakhove, a town in the Donetsk region, on Monday.", ("Kurakhove", "UA-14")),
    ("Ukrainian drones struck Henichesk, a port city in the occupied Kherson region, on Monday.", ("Henichesk", "UA-65")),
    ("Drones struck Tokmak, a small town in southern Zaporizhzhia, on Monday.", ("Tokmak", "UA-23")),
])
def test_appositive_names_the_town_in_its_region(text, want):
    """coder._appositive_nesting, grammar.yaml appositive_place_nouns."""
    assert [loc[:2] for loc in _loc(text)] == [want]


@pytest.mark.parametrize("text,want", [
    # not inside the region named: the region stays (the text's words decide nothing)
    ("Russian artillery shelled Kramatorsk, a city in the Luhansk region, on Monday.", "UA-09"),
    # not an apposition of the place
    ("Russian artillery shelled Kurakhove, a day after strikes in the Donetsk region.", "UA-14"),
])
def test_appositive_near_misses(text, want):
    assert _loc(text)[0][1] == want


@pytest.mark.parametrize("text,want", [
    ("Syria opened a consulate in Donetsk on Monday.", ("Donetsk", "UA-14", True)),
    ("Belarus opened a consulate in occupied Donetsk on Monday.", ("Donetsk", "UA-14", True)),
    ("Syria opened a consulate in Horlivka in the Donetsk region on Monday.", ("Horlivka", "UA-14", True)),
])
def test_entity_act_at_a_town_of_its_territory(text, want):
    """coder._themed_places: a settlement of the target entity's territory in the act's phrase is the place."""
    assert _loc(text, themed=True) == [want]


def test_entity_act_near_miss():
    # no settlement in the act's phrase: the entity's region, occupied as the entity's territory (round 4)
    assert _loc("Russia recognised the Donetsk People's Republic on Monday.", themed=True) == [
        ("Donetsk Oblast", "UA-14", True)]


@pytest.mark.parametrize("text,want", [
    ("Belarus opened a consulate in Melitopol on Monday. Its consul said visa services would start in May. "
     "Belarusian officials also signed a cooperation agreement with the local administration.", "2024-03-14"),
    # near-miss: a past date before still carries
    ("Belarus opened a consulate in Melitopol on Monday. Its consul said visa services started on March 1. "
     "Belarusian officials also signed a cooperation agreement with the local administration.", "2024-03-01"),
])
def test_continuation_skips_a_planned_date(text, want):
    """coder._continued_date: a date after publication in the sentence before is a plan, not the story."""
    evs = _code(text)
    assert str(evs[-1]["event_date"]) == want


@pytest.mark.parametrize("sentence,trigger,want", [
    ("KYIV, Jan 9 - Russia's defence ministry said on Monday its forces had taken Kurakhove.", "taken", "on Monday"),
    ("KYIV, Jan 9 - The mayor said on Friday that 200 workers from Uzbekistan had arrived.", "arrived", "on Friday"),
    ("KYIV, Jan 9 - Russian forces shelled Kherson, officials said on Tuesday.", "shelled", "on Tuesday"),
    # near-misses: the event's own date still wins; the dateline alone
    ("KYIV, Jan 9 - Russian forces shelled Kherson on Monday, officials said on Tuesday.", "shelled", "on Monday"),
    ("KYIV, Jan 9 - Russian forces shelled Kherson, officials said.", "shelled", "Jan 9"),
])
def test_statement_date_beats_the_dateline(sentence, trigger, want):
    """dates.choose_expression: a reporting verb's date bounds the event more closely than the dateline."""
    assert _chosen(sentence, trigger, dt.date(2025, 1, 9)) == want


@pytest.mark.parametrize("name,on,want", [
    ("Kurakhove", dt.date(2024, 10, 14), False),   # before the assault on the town
    ("Kurakhove", dt.date(2024, 12, 1), None),     # contested: the region rule
    ("Kurakhove", dt.date(2025, 2, 1), True),      # after the capture
    ("Selydove", dt.date(2024, 9, 1), False),
    ("Selydove", dt.date(2024, 11, 15), True),
])
def test_front_town_control_rows(name, on, want):
    """control.csv: dated rows for front towns of partly occupied Donetsk oblast."""
    from pipeline.geo.control import occupation_status
    from pipeline.geo.gazetteer import get_gazetteer

    place = next(p for p in get_gazetteer().find_places(f"in {name}", ("UA",)) if p.kind == "settlement")
    assert occupation_status(place, on)[0] is want


@pytest.mark.parametrize("sentence,trigger,want", [
    ("KYIV, Feb 6 - Officials said on Wednesday they had brought 120 workers to Selydove, a mining town captured "
     "by Russian forces last October.", "brought", "on Wednesday"),
    ("Russian troops shelled Vuhledar, a town they have besieged since 2022, on Friday.", "shelled", "on Friday"),
    ("Russian troops shelled Vuhledar, a town that had 15,000 residents in 2021, on Friday.", "shelled", "on Friday"),
    # near-misses: the trigger inside the apposition; no clause in the apposition; no apposition
    ("KYIV, Feb 6 - Officials said on Wednesday they had brought 120 workers to Selydove, a mining town captured "
     "by Russian forces last October.", "captured", "last October"),
    ("Russian artillery shelled Kurakhove, a town in the Donetsk region on Monday.", "shelled", "on Monday"),
    ("Officials said on Friday that Russian troops captured the town last October.", "captured", "last October"),
])
def test_place_apposition_dates_its_own_clause(sentence, trigger, want):
    """lexicon.yaml apposition_place_nouns (dates._insets): ", a town captured ... last October" is the town's history."""
    assert _chosen(sentence, trigger, dt.date(2025, 2, 6)) == want


# ------------------------------------------------------------------ round 6: who, across sentences
def _pairs6(text, root):
    return [(e["actor1_code"], e["actor2_code"]) for e in _code(text) if e["cameo_root"] == root]


@pytest.mark.parametrize("text,pair", [
    ("A delegation from Burkina Faso visited Donetsk on Tuesday. The delegation, led by deputy foreign minister "
     "Karamoko Traore, met Denis Pushilin.", ("BFAGOV", "DPRGOV")),
    ("A government delegation of Nicaragua arrived in Luhansk, the LPR government told TASS. "
     "The delegation met Leonid Pasechnik.", ("NICGOV", "LPRGOV")),
    ("A delegation of Syria arrived in Melitopol. The delegation, headed by envoy Bashar Jaafari, met Yevgeny Balitsky.",
     ("SYRGOV", "RUSGOV")),
])
def test_definite_group_noun_takes_its_antecedent(text, pair):
    """coder._same_head_antecedent; grammar.yaml definite_role_anaphors, leader_appositive_markers."""
    assert pair in _pairs6(text, "04")


@pytest.mark.parametrize("text,wrong", [
    # near-misses: a group noun with its own country, or no earlier actor with that head noun
    ("A delegation from Burkina Faso visited Donetsk. A Malian delegation met Denis Pushilin.", "BFAGOV"),
    ("A delegation from Burkina Faso visited Donetsk. Later, the Malian delegation met Denis Pushilin.", "BFAGOV"),
])
def test_definite_group_noun_near_misses(text, wrong):
    assert (wrong, "DPRGOV") not in _pairs6(text, "04")
