"""Session 17 (fresh17 recognition classes): a visit told as "shown round", attendance told by a seat (and an event
named by an occupied place after "a"), premises that "will serve as" a mission, a performers' tour (no visit),
lobbying "to make the case for" an act (an appeal cue), and an invalidity predicate before a document object.
Own sentences, with near-misses that must not change."""
import pytest

from pipeline.coding.coder import code_article


def _events(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text):
    return [(e["rule"], e["cameo_code"], e["recognition_stance"]) for e in _events(text)
            if "diplomatic_recognition" in e["themes"]]


GRANT_VISITS = [
    ("The Syrian ambassador was shown around occupied Mariupol by Denis Pushilin.", "consult.shown_round"),
    ("A delegation of Nicaraguan lawmakers was shown round the new port in Sevastopol by the occupation governor.",
     "consult.shown_round"),
    ("Belarus's foreign minister toured occupied Melitopol on Tuesday.", "consult.tour"),
    ("Syria's ambassador sat in the front row at a ceremony in occupied Donetsk.", "consult.attend_event"),
    ("Nicaragua's ambassador sat among the guests at the parade in occupied Sevastopol.", "consult.attend_event"),
    ("The Venezuelan consul sat in the front row at a Luhansk parade marking the republic's anniversary.",
     "consult.attend_event"),
    ("Syria's ambassador attended a Yalta ceremony honouring Russian war veterans.", "consult.attend_event"),
]


@pytest.mark.parametrize("text,rule", GRANT_VISITS)
def test_visit_grant(text, rule):
    assert (rule, "042", "grant") in _themed(text)


PREMISES = [
    "The villa will serve as the Nicaraguan embassy in Sukhumi.",
    "The Luhansk republic's flag was hoisted outside a newly leased office in Caracas that will serve as the LPR's "
    "representation in Latin America.",
    "A renovated mansion in Donetsk is to serve as Syria's consulate general.",
]


@pytest.mark.parametrize("text", PREMISES)
def test_premises_serve_as_mission(text):
    assert ("recognition.mission_premises", "054", "grant") in _themed(text)


INVALID = [
    "A Tbilisi court declared invalid a property deed issued by Sukhumi's de facto land registry.",
    "Kyiv's Supreme Court declared null and void the passports handed out by the occupation authorities in Kherson.",
    "Moldova's Constitutional Court declared invalid the registration certificates issued by Tiraspol's "
    "self-proclaimed authorities.",
]


@pytest.mark.parametrize("text", INVALID)
def test_fronted_invalid_document_is_denial(text):
    assert ("recognition.declare_invalid_fronted", "120", "deny") in _themed(text)


SEEK = [
    "Pushilin's envoy spent a week in Pretoria seeking meetings with officials to make the case for recognising the DPR.",
    "Abkhazia's foreign minister travelled to Caracas to make the case for recognition of the republic by Latin "
    "American states.",
    "Sukhumi has campaigned for recognising Abkhazia's independence in Africa for a decade.",
    "Sukhumi dispatched a delegation to Managua to lobby for the opening of a Nicaraguan consulate in Abkhazia.",
]


@pytest.mark.parametrize("text", SEEK)
def test_make_the_case_is_appeal(text):
    stances = {s for r, c, s in _themed(text) if r.startswith("recognition.")}
    assert "seek" in stances and "grant" not in stances


NEAR_MISSES = [
    # performers' and teams' tours are no political visits
    "The Sevastopol Philharmonic's orchestra was given a standing ovation in Minsk on the final night of its tour of "
    "Belarus.",
    "The Donetsk ballet troupe began its tour of Belarus in Minsk.",
    "Shakhtar Donetsk's squad toured occupied Crimea before the season.",
    # a seat at a non-event, a seat in an unoccupied place, a seat by non-officials
    "Syria's ambassador sat in the front row at a ceremony in Kyiv.",
    "Residents sat in the front row at a ceremony in occupied Donetsk.",
    "Syria's ambassador sat in the front row at the trial in occupied Donetsk.",
    "Syria's ambassador attended a Moscow ceremony.",
    # premises that served, past tense
    "The building served as the Ukrainian consulate in Simferopol until 2014.",
    # invalidity with no occupation, or no document object
    "A Kyiv court declared invalid a property deed issued by a notary in Lviv.",
    "The court declared invalid a contract between two firms in Odesa.",
    "Russia's Supreme Court declared invalid a Ukrainian court ruling on property in occupied Crimea.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_not_themed(text):
    assert _themed(text) == []


def test_lobbying_cue_keeps_done_recognition():
    # the act done after another's lobbying stays a grant
    assert ("recognition.recognize", "054", "grant") in _themed("Syria recognised the DPR after Moscow lobbied for it.")
