"""Rules of the dev12 round (docs/coder.md "Observers, twinning nouns, refused entry, reduced-relative labour"):
foreign observers at votes the occupation holds (recognition.observe_vote, recognition.send_observers), twinning
approved as a noun (recognition.twin_agreement), refusing entry to holders of documents issued in occupied areas
(recognition.refuse_document_holders), a themed reduced relative before its passive verb as one act
(triggers._reduced_relative_before), and "transferred" as a form of "transfer"."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text, theme):
    return [e for e in _code(text) if theme in e["themes"]]


@pytest.mark.parametrize("text, rule, stance", [
    ("Observers from Cuba and Laos monitored the so-called referendum in occupied Zaporizhzhia region.",
     "recognition.observe_vote", "grant"),
    ("International observers watched the voting in occupied Luhansk, the separatist election body said.",
     "recognition.observe_vote", "grant"),
    ("Observers from eight African countries oversaw the so-called elections in Russian-occupied Kherson.",
     "recognition.observe_vote", "grant"),
    ("Belarus sent observers to the so-called referendum in occupied Donetsk.", "recognition.send_observers", "grant"),
    ("The OSCE refused to send observers to the so-called referendum in occupied Luhansk.",
     "recognition.send_observers", "deny"),
])
def test_observers_at_occupation_votes(text, rule, stance):
    evs = [e for e in _themed(text, "diplomatic_recognition") if e["rule"] == rule]
    assert evs and evs[0]["recognition_stance"] == stance and evs[0]["cameo_root"] in ("04", "12", "16", "02")


@pytest.mark.parametrize("text", [
    "OSCE observers monitored the presidential election in Armenia.",
    "Observers from the Council of Europe watched the voting in Chisinau.",
    "No international observers were present at the referendum in occupied Kherson.",
    "Residents of occupied Donetsk watched the results of the vote on television.",
])
def test_observer_near_misses(text):
    assert not _themed(text, "diplomatic_recognition")


@pytest.mark.parametrize("text", [
    "The city council of Tiraspol approved a twinning agreement with occupied Sevastopol.",
    "Vitebsk's council ratified a sister-city partnership with occupied Mariupol.",
    "The Belarusian town of Lida approved a twinning partnership with Russian-occupied Enerhodar.",
])
def test_twinning_noun(text):
    assert any(e["rule"] == "recognition.twin_agreement" and e["recognition_stance"] == "grant"
               for e in _themed(text, "diplomatic_recognition"))


@pytest.mark.parametrize("text", [
    "The city council of Kraków approved a sister-city partnership with Lviv.",
    "Odesa's council ratified a twinning agreement with the Italian city of Genoa.",
])
def test_twinning_noun_unoccupied(text):
    assert not _themed(text, "diplomatic_recognition")


@pytest.mark.parametrize("text", [
    "Lithuania refuses entry to holders of Russian passports issued in occupied Ukrainian regions.",
    "Poland will deny visas to holders of Russian passports issued in occupied Crimea.",
    "Kyiv called on EU states to refuse entry to holders of Russian passports issued in the occupied territories.",
])
def test_refused_entry_for_occupation_documents(text):
    evs = _themed(text, "diplomatic_recognition")
    assert evs and all(e["recognition_stance"] == "deny" for e in evs)


@pytest.mark.parametrize("text", [
    "Finland will refuse entry to holders of Russian tourist visas from next month.",
    "The Baltic states refuse entry to holders of Russian passports with Schengen visas issued by other countries.",
])
def test_refused_entry_near_misses(text):
    assert not _themed(text, "diplomatic_recognition")


@pytest.mark.parametrize("text", [
    "Kazakh citizens hired in Moscow to work in occupied Mariupol were sent to build fortifications instead.",
    "Uzbek nationals recruited in Kazan to repair roads in occupied Donetsk were moved to dig trenches.",
])
def test_reduced_relative_labour_is_one_act(text):
    evs = _themed(text, "labor_migration")
    assert len(evs) == 1, [(e["rule"], e["trigger_text"]) for e in evs]


@pytest.mark.parametrize("text", [
    "Prisoners transferred from colonies in Russia to work in occupied Luhansk region are not paid.",
    "Russia transferred 300 prisoners to occupied Zaporizhzhia region to build fortifications.",
    "Citizens of Tajikistan hired in Dushanbe to work on construction sites in occupied Melitopol live in a dormitory.",
])
def test_reduced_relative_and_transferred_labour(text):
    assert _themed(text, "labor_migration")


@pytest.mark.parametrize("text", [
    "Troops sent to the front in Zaporizhzhia region lacked ammunition.",
    "Prisoners transferred from Lukyanivka jail to a colony in Kyiv region went on hunger strike.",
    "Teachers hired in Lviv this autumn to work in local schools received their first salaries.",
])
def test_reduced_relative_near_misses(text):
    assert not _themed(text, "labor_migration")
