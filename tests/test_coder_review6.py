"""Review 6 mends (sixth session): past verbs before "by" + a means word date the act (lexicon.yaml by_means_words:
"arrived by plane in March"); a bare "and a/the ..." after a commitment joins a second object, not a new clause
("agreed to open an embassy in Sukhumi and a consulate in Gagra in March"); a passive's joined agents stop at a
conjunct that opens its own clause (coder._verb_follows: "signed by Pushilin and Syria immediately welcomed it");
a scare-quoted mission opened by a state or entity "by"-agent is owned."""
import datetime as dt

import pytest

from pipeline.coding import code_article


def _events(text, pub):
    return code_article({"article_id": "t", "text": text, "published": dt.date.fromisoformat(pub)})


@pytest.mark.parametrize("text,pub,trigger,month", [
    ("Ortega arrived by plane in Sukhumi in March and met Bzhania.", "2023-06-10", "met", "2023-03"),
    ("Russia, which promised to send more troops, increased by half its forces near Bakhmut in November.",
     "2023-06-10", "promised", "2022-11"),
    # near-miss: a participle before "by" + a name is no past marker ("led by ..."): the plan keeps its month ahead
    ("In December, Nicaragua agreed to open an embassy in Sukhumi and a consulate in Gagra in March.", "2024-01-10",
     "open an embassy", "2024-03"),
])
def test_dates_of_review6(text, pub, trigger, month):
    got = [str(e["event_date"])[:7] for e in _events(text, pub) if trigger in e["trigger_text"]]
    assert got and set(got) == {month}, got


def test_a_passive_agent_list_stops_at_a_new_clause():
    evs = [e for e in _events("The memorandum was signed by Pushilin and Syria immediately welcomed it.", "2023-06-10")
           if e["rule"] == "support.sign"]
    assert [(e["actor1_code"], e["actor2_code"]) for e in evs] == [("DPRGOV", "SYR")]
    both = [e for e in _events("The memorandum was signed by Pushilin and Syrian Prime Minister Hussein Arnous.",
                               "2023-06-10") if e["rule"] == "support.sign"]
    assert sorted((e["actor1_code"], e["actor2_code"]) for e in both) == [("DPRGOV", "SYRGOV"), ("SYRGOV", "DPRGOV")]


@pytest.mark.parametrize("text,coded", [
    ('An "embassy" was opened in Damascus by the Donetsk People\'s Republic on Monday.', True),
    ("An 'embassy' was opened in a Warsaw bar by Dynamo Kyiv fans.", False),
])
def test_a_scare_quoted_mission_opened_by_an_entity_agent(text, coded):
    evs = [e for e in _events(text, "2023-06-10") if e["rule"] == "recognition.open_mission"]
    assert bool(evs) == coded, evs


@pytest.mark.parametrize("text,pub,trigger,month", [
    # the commas of a list of names part no clauses (dates._NAME_LIST_RE): the date after the list is the act's
    ("Crimea's occupation authorities have issued some 2,300 work patents to citizens of Uzbekistan, Tajikistan and "
     "Kyrgyzstan since January, most of them for construction sites on the Tavrida highway, the Mission of the "
     "President of Ukraine in Crimea said on Thursday.", "2024-12-05", "work patents", "2024-01"),
    ("Both the army and the rebels are guilty of violating the ceasefire agreement signed in March 2001, according to "
     "a group that conducted simultaneous fact-finding missions in Lanao, Maguindanao, and Cotabato provinces last "
     "week.", "2000-01-01", "fact-finding missions", "1999-12"),
])
def test_list_commas_part_no_clauses(text, pub, trigger, month):
    got = [str(e["event_date"])[:7] for e in _events(text, pub) if trigger in e["trigger_text"]]
    assert got and set(got) == {month}, got
