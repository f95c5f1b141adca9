"""Recognition acts in other wordings, session 16 second round (classes of the mission_phrasings dev22 and when_where
dev19 recognition rows, tested on new sentences with near-misses): a visit or talks called off after the noun's
complement and an aside (coder._cancelled_after, the complement before the parenthetical); sounding a state out or sending out feelers about an act asks for it (cues.yaml appeal, topic_appeals,
topic_words); papers named by the entity that issued them accepted, honoured or waved through
(triggers.yaml recognition.accept_entity_documents); relations with an entity frozen or put on ice
(recognition.relations_frozen, recognition.relations_on_ice); legislators by their other titles hosted
(consult.host objects, gap_exclusions)."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-06-01"):
    return [(e["cameo_code"], e["themes"], e["recognition_stance"], e["rule"])
            for e in code_article({"article_id": "t", "published": date, "text": text})]


def _themed(text):
    return [(c, st, r) for c, th, st, r in _events(text) if "diplomatic_recognition" in th]


# --- a called-off visit or talks with an aside after the complement ---------------------------------------------
@pytest.mark.parametrize("text", [
    "A visit to Sukhumi by a delegation of Venezuelan lawmakers, announced in March, has been called off, Abkhaz "
    "media said.",
    "A trip to Tiraspol by South Ossetian officials, planned for next week, was cancelled without explanation.",
    "Talks between Abkhazia and the LPR in Moscow, scheduled for Tuesday, have been postponed.",
    "The visit of Nicaragua's foreign minister to Tskhinvali, expected at the end of May, has been postponed.",
])
def test_called_off_visit_after_an_aside_is_no_event(text):
    assert not [e for e in _events(text) if e[0][:2] == "04"]


@pytest.mark.parametrize("text", [
    "A visit to Tskhinvali by Nicaraguan lawmakers, announced last week, took place on Monday.",
    "A visit to Tskhinvali by Nicaraguan lawmakers, the first this year, began on Monday.",
    "After a visit to Sukhumi by Nicaraguan lawmakers, a concert, planned for May, was cancelled.",
])
def test_visit_with_an_aside_that_took_place_stays(text):
    assert any(c[:2] == "04" and st == "grant" for c, st, _ in _themed(text))


# --- sounding out / sending out feelers about an act: seek -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Sukhumi has sounded out Managua about opening a consulate in Abkhazia, a ministry source said.",
    "The LPR sent out feelers to several African capitals about hosting its honorary consulates.",
    "Tiraspol is sounding out Minsk on honouring Pridnestrovian passports at Belarusian airports.",
    "South Ossetia has put out feelers to Caracas about opening a representation in Tskhinvali.",
])
def test_sounding_out_about_an_act_is_seek(text):
    got = _themed(text)
    assert got and all(st == "seek" for _, st, _ in got), got


@pytest.mark.parametrize("text, code", [
    # no topic word: "sounded out" is no appeal (the strike stays an attack)
    ("Air raid sirens sounded out over Kyiv as Russian missiles struck the city.", "19"),
])
def test_sounding_without_topic_is_no_appeal(text, code):
    got = _events(text)
    assert any(c.startswith(code) for c, _, _, _ in got) and not any(st == "seek" for _, _, st, _ in got), got


def test_asking_about_is_still_a_question():
    assert not _themed("Reporters asked Lavrov about the opening of a consulate in Sukhumi.")


# --- papers named by their issuing entity accepted, honoured, waved through -------------------------------------
@pytest.mark.parametrize("text, stance", [
    ("Belarusian banks will honour DPR birth certificates from next month.", "grant"),
    ("Airport staff in Damascus now wave through passengers holding LPR passports.", "grant"),
    ("Nicaraguan consulates have begun accepting Abkhaz passports as valid travel documents.", "grant"),
    ("Georgian border guards refused to accept their South Ossetian passports.", "deny"),
    ("Moldova does not accept Transnistrian licence plates on cars leaving the region.", "deny"),
])
def test_entity_documents_accepted_or_refused(text, stance):
    got = [(c, st) for c, st, r in _themed(text) if r == "recognition.accept_entity_documents"]
    assert got and all(st == stance for _, st in got), _events(text)


@pytest.mark.parametrize("text", [
    "Romanian border guards accepted Moldovan passports without delay.",
    "The guards waved through a convoy of trucks at the crossing.",
    "The bank will honour cheques drawn on Georgian accounts.",
])
def test_other_documents_are_no_recognition(text):
    assert not [r for _, _, r in _themed(text) if r == "recognition.accept_entity_documents"]


# --- relations with an entity frozen or put on ice -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vanuatu has frozen its diplomatic relations with Abkhazia pending a review.",
    "Tuvalu suspended ties with Tskhinvali on Monday, its foreign ministry said.",
    "Port Vila has put its relations with Sukhumi on ice, the new government announced.",
    "Nauru placed its diplomatic ties with Abkhazia on hold after the election.",
])
def test_relations_with_entity_frozen_is_deny(text):
    got = [(c, st) for c, st, r in _themed(text) if r.startswith("recognition.relations_")]
    assert got and all(c == "161" and st == "deny" for c, st in got), _events(text)


@pytest.mark.parametrize("text", [
    "Georgia put its relations with Rome on hold after the row.",
    "The bank put the loan to Sukhumi on hold.",
    "Ukraine severed relations with Russia after the invasion began.",
    "Sukhumi put its relations with the opposition on the agenda.",
])
def test_relations_near_misses(text):
    assert not [r for _, _, r in _themed(text) if r.startswith("recognition.relations_")]


# --- legislators by their other titles hosted ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pasechnik said on Friday after hosting three Nicaraguan congressmen in Luhansk that ties would grow.",
    "Denis Pushilin welcomed a group of Serbian MPs in Donetsk on Tuesday.",
    "Aslan Bzhania received four Venezuelan legislators in Sukhumi.",
])
def test_hosting_foreign_legislators(text):
    assert any(c == "043" and st == "grant" for c, st, _ in _themed(text)), _events(text)


@pytest.mark.parametrize("text", [
    "Pushilin received complaints from deputies about the water supply in Donetsk.",
    "The governor of occupied Kherson region received a letter from deputies of the regional council.",
])
def test_things_received_from_legislators_are_no_hosting(text):
    assert not [e for e in _events(text) if e[0] == "043"]
