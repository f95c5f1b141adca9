"""Session 19, whole-article places: the bank of a river names a region.

"On the left bank of the Dnipro" and "the east bank of the Nistru" used to give no place: "the Dnipro" after "the"
is the river (a natural feature, dropped) and "Nistru" is no gazetteer name. The left bank of the Dnipro in the news
is the occupied part of Kherson oblast, the left bank of the Nistru (Dniester) is Transnistria. A bank phrase now
locates an act like a river's `fallback` (schemas/geo/mention_rules.yaml river_banks, gazetteer.bank_spans and
bank_fallbacks): only in a sentence naming no other place, with the occupied cue (the control table decides at the
date), and not in an article that names a place of the river's other banks (Kyiv's or Zaporizhzhia's left bank,
Ukraine's Dniester towns) and none of the bank's own region.
"""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article
from pipeline.geo.gazetteer import get_gazetteer

PUB = dt.date(2024, 3, 14)


def _code(text, pub=PUB):
    return code_article({"id": "t", "published": pub, "text": text})


def _placed(text, k, pub=PUB):
    return [(e["trigger_text"], e["admin1_code"], e["occupied"]) for e in _code(text, pub) if e["sentence_index"] == k]


BANK_ARTICLES = [
    # the brief's wordings
    ("Ukrainian forces struck a Russian ammunition depot on the left bank of the Dnipro on Sunday, the southern "
     "command said.", 0, "UA-65"),
    ("Moldova protests new checkpoints. Police on the east bank of the Nistru detained two Moldovan journalists on "
     "Friday, the Promo-LEX association said.", 1, "MD-SN"),
    # variants: other sides, spellings, possessives, "River", other acts and tenses
    ("Russian troops on the east bank of the Dnieper River detained three fishermen last week, a local official "
     "said.", 0, "UA-65"),
    ("Drones launched from the Dnipro River's left bank attacked a bus on Wednesday, regional officials said.", 0,
     "UA-65"),
    ("Occupation police on the Dnipro's eastern bank have arrested a schoolteacher, her family said on Tuesday.", 0,
     "UA-65"),
    ("Ukraine's southern command reports a quiet night. Russian forces had shelled a ferry crossing from the left "
     "bank of the Dnieper on Monday, it said.", 1, "UA-65"),
    ("Border guards on the east bank of the Dniester detained a farmer on Thursday.\n\nThe farmer was released "
     "hours later, his lawyer said.", 0, "MD-SN"),
    ("Authorities on the left bank of the Dniester have banned a rally planned for Sunday, organisers said.", 0,
     "MD-SN"),
]


@pytest.mark.parametrize("text,k,region", BANK_ARTICLES)
def test_a_river_bank_locates_the_act_in_its_region(text, k, region):
    got = _placed(text, k)
    assert got and all(a == region and occ is True for _, a, occ in got), got


BANK_NEAR_MISSES = [
    # a town of the sentence wins over the bank
    ("Russian artillery on the left bank of the Dnipro shelled Nikopol on Tuesday, killing two civilians.", 0,
     "UA-12"),
    # the river's other left banks: a place of Kyiv or Zaporizhzhia named in the article, none of Kherson
    ("Kyiv city authorities said a drone hit a warehouse on Tuesday. Firefighters on the left bank of the Dnipro "
     "put out the blaze after police detained two looters.", 1, "UA-30"),
    ("A Russian missile struck Zaporizhzhia on Monday. Russian forces on the left bank of the Dnipro also shelled "
     "the city, the governor said.", 1, "UA-23"),
    # no side, the right bank, another river, another bank
    ("Police detained five protesters on the right bank of the Dnipro on Saturday.", 0, None),
    ("Police detained five protesters on the bank of the Dnipro on Saturday.", 0, None),
    ("Paris police detained a man on the left bank of the Seine on Sunday.", 0, None),
    ("Israeli troops detained ten Palestinians near Nablus in the West Bank on Tuesday.", 0, None),
]


@pytest.mark.parametrize("text,k,region", BANK_NEAR_MISSES)
def test_bank_near_misses(text, k, region):
    got = _placed(text, k)
    assert all(a == region for _, a, _ in got), got


def test_bank_before_the_occupation_is_not_occupied():
    # the cue asks the control table: Kherson's left bank was not occupied in 2015
    got = _placed("In 2015 police detained two activists on the left bank of the Dnipro.", 0,
                  pub=dt.date(2015, 6, 1))
    assert got and all(a == "UA-65" and occ is not True for _, a, occ in got), got


def test_bank_phrase_spans_and_names_inside_are_no_places():
    gaz = get_gazetteer()
    got = gaz.find_places("Shells fired from Dnipro's left bank hit a school.")
    assert [(p.admin1_code, p.kind, p.occupied_cue) for p in got] == [("UA-65", "admin1", True)]
    assert gaz.find_places("Shells fired from the west bank of the Dnipro hit a school.") == []


