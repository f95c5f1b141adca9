"""Review s13 findings 1, 2, 8, 9, 11 on the dev12 observer/twinning/refused-entry rules (docs/coder.md "Observers,
twinning nouns, refused entry": clause_terms, object_complements, clause_context): observers sent to a vote, not
to any site; the observer word and the occupation context in the act's own clause; "refuse to admit" is no
border entry; twinning agreements pair their signers; "overseeing" is a form of "oversee"."""
import datetime as dt

import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-05-16", "text": text})


def _recognition(text):
    return [e for e in _code(text) if "diplomatic_recognition" in e["themes"]]


@pytest.mark.parametrize("text", [
    # finding 1: observers sent to a site, not a vote
    "The IAEA sent observers to the Zaporizhzhia nuclear power plant in Enerhodar.",
    "The Red Cross sent monitors to the prisoner camp at Olenivka in occupied Donetsk region.",
    "The OSCE sent observers to the Russian-occupied Crimean peninsula in 2014 but they were turned back.",
    "Ukraine asked the UN to send observers to the occupied territories to document abuses.",
    "The UN dispatched monitors to the occupied city of Melitopol to check on detained journalists.",
    # the vote observed is no occupation vote: the occupation is in another clause
    "Kyiv's Opora network, which has sent observers to every Ukrainian election since 2004, "
    "said the sham vote in occupied Crimea was illegal.",
    # finding 2: no observer in the act's clause, the verb is no observer word, or watching from afar
    "Armed soldiers watched the voting in occupied Zaporizhzhia as residents cast ballots, observers said.",
    "Masked gunmen watched the referendum in occupied Kherson from the doorway, monitors said.",
    "Western observers watched the sham elections in occupied Ukraine with alarm, saying they were a farce.",
    "Ukraine's Committee of Voters, which monitors elections, said the sham vote in occupied Crimea had no legal force.",
    "International observers will monitor Moldova's presidential election, but polling stations will not open "
    "in Transnistria.",
    "Georgia's election commission invited OSCE observers to monitor the vote, which will not be held in occupied "
    "Abkhazia and South Ossetia.",
])
def test_observer_near_misses(text):
    assert not [e for e in _recognition(text) if e["rule"].startswith(("recognition.send_observers",
                                                                        "recognition.observe_vote"))]


@pytest.mark.parametrize("text, rule", [
    ("Belarus sent observers to the so-called referendum in occupied Donetsk.", "recognition.send_observers"),
    ("Syria dispatched monitors to the sham elections in Russian-occupied Zaporizhzhia region.",
     "recognition.send_observers"),
    ("Observers from Burkina Faso, Myanmar and Venezuela monitored the so-called elections in occupied Luhansk.",
     "recognition.observe_vote"),
    # finding 11: the -ing form of "oversee"
    ("Observers from Belarus were overseeing the referendum in occupied Donetsk.", "recognition.observe_vote"),
    ("Observers from Nicaragua oversee the so-called elections in occupied Kherson this week.",
     "recognition.observe_vote"),
])
def test_observer_positives(text, rule):
    assert any(e["rule"] == rule and e["recognition_stance"] == "grant" for e in _recognition(text))


@pytest.mark.parametrize("text", [
    # finding 8: hospital admission is no border entry
    "The occupation authorities in Melitopol refuse to admit patients with documents issued by Ukraine.",
    "Hospitals in occupied Donetsk refuse to admit patients without Russian passports issued by the occupation "
    "authorities.",
    "Schools in occupied Berdiansk refuse to admit pupils with birth certificates issued in Ukraine.",
])
def test_refuse_to_admit_is_no_refused_entry(text):
    assert not [e for e in _code(text) if e["rule"] == "recognition.refuse_document_holders"]


def test_twin_agreement_pairs_its_signers():
    # finding 9: two signers are a pair, both ways (symmetric, as support.sign)
    evs = [e for e in _recognition("The mayors of Tiraspol and Sukhumi signed a twinning agreement with occupied "
                                   "Melitopol.") if e["rule"] == "recognition.twin_agreement"]
    pairs = {(e["actor1_code"], e["actor2_code"]) for e in evs}
    assert ("PMRGOV", "ABKGOV") in pairs and ("ABKGOV", "PMRGOV") in pairs


@pytest.mark.parametrize("text", [
    "Kyiv and Vilnius signed a sister city agreement, pledging to support the de-occupation of Crimea.",
    "Mariupol's exiled city council signed a twinning agreement with Gdansk to support residents displaced from the "
    "occupied city.",
    "The exiled council of occupied Melitopol ratified a twinning partnership with Kraków.",
])
def test_twin_agreement_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "recognition.twin_agreement"]


@pytest.mark.parametrize("text,themed", [
    # the occupier's (or the occupied state's) own observers at a vote there are no third state's recognition,
    # as a Russian senator's visit is none; a third state's observers are
    ("Russian observers from the Civic Chamber monitored the voting in occupied Zaporizhzhia region.", False),
    ("Russia sent observers to the so-called referendum in occupied Kherson region.", False),
    ("Observers from Belarus monitored the voting in occupied Zaporizhzhia region.", True),
])
def test_the_occupiers_own_observers_are_no_recognition(text, themed):
    evs = [e for e in code_article({"article_id": "t", "text": text, "published": dt.date(2024, 5, 16)})
           if e["rule"].startswith("recognition.")]
    assert evs and all(("diplomatic_recognition" in e["themes"]) == themed for e in evs), evs
