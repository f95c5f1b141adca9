"""Mends of review m3 (session 16 third merges: denial scope, relations on ice, rounded-up labour, economic pushes,
recruitment points): the reviewer's regression sentences, which must now be right, with new variants and the rules'
intended positives, which must stay. One block per finding of /tmp/s16/review_m3_report.md."""
import pytest

from pipeline.coding import code_article


def _code(text, published="2024-03-14"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _rules(text):
    return [e["rule"] for e in _code(text)]


def _labour(text):
    return [e for e in _code(text) if "labor_migration" in e["themes"]]


# -- finding 2: the denial's scope closes at ", but", ", adding", ", saying", "said" (grammar denial_scope_breaks):
# the labour act after it is asserted, coded unnegated
@pytest.mark.parametrize("text", [
    "Moscow denied reports of a ceasefire, but officials said 300 workers from Uzbekistan arrived in Mariupol on Monday.",
    "The governor denied the reports, adding that 500 builders from Kyrgyzstan had been brought to Melitopol.",
    "Officials denied reports of unpaid wages, saying migrants from Uzbekistan rebuilding Mariupol were paid on time.",
    # own variants
    "The ministry rejected claims of looting, but said 200 builders from Tajikistan had arrived in occupied Mariupol.",
    "The mayor dismissed reports of a water shortage, adding that 400 workers from Uzbekistan arrived in occupied "
    "Berdiansk last week.",
])
def test_denial_scope_ends_at_clause(text):
    evs = _labour(text)
    assert evs and not any(e["negated"] for e in evs)


# -- finding 2 (rule's class kept and widened): a denial that governs the labour act itself drops it, also when the
# denial verb already negated the match ("denied that it had brought ...")
@pytest.mark.parametrize("text", [
    "The contractor denied that it had brought workers from Uzbekistan to occupied Luhansk.",
    "The contractor denies that it brought workers from Uzbekistan to occupied Luhansk, but residents saw them.",
    "DPR officials denied that any workers from India were employed in Mariupol.",
    "The company denied hiring migrants from Tajikistan.",
    # own variants
    "The firm denied that it had recruited workers from Kyrgyzstan for sites in occupied Donetsk.",
    "Occupation officials rejected reports that workers from North Korea were brought to occupied Donetsk.",
])
def test_denied_labour_is_no_event(text):
    assert not _labour(text)


# -- finding 3: relations put on ice / on hold between states stay an unthemed 161 (sanction.relations_on_ice);
# the recognition theme needs the entity as the partner (recognition.relations_on_ice)
@pytest.mark.parametrize("text", [
    "Georgia put relations with Russia on ice.",
    "Georgia put relations with Russia on ice after the vote in Abkhazia.",
    "Georgia put relations with Russia on ice, as talks on Abkhazia stalled.",
    # own variants
    "Lithuania has put its ties with Beijing on hold over the Taiwan office.",
    "Azerbaijan placed its contacts with Paris on hold after the remarks.",
])
def test_relations_on_ice_unthemed(text):
    evs = [e for e in _code(text) if e["cameo_code"] == "161"]
    assert evs and not any("diplomatic_recognition" in e["themes"] for e in evs)


def test_relations_on_ice_with_entity_keeps_theme():
    evs = _code("Port Vila has put its diplomatic relations with Sukhumi on ice pending a review.")
    assert any(e["cameo_code"] == "161" and "diplomatic_recognition" in e["themes"] for e in evs)


@pytest.mark.parametrize("text", [
    "The minister put good relations with neighbours at the heart of her policy.",
    "Officials put the matter of relations with Moscow on the agenda while the ice melted.",
])
def test_put_relations_elsewhere_no_break(text):
    assert not any(e["cameo_code"] == "161" for e in _code(text))


# -- finding 5: a rounded-up/herded match without its context gives back the reading it displaced
# (coder._next_reading: a reading whose phrase holds the failed head)
def test_herded_without_context_keeps_forced_labour():
    evs = _labour("Occupation forces herded residents of Kamianka-Dniprovska to build fortifications.")
    assert [e["cameo_code"] for e in evs] == ["170"]


@pytest.mark.parametrize("text", [
    "Occupation forces herded residents of occupied Kamianka-Dniprovska to build fortifications.",
    "Russian troops rounded up residents of occupied Tokmak for trench digging.",
    "Russian soldiers rounded up men in occupied Vasylivka to dig trenches.",
])
def test_rounded_up_for_labour_positives(text):
    assert "labor.rounded_up_for_labour" in _rules(text)


# -- finding 6: an economic push to take jobs is labour moving for pay (labor.pushed_to_take_jobs, 061); a push by
# people stays coercion (labor.pressure_to_take_jobs, 170)
@pytest.mark.parametrize("text", [
    "Low wages at home pushed young men from Tajikistan to take jobs in occupied Mariupol.",
    "Low wages pushed migrants from Kyrgyzstan to take jobs in occupied Donetsk.",
    # own variants
    "Unemployment has pushed residents of occupied Berdiansk to take jobs in Russia's Far East.",
    "Rising prices drove migrants from Uzbekistan to accept jobs at building sites in occupied Luhansk.",
])
def test_economic_push_is_move_for_work(text):
    evs = _labour(text)
    assert [e["cameo_code"] for e in evs] == ["061"]


@pytest.mark.parametrize("text", [
    "Graduates of medical colleges in occupied Luhansk are being pushed to take jobs in Russia's Far East.",
    "The occupation authorities pushed teachers to take jobs in occupied Melitopol schools.",
])
def test_pressure_by_people_stays_coercion(text):
    assert "labor.pressure_to_take_jobs" in _rules(text)
    assert "labor.pushed_to_take_jobs" not in _rules(text)


@pytest.mark.parametrize("text", [
    "Low wages pushed young people in Berlin to take jobs in the city.",
    "Low wages at home pushed Indian nurses to take jobs in Germany.",
])
def test_economic_push_elsewhere_no_event(text):
    assert not _labour(text)


# -- finding 8: a people word must be the subject of passing through a recruitment point
# (labor.through_recruitment_point clause_terms_subject)
@pytest.mark.parametrize("text", [
    "The convoy passed through a recruitment point in occupied Horlivka, where workers were waiting.",
    "An ambulance went through a hiring office yard in occupied Donetsk, where migrants queued.",
])
def test_recruitment_point_needs_people_subject(text):
    assert "labor.through_recruitment_point" not in _rules(text)


@pytest.mark.parametrize("text", [
    "More than 2,000 job-seekers from Tajikistan have passed through a recruitment point opened by the occupation "
    "authorities in Luhansk.",
    "Migrant workers from Uzbekistan passed through a hiring office in occupied Donetsk last month.",
])
def test_recruitment_point_positives(text):
    assert "labor.through_recruitment_point" in _rules(text)


# -- finding 8: animals rounded up are no labour (labor.rounded_up_for_labour gap_exclusions)
@pytest.mark.parametrize("text", [
    "Farmers rounded up cattle to build fortifications against wolves in occupied Kherson.",
    "Shepherds herded sheep to build fortifications in occupied Zaporizhzhia region.",
    "Villagers in occupied Oleshky rounded up livestock to build defences against floods.",
])
def test_rounded_up_animals_no_labour(text):
    assert "labor.rounded_up_for_labour" not in _rules(text)
