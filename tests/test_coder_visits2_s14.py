"""Session 14, visits round 2: foreign delegations visiting occupied places and entities, what follows them in
the article, and the reactions to them. Short wire-style articles (1-3 sentences), expectations from the codebook
(docs/coder.md "Themes", "A reaction to a recognition act is its denial", "Actors named only in the sentence
before"; themes.yaml diplomatic_recognition visit_codes / visitor_roles / reactions):

1. an arrival or visit of "lawmakers / deputies / parliamentarians / officials / a ministry from <country>" in a
   "Russian-occupied" place is the foreign state's official visit: diplomatic_recognition, grant;
2. "they" right after such a visit is the visiting party; what they sign is themed like the visit;
3. a condemnation or protest of "the trip / the visit / the tour" that points back to such a visit (or names the
   occupied place and the foreign officials itself) is its denial: root 11, theme, stance deny, against the
   visitor, by the reacting state;
4. a meeting of an entity's guests with their hosts takes the hosts' place, also when the guests are its source;
5. "both sides said they would ..." after a meeting of two parties are those two parties;
6. "The guests / visitors / They were received by <host>" after an arrival is the host's themed reception.
Near-misses: visits to Kyiv or Moscow, the occupier's own lawmakers, students, tourists, a football team's tour,
"they" that stands for residents, an OSCE team's reception, "both sides" in a match report.

Articles written for this file, committed before the coder was run on them. First run: 21/40. After the rules of
this round (triggers._finite_form: "lawmakers from Mali arrived in" is a verb, no background noun after "from";
cues.yaml "they" of kind visitor; coder._visitors_context: the visitors' later acts carry the visit's context;
coder._previous_act_parties: "the visitors held talks ... They signed" chains; coder._visit_anaphor_reactions:
"condemned the trip / the visit" judges the nearest visit before it): 28/40; the 12 left are strict xfails with
their class. Two first-run misses are near-misses coded wrongly before this round too (a team's tour, an OSCE
team's reception).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 6, 14)
REC = "diplomatic_recognition"


def _sent_events(text: str, sent: str) -> list[dict]:
    """Events of the sentence that starts with sent."""
    lo = text.index(sent)
    hi = text.find(". ", lo)
    hi = len(text) if hi < 0 else hi
    return [e for e in code_article({"article_id": "v2", "text": text, "published": PUB}) if lo <= e["char_start"] < hi]


def _show(evs):
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"], e["trigger_text"], e["themes"],
             e["recognition_stance"], e["admin1_code"]) for e in evs]


def _x(reason, *values):
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


def _c(code):
    return (code or "")[:3] or None


# ------------------------------------------------------------------ 1. lawmakers / officials from a country arrive
@pytest.mark.parametrize("text,country,admin1", [
    ("KYIV, June 5 (Reuters) - A delegation of lawmakers from Mali arrived in Russian-occupied Luhansk on Tuesday, "
     "the region's Moscow-installed leader said.", "MLI", "UA-09"),
    ("A group of deputies from Nicaragua's National Assembly arrived in Russian-occupied Melitopol on Monday, "
     "according to the city's Russia-installed administration.", "NIC", "UA-23"),
    ("A delegation of officials from the Central African Republic arrived in occupied Simferopol on Friday, "
     "Crimea's Russian-installed head Sergei Aksyonov wrote on Telegram.", "CAF", "UA-43"),
    ("A delegation of Eritrea's foreign ministry arrived in Russian-controlled Mariupol on Saturday, the "
     "Moscow-appointed city administration said.", "ERI", "UA-14"),
    ("Officials from Niger's trade ministry visited Russian-occupied Berdyansk on Wednesday, the Moscow-appointed "
     "regional authorities said.", "NER", "UA-23"),
    ("Parliamentarians from Togo arrived in Russian-occupied Donetsk on Thursday, local media reported.", "TGO",
     "UA-14"),
])
def test_officials_from_a_country_arriving_in_occupied_place_is_themed(text, country, admin1):
    evs = _sent_events(text, text[:20])
    hits = [e for e in evs if REC in e["themes"] and e["recognition_stance"] == "grant"
            and country in (_c(e["actor1_code"]), _c(e["actor2_code"])) and e["admin1_code"] == admin1]
    assert hits, _show(evs)


@pytest.mark.parametrize("text", [
    "A delegation of lawmakers from Burkina Faso arrived in Kyiv on Wednesday, Ukraine's parliament said.",
    "A delegation of lawmakers from Burkina Faso arrived in Moscow on Wednesday for talks at the State Duma.",
    "A delegation of lawmakers from Russia's Rostov region arrived in Russian-occupied Donetsk on Wednesday.",
    "A group of students from Mali arrived in Russian-occupied Luhansk on Tuesday for a summer school.",
])
def test_arrival_near_misses_are_not_themed(text):
    evs = _sent_events(text, text[:20])
    assert not [e for e in evs if REC in e["themes"]], _show(evs)


# ------------------------------------------------------------------ 2. "they" after a visit are the visitors
@pytest.mark.parametrize("text,sent,country", [
    ("DONETSK, June 6 (TASS) - A delegation of lawmakers from Mali arrived in Donetsk on Wednesday, the DPR "
     "People's Council said. They signed a memorandum on cooperation between the two parliaments.",
     "They signed", "MLI"),
    ("A delegation of deputies from Nicaragua arrived in Russian-occupied Luhansk on Monday. They later signed an "
     "agreement on cultural exchanges with the region's Moscow-installed authorities.", "They later signed", "NIC"),
    ("Officials from Eritrea's foreign ministry visited occupied Melitopol on Friday. They also signed a protocol "
     "on grain supplies, the region's Russian-installed governor said.", "They also signed", "ERI"),
])
def test_they_after_a_visit_are_the_visitors(text, sent, country):
    evs = _sent_events(text, sent)
    hits = [e for e in evs if "sign" in (e["trigger_text"] or "") and _c(e["actor1_code"]) == country
            and REC in e["themes"] and e["recognition_stance"] == "grant"]
    assert hits, _show(evs)


@pytest.mark.parametrize("text,sent", [
    # "they" after an intervening sentence about residents stands for the residents
    ("A delegation of lawmakers from Mali arrived in occupied Donetsk on Wednesday. Dozens of residents of the "
     "city's Kirovsky district meanwhile protested against water shortages. They signed a petition to the "
     "Russian-installed authorities.", "They signed"),
    # a visit to an unoccupied capital: whatever they sign is no recognition act
    ("A delegation of lawmakers from Mali arrived in Moscow on Wednesday. They signed a memorandum on cooperation "
     "with the State Duma.", "They signed"),
])
def test_they_near_misses(text, sent):
    evs = _sent_events(text, sent)
    assert not [e for e in evs if REC in e["themes"] or _c(e["actor1_code"]) == "MLI" and
                "petition" in text], _show(evs)


# ------------------------------------------------------------------ 3. reactions to such visits
@pytest.mark.parametrize("text,sent,judge,visitor", [
    ("A delegation of lawmakers from Mali arrived in Russian-occupied Luhansk on Tuesday, the region's "
     "Moscow-installed leader said. Ukraine's foreign ministry condemned the trip on Wednesday, calling it a "
     "propaganda stunt.", "Ukraine's foreign ministry condemned", "UKR", "MLI"),
    ("A delegation of the separatist authorities of Abkhazia arrived in occupied Donetsk on Wednesday. Kyiv "
     "condemned the visit as a meeting between two occupation regimes.", "Kyiv condemned", "UKR", "ABK"),
    ("A delegation of Zimbabwean ruling party officials toured occupied Yalta on Saturday. Ukraine's foreign "
     "ministry protested against the tour on Sunday.", "Ukraine's foreign ministry protested", "UKR", "ZWE"),
    ("A delegation of Abkhaz officials arrived in Tiraspol on Monday for talks with the Transnistrian leadership. "
     "Moldova's foreign ministry criticised the visit on Tuesday.", "Moldova's foreign ministry criticised", "MDA",
     "ABK"),
    # (a strict xfail until session 16's triggers._reaction_cause_noun: a visit noun after a reaction link)
    ("Ukraine's foreign ministry lodged a formal protest with Bamako over a tour of occupied Melitopol by Malian "
     "parliamentarians.", "Ukraine's foreign ministry", "UKR", "MLI"),
    # (a strict xfail until session 15's consult.trip: a visit noun with its own complements)
    ("Georgia's foreign ministry denounced Thursday's trip by Nicaraguan lawmakers to occupied Sukhumi.",
     "Georgia's foreign ministry", "GEO", "NIC"),
])
def test_condemning_a_foreign_visit_is_a_denial(text, sent, judge, visitor):
    evs = _sent_events(text, sent)
    hits = [e for e in evs if e["cameo_root"] == "11" and _c(e["actor1_code"]) == judge
            and _c(e["actor2_code"]) == visitor and REC in e["themes"] and e["recognition_stance"] == "deny"]
    assert hits, _show(evs)


@pytest.mark.parametrize("text,sent", [
    ("A delegation of German lawmakers arrived in Kyiv on Monday. Russia's foreign ministry condemned the visit as "
     "a provocation.", "Russia's foreign ministry"),
    ("A group of Chinese tourists visited Yalta on Saturday. Ukraine's foreign ministry condemned the trip.",
     "Ukraine's foreign ministry"),
    ("Supporters protested over the national football team's summer tour of the United States.", "Supporters"),
    # (a team's tour is no visit since session 17: consult.tour's sentence_exclusions)
    ("Georgia's sports ministry protested over a tour of occupied Sukhumi by a Belarusian football team.",
     "Georgia's sports ministry"),
    ("Ukraine condemned Russian President Vladimir Putin's visit to occupied Mariupol.", "Ukraine condemned"),
])
def test_reaction_near_misses_are_not_themed(text, sent):
    evs = _sent_events(text, sent)
    assert not [e for e in evs if REC in e["themes"]], _show(evs)


# ------------------------------------------------------------------ 4. the guests' meeting is at the hosts' place
@pytest.mark.parametrize("text,sent,trig,admin1", [
    ("A delegation of the separatist authorities of South Ossetia arrived in occupied Luhansk on Monday. The "
     "visitors met the Russia-installed leadership of the so-called \"LPR\" and laid flowers at a war memorial.",
     "The visitors met", "met", "UA-09"),
    ("A Transnistrian government delegation arrived in Donetsk on Thursday. The guests held talks with DPR head "
     "Denis Pushilin.", "The guests held", "talks", "UA-14"),
    ("Abkhazia's de facto foreign minister met DPR head Denis Pushilin in Donetsk on Friday.", "Abkhazia's", "met",
     "UA-14"),
    # near-misses: the host's place is the guest entity's own when the visit goes the other way
    ("DPR head Denis Pushilin arrived in Sukhumi on Tuesday. The visitors met Abkhaz leader Aslan Bzhania.",
     "The visitors met", "met", "GE-AB"),
    ("Abkhazia's de facto foreign minister met his South Ossetian counterpart in Sukhumi on Friday.", "Abkhazia's",
     "met", "GE-AB"),
])
def test_guest_meeting_is_at_the_hosts_place(text, sent, trig, admin1):
    evs = [e for e in _sent_events(text, sent) if trig in (e["trigger_text"] or "")]
    assert evs and all(e["admin1_code"] == admin1 for e in evs), _show(evs)


# ------------------------------------------------------------------ 5. "both sides said they would"
@pytest.mark.parametrize("text,sent,pair", [
    ("A delegation of the separatist authorities of Abkhazia arrived in occupied Donetsk on Wednesday. The "
     "visitors met the Russia-installed leadership of the so-called \"DPR\". Both sides said they would open "
     "permanent representations in each other's capitals.", "Both sides said", {"ABK", "DPR"}),
    # (a strict xfail until s18: the pair resolved from the sentence before is the context, coder._resolved_entity_party)
    ("South Ossetian leader Alan Gagloev held talks with Transnistrian leader Vadim Krasnoselsky in Tiraspol on "
     "Monday. Both sides said they would sign a treaty of friendship and cooperation by the end of the year.",
     "Both sides said", {"SOS", "PMR"}),
    ("LPR head Leonid Pasechnik received a Nicaraguan government delegation in Luhansk on Thursday. The two sides "
     "said they would open trade missions in Luhansk and Managua.", "The two sides said", {"LPR", "NIC"}),
])
def test_both_sides_said_they_would_is_the_pair(text, sent, pair):
    evs = _sent_events(text, sent)
    hits = [e for e in evs if {_c(e["actor1_code"]), _c(e["actor2_code"])} == pair and REC in e["themes"]]
    assert hits, _show(evs)


def test_both_sides_in_a_match_report_are_no_states():
    text = ("Shakhtar Donetsk drew 1-1 with Dynamo Kyiv in Lviv on Sunday. Both sides said they would appeal "
            "against the referee's decisions.")
    evs = _sent_events(text, "Both sides")
    assert not [e for e in evs if e["actor1_code"] and e["actor2_code"] or REC in e["themes"]], _show(evs)


# ------------------------------------------------------------------ 6. passive receptions with an anaphoric subject
@pytest.mark.parametrize("text,sent,host,admin1", [
    ("A delegation from the Republic of South Ossetia arrived in occupied Luhansk on Tuesday. The guests were "
     "received by Leonid Pasechnik.", "The guests were", "LPR", "UA-09"),
    ("A Nicaraguan government delegation arrived in Tskhinvali on Monday. The visitors were received by the "
     "region's de facto leader Alan Gagloev.", "The visitors were", "SOS", "GE-SO"),
    _x("passive reception with 'They' as subject codes no event (class: passive reception after an arrival)",
       "Members of the Syrian parliament arrived in occupied Donetsk on Friday. They were received by Denis Pushilin "
     "at his residence.", "They were", "DPR", "UA-14"),
])
def test_passive_reception_after_arrival_is_the_hosts(text, sent, host, admin1):
    evs = _sent_events(text, sent)
    hits = [e for e in evs if _c(e["actor1_code"]) == host and REC in e["themes"] and e["admin1_code"] == admin1]
    assert hits, _show(evs)


@pytest.mark.parametrize("text,sent", [
    _x("an entity's meeting with an IGO monitor team is themed by party_codes (a partially recognised actor); the codebook excludes monitors' visits (class: IGO monitors as counterparts; left: a convention question)",
       "Transnistrian leader Vadim Krasnoselsky hosted a reception for a visiting OSCE team in Tiraspol on Monday.",
     "Transnistrian"),
    ("Ukrainian refugees arrived in Warsaw on Monday. They were received by volunteers at the railway station.",
     "They were"),
])
def test_reception_near_misses_are_not_themed(text, sent):
    evs = _sent_events(text, sent)
    assert not [e for e in evs if REC in e["themes"]], _show(evs)
