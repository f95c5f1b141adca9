"""Rules of the second mission-recall round (split "dev2" of tests/data/mission_phrasings.jsonl), one class per
test: positives in new wording and near-misses that must stay as they were."""
import pytest

from pipeline.coding import code_article

REC = "diplomatic_recognition"
LAB = "labor_migration"


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text, theme):
    return [e for e in _code(text) if theme in e["themes"]]


# ------------------------------------------------------------------ judging verb + denouncing predicate
@pytest.mark.parametrize("text, code", [
    ("Ukraine described the visit of Syrian lawmakers to occupied Crimea as a provocation.", "111"),
    ("Tbilisi regards the opening of a Nicaraguan embassy in Sukhumi as a violation of international law.", "111"),
    ("Kyiv deems the so-called referendum in occupied Kherson null and void.", "120"),
    ("The foreign ministry said it views Russian passports issued in the occupied territories as legally void.", "120"),
])
def test_judged_act_is_a_denial(text, code):
    evs = _themed(text, REC)
    assert evs and {e["recognition_stance"] for e in evs} == {"deny"}, [(e["rule"], e["recognition_stance"]) for e in evs]
    assert {e["cameo_code"] for e in evs} == {code}


@pytest.mark.parametrize("text", [
    "Critics called the appointment of the new chief executive a mockery.",  # no occupation context
    "Russia considers the sanctions illegal.",  # no judged mission act
    "The court considered the results of the audit invalid.",
])
def test_judging_near_misses(text):
    assert not any(e["themes"] for e in _code(text))


def test_predicate_with_its_subject_keeps_the_copula_denial():
    evs = _code("Kyiv considers the annexation illegal.")
    assert [e["rule"] for e in evs] == ["recognition.deny_sham_copula"]


# ------------------------------------------------------------------ seeking recognition or accession
@pytest.mark.parametrize("text", [
    "The separatist parliament requested admission into the Russian Federation.",
    "South Ossetia's leader called for reunification with Russia.",
    "Sukhumi will campaign for international recognition in Africa, its foreign minister said.",
    "Tiraspol expects Moscow to recognise its independence.",
    "The Abkhaz leader appealed to Minsk for support and recognition.",
])
def test_seek(text):
    evs = _themed(text, REC)
    assert evs and {e["recognition_stance"] for e in evs} == {"seek"}, [(e["rule"], e["recognition_stance"]) for e in evs]


@pytest.mark.parametrize("text", [
    "Ukraine requested accession to the European Union.",
    "Moldova applied for accession to the EU in March 2022.",
])
def test_accession_elsewhere_is_no_seek(text):
    assert not _themed(text, REC)


def test_expected_to_recognise_stays_a_planned_grant():
    evs = _themed("Syria is expected to recognise the republics.", REC)
    assert evs and {e["recognition_stance"] for e in evs} == {"grant"}


# ------------------------------------------------------------------ agreements, hosting, intent with an entity
@pytest.mark.parametrize("text", [
    "Abkhazia and the Luhansk People's Republic signed a programme of cultural cooperation.",
    "Putin signed the law on the admission of Crimea into Russia.",
    "Abkhaz leader Aslan Bzhania received the Syrian ambassador in Sukhumi.",
    "Venezuela and South Ossetia agreed to expand cooperation.",
])
def test_grant_with_an_entity_or_occupation(text):
    evs = _themed(text, REC)
    assert evs and {e["recognition_stance"] for e in evs} == {"grant"}, [(e["rule"], e["cameo_code"]) for e in evs]


@pytest.mark.parametrize("text", [
    "Tens of thousands signed up for the programme of free courses.",
    "Zelensky received the ambassador of France in Kyiv.",
    "Venezuela and Brazil agreed to expand cooperation.",
])
def test_grant_near_misses(text):
    assert not any(e["themes"] for e in _code(text))


# ------------------------------------------------------------------ a mission's passive with a place phrase
def test_passive_mission_with_place_phrase():
    evs = _code("The Abkhaz consulate in Damascus was opened on Monday.")
    assert any(e["rule"] == "recognition.open_mission" and REC in e["themes"] for e in evs)
    assert not any(e["rule"] == "recognition.open_mission"
                   for e in _code("An exhibition at the embassy in Minsk was opened on Monday."))


# ------------------------------------------------------------------ what the occupation issues; EU framework
def test_documents_issued_in_occupied_territory():
    evs = _themed("Armenia will not recognise diplomas issued in occupied Crimea.", REC)
    assert evs and {e["recognition_stance"] for e in evs} == {"deny"}
    assert not _themed("Germany recognised diplomas issued in Kyiv.", REC)


def test_eu_framework_boilerplate_and_invalidity():
    evs = _themed("The EU does not recognise the constitutional and legal framework within which the presidential "
                  "elections in South Ossetia took place.", REC)
    assert evs and {e["recognition_stance"] for e in evs} == {"deny"}
    evs = _themed("The Moldovan government said the vote in Transnistria had no legal value.", REC)
    assert evs and {e["recognition_stance"] for e in evs} == {"deny"}


# ------------------------------------------------------------------ labour
@pytest.mark.parametrize("text", [
    "The occupation authorities in Kherson banned migrants from working in trade.",
    "Sukhumi allowed foreign citizens to work without a patent.",
    "Naturalised migrants in occupied Mariupol were taken to the military enlistment office.",
    "Tajikistan cautioned its citizens against accepting job offers in occupied Ukraine.",
    "Ukrainian prisoners of war were sent to dig trenches in occupied Luhansk region.",
    "Russian recruiters posted jobs in the occupied territories on messaging apps.",
    "Uzbek migrants in occupied Donetsk were offered fast-track citizenship in exchange for army service.",
    "Dozens of North Korean builders were spotted at a site in occupied Mariupol.",
    "Rotational workers are rebuilding the bridge in occupied Kherson region.",
    "The Russian-installed head of Zaporizhzhia region said builders from Tatarstan would arrive in spring.",
])
def test_labour(text):
    assert _themed(text, LAB), [(e["rule"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    "The company allowed its employees to work from home.",
    "Poland allowed Ukrainian citizens to work without permits.",
    "Russian men were summoned to enlistment offices in Moscow.",
    "The health ministry warned citizens against taking jobs abroad without contracts.",
    "Convicts were used to build the railway in the 1930s.",
    "A hospital in occupied Kherson advertised vacancies for nurses.",
    "Local builders were spotted at a site in Mariupol.",
    "Local builders are rebuilding the school in occupied Mariupol.",
    "The governor of Novosibirsk said builders from Tatarstan would arrive in spring.",
])
def test_labour_near_misses(text):
    assert not _themed(text, LAB), [(e["rule"], e["themes"]) for e in _code(text)]


# ------------------------------------------------------------------ Russia's name for the war as a modifier
def test_special_military_operation_as_modifier():
    assert not any(e["cameo_code"] == "190" for e in
                   _code("Veterans of the special military operation received medals in Moscow."))
    assert any(e["cameo_code"] == "190" for e in
               _code("Russia launched a special military operation in Ukraine."))


# ------------------------------------------------------------------ the agent of a participle is no object
def test_agent_of_a_participle_is_no_object():
    # "hosted by the Ambassador" modifies the lunch: no hosting act (the envoy is only its agent)
    assert not any(e["rule"] == "consult.host" for e in
                   _code("Diplomats met Obama at a lunch hosted by the Ambassador of Morocco."))
    # a clause passive keeps its subject as the object
    assert any(e["rule"] == "consult.host" for e in
               _code("The Syrian delegation was hosted by the DPR leader in Donetsk."))