# --- a prepositional relative clause (", under which ...") is an inserted clause: its date is its own ----------
# when_where d9geneva: "accused Moscow of violating the Budapest Memorandum, under which Russia pledged in 1994 to
# respect Ukraine's borders" was dated 1994; temporal lexicon relative_prepositions
PREP_RELATIVE = [
    ("Ukraine's foreign ministry on Tuesday accused Moscow of violating the Budapest Memorandum, under which Russia "
     "pledged in 1994 to respect Ukraine's borders.", "accused", dt.date(2024, 2, 20), "2024-02"),
    ("Georgia's foreign ministry condemned the deal, under which Sukhumi leased the Ochamchire port to Moscow in "
     "2023.", "condemned", dt.date(2024, 2, 22), "2024-02"),
    ("Kyiv accused Minsk of breaching the treaty, in which both sides renounced claims in 1997.", "accused",
     dt.date(2024, 2, 22), "2024-02"),
    ("Moldova's president criticised the 1992 ceasefire agreement, under which Russian peacekeepers were deployed "
     "in July 1992, on Tuesday.", "criticised", dt.date(2024, 2, 22), "2024-02"),
    ("The envoy praised the 2008 war, during which Russian troops seized Akhalgori in August 2008.", "praised",
     dt.date(2024, 2, 22), "2024-02"),
    # near-misses: the clause's own act keeps the clause's date; a date outside the clause dates the main act
    ("The envoy praised the 2008 war, during which Russian troops seized Akhalgori in August 2008.",
     "seized akhalgori", dt.date(2024, 2, 22), "2008-08"),
    ("Moldova's president criticised the 1992 ceasefire agreement, under which Russian peacekeepers were deployed "
     "in July 1992, on Tuesday.", "peacekeepers were deployed", dt.date(2024, 2, 22), "1992-07"),
    ("In 2015 the ministry denounced the treaty, under which the two sides agreed to merge their armies.",
     "denounced", dt.date(2024, 2, 22), "2015-01"),
]


@pytest.mark.parametrize("text,trigger,pub,month", PREP_RELATIVE)
def test_a_prepositional_relative_clause_dates_only_itself(text, trigger, pub, month):
    got = [e["event_date"] for e in _code(text, pub) if e["trigger_text"].lower() == trigger]
    assert got and all(str(d)[:7] == month for d in got), got


# --- workers from an entity hired in another territory: the hiring's territory, not the workers' origin ----------
# when_where f10ria: "Balitsky said Zaporozhye region enterprises had hired 400 workers from South Ossetia since the
# summer" was placed in South Ossetia (coder._themed_places: the target entity named only as an origin)
ORIGIN_ENTITY = [
    ("Balitsky said Zaporozhye region enterprises had hired 400 workers from South Ossetia since the summer.",
     "UA-23"),
    ("Enterprises in the Zaporizhzhia region have hired 400 workers from Abkhazia, the governor said.", "UA-23"),
    ("Construction firms in occupied Mariupol hired 200 builders from Transnistria last month.", "UA-14"),
    ("The occupation authorities in Melitopol brought 150 welders from Transnistria to the city in May.", "UA-23"),
    # near-misses: no territory besides the origin: an out-of migration concerns the territory left
    ("Russian firms in the Rostov region hired 300 workers from Abkhazia last year.", "GE-AB"),
    ("Recruiters hired 300 workers from Abkhazia for construction sites in Sochi.", "GE-AB"),
    ("Russia recruited 500 men from South Ossetia to work at building sites in Moscow.", "GE-SO"),
]


@pytest.mark.parametrize("text,region", ORIGIN_ENTITY)
def test_workers_from_an_entity_are_placed_where_the_clause_hires_them(text, region):
    got = [e for e in _code(text, dt.date(2023, 11, 24)) if "labor_migration" in e["themes"]]
    assert got and all(e["admin1_code"] == region for e in got), [(e["trigger_text"], e["admin1_code"]) for e in got]


# --- "shortly after the 2008 war": an act told as closely following (or preceding) a dated event takes its year -----
# when_where f13a: "recognised the independence of South Ossetia and Abkhazia shortly after the 2008 war" was dated
# by the report (temporal rules.yaml year_near_event; lexicon.yaml starter_words)
NEAR_EVENT = [
    ("Managua, a close ally of Moscow, recognised the independence of South Ossetia and Abkhazia shortly after the "
     "2008 war between Russia and Georgia.", "recognised", "2008"),
    ("Nicaragua recognised Abkhazia soon after the 2008 war, the Abkhaz leader recalled on Monday.", "recognised",
     "2008"),
    ("Russian troops seized the regional parliament in Simferopol days before the 2014 referendum.", "seized", "2014"),
    ("Just before the 2014 vote, Russian troops seized the parliament in Simferopol.", "seized", "2014"),
    ("Russian forces detained the mayor of Melitopol a few weeks after the 2022 invasion, his family said.",
     "detained", "2022"),
    # near-misses: a bare "after the 2008 war" can be years later; a noun's own date is no act's date
    ("Russia opened an embassy in Sukhumi after the 2008 war.", "opened", "2024-04"),
    ("Georgia protested the results of the 2008 war on Tuesday.", "protested", "2024-04"),
    ("Russia opened an embassy in Sukhumi in 2010, shortly after the 2008 war.", "opened", "2010"),
]


@pytest.mark.parametrize("text,trigger,month", NEAR_EVENT)
def test_an_act_closely_after_a_dated_event_takes_its_year(text, trigger, month):
    got = [str(e["event_date"]) for e in _code(text, dt.date(2024, 4, 26))
           if e["trigger_text"].lower().startswith(trigger)]
    assert got and all(d.startswith(month) for d in got), got
