"""Recognition phrasings of news styles the coder had seen little of (Russian wire copy, Ukrainian, Georgian and
Moldovan ministry statements, think-tank prose): the rules of coder.md "Recognition in ministry and wire style",
one test group each, with near-misses that must not change."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text):
    return [e for e in _code(text) if "diplomatic_recognition" in e["themes"]]


def _stances(text):
    return {e["recognition_stance"] for e in _themed(text)}


@pytest.mark.parametrize("text", [
    "Russian Foreign Minister Sergei Lavrov said Moscow would continue to urge other states to recognise the "
    "independence of Abkhazia and South Ossetia.",
    "Sukhumi will urge Minsk to recognise Abkhazia, the de facto foreign minister said.",
    "Moscow is encouraging its allies to recognise South Ossetia.",
])
def test_bare_appeal_verbs_seek(text):
    assert _stances(text) == {"seek"}


def test_own_intent_is_no_appeal():
    assert _stances("Belarus will recognise Abkhazia, Lukashenko said.") == {"grant"}


@pytest.mark.parametrize("text, stance", [
    ("Tiraspol again appealed to Moscow to recognise the Pridnestrovian Moldavian Republic.", "seek"),
    ("No UN member state has recognised the PMR.", "deny"),
    ("Chisinau does not recognise the so-called presidential elections in the Transnistrian region, "
     "Moldova's Bureau for Reintegration said.", "deny"),
    ("Kyiv will not recognise the so-called parliamentary elections in occupied Crimea.", "deny"),
])
def test_entity_names_and_so_called_votes_are_recognized_objects(text, stance):
    assert stance in _stances(text)


def test_a_vote_named_by_its_kind_alone_is_not_the_mission_s():
    assert not _themed("The EU does not recognise the presidential elections in Belarus.")


@pytest.mark.parametrize("text", [
    "The MFA of Ukraine regards the signing of the so-called 'agreement' between the occupation administration of "
    "Zaporizhzhia and Belarus as a gross violation of international law.",
    "Tbilisi considers the memorandum signed between the de facto authorities in Sukhumi and the occupation "
    "administration of Kherson region null and void.",
    "Kyiv regards the talks between the Syrian delegation and the Russian-installed officials in occupied "
    "Donetsk as a provocation.",
])
def test_long_judged_agreements_and_contacts_are_denials(text):
    evs = _themed(text)
    assert evs and {e["recognition_stance"] for e in evs} == {"deny"}, [(e["rule"], e["recognition_stance"]) for e in evs]


def test_judged_contract_outside_the_mission_is_no_denial():
    assert not _themed("Fans regard the signing of the new contract with the striker as a mockery of the club's values.")


@pytest.mark.parametrize("text", [
    "Ukraine's MFA stressed that the opening of a North Korean consulate in occupied Donetsk is null and void.",
    "The so-called consulate of South Ossetia in Luhansk is illegitimate, Ukraine's foreign ministry said.",
    "The opening of the consulate in Donetsk was illegal, Kyiv said.",
])
def test_invalid_mission_predicate_is_a_denial_by_the_speaker(text):
    evs = _themed(text)
    assert evs and {e["recognition_stance"] for e in evs} == {"deny"}, [(e["rule"], e["recognition_stance"]) for e in evs]
    assert all(e["actor1_country"] == "UKR" for e in evs), [e["actor1_code"] for e in evs]


@pytest.mark.parametrize("text", [
    "The US embassy in Jerusalem is illegal, the Arab League said.",
    "The agreement is null and void, the court said.",
])
def test_invalid_mission_predicate_needs_the_occupation_context(text):
    assert not _themed(text)


def test_hosting_a_reception_for_an_entity_is_recognition():
    evs = _themed("The Syrian Arab Republic's embassy in Moscow hosted a reception for representatives of the "
                  "Donetsk People's Republic.")
    assert evs and evs[0]["cameo_code"] == "043" and evs[0]["recognition_stance"] == "grant"


def test_hosting_a_reception_elsewhere_is_coded_but_not_themed():
    evs = _code("The French embassy hosted a reception for the diplomatic corps in Kyiv.")
    assert [e["cameo_code"] for e in evs] == ["043"] and not any(e["themes"] for e in evs)
