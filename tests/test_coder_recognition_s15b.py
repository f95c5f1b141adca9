"""Session 15, second round: recognition rules for the dev19/dev16 misses, each with several new phrasings and
near-misses that must not change: foreign lawmakers as a vote's observers (triggers.yaml recognition.observe_vote
clause_terms), the observers' presence judged as a noun (recognition.observers_presence), documents "honoured"
(recognition.recognize_issued), consular points and visa centres as missions (the mission_objects list), a subject
relative "that opened" (triggers._intransitive_of), a ballot declared "without legal effect"
(recognition.judged_invalid), a future copula "would not be valid" (recognition.declare_invalid), the agency credited
in a date-only dateline as no party (coder._without_wire_credits), and parliaments named
by their own names (schemas/actors/organizations.tsv)."""
import pytest

from pipeline.coding import code_article


def _events(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text, stance):
    return [e for e in _events(text) if "diplomatic_recognition" in e["themes"] and e["recognition_stance"] == stance]


def _show(text):
    return [(e["rule"], e["cameo_code"], e["actor1_code"], e["actor2_code"], e["themes"]) for e in _events(text)]


LAWMAKERS_WATCH = [
    ("Lawmakers from Nicaragua observed the so-called referendum in occupied Kherson on Friday.", "NIC"),
    ("A delegation of Syrian MPs watched voting at polling stations in occupied Donetsk.", "SYR"),
    ("Members of parliament from Mali watched the voting in Russian-occupied Berdiansk on Sunday.", "MLI"),
    ("Deputies of the Belarusian House of Representatives monitored the sham elections in occupied Luhansk.", "BLR"),
]


@pytest.mark.parametrize("text,who", LAWMAKERS_WATCH)
def test_foreign_lawmakers_watching_a_vote(text, who):
    got = [e for e in _themed(text, "grant") if e["rule"] == "recognition.observe_vote"]
    assert any((e["actor1_code"] or "").startswith(who) for e in got), _show(text)


@pytest.mark.parametrize("text", [
    "Soldiers watched the voting in occupied Donetsk, lawmakers said.",  # the lawmakers are in another clause
    "Lawmakers in Tbilisi watched the vote in occupied Abkhazia with alarm.",  # following from afar
    "German lawmakers monitored the elections in Georgia.",  # no occupation context
    "Russian deputies monitored the vote in occupied Zaporizhzhia.",  # the occupier's own
])
def test_lawmakers_watching_near_misses(text):
    assert not [e for e in _events(text) if e["themes"]], _show(text)


def test_belarusian_house_is_not_the_us_house():
    text = "Deputies of the Belarusian House of Representatives monitored the vote in occupied Zaporizhzhia region."
    assert [e["actor1_code"] for e in _events(text)] == ["BLRLEG"], _show(text)


@pytest.mark.parametrize("text", [
    "Ukraine's Foreign Ministry condemned the presence of foreign observers in occupied Melitopol.",
    "Kyiv condemned the participation of international observers in the sham referendum in occupied Kherson.",
    "Georgia denounced the presence of foreign observers at the so-called elections in occupied Abkhazia.",
])
def test_judged_presence_of_observers(text):
    got = [e for e in _themed(text, "deny") if e["rule"] == "recognition.observers_presence"]
    assert got and all(e["cameo_code"] == "111" for e in got), _show(text)


@pytest.mark.parametrize("text", [
    "The presence of foreign observers in occupied Melitopol was reported by local media.",  # no judgement
    "Ukraine condemned the presence of Russian troops in occupied Melitopol.",  # troops are no observers
    "The OSCE welcomed the presence of international observers at the elections in Batumi.",  # no occupation
])
def test_presence_near_misses(text):
    assert not [e for e in _events(text) if e["rule"] == "recognition.observers_presence"], _show(text)


@pytest.mark.parametrize("text", [
    "Banks in Minsk will honour diplomas issued in the Donetsk 'republic'.",
    "Notaries in Belarus have begun honouring birth certificates issued by the Luhansk 'republic'.",
    "Abkhazia said it would honor driving licences issued in occupied Crimea.",
])
def test_honouring_documents_issued_by_the_occupation(text):
    assert [e for e in _themed(text, "grant") if e["rule"] == "recognition.recognize_issued"], _show(text)


