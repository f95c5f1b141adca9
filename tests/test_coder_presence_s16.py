"""Session 16 (recognition side): presence told without a visit verb, and reactions whose cause is a visit
named as a noun phrase. Sentences written for these rules (not gold or phrasing-set text), with near-misses
that must not change.

Rules: triggers.yaml consult.attend_event / consult.head_delegation_at / consult.guests_at_event (occupied_end:
venue, coder._occupied_end, grammar.yaml venue_place_*), sanction.entry_refused, and
triggers._reaction_cause_noun (grammar.yaml reaction_cause_*).
"""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(evs, stance):
    return [e for e in evs if "diplomatic_recognition" in e["themes"] and e["recognition_stance"] == stance]


@pytest.mark.parametrize("text", [
    "A delegation of Burkina Faso's transitional parliament attended the Victory Day parade in occupied Sevastopol.",
    "Nicaraguan lawmakers took part in the celebrations of Abkhazia's independence day in Sukhumi on Friday.",
    "Syrian deputies participated in an economic forum in Russian-occupied Donetsk last week.",
    "Venezuelan diplomats attended the inauguration of the de facto president in Tskhinvali.",
    "Nicaragua's deputy foreign minister led his country's delegation at the celebrations in Sukhumi.",
    "Lawmakers from Myanmar and Laos were among the foreign guests of the economic forum held in occupied Crimea.",
    "Diplomats from Nicaragua and Venezuela were among the guests at the inauguration of Abkhazia's de facto "
    "president in Sukhumi.",
])
def test_presence_at_an_event_in_an_occupied_place_is_a_visit(text):
    assert any(e["cameo_root"] == "04" for e in _themed(_code(text), "grant")), \
        [(e["rule"], e["cameo_code"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    "Ukrainian officials attended a conference in Kyiv on the future of occupied Crimea.",  # venue not occupied
    "Syrian ministers attended a forum in Moscow on the reconstruction of occupied Mariupol.",
    "Several Ukrainian ministers attended the Yalta European Strategy conference in Kyiv, which discussed "
    "occupied Crimea.",  # an occupied place's name in the event's, the venue elsewhere
    "German lawmakers attended a security conference in Munich.",  # no occupation context
    "Residents of occupied Donetsk attended a concert in the city's central square.",  # no official party
    "A Serbian delegation did not attend the forum in occupied Yalta.",  # negated
    "Belarusian ministers took part in the fighting near occupied Bakhmut.",  # no event noun
    "Lawmakers from Myanmar were among the guests of the Eastern Economic Forum in Vladivostok.",
    "Russia's deputy foreign minister led the delegation at the Geneva talks on Abkhazia.",
])
def test_presence_near_misses(text):
    evs = _code(text)
    assert not any(e["rule"] in ("consult.attend_event", "consult.head_delegation_at", "consult.guests_at_event")
                   for e in evs), [(e["rule"], e["cameo_code"]) for e in evs]
    assert not [e for e in evs if e["themes"]]


def test_the_occupiers_own_presence_is_unthemed():
    evs = _code("Russian officials attended a parade in occupied Sevastopol.")
    assert evs and not any(e["themes"] for e in evs)


@pytest.mark.parametrize("text", [
    "Tbilisi banned entry to three Venezuelan lawmakers who had attended the inauguration of the de facto "
    "president in Sukhumi.",
    "Kyiv denied entry to two Serbian politicians who had travelled to occupied Melitopol.",
    "Ukraine summoned the Serbian ambassador over a visit by Serbian lawmakers to occupied Donetsk.",
    "Ukraine summoned the Serbian ambassador in protest over Serbian lawmakers' visit to occupied Donetsk.",
    "Georgia recalled its ambassador from Managua in protest at the Nicaraguan deputies' trip to Sukhumi.",
])
def test_reaction_to_a_presence_or_visit_is_a_denial(text):
    evs = _code(text)
    assert any(e["cameo_root"] in ("11", "16") for e in _themed(evs, "deny")), \
        [(e["rule"], e["cameo_code"], e["themes"]) for e in evs]


@pytest.mark.parametrize("text", [
    "Police denied entry to fans at the stadium.",  # no officials
    "Latvia banned entry to 20 Russian pop singers.",
    "Security guards denied entry to opposition deputies at the parliament building.",
])
def test_entry_refused_near_misses(text):
    assert not any(e["rule"] == "sanction.entry_refused" for e in _code(text))


def test_entry_refused_to_officials_is_a_sanction():
    evs = _code("Russia refused entry to a Ukrainian delegation at the border.")
    assert any(e["rule"] == "sanction.entry_refused" and e["cameo_code"] == "163" for e in evs)


@pytest.mark.parametrize("text", [
    "Ukraine summoned the Hungarian ambassador over the visit.",  # no complement: an anaphor, no new visit
    "Georgia summoned the Russian ambassador over the trip, the ministry said.",
    "Lavrov met Pushilin after a visit to Mariupol.",  # no reaction
])
def test_no_visit_noun_without_its_complement_or_reaction(text):
    assert not any(e["cameo_code"] == "042" for e in _code(text))


@pytest.mark.parametrize("text", [
    "Georgia summoned the Italian ambassador over a visit by Italian lawmakers to Tbilisi.",
    "Beijing lodged a formal protest with Tokyo over the defence minister's visit to the war shrine.",
    "Georgia expelled a Russian diplomat because of his visit to Sukhumi last month.",  # the occupier's own
])
def test_a_reaction_over_an_unthemed_visit_keeps_it_background(text):
    evs = _code(text)
    assert evs and not any(e["themes"] for e in evs)
    assert not any(e["cameo_code"] == "042" for e in evs)  # the visit noun stays the protest's background
