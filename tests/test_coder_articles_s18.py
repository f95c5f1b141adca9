"""Whole-article WHEN facts of session 18 (branch s18-articles), one class per section, each with the original
wording of the known-wrong fact (tests/data/when_where_articles.jsonl), own variants in other wordings and
near-misses that must keep their old reading.

1. Plans counted from the report (dates.plan_from_report): a planned act dated by a period already begun ("this
   year", "later this month") starts at the report. Past acts and plans with a date of their own keep it, deadlines
   ("by December") too.
2. A date in a "since the <noun>" phrase of another clause dates no act before it; "cut-off" is a noun.
3. Coordinated recognition objects ("recognition of the DPR and of the neighbouring LPR").
4. "dismissed/rejected X as (legally) void": one themed denial by the subject.
5. A signing with an entity party during a visit is placed where the parties are.
6. A date modifying a noun ("the October 26 elections") dates that noun only.
7. A fronted story date ("The same day,") before a "since" clause's date.
8. "the following week" as a story date.
9. A party resolved from outside the sentence that is an entity is the sentence's occupation context.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import resolve_event_date


def _code(text, published):
    return code_article({"article_id": "t", "published": published, "text": text})


def _dated(text, trigger, published):
    """(event_date, date_end, precision) of the events whose trigger holds `trigger`."""
    got = [(str(e["event_date"]), str(e["date_end"]), e["date_precision"]) for e in _code(text, published)
           if trigger in e["trigger_text"]]
    assert got, [e["trigger_text"] for e in _code(text, published)]
    return got


# -- 1. plans counted from the report
@pytest.mark.parametrize("text,trigger,published,want", [
    # fresh16 f16b: the sending agreed for "this year" cannot have happened before the report
    ("Ukraine's HUR military intelligence claimed on Tuesday that Pyongyang had agreed to send up to 5,000 "
     "construction workers to occupied Luhansk this year.", "send", "2025-06-13", "2025-06"),
    ("Syria will open an embassy in Donetsk this year, Pushilin said.", "open", "2025-06-13", "2025-06"),
    ("The Russian-installed governor said 400 builders from Kyrgyzstan would arrive in occupied Henichesk "
     "later this month.", "arrive", "2024-12-12", "2024-12"),
])
def test_plan_in_a_begun_period_starts_at_the_report(text, trigger, published, want):
    assert [d[0][:7] for d in _dated(text, trigger, published)] == [want] * len(_dated(text, trigger, published))


@pytest.mark.parametrize("text,trigger,published,want", [
    # past acts keep the period or the deadline as told
    ("By December, the DPR had set up a permanent representation in Damascus.", "set up", "2023-03-01",
     ("2022-12-01", "2022-12-31", "month")),
    ("Syria opened an embassy in Donetsk earlier this year, Pushilin said.", "opened", "2025-06-13",
     ("2025-01-01", "2025-12-31", "year")),
    # a plan with a date of its own after the report keeps it, a deadline too (tests/test_coder_review_s13.py: "will
    # have signed the treaty with Abkhazia by next March" is March, planned)
    ("Natalya Nikonorova told SANA that the republic would set up a permanent representation in Damascus by "
     "December.", "set up", "2022-09-16", ("2022-12-01", "2022-12-31", "month")),
    ("Abkhazia will open a consulate in Caracas in December, its foreign minister said.", "open", "2024-05-20",
     ("2024-12-01", "2024-12-31", "month")),
    ("Pushilin said 300 workers from Uzbekistan would arrive in occupied Mariupol next month.", "arrive",
     "2024-05-20", ("2024-06-01", "2024-06-30", "month")),
])
def test_plan_dates_near_misses(text, trigger, published, want):
    assert want in _dated(text, trigger, published)


def test_resolve_event_date_counts_a_begun_period_from_the_report():
    text = "Syria will open an embassy in Donetsk this year, Pushilin said."
    i = text.index("open")
    ev = resolve_event_date(text, i, i + 4, dt.date(2025, 6, 13))
    assert (ev.event_date, ev.date_end, ev.date_precision, ev.planned) == \
        (dt.date(2025, 6, 13), dt.date(2025, 12, 31), "year", True)


# -- 2. a date inside a "since the <noun>" phrase of another clause (dates._since_noun_reference, lexicon.yaml
# since_reference_point) dates that phrase's event, never the act told before it; a verb hyphenated to a particle
# ("cut-off", grammar.yaml hyphen_noun_particles) is a noun, so in such a phrase it is a reference point, no event
@pytest.mark.parametrize("text,trigger,published,want", [
    # fresh16 f16e
    ("On the Dniester, the Transnistrian authorities announced on Monday that a metallurgical plant in Rybnitsa had "
     "hired 300 welders and crane drivers from Uzbekistan and Belarus to restart a furnace idle since the gas "
     "cut-off in January.", "hired", "2025-09-19", "2025-09"),
    ("Moscow recruited 2,000 workers from Uzbekistan to rebuild a plant closed since the war in 2022, officials "
     "said on Monday.", "recruited", "2024-09-18", "2024-09"),
    ("Russia sent 300 builders from Tajikistan to a plant that has stood idle since the shelling in May, officials "
     "said on Friday.", "sent", "2024-09-18", "2024-09"),
    ("The Russian-installed authorities brought 150 welders from Belarus to Mariupol's steel works, which have been "
     "shut ever since the siege in the spring of 2022.", "brought", "2024-09-18", "2024-09"),
])
def test_since_noun_phrase_of_another_clause_dates_no_act(text, trigger, published, want):
    got = _code(text, published)
    assert [str(e["event_date"])[:7] for e in got if trigger in e["trigger_text"]] == [want]
    assert [str(e["event_date"])[:7] for e in got] == [want] * len(got)  # the noun in the phrase is no event


@pytest.mark.parametrize("text,trigger,published,want", [
    # the act's own span keeps its date
    ("Russia has shelled Kherson daily since the invasion in February 2022, officials said on Monday.", "shelled",
     "2024-09-18", "2022-02"),
    ("Russia has recruited 5,000 workers from Central Asia since January.", "recruited", "2024-09-18", "2024-01"),
    # the act has its own date before the phrase
    ("The factory hired 50 welders from Belarus in March to restart a line idle since the blackout in January.",
     "hired", "2024-09-18", "2024-03"),
    # the phrase's own noun, told as the act, keeps its date
    ("Gazprom's gas cut-off hit Transnistria on Monday.", "cut-off", "2025-01-15", "2025-01"),
])
def test_since_noun_phrase_near_misses(text, trigger, published, want):
    assert [str(e["event_date"])[:7] for e in _code(text, published) if trigger in e["trigger_text"]] == [want]


# -- 3. coordinated objects of a recognition noun: a repeated "of" ("its recognition of the DPR and of the LPR") and a
# member's own modifiers after the link ("and of the neighbouring ...", grammar.yaml list_member_modifiers) keep the
# list, so every named entity gets its recognition
def _recognised(text, published="2022-09-16"):
    return sorted({(e["actor1_code"], e["actor2_code"]) for e in _code(text, published)
                   if "diplomatic_recognition" in e["themes"] and e["cameo_code"] == "054"})


@pytest.mark.parametrize("text,want", [
    # fresh16 f16f
    ("Syria announced its recognition of the DPR and of the neighbouring \"Luhansk People's Republic\" on June 29, "
     "becoming the second UN member after Russia to do so.", [("SYR", "DPR"), ("SYR", "LPR")]),
    ("Nauru's recognition of Abkhazia and of South Ossetia came in December 2009.", [("NRU", "ABK"), ("NRU", "SOS")]),
    ("Venezuela recognised Abkhazia and the breakaway South Ossetia in 2009.", [("VEN", "ABK"), ("VEN", "SOS")]),
    ("North Korea's recognition of the LPR and of the self-proclaimed DPR in July 2022 drew a protest from Kyiv.",
     [("PRK", "DPR"), ("PRK", "LPR")]),
])
def test_coordinated_recognition_objects(text, want):
    assert set(want) <= set(_recognised(text))


@pytest.mark.parametrize("text,unwanted", [
    # a second "of" after the first member's own "by" phrase is no list with it
    ("The recognition of Abkhazia by Russia and of Kosovo by the West split the continent.", ("XKX", "ABK")),
    # a modifier alone is no link
    ("Syria's recognition of the DPR angered the neighbouring Ukraine.", ("SYR", "UKR")),
])
def test_coordinated_recognition_objects_near_misses(text, unwanted):
    assert unwanted not in _recognised(text)


# -- 4. a dismissal told with "as" and an invalidity predicate ("dismissed the agreements as 'legally void'") is one
# themed denial by the dismissing subject (triggers.yaml recognition.judged_invalid verbs dismiss, reject), not an
# unthemed rejection plus a reversed denial on the predicate
def _denials(text, published="2022-09-16"):
    return [(e["actor1_code"], e["actor2_code"], e["recognition_stance"]) for e in _code(text, published)
            if "diplomatic_recognition" in e["themes"]]


@pytest.mark.parametrize("text,want", [
    # fresh16 f16f's wording with its context in the sentence
    ("Ukraine's foreign ministry on Wednesday dismissed the agreements with the DPR as \"legally void,\" officials "
     "said.", ("UKRGOV", "DPR", "deny")),
    ("Ukraine's foreign ministry on Wednesday rejected the agreements with the DPR as null and void.",
     ("UKRGOV", "DPR", "deny")),
    ("Georgia dismissed the memorandum signed with Abkhazia's de facto authorities as legally void.",
     ("GEO", "ABK", "deny")),
    ("Moldova has rejected the treaty with Transnistria's separatist leaders as having no legal force.",
     ("MDA", "PMR", "deny")),
])
def test_dismissed_as_void(text, want):
    got = _denials(text)
    assert got and all(a[0][:3] == want[0][:3] for a in got), got  # no reversed denial on the predicate
    assert any(a[0][:3] == want[0][:3] and (a[1] or "")[:3] == want[1][:3] and a[2] == "deny" for a in got), got


@pytest.mark.parametrize("text", [
    # no occupation context: a court's or a firm's dismissal is none of the theme
    "The court dismissed the lawsuit as void.",
    "The board rejected the contract with the supplier as invalid.",
    "Ukraine's foreign ministry dismissed the report as fake news.",
])
def test_dismissed_as_void_near_misses(text):
    assert not _denials(text)


# -- 5. a signing with an entity party during a visit is placed where the parties are (grammar.yaml
# visit_signing_codes, coder._visit_signing_place): a territory place the clause names before the act, else where a
# party's visit in this sentence or the one before went; not the entity's home territory
def _signing_regions(text, published):
    return [e["admin1_code"] for e in _code(text, published)
            if e["cameo_code"] == "057" and "diplomatic_recognition" in e["themes"]]


@pytest.mark.parametrize("text,published,want", [
    # dev22 d22e
    ("Abkhazia's foreign minister was in Tiraspol on Tuesday for talks with Vitaly Ignatiev, the region's self-styled "
     "foreign minister, and the two signed a plan of consultations between their ministries for 2024-2025, the "
     "Transnistrian foreign ministry said.", "2024-03-01", "MD-SN"),
    # dev22 d22a
    ("A group of deputies from Abkhazia's People's Assembly was in occupied Melitopol on Tuesday and Wednesday, where "
     "its members were received by Yevgeny Balitsky, whom Moscow installed to run the region, and signed what the two "
     "sides called a memorandum of cooperation between the two legislatures.", "2024-02-09", "UA-23"),
    # dev16 d16d: the visit told in the sentence before
    ("A delegation of the People's Assembly of Abkhazia headed by its speaker arrived in Tiraspol on Tuesday for a "
     "three-day official visit. On Wednesday, Abkhaz speaker Lasha Ashuba and Supreme Council chairman Alexander "
     "Korshunov signed an agreement on inter-parliamentary cooperation.", "2024-10-10", "MD-SN"),
    # own variants
    ("South Ossetia's foreign minister arrived in occupied Luhansk on Monday. The next day he and LPR head Leonid "
     "Pasechnik signed a memorandum on cooperation in education.", "2024-05-20", "UA-09"),
    ("Transnistria's leader Vadim Krasnoselsky was in Sukhumi on Friday, where he and Aslan Bzhania signed a treaty "
     "on friendship and cooperation.", "2024-05-20", "GE-AB"),
])
def test_signing_on_a_visit_is_placed_where_the_parties_are(text, published, want):
    assert want in _signing_regions(text, published)


@pytest.mark.parametrize("text,published,want", [
    # no visit and no place before the act: the entity's own territory, as before
    ("Abkhazia and Transnistria signed a plan of consultations between their foreign ministries on Tuesday.",
     "2024-03-01", {"GE-AB", "MD-SN"}),
    # a visit to a place outside the territories locates nothing: the entity's territory stays
    ("Abkhazia's foreign minister was in Moscow on Tuesday, where he and Sergei Lavrov signed a plan of "
     "consultations.", "2024-03-01", {"GE-AB"}),
])
def test_signing_place_near_misses(text, published, want):
    got = set(_signing_regions(text, published))
    assert got and got <= want, got


# -- 6. a date modifying a noun ("against the results of the October 26 parliamentary elections") dates that noun,
# never another act of the clause (dates._attributive_date, lexicon.yaml attributive_date); the noun's own act keeps it
@pytest.mark.parametrize("text,trigger,published,want", [
    # fresh14 f14d
    ("In Tbilisi, thousands of people rallied outside parliament for a second week on Monday evening, protesting "
     "against the disputed results of the October 26 parliamentary elections.", "protesting", "2024-11-20",
     "2024-11"),
    ("Thousands protested in Tbilisi against the results of the October 26 parliamentary elections.", "protested",
     "2024-11-20", "2024-11"),
    ("After the September 30 annexation ceremony, Russia sent 500 builders from Central Asia to occupied Mariupol.",
     "sent", "2022-11-20", "2022-11"),
    ("Georgia summoned the Nicaraguan envoy over the May 29 recognition decision, officials said on Tuesday.",
     "summoned", "2024-06-05", "2024-06"),
])
def test_attributive_date_dates_only_its_noun(text, trigger, published, want):
    got = [str(e["event_date"])[:7] for e in _code(text, published) if trigger in e["trigger_text"]]
    assert got and got == [want] * len(got), got


@pytest.mark.parametrize("text,trigger,published,want", [
    # the noun's own act keeps the date
    ("The September 12 attack killed five people in occupied Melitopol.", "attack", "2024-11-20", "2024-09"),
    # a date with its own lead word, or a date followed by a function word, is no modifier
    ("Russian forces shelled Kherson on the 15th.", "shelled", "2024-11-20", "2024-11"),
    ("Syria recognised the DPR and the LPR on June 29 and opened an embassy.", "recognised", "2022-09-16", "2022-06"),
])
def test_attributive_date_near_misses(text, trigger, published, want):
    got = [str(e["event_date"])[:7] for e in _code(text, published) if trigger in e["trigger_text"]]
    assert got and got == [want] * len(got), got


# -- 7. a fronted story date ("The same day, ...") dates an act before a "since" clause whose own date is the clause's
# reference point ("... ever since it recognised Abkhazia's independence in 2008"); the clause's own act keeps its
# date (coder: _reference_point_date after the trigger, a narrative expression before it)
_SAME_DAY = ("Nicaraguan deputy foreign minister Ligia Zamora arrived in Sukhumi on November 4 for talks, Abkhaz "
             "officials said. {}")


@pytest.mark.parametrize("second,trigger", [
    # dev20 d20c
    ("The same day, Aslan Bzhania, the republic's leader, received the Nicaraguan guests and thanked Managua for its "
     "\"principled position\" ever since it recognised Abkhazia's independence in 2008.", "received"),
    ("The next day, Bzhania hosted the delegation, which has backed the republic ever since Nicaragua recognised it "
     "in 2008.", "hosted"),
    ("The same day, the guests met Abkhazia's foreign minister and praised the ties built ever since Managua "
     "recognised the republic in 2008.", "met"),
])
def test_story_date_before_a_since_clause(second, trigger):
    got = [(str(e["event_date"])[:7], e["date_text"]) for e in _code(_SAME_DAY.format(second), "2024-11-20")
           if trigger in e["trigger_text"]]
    assert got and all(d == "2024-11" for d, _ in got), got


@pytest.mark.parametrize("second,trigger,want", [
    # the since clause's own act keeps its date
    ("The same day, Aslan Bzhania received the Nicaraguan guests and thanked Managua for its \"principled position\" "
     "ever since it recognised Abkhazia's independence in 2008.", "recognised", "2008"),
    # no fronted story date: the act keeps the sentence's own date
    ("On Monday, Bzhania received the guests and thanked Managua for its support ever since it recognised Abkhazia "
     "in 2008.", "received", "2024-11"),
])
def test_story_date_before_a_since_clause_near_misses(second, trigger, want):
    got = [str(e["event_date"]) for e in _code(_SAME_DAY.format(second), "2024-11-20") if trigger in e["trigger_text"]]
    assert got and all(d.startswith(want) for d in got), got


# -- 8. "the following week" / "the week before" are story dates (lexicon.yaml narrative_relative.fixed): a week on from
# the story's last dated event, week precise
@pytest.mark.parametrize("text,trigger,published,want", [
    # dev19 d19a
    ("The bus that carried Nurlan and 37 other men from Kyrgyzstan to occupied Mariupol left a depot on the outskirts "
     "of Moscow on September 2, he says. Two days later they were in the city. The following week, the contractor "
     "brought in another 60 workers from Uzbekistan and Tajikistan.", "brought in", "2024-10-11", "2024-09"),
    ("Russian forces captured the village on March 3. The following week, they shelled Kurakhove.", "shelled",
     "2024-05-20", "2024-03"),
    ("A delegation from Niger arrived in occupied Donetsk on June 28. The next week, the delegation visited occupied "
     "Mariupol.", "visited", "2024-08-20", "2024-07"),
])
def test_following_week_is_a_story_date(text, trigger, published, want):
    got = [(str(e["event_date"])[:7], e["date_precision"]) for e in _code(text, published)
           if trigger in e["trigger_text"]]
    assert got and all(g == (want, "week") for g in got), got


@pytest.mark.parametrize("text,trigger,published,want", [
    # with no dated story before it, no story date
    ("Russia said it would send builders the following week.", "send", "2024-05-20", "2024-05"),
    # "the week after the vote" counts from the vote, which the story does not date
    ("Russian forces captured the village on March 3. The occupation authorities opened a passport office in occupied "
     "Donetsk the week after the vote.", "opened", "2024-05-20", "2024-05"),
])
def test_following_week_near_misses(text, trigger, published, want):
    got = [str(e["event_date"])[:7] for e in _code(text, published) if trigger in e["trigger_text"]]
    assert got and all(g == want for g in got), got


# -- 9. a party resolved from outside the sentence that is an entity ("That evening the two foreign ministries signed a
# plan of consultations", the ministries resolved to Abkhazia's and Nicaragua's) is the sentence's occupation context,
# as an entity named in it would be (coder._resolved_entity_party)
@pytest.mark.parametrize("text,published", [
    # dev20 d20c
    ("Nicaraguan deputy foreign minister Ligia Zamora arrived in Sukhumi on November 4 for talks with Abkhaz foreign "
     "minister Inal Ardzinba. That evening the two foreign ministries signed a plan of consultations for 2025-2026, "
     "the ministry said.", "2024-11-20"),
    # dev20 d20d
    ("A delegation of Abkhazia's People's Assembly arrived in Tiraspol on February 10. The same day, Vadim "
     "Krasnoselsky, the region's leader, received the Abkhaz deputies. A day later, the speakers of the two "
     "legislatures signed an accord on cooperation between their chambers.", "2025-02-14"),
    ("LPR head Leonid Pasechnik received a Nicaraguan government delegation in Luhansk on Thursday. The two sides "
     "signed a memorandum on trade.", "2024-05-20"),
])
def test_resolved_entity_party_is_context(text, published):
    assert [e for e in _code(text, published) if e["cameo_code"] == "057" and "diplomatic_recognition" in e["themes"]]


@pytest.mark.parametrize("text,published", [
    # resolved parties that are states: no context
    ("German chancellor Olaf Scholz received French president Emmanuel Macron in Berlin on Thursday. The two sides "
     "signed a memorandum on energy.", "2024-05-20"),
    ("Moldova's foreign minister met his Romanian counterpart in Chisinau on Monday. The two ministries signed a plan "
     "of consultations for 2025.", "2024-05-20"),
])
def test_resolved_entity_party_near_misses(text, published):
    assert not [e for e in _code(text, published) if "diplomatic_recognition" in e["themes"]]