@pytest.mark.parametrize("text", [
    "The bank refused to honour cheques issued by the company.",  # no occupation context
    "Poland will honour driving licences issued in Ukraine until next year.",
])
def test_honouring_near_misses(text):
    assert not [e for e in _events(text) if e["themes"]], _show(text)


@pytest.mark.parametrize("text,stance", [
    ("A Belarusian consular point opened in Simferopol on Monday.", "grant"),
    ("Residents queued outside the Syrian consulate that opened in occupied Donetsk last week.", "grant"),
    ("Residents can renew passports at a Belarusian consular point that opened in Simferopol on Monday.", "grant"),
    ("Russia opened a visa centre in Sukhumi.", "grant"),
    ("Transnistria's foreign ministry has asked Minsk to open a visa centre in Tiraspol.", "seek"),
])
def test_consular_points_and_visa_centres(text, stance):
    # (recognition.open_outpost since the review mend: these nouns need an occupation context)
    assert [e for e in _themed(text, stance) if e["rule"] in ("recognition.open_outpost", "recognition.open_mission")], \
        _show(text)


@pytest.mark.parametrize("text", [
    "Italy opened a visa centre in Lviv.",  # unoccupied
    "VFS Global opened a visa centre in Almaty on Monday.",  # a firm's service, no context (review mend)
    "The Nicaraguan embassy that opened an exhibition in Donetsk drew crowds.",  # the verb has its own object
    "Ukrainians renew documents at the Polish consulate that opened in Lviv in 2015.",
])
def test_mission_near_misses(text):
    assert not [e for e in _events(text) if e["themes"]], _show(text)


@pytest.mark.parametrize("text", [
    "On Tuesday, Estonia's Riigikogu declared the ballot staged by Russia in the occupied regions to be without any legal effect.",
    "Latvia's parliament declared the so-called referendum in occupied Kherson to be without legal effect.",
    "The Saeima declared the sham elections in occupied Crimea to be of no legal force.",
])
def test_declared_without_legal_effect(text):
    assert [e for e in _themed(text, "deny") if e["rule"] == "recognition.judged_invalid"], _show(text)


def test_riigikogu_is_estonia():
    text = "On Tuesday, Estonia's Riigikogu declared the ballot in occupied Kherson to be without any legal effect."
    assert [e["actor1_code"] for e in _themed(text, "deny")] == ["ESTLEG"], _show(text)


@pytest.mark.parametrize("text", [
    "Georgia's foreign ministry warned that visas issued by the 'embassy' of Abkhazia would not be valid for entry.",
    "Kyiv said diplomas issued in occupied Crimea would not be valid in Ukraine.",
])
def test_would_not_be_valid(text):
    assert _themed(text, "deny"), _show(text)


@pytest.mark.parametrize("text", [
    "The court declared the contract to be without any legal effect.",
    "Train tickets bought before Monday will not be valid, the railway said.",
])
def test_invalid_near_misses(text):
    assert not [e for e in _events(text) if e["themes"]], _show(text)


@pytest.mark.parametrize("text", [
    "May 14, 2024 (Kyiv Independent) — A delegation of Nicaragua's ruling party arrived in occupied Donetsk on May 13.",
    "Aug. 3 (TASS) — A delegation of Nicaragua's ruling party arrived in occupied Donetsk on Monday.",
    "Sept. 2 (Ukrinform) — A delegation of Nicaragua's ruling party arrived in occupied Donetsk.",
])
def test_dateline_is_no_party(text):
    got = [e for e in _events(text) if e["rule"] == "consult.visit"]
    assert got and all(e["actor2_code"] is None for e in got), _show(text)
    assert all("diplomatic_recognition" in e["themes"] for e in got), _show(text)


def test_agency_named_later_is_still_a_party():
    text = "A delegation of Nicaragua's ruling party arrived in occupied Donetsk and met the editors of the Kyiv Independent."
    assert [e for e in _events(text) if e["rule"] == "consult.meet" and e["actor2_code"] == "UKRMED"], _show(text)
